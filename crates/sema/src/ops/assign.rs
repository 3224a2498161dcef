//! `x = v` and `x op= v`: discards, the place's checks (places.rs), events (`+=`/`-=`
//! subscribe), delegates, strings, nullables, enums and `TimeSpan`s, and C#'s rule that
//! `x op= y` is `x = (T)(x op y)`.

use unawait_syntax::ast::{self, BinaryOp as AB, ExprKind as A};
use unawait_syntax::Span;

use super::{logical_type, map_op, operator_span, promote};
use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::hir::{BinOp, Expr, ExprKind, Place};
use crate::places::PlaceUse;
use crate::types::Ty;

impl Body<'_, '_> {
    pub fn assign(
        &mut self,
        op: Option<AB>,
        target: &ast::Expr,
        value: &ast::Expr,
        span: Span,
    ) -> Expr {
        if op.is_none() {
            if let A::Name { name, type_args } = &target.kind {
                if name.name == "_"
                    && type_args.is_empty()
                    && self.scopes.lookup("_").is_none()
                    && !self.is_member("_")
                {
                    let v = self.expr(value);
                    return match &v.ty {
                        Ty::Void => {
                            self.err(
                                "CS8209",
                                "A value of type 'void' may not be assigned.",
                                value.span,
                                "the call returns nothing; call it as a statement",
                            );
                            Expr::error(span)
                        }
                        Ty::Null => {
                            self.err(
                                "CS8183",
                                "Cannot infer the type of implicitly-typed discard.",
                                value.span,
                                "there is nothing to discard in `null`",
                            );
                            Expr::error(span)
                        }
                        _ => {
                            let ty = v.ty.clone();
                            mk(ExprKind::Discard(Box::new(v)), ty, span)
                        }
                    };
                }
            }
        }
        // `var (q, r) = (a, b);`, `(x, y) = (y, x);`: one construct, with the tuple it takes
        // apart.
        if op.is_none() && matches!(target.kind, A::Declaration { .. } | A::Tuple(_)) {
            self.cx
                .unsupported("deconstruction (`var (a, b) = ...`) is", span);
            self.declare_expr_names(target);
            if matches!(value.kind, A::Tuple(_)) {
                self.declare_expr_names(value);
            } else {
                self.expr(value);
            }
            return Expr::error(span);
        }
        if op.is_none() {
            if let Some(e) = self.local_value_assign(target, value, span) {
                return e;
            }
        } else if let Some(e) = op.and_then(|o| self.local_value_compound(o, target, value, span)) {
            return e;
        }
        // An event is named outside its type to subscribe and unsubscribe.
        self.subscribing = matches!(op, Some(AB::Add | AB::Sub));
        let place = self.place(target, PlaceUse::Assign);
        self.subscribing = false;
        if let Some(event) = self.event_target.take() {
            return self.subscribe(event, op, value, span);
        }
        if let (Some(AB::Add | AB::Sub), Some((Place::InstanceField { receiver, field }, _))) =
            (op, &place)
        {
            if let Some(e) = self.cx.virtual_events.get(field).cloned() {
                return self.subscribe((Some((**receiver).clone()), e), op, value, span);
            }
        }
        if op == Some(AB::Coalesce) {
            let Some((place, ty)) = place else {
                self.expr(value);
                return Expr::error(span);
            };
            return self.coalesce_assign(place, ty, value, span);
        }
        let Some(op) = op else {
            let Some((place, ty)) = place else {
                self.expr(value);
                return Expr::error(span);
            };
            let v = self.expr_with(value, Some(&ty));
            let v = self.coerce(v, &ty);
            return mk(
                ExprKind::Assign {
                    target: place,
                    value: Box::new(v),
                },
                ty,
                span,
            );
        };
        if let (AB::Add | AB::Sub, Some((_, ty))) = (op, &place) {
            if ty.is_delegate() {
                let (place, ty) = place.expect("matched above");
                let bop = if op == AB::Add {
                    BinOp::Add
                } else {
                    BinOp::Sub
                };
                return self.delegate_compound(place, bop, ty, value, span);
            }
        }
        let v = self.expr(value);
        let Some((place, ty)) = place else {
            return Expr::error(span);
        };
        let Some(bop) = map_op(op).filter(|b| !matches!(b, BinOp::And | BinOp::Or)) else {
            let op_span = operator_span(target.span, value.span, op.as_str().len() + 1);
            self.cx
                .outside(&format!("the `{}=` operator is", op.as_str()), op_span);
            return Expr::error(span);
        };
        if ty.is_error() || v.ty.is_error() {
            return Expr::error(span);
        }
        let v = match self.user_compound(&place, bop, &ty, v, span) {
            Ok(e) => return e,
            // `total += celsius` with `implicit operator double`: `double + double`.
            Err(v) => {
                let target = mk(ExprKind::Error, ty.clone(), span);
                self.predefined_operands(bop, target, *v).1
            }
        };
        let nullable = ty.nullable_of().is_some() || v.ty.nullable_of().is_some();
        if nullable && !(bop == BinOp::Add && ty == Ty::String) {
            return self.nullable_compound(place, bop, ty, v, span);
        }
        if bop == BinOp::Add && ty == Ty::String && v.ty != Ty::Void {
            let v = self.stringify(v);
            return mk(
                ExprKind::CompoundAssign {
                    target: place,
                    op: bop,
                    concat: true,
                    value: Box::new(v),
                },
                ty,
                span,
            );
        }
        let opname = format!("{}=", bop.as_str());
        if crate::timespan_ops::is_timespan(&ty) {
            return self.timespan_compound(place, bop, v, span);
        }
        if ty.is_enum() || v.ty.is_enum() {
            return self.enum_compound(place, bop, ty, v, span);
        }
        // C#: `x op= y` is `x = (T)(x op y)` when `y` converts to `T` implicitly (a shift's count
        // to `int`): the operation's type must then be `T` itself in the subset.
        let result = match bop {
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => logical_type(&ty, &v.ty),
            BinOp::Shl | BinOp::Shr => {
                let count = matches!(v.ty, Ty::Int | Ty::Char | Ty::Small(_));
                match ty {
                    Ty::Int | Ty::Long | Ty::UInt | Ty::ULong if count => Some(ty.clone()),
                    Ty::Small(_) if count => Some(Ty::Int),
                    _ => None,
                }
            }
            _ => promote(&ty, &v.ty),
        };
        let bitwise = matches!(bop, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
        let result = match crate::unsigned::promote_unsigned_ty(&ty, &v) {
            Some(Ok(t)) if bitwise && !t.is_integer_operand() => None,
            Some(Ok(t)) if !matches!(bop, BinOp::Shl | BinOp::Shr) => Some(t),
            Some(Err(())) if !matches!(bop, BinOp::Shl | BinOp::Shr) => {
                return self.ambiguous_operator(&opname, &ty, &v.ty, span);
            }
            _ => result,
        };
        let Some(result) = result else {
            if bop == BinOp::Add && v.ty == Ty::String {
                self.err(
                    "CS0029",
                    format!("Cannot implicitly convert type 'string' to '{ty}'"),
                    span,
                    "the result of `+` with a string is a string",
                );
                return Expr::error(span);
            }
            return self.op_error(&opname, &ty, &v.ty, span);
        };
        // `c += 'x'` is `c = (char)(c + 'x')`: the right side converts to `char` implicitly.
        if ty == Ty::Char && v.ty == Ty::Char && result == Ty::Int {
            let bop = self.in_context(bop, &Ty::Int);
            return mk(
                ExprKind::CompoundAssign {
                    target: place,
                    op: bop,
                    concat: false,
                    value: Box::new(v),
                },
                ty,
                span,
            );
        }
        // `b += 1` on a `byte` is `b = (byte)(b + 1)`: allowed when the right side converts to
        // `byte` implicitly (a constant in range does), or for a shift.
        if let (Ty::Small(_), Ty::Int) = (&ty, &result) {
            let fits = crate::convert::implicit(&v.ty, &ty).is_some()
                || crate::convert::constant_fits(&v, &ty)
                || matches!(bop, BinOp::Shl | BinOp::Shr);
            if fits {
                return self.small_compound(place, bop, v, ty, span);
            }
        }
        if result != ty {
            self.err(
                "CS0266",
                format!("Cannot implicitly convert type '{result}' to '{ty}'. An explicit conversion exists (are you missing a cast?)"),
                span,
                &format!("write `x = ({ty})(x {} value)` or use a `{result}` variable", bop.as_str()),
            );
            return Expr::error(span);
        }
        let shift = matches!(bop, BinOp::Shl | BinOp::Shr);
        let v = self.coerce(
            v,
            if shift && ty.is_unsigned() {
                &Ty::Int
            } else {
                &ty
            },
        );
        if matches!(bop, BinOp::Div | BinOp::Rem)
            && ty.is_integer_operand()
            && v.constant().and_then(ConstValue::as_i64) == Some(0)
        {
            self.err(
                "CS0020",
                "Division by constant zero",
                span,
                "dividing an integer by zero always throws DivideByZeroException",
            );
        }
        let bop = self.in_context(bop, &ty);
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
