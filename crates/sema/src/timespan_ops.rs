//! `TimeSpan`'s operators: `+` and `-` (binary) are its `Add` and `Subtract`, unary `-` its
//! `Negate` (all three throw .NET's OverflowException), unary `+` the value, and the comparisons
//! compare the ticks, which are the value's word. `+=` and `-=` assign the `Add`/`Subtract` of
//! a local or static field (read once, as C# does for them).

use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, Owner};
use crate::check_expr::mk;
use crate::enums::retype;
use crate::hir::{BinOp, Callee, Expr, ExprKind, Place};
use crate::types::{Lib, Ty};

pub(crate) fn is_timespan(t: &Ty) -> bool {
    matches!(t, Ty::Lib(Lib::TimeSpan, _))
}

impl Body<'_, '_> {
    /// A call of `TimeSpan`'s instance member `name` (no overloads) on `recv`.
    fn timespan_call(&mut self, name: &str, recv: Expr, args: Vec<Expr>, span: Span) -> Expr {
        let lib = library();
        let Some(&id) = lib.lookup(Owner::Lib(Lib::TimeSpan), name).first() else {
            return Expr::error(span);
        };
        let ret = lib.get(id).ret.clone();
        mk(
            ExprKind::Call {
                callee: Callee::Builtin(id),
                receiver: Some(Box::new(recv)),
                args,
                type_args: Vec::new(),
            },
            ret,
            span,
        )
    }

    /// `l op r` where an operand is a `TimeSpan`.
    pub(crate) fn timespan_binary(&mut self, op: BinOp, l: Expr, r: Expr, span: Span) -> Expr {
        if l.ty != r.ty {
            if l.ty == Ty::Null || r.ty == Ty::Null {
                // C# lifts `==` to `TimeSpan?` (always false, warning CS0472).
                self.cx
                    .unsupported("comparing a `TimeSpan` with `null` is", span);
                return Expr::error(span);
            }
            // Nothing else converts to a TimeSpan.
            return self.timespan_error(op, &l.ty, &r.ty, span);
        }
        match op {
            BinOp::Add => self.timespan_call("Add", l, vec![r], span),
            BinOp::Sub => self.timespan_call("Subtract", l, vec![r], span),
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::Ne => mk(
                ExprKind::Binary {
                    op,
                    lhs: Box::new(retype(l, &Ty::Long)),
                    rhs: Box::new(retype(r, &Ty::Long)),
                    operand_ty: Ty::Long,
                },
                Ty::Bool,
                span,
            ),
            _ => self.timespan_error(op, &l.ty, &r.ty, span),
        }
    }

    fn timespan_error(&mut self, op: BinOp, l: &Ty, r: &Ty, span: Span) -> Expr {
        self.err(
            "CS0019",
            format!(
                "Operator '{}' cannot be applied to operands of type '{l}' and '{r}'",
                op.as_str()
            ),
            span,
            "a TimeSpan adds, subtracts and compares with another TimeSpan",
        );
        Expr::error(span)
    }

    /// Unary `-` and `+` of a `TimeSpan`.
    pub(crate) fn timespan_unary(&mut self, negate: bool, v: Expr, span: Span) -> Expr {
        if negate {
            self.timespan_call("Negate", v, Vec::new(), span)
        } else {
            Expr { span, ..v }
        }
    }

    /// `x += v` / `x -= v` on a `TimeSpan` variable.
    pub(crate) fn timespan_compound(
        &mut self,
        place: Place,
        op: BinOp,
        v: Expr,
        span: Span,
    ) -> Expr {
        let ty = Ty::lib(Lib::TimeSpan);
        let read = match &place {
            Place::Local(id) => ExprKind::Local(*id),
            Place::StaticField(f) => ExprKind::StaticField(*f),
            _ => {
                self.cx.unsupported(
                    &format!(
                        "`{}=` on a TimeSpan that is not a local or static field is",
                        op.as_str()
                    ),
                    span,
                );
                return Expr::error(span);
            }
        };
        if !is_timespan(&v.ty) || !matches!(op, BinOp::Add | BinOp::Sub) {
            self.err(
                "CS0019",
                format!(
                    "Operator '{}=' cannot be applied to operands of type '{ty}' and '{}'",
                    op.as_str(),
                    v.ty
                ),
                span,
                "a TimeSpan adds and subtracts another TimeSpan",
            );
            return Expr::error(span);
        }
        let current = mk(read, ty.clone(), span);
        let name = if op == BinOp::Add { "Add" } else { "Subtract" };
        let value = self.timespan_call(name, current, vec![v], span);
        mk(
            ExprKind::Assign {
                target: place,
                value: Box::new(value),
            },
            ty,
            span,
        )
    }
}
