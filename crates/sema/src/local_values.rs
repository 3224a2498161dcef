//! `x.Value = v` on a `ThreadLocal<T>` or `AsyncLocal<T>`: the library's property setters are
//! not places the language assigns yet, so the plain assignment of these two (what programs
//! write with them) is a hidden library call that sets the value and gives it back, the value
//! of an assignment; a compound one (`x.Value += 1`) is that assignment of `x.Value + 1` when
//! `x` is a variable. `++`/`--` and other receivers stay "not supported yet" (places.rs).

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
        if name.name != "Value" || !type_args.is_empty() || !simple(recv) || self.names_type(recv) {
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

    /// `target op= value` on such a `Value`: `target = target op value`, when the receiver is a
    /// local or a field of `this` or a static one, which reading twice cannot tell from once.
    pub(crate) fn local_value_compound(
        &mut self,
        op: ast::BinaryOp,
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
        if name.name != "Value"
            || !type_args.is_empty()
            || matches!(op, ast::BinaryOp::Coalesce)
            || !simple(recv)
            || self.names_type(recv)
        {
            return None;
        }
        let r = self.expr(recv);
        let plain = match &r.kind {
            ExprKind::Local(_) | ExprKind::StaticField(_) => true,
            ExprKind::InstanceField { receiver, .. } => matches!(receiver.kind, ExprKind::This),
            _ => false,
        };
        if !plain || !matches!(r.ty, Ty::Lib(Lib::ThreadLocal | Lib::AsyncLocal, _)) {
            return None;
        }
        let whole = ast::Expr {
            kind: A::Binary {
                op,
                lhs: Box::new(target.clone()),
                rhs: Box::new(value.clone()),
            },
            span,
        };
        self.local_value_assign(target, &whole, span)
    }

    /// Whether `recv` is a bare name of one of the program's classes that is no variable nor
    /// member here (`Config.Value = 3` of a static property): checking it as a value would say
    /// CS0119.
    fn names_type(&self, recv: &ast::Expr) -> bool {
        match &recv.kind {
            A::Name { name, .. } => {
                self.cx.classes_by_name.contains_key(&name.name)
                    && self.scopes.lookup(&name.name).is_none()
                    && !self.is_member(&name.name)
            }
            _ => false,
        }
    }
}
