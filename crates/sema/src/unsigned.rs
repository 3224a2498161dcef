//! `uint` and `ulong`: C#'s binary numeric promotion with an unsigned operand (`uint + int` is a
//! `long`, `uint + 1` a `uint`, `ulong + int` ambiguous: CS0034), their implicit constant
//! conversions (`uint u = 5;`, CS0031 for `-1`) and shifts (the count stays an `int`).

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::{fold_binary, ConstValue};
use crate::hir::{BinOp, Expr, ExprKind};
use crate::types::{SmallInt, Ty};

/// The operation type of `l op r` when one operand is a `uint` or `ulong`: `Ok(type)`,
/// `Err(())` for C#'s ambiguity (a `ulong` with a signed integer that is no constant in its
/// range), `None` when neither operand is unsigned or the other is no number.
pub fn promote_unsigned(l: &Expr, r: &Expr) -> Option<Result<Ty, ()>> {
    if l.ty.is_unsigned() {
        promote(&l.ty, &r.ty, r.constant())
    } else if r.ty.is_unsigned() {
        promote(&r.ty, &l.ty, l.constant())
    } else {
        None
    }
}

/// The same for `x op= v` with `x` of type `target` (a variable, never a constant).
pub fn promote_unsigned_ty(target: &Ty, v: &Expr) -> Option<Result<Ty, ()>> {
    if target.is_unsigned() {
        promote(target, &v.ty, v.constant())
    } else if v.ty.is_unsigned() {
        promote(&v.ty, target, None)
    } else {
        None
    }
}

fn promote(u: &Ty, other: &Ty, constant: Option<&ConstValue>) -> Option<Result<Ty, ()>> {
    // Types that convert to both `uint` and `ulong` implicitly.
    let unsigned_like = matches!(
        other,
        Ty::UInt | Ty::Char | Ty::Small(SmallInt::Byte | SmallInt::UShort)
    );
    let non_negative_const = matches!(other, Ty::Int | Ty::Long)
        && match constant {
            Some(c @ (ConstValue::Int(_) | ConstValue::Long(_))) => {
                c.as_i64().is_some_and(|v| v >= 0)
            }
            _ => false,
        };
    let signed = matches!(
        other,
        Ty::Int | Ty::Long | Ty::Small(SmallInt::SByte | SmallInt::Short)
    );
    Some(Ok(match (u, other) {
        (_, Ty::Double) => Ty::Double,
        (_, Ty::Float) => Ty::Float,
        (_, Ty::ULong) | (Ty::ULong, _) if unsigned_like || *other == Ty::ULong => Ty::ULong,
        (Ty::ULong, _) if non_negative_const => Ty::ULong,
        (Ty::ULong, _) if signed => return Some(Err(())),
        (Ty::UInt, _) if unsigned_like => Ty::UInt,
        (Ty::UInt, Ty::Int) if non_negative_const => Ty::UInt,
        (Ty::UInt, _) if signed => Ty::Long,
        _ => return None,
    }))
}

/// C#'s implicit constant conversions to `uint` and `ulong`: an `int` constant in range, a
/// `long` constant that is not negative to `ulong`.
pub fn constant_fits_unsigned(c: &ConstValue, to: &Ty) -> Option<bool> {
    let v = match (c, to) {
        (ConstValue::Int(v), Ty::UInt | Ty::ULong) => *v as i64,
        (ConstValue::Long(v), Ty::ULong) => *v,
        _ => return None,
    };
    Some(match to {
        Ty::UInt => (0..=u32::MAX as i64).contains(&v),
        _ => v >= 0,
    })
}

impl Body<'_, '_> {
    /// `u << n`, `u >> n` on a `uint` or `ulong`: the count stays an `int` (lower masks it to
    /// the type's width).
    pub(crate) fn unsigned_shift(&mut self, op: BinOp, l: Expr, r: Expr, span: Span) -> Expr {
        let ty = l.ty.clone();
        let r = self.coerce(r, &Ty::Int);
        if let (Some(a), Some(b)) = (l.constant(), r.constant()) {
            if let Ok(Some(c)) = fold_binary(op, a, b, false) {
                return mk(ExprKind::Const(c), ty, span);
            }
        }
        mk(
            ExprKind::Binary {
                op,
                operand_ty: ty.clone(),
                lhs: Box::new(l),
                rhs: Box::new(r),
            },
            ty,
            span,
        )
    }

    /// CS0034: `ulong` with a signed integer, where both `ulong`'s and `long`'s (or
    /// `double`'s) operators would apply.
    pub(crate) fn ambiguous_operator(&mut self, op: &str, l: &Ty, r: &Ty, span: Span) -> Expr {
        self.err(
            "CS0034",
            format!("Operator '{op}' is ambiguous on operands of type '{l}' and '{r}'"),
            span,
            "a `ulong` does not mix with signed integers: cast one operand, e.g. `(long)u` or `(ulong)i`",
        );
        Expr::error(span)
    }
}
