//! Switch expressions (`x switch { 1 => "a", > 5 => "b", Foo f when f.N > 0 => "c", _ => "d" }`)
//! and the patterns they test, as C# defines them: the subject is evaluated once, the arms are
//! tried in order (pattern, then guard), the first that matches gives the value, and when none
//! does the expression throws `SwitchExpressionException` with the unmatched value.
//!
//! The HIR is that expansion, so the lowering, the facts and explain see only what they know: the
//! subject goes to a hidden local, the arms become nested `?:`, each arm's test a `bool`
//! expression over the local (`==`/relational operators, type tests, `&&`/`||`/`!`), and the
//! final failure and `throw` arms calls of hidden library members that throw
//! (`builtins::SWITCH_FAIL`, `builtins::THROW_EXPR`). The subject is stored by the first test,
//! as `((tmp = subject) == default || true) && test1`: an expression that always evaluates the
//! subject once and is true.

use unawait_syntax::ast::{self, Designation, PatternKind};
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, Owner, SWITCH_FAIL, THROW_EXPR};
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{BinOp, Callee, Conversion, Expr, ExprKind, LocalId, LocalKind, Place, UnOp};
use crate::resolve::Resolved;
use crate::types::{Lib, Ty};

/// An arm's value: an expression, or `throw e`.
enum ArmValue {
    Value(Expr),
    Throw(Expr),
}

impl Body<'_, '_> {
    pub(crate) fn switch_expr(
        &mut self,
        subject: &ast::Expr,
        arms: &[ast::SwitchArm],
        expected: Option<&Ty>,
        span: Span,
    ) -> Expr {
        let (v, tmp, ok) = self.switch_subject(subject, "switch expressions");
        let sty = v.ty.clone();
        let mut checked: Vec<(Option<Expr>, ArmValue)> = Vec::new();
        let mut failed = !ok;
        for arm in arms {
            self.scopes.push();
            // After the first pattern outside the slice, one diagnostic is enough.
            let cond = if !failed {
                self.pattern_cond(tmp, &arm.pattern)
            } else {
                self.declare_pattern_names(&arm.pattern);
                None
            };
            failed |= cond.is_none();
            let cond = match (&arm.guard, cond) {
                (Some(g), c) => {
                    let g = self.cond(g);
                    c.map(|c| self.and(c, g))
                }
                (None, c) => c,
            };
            let value = match &arm.body.kind {
                ast::ExprKind::Throw(e) => {
                    let x = self.expr(e);
                    let ex = Ty::Lib(Lib::Exception, Vec::new());
                    ArmValue::Throw(self.coerce(x, &ex))
                }
                _ => ArmValue::Value(self.expr_with(&arm.body, expected)),
            };
            self.scopes.pop();
            checked.push((cond, value));
        }
        if arms.is_empty() {
            // C# accepts `x switch { }` (warning CS8509): it always throws.
            if ok {
                self.cx
                    .unsupported("switch expressions without arms are", span);
            }
            return Expr::error(span);
        }
        let Some(ty) = self.arms_type(&checked, expected, span) else {
            return Expr::error(span);
        };
        if failed {
            return mk(ExprKind::Error, ty, span);
        }
        // From the last arm back: each arm's `?:` has the rest as its `else`.
        let mut rest = {
            let boxed = convert::apply(
                mk(ExprKind::Local(tmp), sty.clone(), span),
                convert::implicit(&sty, &Ty::Object).flatten(),
                &Ty::Object,
            );
            self.hidden_call(SWITCH_FAIL, boxed, &ty, span)
        };
        let mut arms_iter = checked.into_iter().rev().peekable();
        while let Some((cond, value)) = arms_iter.next() {
            let value = match value {
                ArmValue::Value(e) => self.coerce(e, &ty),
                ArmValue::Throw(e) => self.hidden_call(THROW_EXPR, e, &ty, span),
            };
            let mut cond = cond.unwrap_or_else(|| Expr::error(span));
            if arms_iter.peek().is_none() {
                cond = self.after_store(tmp, v.clone(), cond);
            }
            rest = match cond.constant() {
                // A discard (or a pattern that always matches) past the first arm: the rest is
                // unreachable, as C# reports (CS8510 for a later arm).
                Some(ConstValue::Bool(true)) => value,
                _ => mk(
                    ExprKind::Conditional {
                        cond: Box::new(cond),
                        then: Box::new(value),
                        otherwise: Box::new(rest),
                    },
                    ty.clone(),
                    span,
                ),
            };
        }
        Expr { span, ..rest }
    }

