//! `await` of an awaitable the program defines (C#'s awaitable pattern): `GetAwaiter()` found as
//! a member call finds it (an instance method of the type, or an extension method), then the
//! awaiter's `IsCompleted`, `GetResult()` and, for the suspension, `UnsafeOnCompleted` when it
//! implements `ICriticalNotifyCompletion` (the builder prefers it), else `OnCompleted`. A
//! `GetAwaiter()` returning one of the library's awaiters (`TimeSpan`'s extension returning
//! `Task.Delay(t).GetAwaiter()`) is awaited as that awaiter is.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::library;
use crate::check_expr::mk;
use crate::context::ClassMember;
use crate::hir::{AwaitInfo, AwaiterKind, Callee, CustomAwait, Expr, ExprKind};
use crate::resolve::{lookup_members, Resolved};
use crate::types::{Lib, Ty};

/// The awaiter kind of a library awaiter type.
pub(crate) fn lib_awaiter_kind(t: &Ty) -> Option<AwaiterKind> {
    let Ty::Lib(l, _) = t else {
        return None;
    };
    Some(match l {
        Lib::TaskAwaiter => AwaiterKind::TaskAwaiter,
        Lib::TaskAwaiterOf => AwaiterKind::TaskAwaiterOf,
        Lib::ValueTaskAwaiter => AwaiterKind::ValueTaskAwaiter,
        Lib::ValueTaskAwaiterOf => AwaiterKind::ValueTaskAwaiterOf,
        Lib::ConfiguredTaskAwaiter => AwaiterKind::ConfiguredTaskAwaiter,
        Lib::ConfiguredTaskAwaiterOf => AwaiterKind::ConfiguredTaskAwaiterOf,
        Lib::ConfiguredValueTaskAwaiter => AwaiterKind::ConfiguredValueTaskAwaiter,
        Lib::ConfiguredValueTaskAwaiterOf => AwaiterKind::ConfiguredValueTaskAwaiterOf,
        Lib::YieldAwaiter => AwaiterKind::YieldAwaiter,
        _ => return None,
    })
}

