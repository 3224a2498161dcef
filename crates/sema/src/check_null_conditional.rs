//! The null-conditional operators `a?.B`, `a?.M()`, `a?[i]` (C# §12.8.8): `a` is evaluated
//! once; when it is null the whole chain after the `?` is skipped (`a?.B.C` does not read `.C`
//! of null) and the result is null, else the chain runs on `a`'s value. A chain that gives a
//! value type `T` gives `T?`. As a statement (`a?.M();`) it is an `if`.
//!
//! The parser builds the chain on `Binding` (the value of `a`); here that is a hidden local,
//! stacked for nested `?`s (`a?.B?.C`).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{BinOp, Conversion, Expr, ExprKind, Place, Stmt, StmtId, StmtKind};
use crate::types::Ty;

impl Body<'_, '_> {
    /// `Binding`: the receiver of the innermost chain being checked.
    pub(crate) fn binding_value(&mut self, span: Span) -> Expr {
        match self.bindings.last() {
            Some(e) => Expr { span, ..e.clone() },
            None => Expr::error(span),
        }
    }

    /// The test `(tmp = target) != null` and the chain checked on `tmp`; `None` after an error.
    fn chain(
        &mut self,
        target: &ast::Expr,
        access: &ast::Expr,
        span: Span,
    ) -> Option<(Expr, Expr)> {
        let t = self.expr(target);
        if t.ty.is_error() {
            self.bindings.push(Expr::error(span));
            self.expr(access);
            self.bindings.pop();
            return None;
        }
        if matches!(&t.ty, Ty::Generic(p) if !p.constraints().is_struct && !t.ty.is_reference_type())
        {
            self.cx.unsupported(
                &format!("`?.` on a value of type parameter `{}` (a reference or a value per type argument) is", t.ty),
                span,
            );
            self.bindings.push(Expr::error(span));
            self.expr(access);
            self.bindings.pop();
            return None;
        }
        if !t.ty.is_reference_type() || t.ty == Ty::Null {
            self.err(
                "CS0023",
                format!(
                    "Operator '?' cannot be applied to operand of type '{}'",
                    t.ty
                ),
                span,
                "a value of this type is never null: use `.` instead",
            );
            self.bindings.push(Expr::error(span));
            self.expr(access);
            self.bindings.pop();
            return None;
        }
        let tmp = self.hidden_local("<receiver>", t.ty.clone(), target.span);
        let tty = t.ty.clone();
        let assign = mk(
            ExprKind::Assign {
                target: Place::Local(tmp),
                value: Box::new(t),
            },
            tty.clone(),
            span,
        );
        let obj = convert::apply(assign, Some(Conversion::Reference), &Ty::Object);
        let null = mk(ExprKind::Const(ConstValue::Null), Ty::Object, span);
        let cond = mk(
            ExprKind::Binary {
                op: BinOp::Ne,
                operand_ty: Ty::Object,
                lhs: Box::new(obj),
                rhs: Box::new(null),
            },
            Ty::Bool,
            span,
        );
        // On `int?`, the chain reads the value.
        let read = mk(ExprKind::Local(tmp), tty.clone(), span);
        let receiver = match tty.nullable_of() {
            Some(inner) => mk(
                ExprKind::Convert {
                    conversion: Conversion::Unboxing,
                    expr: Box::new(read),
                },
                inner.clone(),
                span,
            ),
            None => read,
        };
        self.bindings.push(receiver);
        let v = self.expr(access);
        self.bindings.pop();
        if v.ty.is_error() {
            return None;
        }
        Some((cond, v))
    }

    /// `a?.B` as an expression.
    pub(crate) fn conditional_access(
        &mut self,
        target: &ast::Expr,
        access: &ast::Expr,
        span: Span,
    ) -> Expr {
        let Some((cond, v)) = self.chain(target, access, span) else {
            return Expr::error(span);
        };
        let (ty, then) = match &v.ty {
            Ty::Void => {
                self.err(
                    "CS0023",
                    "Operator '?' cannot be applied to operand of type 'void'",
                    span,
                    "a call that returns nothing can be made with `?.` only as a statement",
                );
                return Expr::error(span);
            }
            t @ (Ty::Int | Ty::Long | Ty::Bool | Ty::Double) => {
                let n = Ty::nullable(t.clone());
                (n.clone(), convert::apply(v, Some(Conversion::Boxing), &n))
            }
            t if t.is_reference_type() => (t.clone(), v),
            t => {
                self.cx.unsupported(
                    &format!("null-conditional accesses that give a `{t}` are"),
                    span,
                );
                return Expr::error(span);
            }
        };
        let null = mk(ExprKind::Const(ConstValue::Null), ty.clone(), span);
        mk(
            ExprKind::Conditional {
                cond: Box::new(cond),
                then: Box::new(then),
                otherwise: Box::new(null),
            },
            ty,
            span,
        )
    }

    /// `a?.M();`: `if ((tmp = a) != null) tmp.M();`. C# accepts the statement when the chain
    /// ends in a call (or an assignment, increment, await or `new`).
    pub(crate) fn conditional_access_stmt(&mut self, e: &ast::Expr) -> StmtKind {
        let ast::ExprKind::ConditionalAccess { target, access } = &e.kind else {
            return StmtKind::Expr(self.expr(e));
        };
        let span = e.span;
        let mut last = &**access;
        while let ast::ExprKind::ConditionalAccess { access, .. } = &last.kind {
            last = access;
        }
        let statement = matches!(last.kind, ast::ExprKind::Call { .. });
        let Some((cond, v)) = self.chain(target, access, span) else {
            return StmtKind::Expr(Expr::error(span));
        };
        if !statement {
            self.err("CS0201", "Only assignment, call, increment, decrement, await, and new object expressions can be used as a statement", span, "use the value (e.g. assign it: `var x = ...;` or `_ = ...;`)");
            return StmtKind::Expr(Expr::error(span));
        }
        StmtKind::If {
            cond,
            then: Box::new(Stmt {
                id: StmtId::NONE,
                span,
                kind: StmtKind::Expr(v),
            }),
            otherwise: None,
        }
    }
}
