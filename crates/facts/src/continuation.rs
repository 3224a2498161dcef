//! Where an await's continuation runs when the await suspends: whether it captures the
//! context (no `ConfigureAwait(false)`), and which thread completes the awaited operation and
//! so runs the continuation when no context takes it (the tutorial's section 4). One record per
//! await, keyed by its `ExprId`; explain words it, the deadlock analysis (`context.rs`) and the
//! predictions test read it.

use unawait_sema::behavior::TaskBehavior;

use crate::library::{configure_await, strip_wrappers, task_of};
use crate::walk::AwaitFact;

/// Which thread runs the continuation of an await that suspended, without a context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resumer {
    /// `Task.Yield()` queues the rest of the method to the pool.
    YieldQueue,
    /// A timer completes the delay's task on a pool thread; the continuation runs inline there.
    Timer,
    /// Whatever thread completes the awaited task; the continuation runs inline there.
    Completer,
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
}

impl Continuation {
    pub fn of(af: &AwaitFact<'_>) -> Continuation {
        let configure = configure_await(af.operand);
        let captures_context = matches!(configure, None | Some(Some(true)));
        let op = strip_wrappers(af.operand);
        let resumer = match task_of(op) {
            Some((TaskBehavior::Yields, _)) => Resumer::YieldQueue,
            Some((TaskBehavior::Timer { .. }, _)) => Resumer::Timer,
            _ => Resumer::Completer,
        };
        Continuation {
            configure,
            captures_context,
            resumer,
        }
    }
}
