//! The conditional operator `c ? a : b`: C#'s result type (one branch's type the other converts
//! to, the target type when there is none), constant conditions, and a `throw` branch.

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{Expr, ExprKind};
use crate::types::Ty;

impl Body<'_, '_> {
    pub(crate) fn conditional(
        &mut self,
        cond: &ast::Expr,
        then: &ast::Expr,
        otherwise: &ast::Expr,
        expected: Option<&Ty>,
        span: Span,
    ) -> Expr {
        if let Some(e) = self.conditional_with_throw(cond, then, otherwise, expected, span) {
            return e;
        }
        let c = self.cond(cond);
        // The `default` literal in one branch takes the other branch's type (`c ? default : 5`
        // is an `int` 0, even where an `int?` is expected).
        let is_default = |e: &ast::Expr| matches!(e.kind, A::Default(None));
        let typed_by = |e: &Expr| (!e.ty.is_error() && e.ty != Ty::Null).then(|| e.ty.clone());
        let (a, b) = match (is_default(then), is_default(otherwise)) {
            (true, false) => {
                let b = self.expr_with(otherwise, expected);
                let t = typed_by(&b);
                (self.expr_with(then, t.as_ref().or(expected)), b)
            }
            (false, true) => {
                let a = self.expr_with(then, expected);
                let t = typed_by(&a);
                let b = self.expr_with(otherwise, t.as_ref().or(expected));
                (a, b)
            }
            _ => (
                self.expr_with(then, expected),
                self.expr_with(otherwise, expected),
            ),
        };
        let ty = if a.ty == b.ty || b.ty.is_error() {
            a.ty.clone()
        } else if a.ty.is_error() {
            b.ty.clone()
        } else {
            // User-defined implicit conversions count (C# §12.18).
            let cx: &crate::context::Ctx<'_> = self.cx;
            let conv = |x: &Expr, t: &Ty| {
                convert::implicit(&x.ty, t).is_some()
                    || crate::user_conversions::implicit_exists(cx, &x.ty, t)
            };
            let mut ab = conv(&a, &b.ty);
            let mut ba = conv(&b, &a.ty);
            // `c ? 1u : 2`: the int constant converts to `uint` (C# converts the expression).
            if !ab && !ba {
                ab = b.ty.is_unsigned() && convert::constant_fits(&a, &b.ty);
                ba = a.ty.is_unsigned() && convert::constant_fits(&b, &a.ty);
            }
            match (ab, ba) {
                (true, false) => b.ty.clone(),
                (false, true) => a.ty.clone(),
                // C# 9: without a natural type, the target type (`int? x = c ? 5 : null;`).
                _ if expected.is_some_and(|t| !t.is_error() && conv(&a, t) && conv(&b, t)) => {
                    expected.cloned().unwrap_or(Ty::Error)
                }
                _ => {
                    self.err(
                        "CS0173",
                        format!("Type of conditional expression cannot be determined because there is no implicit conversion between '{}' and '{}'", a.ty, b.ty),
                        span,
                        "convert one branch to the other's type with a cast",
                    );
                    return Expr::error(span);
                }
            }
        };
        if ty == Ty::Void {
            self.err("CS0173", "Type of conditional expression cannot be determined because there is no implicit conversion between 'void' and 'void'", span, "both branches must produce a value");
            return Expr::error(span);
        }
        let a = self.coerce(a, &ty);
        let b = self.coerce(b, &ty);
        if let (Some(ConstValue::Bool(cv)), Some(_), Some(_)) =
            (c.constant(), a.constant(), b.constant())
        {
            let pick = if *cv { a } else { b };
            return Expr { span, ..pick };
        }
        mk(
            ExprKind::Conditional {
                cond: Box::new(c),
                then: Box::new(a),
                otherwise: Box::new(b),
            },
            ty,
            span,
        )
    }

    /// `c ? v : throw e` (or `c ? throw e : v`): the type is the value's, and the throw a call of
    /// the hidden member that throws (`builtins::THROW_EXPR`). `None` without a throw branch.
    pub(crate) fn conditional_with_throw(
        &mut self,
        cond: &ast::Expr,
        then: &ast::Expr,
        otherwise: &ast::Expr,
        expected: Option<&Ty>,
        span: Span,
    ) -> Option<Expr> {
        fn thrown(e: &ast::Expr) -> Option<&ast::Expr> {
            match &e.kind {
                A::Throw(x) => Some(x),
                _ => None,
            }
        }
        let (value, throw, throw_first) = match (thrown(then), thrown(otherwise)) {
            (None, None) => return None,
            (Some(_), Some(_)) => {
                self.cond(cond);
                self.err(
                    "CS0173",
                    "Type of conditional expression cannot be determined because there is no implicit conversion between '<throw expression>' and '<throw expression>'",
                    span,
                    "one branch must give a value",
                );
                return Some(Expr::error(span));
            }
            (Some(x), None) => (otherwise, x, true),
            (None, Some(x)) => (then, x, false),
        };
        let c = self.cond(cond);
        let (v, x) = if throw_first {
            let x = self.thrown(throw);
            (self.expr_with(value, expected), x)
        } else {
            let v = self.expr_with(value, expected);
            (v, self.thrown(throw))
        };
        if c.ty.is_error() || v.ty.is_error() || x.ty.is_error() {
            return Some(Expr::error(span));
        }
        let ty = match (&v.ty, expected) {
            (Ty::Null, Some(t)) if !t.is_error() => t.clone(),
            (Ty::Null, _) => {
                self.err(
                    "CS0173",
                    "Type of conditional expression cannot be determined because there is no implicit conversion between '<null>' and '<throw expression>'",
                    span,
                    "give the value a type: `(string)null`",
                );
                return Some(Expr::error(span));
            }
            (Ty::Void, _) => {
                self.err("CS0173", "Type of conditional expression cannot be determined because there is no implicit conversion between 'void' and '<throw expression>'", span, "the other branch must produce a value");
                return Some(Expr::error(span));
            }
            (t, _) => t.clone(),
        };
        let v = self.coerce(v, &ty);
        let x = self.coerce(x, &Ty::Lib(crate::types::Lib::Exception, Vec::new()));
        let x = self.hidden_call(crate::builtins::THROW_EXPR, x, &ty, span);
        let (then, otherwise) = if throw_first { (x, v) } else { (v, x) };
        Some(mk(
            ExprKind::Conditional {
                cond: Box::new(c),
                then: Box::new(then),
                otherwise: Box::new(otherwise),
            },
            ty,
            span,
        ))
    }
}
