//! `TaskCompletionSource<TResult>` and `SemaphoreSlim`: heap objects of their own kinds whose
//! waiting is done with tasks, so that everything that can wait for a task (`await`, `.Wait()`,
//! `WhenAll`) can wait for them, and a blocked `SemaphoreSlim.Wait()` is `sched::block_on`.
//!
//! - A source holds its task; `Set*`/`TrySet*` complete it. Its continuations run inline on the
//!   thread that completes it (before `SetResult` returns), unless the source was made with
//!   `TaskCreationOptions.RunContinuationsAsynchronously`: then they are queued to the pool.
//! - A semaphore holds its free count and a FIFO queue of waiters, each a pending task: a
//!   `WaitAsync()` one (a `Task<bool>` created, as in .NET, to run its continuations
//!   asynchronously) or a `Wait()` one (private: only the blocked thread waits for it). `Release`
//!   hands its count to the waiters at the head of the queue, so they are served in the order
//!   they came, whichever way they wait.

// Source, semaphore and task pointers come only from this runtime: the JIT hands back words it
// was given. That is the module's invariant, instead of `unsafe` on every function taking one.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::exception;
use crate::object::{self, ElemKind, Header, Kind, TypeDesc, Word};
use crate::pending;
use crate::sched::{self, TimerAction};
use crate::task::{self, Task, CANCELED, FAULTED, SUCCEEDED};
use crate::{entry_list, Entry};
use std::collections::VecDeque;

// ---- TaskCreationOptions ---------------------------------------------------------------------

const RUN_CONTINUATIONS_ASYNCHRONOUSLY: i32 = 64;
const ATTACHED_TO_PARENT: i32 = 4;

extern "C" fn options_to_str(v: Word) -> Word {
    crate::string::new_string(&crate::string::to_string_of(
        v,
        ElemKind::TaskCreationOptions,
    ))
}

extern "C" fn box_options(v: Word) -> Word {
    crate::collections::box_value(v, ElemKind::TaskCreationOptions)
}

// ---- TaskCompletionSource<TResult> -----------------------------------------------------------

#[repr(C)]
struct Source {
    header: Header,
    /// The `Task<TResult>` (a reference, traced).
    task: Word,
    /// `TaskCreationOptions.RunContinuationsAsynchronously`.
    run_async: bool,
}

static SOURCE_DESCS: [TypeDesc; 5] = [
    source_desc("System.Threading.Tasks.TaskCompletionSource`1[System.Boolean]"),
    source_desc("System.Threading.Tasks.TaskCompletionSource`1[System.Int32]"),
    source_desc("System.Threading.Tasks.TaskCompletionSource`1[System.Int64]"),
    source_desc("System.Threading.Tasks.TaskCompletionSource`1[System.Double]"),
    source_desc("System.Threading.Tasks.TaskCompletionSource`1[System.Object]"),
];

/// The non-generic `TaskCompletionSource` (.NET 5+), whose task is a plain `Task`.
pub(crate) static VOID_SOURCE_DESC: TypeDesc =
    source_desc("System.Threading.Tasks.TaskCompletionSource");

const fn source_desc(name: &'static str) -> TypeDesc {
    TypeDesc {
        name,
        kind: Kind::TaskCompletionSource,
        base: None,
    }
}

/// .NET's message for completing a task a second time.
const ALREADY_COMPLETED: &str =
    "An attempt was made to transition a task to a final state when it had already completed.";

/// A new source of a `Task<T>` of element kind `kind`, or of a `Task` for `None`.
fn new_source(options: Word, kind: Option<ElemKind>) -> Word {
    let options = options as u32 as i32;
    // Promise-style tasks accept only these two options.
    if options & !(ATTACHED_TO_PARENT | RUN_CONTINUATIONS_ASYNCHRONOUSLY) != 0 {
        return pending::throw(exception::new_with_param(
            &exception::ARGUMENT_OUT_OF_RANGE,
            None,
            "creationOptions",
        ));
    }
    let desc = match kind {
        Some(k) => &SOURCE_DESCS[(k as usize).min(4)],
        None => &VOID_SOURCE_DESC,
    };
    unsafe {
        let s = object::alloc::<Source>(desc, 0);
        (*s).run_async = options & RUN_CONTINUATIONS_ASYNCHRONOUSLY != 0;
        // The source is only in a local while its task is allocated.
        let _root = crate::gc::root(&[s as Word]);
        let t = task::new_pending(kind);
        task::set_source(t, task::Source::CompletionSource);
        (*s).task = t as Word;
        s as Word
    }
}

