//! Awaiters and reading a task's outcome: `IsCompleted`/`GetResult` for every awaiter kind the
//! JIT passes, `.Result`/`.Wait()` (which block the logical thread), `Exception` and `Status`.
//! Reading a task's outcome observes it: its fault is not reported as unobserved at exit.

// Task pointers come only from this runtime (see `task.rs`).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{
    from_word, inline_result, is_inline, release_box, Task, Word, CANCELED, FAULTED, PENDING,
    SUCCEEDED,
};
use crate::exception;
use crate::pending;
use crate::sched;

/// Awaiter kind codes the JIT passes (`smir::AwaiterKind` order).
pub const AWAIT_TASK: Word = 0;
pub const AWAIT_CONFIGURED: Word = 1;
pub const AWAIT_VALUE_TASK: Word = 2;
pub const AWAIT_YIELD: Word = 3;

/// `awaiter.IsCompleted` for every awaiter kind.
pub extern "C" fn awaiter_is_completed(awaiter: Word, kind: Word) -> Word {
    match kind {
        AWAIT_YIELD => 0,
        AWAIT_VALUE_TASK if is_inline(awaiter) => 1,
        // A directly awaited Task<T> may carry its synchronous result inline too.
        _ if awaiter & 1 == 1 => 1,
        // A null task: quick code skips `GetAwaiter`'s null check, so "completed" sends it
        // straight to `GetResult`, which throws the NullReferenceException at the same await.
        _ if awaiter == 0 => 1,
        _ => unsafe { ((*from_word(awaiter)).status != PENDING) as Word },
    }
}

/// Debug builds check each await the facts prove complete (the JIT gave it no suspend path)
/// when it runs: a pending task there is a bug of the middle end, said so, never run on.
pub extern "C" fn assert_known_complete(awaiter: Word, kind: Word) -> Word {
    if awaiter_is_completed(awaiter, kind) == 0 {
        eprintln!(
            "unawait: internal error: an await the facts prove complete found its task pending"
        );
        std::process::exit(70);
    }
    0
}

/// `rt.unreachable()`: compiled code reached a point the lowering marked unreachable, which a
/// checked program never does. A bug of the compiler: said so (after what the program wrote),
/// never a crash by a signal.
pub extern "C" fn rt_unreachable() -> Word {
    crate::console::flush();
    eprintln!(
        "unawait: internal error: the program reached code the compiler could not translate (please report it with the program)"
    );
    std::process::exit(70);
}

/// `awaiter_get_result` of an awaiter holding the only reference to its task (a call awaited
/// directly): once read, the box goes back to its method's pool, as optimized code does inline.
pub extern "C" fn awaiter_get_result_owned(awaiter: Word, kind: Word) -> Word {
    let r = awaiter_get_result(awaiter, kind);
    release_box(awaiter);
    r
}

/// `awaiter.GetResult()`: the result, or the task's first exception rethrown as is; blocks the
/// logical thread when the task is not complete (only reachable from explicit C# calls).
pub extern "C" fn awaiter_get_result(awaiter: Word, kind: Word) -> Word {
    awaiter_get_result_at(awaiter, kind, 0)
}

/// `awaiter_get_result` from a C# call at `site` (the calling method's name, a string word),
/// which is where a deadlock report says the thread blocks.
pub fn awaiter_get_result_at(awaiter: Word, kind: Word, site: Word) -> Word {
    match kind {
        AWAIT_YIELD => 0,
        AWAIT_VALUE_TASK if is_inline(awaiter) => inline_result(awaiter),
        _ if awaiter & 1 == 1 => inline_result(awaiter),
        _ => {
            let t = from_word(awaiter);
            if t.is_null() {
                return exception::throw_new(&exception::NULL_REFERENCE, None);
            }
            crate::task_scheduler::inline_for_wait(t);
            sched::block_on(t, site);
            unsafe {
                (*t).observed = true;
                match (*t).status {
                    SUCCEEDED => (*t).result,
                    CANCELED => pending::throw(cancellation_exception(t)),
                    _ => pending::throw((*t).exceptions.first().copied().unwrap_or(0)),
                }
            }
        }
    }
}

fn cancellation_exception(t: *mut Task) -> Word {
    unsafe {
        match (*t).exceptions.first() {
            Some(&e) => e,
            None => exception::new_exception(&exception::TASK_CANCELED, None),
        }
    }
}

/// `.Result` and `.Wait()`: block, then unwrap a success or throw an `AggregateException`.
pub fn wait(t: *mut Task, site: Word) -> Word {
    if t.is_null() {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    crate::task_scheduler::inline_for_wait(t);
    sched::block_on(t, site);
    unsafe {
        (*t).observed = true;
        match (*t).status {
            SUCCEEDED => (*t).result,
            // .NET wraps a new TaskCanceledException, not the one that canceled the task.
            CANCELED => {
                let e = exception::new_exception(&exception::TASK_CANCELED, None);
                pending::throw(exception::new_aggregate(vec![e]))
            }
            _ => pending::throw(exception::new_aggregate((*t).exceptions.to_vec())),
        }
    }
}

/// What a completed task adds to `Task.WaitAll`'s AggregateException: a fault's exceptions,
/// a new TaskCanceledException for a cancellation (as .NET's `GetExceptions(true)`), nothing
/// for a success. Reading a fault observes it.
pub fn wait_all_exceptions(t: *mut Task, into: &mut Vec<Word>) {
    unsafe {
        match (*t).status {
            FAULTED => {
                (*t).observed = true;
                into.extend((*t).exceptions.to_vec());
            }
            CANCELED => into.push(exception::new_exception(&exception::TASK_CANCELED, None)),
            _ => {}
        }
    }
}

/// `task.Exception`: the same `AggregateException` each time; null unless faulted.
pub fn exception_of(t: *mut Task) -> Word {
    unsafe {
        // As .NET's getter: only handing out a fault's exceptions observes them.
        if (*t).status != FAULTED {
            return 0;
        }
        (*t).observed = true;
        if (*t).aggregate == 0 {
            (*t).aggregate = exception::new_aggregate((*t).exceptions.to_vec());
        }
        (*t).aggregate
    }
}

/// `task.Status` as `TaskStatus`'s value.
pub fn status_of(t: *mut Task) -> Word {
    unsafe {
        match (*t).status {
            SUCCEEDED => 5,
            FAULTED => 7,
            CANCELED => 6,
            // Pending: what it waits for (a promise, `WaitingForActivation`, waits for others).
            _ => match (*t).source {
                super::Source::Created => 0,
                super::Source::Delegate | super::Source::Scheduled => 2,
                super::Source::DelegateRunning => 3,
                _ => 1,
            },
        }
    }
}
