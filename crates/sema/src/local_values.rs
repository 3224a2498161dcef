//! `x.Value = v` on a `ThreadLocal<T>` or `AsyncLocal<T>`: the library's property setters are
//! not places the language assigns yet, so the plain assignment of these two (what programs
//! write with them) is a hidden library call that sets the value and gives it back, the value
//! of an assignment. Compound assignments stay "not supported yet" (places.rs).

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, Owner, LOCAL_SET};
use crate::check_expr::mk;
use crate::hir::{Callee, Expr, ExprKind};
use crate::types::{Lib, Ty};

/// A receiver whose second check repeats nothing: a name, `this`, or a member of one.
fn simple(e: &ast::Expr) -> bool {
    match &e.kind {
        A::Name { .. } | A::This => true,
        A::Member { target, .. } => simple(target),
        _ => false,
    }
}

impl Body<'_, '_> {
    /// `target = value` when `target` is the `Value` of a `ThreadLocal<T>` or `AsyncLocal<T>`.
    pub(crate) fn local_value_assign(
        &mut self,
        target: &ast::Expr,
        value: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let A::Member {
            target: recv,
            name,
            type_args,
        } = &target.kind
        else {
            return None;
        };
        if name.name != "Value" || !type_args.is_empty() || !simple(recv) {
            return None;
        }
        // Checked again by the caller when it is not one of these: a simple receiver's
        // diagnostics are the same twice, and `finish` keeps one.
        let r = self.expr(recv);
        let Ty::Lib(Lib::ThreadLocal | Lib::AsyncLocal, args) = &r.ty else {
            return None;
        };
        let t = args.first().cloned().unwrap_or(Ty::Error);
        let v = self.expr_with(value, Some(&t));
        let v = self.coerce(v, &t);
        let &id = library().lookup(Owner::Object, LOCAL_SET).first()?;
        Some(mk(
            ExprKind::Call {
                callee: Callee::Builtin(id),
                receiver: None,
                args: vec![r, v],
                type_args: vec![t.clone()],
            },
            t,
            span,
        ))
    }
}