extern "C" fn tcs_new(kind: Word) -> Word {
    new_source(0, Some(ElemKind::from_code(kind)))
}

extern "C" fn tcs_new_options(options: Word, kind: Word) -> Word {
    new_source(options, Some(ElemKind::from_code(kind)))
}

extern "C" fn tcs_void_new() -> Word {
    new_source(0, None)
}

extern "C" fn tcs_void_new_options(options: Word) -> Word {
    new_source(options, None)
}

extern "C" fn tcs_void_set_result(s: Word) -> Word {
    set(s, SUCCEEDED, 0, Vec::new())
}

extern "C" fn tcs_void_try_set_result(s: Word) -> Word {
    try_set(s, SUCCEEDED, 0, Vec::new())
}

fn source<'a>(w: Word) -> Option<&'a mut Source> {
    if object::is_null(w) {
        exception::throw_null_reference();
        None
    } else {
        Some(unsafe { &mut *(w as *mut Source) })
    }
}

/// Completes the source's task unless it is complete already; whether it did.
fn try_complete(s: &Source, status: u8, result: Word, exceptions: Vec<Word>) -> bool {
    let t = task::from_word(s.task);
    if !task::is_pending(t) {
        return false;
    }
    if s.run_async {
        task::complete_async(t, status, result, exceptions);
    } else {
        task::complete(t, status, result, exceptions);
    }
    true
}

/// `Set*`: `Try*`, throwing when the task was complete already.
fn set(source_word: Word, status: u8, result: Word, exceptions: Vec<Word>) -> Word {
    let Some(s) = source(source_word) else {
        return 0;
    };
    if !try_complete(s, status, result, exceptions) {
        return exception::throw_new(&exception::INVALID_OPERATION, Some(ALREADY_COMPLETED));
    }
    0
}

fn try_set(source_word: Word, status: u8, result: Word, exceptions: Vec<Word>) -> Word {
    match source(source_word) {
        Some(s) => try_complete(s, status, result, exceptions) as Word,
        None => 0,
    }
}

extern "C" fn tcs_task(s: Word) -> Word {
    source(s).map_or(0, |s| s.task)
}

extern "C" fn tcs_set_result(s: Word, value: Word) -> Word {
    set(s, SUCCEEDED, value, Vec::new())
}

extern "C" fn tcs_try_set_result(s: Word, value: Word) -> Word {
    try_set(s, SUCCEEDED, value, Vec::new())
}

extern "C" fn tcs_set_exception(s: Word, e: Word) -> Word {
    if source(s).is_none() {
        return 0;
    }
    if object::is_null(e) {
        return exception::throw_argument_null("exception");
    }
    // Faulted even for an OperationCanceledException, unlike an async method's task.
    set(s, FAULTED, 0, vec![e])
}

extern "C" fn tcs_try_set_exception(s: Word, e: Word) -> Word {
    if source(s).is_none() {
        return 0;
    }
    if object::is_null(e) {
        return exception::throw_argument_null("exception");
    }
    try_set(s, FAULTED, 0, vec![e])
}

/// The exceptions of `SetException(IEnumerable<Exception>)`, checked as .NET checks them.
fn exception_list(exceptions: Word) -> Result<Vec<Word>, Word> {
    let Some(list) = crate::collections::elements(exceptions) else {
        return Err(exception::throw_argument_null("exceptions"));
    };
    let message = if list.iter().any(|&e| object::is_null(e)) {
        "The exceptions collection included at least one null element."
    } else if list.is_empty() {
        "The exceptions collection was empty."
    } else {
        return Ok(list);
    };
    Err(pending::throw(exception::new_with_param(
        &exception::ARGUMENT,
        Some(message),
        "exceptions",
    )))
}

