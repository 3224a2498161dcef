//! `EqualityComparer<T>.Default` and `Comparer<T>.Default` with a member called at once
//! (`EqualityComparer<T>.Default.Equals(field, value)`, the usual use in generic code): a call
//! of a hidden member the runtime runs for `T`'s kind (`builtins::DEFAULT_EQUALS`, ...). The
//! comparer objects themselves (`var c = EqualityComparer<T>.Default;`, `Comparer<T>.Default`
//! passed to a collection, `Comparer<T>.Create((a, b) => ...)`) are the runtime's objects, typed
//! `IEqualityComparer<T>` and `IComparer<T>` (the interfaces the program uses them through); the
//! names `EqualityComparer<T>` and `Comparer<T>` as types stay unknown (UA0103).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::hir::{Callee, Expr, ExprKind};
use crate::types::Ty;

impl Body<'_, '_> {
    /// `EqualityComparer<T>.Default` or `Comparer<T>.Default` (not a name of the program) as a
    /// value: `EqualityComparer<T>` if `Some(true)`, `Comparer<T>` if `Some(false)`, with `T`.
    fn comparer_class(&self, e: &ast::Expr, member: &str) -> Option<(bool, ast::TypeExpr)> {
        let ast::ExprKind::Member {
            target: owner,
            name,
            type_args,
        } = &e.kind
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
        let equality = match class.name.as_str() {
            "EqualityComparer" => true,
            "Comparer" => false,
            _ => return None,
        };
        if name.name != member
            || class_args.len() != 1
            || !type_args.is_empty()
            || !self.cx.imports.contains("System.Collections.Generic")
            || self.scopes.lookup(&class.name).is_some()
            || self
                .cx
                .lookup_class(&class.name, self.ns.as_deref())
                .is_some()
        {
            return None;
        }
        Some((equality, class_args[0].clone()))
    }

    /// `EqualityComparer<T>.Default` or `Comparer<T>.Default` as a value (not called at once):
    /// the runtime's comparer object for `T`.
    pub(crate) fn default_comparer_value(&mut self, e: &ast::Expr) -> Option<Expr> {
        let (equality, t) = self.comparer_class(e, "Default")?;
        let t = self.cx.resolve_value_type(&t, self.ns.as_deref());
        if t.is_error() {
            return Some(Expr::error(e.span));
        }
        let (hidden, ty) = if equality {
            (
                crate::builtins::DEFAULT_EQUALITY_COMPARER,
                Ty::Lib(crate::types::Lib::IEqualityComparer, vec![t.clone()]),
            )
        } else {
            (
                crate::builtins::DEFAULT_COMPARER,
                Ty::Lib(crate::types::Lib::IComparer, vec![t.clone()]),
            )
        };
        let b = *crate::builtins::library()
            .lookup(crate::builtins::Owner::Object, hidden)
            .first()?;
        let kind = ExprKind::Call {
            callee: Callee::Builtin(b),
            receiver: None,
            args: Vec::new(),
            type_args: vec![t],
        };
        Some(crate::check_expr::mk(kind, ty, e.span))
    }

    /// `Comparer<T>.Create(comparison)`: the runtime's comparer calling the delegate.
    fn comparer_create(
        &mut self,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> Option<Expr> {
        let (false, t) = self.comparer_class(callee, "Create")? else {
            return None;
        };
        let t = self.cx.resolve_value_type(&t, self.ns.as_deref());
        let [arg] = args else {
            self.err(
                "CS1501",
                format!(
                    "No overload for method 'Create' takes {} arguments",
                    args.len()
                ),
                callee.span,
                "`Comparer<T>.Create` takes one `Comparison<T>`",
            );
            self.declare_arg_names(args);
            return Some(Expr::error(span));
        };
        if arg.modifier.is_some() || arg.name.is_some() {
            self.cx.unsupported(
                "named or `ref` arguments of `Comparer<T>.Create` are",
                arg.value.span,
            );
            return Some(Expr::error(span));
        }
        if t.is_error() {
            self.declare_arg_names(args);
            return Some(Expr::error(span));
        }
        let comparison = Ty::Lib(crate::types::Lib::Comparison, vec![t.clone()]);
        let e = self.expr_with(&arg.value, Some(&comparison));
        let fits = e.ty.is_error()
            || crate::convert::implicit(&e.ty, &comparison).is_some()
            || matches!(e.kind, ExprKind::UnboundLambda(_) | ExprKind::Lambda(_));
        if !fits {
            self.err(
                "CS1503",
                format!(
                    "Argument 1: cannot convert from '{}' to '{comparison}'",
                    e.ty
                ),
                arg.value.span,
                &format!("pass a `{comparison}`: `(a, b) => a.CompareTo(b)`"),
            );
            return Some(Expr::error(span));
        }
        let e = self.coerce(e, &comparison);
        let b = *crate::builtins::library()
            .lookup(
                crate::builtins::Owner::Object,
                crate::builtins::COMPARER_CREATE,
            )
            .first()?;
        let kind = ExprKind::Call {
            callee: Callee::Builtin(b),
            receiver: None,
            args: vec![e],
            type_args: vec![t.clone()],
        };
        let ty = Ty::Lib(crate::types::Lib::IComparer, vec![t]);
        Some(crate::check_expr::mk(kind, ty, span))
    }

    /// The call, when `callee` is `EqualityComparer<T>.Default.M` or `Comparer<T>.Default.M`
    /// of the library (neither is a name of the program); `None` for any other call.
    pub(crate) fn default_comparer_call(
        &mut self,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> Option<Expr> {
        if let Some(e) = self.comparer_create(callee, args, span) {
            return Some(e);
        }
        let ast::ExprKind::Member {
            target,
            name: member,
            type_args,
        } = &callee.kind
        else {
            return None;
        };
        if !type_args.is_empty() {
            return None;
        }
        let (equality, class_arg) = self.comparer_class(target, "Default")?;
        let class = if equality {
            "EqualityComparer"
        } else {
            "Comparer"
        };
        let (hidden, arity, ret) = match (class, member.name.as_str()) {
            ("EqualityComparer", "Equals") => (crate::builtins::DEFAULT_EQUALS, 2, Ty::Bool),
            ("EqualityComparer", "GetHashCode") => (crate::builtins::DEFAULT_HASH, 1, Ty::Int),
            ("Comparer", "Compare") => (crate::builtins::DEFAULT_COMPARE, 2, Ty::Int),
            _ => return None,
        };
        let t = self.cx.resolve_value_type(&class_arg, self.ns.as_deref());
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
