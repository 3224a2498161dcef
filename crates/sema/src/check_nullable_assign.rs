//! Compound assignment and `++`/`--` of nullable numbers (`int? x; x += 1; x++;`), and
//! compound assignment of nullable structs through their user-defined operators: C# lifts them
//! (§12.4.8): `x op= y` is `x = x op y` with the lifted operator, so a null `x` (or `y`) leaves
//! `x` null. They are expanded into what `check_nullable.rs` builds for `x op y` and an
//! assignment, the place's operands evaluated once (`reread_for_operator`). The postfix `x++`
//! reads before it stores, so only on variables whose read can be repeated without evaluating
//! anything twice: locals, static fields and fields of `this` (else UA0100).

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::check_nullable::{bool_op, null_compare};
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{BinOp, Conversion, Expr, ExprKind, IncDec, Place};
use crate::types::Ty;

/// The value types whose lifted arithmetic `check_nullable.rs` builds.
fn lifted_number(t: &Ty) -> bool {
    matches!(t, Ty::Int | Ty::Long | Ty::Double | Ty::Char)
}

impl Body<'_, '_> {
    /// A read of `place` that the store may follow without evaluating anything again.
    fn reread(&mut self, place: &Place, ty: &Ty, span: Span) -> Option<Expr> {
        let kind = match place {
            Place::Local(l) => ExprKind::Local(*l),
            Place::StaticField(f) => ExprKind::StaticField(*f),
            Place::InstanceField { receiver, field } if matches!(receiver.kind, ExprKind::This) => {
                ExprKind::InstanceField {
                    receiver: receiver.clone(),
                    field: *field,
                }
            }
            _ => {
                self.cx.unsupported(
                    "compound assignment and `++`/`--` of a nullable element, property or field of another object are",
                    span,
                );
                return None;
            }
        };
        Some(mk(kind, ty.clone(), span))
    }

    /// `x op= v` where `x` or `v` is a nullable value (`v` already checked).
    pub(crate) fn nullable_compound(
        &mut self,
        place: Place,
        op: BinOp,
        ty: Ty,
        v: Expr,
        span: Span,
    ) -> Expr {
        // `x op= null`: the null of `x`'s type (the result is null, and `x` is still assigned).
        let v = if v.ty == Ty::Null && ty.nullable_of().is_some() {
            self.coerce(v, &ty)
        } else {
            v
        };
        let under = |t: &Ty| t.nullable_of().cloned().unwrap_or_else(|| t.clone());
        let (tu, vu) = (under(&ty), under(&v.ty));
        let arith = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem
        );
        // A struct's user-defined operator lifts as the binary operator does (check_nullable.rs).
        let user = (tu.is_struct() || vu.is_struct()) && self.lifts(op, &tu, &vu);
        if !(arith && (user || lifted_number(&tu) && lifted_number(&vu))) {
            self.cx.unsupported(
                &format!(
                    "the compound assignment `{}=` of `{ty}` and `{}` is",
                    op.as_str(),
                    v.ty
                ),
                span,
            );
            return Expr::error(span);
        }
        if ty.nullable_of().is_none() && !user {
            // `x op= y` on a plain `x` with a nullable `y`: the lifted result is nullable.
            let wider = if tu == Ty::Double || vu == Ty::Double {
                Ty::Double
            } else if tu == Ty::Long || vu == Ty::Long {
                Ty::Long
            } else {
                Ty::Int
            };
            return self.compound_error(&Ty::nullable(wider), &ty, op, span);
        }
        // The place's operands are evaluated once, before the read (spilled when they must be).
        let (place, read) = self.reread_for_operator(&place, &ty, span);
        let result = self.lifted(op, read, v, span);
        if result.ty.is_error() {
            return Expr::error(span);
        }
        // C#: `x op= y` is `x = (T)(x op y)` only when `y` converts to `T` implicitly, which a
        // wider operand (the only way to a wider result here) never does.
        if result.ty != ty {
            return self.compound_error(&result.ty.clone(), &ty, op, span);
        }
        mk(
            ExprKind::Assign {
                target: place,
                value: Box::new(result),
            },
            ty,
            span,
        )
    }

    fn compound_error(&mut self, result: &Ty, ty: &Ty, op: BinOp, span: Span) -> Expr {
        self.err(
            "CS0266",
            format!("Cannot implicitly convert type '{result}' to '{ty}'. An explicit conversion exists (are you missing a cast?)"),
            span,
            &format!("write `x = ({ty})(x {} value)`", op.as_str()),
        );
        Expr::error(span)
    }

    /// `++x`, `x++`, `--x`, `x--` of a nullable number: null stays null; the prefix forms give
    /// the new value, the postfix ones the old.
    pub(crate) fn nullable_incdec(
        &mut self,
        place: Place,
        kind: IncDec,
        ty: Ty,
        span: Span,
    ) -> Expr {
        let inner = ty.nullable_of().cloned().unwrap_or(Ty::Error);
        if !lifted_number(&inner) {
            self.cx
                .unsupported(&format!("`++` and `--` of `{ty}` values are"), span);
            return Expr::error(span);
        }
        let op = match kind {
            IncDec::PreInc | IncDec::PostInc => BinOp::Add,
            IncDec::PreDec | IncDec::PostDec => BinOp::Sub,
        };
        let one = match inner {
            Ty::Long => ConstValue::Long(1),
            Ty::Double => ConstValue::Double(1.0),
            _ => ConstValue::Int(1),
        };
        let one = mk(ExprKind::Const(one), inner.clone(), span);
        let prefix = matches!(kind, IncDec::PreInc | IncDec::PreDec);
        // `char?`'s `++` narrows the promoted sum back (no compound assignment would).
        if prefix && inner != Ty::Char {
            return self.nullable_compound(place, op, ty, one, span);
        }
        let Some(read) = self.reread(&place, &ty, span) else {
            return Expr::error(span);
        };
        // `x++`: `(old = x) != null && (x = (T?)(old.Value + 1)) != null ? old : old`.
        let old = self.hidden_local("<old>", ty.clone(), span);
        let has = self.stored_null_test(old, read, BinOp::Ne, span);
        let value = self.unwrap(mk(ExprKind::Local(old), ty.clone(), span), span);
        let next = self.binary_typed(op, value, one, span);
        if next.ty.is_error() {
            return Expr::error(span);
        }
        let next = match inner {
            Ty::Char => convert::apply(next, Some(Conversion::IntToChar), &Ty::Char),
            _ => next,
        };
        let boxed = convert::apply(next, Some(Conversion::Boxing), &ty);
        let store = mk(
            ExprKind::Assign {
                target: place,
                value: Box::new(boxed),
            },
            ty.clone(),
            span,
        );
        let old_value = || mk(ExprKind::Local(old), ty.clone(), span);
        if prefix {
            // `++x`: `(old = x) != null ? (x = (T?)(T)(old.Value + 1)) : old`.
            let kind = ExprKind::Conditional {
                cond: Box::new(has),
                then: Box::new(store),
                otherwise: Box::new(old_value()),
            };
            return mk(kind, ty, span);
        }
        let stored = null_compare(store, BinOp::Ne, span);
        let cond = bool_op(BinOp::And, has, stored, span);
        mk(
            ExprKind::Conditional {
                cond: Box::new(cond),
                then: Box::new(old_value()),
                otherwise: Box::new(old_value()),
            },
            ty,
            span,
        )
    }
}
