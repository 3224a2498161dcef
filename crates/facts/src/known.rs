//! What the flow analysis (`flow.rs`) says of one task expression where it is awaited, waited
//! for or returned: why it is complete (`Sync`), or why only the run decides (`Depends`); and
//! what a condition such as `t.IsCompleted` tells about the tasks it tests.

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::hir::{BinOp, Callee, Expr, ExprKind, LocalId};

use crate::classes::must_suspend;
use crate::flow::Flow;
use crate::library::{const_int, is_task, lib_use, strip_wrappers, task_of};
use crate::reason::{Completion, Depends, Sync};
use crate::state::{Env, State};
use crate::target::{call_target, Target};

impl Flow<'_> {
    pub(crate) fn classify(&self, op: &Expr, st: &State) -> Completion {
        if let Some(why) = self.known(op, st) {
            return Completion::Sync(why);
        }
        if let Some(why) = must_suspend(self.program, op, self.classes) {
            return Completion::Suspends(why);
        }
        Completion::Depends(self.depends(op))
    }

    /// Why a task is complete, if it statically is.
    pub(crate) fn known(&self, e: &Expr, st: &State) -> Option<Sync> {
        let e = strip_wrappers(e);
        match &e.kind {
            ExprKind::Local(t) => return st.done.get(t).cloned(),
            ExprKind::ArrayElement { array, .. } | ExprKind::Indexer { target: array, .. } => {
                if let ExprKind::Local(l) = array.kind {
                    if let Some(why) = st.lists.get(&l) {
                        return Some(Sync::Element(Box::new(why.clone())));
                    }
                }
                return None;
            }
            ExprKind::Conditional {
                then, otherwise, ..
            } => {
                let a = self.known(then, st)?;
                self.known(otherwise, st)?;
                return Some(Sync::BothArms(Box::new(a)));
            }
            ExprKind::Await { expr: op, .. }
                if matches!(
                    task_of(strip_wrappers(op)),
                    Some((TaskBehavior::WhenAny { .. }, _))
                ) =>
            {
                return Some(Sync::WhenAnyResult)
            }
            ExprKind::Call {
                callee: Callee::User(_),
                ..
            } => {
                let why = self.classes.at(self.program, e)?.never.as_ref()?;
                let m = call_target(self.program, e)?.method();
                return Some(Sync::CalleeNeverSuspends {
                    callee: m,
                    why: Box::new(why.clone()),
                });
            }
            _ => {}
        }
        let (behavior, u) = task_of(e)?;
        match behavior {
            TaskBehavior::Completed => Some(match e.kind {
                // `new ValueTask<T>(value)` holds its result: no task at all.
                ExprKind::New { .. } => Sync::ValueTaskOfValue,
                _ => Sync::Library { member: u.member },
            }),
            TaskBehavior::Timer { ms, .. } => (u.arg(ms).and_then(const_int) == Some(0))
                .then_some(Sync::DelayZero { member: u.member }),
            TaskBehavior::Same { param } => {
                let of = match param {
                    None => u.receiver?,
                    Some(p) => u.arg(p)?,
                };
                self.known(of, st)
            }
            TaskBehavior::SourceTask => match u.receiver.map(|r| &r.kind) {
                Some(ExprKind::Local(tcs)) => st.done.get(tcs).cloned(),
                _ => None,
            },
            TaskBehavior::WhenAll { tasks } => {
                let items = array_items(u.arg(tasks))?;
                items
                    .iter()
                    .all(|i| self.known(i, st).is_some())
                    .then_some(Sync::WhenAllOfCompleted)
            }
            TaskBehavior::WhenAny { .. } | TaskBehavior::Yields | TaskBehavior::None => None,
        }
    }

    fn depends(&self, op: &Expr) -> Depends {
        let e = strip_wrappers(op);
        if let ExprKind::Local(_) = e.kind {
            return Depends::Local { expr: e.span };
        }
        match task_of(e).map(|(b, _)| b) {
            Some(TaskBehavior::Timer { ms, token: Some(_) }) => {
                let ms = task_of(e).and_then(|(_, u)| u.arg(ms)).and_then(const_int);
                return Depends::DelayCancelable { expr: e.span, ms };
            }
            Some(TaskBehavior::Timer { .. }) => return Depends::DelayRuntime { expr: e.span },
            Some(TaskBehavior::WhenAll { .. } | TaskBehavior::WhenAny { .. }) => {
                return Depends::Combinator { expr: e.span }
            }
            _ => {}
        }
        if let Some(t) =
            call_target(self.program, e).filter(|_| matches!(e.kind, ExprKind::Call { .. }))
        {
            let m = match t {
                Target::Dispatched(m) => return Depends::Virtual { callee: m },
                t => t.method(),
            };
            if let Some(c) = self
                .classes
                .at(self.program, e)
                .filter(|c| !c.sync_returns.is_empty())
            {
                return Depends::CalleeReturnsEarly {
                    callee: m,
                    returns_at: c.sync_returns.clone(),
                };
            }
            return Depends::Callee { callee: m };
        }
        if is_task(&e.ty) {
            return Depends::Task { expr: e.span };
        }
        Depends::Unknown
    }
}

/// The items of `new[] { ... }` (a `params` argument).
fn array_items(arg: Option<&Expr>) -> Option<&[Expr]> {
    match &arg?.kind {
        ExprKind::ArrayInit { items, .. } => Some(items),
        _ => None,
    }
}

pub(crate) fn when_all_inputs(arg: Option<&Expr>) -> Vec<LocalId> {
    let mut out = Vec::new();
    let Some(a) = arg else {
        return out;
    };
    // `List<Task<T>>` passed as `IEnumerable<Task<T>>`.
    let mut a = strip_wrappers(a);
    while let ExprKind::Convert { expr, .. } = &a.kind {
        a = expr;
    }
    match &a.kind {
        ExprKind::Local(l) => out.push(*l),
        ExprKind::ArrayInit { items, .. } => {
            for i in items {
                if let ExprKind::Local(l) = strip_wrappers(i).kind {
                    out.push(l);
                }
            }
        }
        _ => {}
    }
    out
}

/// Where `cond` is true, the tasks it tests with `IsCompleted` are complete.
pub(crate) fn completed_if(cond: &Expr, env: &mut Env) {
    let Some(st) = env.as_mut() else {
        return;
    };
    let mut tested = Vec::new();
    let mut c = cond;
    // `a.IsCompleted && b.IsCompleted && ...`
    while let ExprKind::Binary {
        op: BinOp::And,
        lhs,
        rhs,
        ..
    } = &c.kind
    {
        tested.extend(is_completed_test(rhs));
        c = lhs;
    }
    tested.extend(is_completed_test(c));
    for t in tested {
        st.done.insert(t, Sync::CheckedIsCompleted);
    }
}

/// `t.IsCompleted` (for a task local `t`).
fn is_completed_test(cond: &Expr) -> Option<LocalId> {
    let u = lib_use(cond).filter(|u| u.behavior.is_completed)?;
    match u.receiver?.kind {
        ExprKind::Local(l) => Some(l),
        _ => None,
    }
}