impl Body<'_, '_> {
    /// `await v` where `v`'s `GetAwaiter` is the program's: a method of its class, or an
    /// extension method.
    pub(crate) fn custom_await(&mut self, v: Expr, span: Span) -> Expr {
        let t = v.ty.clone();
        let before = self.cx.diags.list.len();
        let name = ast::Ident {
            name: "GetAwaiter".into(),
            span: v.span,
        };
        let call = match self.member_of_value(v, &name, Vec::new(), span) {
            Resolved::Methods(g) => match self.resolve_call(g, Vec::new(), span, false) {
                Some(res) => res.into_call(span),
                None => return Expr::error(span),
            },
            _ => {
                if self.cx.diags.list.len() == before {
                    self.err(
                        "CS1061",
                        format!("'{t}' does not contain a definition for 'GetAwaiter' and no accessible extension method 'GetAwaiter' accepting a first argument of type '{t}' could be found (are you missing a using directive or an assembly reference?)"),
                        span,
                        "an awaitable type has a method `GetAwaiter()`",
                    );
                }
                return Expr::error(span);
            }
        };
        let ga = match &call.kind {
            ExprKind::Call { callee, .. } => *callee,
            _ => return Expr::error(span),
        };
        let awaiter_ty = call.ty.clone();
        if awaiter_ty.is_error() {
            return Expr::error(span);
        }
        if let Some(kind) = lib_awaiter_kind(&awaiter_ty) {
            return self.lib_awaiter(call, ga, kind, span);
        }
        if awaiter_ty == Ty::Void {
            self.err(
                "CS1986",
                format!("'await' requires that the type '{t}' have a suitable 'GetAwaiter' method"),
                span,
                "`GetAwaiter()` returns the awaiter: a type with `IsCompleted`, `OnCompleted` and `GetResult`",
            );
            return Expr::error(span);
        }
        let Ty::Class(aid, _) = &awaiter_ty else {
            // Any other type of the library: it implements no `INotifyCompletion`, and most
            // have no `IsCompleted` either (Roslyn asks for that first).
            if lookup_members(&awaiter_ty, "IsCompleted").is_empty() {
                self.no_such_member(&awaiter_ty, "IsCompleted", span);
            } else {
                self.no_notify_completion(&awaiter_ty, span);
            }
            return Expr::error(span);
        };
        let aid = *aid;
        let placeholder = mk(ExprKind::Error, awaiter_ty.clone(), span);

        // `IsCompleted`: a readable `bool` property.
        let is_completed = match self.cx.find_member(aid, "IsCompleted") {
            Some((_, ClassMember::Property(p))) if !p.is_static => {
                let name = ast::Ident {
                    name: "IsCompleted".into(),
                    span,
                };
                let r = self.member_of_value(placeholder.clone(), &name, Vec::new(), span);
                let e = self.value_of(r, span);
                if e.ty.is_error() || matches!(e.kind, ExprKind::Error) {
                    if self.cx.diags.list.len() == before {
                        self.bad_awaiter(&awaiter_ty, ga, span);
                    }
                    return Expr::error(span);
                }
                if e.ty != Ty::Bool {
                    self.bad_awaiter(&awaiter_ty, ga, span);
                    return Expr::error(span);
                }
                e
            }
            Some(_) => {
                self.bad_awaiter(&awaiter_ty, ga, span);
                return Expr::error(span);
            }
            None => {
                self.no_such_member(&awaiter_ty, "IsCompleted", span);
                return Expr::error(span);
            }
        };

        // `OnCompleted`/`UnsafeOnCompleted`: the awaiter implements `INotifyCompletion`.
        let chain = self.cx.class_chain(aid);
        let Some(critical) = chain
            .iter()
            .find_map(|c| self.cx.notify_completion.get(c).copied())
        else {
            self.no_notify_completion(&awaiter_ty, span);
            return Expr::error(span);
        };
        let method = if critical {
            "UnsafeOnCompleted"
        } else {
            "OnCompleted"
        };
        // Missing, it was reported with its class (CS0535, or an explicit implementation).
        let Some(m) = crate::interfaces::completion_method(self.cx, aid, method) else {
            return Expr::error(span);
        };
        let action = Ty::Lib(Lib::Action, Vec::new());
        let on_completed = mk(
            ExprKind::Call {
                callee: Callee::User(m),
                receiver: Some(Box::new(placeholder.clone())),
                args: vec![mk(ExprKind::Error, action, span)],
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        );

        // `GetResult()`: a method callable without arguments.
        let get_result = match self.cx.find_member(aid, "GetResult") {
            Some((_, ClassMember::Methods(_))) => {
                let name = ast::Ident {
                    name: "GetResult".into(),
                    span,
                };
                let Resolved::Methods(g) =
                    self.member_of_value(placeholder, &name, Vec::new(), span)
                else {
                    return Expr::error(span);
                };
                match self.resolve_call(g, Vec::new(), span, false) {
                    Some(res) => res.into_call(span),
                    None => return Expr::error(span),
                }
            }
            Some(_) => {
                self.bad_awaiter(&awaiter_ty, ga, span);
                return Expr::error(span);
            }
            None => {
                self.no_such_member(&awaiter_ty, "GetResult", span);
                return Expr::error(span);
            }
        };
        let callee_of = |e: &Expr| match &e.kind {
            ExprKind::Call { callee, .. } => Some(*callee),
            _ => None,
        };
        let gr = callee_of(&get_result).unwrap_or(ga);
        let result = get_result.ty.clone();
        let info = AwaitInfo {
            awaiter: AwaiterKind::Custom,
            awaiter_ty,
            get_awaiter: ga,
            is_completed: callee_of(&is_completed).unwrap_or(gr),
            get_result: gr,
            custom: Some(Box::new(CustomAwait {
                is_completed,
                on_completed,
                get_result,
            })),
        };
        mk(
            ExprKind::Await {
                expr: Box::new(call),
                info: Box::new(info),
            },
            result,
            span,
        )
    }

    /// Whether a value of type `t` can be awaited through the program's `GetAwaiter()` (the
    /// awaitable pattern holds): the await is bound on the side and its diagnostics dropped.
    pub(crate) fn custom_awaitable(&mut self, t: &Ty, span: Span) -> bool {
        let own = matches!(t, Ty::Class(id, _) if self.cx.find_member(*id, "GetAwaiter").is_some());
        let library = lookup_members(t, "GetAwaiter").into_iter().next().is_some();
        if !own && (library || !self.cx.extension_methods.contains("GetAwaiter")) {
            return false;
        }
        let (diags, unsupported) = (self.cx.diags.list.len(), self.cx.unsupported_count);
        let e = self.custom_await(mk(ExprKind::Error, t.clone(), span), span);
        let before = self.cx.diags.list.len() == diags && self.cx.unsupported_count == unsupported;
        self.cx.diags.truncate(diags);
        self.cx.unsupported_count = unsupported;
        before && matches!(e.kind, ExprKind::Await { .. })
    }

    /// The program's `GetAwaiter()` returning a library awaiter: awaited as that awaiter is,
    /// the call standing for the awaitable (the awaiter's word is its awaitable's).
    fn lib_awaiter(&mut self, call: Expr, ga: Callee, kind: AwaiterKind, span: Span) -> Expr {
        let awaiter_ty = call.ty.clone();
        let is_completed = lookup_members(&awaiter_ty, "IsCompleted")
            .into_iter()
            .next();
        let get_result = lookup_members(&awaiter_ty, "GetResult").into_iter().next();
        let (Some(ic), Some(gr)) = (is_completed, get_result) else {
            return Expr::error(span);
        };
        let result = library().get(gr.callee_builtin()).ret.subst(&gr.owner_args);
        let info = AwaitInfo {
            awaiter: kind,
            awaiter_ty,
            get_awaiter: ga,
            is_completed: ic.callee,
            get_result: gr.callee,
            custom: None,
        };
        mk(
            ExprKind::Await {
                expr: Box::new(call),
                info: Box::new(info),
            },
            result,
            span,
        )
    }

    /// CS4011: the awaiter lacks a suitable `IsCompleted` or `GetResult`.
    fn bad_awaiter(&mut self, awaiter: &Ty, ga: Callee, span: Span) {
        let method = match ga {
            Callee::User(m) => self.method_display(m),
            Callee::Builtin(b) => library().get(b).display(&[]),
        };
        let method = method.split('(').next().unwrap_or("").to_string();
        self.err(
            "CS4011",
            format!("'await' requires that the return type '{awaiter}' of '{method}()' have suitable 'IsCompleted', 'OnCompleted', and 'GetResult' members, and implement 'INotifyCompletion' or 'ICriticalNotifyCompletion'"),
            span,
            "an awaiter has `bool IsCompleted { get; }`, `GetResult()` and `OnCompleted(Action)`",
        );
    }

    /// CS4027: the awaiter implements no `INotifyCompletion`.
    fn no_notify_completion(&mut self, awaiter: &Ty, span: Span) {
        self.err(
            "CS4027",
            format!("'{awaiter}' does not implement 'System.Runtime.CompilerServices.INotifyCompletion'"),
            span,
            "an awaiter implements `INotifyCompletion` (`using System.Runtime.CompilerServices;`) with `public void OnCompleted(Action continuation)`",
        );
    }

    /// CS0117: the awaiter has no member of that name.
    fn no_such_member(&mut self, awaiter: &Ty, name: &str, span: Span) {
        self.err(
            "CS0117",
            format!("'{awaiter}' does not contain a definition for '{name}'"),
            span,
            "an awaiter has `bool IsCompleted { get; }`, `GetResult()` and `OnCompleted(Action)`",
        );
    }
}