extern "C" fn tcs_set_exceptions(s: Word, exceptions: Word) -> Word {
    if source(s).is_none() {
        return 0;
    }
    match exception_list(exceptions) {
        Ok(list) => set(s, FAULTED, 0, list),
        Err(e) => e,
    }
}

extern "C" fn tcs_try_set_exceptions(s: Word, exceptions: Word) -> Word {
    if source(s).is_none() {
        return 0;
    }
    match exception_list(exceptions) {
        Ok(list) => try_set(s, FAULTED, 0, list),
        Err(e) => e,
    }
}

/// Awaiting the canceled task throws a new `TaskCanceledException` (task.rs).
extern "C" fn tcs_set_canceled(s: Word) -> Word {
    set(s, CANCELED, 0, Vec::new())
}

extern "C" fn tcs_try_set_canceled(s: Word) -> Word {
    try_set(s, CANCELED, 0, Vec::new())
}

// ---- SemaphoreSlim ---------------------------------------------------------------------------

#[repr(C)]
struct Semaphore {
    header: Header,
    /// The free count; 0 whenever `waiters` is not empty.
    count: i32,
    max: i32,
    /// Pending tasks, first come first served (references, traced).
    waiters: VecDeque<Waiter>,
}

#[derive(Clone, Copy)]
struct Waiter {
    task: *mut Task,
    /// A `Wait()`: the thread blocked on the task is woken; a `WaitAsync()` task's
    /// continuations are queued to the pool instead of run by `Release`.
    blocking: bool,
    /// The timeout's timer (`NO_TIMER` without one), stopped when `Release` serves the waiter.
    timer: usize,
}

const NO_TIMER: usize = usize::MAX;

pub(crate) static SEMAPHORE_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.SemaphoreSlim",
    kind: Kind::SemaphoreSlim,
    base: None,
};

fn out_of_range(message: &str, param: &str, actual: i32) -> Word {
    pending::throw(exception::new_out_of_range(
        message,
        param,
        &actual.to_string(),
    ))
}

fn new_semaphore(initial: Word, max: Word) -> Word {
    let (initial, max) = (initial as u32 as i32, max as u32 as i32);
    if initial < 0 || initial > max {
        return out_of_range(
            "The initialCount argument must be non-negative and less than or equal to the maximumCount.",
            "initialCount",
            initial,
        );
    }
    if max <= 0 {
        return out_of_range(
            "The maximumCount argument must be a positive number. If a maximum is not required, use the constructor without a maxCount parameter.",
            "maxCount",
            max,
        );
    }
    unsafe {
        let s = object::alloc::<Semaphore>(&SEMAPHORE_DESC, 0);
        std::ptr::write(&mut (*s).waiters, VecDeque::new());
        (*s).count = initial;
        (*s).max = max;
        s as Word
    }
}

extern "C" fn semaphore_new(initial: Word) -> Word {
    new_semaphore(initial, i32::MAX as Word)
}

extern "C" fn semaphore_new_max(initial: Word, max: Word) -> Word {
    new_semaphore(initial, max)
}

fn semaphore<'a>(w: Word) -> Option<&'a mut Semaphore> {
    if object::is_null(w) {
        exception::throw_null_reference();
        None
    } else {
        Some(unsafe { &mut *(w as *mut Semaphore) })
    }
}

extern "C" fn current_count(s: Word) -> Word {
    semaphore(s).map_or(0, |s| s.count as i64 as Word)
}

