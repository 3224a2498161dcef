//! What the library's members do that the analyses need, written beside their signatures in
//! the table (`library.txt`, after ` ; `): which task a member gives and when it completes,
//! whether it blocks, completes a source, throws, or has no side effects. The facts of the
//! middle end (crates/facts) read these instead of matching member names.
//!
//! Annotation words:
//! - `completed`: the task or awaitable it gives is complete already.
//! - `timer(p)`, `timer(p,token)`: a task that completes `p` milliseconds later (0: at once, -1:
//!   never), or at once when `token` is canceled.
//! - `yields`: an awaitable that is never complete; its continuation runs on the pool.
//! - `same(receiver)` / `same(p)`: the same task as its receiver or parameter `p`.
//! - `when-all(p)` / `when-any(p)`: completes when every / the first task of `p` does.
//! - `source-task`: the task of its receiver, a `TaskCompletionSource`.
//! - `sets-source`: completes the task of its receiver, a `TaskCompletionSource`.
//! - `blocks`: blocks the calling thread until its receiver (a task or awaiter) completes.
//! - `waits-all(p)`: returns only once every task of its parameter `p` has completed
//!   (`Task.WaitAll` without a timeout).
//! - `is-completed`: reads whether its receiver has completed.
//! - `configure`: `ConfigureAwait(continueOnCapturedContext)`.
//! - `consumes`: consumes its receiver, a `ValueTask`, which may be consumed only once.
//! - `size`: reads the size of its receiver, a collection (`Length`, `Count`).
//! - `throws`: may throw although its arguments are valid.
//! - `acquires` / `releases`: takes / gives back a permit of its receiver (a `SemaphoreSlim`).
//! - `allocates`: makes a new object on the heap (an array, a task) on a call that completes
//!   synchronously; what the allocation report counts.
//! - `installs-context`: makes its argument the calling thread's SynchronizationContext.
//! - `scheduler(p)`: runs a task through the TaskScheduler of its parameter `p`.
//! - `pure` / `impure`: whether it has side effects or reads mutable shared state (the owner
//!   decides when neither is written: members of values, `Math` and exceptions are pure).

use crate::builtins::Owner;
use crate::types::Lib;

/// The task (or awaitable) a member gives, for the completion facts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TaskBehavior {
    /// Nothing the facts track.
    #[default]
    None,
    Completed,
    /// Completes after the delay its parameter `ms` gives; with a cancellation token
    /// parameter, at once (canceled) when the token is canceled already.
    Timer {
        ms: u8,
        token: Option<u8>,
    },
    Yields,
    /// The same task as its receiver (`None`) or its parameter.
    Same {
        param: Option<u8>,
    },
    WhenAll {
        tasks: u8,
    },
    WhenAny {
        tasks: u8,
    },
    SourceTask,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Behavior {
    pub task: TaskBehavior,
    pub blocks: bool,
    pub sets_source: bool,
    pub is_completed: bool,
    pub configure: bool,
    pub consumes: bool,
    pub size: bool,
    pub throws: bool,
    pub allocates: bool,
    pub acquires: bool,
    pub releases: bool,
    /// `waits-all(p)`: the parameter whose tasks are all complete when it returns.
    pub waits_all: Option<u8>,
    /// `queues(p)`: runs the delegate parameter on the pool (`Task.Run`).
    pub queues: Option<u8>,
    pub installs_context: bool,
    /// `scheduler(p)`: the parameter whose TaskScheduler runs the task it makes.
    pub scheduler: Option<u8>,
    pub pure_: bool,
}

/// The behaviour of a member of `owner` from its annotation words; `params` are its
/// parameter names, which `timer(p)` and friends name. `Err` names a word it does not know.
pub fn parse(annotation: &str, owner: Owner, params: &[String]) -> Result<Behavior, String> {
    let mut b = Behavior {
        pure_: pure_by_owner(owner),
        ..Behavior::default()
    };
    let param = |name: &str| -> Result<u8, String> {
        params
            .iter()
            .position(|p| p == name)
            .map(|i| i as u8)
            .ok_or_else(|| format!("no parameter `{name}`"))
    };
    for word in annotation.split_whitespace() {
        let (head, arg) = match word.split_once('(') {
            Some((h, rest)) => (h, rest.strip_suffix(')').unwrap_or(rest)),
            None => (word, ""),
        };
        match head {
            "completed" => b.task = TaskBehavior::Completed,
            "timer" => {
                let (ms, token) = match arg.split_once(',') {
                    Some((ms, token)) => (param(ms)?, Some(param(token)?)),
                    None => (param(arg)?, None),
                };
                b.task = TaskBehavior::Timer { ms, token };
            }
            "yields" => b.task = TaskBehavior::Yields,
            "same" if arg == "receiver" => b.task = TaskBehavior::Same { param: None },
            "same" => {
                b.task = TaskBehavior::Same {
                    param: Some(param(arg)?),
                }
            }
            "when-all" => b.task = TaskBehavior::WhenAll { tasks: param(arg)? },
            "when-any" => b.task = TaskBehavior::WhenAny { tasks: param(arg)? },
            "source-task" => b.task = TaskBehavior::SourceTask,
            "sets-source" => b.sets_source = true,
            "blocks" => b.blocks = true,
            "waits-all" => b.waits_all = Some(param(arg)?),
            "queues" => b.queues = Some(param(arg)?),
            "is-completed" => b.is_completed = true,
            "configure" => b.configure = true,
            "consumes" => b.consumes = true,
            "size" => b.size = true,
            "throws" => b.throws = true,
            "allocates" => b.allocates = true,
            "acquires" => b.acquires = true,
            "releases" => b.releases = true,
            "installs-context" => b.installs_context = true,
            "scheduler" => b.scheduler = Some(param(arg)?),
            "pure" => b.pure_ = true,
            "impure" => b.pure_ = false,
            other => return Err(format!("unknown behaviour `{other}`")),
        }
    }
    Ok(b)
}

/// Members of values, `Math` and the exception types have no side effects and read nothing
/// mutable; everything else might.
fn pure_by_owner(owner: Owner) -> bool {
    match owner {
        Owner::Int
        | Owner::Long
        | Owner::Bool
        | Owner::Double
        | Owner::Char
        | Owner::Small(_)
        | Owner::UInt
        | Owner::ULong
        | Owner::Float
        | Owner::String
        | Owner::Array => true,
        Owner::Object => true,
        Owner::Lib(Lib::Math) => true,
        Owner::Lib(l) => l.is_exception(),
    }
}
