//! What the analyses ask of the library: the behaviour of a member (from its annotation in
//! sema's table, `crates/sema/src/library.txt`), which types are tasks, and the task an
//! expression of the library gives. Nothing here matches member names.

use unawait_sema::behavior::{Behavior, TaskBehavior};
use unawait_sema::builtins::library;
use unawait_sema::hir::{BuiltinId, Callee, Expr, ExprKind};
use unawait_sema::types::{Lib, Ty};

use crate::reason::Wait;

pub fn behavior(id: BuiltinId) -> &'static Behavior {
    &library().get(id).behavior
}

/// The C# name of a member, for reports (`Task.Delay(int)`).
pub fn display(id: BuiltinId) -> String {
    library().get(id).display(&[])
}

pub const TASKS: &[Lib] = &[Lib::Task, Lib::TaskOf];
pub const VALUE_TASKS: &[Lib] = &[Lib::ValueTask, Lib::ValueTaskOf];
pub const ALL_TASKS: &[Lib] = &[Lib::Task, Lib::TaskOf, Lib::ValueTask, Lib::ValueTaskOf];

pub fn is_task(ty: &Ty) -> bool {
    matches!(ty, Ty::Lib(l, _) if ALL_TASKS.contains(l))
}

pub fn is_value_task(ty: &Ty) -> bool {
    matches!(ty, Ty::Lib(l, _) if VALUE_TASKS.contains(l))
}

/// Arrays and lists: what Trap B calls large values.
pub fn is_collection(ty: &Ty) -> bool {
    matches!(ty, Ty::Array(_) | Ty::Lib(Lib::List, _))
}

/// A use of a library member: a call, a property read or a constructor, with the member, its
/// receiver and its arguments.
pub struct LibUse<'e> {
    pub member: BuiltinId,
    pub behavior: &'static Behavior,
    pub receiver: Option<&'e Expr>,
    pub args: &'e [Expr],
}

pub fn lib_use(e: &Expr) -> Option<LibUse<'_>> {
    let (member, receiver, args) = match &e.kind {
        ExprKind::Call {
            callee: Callee::Builtin(id),
            receiver,
            args,
            ..
        } => (*id, receiver.as_deref(), args.as_slice()),
        ExprKind::Property {
            receiver,
            member: id,
            ..
        } => (*id, receiver.as_deref(), &[][..]),
        ExprKind::New {
            ctor: Callee::Builtin(id),
            args,
            ..
        } => (*id, None, args.as_slice()),
        _ => return None,
    };
    Some(LibUse {
        member,
        behavior: behavior(member),
        receiver,
        args,
    })
}

/// The task behaviour of `e` when it is a use of the library that gives a task.
pub fn task_of(e: &Expr) -> Option<(TaskBehavior, LibUse<'_>)> {
    let u = lib_use(e)?;
    match u.behavior.task {
        TaskBehavior::None => None,
        t => Some((t, u)),
    }
}

impl<'e> LibUse<'e> {
    pub fn arg(&self, i: u8) -> Option<&'e Expr> {
        self.args.get(i as usize)
    }
}

/// `e.ConfigureAwait(b)` and implicit reference conversions removed: the task itself.
pub fn strip_wrappers(e: &Expr) -> &Expr {
    let mut cur = e;
    loop {
        match &cur.kind {
            ExprKind::Convert { expr, .. } if is_task(&expr.ty) => cur = expr,
            _ => match lib_use(cur) {
                Some(u) if u.behavior.configure => match u.receiver {
                    Some(r) => cur = r,
                    None => return cur,
                },
                _ => return cur,
            },
        }
    }
}

/// The constant argument of `ConfigureAwait(b)` around an awaited expression, if any.
pub fn configure_await(e: &Expr) -> Option<Option<bool>> {
    let u = lib_use(e).filter(|u| u.behavior.configure)?;
    Some(match u.args.first().map(|a| &a.kind) {
        Some(ExprKind::Const(unawait_sema::constants::ConstValue::Bool(b))) => Some(*b),
        _ => None,
    })
}

/// The task a blocking wait waits for, and how: `t.Result`, `t.Wait()`, or an awaiter's
/// `GetResult()` on `t.GetAwaiter()`; `None` when `e` is no blocking wait on a task.
pub fn blocked_task(e: &Expr) -> Option<(&Expr, Wait)> {
    let u = lib_use(e).filter(|u| u.behavior.blocks)?;
    match u.receiver? {
        r if is_task(&r.ty) => Some((
            r,
            if matches!(e.kind, ExprKind::Property { .. }) {
                Wait::Result
            } else {
                Wait::Wait
            },
        )),
        r => match &r.kind {
            ExprKind::Call {
                receiver: Some(task),
                ..
            } => Some((&**task, Wait::GetResult)),
            _ => None,
        },
    }
}

/// An integer constant.
pub fn const_int(e: &Expr) -> Option<i64> {
    use unawait_sema::constants::ConstValue;
    match &e.kind {
        ExprKind::Const(ConstValue::Int(v)) => Some(i64::from(*v)),
        ExprKind::Const(ConstValue::Long(v)) => Some(*v),
        ExprKind::Convert { expr, .. } => const_int(expr),
        _ => None,
    }
}
