//! Where an await's continuation runs when the await suspends: whether it captures the
//! context (no `ConfigureAwait(false)`), which thread completes the awaited operation and so
//! runs the continuation when no context takes it (the tutorial's section 4), and, when `Main`
//! runs under a single-threaded context, which thread the await itself runs on (a pool thread
//! has no context to capture). One record per await, keyed by its `ExprId`; explain words it,
//! the deadlock analysis (`context.rs`) and the predictions test read it.

use std::collections::HashMap;

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::hir::{Callee, Expr, ExprId, ExprKind, MethodId, Program};
use unawait_syntax::Span;

use crate::flow::FlowResult;
use crate::library::{configure_await, strip_wrappers, task_of};
use crate::paths::{Paths, Reach};
use crate::reason::Completion;
use crate::walk::{AwaitFact, MethodWalk, Pos};

/// Which thread runs the continuation of an await that suspended, without a context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resumer {
    /// `Task.Yield()` queues the rest of the method to the pool.
    YieldQueue,
    /// A timer completes the delay's task on a pool thread; the continuation runs inline there.
    Timer,
    /// A delay with a cancellation token: the timer completes it on a pool thread, or the
    /// thread that cancels the token does, inside `Cancel()`; the continuation runs inline on
    /// whichever does.
    TimerOrCanceler,
    /// Whatever thread completes the awaited task; the continuation runs inline there.
    Completer,
    /// A custom awaiter: its `OnCompleted`/`UnsafeOnCompleted` receives the continuation and
    /// runs it on whatever thread it chooses (no context is captured for it).
    Awaiter,
}

impl Resumer {
    /// The continuation runs on a pool thread whoever runs the program's code.
    pub fn on_pool(self) -> bool {
        matches!(self, Resumer::YieldQueue | Resumer::Timer)
    }
}

/// Which thread an await runs on when `Main` runs under a single-threaded context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunsOn {
    /// The main thread: every call of its method is made there (`Main`, or calls made there),
    /// and no await before it in the method can resume the method elsewhere.
    Main,
    /// A pool thread: every path to it passes an await with `ConfigureAwait(false)` of a timer
    /// that suspends (`after`, the first), and every await that may suspend before it is
    /// resumed by a pool thread.
    Pool { after: Span },
    /// Either. `after`: an await before it that may resume the method on another thread (with
    /// `ConfigureAwait(false)`); `called_elsewhere`: its method may be called on a pool thread.
    Either {
        after: Option<Span>,
        called_elsewhere: bool,
    },
}

/// What an await does with the context, and who resumes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Continuation {
    /// `ConfigureAwait(...)` around the awaited task: `Some(Some(b))` with a constant,
    /// `Some(None)` with a value known only at run time, `None` without it.
    pub configure: Option<Option<bool>>,
    /// The context is captured and the continuation posted back to it: no
    /// `ConfigureAwait(false)` (a run-time argument counts as not capturing, for the
    /// predictions that must hold).
    pub captures_context: bool,
    pub resumer: Resumer,
    /// Under `--sync-context single`.
    pub runs_on: RunsOn,
}

impl Continuation {
    pub fn of(af: &AwaitFact<'_>) -> Continuation {
        if af.info.awaiter == unawait_sema::hir::AwaiterKind::Custom {
            // The builder captures nothing for a custom awaiter: the continuation runs where
            // the awaiter runs it, so the method may go on on any thread.
            return Continuation {
                configure: None,
                captures_context: false,
                resumer: Resumer::Awaiter,
                runs_on: RunsOn::Either {
                    after: None,
                    called_elsewhere: true,
                },
            };
        }
        let configure = configure_await(af.operand);
        let captures_context = matches!(configure, None | Some(Some(true)));
        let op = strip_wrappers(af.operand);
        let resumer = match task_of(op) {
            Some((TaskBehavior::Yields, _)) => Resumer::YieldQueue,
            Some((TaskBehavior::Timer { token: None, .. }, _)) => Resumer::Timer,
            Some((TaskBehavior::Timer { token: Some(_), .. }, _)) => Resumer::TimerOrCanceler,
            _ => Resumer::Completer,
        };
        Continuation {
            configure,
            captures_context,
            resumer,
            runs_on: RunsOn::Either {
                after: None,
                called_elsewhere: true,
            },
        }
    }
}