/// `Wait()`: takes a count, or blocks the logical thread until `Release` hands it one.
/// `site` is the calling method, for deadlock reports.
extern "C" fn wait(s: Word, site: Word) -> Word {
    let Some(sem) = semaphore(s) else {
        return 0;
    };
    if sem.count > 0 {
        sem.count -= 1;
        return 0;
    }
    // The semaphore stays alive while `new_pending` may collect: `s` is live on this stack.
    let t = task::new_pending(None);
    task::set_source(t, task::Source::Semaphore);
    sem.waiters.push_back(Waiter {
        task: t,
        blocking: true,
        timer: NO_TIMER,
    });
    sched::block_on(t, site);
    0
}

/// `WaitAsync()`: a completed `Task<bool>` when a count is free, else a pending one, queued.
extern "C" fn wait_async(s: Word) -> Word {
    let Some(sem) = semaphore(s) else {
        return 0;
    };
    let free = sem.count > 0;
    if free {
        sem.count -= 1;
    }
    let t = task::new_pending(Some(ElemKind::Bool));
    task::set_source(t, task::Source::Semaphore);
    if free {
        task::complete(t, SUCCEEDED, 1, Vec::new());
    } else {
        sem.waiters.push_back(Waiter {
            task: t,
            blocking: false,
            timer: NO_TIMER,
        });
    }
    t as Word
}

/// .NET's check of a timeout in milliseconds: -1 (infinite) or more.
fn bad_timeout(ms: i32) -> Option<Word> {
    (ms < -1).then(|| {
        out_of_range(
            "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.",
            "millisecondsTimeout",
            ms,
        )
    })
}

/// Queues a waiter whose task (a `Task<bool>`) `Release` completes with true, and a timer
/// for a timeout other than -1 that completes it with false (`semaphore_timeout`).
fn enqueue_timed(s: Word, ms: i32, blocking: bool) -> *mut Task {
    let t = task::new_pending(Some(ElemKind::Bool));
    task::set_source(t, task::Source::Semaphore);
    let timer = if ms >= 0 {
        sched::add_timer(ms as u64, TimerAction::SemaphoreTimeout(s, t))
    } else {
        NO_TIMER
    };
    let sem = unsafe { &mut *(s as *mut Semaphore) };
    sem.waiters.push_back(Waiter {
        task: t,
        blocking,
        timer,
    });
    t
}

/// `Wait(millisecondsTimeout)`: true with a count taken, false when the timeout passed first.
pub(crate) extern "C" fn wait_timeout(s: Word, ms: Word, site: Word) -> Word {
    let ms = ms as u32 as i32;
    let Some(sem) = semaphore(s) else {
        return 0;
    };
    if let Some(e) = bad_timeout(ms) {
        return e;
    }
    if sem.count > 0 {
        sem.count -= 1;
        return 1;
    }
    if ms == 0 {
        return 0;
    }
    let t = enqueue_timed(s, ms, true);
    sched::block_on(t, site);
    unsafe { (*t).result }
}

/// `WaitAsync(millisecondsTimeout, cancellationToken)`: a `Task<bool>`, completed at once when a
/// count is free (true) or the timeout is 0 (false); canceled at once for a canceled token
/// (`Task.FromCanceled`); else queued, completed by `Release` (true), the timeout (false) or the
/// token (canceled with OperationCanceledException, as .NET's `ThrowIfCancellationRequested`).
fn wait_async_with(s: Word, ms: i32, token: Word) -> Word {
    let Some(sem) = semaphore(s) else {
        return 0;
    };
    if let Some(e) = bad_timeout(ms) {
        return e;
    }
    if crate::cancel::is_canceled(token) {
        let t = task::new_pending(Some(ElemKind::Bool));
        let e = exception::new_exception(&exception::TASK_CANCELED, None);
        task::complete(t, task::CANCELED, 0, vec![e]);
        return t as Word;
    }
    if sem.count > 0 || ms == 0 {
        let free = sem.count > 0;
        if free {
            sem.count -= 1;
        }
        return task::completed_task(Some(ElemKind::Bool), free as Word);
    }
    let t = enqueue_timed(s, ms, false);
    if token != 0 {
        crate::cancel::register_semaphore_wait(token, s, t);
    }
    t as Word
}

