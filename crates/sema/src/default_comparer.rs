//! `EqualityComparer<T>.Default` and `Comparer<T>.Default` with a member called at once
//! (`EqualityComparer<T>.Default.Equals(field, value)`, the usual use in generic code): a call
//! of a hidden member the runtime runs for `T`'s kind (`builtins::DEFAULT_EQUALS`, ...). The
//! comparer objects themselves (kept in a variable, passed to a collection) are outside the
//! language: the types stay unknown names (UA0103).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::hir::{Callee, Expr, ExprKind};
use crate::types::Ty;

impl Body<'_, '_> {
    /// The call, when `callee` is `EqualityComparer<T>.Default.M` or `Comparer<T>.Default.M`
    /// of the library (neither is a name of the program); `None` for any other call.
    pub(crate) fn default_comparer_call(
        &mut self,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> Option<Expr> {
        let ast::ExprKind::Member {
            target,
            name: member,
            type_args,
        } = &callee.kind
        else {
            return None;
        };
        let ast::ExprKind::Member {
            target: owner,
            name: default,
            type_args: default_args,
        } = &target.kind
        else {
            return None;
        };
        let ast::ExprKind::Name {
            name: class,
            type_args: class_args,
        } = &owner.kind
        else {
            return None;
        };
        let class = class.name.as_str();
        if !matches!(class, "EqualityComparer" | "Comparer")
            || default.name != "Default"
            || class_args.len() != 1
            || !default_args.is_empty()
            || !type_args.is_empty()
            || !self.cx.imports.contains("System.Collections.Generic")
            || self.scopes.lookup(class).is_some()
            || self.cx.lookup_class(class, self.ns.as_deref()).is_some()
        {
            return None;
        }
        let (hidden, arity, ret) = match (class, member.name.as_str()) {
            ("EqualityComparer", "Equals") => (crate::builtins::DEFAULT_EQUALS, 2, Ty::Bool),
            ("EqualityComparer", "GetHashCode") => (crate::builtins::DEFAULT_HASH, 1, Ty::Int),
            ("Comparer", "Compare") => (crate::builtins::DEFAULT_COMPARE, 2, Ty::Int),
            _ => return None,
        };
        let t = self
            .cx
            .resolve_value_type(&class_args[0], self.ns.as_deref());
        if args.len() != arity {
            self.err(
                "CS1501",
                format!(
                    "No overload for method '{}' takes {} arguments",
                    member.name,
                    args.len()
                ),
                member.span,
                &format!("`{class}<T>.Default.{}` takes {arity}", member.name),
            );
            self.declare_arg_names(args);
            return Some(Expr::error(span));
        }
        let mut checked = Vec::with_capacity(arity);
        for (i, a) in args.iter().enumerate() {
            let e = self.expr(&a.value);
            if a.modifier.is_some() || a.name.is_some() {
                self.cx.unsupported(
                    "named or `ref` arguments of the default comparers' members are",
                    a.value.span,
                );
                return Some(Expr::error(span));
            }
            let fits = e.ty.is_error()
                || t.is_error()
                || crate::convert::implicit(&e.ty, &t).is_some()
                || matches!(e.kind, ExprKind::UnboundLambda(_));
            if !fits {
                self.err(
                    "CS1503",
                    format!(
                        "Argument {}: cannot convert from '{}' to '{t}'",
                        i + 1,
                        e.ty
                    ),
                    a.value.span,
                    &format!("pass a `{t}`"),
                );
                return Some(Expr::error(span));
            }
            checked.push(self.coerce(e, &t));
        }
        if t.is_error() {
            return Some(Expr::error(span));
        }
        let b = *crate::builtins::library()
            .lookup(crate::builtins::Owner::Object, hidden)
            .first()?;
        let kind = ExprKind::Call {
            callee: Callee::Builtin(b),
            receiver: None,
            args: checked,
            type_args: vec![t],
        };
        Some(crate::check_expr::mk(kind, ret, span))
    }
}
