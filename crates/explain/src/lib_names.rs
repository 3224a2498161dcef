//! Which library member a builtin id is, and which types are tasks: the facts the analyses ask
//! of sema's library table.

use unawait_sema::builtins::{library, Owner};
use unawait_sema::hir::{BuiltinId, Callee, Expr, ExprKind};
use unawait_sema::types::{Lib, Ty};

/// The owner and name of a library member (`(Lib(Task), "Delay")`).
pub fn member(id: BuiltinId) -> (Owner, &'static str) {
    let b = library().get(id);
    (b.owner, b.name.as_str())
}

pub fn is_member(id: BuiltinId, owners: &[Lib], name: &str) -> bool {
    let (owner, n) = member(id);
    n == name && matches!(owner, Owner::Lib(l) if owners.contains(&l))
}

pub const TASKS: &[Lib] = &[Lib::Task, Lib::TaskOf];
pub const VALUE_TASKS: &[Lib] = &[Lib::ValueTask, Lib::ValueTaskOf];
pub const ALL_TASKS: &[Lib] = &[Lib::Task, Lib::TaskOf, Lib::ValueTask, Lib::ValueTaskOf];
pub const AWAITERS: &[Lib] = &[
    Lib::TaskAwaiter,
    Lib::TaskAwaiterOf,
    Lib::ConfiguredTaskAwaiter,
    Lib::ConfiguredTaskAwaiterOf,
    Lib::ValueTaskAwaiter,
    Lib::ValueTaskAwaiterOf,
    Lib::ConfiguredValueTaskAwaiter,
    Lib::ConfiguredValueTaskAwaiterOf,
];

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

/// A call of the library member `name` of one of `owners`, with its receiver and arguments.
pub fn lib_call<'e>(
    e: &'e Expr,
    owners: &[Lib],
    name: &str,
) -> Option<(Option<&'e Expr>, &'e [Expr])> {
    match &e.kind {
        ExprKind::Call {
            callee: Callee::Builtin(id),
            receiver,
            args,
            ..
        } if is_member(*id, owners, name) => Some((receiver.as_deref(), args.as_slice())),
        _ => None,
    }
}

/// `e.ConfigureAwait(b)`, `e.AsTask()` and implicit reference conversions removed: the task
/// itself.
pub fn strip_wrappers(e: &Expr) -> &Expr {
    let mut cur = e;
    loop {
        match &cur.kind {
            ExprKind::Call {
                callee: Callee::Builtin(id),
                receiver: Some(r),
                ..
            } if is_member(*id, ALL_TASKS, "ConfigureAwait") => cur = r,
            ExprKind::Convert { expr, .. } if is_task(&expr.ty) => cur = expr,
            _ => return cur,
        }
    }
}

/// The constant argument of `ConfigureAwait(b)` around an awaited expression, if any.
pub fn configure_await(e: &Expr) -> Option<Option<bool>> {
    let (_, args) = lib_call(e, ALL_TASKS, "ConfigureAwait")?;
    Some(match args.first().map(|a| &a.kind) {
        Some(ExprKind::Const(unawait_sema::constants::ConstValue::Bool(b))) => Some(*b),
        _ => None,
    })
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