/// Every await's continuation, by method.
pub fn compute(
    program: &Program,
    walks: &[MethodWalk<'_>],
    flows: &[FlowResult],
) -> Vec<HashMap<ExprId, Continuation>> {
    let mut out: Vec<HashMap<ExprId, Continuation>> = walks
        .iter()
        .map(|w| {
            w.awaits
                .iter()
                .map(|a| (a.expr.id, Continuation::of(a)))
                .collect()
        })
        .collect();
    let main_only = main_only(program, walks, flows, &out);
    for (i, w) in walks.iter().enumerate() {
        let on_pool = pool_awaits(program, MethodId(i as u32), w, &flows[i], &out[i]);
        for a in &w.awaits {
            let moved = moved_before(w, &flows[i], &out[i], a.expr.id, a.expr.span, &a.pos);
            let runs_on = match (main_only[i], moved) {
                (true, None) => RunsOn::Main,
                _ => match on_pool.get(&a.expr.id) {
                    Some(after) => RunsOn::Pool { after: *after },
                    None => RunsOn::Either {
                        after: moved,
                        called_elsewhere: !main_only[i],
                    },
                },
            };
            if let Some(c) = out[i].get_mut(&a.expr.id) {
                c.runs_on = runs_on;
            }
        }
    }
    out
}

/// An await that may suspend (it is not known complete).
fn may_suspend(flow: &FlowResult, expr: ExprId) -> bool {
    flow.awaits.get(&expr).is_none_or(|c| !c.is_sync())
}

/// The first await of the method that can run before the point `at` (an await or a call at
/// `span`, position `pos`) and can resume the method on another thread: it may suspend and
/// does not capture the context. Before: earlier in the same pass (or inside the point's own
/// operands), or anywhere in a loop around both.
fn moved_before(
    walk: &MethodWalk<'_>,
    flow: &FlowResult,
    conts: &HashMap<ExprId, Continuation>,
    at: ExprId,
    span: Span,
    pos: &Pos,
) -> Option<Span> {
    walk.awaits
        .iter()
        .filter(|a| a.expr.id != at && precedes(a, span, pos))
        .filter(|a| may_suspend(flow, a.expr.id))
        .find(|a| conts.get(&a.expr.id).is_none_or(|c| !c.captures_context))
        .map(|a| a.expr.span)
}

fn precedes(a: &AwaitFact<'_>, span: Span, pos: &Pos) -> bool {
    (a.expr.span.end <= span.end && !a.pos.exclusive_with(pos))
        || a.pos.loops.iter().any(|l| pos.loops.contains(l))
}

/// Per method: every call of it is made on the main thread (greatest fixpoint over the call
/// sites; `Main` starts there, a method never called is never run).
fn main_only(
    program: &Program,
    walks: &[MethodWalk<'_>],
    flows: &[FlowResult],
    conts: &[HashMap<ExprId, Continuation>],
) -> Vec<bool> {
    let n = walks.len();
    // A virtual method (or an override) runs wherever a call of its slot is made, which its
    // own call sites do not tell; and the runtime runs `ToString()` overrides from anywhere.
    let mut only: Vec<bool> = program.methods.iter().map(|m| m.vslot.is_none()).collect();
    for (_, m) in program.classes.iter().flat_map(|c| &c.itable) {
        if let Some(o) = only.get_mut(m.0 as usize) {
            *o = false;
        }
    }
    only.resize(n, true);
    // A method used as a value (a delegate) may be called from anywhere.
    for w in walks {
        for c in &w.calls {
            crate::walk::visit_exprs(c.expr, &mut |e| {
                if let ExprKind::MethodGroup {
                    method: Callee::User(m),
                    ..
                } = &e.kind
                {
                    if let Some(o) = only.get_mut(m.0 as usize) {
                        *o = false;
                    }
                }
            });
        }
    }
    loop {
        let mut changed = false;
        for (k, w) in walks.iter().enumerate() {
            for c in &w.calls {
                let Some(m) = crate::tree::user_callee(c.expr) else {
                    continue;
                };
                let m = m.0 as usize;
                if m >= n || !only[m] {
                    continue;
                }
                let on_main = only[k]
                    && moved_before(w, &flows[k], &conts[k], c.expr.id, c.expr.span, &c.pos)
                        .is_none();
                if !on_main {
                    only[m] = false;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    if program.entry_point.is_none() {
        only.iter_mut().for_each(|o| *o = false);
    }
    only
}

/// The awaits of a method that certainly run on a pool thread: every path to them passes an
/// await with `ConfigureAwait(false)` of a timer that suspends, and every await that may
/// suspend before them is resumed on a pool thread; with the first such await.
fn pool_awaits(
    program: &Program,
    id: MethodId,
    walk: &MethodWalk<'_>,
    flow: &FlowResult,
    conts: &HashMap<ExprId, Continuation>,
) -> HashMap<ExprId, Span> {
    let Some(body) = &program.method(id).body else {
        return HashMap::new();
    };
    // Only such an await counts: without one, no path passes anything.
    let counts_await = |id: &ExprId| {
        let Some(c) = conts.get(id) else {
            return false;
        };
        let suspends = matches!(flow.awaits.get(id), Some(Completion::Suspends(_)));
        suspends && c.configure == Some(Some(false)) && c.resumer == Resumer::Timer
    };
    if !walk.awaits.iter().any(|a| counts_await(&a.expr.id)) {
        return HashMap::new();
    }
    let counts = |e: &Expr| {
        if !matches!(e.kind, ExprKind::Await { .. }) {
            return None;
        }
        let c = conts.get(&e.id)?;
        let suspends = matches!(flow.awaits.get(&e.id), Some(Completion::Suspends(_)));
        (suspends && c.configure == Some(Some(false)) && c.resumer == Resumer::Timer).then_some(())
    };
    let paths = Paths::new(false, &counts).recording().run(&body.stmts);
    let mut out = HashMap::new();
    for a in &walk.awaits {
        let Some(Reach::Passed(first)) = paths.at_awaits.as_ref().and_then(|m| m.get(&a.expr.id))
        else {
            continue;
        };
        let all_on_pool = walk
            .awaits
            .iter()
            .filter(|x| x.expr.id != a.expr.id && precedes(x, a.expr.span, &a.pos))
            .filter(|x| may_suspend(flow, x.expr.id))
            .all(|x| conts.get(&x.expr.id).is_some_and(|c| c.resumer.on_pool()));
        if let (true, Some((span, _, _))) = (all_on_pool, first.first()) {
            out.insert(a.expr.id, *span);
        }
    }
    out
}

/// A SynchronizationContext or TaskScheduler of the program's own classes that it uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgramScheduler {
    pub class: unawait_sema::hir::ClassId,
    /// A TaskScheduler (`StartNew`, `ContinueWith` with it), else a SynchronizationContext
    /// (`SetSynchronizationContext`).
    pub task_scheduler: bool,
    /// The call that installs or uses it.
    pub span: Span,
}

/// The SynchronizationContexts of the program's classes that it installs (each
/// `SetSynchronizationContext(x)` whose argument is an object of a class of the program) and
/// its TaskSchedulers that run tasks. An await that captures the context resumes through such
/// a context's `Post` when it suspends where one is current, or else through such a scheduler's
/// `QueueTask` inside one of its tasks.
pub fn installed_contexts(walks: &[MethodWalk<'_>]) -> Vec<ProgramScheduler> {
    let mut out = Vec::new();
    for call in walks.iter().flat_map(|w| &w.calls) {
        let Some(u) = crate::library::lib_use(call.expr) else {
            continue;
        };
        let (arg, task_scheduler) = match (u.behavior.installs_context, u.behavior.scheduler) {
            (true, _) => (u.args.first(), false),
            (false, Some(p)) => (u.args.get(p as usize), true),
            _ => continue,
        };
        let Some(arg) = arg else { continue };
        if let unawait_sema::types::Ty::Class(c, _) = &strip_conversions(arg).ty {
            out.push(ProgramScheduler {
                class: *c,
                task_scheduler,
                span: call.expr.span,
            });
        }
    }
    out
}

fn strip_conversions(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Convert { expr, .. } = &e.kind {
        e = expr;
    }
    e
}
