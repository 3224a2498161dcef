//! Blocking waits on tasks beyond `.Wait()`/`.Result` (task/awaiter.rs): `Wait` with a timeout
//! or a token, `Task.WaitAll`, `Task.WaitAny`, and the thread members `Thread.Sleep` and
//! `Thread.CurrentThread`. Each blocks the logical thread (`sched::block_on`) on a task: the
//! waited task itself when nothing else can end the wait, else a private task that the waited
//! task, a timer (the timeout, on the scheduler's clock) or the token completes first.

// Task pointers come only from this runtime: the JIT hands back words it was given. That is
// the module's invariant, instead of `unsafe` on every function taking one.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::cancel;
use crate::exception;
use crate::object::{self, Header, Kind, TypeDesc, Word};
use crate::pending;
use crate::sched::{self, TimerAction};
use crate::task::{self, Cont, Task, CANCELED};
use crate::{entry_list, Entry};

/// How a bounded wait ended (an exception in the pending slot is `Canceled`).
#[derive(PartialEq, Eq)]
pub(crate) enum Outcome {
    Done,
    TimedOut,
    Canceled,
}

/// .NET's `ThrowIfCancellationRequested`: a new OperationCanceledException.
pub(crate) fn throw_canceled() -> Outcome {
    exception::throw_new(&exception::OPERATION_CANCELED, None);
    Outcome::Canceled
}

/// Blocks until `t` completes (`Done`), `ms` milliseconds pass (-1: never; `TimedOut`) or
/// `token` is canceled (OperationCanceledException thrown). A task complete already is `Done`
/// whatever the token, as in .NET; a canceled token is checked before waiting.
pub(crate) fn wait_for(t: *mut Task, ms: i32, token: Word, site: Word) -> Outcome {
    if !task::is_pending(t) {
        return Outcome::Done;
    }
    if cancel::is_canceled(token) {
        return throw_canceled();
    }
    if ms == 0 {
        return Outcome::TimedOut;
    }
    if ms < 0 && token == 0 {
        sched::block_on(t, site);
        return Outcome::Done;
    }
    // `t` stays alive while `new_pending` may collect: it is live on this stack.
    let w = task::new_pending(None);
    task::set_waiting(w, t as Word);
    // Completes `w` with `t` as its result (WhenAny's step); the timer completes it with 0.
    task::on_completed(t, Cont::WhenAny(w));
    let timer = if ms > 0 {
        sched::add_timer(ms as u64, TimerAction::CompleteDelay(w))
    } else {
        usize::MAX
    };
    if token != 0 {
        cancel::register_wait(token, w, timer);
    }
    sched::block_on(w, site);
    sched::cancel_timer(timer);
    task::remove_when_any(t, w);
    unsafe {
        match (*w).status {
            CANCELED => throw_canceled(),
            _ if (*w).result != 0 => Outcome::Done,
            _ => Outcome::TimedOut,
        }
    }
}

/// .NET's check of a timeout in milliseconds (`millisecondsTimeout` >= -1).
fn bad_timeout(ms: i32) -> Option<Word> {
    (ms < -1).then(|| {
        pending::throw(exception::new_with_param(
            &exception::ARGUMENT_OUT_OF_RANGE,
            None,
            "millisecondsTimeout",
        ))
    })
}

// ---- task.Wait(timeout, token) ---------------------------------------------------------------

