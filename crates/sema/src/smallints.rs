//! `byte`, `sbyte`, `short`, `ushort`: C#'s implicit constant conversion (`byte b = 1;`, CS0031
//! when the constant does not fit) and compound assignments that narrow back (`b += 1`).

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::hir::{BinOp, Expr, ExprKind, Place};
use crate::types::Ty;

impl Body<'_, '_> {
    /// An `int` constant where a small integer is expected: the constant in that type, or
    /// CS0031 when it is out of range. `None` when `e` is no `int` constant or `to` no small type.
    pub(crate) fn small_constant(&mut self, e: Expr, to: &Ty) -> Option<Expr> {
        if let (Some(c), Ty::Int | Ty::Long) = (e.constant(), &e.ty) {
            if let Some(fits) = crate::unsigned::constant_fits_unsigned(c, to) {
                if fits {
                    let c = c.convert_numeric(to).ok()?;
                    return Some(mk(ExprKind::Const(c), to.clone(), e.span));
                }
                self.err(
                    "CS0031",
                    format!("Constant value '{c}' cannot be converted to a '{to}'"),
                    e.span,
                    &format!(
                        "a `{to}` holds 0 to {}",
                        if *to == Ty::UInt {
                            u32::MAX as u64
                        } else {
                            u64::MAX
                        }
                    ),
                );
                return Some(mk(ExprKind::Error, to.clone(), e.span));
            }
        }
        // The constant 0 converts to every enum type.
        if to.is_enum() && crate::enums::zero_constant(&e) {
            let zero = ConstValue::Int(0).convert_numeric(to).ok()?;
            return Some(mk(ExprKind::Const(zero), to.clone(), e.span));
        }
        let (Some(ConstValue::Int(v)), Ty::Small(s)) = (e.constant(), to) else {
            return None;
        };
        let (v, s) = (*v, *s);
        if s.contains(v as i64) {
            return Some(mk(
                ExprKind::Const(ConstValue::Small(s, v)),
                to.clone(),
                e.span,
            ));
        }
        self.err(
            "CS0031",
            format!("Constant value '{v}' cannot be converted to a '{to}'"),
            e.span,
            &format!("a `{to}` holds {} to {}", s.range().0, s.range().1),
        );
        Some(mk(ExprKind::Error, to.clone(), e.span))
    }

    /// `b op= v` on a small integer: computed as an `int`, then narrowed to the target's type
    /// (lower wraps it, or checks it when the operation itself is checked).
    pub(crate) fn small_compound(
        &mut self,
        place: Place,
        bop: BinOp,
        v: Expr,
        ty: Ty,
        span: Span,
    ) -> Expr {
        // In a checked context the narrowing itself must throw; lower only knows to check it
        // after `+`, `-` and `*`, and `/` (`-128 / -1`) and `<<` can leave the range too.
        if self.overflow.runtime_checked() && matches!(bop, BinOp::Div | BinOp::Shl) {
            self.cx.unsupported(
                &format!("`{}=` on a `{ty}` in a checked context is", bop.as_str()),
                span,
            );
            return Expr::error(span);
        }
        let shift = matches!(bop, BinOp::Shl | BinOp::Shr);
        let v = self.coerce(v, if shift { &Ty::Int } else { &ty });
        if matches!(bop, BinOp::Div | BinOp::Rem)
            && v.constant().and_then(ConstValue::as_i64) == Some(0)
        {
            self.err(
                "CS0020",
                "Division by constant zero",
                span,
                "dividing an integer by zero always throws DivideByZeroException",
            );
        }
        let bop = self.in_context(bop, &Ty::Int);
        mk(
            ExprKind::CompoundAssign {
                target: place,
                op: bop,
                concat: false,
                value: Box::new(v),
            },
            ty,
            span,
        )
    }
}
