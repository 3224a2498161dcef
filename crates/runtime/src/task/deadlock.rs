//! What a pending task waits for, as far as the runtime knows, for deadlock reports: the await
//! a suspended box is at, a combinator's inputs, or the kind of object that completes it.

// Task pointers come only from this runtime (see `task.rs`).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{from_word, is_inline, is_pending, state_of, SmDesc, Task, Word, SM_OFFSET};

/// What made a task that no async method completes, so that a deadlock report can say what
/// it waits for. `Unknown` is 0: a task's zeroed memory says it.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Source {
    Unknown = 0,
    CompletionSource,
    Semaphore,
    /// A thread waiting to enter a `lock` another thread holds (`monitor.rs`).
    Monitor,
    WhenAll,
    WhenAny,
    /// `Task.WaitAny`'s `WhenAny` (`waits.rs`).
    WaitAny,
    /// A wait with a timeout or a token on the task in its `inputs` (`waits.rs`): it waits for
    /// what that task waits for.
    Waiting,
    /// A wait on a `ManualResetEventSlim`, `ManualResetEvent` or `AutoResetEvent`, and on a
    /// `CountdownEvent` (`events.rs`).
    Event,
    Countdown,
    /// `Thread.Sleep(Timeout.Infinite)`.
    Sleep,
    /// A task of `new Task(...)` not started yet (`factory.rs`): status `Created`.
    Created,
    /// A task that runs a delegate (`Task.Run`, `StartNew`, a started `new Task`): queued
    /// (`WaitingToRun`), then running it (`Running`).
    Delegate,
    DelegateRunning,
    /// A `ContinueWith` task (`Start()` tells it from the others).
    Continuation,
    /// A task bound to a TaskScheduler of the program that has not run yet
    /// (`task_scheduler.rs`): status `WaitingToRun`.
    Scheduled,
}

pub fn source_of(t: *mut Task) -> Source {
    unsafe { (*t).source }
}

pub fn set_source(t: *mut Task, source: Source) {
    unsafe { (*t).source = source }
}

/// Makes `w` the private task of a timed or cancelable wait on `t`: a deadlock report says
/// what `t` waits for.
pub fn set_waiting(w: *mut Task, t: Word) {
    unsafe {
        (*w).source = Source::Waiting;
        (*w).inputs = vec![t].into();
    }
}

/// What a pending task waits for, as far as the runtime knows (deadlock reports).
pub enum Wait {
    /// An async method's box suspended at the await at `line` on `awaited` (0: unknown).
    Await {
        method: &'static str,
        line: u32,
        awaited: Word,
    },
    /// An async method whose `MoveNext` is on a logical thread's stack, which blocks.
    Running { method: &'static str },
    /// `WhenAll`'s inputs not complete yet, and how many inputs it has.
    WhenAll { pending: Vec<Word>, of: usize },
    /// `WhenAny`'s inputs, none complete; `api` is `Task.WhenAny` or `Task.WaitAny`.
    WhenAny {
        inputs: Vec<Word>,
        api: &'static str,
    },
    /// A task another kind of object completes.
    Source(Source),
}

/// What the pending task `t` waits for; `None` for a completed task or an inline word.
pub fn wait_of(t: Word) -> Option<Wait> {
    if is_inline(t) || !is_pending(from_word(t)) {
        return None;
    }
    let task = from_word(t);
    unsafe {
        if (*task).running || (!(*task).sm.is_null() && state_of(sm_of(task)) < 0) {
            return Some(Wait::Running {
                method: &(*(*task).sm).name,
            });
        }
        if let Some((method, line, awaited)) = suspension_of(t) {
            return Some(Wait::Await {
                method,
                line,
                awaited,
            });
        }
        let inputs = (*task).inputs.to_vec();
        if let (Source::Waiting, [input]) = ((*task).source, inputs.as_slice()) {
            return wait_of(*input);
        }
        Some(match (*task).source {
            Source::WhenAll => Wait::WhenAll {
                of: inputs.len(),
                pending: inputs
                    .into_iter()
                    .filter(|&w| !is_inline(w) && is_pending(from_word(w)))
                    .collect(),
            },
            Source::WhenAny => Wait::WhenAny {
                inputs,
                api: "Task.WhenAny",
            },
            Source::WaitAny => Wait::WhenAny {
                inputs,
                api: "Task.WaitAny",
            },
            other => Wait::Source(other),
        })
    }
}

fn sm_of(t: *mut Task) -> *const u8 {
    unsafe { (t as *const u8).add(SM_OFFSET) }
}

/// For deadlock reports: the method of a box, the line it is suspended at, and the task it
/// awaits there (0 if none).
pub fn suspension_of(t: Word) -> Option<(&'static str, u32, Word)> {
    if t & 1 == 1 {
        return None;
    }
    let t = from_word(t);
    unsafe {
        if t.is_null() || (*t).sm.is_null() {
            return None;
        }
        let d: &'static SmDesc = &*(*t).sm;
        let sm = (t as *const u8).add(SM_OFFSET);
        let state = state_of(sm);
        let line = d.await_lines.get(state as usize).copied().unwrap_or(0);
        let awaited = d
            .await_slots
            .get(state as usize)
            .filter(|&&o| o != u32::MAX)
            .map_or(0, |&o| *(sm.add(o as usize) as *const Word));
        Some((&d.name, line, awaited))
    }
}
