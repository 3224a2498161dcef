//! The virtual members of library classes that a class of the program may override and the
//! runtime calls (`SynchronizationContext.Post`, ...). An override opens a vtable slot of its own
//! (the library class has no vtable); lowering lists it in the class's layout under the
//! runtime's key (`ClassLayout::lib_overrides`), and the runtime's entry for the member runs it
//! when the object's class has one.

use crate::types::{Lib, Ty};

/// A virtual member of a library class, as an override must declare it.
pub struct LibVirtual {
    /// The runtime's key for it (the library entry's name).
    pub key: &'static str,
    pub ret: Ty,
    /// C#'s accessibility of the member, which the override must repeat (CS0507).
    pub access: &'static str,
    /// How C# names it in messages: `SynchronizationContext.Post(SendOrPostCallback, object)`.
    pub shown: &'static str,
}

/// What overriding `name(params)` of library class `lib` (the nearest library ancestor) is.
pub enum Found {
    Supported(LibVirtual),
    /// A virtual member C# lets a class override that the runtime never calls through one.
    Unsupported(&'static str),
}

pub fn find(lib: &Ty, name: &str, params: &[Ty]) -> Option<Found> {
    let Ty::Lib(l, _) = lib else { return None };
    let callback = Ty::lib(Lib::SendOrPostCallback);
    match (l, name) {
        (Lib::SynchronizationContext, "Post" | "Send") if params == [callback.clone(), Ty::Object] => {
            let post = name == "Post";
            Some(Found::Supported(LibVirtual {
                key: if post {
                    "SynchronizationContext.Post(SendOrPostCallback, object)"
                } else {
                    "SynchronizationContext.Send(SendOrPostCallback, object)"
                },
                ret: Ty::Void,
                access: "public",
                shown: if post {
                    "SynchronizationContext.Post(SendOrPostCallback, object)"
                } else {
                    "SynchronizationContext.Send(SendOrPostCallback, object)"
                },
            }))
        }
        (Lib::SynchronizationContext, "CreateCopy") if params.is_empty() => {
            Some(Found::Supported(LibVirtual {
                key: "SynchronizationContext.CreateCopy()",
                ret: Ty::lib(Lib::SynchronizationContext),
                access: "public",
                shown: "SynchronizationContext.CreateCopy()",
            }))
        }
        (Lib::TaskScheduler, "QueueTask") if params == [Ty::lib(Lib::Task)] => {
            Some(Found::Supported(LibVirtual {
                key: "TaskScheduler.QueueTask(Task)",
                ret: Ty::Void,
                access: "protected",
                shown: "TaskScheduler.QueueTask(Task)",
            }))
        }
        (Lib::TaskScheduler, "TryExecuteTaskInline")
            if params == [Ty::lib(Lib::Task), Ty::Bool] =>
        {
            Some(Found::Supported(LibVirtual {
                key: "TaskScheduler.TryExecuteTaskInline(Task, bool)",
                ret: Ty::Bool,
                access: "protected",
                shown: "TaskScheduler.TryExecuteTaskInline(Task, bool)",
            }))
        }
        (Lib::TaskScheduler, "GetScheduledTasks") if params.is_empty() => {
            Some(Found::Supported(LibVirtual {
                key: "TaskScheduler.GetScheduledTasks()",
                ret: Ty::Lib(Lib::IEnumerable, vec![Ty::lib(Lib::Task)]),
                access: "protected",
                shown: "TaskScheduler.GetScheduledTasks()",
            }))
        }
        (Lib::TaskScheduler, "get_MaximumConcurrencyLevel") if params.is_empty() => {
            Some(Found::Supported(LibVirtual {
                key: "TaskScheduler.MaximumConcurrencyLevel",
                ret: Ty::Int,
                access: "public",
                shown: "TaskScheduler.MaximumConcurrencyLevel",
            }))
        }
        // The async void builder calls these around each `async void` method, and `Wait` a
        // blocking wait: the runtime calls none of them through an override.
        (Lib::SynchronizationContext, "OperationStarted" | "OperationCompleted" | "Wait") => Some(
            Found::Unsupported("overriding `SynchronizationContext`'s `OperationStarted`, `OperationCompleted` and `Wait` is"),
        ),
        _ => None,
    }
}

/// The abstract members of library class `lib` a non-abstract class deriving from it must
/// override (CS0534): (name, parameter types, how C# names it).
pub fn abstract_members(lib: &Ty) -> Vec<(&'static str, Vec<Ty>, &'static str)> {
    match lib {
        Ty::Lib(Lib::TaskScheduler, _) => vec![
            (
                "QueueTask",
                vec![Ty::lib(Lib::Task)],
                "TaskScheduler.QueueTask(Task)",
            ),
            (
                "TryExecuteTaskInline",
                vec![Ty::lib(Lib::Task), Ty::Bool],
                "TaskScheduler.TryExecuteTaskInline(Task, bool)",
            ),
            (
                "GetScheduledTasks",
                vec![],
                "TaskScheduler.GetScheduledTasks()",
            ),
        ],
        _ => Vec::new(),
    }
}

impl crate::body::Body<'_, '_> {
    /// C#'s rules and unawait's limits on the library members of this module's classes at a
    /// call: `TryExecuteTask` is protected (CS0122 outside a scheduler class, CS1540 through
    /// a receiver of another class); `SetSynchronizationContext` inside an async method is not
    /// modelled (.NET's builder restores the caller's context when the method first returns).
    pub(crate) fn check_scheduler_member(
        &mut self,
        b: crate::builtins::BuiltinId,
        receiver: Option<&crate::hir::Expr>,
        span: unawait_syntax::Span,
    ) {
        let member = crate::builtins::library().get(b);
        if member.behavior.installs_context && self.func.is_async {
            self.cx.unsupported(
                "`SynchronizationContext.SetSynchronizationContext` in an async method or lambda is",
                span,
            );
            return;
        }
        if member.owner != crate::builtins::Owner::Lib(Lib::TaskScheduler)
            || member.name != "TryExecuteTask"
        {
            return;
        }
        let shown = "TaskScheduler.TryExecuteTask(Task)";
        let derives = self.cx.library_ancestor(self.class) == Ty::lib(Lib::TaskScheduler);
        if !derives {
            self.cx.error(
                "CS0122",
                format!("'{shown}' is inaccessible due to its protection level"),
                span,
                "it is protected: only a class deriving from TaskScheduler calls it, on itself",
            );
            return;
        }
        // Through `this`, `base` or a value of this class (or one deriving from it).
        let mut r = receiver;
        while let Some(crate::hir::Expr {
            kind: crate::hir::ExprKind::Convert { expr, .. },
            ..
        }) = r
        {
            r = Some(expr);
        }
        let ok = match r.map(|e| &e.ty) {
            None => true,
            Some(Ty::Class(c, _)) => self.cx.class_chain(*c).contains(&self.class),
            Some(_) => false,
        };
        if !ok {
            let (qualifier, me) = (
                r.map_or(String::new(), |e| e.ty.to_string()),
                self.cx.class_display(self.class),
            );
            self.cx.error(
                "CS1540",
                format!("Cannot access protected member '{shown}' via a qualifier of type '{qualifier}'; the qualifier must be of type '{me}' (or derived from it)"),
                span,
                "call it on `this`",
            );
        }
    }
}
