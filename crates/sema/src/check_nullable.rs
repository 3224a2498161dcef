//! Nullable value types (`int?`, `long?`, `bool?`, `double?`): C#'s `??`, `??=`, lifted
//! operators and the explicit conversion to the value type. A nullable value is null or the
//! box of its value (`Lib::Nullable`), so `null` is a null reference, `T` to `T?` is boxing and
//! reading the value of a non-null one is unboxing. Each operator is expanded into the HIR the
//! rest of the compiler knows (hidden locals, `?:`, `&&`), as C# defines it: the operands are
//! evaluated once, left to right; `+ - * / %` give null when an operand is null; `< > <= >=`
//! give false; `==` is true when both are null and `!=` its negation.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{BinOp, Conversion, Expr, ExprKind, LocalId, Place, UnOp};
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    /// `(tmp = e) != null` (or `==`), reading `e` once into `tmp`.
    pub(crate) fn stored_null_test(
        &mut self,
        tmp: LocalId,
        e: Expr,
        op: BinOp,
        span: Span,
    ) -> Expr {
        let ty = e.ty.clone();
        let assign = mk(
            ExprKind::Assign {
                target: Place::Local(tmp),
                value: Box::new(e),
            },
            ty,
            span,
        );
        null_compare(assign, op, span)
    }

    /// The value of a non-null nullable: its box unboxed.
    pub(crate) fn unwrap(&self, e: Expr, span: Span) -> Expr {
        let inner = e.ty.nullable_of().cloned().unwrap_or(Ty::Error);
        mk(
            ExprKind::Convert {
                conversion: Conversion::Unboxing,
                expr: Box::new(e),
            },
            inner,
            span,
        )
    }

    /// `a ?? b` (C# §12.15): the left side once; its value when not null (unwrapped for a
    /// nullable value type when `b` converts to the value type), else `b`.
    pub(crate) fn coalesce(&mut self, lhs: &ast::Expr, rhs: &ast::Expr, span: Span) -> Expr {
        let a = self.expr(lhs);
        let a0 = a.ty.nullable_of().cloned();
        let throw = match &rhs.kind {
            ast::ExprKind::Throw(e) => Some(e),
            _ => None,
        };
        let b = match throw {
            Some(e) => {
                let x = self.expr(e);
                let ex = Ty::Lib(Lib::Exception, Vec::new());
                self.coerce(x, &ex)
            }
            None => {
                let want = a0.clone().unwrap_or_else(|| a.ty.clone());
                self.expr_with(rhs, Some(&want))
            }
        };
        if a.ty.is_error() || b.ty.is_error() {
            return Expr::error(span);
        }
        if !a.ty.is_reference_type() || a.ty == Ty::Null && throw.is_some() {
            return self.coalesce_error(&a.ty, &b.ty, span);
        }
        // The result type and whether the left value is unwrapped.
        let (ty, unwrap) = if throw.is_some() {
            (a0.clone().unwrap_or_else(|| a.ty.clone()), a0.is_some())
        } else if let Some(a0) = a0.as_ref().filter(|a0| {
            convert::implicit(&b.ty, a0).is_some()
                || crate::user_conversions::implicit_exists(self.cx, &b.ty, a0)
        }) {
            (a0.clone(), true)
        } else if a.ty != Ty::Null && convert::implicit(&b.ty, &a.ty).is_some() {
            (a.ty.clone(), false)
        } else if convert::implicit(&a.ty, &b.ty).is_some() && b.ty != Ty::Null {
            (b.ty.clone(), false)
        } else if a.ty != Ty::Null
            && b.ty != Ty::Null
            && crate::user_conversions::implicit_exists(self.cx, &b.ty, &a.ty)
        {
            // C#'s implicit conversions include the user-defined ones, both ways.
            (a.ty.clone(), false)
        } else if b.ty != Ty::Null {
            let from = a0.clone().unwrap_or_else(|| a.ty.clone());
            if !crate::user_conversions::implicit_exists(self.cx, &from, &b.ty) {
                return self.coalesce_error(&a.ty, &b.ty, span);
            }
            (b.ty.clone(), a0.is_some())
        } else {
            return self.coalesce_error(&a.ty, &b.ty, span);
        };
        let tmp = self.hidden_local("<coalesce>", a.ty.clone(), lhs.span);
        let aty = a.ty.clone();
        let cond = self.stored_null_test(tmp, a, BinOp::Ne, span);
        let read = mk(ExprKind::Local(tmp), aty.clone(), span);
        let then = if unwrap {
            let v = self.unwrap(read, span);
            match v.ty == ty {
                true => v,
                false => self.coerce(v, &ty),
            }
        } else if let Some(c) = convert::implicit(&aty, &ty) {
            convert::apply(read, c, &ty)
        } else {
            self.coerce(read, &ty)
        };
        let otherwise = match throw {
            Some(_) => self.hidden_call(crate::builtins::THROW_EXPR, b, &ty, span),
            None => self.coerce(b, &ty),
        };
        crate::check_expr::mk_conditional(cond, then, otherwise, ty, span)
    }

    fn coalesce_error(&mut self, a: &Ty, b: &Ty, span: Span) -> Expr {
        self.err(
            "CS0019",
            format!("Operator '??' cannot be applied to operands of type '{a}' and '{b}'"),
            span,
            "the left side of `??` must be a reference or a nullable value",
        );
        Expr::error(span)
    }

    /// `x ??= b` on a local, a static field, a field, a property or an array element: `x` when
    /// it is not null, else `x = b`.
    pub(crate) fn coalesce_assign(
        &mut self,
        place: Place,
        ty: Ty,
        value: &ast::Expr,
        span: Span,
    ) -> Expr {
        // The place's operands (an object, an array and an index) are evaluated once, by the
        // read: each one with effects into a hidden local that the write then uses.
        let (read, place) = match place {
            Place::Local(l) => (mk(ExprKind::Local(l), ty.clone(), span), Place::Local(l)),
            Place::StaticField(f) => (
                mk(ExprKind::StaticField(f), ty.clone(), span),
                Place::StaticField(f),
            ),
            Place::InstanceField { receiver, field } => {
                let Some((first, again)) = self.evaluated_once(*receiver) else {
                    return self.coalesce_place_unsupported(value, span);
                };
                let kind = ExprKind::InstanceField {
                    receiver: Box::new(first),
                    field,
                };
                let place = Place::InstanceField {
                    receiver: Box::new(again),
                    field,
                };
                (mk(kind, ty.clone(), span), place)
            }
            Place::Property {
                receiver,
                getter,
                setter,
                args,
            } if args.is_empty() => {
                let (first, again) = match receiver {
                    Some(r) => match self.evaluated_once(*r) {
                        Some((first, again)) => (Some(Box::new(first)), Some(Box::new(again))),
                        None => return self.coalesce_place_unsupported(value, span),
                    },
                    None => (None, None),
                };
                let kind = ExprKind::Call {
                    callee: crate::hir::Callee::User(getter),
                    receiver: first,
                    args: Vec::new(),
                    type_args: Vec::new(),
                };
                let place = Place::Property {
                    receiver: again,
                    getter,
                    setter,
                    args,
                };
                (mk(kind, ty.clone(), span), place)
            }
            Place::ArrayElement { array, index } => {
                let (Some((a1, a2)), Some((i1, i2))) =
                    (self.evaluated_once(*array), self.evaluated_once(*index))
                else {
                    return self.coalesce_place_unsupported(value, span);
                };
                let kind = ExprKind::ArrayElement {
                    array: Box::new(a1),
                    index: Box::new(i1),
                };
                let place = Place::ArrayElement {
                    array: Box::new(a2),
                    index: Box::new(i2),
                };
                (mk(kind, ty.clone(), span), place)
            }
            _ => return self.coalesce_place_unsupported(value, span),
        };
        let a0 = ty.nullable_of().cloned();
        let b = self.expr_with(value, Some(&a0.clone().unwrap_or_else(|| ty.clone())));
        if ty.is_error() || b.ty.is_error() {
            return Expr::error(span);
        }
        if !ty.is_reference_type() {
            return self.coalesce_error(&ty, &b.ty, span);
        }
        // C#: the result is `A0` when `b` converts to it, else `A`.
        let unwrap = a0
            .as_ref()
            .is_some_and(|a0| convert::implicit(&b.ty, a0).is_some());
        let b = self.coerce(b, &ty);
        let tmp = self.hidden_local("<coalesce>", ty.clone(), span);
        let cond = self.stored_null_test(tmp, read, BinOp::Ne, span);
        let stored = mk(ExprKind::Local(tmp), ty.clone(), span);
        let assign = mk(
            ExprKind::Assign {
                target: place,
                value: Box::new(b),
            },
            ty.clone(),
            span,
        );
        let (then, otherwise, rty) = if unwrap {
            let a0 = a0.unwrap_or(Ty::Error);
            (self.unwrap(stored, span), self.unwrap(assign, span), a0)
        } else {
            (stored, assign, ty)
        };
        mk(
            ExprKind::Conditional {
                cond: Box::new(cond),
                then: Box::new(then),
                otherwise: Box::new(otherwise),
            },
            rty,
            span,
        )
    }

    /// An operand of a place as it is evaluated the first time, and as it is used again: itself
    /// when evaluating it has no effect (`this`, a local, a constant), else an assignment to a
    /// hidden local and that local. `None` for a struct value with effects, whose copy would not
    /// be the variable.
    fn evaluated_once(&mut self, e: Expr) -> Option<(Expr, Expr)> {
        if matches!(
            e.kind,
            ExprKind::This | ExprKind::Local(_) | ExprKind::Const(_)
        ) {
            return Some((e.clone(), e));
        }
        if e.ty.is_struct() {
            return None;
        }
        let (ty, span) = (e.ty.clone(), e.span);
        let tmp = self.hidden_local("<place>", ty.clone(), span);
        let first = mk(
            ExprKind::Assign {
                target: Place::Local(tmp),
                value: Box::new(e),
            },
            ty.clone(),
            span,
        );
        Some((first, mk(ExprKind::Local(tmp), ty, span)))
    }

    fn coalesce_place_unsupported(&mut self, value: &ast::Expr, span: Span) -> Expr {
        self.expr(value);
        self.cx.unsupported(
            "`??=` on an indexer, or on a field of a struct value that is not a variable, is",
            span,
        );
        Expr::error(span)
    }

    /// A binary operator with a nullable operand: C#'s lifted operator.
    pub(crate) fn lifted(&mut self, op: BinOp, l: Expr, r: Expr, span: Span) -> Expr {
        // `x == null`, `x != null`: whether it has a value.
        if matches!(op, BinOp::Eq | BinOp::Ne) {
            if r.ty == Ty::Null {
                return null_compare(l, op, span);
            }
            if l.ty == Ty::Null {
                return null_compare(r, op, span);
            }
        }
        let under = |t: &Ty| t.nullable_of().cloned().unwrap_or_else(|| t.clone());
        let (lu, ru) = (under(&l.ty), under(&r.ty));
        // A `char` operand is promoted as in the unlifted operator (`char? + 1` is an `int?`).
        let numeric = |t: &Ty| matches!(t, Ty::Int | Ty::Long | Ty::Double | Ty::Char);
        let arith = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem
        );
        let relational = matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
        let equality = matches!(op, BinOp::Eq | BinOp::Ne);
        let ok = ((arith || relational) && numeric(&lu) && numeric(&ru))
            || (equality && ((numeric(&lu) && numeric(&ru)) || (lu == Ty::Bool && ru == Ty::Bool)));
        // An enum's operators lift as well: comparisons are modelled, the others not yet.
        let enum_op = (lu.is_enum() || ru.is_enum()) && {
            let probe = |t: &Ty| mk(ExprKind::Error, t.clone(), span);
            crate::enums::op_types(op, &probe(&lu), &probe(&ru)).is_some()
        };
        let ok = ok || (enum_op && (relational || equality));
        // A struct's user-defined operator lifts (C# §12.4.8) when it takes and returns
        // non-nullable value types (`bool` for the comparisons).
        let user_op = !ok && (lu.is_struct() || ru.is_struct()) && self.lifts(op, &lu, &ru);
        let ok = ok || user_op;
        if enum_op && !ok {
            self.cx.unsupported(
                &format!("the lifted `{}` operator on nullable enums is", op.as_str()),
                span,
            );
            return Expr::error(span);
        }
        // C# lifts the operators of the other numeric types too (`int? + uint` is a `long?`).
        let other_number = |t: &Ty| {
            matches!(
                t,
                Ty::UInt | Ty::ULong | Ty::Float | Ty::Char | Ty::Small(_)
            )
        };
        if !ok
            && (other_number(&lu) || other_number(&ru))
            && (numeric(&lu) || other_number(&lu))
            && (numeric(&ru) || other_number(&ru))
        {
            self.cx.unsupported(
                &format!(
                    "the lifted `{}` operator on `{}` and `{}` is",
                    op.as_str(),
                    l.ty,
                    r.ty
                ),
                span,
            );
            return Expr::error(span);
        }
        if !ok && lu == Ty::Bool && ru == Ty::Bool && matches!(op, BinOp::BitAnd | BinOp::BitOr) {
            return self.lifted_bool_logic(op, l, r, span);
        }
        if !ok {
            let known = matches!(lu, Ty::Int | Ty::Long | Ty::Double | Ty::Bool)
                && matches!(ru, Ty::Int | Ty::Long | Ty::Double | Ty::Bool | Ty::Null);
            if known && !(arith || relational || equality) {
                self.cx.unsupported(
                    &format!(
                        "the lifted `{}` operator on nullable values is",
                        op.as_str()
                    ),
                    span,
                );
                return Expr::error(span);
            }
            self.err(
                "CS0019",
                format!(
                    "Operator '{}' cannot be applied to operands of type '{}' and '{}'",
                    op.as_str(),
                    l.ty,
                    r.ty
                ),
                span,
                "the operator needs numbers (or two bools for `==`)",
            );
            return Expr::error(span);
        }
        // Each operand as a nullable of its own type, in a hidden local.
        let l = {
            let t = Ty::nullable(lu.clone());
            self.coerce(l, &t)
        };
        let r = {
            let t = Ty::nullable(ru.clone());
            self.coerce(r, &t)
        };
        let (lt, rt) = (l.ty.clone(), r.ty.clone());
        let ta = self.hidden_local("<lifted>", lt.clone(), span);
        let tb = self.hidden_local("<lifted>", rt.clone(), span);
        let va = self.unwrap(mk(ExprKind::Local(ta), lt, span), span);
        let vb = self.unwrap(mk(ExprKind::Local(tb), rt, span), span);
        let inner = self.binary_typed(op, va, vb, span);
        if inner.ty.is_error() {
            return Expr::error(span);
        }
        if user_op {
            let a_some = self.stored_null_test(ta, l, BinOp::Ne, span);
            let b_some = self.stored_null_test(tb, r, BinOp::Ne, span);
            let both = bool_op(BinOp::BitAnd, a_some, b_some, span);
            let nulls = || {
                let a_null =
                    null_compare(mk(ExprKind::Local(ta), lt_of(&lu), span), BinOp::Eq, span);
                let b_null =
                    null_compare(mk(ExprKind::Local(tb), lt_of(&ru), span), BinOp::Eq, span);
                bool_op(BinOp::BitAnd, a_null, b_null, span)
            };
            let otherwise = match op {
                // Equal when both are null; unequal when one is.
                BinOp::Eq => nulls(),
                BinOp::Ne => mk(
                    ExprKind::Unary {
                        op: UnOp::Not,
                        operand: Box::new(nulls()),
                    },
                    Ty::Bool,
                    span,
                ),
                _ if relational => mk(ExprKind::Const(ConstValue::Bool(false)), Ty::Bool, span),
                _ => {
                    let rty = Ty::nullable(inner.ty.clone());
                    let boxed = convert::apply(inner, Some(Conversion::Boxing), &rty);
                    let null = mk(ExprKind::Const(ConstValue::Null), rty.clone(), span);
                    return mk(
                        ExprKind::Conditional {
                            cond: Box::new(both),
                            then: Box::new(boxed),
                            otherwise: Box::new(null),
                        },
                        rty,
                        span,
                    );
                }
            };
            return mk(
                ExprKind::Conditional {
                    cond: Box::new(both),
                    then: Box::new(inner),
                    otherwise: Box::new(otherwise),
                },
                Ty::Bool,
                span,
            );
        }
        // Both operands are evaluated (`&`), then the operation when both have a value.
        let a_some = self.stored_null_test(ta, l, BinOp::Ne, span);
        let b_some = self.stored_null_test(tb, r, BinOp::Ne, span);
        let both = bool_op(BinOp::BitAnd, a_some, b_some, span);
        if equality {
            // Both have a value: compare the values; else equal when both are null.
            let inner = match inner.kind {
                ExprKind::Binary {
                    op: BinOp::Ne,
                    operand_ty,
                    lhs,
                    rhs,
                } => mk(
                    ExprKind::Binary {
                        op: BinOp::Eq,
                        operand_ty,
                        lhs,
                        rhs,
                    },
                    Ty::Bool,
                    span,
                ),
                _ => inner,
            };
            let a_null = null_compare(mk(ExprKind::Local(ta), lt_of(&lu), span), BinOp::Eq, span);
            let b_null = null_compare(mk(ExprKind::Local(tb), lt_of(&ru), span), BinOp::Eq, span);
            let nulls = bool_op(BinOp::BitAnd, a_null, b_null, span);
            let eq = mk(
                ExprKind::Conditional {
                    cond: Box::new(both),
                    then: Box::new(inner),
                    otherwise: Box::new(nulls),
                },
                Ty::Bool,
                span,
            );
            return if op == BinOp::Ne {
                mk(
                    ExprKind::Unary {
                        op: UnOp::Not,
                        operand: Box::new(eq),
                    },
                    Ty::Bool,
                    span,
                )
            } else {
                eq
            };
        }
        if relational {
            return bool_op(BinOp::And, both, inner, span);
        }
        let rty = Ty::nullable(inner.ty.clone());
        let boxed = convert::apply(inner, Some(Conversion::Boxing), &rty);
        let null = mk(ExprKind::Const(ConstValue::Null), rty.clone(), span);
        mk(
            ExprKind::Conditional {
                cond: Box::new(both),
                then: Box::new(boxed),
                otherwise: Box::new(null),
            },
            rty,
            span,
        )
    }

    /// `(int)x` of an `int?`: its `Value` (InvalidOperationException without one); `(int?)5L`:
    /// the explicit conversion to the value type, boxed. `None` when the cast is another one.
    pub(crate) fn nullable_cast(&mut self, v: Expr, to: &Ty, span: Span) -> Option<Expr> {
        if let Some(inner) = v.ty.nullable_of().cloned() {
            // `(object)n`: the boxing C# does implicitly (the box is the representation).
            if to.is_reference_type() {
                if let Some(c) = convert::implicit(&v.ty, to) {
                    return Some(convert::apply(v, c, to));
                }
            }
            if *to == inner {
                return Some(self.nullable_value(v, span));
            }
            if convert::explicit(&inner, to).is_some()
                && to.nullable_of().is_none()
                && inner.is_numeric()
                && to.is_numeric()
            {
                let value = self.nullable_value(v, span);
                let c = convert::explicit(&inner, to).flatten();
                return Some(convert::apply(value, c, to));
            }
            self.cx
                .unsupported(&format!("conversions from `{}` to `{to}` are", v.ty), span);
            return Some(Expr::error(span));
        }
        let u = to.nullable_of()?.clone();
        if v.ty == Ty::Null {
            return Some(mk(ExprKind::Const(ConstValue::Null), to.clone(), span));
        }
        if v.ty.is_value_type() {
            if let Some(c) = convert::explicit(&v.ty, &u) {
                let value = convert::apply(v, c, &u);
                return Some(convert::apply(value, Some(Conversion::Boxing), to));
            }
            return None;
        }
        // `(int?)o`: null stays null, a boxed `int` is unboxed (and boxed again as the `int?`),
        // anything else is InvalidCastException, as the unboxing throws it.
        if v.ty.is_reference_type() && convert::explicit(&v.ty, &u).is_some() {
            let from = v.ty.clone();
            let tmp = self.hidden_local("<unbox>", from.clone(), span);
            let cond = self.stored_null_test(tmp, v, BinOp::Ne, span);
            let read = mk(ExprKind::Local(tmp), from, span);
            let value = mk(
                ExprKind::Convert {
                    conversion: Conversion::Unboxing,
                    expr: Box::new(read),
                },
                u,
                span,
            );
            let boxed = convert::apply(value, Some(Conversion::Boxing), to);
            let null = mk(ExprKind::Const(ConstValue::Null), to.clone(), span);
            return Some(mk(
                ExprKind::Conditional {
                    cond: Box::new(cond),
                    then: Box::new(boxed),
                    otherwise: Box::new(null),
                },
                to.clone(),
                span,
            ));
        }
        self.cx
            .unsupported(&format!("conversions from `{}` to `{to}` are", v.ty), span);
        Some(Expr::error(span))
    }

    /// `x.Value`.
    pub(crate) fn nullable_value(&mut self, v: Expr, span: Span) -> Expr {
        let inner = v.ty.nullable_of().cloned().unwrap_or(Ty::Error);
        let found = crate::resolve::lookup_members(&v.ty, "Value");
        let Some(c) = found.first() else {
            return Expr::error(span);
        };
        mk(
            ExprKind::Property {
                member: match c.callee {
                    crate::hir::Callee::Builtin(b) => b,
                    crate::hir::Callee::User(_) => return Expr::error(span),
                },
                receiver: Some(Box::new(v.clone())),
                type_args: vec![inner.clone()],
            },
            inner,
            span,
        )
    }
}

/// `e == null` / `e != null` on a reference (a nullable's box).
pub(crate) fn null_compare(e: Expr, op: BinOp, span: Span) -> Expr {
    let obj = convert::apply(e, Some(Conversion::Reference), &Ty::Object);
    let null = mk(ExprKind::Const(ConstValue::Null), Ty::Object, span);
    mk(
        ExprKind::Binary {
            op,
            operand_ty: Ty::Object,
            lhs: Box::new(obj),
            rhs: Box::new(null),
        },
        Ty::Bool,
        span,
    )
}

fn lt_of(u: &Ty) -> Ty {
    Ty::nullable(u.clone())
}

pub(crate) fn bool_op(op: BinOp, a: Expr, b: Expr, span: Span) -> Expr {
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