pub(crate) extern "C" fn wait_async_timeout(s: Word, ms: Word) -> Word {
    wait_async_with(s, ms as u32 as i32, 0)
}

extern "C" fn wait_async_token(s: Word, token: Word) -> Word {
    wait_async_with(s, -1, token)
}

extern "C" fn wait_async_timeout_token(s: Word, ms: Word, token: Word) -> Word {
    wait_async_with(s, ms as u32 as i32, token)
}

/// Takes waiter `t` off `s`'s queue; false when `Release` already served it.
fn unqueue(s: Word, t: *mut Task) -> Option<Waiter> {
    let sem = unsafe { &mut *(s as *mut Semaphore) };
    let i = sem.waiters.iter().position(|w| w.task == t)?;
    sem.waiters.remove(i)
}

/// A waiter's timeout passed (a timer's work item): its task completes with false.
pub(crate) fn semaphore_timeout(s: Word, t: *mut Task) {
    if unqueue(s, t).is_some() {
        task::complete(t, SUCCEEDED, 0, Vec::new());
    }
}

/// A waiter's token was canceled: its task is canceled. Without a timeout .NET runs the
/// continuations on the pool (the wait's cancellation task runs its continuations
/// asynchronously); with one, inside `Cancel` (the linked token cancels a `Task.Delay`,
/// whose continuations run at once).
pub(crate) fn semaphore_canceled(s: Word, t: *mut Task) {
    if let Some(w) = unqueue(s, t) {
        let e = exception::new_exception(&exception::OPERATION_CANCELED, None);
        if w.timer == NO_TIMER {
            task::complete_async(t, task::CANCELED, 0, vec![e]);
        } else {
            sched::cancel_timer(w.timer);
            task::complete(t, task::CANCELED, 0, vec![e]);
        }
    }
}

/// `Release(n)`: the count before; the first `n` waiters get a count each, the rest is freed.
fn release(s: Word, n: i32) -> Word {
    let Some(sem) = semaphore(s) else {
        return 0;
    };
    if n < 1 {
        return out_of_range(
            "The releaseCount argument must be greater than zero.",
            "releaseCount",
            n,
        );
    }
    let before = sem.count;
    if sem.max - before < n {
        return exception::throw_new(&exception::SEMAPHORE_FULL, None);
    }
    let served = (n as usize).min(sem.waiters.len());
    let woken: Vec<Waiter> = sem.waiters.drain(..served).collect();
    sem.count += n - served as i32;
    // The served tasks are only in `woken` now.
    let words: Vec<Word> = woken.iter().map(|w| w.task as Word).collect();
    let _roots = crate::gc::root(&words);
    for w in woken {
        sched::cancel_timer(w.timer);
        if w.blocking {
            // A timed `Wait(ms)` reads true from its `Task<bool>`; `Wait()`'s task has no result.
            let timed = unsafe { (*w.task).result_kind } == ElemKind::Bool as u8;
            task::complete(w.task, SUCCEEDED, timed as Word, Vec::new());
        } else {
            task::complete_async(w.task, SUCCEEDED, 1, Vec::new());
        }
    }
    before as i64 as Word
}

/// `Dispose()`: nothing to release (a later use does not throw ObjectDisposedException).
extern "C" fn semaphore_dispose(s: Word) -> Word {
    semaphore(s);
    0
}

extern "C" fn release_one(s: Word) -> Word {
    release(s, 1)
}

extern "C" fn release_many(s: Word, n: Word) -> Word {
    release(s, n as u32 as i32)
}

// ---- Collector support -----------------------------------------------------------------------

/// The references a source or a semaphore holds (gc/trace.rs).
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    unsafe {
        match object::desc_of(w).kind {
            Kind::TaskCompletionSource => f((*(w as *const Source)).task),
            Kind::SemaphoreSlim => (*(w as *const Semaphore))
                .waiters
                .iter()
                .for_each(|waiter| f(waiter.task as Word)),
            _ => {}
        }
    }
}

