//! `switch` statements with pattern labels (`case Circle c:`, `case int n when n > 0:`,
//! `case > 5:`): the labels are tested in order, `default` last, and the first that matches runs
//! its section. The HIR is `switch (0) { default: if (test0) { section0 } else if (test1) { ... }
//! else { default section } }`: the tests are those of switch expressions
//! (check_switch_expr.rs) on the subject in a hidden local, and `break` still leaves the
//! `switch`. A section's pattern variables are in its own scope, as in C#; a local declared in
//! one section is not visible in the others here (C# shares them: `UA0100`-free but stricter).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::hir::{BinOp, Block, Expr, ExprKind, Stmt, StmtId, StmtKind, SwitchSection};
use crate::types::Ty;

impl Body<'_, '_> {
    pub(crate) fn pattern_switch_stmt(
        &mut self,
        subject: &ast::Expr,
        sections: &[ast::SwitchSection],
        span: Span,
    ) -> Option<StmtKind> {
        let v = self.expr(subject);
        self.pattern_switch_on(v, sections, span)
    }

    /// The pattern `switch` on the checked subject `v` (also what a `switch` on a nullable
    /// value with constant labels is: each `case 1:` a constant pattern, `case null:` the null
    /// pattern).
    pub(crate) fn pattern_switch_on(
        &mut self,
        v: Expr,
        sections: &[ast::SwitchSection],
        span: Span,
    ) -> Option<StmtKind> {
        let (v, tmp, ok) = self.switch_subject_of(v, "`switch` statements with patterns");
        let sty = v.ty.clone();
        self.enter_pattern_switch(sty.clone());
        let mut failed = !ok;
        // (test, body) per section in order; the default section's body apart.
        let mut arms: Vec<(Expr, Vec<Stmt>, Span, bool)> = Vec::new();
        let mut default: Option<Vec<Stmt>> = None;
        for sec in sections {
            self.scopes.push();
            let mut test: Option<Expr> = None;
            let mut is_default = false;
            let mut always = false;
            for l in &sec.labels {
                let Some(p) = &l.pattern else {
                    is_default = true;
                    continue;
                };
                always |= l.guard.is_none() && irrefutable(p, &sty);
                let c = if failed {
                    self.declare_pattern_names(p);
                    None
                } else {
                    self.pattern_cond(tmp, p)
                };
                let c = match (&l.guard, c) {
                    (Some(g), c) => {
                        let g = self.cond(g);
                        c.map(|c| self.and(c, g))
                    }
                    (None, c) => c,
                };
                match c {
                    Some(c) => {
                        // `case P p:` on a struct `P` subject: a test that is true by its shape.
                        always |= l.guard.is_none() && known_true(&c);
                        test = Some(match test {
                            None => c,
                            Some(t) => bool_or(t, c),
                        })
                    }
                    None => failed = true,
                }
            }
            let mut body = Vec::with_capacity(sec.body.len());
            for s in &sec.body {
                self.stmt(s, &mut body);
            }
            self.scopes.pop();
            let sspan = sec.labels.last().map_or(sec.span, |l| l.span);
            if is_default {
                if default.is_some() {
                    self.err(
                        "CS0152",
                        "The switch statement contains multiple cases with the label value 'default:'",
                        sspan,
                        "a `switch` has one `default:` label",
                    );
                }
                default = Some(body);
            } else if let Some(t) = test {
                arms.push((t, body, sspan, always));
            }
        }
        self.leave_pattern_switch();
        if failed {
            // Reported inside (a pattern, a type): the statement is dropped, and the body's
            // flow is not guessed without it.
            self.cx.unsupported_count += 1;
            return None;
        }
        let stmt = |kind, span| Stmt {
            id: StmtId::NONE,
            span,
            kind,
        };
        let block = |stmts, span| stmt(StmtKind::Block(Block { stmts, span }), span);
        let arms_empty = arms.is_empty();
        // From the last section back: each test's `else` is the rest.
        // Without a default section, nothing matching leaves the `switch`: every path of the
        // chain then ends where a section of C# must end (CS0163 otherwise).
        let mut rest: Option<Stmt> = Some(match default {
            Some(b) => block(b, span),
            None => stmt(StmtKind::Break, span),
        });
        for (i, (test, body, sspan, always)) in arms.into_iter().enumerate().rev() {
            let test = if i == 0 {
                self.after_store(tmp, v.clone(), test)
            } else {
                test
            };
            // A pattern that matches every value (`var x`, `_`, `int n` on an int): C# knows
            // the sections after it unreachable, and so does the flow here (its test runs for
            // the variables it assigns).
            rest = Some(if always {
                let mut stmts = vec![stmt(StmtKind::Expr(test), sspan)];
                stmts.extend(body);
                block(stmts, sspan)
            } else {
                stmt(
                    StmtKind::If {
                        cond: test,
                        then: Box::new(block(body, sspan)),
                        otherwise: rest.map(Box::new),
                    },
                    sspan,
                )
            });
        }
        // Without any pattern section left (only `default`), the subject is still evaluated.
        let mut stmts = Vec::new();
        if arms_empty {
            let store = self.store_subject(tmp, v, span);
            stmts.push(stmt(StmtKind::Expr(store), span));
        }
        stmts.extend(rest);
        let zero = mk(ExprKind::Const(ConstValue::Int(0)), Ty::Int, span);
        Some(StmtKind::Switch {
            subject: zero,
            sections: vec![SwitchSection {
                labels: vec![None],
                body: stmts,
                span,
            }],
        })
    }
}

fn bool_or(a: Expr, b: Expr) -> Expr {
    let span = a.span;
    mk(
        ExprKind::Binary {
            op: BinOp::Or,
            operand_ty: Ty::Bool,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        Ty::Bool,
        span,
    )
}

/// Whether the test `e` is true whatever the subject (a store of it `|| true`, `true`), as the
/// flow analysis folds it.
fn known_true(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(ConstValue::Bool(true)) => true,
        ExprKind::Binary {
            op: BinOp::Or, rhs, ..
        } => known_true(rhs),
        ExprKind::Binary {
            op: BinOp::And,
            lhs,
            rhs,
            ..
        } => known_true(lhs) && known_true(rhs),
        _ => false,
    }
}

/// Whether `p` matches every value of type `t` (C#'s subsumption, for the shapes it is obvious).
fn irrefutable(p: &ast::Pattern, t: &Ty) -> bool {
    use ast::PatternKind as P;
    match &p.kind {
        P::Discard | P::Var(_) => true,
        P::Paren(inner) => irrefutable(inner, t),
        P::Or(a, b) => irrefutable(a, t) || irrefutable(b, t),
        P::And(a, b) => irrefutable(a, t) && irrefutable(b, t),
        P::Declaration { ty, .. } | P::Type(ty) => {
            t.is_value_type()
                && matches!(
                    (&ty.kind, t),
                    (
                        ast::TypeExprKind::Predefined(ast::PredefinedType::Int),
                        Ty::Int
                    ) | (
                        ast::TypeExprKind::Predefined(ast::PredefinedType::Long),
                        Ty::Long
                    ) | (
                        ast::TypeExprKind::Predefined(ast::PredefinedType::Bool),
                        Ty::Bool
                    ) | (
                        ast::TypeExprKind::Predefined(ast::PredefinedType::Double),
                        Ty::Double
                    )
                )
        }
        _ => false,
    }
}