    /// The natural type of the arms (one every other arm converts to), else the target type.
    fn arms_type(
        &mut self,
        arms: &[(Option<Expr>, ArmValue)],
        expected: Option<&Ty>,
        span: Span,
    ) -> Option<Ty> {
        let tys: Vec<&Ty> = arms
            .iter()
            .filter_map(|(_, v)| match v {
                ArmValue::Value(e) => Some(&e.ty),
                ArmValue::Throw(_) => None,
            })
            .collect();
        if tys.iter().any(|t| t.is_error()) {
            return None;
        }
        let natural = tys.iter().find(|&&c| {
            *c != Ty::Null
                && *c != Ty::Void
                && tys
                    .iter()
                    .all(|t| t == &c || convert::implicit(t, c).is_some())
        });
        match (natural, expected) {
            (Some(t), _) => Some((*t).clone()),
            (None, Some(t)) if !t.is_error() && *t != Ty::Void => Some(t.clone()),
            _ => {
                self.cx.unsupported(
                    "switch expressions whose arms have no common type (and no target type) are",
                    span,
                );
                None
            }
        }
    }

    /// The subject of a pattern switch (`what`: a statement or an expression), checked: its
    /// value, the hidden local the tests read, and whether the patterns are supported on its
    /// type (UA0100 names `what` when they are not).
    pub(crate) fn switch_subject(
        &mut self,
        subject: &ast::Expr,
        what: &str,
    ) -> (Expr, LocalId, bool) {
        let v = self.expr(subject);
        self.switch_subject_of(v, what)
    }

    /// `switch_subject` of a subject already checked.
    pub(crate) fn switch_subject_of(&mut self, v: Expr, what: &str) -> (Expr, LocalId, bool) {
        let sty = v.ty.clone();
        let supported = matches!(
            sty,
            Ty::Int
                | Ty::Long
                | Ty::UInt
                | Ty::ULong
                | Ty::Float
                | Ty::Double
                | Ty::Bool
                | Ty::Char
                | Ty::Enum(..)
        ) || (sty.is_reference_type() && sty != Ty::Null)
            // A struct of the program: type, `var`, discard and property patterns, as `is` has.
            || sty.is_struct();
        // (`int?` subjects are references here: constant and relational patterns test the
        // value, `null` the absence of one.)
        if !sty.is_error() && !supported {
            self.cx
                .unsupported(&format!("{what} on a value of type `{sty}` are"), v.span);
        }
        let ok = !sty.is_error() && supported;
        let tmp = self.hidden_local("<switch>", sty, v.span);
        (v, tmp, ok)
    }