/// `task.Wait(millisecondsTimeout, cancellationToken)`: false when the timeout passes first;
/// else the outcome as `Wait()` gives it, except that a task canceled while the token is
/// canceled too throws the token's OperationCanceledException (.NET prefers it).
fn task_wait(t: Word, ms: i32, token: Word, site: Word) -> Word {
    let t = task::from_word(t);
    if t.is_null() {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    if let Some(e) = bad_timeout(ms) {
        return e;
    }
    match wait_for(t, ms, token, site) {
        Outcome::TimedOut => 0,
        Outcome::Canceled => 0,
        Outcome::Done => {
            if unsafe { (*t).status } == CANCELED && cancel::is_canceled(token) {
                return exception::throw_new(&exception::OPERATION_CANCELED, None);
            }
            task::wait(t, site);
            Word::from(!pending::is_pending())
        }
    }
}

extern "C" fn wait_ms(t: Word, ms: Word, site: Word) -> Word {
    task_wait(t, ms as u32 as i32, 0, site)
}

extern "C" fn wait_token(t: Word, token: Word, site: Word) -> Word {
    task_wait(t, -1, token, site);
    0
}

extern "C" fn wait_ms_token(t: Word, ms: Word, token: Word, site: Word) -> Word {
    task_wait(t, ms as u32 as i32, token, site)
}

extern "C" fn wait_timespan(t: Word, span: Word, site: Word) -> Word {
    match crate::timespan::millis(span, None, "timeout") {
        Ok(ms) => task_wait(t, ms as u32 as i32, 0, site),
        Err(e) => e,
    }
}

// ---- Task.WaitAll / Task.WaitAny -------------------------------------------------------------

/// The tasks of a `tasks` array, checked with the timeout as .NET checks them.
fn task_list(tasks: Word, ms: i32) -> Result<Vec<Word>, Word> {
    let list = crate::collections::items_or_null_arg(tasks, "tasks")?.1;
    if let Some(e) = bad_timeout(ms) {
        return Err(e);
    }
    if list.contains(&0) {
        return Err(pending::throw(exception::new_with_param(
            &exception::ARGUMENT,
            Some("The tasks array included at least one null element."),
            "tasks",
        )));
    }
    Ok(list)
}

/// `Task.WaitAll(tasks, millisecondsTimeout, cancellationToken)`: true when every task
/// completed in time (false at the timeout); then, if any failed, an AggregateException of
/// every failure in array order (a canceled task's as a new TaskCanceledException), unless
/// only cancellations happened and the token is canceled: its OperationCanceledException.
fn wait_all(tasks: Word, ms: i32, token: Word, site: Word) -> Word {
    let list = match task_list(tasks, ms) {
        Ok(list) => list,
        Err(e) => return e,
    };
    // The array keeps the tasks alive while this thread blocks (`tasks` stays live to the end;
    // a `gc::root` guard must not be held across a block: the root stack is shared by every
    // logical thread and unwinds in order).
    let deadline = (ms >= 0).then(|| sched::now_ms() + ms as u64);
    for &w in &list {
        let t = task::from_word(w);
        let left = match deadline {
            Some(d) => d.saturating_sub(sched::now_ms()).min(i32::MAX as u64) as i32,
            None => -1,
        };
        match wait_for(t, left, token, site) {
            Outcome::Done => {}
            Outcome::TimedOut | Outcome::Canceled => {
                std::hint::black_box(tasks);
                return 0;
            }
        }
    }
    std::hint::black_box(tasks);
    let status = |w: Word| unsafe { (*task::from_word(w)).status };
    let faulted = list.iter().any(|&w| status(w) == task::FAULTED);
    let canceled = list.iter().any(|&w| status(w) == CANCELED);
    if !faulted && !canceled {
        return 1;
    }
    if !faulted && cancel::is_canceled(token) {
        return exception::throw_new(&exception::OPERATION_CANCELED, None);
    }
    let mut exceptions = Vec::new();
    // A cancellation's exception is new, in this vector only: rooted until the aggregate holds it.
    let mut roots = Vec::new();
    for &w in &list {
        let before = exceptions.len();
        task::wait_all_exceptions(task::from_word(w), &mut exceptions);
        roots.push(crate::gc::root(&exceptions[before..]));
    }
    let aggregate = exception::new_aggregate(exceptions);
    drop(roots);
    pending::throw(aggregate)
}

extern "C" fn wait_all_inf(tasks: Word, site: Word) -> Word {
    wait_all(tasks, -1, 0, site);
    0
}

extern "C" fn wait_all_ms(tasks: Word, ms: Word, site: Word) -> Word {
    wait_all(tasks, ms as u32 as i32, 0, site)
}

extern "C" fn wait_all_token(tasks: Word, token: Word, site: Word) -> Word {
    wait_all(tasks, -1, token, site);
    0
}

extern "C" fn wait_all_timespan(tasks: Word, span: Word, site: Word) -> Word {
    match crate::timespan::millis(span, None, "timeout") {
        Ok(ms) => wait_all(tasks, ms as u32 as i32, 0, site),
        Err(e) => e,
    }
}

/// `Task.WaitAny(tasks, millisecondsTimeout, cancellationToken)`: the index of the first task
/// in the array that is complete already, else of the first to complete; -1 when the timeout
/// passes first (or for no tasks). It throws no task's failure.
fn wait_any(tasks: Word, ms: i32, token: Word, site: Word) -> Word {
    let list = match task_list(tasks, ms) {
        Ok(list) => list,
        Err(e) => return e,
    };
    let index = |w: Word| list.iter().position(|&x| x == w).map_or(-1, |i| i as i64) as Word;
    if let Some(&done) = list
        .iter()
        .find(|&&w| !task::is_pending(task::from_word(w)))
    {
        return index(done);
    }
    if list.is_empty() {
        return -1i64 as Word;
    }
    if cancel::is_canceled(token) {
        return exception::throw_new(&exception::OPERATION_CANCELED, None);
    }
    // `tasks` keeps them alive while `when_any` allocates; then `any` holds them.
    let any = task::when_any(list.clone());
    std::hint::black_box(tasks);
    if pending::is_pending() {
        return 0;
    }
    let any = task::from_word(any);
    task::set_source(any, task::Source::WaitAny);
    let found = match wait_for(any, ms, token, site) {
        Outcome::Done => index(unsafe { (*any).result }),
        Outcome::TimedOut => -1i64 as Word,
        Outcome::Canceled => 0,
    };
    std::hint::black_box(any);
    found
}

extern "C" fn wait_any_inf(tasks: Word, site: Word) -> Word {
    wait_any(tasks, -1, 0, site)
}

extern "C" fn wait_any_ms(tasks: Word, ms: Word, site: Word) -> Word {
    wait_any(tasks, ms as u32 as i32, 0, site)
}

extern "C" fn wait_any_token(tasks: Word, token: Word, site: Word) -> Word {
    wait_any(tasks, -1, token, site)
}

extern "C" fn wait_any_timespan(tasks: Word, span: Word, site: Word) -> Word {
    match crate::timespan::millis(span, None, "timeout") {
        Ok(ms) => wait_any(tasks, ms as u32 as i32, 0, site),
        Err(e) => e,
    }
}

// ---- Thread ----------------------------------------------------------------------------------

/// `Thread.Sleep(ms)`: blocks the logical thread until a timer `ms` later fires (time passes
/// as for `Task.Delay`: other threads and due timers run meanwhile); 0 gives up the thread's
/// turn (`sched::yield_thread`), -1 never returns.
fn sleep(ms: i32, param: &str, site: Word) -> Word {
    if ms < -1 {
        return pending::throw(exception::new_with_param(
            &exception::ARGUMENT_OUT_OF_RANGE,
            Some("Number must be either non-negative and less than or equal to Int32.MaxValue or -1."),
            param,
        ));
    }
    if ms == 0 {
        if sched::on_logical_thread() {
            sched::yield_thread();
        }
        return 0;
    }
    let t = task::new_pending(None);
    task::set_source(t, task::Source::Sleep);
    if ms > 0 {
        sched::add_timer(ms as u64, TimerAction::CompleteDelay(t));
    }
    sched::block_on(t, site);
    0
}

extern "C" fn sleep_ms(ms: Word, site: Word) -> Word {
    sleep(ms as u32 as i32, "millisecondsTimeout", site)
}

extern "C" fn sleep_timespan(span: Word, site: Word) -> Word {
    match crate::timespan::millis(
        span,
        Some("Number must be either non-negative and less than or equal to Int32.MaxValue or -1."),
        "timeout",
    ) {
        Ok(ms) => sleep(ms as u32 as i32, "timeout", site),
        Err(e) => e,
    }
}

/// A `Thread` object: the managed id of its logical thread (no references).
#[repr(C)]
struct ThreadObject {
    header: Header,
    managed_id: i64,
}

pub(crate) static THREAD_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.Thread",
    kind: Kind::Other,
    base: None,
};

