//! C#'s operators on delegates: `+` and `-` combine and remove invocation lists (a new
//! delegate each time: delegates are immutable), `==` and `!=` compare them by their methods
//! and targets rather than as references, and `+=`/`-=` assign the result. Lowering turns each
//! into the runtime's `Delegate.Combine`, `Delegate.Remove` and `Delegate.Equals`.

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::hir::{BinOp, Expr, ExprKind, Place};
use crate::types::Ty;

impl Body<'_, '_> {
    /// `a + b`, `a - b`, `a == b`, `a != b` where an operand is a delegate: `None` when neither
    /// is (or the operator is another one), for the numeric rules to handle.
    pub(crate) fn delegate_binary(
        &mut self,
        op: BinOp,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Result<Expr, Box<(Expr, Expr)>> {
        let is_delegate = Ty::is_delegate;
        // `d == null` is a reference test, as Roslyn compiles it.
        let against_null =
            matches!(op, BinOp::Eq | BinOp::Ne) && (l.ty == Ty::Null || r.ty == Ty::Null);
        let applies = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Eq | BinOp::Ne)
            && !against_null
            && (is_delegate(&l.ty) || is_delegate(&r.ty));
        if !applies {
            return Err(Box::new((l, r)));
        }
        // The operator of the delegate type the other operand converts to (`d + null`,
        // `null == d`); two different delegate types have none.
        let operand = if is_delegate(&l.ty) && crate::convert::implicit(&r.ty, &l.ty).is_some() {
            l.ty.clone()
        } else if is_delegate(&r.ty) && crate::convert::implicit(&l.ty, &r.ty).is_some() {
            r.ty.clone()
        } else {
            return Err(Box::new((l, r)));
        };
        let (l, r) = (self.coerce(l, &operand), self.coerce(r, &operand));
        let result = match op {
            BinOp::Eq | BinOp::Ne => Ty::Bool,
            _ => operand.clone(),
        };
        Ok(mk(
            ExprKind::Binary {
                op,
                operand_ty: operand,
                lhs: Box::new(l),
                rhs: Box::new(r),
            },
            result,
            span,
        ))
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