    pub(crate) fn hidden_local(&mut self, name: &str, ty: Ty, span: Span) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(crate::hir::Local {
            name: format!("{name}{}", id.0),
            ty,
            kind: LocalKind::Local,
            span,
            captured: false,
            by_ref: None,
        });
        self.local_consts.push(None);
        id
    }

    /// `object.<SwitchFail><T>(arg)` / `object.<Throw><T>(arg)`: a value of type `ty` that is
    /// never produced.
    pub(crate) fn hidden_call(&mut self, name: &str, arg: Expr, ty: &Ty, span: Span) -> Expr {
        let Some(&id) = library().lookup(Owner::Object, name).first() else {
            return mk(ExprKind::Error, ty.clone(), span);
        };
        mk(
            ExprKind::Call {
                callee: Callee::Builtin(id),
                receiver: None,
                args: vec![arg],
                type_args: vec![ty.clone()],
            },
            ty.clone(),
            span,
        )
    }

    pub(crate) fn and(&mut self, a: Expr, b: Expr) -> Expr {
        let span = a.span;
        match (a.constant(), b.constant()) {
            (Some(ConstValue::Bool(true)), _) => return b,
            (_, Some(ConstValue::Bool(true))) => return a,
            _ => {}
        }
        bool_op(BinOp::And, a, b, span)
    }

    /// The test `c` with the subject stored by its first read of `tmp` (`tmp` becomes
    /// `tmp = value`): the store runs exactly once, on every path, with no branch of its own
    /// that the lowering could take and sema's definite assignment would not see. A test that
    /// reads nothing (a discard) is the store itself, which is true.
    pub(crate) fn after_store(&mut self, tmp: LocalId, value: Expr, c: Expr) -> Expr {
        let span = value.span;
        let mut c = c;
        let mut slot = Some(value);
        inject(&mut c, tmp, &mut slot);
        match slot {
            None => c,
            Some(value) => {
                let store = self.store_subject(tmp, value, span);
                self.and(store, c)
            }
        }
    }

    /// `(tmp = value) == default || true`: stores the value, evaluates to true.
    pub(crate) fn store_subject(&mut self, tmp: LocalId, value: Expr, span: Span) -> Expr {
        let ty = value.ty.clone();
        let assign = mk(
            ExprKind::Assign {
                target: Place::Local(tmp),
                value: Box::new(value),
            },
            ty.clone(),
            span,
        );
        let (lhs, rhs, operand) = match &ty {
            Ty::Int => (assign, ConstValue::Int(0), Ty::Int),
            Ty::Long => (assign, ConstValue::Long(0), Ty::Long),
            Ty::Double => (assign, ConstValue::Double(0.0), Ty::Double),
            Ty::Bool => (assign, ConstValue::Bool(false), Ty::Bool),
            Ty::UInt => (assign, ConstValue::UInt(0), Ty::UInt),
            Ty::ULong => (assign, ConstValue::ULong(0), Ty::ULong),
            Ty::Float => (assign, ConstValue::Float(0.0), Ty::Float),
            // `int`-sized words: compared as an `int`.
            Ty::Char => (
                convert::apply(assign, Some(Conversion::CharToInt), &Ty::Int),
                ConstValue::Int(0),
                Ty::Int,
            ),
            Ty::Enum(_, e) if e.underlying == Ty::Long => (
                convert::apply(assign, Some(Conversion::WidenSmall), &Ty::Long),
                ConstValue::Long(0),
                Ty::Long,
            ),
            Ty::Small(_) | Ty::Enum(..) => (
                convert::apply(assign, Some(Conversion::WidenSmall), &Ty::Int),
                ConstValue::Int(0),
                Ty::Int,
            ),
            _ => (
                convert::apply(assign, Some(Conversion::Reference), &Ty::Object),
                ConstValue::Null,
                Ty::Object,
            ),
        };
        let rhs = mk(ExprKind::Const(rhs), operand.clone(), span);
        let eq = mk(
            ExprKind::Binary {
                op: BinOp::Eq,
                operand_ty: operand,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
            },
            Ty::Bool,
            span,
        );
        let t = mk(ExprKind::Const(ConstValue::Bool(true)), Ty::Bool, span);
        bool_op(BinOp::Or, eq, t, span)
    }

    /// The test of `p` on the local `tmp`, with the names it declares in the current scope;
    /// `None` after a reported error (its names are declared).
    pub(crate) fn pattern_cond(&mut self, tmp: LocalId, p: &ast::Pattern) -> Option<Expr> {
        let sty = self.local(tmp).ty.clone();
        let span = p.span;
        let subject = || mk(ExprKind::Local(tmp), sty.clone(), span);
        let yes = || Some(mk(ExprKind::Const(ConstValue::Bool(true)), Ty::Bool, span));
        match &p.kind {
            PatternKind::Paren(inner) => self.pattern_cond(tmp, inner),
            PatternKind::Discard | PatternKind::Var(Designation::Discard(_)) => yes(),
            PatternKind::Var(Designation::Name(id)) => {
                let x = self.declare_local(&id.name, sty.clone(), LocalKind::Local, id.span);
                Some(self.store_subject(x, subject(), span))
            }
            PatternKind::Not(inner) => {
                let c = self.pattern_cond(tmp, inner)?;
                Some(mk(
                    ExprKind::Unary {
                        op: UnOp::Not,
                        operand: Box::new(c),
                    },
                    Ty::Bool,
                    span,
                ))
            }
            PatternKind::And(a, b) | PatternKind::Or(a, b) => {
                let ca = self.pattern_cond(tmp, a);
                let cb = self.pattern_cond(tmp, b);
                let op = if matches!(p.kind, PatternKind::And(..)) {
                    BinOp::And
                } else {
                    BinOp::Or
                };
                Some(bool_op(op, ca?, cb?, span))
            }
            PatternKind::Constant(e) if is_null(e) => {
                if sty.is_value_type() {
                    self.err(
                        "CS0037",
                        format!("Cannot convert null to '{sty}' because it is a non-nullable value type"),
                        span,
                        "a value of this type is never null",
                    );
                    return None;
                }
                let obj = convert::apply(subject(), Some(Conversion::Reference), &Ty::Object);
                let null = mk(ExprKind::Const(ConstValue::Null), Ty::Object, span);
                Some(mk(
                    ExprKind::Binary {
                        op: BinOp::Eq,
                        operand_ty: Ty::Object,
                        lhs: Box::new(obj),
                        rhs: Box::new(null),
                    },
                    Ty::Bool,
                    span,
                ))
            }
            PatternKind::Type(te) => {
                let t = self.cx.resolve_value_type(te, self.ns.as_deref());
                self.type_cond(tmp, t, None, span)
            }
            PatternKind::Declaration { ty, designation } => {
                let t = self.cx.resolve_value_type(ty, self.ns.as_deref());
                self.type_cond(tmp, t, Some(designation), span)
            }
            PatternKind::Constant(
                e @ ast::Expr {
                    kind:
                        ast::ExprKind::Name { .. }
                        | ast::ExprKind::Member { .. }
                        | ast::ExprKind::PredefinedType(_),
                    ..
                },
            ) if matches!(self.resolve(e), Resolved::Type(_)) => {
                let Resolved::Type(t) = self.resolve(e) else {
                    return None;
                };
                self.type_cond(tmp, t, None, span)
            }
            PatternKind::Constant(e) => self.value_cond(tmp, BinOp::Eq, e),
            PatternKind::Relational { op, value } => {
                let op = match op {
                    ast::BinaryOp::Lt => BinOp::Lt,
                    ast::BinaryOp::Le => BinOp::Le,
                    ast::BinaryOp::Gt => BinOp::Gt,
                    _ => BinOp::Ge,
                };
                let vty = sty.nullable_of().unwrap_or(&sty);
                if !matches!(
                    vty,
                    Ty::Int
                        | Ty::Long
                        | Ty::UInt
                        | Ty::ULong
                        | Ty::Float
                        | Ty::Double
                        | Ty::Char
                        | Ty::Enum(..)
                ) {
                    self.cx.unsupported(
                        &format!("relational patterns on a value of type `{sty}` are"),
                        span,
                    );
                    return None;
                }
                self.value_cond(tmp, op, value)
            }
            PatternKind::Recursive {
                ty,
                positional: None,
                properties,
                designation,
            } => self.property_pattern(
                tmp,
                p,
                ty.as_ref(),
                properties.as_deref().unwrap_or(&[]),
                designation.as_ref(),
            ),
            PatternKind::Recursive { .. } => {
                self.cx.unsupported("positional patterns are", span);
                self.declare_pattern_names(p);
                None
            }
            PatternKind::List { .. } | PatternKind::Slice(_) => {
                self.cx.unsupported("list patterns are", span);
                self.declare_pattern_names(p);
                None
            }
            PatternKind::Var(Designation::Tuple(..)) => {
                self.cx.unsupported("tuple patterns are", span);
                self.declare_pattern_names(p);
                None
            }
        }
    }

    /// `subject op constant` for a constant pattern (`==`) or a relational one.
    fn value_cond(&mut self, tmp: LocalId, op: BinOp, e: &ast::Expr) -> Option<Expr> {
        let sty = self.local(tmp).ty.clone();
        let span = e.span;
        let c = self.expr(e);
        if c.ty.is_error() {
            return None;
        }
        if c.constant().is_none() {
            self.err(
                "CS0150",
                "A constant value is expected",
                span,
                "a pattern compares with a constant: use a `when` guard for other values",
            );
            return None;
        }
        // On an `int?`: it has a value, and the value matches.
        let (vty, nullable) = match sty.nullable_of() {
            Some(u) => (u.clone(), true),
            None => (sty.clone(), false),
        };
        if !matches!(
            vty,
            Ty::Int
                | Ty::Long
                | Ty::UInt
                | Ty::ULong
                | Ty::Float
                | Ty::Double
                | Ty::Bool
                | Ty::Char
                | Ty::String
                | Ty::Enum(..)
        ) {
            self.cx.unsupported(
                &format!("constant patterns on a value of type `{sty}` are"),
                span,
            );
            return None;
        }
        let c = self.coerce(c, &vty);
        if c.ty.is_error() || c.constant().is_none() {
            return None;
        }
        let read = mk(ExprKind::Local(tmp), sty.clone(), span);
        if !nullable {
            let r = self.binary_typed(op, read, c, span);
            return (!r.ty.is_error()).then_some(r);
        }
        let has = {
            let obj = convert::apply(read.clone(), Some(Conversion::Reference), &Ty::Object);
            let null = mk(ExprKind::Const(ConstValue::Null), Ty::Object, span);
            mk(
                ExprKind::Binary {
                    op: BinOp::Ne,
                    operand_ty: Ty::Object,
                    lhs: Box::new(obj),
                    rhs: Box::new(null),
                },
                Ty::Bool,
                span,
            )
        };
        let value = mk(
            ExprKind::Convert {
                conversion: Conversion::Unboxing,
                expr: Box::new(read),
            },
            vty,
            span,
        );
        let r = self.binary_typed(op, value, c, span);
        if r.ty.is_error() {
            return None;
        }
        Some(bool_op(BinOp::And, has, r, span))
    }

    /// A type pattern `T` or `T x`: C#'s type test (non-null, of type `T`); on a subject whose
    /// type is `T` itself and a value type, always true.
    pub(crate) fn type_cond(
        &mut self,
        tmp: LocalId,
        t: Ty,
        designation: Option<&Designation>,
        span: Span,
    ) -> Option<Expr> {
        let sty = self.local(tmp).ty.clone();
        if t.is_error() {
            if let Some(d) = designation {
                self.declare_designation(d);
            }
            return None;
        }
        if sty.is_value_type() && t == sty {
            return match designation {
                Some(Designation::Name(id)) => {
                    let x = self.declare_local(&id.name, t, LocalKind::Local, id.span);
                    Some(self.store_subject(x, mk(ExprKind::Local(tmp), sty, span), span))
                }
                _ => Some(mk(ExprKind::Const(ConstValue::Bool(true)), Ty::Bool, span)),
            };
        }
        let subject = mk(ExprKind::Local(tmp), sty.clone(), span);
        // `T x` on a reference: the type test, then the converted (for a value type, unboxed)
        // value stored in `x`.
        if let (false, Some(Designation::Name(id))) = (sty.is_value_type(), designation) {
            let test = self.type_test(subject.clone(), t.clone(), None, span, span);
            if matches!(test.kind, ExprKind::Error) {
                self.declare_designation(designation?);
                return None;
            }
            let x = self.declare_local(&id.name, t.clone(), LocalKind::Local, id.span);
            let conv = convert::explicit(&sty, &t).flatten();
            let unboxed = convert::apply(subject, conv, &t);
            let store = self.store_subject(x, unboxed, span);
            return Some(self.and(test, store));
        }
        let e = self.type_test(subject, t, designation, span, span);
        (!matches!(e.kind, ExprKind::Error)).then_some(e)
    }
}

