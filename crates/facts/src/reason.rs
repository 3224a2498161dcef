//! Why an await completes synchronously, must suspend, or depends on run time, as data: each
//! reason names the library member, the method of the program, or the earlier expression that
//! decides it. Prose is made from these by the renderer (crates/explain), never here.

use unawait_sema::hir::{BuiltinId, ExprId, MethodId};
use unawait_syntax::Span;

/// How a task was waited for before: what makes it complete afterwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    Await,
    Result,
    Wait,
    GetResult,
}

impl Wait {
    /// The member as the source writes it (`.Result`).
    pub fn written(self) -> &'static str {
        match self {
            Wait::Await => "await",
            Wait::Result => ".Result",
            Wait::Wait => ".Wait()",
            Wait::GetResult => ".GetAwaiter().GetResult()",
        }
    }
}

/// Why a task is certainly complete where it is used.
#[derive(Clone, Debug, PartialEq)]
pub enum Sync {
    /// A library member that gives a completed task (`Task.CompletedTask`, `Task.FromResult`).
    Library { member: BuiltinId },
    /// `Task.Delay(0)`.
    DelayZero { member: BuiltinId },
    /// `new ValueTask<T>(value)`: a result, no task.
    ValueTaskOfValue,
    /// The task was awaited or waited for earlier, at `at` (the expression that did).
    WaitedBefore { how: Wait, at: Span },
    /// Inside `if (t.IsCompleted)` (or after `&&`).
    CheckedIsCompleted,
    /// Its `TaskCompletionSource` was completed at `at`.
    SourceSet { at: Span },
    /// An element of tasks that all completed, for the reason given.
    Element(Box<Sync>),
    /// Both arms of a `?:` are complete; the first arm's reason.
    BothArms(Box<Sync>),
    /// The task `Task.WhenAny` returned, once awaited: it has completed.
    WhenAnyResult,
    /// `Task.WhenAll` of tasks that are all complete.
    WhenAllOfCompleted,
    /// A call of a method of the program that never suspends.
    CalleeNeverSuspends { callee: MethodId, why: Box<Never> },
}

impl Sync {
    /// Whether the task is also known to have succeeded: a library member's completed task
    /// (a task awaited before may have failed; so may a call of the program; `Task.Delay(0,
    /// token)` may be canceled).
    pub fn succeeded(&self) -> bool {
        match self {
            Sync::Library { .. } | Sync::ValueTaskOfValue => true,
            // `Task.Delay(0, token)` is canceled when the token already is.
            Sync::DelayZero { member } => matches!(
                crate::library::behavior(*member).task,
                unawait_sema::behavior::TaskBehavior::Timer { token: None, .. }
            ),
            Sync::BothArms(why) => why.succeeded(),
            _ => false,
        }
    }
}

/// Why every call of a method completes synchronously.
#[derive(Clone, Debug, PartialEq)]
pub enum Never {
    /// An async method without an await.
    NoAwait,
    /// An async method whose every await is of a completed task.
    AllAwaitsComplete,
    /// A method returning a task that returns a completed one (the first return's reason).
    ReturnsCompleted(Box<Sync>),
}

/// Why a task is certainly not complete when it is awaited (or waited for).
#[derive(Clone, Debug, PartialEq)]
pub enum Suspends {
    /// `Task.Yield()`.
    Yield { member: BuiltinId },
    /// `Task.Delay(-1)`: never completes. `expr` is the call.
    DelayForever { expr: Span },
    /// `Task.Delay(n)`, n > 0: completes when its timer fires.
    DelayTimer { expr: Span, ms: i64 },
    /// A method of the program that always suspends: at each of `at` (the first await that
    /// suspends on each path; the first return for a method that returns a pending task).
    CalleeAlwaysSuspends {
        callee: MethodId,
        at: Vec<Span>,
        returns_pending_task: bool,
    },
    /// Either task a `?:` picks must suspend.
    EitherArm(Box<Suspends>, Box<Suspends>),
    /// `Task.WhenAll` waits for an input that must suspend.
    WhenAllWaits(Box<Suspends>),
    /// `Task.WhenAny` of inputs that all must suspend (the first one's reason).
    WhenAnyAllPending(Box<Suspends>),
}

/// Why only the run decides whether an await suspends.
#[derive(Clone, Debug, PartialEq)]
pub enum Depends {
    /// A task local that may or may not have completed by then.
    Local {
        expr: Span,
    },
    /// `Task.Delay(n)` with `n` known only at run time.
    DelayRuntime {
        expr: Span,
    },
    /// `Task.Delay(n, token)`: completes at once (canceled) when the token is canceled already,
    /// else when its timer fires or the token is canceled. `ms`: the delay, when a constant.
    DelayCancelable {
        expr: Span,
        ms: Option<i64>,
    },
    /// `Task.WhenAll`/`Task.WhenAny`: completes when its inputs do.
    Combinator {
        expr: Span,
    },
    /// A method of the program that completes synchronously on the paths that return at
    /// `returns_at` (before any await, or with a completed task; in source order), and suspends
    /// otherwise.
    CalleeReturnsEarly {
        callee: MethodId,
        returns_at: Vec<Span>,
    },
    /// A method of the program that suspends only when one of its own awaits does (async), or
    /// returns a task that may or may not be complete.
    Callee {
        callee: MethodId,
    },
    /// A virtual method called through an object: the override of the object's class runs,
    /// which only the run knows.
    Virtual {
        callee: MethodId,
    },
    /// Any other task.
    Task {
        expr: Span,
    },
    /// A custom awaiter: its `IsCompleted`, which only the run evaluates.
    Awaiter {
        awaiter: String,
    },
    Unknown,
}

/// What an await does when it is reached: the one record of it (docs/explain.md).
#[derive(Clone, Debug, PartialEq)]
pub enum Completion {
    Sync(Sync),
    Suspends(Suspends),
    Depends(Depends),
}

impl Completion {
    pub fn word(&self) -> &'static str {
        match self {
            Completion::Sync(_) => "sync",
            Completion::Suspends(_) => "suspends",
            Completion::Depends(_) => "runtime",
        }
    }

    pub fn is_sync(&self) -> bool {
        matches!(self, Completion::Sync(_))
    }

    pub fn suspends(&self) -> bool {
        matches!(self, Completion::Suspends(_))
    }
}

/// A point where every path of a method has suspended: an await that must suspend (or, for a
/// method returning a task, the return of a pending one), with why.
#[derive(Clone, Debug, PartialEq)]
pub struct SuspendPoint {
    pub span: Span,
    pub expr: ExprId,
    pub why: Suspends,
}
