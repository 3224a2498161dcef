//! Casts and the `checked`/`unchecked` context: which explicit conversions exist, constant
//! casts (CS0221 unless unchecked), and the checked conversions that throw `OverflowException`.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{Conversion, Expr, ExprKind};

impl Body<'_, '_> {
    pub(crate) fn cast(&mut self, te: &ast::TypeExpr, inner: &ast::Expr, span: Span) -> Expr {
        let to = self.cx.resolve_value_type(te, self.ns.as_deref());
        // A lambda or method group takes the cast's delegate type as its target, as an
        // initializer's would (`(Func<int, int>)(x => x + 1)` is how C# 7 code types one).
        let target = (to.delegate_sig().is_some()
            && matches!(
                inner.kind,
                ast::ExprKind::Lambda { .. }
                    | ast::ExprKind::AnonymousMethod { .. }
                    | ast::ExprKind::Name { .. }
                    | ast::ExprKind::Member { .. }
            ))
        .then_some(&to);
        let v = self.expr_with(inner, target);
        let v = crate::enum_library::values_as_array(inner, v, &to);
        if to.is_error() || v.ty.is_error() {
            return mk(ExprKind::Error, to, span);
        }
        if v.ty.nullable_of().is_some() || to.nullable_of().is_some() {
            let from = v.ty.clone();
            let v = match self.user_convert(v, &to, true) {
                Ok(e) => return Expr { span, ..e },
                Err(v) => *v,
            };
            if let Some(e) = self.nullable_cast(v, &to, span) {
                return e;
            }
            self.err(
                "CS0030",
                format!("Cannot convert type '{from}' to '{to}'"),
                span,
                "no conversion exists between these types",
            );
            return mk(ExprKind::Error, to, span);
        }
        let v = match convert::explicit(&v.ty, &to) {
            Some(_) => v,
            None => match self.user_convert(v, &to, true) {
                Ok(e) => return Expr { span, ..e },
                Err(v) => *v,
            },
        };
        let Some(conv) = convert::explicit(&v.ty, &to) else {
            self.err(
                "CS0030",
                format!("Cannot convert type '{}' to '{to}'", v.ty),
                span,
                "no conversion exists between these types",
            );
            return mk(ExprKind::Error, to, span);
        };
        // The runtime knows a two-dimensional array's type only by name, which cannot decide
        // the covariant conversions of arrays of references (`(object[,])strings`).
        if matches!(to, crate::types::Ty::Lib(crate::types::Lib::MdArray, _))
            && v.ty != to
            && v.ty != crate::types::Ty::Null
        {
            self.cx.unsupported(
                &format!("casts to the two-dimensional array type `{to}` are"),
                span,
            );
            return mk(ExprKind::Error, to, span);
        }
        let narrowing = matches!(
            conv,
            Some(
                Conversion::LongToInt
                    | Conversion::DoubleToInt
                    | Conversion::DoubleToLong
                    | Conversion::IntToChar
                    | Conversion::LongToChar
                    | Conversion::DoubleToChar
                    | Conversion::ToSmall(_)
                    | Conversion::LongToSmall(_)
                    | Conversion::DoubleToSmall(_)
                    | Conversion::Unsigned { .. }
                    | Conversion::ToFloat(_)
            )
        );
        if let (Some(c), true) = (v.constant(), narrowing) {
            // A constant that does not fit is CS0221 unless the context is `unchecked`.
            let folded = if self.overflow.constants_checked() {
                c.convert_numeric(&to)
            } else {
                c.convert_unchecked(&to)
            };
            match folded {
                Ok(value) => return mk(ExprKind::Const(value), to, span),
                Err(()) => {
                    let shown = match c {
                        ConstValue::Double(d) => format_double_for_message(*d),
                        ConstValue::Float(f) => format_double_for_message(*f as f64),
                        other => other.to_string(),
                    };
                    self.err("CS0221", format!("Constant value '{shown}' cannot be converted to a '{to}' (use 'unchecked' syntax to override)"), span, "the constant does not fit in the target type");
                    return mk(ExprKind::Error, to, span);
                }
            }
        }
        let conv = match conv {
            Some(c) if self.overflow.runtime_checked() => Some(match c {
                Conversion::LongToInt => Conversion::CheckedLongToInt,
                Conversion::DoubleToInt => Conversion::CheckedDoubleToInt,
                Conversion::DoubleToLong => Conversion::CheckedDoubleToLong,
                Conversion::IntToChar | Conversion::LongToChar | Conversion::DoubleToChar => {
                    Conversion::CheckedToChar
                }
                c => c.checked_small().unwrap_or(c),
            }),
            c => c,
        };
        let e = convert::apply(v, conv, &to);
        Expr { span, ..e }
    }

    /// Checks `f` in a `checked` or `unchecked` context: the operators written inside it follow
    /// the context, not the methods it calls.
    pub(crate) fn in_overflow_context<T>(
        &mut self,
        checked: bool,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let ctx = if checked {
            crate::body::Overflow::Checked
        } else {
            crate::body::Overflow::Unchecked
        };
        let outer = std::mem::replace(&mut self.overflow, ctx);
        let r = f(self);
        self.overflow = outer;
        r
    }
}

/// C# prints doubles in messages like `1E+20`.
fn format_double_for_message(d: f64) -> String {
    if d.abs() >= 1e15 {
        let s = format!("{d:E}");
        match s.split_once('E') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}E+{e}"),
            _ => s,
        }
    } else {
        format!("{d}")
    }
}
