//! `&` and `|` of `bool?` (C#'s three-valued logic): `false & null` is `false`, `true | null`
//! is `true`, other combinations with a `null` are `null`. Both operands are evaluated, left
//! first, as C#'s non-short-circuit operators are.

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::{mk, mk_conditional};
use crate::check_nullable::{bool_op, null_compare};
use crate::constants::ConstValue;
use crate::hir::{BinOp, Expr, ExprKind, UnOp};
use crate::types::Ty;

impl Body<'_, '_> {
    /// `l & r` or `l | r` (`op`) with at least one `bool?` operand.
    pub(crate) fn lifted_bool_logic(&mut self, op: BinOp, l: Expr, r: Expr, span: Span) -> Expr {
        let nb = Ty::nullable(Ty::Bool);
        let (l, r) = (self.coerce(l, &nb), self.coerce(r, &nb));
        let ta = self.hidden_local("<lifted>", nb.clone(), span);
        let tb = self.hidden_local("<lifted>", nb.clone(), span);
        let a_some = self.stored_null_test(ta, l, BinOp::Ne, span);
        let b_some = self.stored_null_test(tb, r, BinOp::Ne, span);
        // Both stored (and tested) before either is read.
        let both = bool_op(BinOp::BitAnd, a_some, b_some, span);
        let read = |t| mk(ExprKind::Local(t), nb.clone(), span);
        let value = |b: &Self, t| b.unwrap(read(t), span);
        let inner = bool_op(op, value(self, ta), value(self, tb), span);
        // The value that decides alone: `false` for `&`, `true` for `|`.
        let decides = op == BinOp::BitOr;
        let decisive = |b: &Self, t| {
            let v = value(b, t);
            let v = match decides {
                true => v,
                false => mk(
                    ExprKind::Unary {
                        op: UnOp::Not,
                        operand: Box::new(v),
                    },
                    Ty::Bool,
                    span,
                ),
            };
            let has = null_compare(read(t), BinOp::Ne, span);
            mk_conditional(has, v, constant(false, span), Ty::Bool, span)
        };
        let either = bool_op(BinOp::BitOr, decisive(self, ta), decisive(self, tb), span);
        let decided = self.coerce(constant(decides, span), &nb);
        let null = mk(ExprKind::Const(ConstValue::Null), nb.clone(), span);
        let partial = mk_conditional(either, decided, null, nb.clone(), span);
        let whole = self.coerce(inner, &nb);
        mk_conditional(both, whole, partial, nb, span)
    }
}

fn constant(b: bool, span: Span) -> Expr {
    mk(ExprKind::Const(ConstValue::Bool(b)), Ty::Bool, span)
}
