//! C#'s operators on delegates: `+` and `-` combine and remove invocation lists (a new
//! delegate each time: delegates are immutable), `==` and `!=` compare them by their methods
//! and targets rather than as references, and `+=`/`-=` assign the result. Lowering turns each
//! into the runtime's `Delegate.Combine`, `Delegate.Remove` and `Delegate.Equals`.

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::hir::{BinOp, Expr, ExprKind, Place};
use crate::types::Ty;

/// The delegate type whose `op` applies to operands of types `l` and `r`: the delegate type
/// the other operand converts to (`d + null`, `null == d`). `None` for any other operator or
/// operands (two different delegate types have none), and for `d == null`, a reference test as
/// Roslyn compiles it.
pub(crate) fn delegate_operand(op: BinOp, l: &Ty, r: &Ty) -> Option<Ty> {
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Eq | BinOp::Ne)
        || !(l.is_delegate() || r.is_delegate())
        || (matches!(op, BinOp::Eq | BinOp::Ne) && (*l == Ty::Null || *r == Ty::Null))
    {
        return None;
    }
    if l.is_delegate() && crate::convert::implicit(r, l).is_some() {
        Some(l.clone())
    } else if r.is_delegate() && crate::convert::implicit(l, r).is_some() {
        Some(r.clone())
    } else {
        None
    }
}

impl Body<'_, '_> {
    /// `a + b`, `a - b`, `a == b`, `a != b` on `operand`, the delegate type of
    /// `delegate_operand`.
    pub(crate) fn delegate_binary(
        &mut self,
        op: BinOp,
        operand: Ty,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Expr {
        let (l, r) = (self.coerce(l, &operand), self.coerce(r, &operand));
        let result = match op {
            BinOp::Eq | BinOp::Ne => Ty::Bool,
            _ => operand.clone(),
        };
        mk(
            ExprKind::Binary {
                op,
                operand_ty: operand,
                lhs: Box::new(l),
                rhs: Box::new(r),
            },
            result,
            span,
        )
    }

    /// `new D(f)`: the delegate `f` (a method group or a lambda) converts to.
    pub(crate) fn new_delegate(
        &mut self,
        ty: Ty,
        args: &[unawait_syntax::ast::Arg],
        init: Option<&[unawait_syntax::ast::Expr]>,
        span: Span,
    ) -> Expr {
        let [arg] = args else {
            self.args(args);
            self.err(
                "CS0149",
                "Method name expected",
                span,
                "a delegate is created from one method or lambda: `new D(Method)`",
            );
            return Expr::error(span);
        };
        if let Some(items) = init {
            self.cx
                .unsupported("initializers on delegate creation are", span);
            self.unchecked_initializer(items);
        }
        let v = self.expr_with(&arg.value, Some(&ty));
        let made = matches!(
            v.kind,
            ExprKind::Lambda(_) | ExprKind::UnboundLambda(_) | ExprKind::MethodGroup { .. }
        );
        if !made && v.ty.delegate_sig().is_some() {
            // .NET wraps the other delegate's `Invoke` in a new delegate (unequal to it).
            self.cx.unsupported(
                "creating a delegate from another delegate value is",
                arg.value.span,
            );
            return Expr::error(span);
        }
        self.coerce(v, &ty)
    }

    /// `d += f` and `d -= f` on a delegate-typed place: `f` (a lambda or method group too)
    /// converts to the place's type.
    pub(crate) fn delegate_compound(
        &mut self,
        place: Place,
        op: BinOp,
        ty: Ty,
        value: &unawait_syntax::ast::Expr,
        span: Span,
    ) -> Expr {
        let v = self.expr_with(value, Some(&ty));
        let v = self.coerce(v, &ty);
        mk(
            ExprKind::CompoundAssign {
                target: place,
                op,
                concat: false,
                value: Box::new(v),
            },
            ty,
            span,
        )
    }
}