fn bool_op(op: BinOp, a: Expr, b: Expr, span: Span) -> Expr {
    mk(
        ExprKind::Binary {
            op,
            operand_ty: Ty::Bool,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        Ty::Bool,
        span,
    )
}

fn is_null(e: &ast::Expr) -> bool {
    matches!(e.kind, ast::ExprKind::Literal(ast::Literal::Null))
}

/// Replaces the first read of `tmp` that `e` evaluates (left to right, and always evaluated:
/// the left operand of `&&`/`||` runs first) with the value in `slot`.
fn inject(e: &mut Expr, tmp: LocalId, slot: &mut Option<Expr>) {
    if slot.is_none() {
        return;
    }
    match &mut e.kind {
        ExprKind::Local(l) if *l == tmp => {
            if let Some(value) = slot.take() {
                let ty = e.ty.clone();
                *e = mk(
                    ExprKind::Assign {
                        target: Place::Local(tmp),
                        value: Box::new(value),
                    },
                    ty,
                    e.span,
                );
            }
        }
        ExprKind::Binary { op, lhs, rhs, .. } => {
            inject(lhs, tmp, slot);
            if !matches!(op, BinOp::And | BinOp::Or) {
                inject(rhs, tmp, slot);
            }
        }
        ExprKind::Unary { operand, .. } => inject(operand, tmp, slot),
        ExprKind::Convert { expr, .. } | ExprKind::TypeTest { expr, .. } => inject(expr, tmp, slot),
        ExprKind::Assign { value, .. } => inject(value, tmp, slot),
        _ => {}
    }
}