extern "C" fn current_thread() -> Word {
    sched::current_thread_object(|id| unsafe {
        let t = object::alloc::<ThreadObject>(&THREAD_DESC, 0);
        (*t).managed_id = id as i64;
        t as Word
    })
}

extern "C" fn managed_thread_id(t: Word) -> Word {
    if object::is_null(t) {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    unsafe { (*(t as *const ThreadObject)).managed_id as Word }
}

/// `Timeout.InfiniteTimeSpan`: -1 ms in ticks.
extern "C" fn infinite_timespan() -> Word {
    (-10_000i64) as Word
}

type F0 = extern "C" fn() -> Word;
type F1 = extern "C" fn(Word) -> Word;
type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;
type F4 = extern "C" fn(Word, Word, Word, Word) -> Word;

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "Task.Wait(int)" => wait_ms as F3, Site;
        "Task.Wait(TimeSpan)" => wait_timespan as F3, Site;
        "Task.Wait(CancellationToken)" => wait_token as F3, Site;
        "Task.Wait(int, CancellationToken)" => wait_ms_token as F4, Site;
        "Task.WaitAll(params Task[])" => wait_all_inf as F2, Site;
        "Task.WaitAll(Task[], int)" => wait_all_ms as F3, Site;
        "Task.WaitAll(Task[], TimeSpan)" => wait_all_timespan as F3, Site;
        "Task.WaitAll(Task[], CancellationToken)" => wait_all_token as F3, Site;
        "Task.WaitAny(params Task[])" => wait_any_inf as F2, Site;
        "Task.WaitAny(Task[], int)" => wait_any_ms as F3, Site;
        "Task.WaitAny(Task[], TimeSpan)" => wait_any_timespan as F3, Site;
        "Task.WaitAny(Task[], CancellationToken)" => wait_any_token as F3, Site;
        "Thread.Sleep(int)" => sleep_ms as F2, Site;
        "Thread.Sleep(TimeSpan)" => sleep_timespan as F2, Site;
        "Thread.CurrentThread" => current_thread as F0, None, nothrow;
        "Thread.ManagedThreadId" => managed_thread_id as F1, None;
        "Timeout.InfiniteTimeSpan" => infinite_timespan as F0, None, nothrow;
    }
}