/// Frees a dead semaphore's queue.
/// # Safety
/// `w` is a source or a semaphore nothing reaches any more.
pub(crate) unsafe fn finalize(w: Word) {
    if object::desc_of(w).kind == Kind::SemaphoreSlim {
        std::ptr::drop_in_place(&mut (*(w as *mut Semaphore)).waiters);
    }
}

// ---- Entry points ----------------------------------------------------------------------------

type F0 = extern "C" fn() -> Word;
type F1 = extern "C" fn(Word) -> Word;
type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "TaskCompletionSource<TResult>.TaskCompletionSource()" => tcs_new as F1, TypeArgs;
        "TaskCompletionSource<TResult>.TaskCompletionSource(TaskCreationOptions)" => tcs_new_options as F2, TypeArgs;
        "TaskCompletionSource<TResult>.Task" => tcs_task as F1, None;
        "TaskCompletionSource<TResult>.SetResult(TResult)" => tcs_set_result as F2, None;
        "TaskCompletionSource<TResult>.TrySetResult(TResult)" => tcs_try_set_result as F2, None;
        "TaskCompletionSource<TResult>.SetException(Exception)" => tcs_set_exception as F2, None;
        "TaskCompletionSource<TResult>.TrySetException(Exception)" => tcs_try_set_exception as F2, None;
        "TaskCompletionSource<TResult>.SetException(IEnumerable<Exception>)" => tcs_set_exceptions as F2, None;
        "TaskCompletionSource<TResult>.TrySetException(IEnumerable<Exception>)" => tcs_try_set_exceptions as F2, None;
        "TaskCompletionSource<TResult>.SetCanceled()" => tcs_set_canceled as F1, None;
        "TaskCompletionSource<TResult>.TrySetCanceled()" => tcs_try_set_canceled as F1, None;
        "TaskCompletionSource.TaskCompletionSource()" => tcs_void_new as F0, None;
        "TaskCompletionSource.TaskCompletionSource(TaskCreationOptions)" => tcs_void_new_options as F1, None;
        "TaskCompletionSource.Task" => tcs_task as F1, None;
        "TaskCompletionSource.SetResult()" => tcs_void_set_result as F1, None;
        "TaskCompletionSource.TrySetResult()" => tcs_void_try_set_result as F1, None;
        "TaskCompletionSource.SetException(Exception)" => tcs_set_exception as F2, None;
        "TaskCompletionSource.TrySetException(Exception)" => tcs_try_set_exception as F2, None;
        "TaskCompletionSource.SetException(IEnumerable<Exception>)" => tcs_set_exceptions as F2, None;
        "TaskCompletionSource.TrySetException(IEnumerable<Exception>)" => tcs_try_set_exceptions as F2, None;
        "TaskCompletionSource.SetCanceled()" => tcs_set_canceled as F1, None;
        "TaskCompletionSource.TrySetCanceled()" => tcs_try_set_canceled as F1, None;
        "SemaphoreSlim.SemaphoreSlim(int)" => semaphore_new as F1, None;
        "SemaphoreSlim.SemaphoreSlim(int, int)" => semaphore_new_max as F2, None;
        "SemaphoreSlim.CurrentCount" => current_count as F1, None;
        "SemaphoreSlim.Wait()" => wait as F2, Site;
        "SemaphoreSlim.WaitAsync()" => wait_async as F1, None;
        "SemaphoreSlim.Wait(int)" => wait_timeout as F3, Site;
        "SemaphoreSlim.WaitAsync(int)" => wait_async_timeout as F2, None;
        "SemaphoreSlim.WaitAsync(CancellationToken)" => wait_async_token as F2, None;
        "SemaphoreSlim.WaitAsync(int, CancellationToken)" => wait_async_timeout_token as F3, None;
        "SemaphoreSlim.Release()" => release_one as F1, None;
        "SemaphoreSlim.Release(int)" => release_many as F2, None;
        "SemaphoreSlim.Dispose()" => semaphore_dispose as F1, None;
        "options.to_str" => options_to_str as F1, None;
        "box.options" => box_options as F1, None;
    }
}
