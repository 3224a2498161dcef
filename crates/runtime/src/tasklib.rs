//! The library members about tasks, awaiters, cancellation and threads, as entry points keyed by
//! sema's display of the member (`Task<TResult>.Result`).

// Task, box and source pointers come only from this runtime: the JIT hands back words it was
// given. That is the module's invariant, instead of `unsafe` on every function taking one.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::cancel;
use crate::collections;
use crate::exception;
use crate::object::{ElemKind, Word};
use crate::sched;
use crate::task::{self, *};
use crate::{entry_list, Entry};

fn null_check(w: Word) -> Option<Word> {
    (task::from_word(w).is_null()).then(|| exception::throw_new(&exception::NULL_REFERENCE, None))
}

extern "C" fn delay(ms: Word) -> Word {
    cancel::delay(ms, 0)
}
extern "C" fn delay_token(ms: Word, token: Word) -> Word {
    cancel::delay(ms, token)
}
extern "C" fn yield_() -> Word {
    0
}
extern "C" fn from_result(value: Word, kind: Word) -> Word {
    // The builders' cache, as since .NET 6 (Mono allocates every time: samples/cached-tasks).
    task::completed_task(Some(ElemKind::from_code(kind)), value)
}
/// `Task.FromException`: a task already faulted with `e` (faulted even for a cancellation,
/// as .NET's is).
fn from_exception(e: Word, kind: Option<ElemKind>) -> Word {
    if crate::object::is_null(e) {
        return exception::throw_argument_null("exception");
    }
    let t = task::new_pending(kind);
    task::complete(t, task::FAULTED, 0, vec![e]);
    t as Word
}
extern "C" fn from_exception_void(e: Word) -> Word {
    from_exception(e, None)
}
extern "C" fn from_exception_of(e: Word, kind: Word) -> Word {
    from_exception(e, Some(ElemKind::from_code(kind)))
}
/// `new CancellationTokenSource(ms)`: canceled at once for 0 (as .NET's constructor does, unlike
/// `CancelAfter(0)`, whose timer fires later), else as `CancelAfter(ms)`.
pub(crate) extern "C" fn new_source_after(ms: Word) -> Word {
    let s = cancel::new_source();
    let done = if ms as i32 == 0 {
        cancel::cancel(s)
    } else {
        cancel::cancel_after(s, ms)
    };
    if crate::pending::is_pending() {
        return done;
    }
    s
}
/// `CancellationToken.CanBeCanceled`: false only for `CancellationToken.None` (the word 0).
extern "C" fn can_be_canceled(token: Word) -> Word {
    Word::from(token != 0)
}
extern "C" fn completed_task() -> Word {
    task::completed_task_word()
}
extern "C" fn when_all(tasks: Word) -> Word {
    match collections::items_or_null_arg(tasks, "tasks") {
        Ok((_, ts)) => task::when_all(ts, None),
        Err(e) => e,
    }
}
extern "C" fn when_all_of(tasks: Word, kind: Word) -> Word {
    match collections::items_or_null_arg(tasks, "tasks") {
        Ok((_, ts)) => task::when_all(ts, Some(ElemKind::from_code(kind))),
        Err(e) => e,
    }
}
extern "C" fn when_any(tasks: Word) -> Word {
    match collections::items_or_null_arg(tasks, "tasks") {
        Ok((_, ts)) => task::when_any(ts),
        Err(e) => e,
    }
}
extern "C" fn wait(t: Word, site: Word) -> Word {
    task::wait(task::from_word(t), site);
    0
}
extern "C" fn result(t: Word, site: Word) -> Word {
    task::wait(task::from_word(t), site)
}
/// `GetAwaiter()` of a task or a configured awaitable: the awaiter is the same word.
extern "C" fn get_awaiter(t: Word) -> Word {
    null_check(t).unwrap_or(t)
}
extern "C" fn configure_await(t: Word, capture: Word) -> Word {
    if let Some(e) = null_check(t) {
        return e;
    }
    if capture == 0 {
        t | NO_CONTEXT
    } else {
        t
    }
}
extern "C" fn task_awaiter_is_completed(t: Word) -> Word {
    task::awaiter_is_completed(t, AWAIT_TASK)
}
extern "C" fn task_awaiter_get_result(t: Word, site: Word) -> Word {
    task::awaiter_get_result_at(t, AWAIT_TASK, site)
}
extern "C" fn is_completed(t: Word) -> Word {
    null_check(t).unwrap_or_else(|| unsafe { ((*task::from_word(t)).status != PENDING) as Word })
}
extern "C" fn is_faulted(t: Word) -> Word {
    null_check(t).unwrap_or_else(|| unsafe { ((*task::from_word(t)).status == FAULTED) as Word })
}
extern "C" fn is_completed_successfully(t: Word) -> Word {
    null_check(t).unwrap_or_else(|| unsafe { ((*task::from_word(t)).status == SUCCEEDED) as Word })
}
/// `Task.FromCanceled(token)`: a canceled task whose exception carries the token; the token
/// must be canceled (else .NET's ArgumentOutOfRangeException).
fn from_canceled(token: Word, kind: Option<ElemKind>) -> Word {
    if !cancel::is_canceled(token) {
        return exception::throw_out_of_range("cancellationToken");
    }
    let t = task::new_pending(kind);
    let e = exception::new_exception(&exception::TASK_CANCELED, None);
    task::complete(t, CANCELED, 0, vec![e]);
    t as Word
}
extern "C" fn from_canceled_void(token: Word) -> Word {
    from_canceled(token, None)
}
extern "C" fn from_canceled_of(token: Word, kind: Word) -> Word {
    from_canceled(token, Some(ElemKind::from_code(kind)))
}
extern "C" fn vt_is_completed_successfully(v: Word) -> Word {
    if task::is_inline(v) {
        return 1;
    }
    is_completed_successfully(v)
}
extern "C" fn is_canceled(t: Word) -> Word {
    null_check(t).unwrap_or_else(|| unsafe { ((*task::from_word(t)).status == CANCELED) as Word })
}
extern "C" fn status(t: Word) -> Word {
    null_check(t).unwrap_or_else(|| task::status_of(task::from_word(t)))
}
extern "C" fn exception_of(t: Word) -> Word {
    null_check(t).unwrap_or_else(|| task::exception_of(task::from_word(t)))
}

// ValueTask words: an inline result or a task (task.rs).
extern "C" fn vt_is_completed(v: Word) -> Word {
    task::awaiter_is_completed(v, AWAIT_VALUE_TASK)
}
extern "C" fn vt_result(v: Word, site: Word) -> Word {
    task::awaiter_get_result_at(v, AWAIT_VALUE_TASK, site)
}
extern "C" fn vt_as_task(v: Word) -> Word {
    vt_as_task_of(v, 255)
}
extern "C" fn vt_as_task_of(v: Word, kind: Word) -> Word {
    if task::is_inline(v) {
        // `Task.FromResult(result)`, as .NET's AsTask does.
        let kind = (kind != 255).then(|| ElemKind::from_code(kind));
        return task::completed_task(kind, task::inline_result(v));
    }
    v & !NO_CONTEXT
}
extern "C" fn vt_from_value(value: Word, kind: Word) -> Word {
    task::inline_value(ElemKind::from_code(kind), value)
}
extern "C" fn vt_from_task(t: Word) -> Word {
    null_check(t).unwrap_or(t)
}
extern "C" fn vt_configure_await(v: Word, capture: Word) -> Word {
    if task::is_inline(v) || capture != 0 {
        v
    } else {
        v | NO_CONTEXT
    }
}
extern "C" fn yield_is_completed(_: Word) -> Word {
    0
}
extern "C" fn nothing(_: Word) -> Word {
    0
}

extern "C" fn token(source: Word) -> Word {
    if source == 0 {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    source
}
extern "C" fn token_none() -> Word {
    0
}
extern "C" fn thread_id() -> Word {
    sched::current_managed_id() as i64 as Word
}

// Runtime helpers for `TaskStatus`, the one enum.
extern "C" fn status_to_str(v: Word) -> Word {
    crate::string::new_string(&crate::string::to_string_of(v, ElemKind::TaskStatus))
}
extern "C" fn box_status(v: Word) -> Word {
    crate::collections::box_value(v, ElemKind::TaskStatus)
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "Environment.CurrentManagedThreadId" => thread_id as extern "C" fn() -> Word, None, nothrow;
        "Task.Delay(int)" => delay as extern "C" fn(Word) -> Word, None;
        "Task.Delay(int, CancellationToken)" => delay_token as extern "C" fn(Word, Word) -> Word, None;
        "Task.Yield()" => yield_ as extern "C" fn() -> Word, None, nothrow;
        "Task.FromResult<TResult>(TResult)" => from_result as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "Task.CompletedTask" => completed_task as extern "C" fn() -> Word, None, nothrow;
        "Task.FromException(Exception)" => from_exception_void as extern "C" fn(Word) -> Word, None;
        "Task.FromException<TResult>(Exception)" => from_exception_of as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "Task.WhenAll(params Task[])" => when_all as extern "C" fn(Word) -> Word, None;
        "Task.WhenAll(IEnumerable<Task>)" => when_all as extern "C" fn(Word) -> Word, None;
        "Task.WhenAll<TResult>(params Task<TResult>[])" => when_all_of as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "Task.WhenAll<TResult>(IEnumerable<Task<TResult>>)" => when_all_of as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "Task.WhenAny(params Task[])" => when_any as extern "C" fn(Word) -> Word, None;
        "Task.WhenAny(IEnumerable<Task>)" => when_any as extern "C" fn(Word) -> Word, None;
        "Task.WhenAny<TResult>(params Task<TResult>[])" => when_any as extern "C" fn(Word) -> Word, None;
        "Task.WhenAny<TResult>(IEnumerable<Task<TResult>>)" => when_any as extern "C" fn(Word) -> Word, None;
        "Task.Wait()" => wait as extern "C" fn(Word, Word) -> Word, Site;
        "Task.GetAwaiter()" => get_awaiter as extern "C" fn(Word) -> Word, None;
        "Task.ConfigureAwait(bool)" => configure_await as extern "C" fn(Word, Word) -> Word, None;
        "Task.IsCompleted" => is_completed as extern "C" fn(Word) -> Word, None;
        "Task.IsFaulted" => is_faulted as extern "C" fn(Word) -> Word, None;
        "Task.IsCanceled" => is_canceled as extern "C" fn(Word) -> Word, None;
        "Task.IsCompletedSuccessfully" => is_completed_successfully as extern "C" fn(Word) -> Word, None;
        "Task.FromCanceled(CancellationToken)" => from_canceled_void as extern "C" fn(Word) -> Word, None;
        "Task.FromCanceled<TResult>(CancellationToken)" => from_canceled_of as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "ValueTask.IsCompletedSuccessfully" => vt_is_completed_successfully as extern "C" fn(Word) -> Word, None;
        "ValueTask<TResult>.IsCompletedSuccessfully" => vt_is_completed_successfully as extern "C" fn(Word) -> Word, None;
        "Task.Status" => status as extern "C" fn(Word) -> Word, None;
        "Task.Exception" => exception_of as extern "C" fn(Word) -> Word, None;
        "Task<TResult>.Result" => result as extern "C" fn(Word, Word) -> Word, Site;
        "Task<TResult>.GetAwaiter()" => get_awaiter as extern "C" fn(Word) -> Word, None;
        "Task<TResult>.ConfigureAwait(bool)" => configure_await as extern "C" fn(Word, Word) -> Word, None;
        "TaskAwaiter.IsCompleted" => task_awaiter_is_completed as extern "C" fn(Word) -> Word, None;
        "TaskAwaiter.GetResult()" => task_awaiter_get_result as extern "C" fn(Word, Word) -> Word, Site;
        "TaskAwaiter<TResult>.IsCompleted" => task_awaiter_is_completed as extern "C" fn(Word) -> Word, None;
        "TaskAwaiter<TResult>.GetResult()" => task_awaiter_get_result as extern "C" fn(Word, Word) -> Word, Site;
        "ConfiguredTaskAwaitable.GetAwaiter()" => get_awaiter as extern "C" fn(Word) -> Word, None;
        "ConfiguredTaskAwaitable<TResult>.GetAwaiter()" => get_awaiter as extern "C" fn(Word) -> Word, None;
        "ConfiguredTaskAwaitable.ConfiguredTaskAwaiter.IsCompleted" => task_awaiter_is_completed as extern "C" fn(Word) -> Word, None;
        "ConfiguredTaskAwaitable.ConfiguredTaskAwaiter.GetResult()" => task_awaiter_get_result as extern "C" fn(Word, Word) -> Word, Site;
        "ConfiguredTaskAwaitable<TResult>.ConfiguredTaskAwaiter.IsCompleted" => task_awaiter_is_completed as extern "C" fn(Word) -> Word, None;
        "ConfiguredTaskAwaitable<TResult>.ConfiguredTaskAwaiter.GetResult()" => task_awaiter_get_result as extern "C" fn(Word, Word) -> Word, Site;
        "ValueTask.IsCompleted" => vt_is_completed as extern "C" fn(Word) -> Word, None;
        "ValueTask.AsTask()" => vt_as_task as extern "C" fn(Word) -> Word, None;
        "ValueTask.GetAwaiter()" => vt_identity as extern "C" fn(Word) -> Word, None;
        "ValueTask.ConfigureAwait(bool)" => vt_configure_await as extern "C" fn(Word, Word) -> Word, None;
        "ValueTask.ValueTask(Task)" => vt_from_task as extern "C" fn(Word) -> Word, None;
        "ValueTask<TResult>.ValueTask(TResult)" => vt_from_value as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "ValueTask<TResult>.ValueTask(Task<TResult>)" => vt_from_task as extern "C" fn(Word) -> Word, None;
        "ValueTask<TResult>.IsCompleted" => vt_is_completed as extern "C" fn(Word) -> Word, None;
        "ValueTask<TResult>.Result" => vt_result as extern "C" fn(Word, Word) -> Word, Site;
        "ValueTask<TResult>.AsTask()" => vt_as_task_of as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "ValueTask<TResult>.GetAwaiter()" => vt_identity as extern "C" fn(Word) -> Word, None;
        "ValueTask<TResult>.ConfigureAwait(bool)" => vt_configure_await as extern "C" fn(Word, Word) -> Word, None;
        "ValueTaskAwaiter.IsCompleted" => vt_is_completed as extern "C" fn(Word) -> Word, None;
        "ValueTaskAwaiter.GetResult()" => vt_result as extern "C" fn(Word, Word) -> Word, Site;
        "ValueTaskAwaiter<TResult>.IsCompleted" => vt_is_completed as extern "C" fn(Word) -> Word, None;
        "ValueTaskAwaiter<TResult>.GetResult()" => vt_result as extern "C" fn(Word, Word) -> Word, Site;
        "ConfiguredValueTaskAwaitable.GetAwaiter()" => vt_identity as extern "C" fn(Word) -> Word, None;
        "ConfiguredValueTaskAwaitable<TResult>.GetAwaiter()" => vt_identity as extern "C" fn(Word) -> Word, None;
        "ConfiguredValueTaskAwaitable.ConfiguredValueTaskAwaiter.IsCompleted" => vt_is_completed as extern "C" fn(Word) -> Word, None;
        "ConfiguredValueTaskAwaitable.ConfiguredValueTaskAwaiter.GetResult()" => vt_result as extern "C" fn(Word, Word) -> Word, Site;
        "ConfiguredValueTaskAwaitable<TResult>.ConfiguredValueTaskAwaiter.IsCompleted" => vt_is_completed as extern "C" fn(Word) -> Word, None;
        "ConfiguredValueTaskAwaitable<TResult>.ConfiguredValueTaskAwaiter.GetResult()" => vt_result as extern "C" fn(Word, Word) -> Word, Site;
        "YieldAwaitable.GetAwaiter()" => nothing as extern "C" fn(Word) -> Word, None, nothrow;
        "YieldAwaitable.YieldAwaiter.IsCompleted" => yield_is_completed as extern "C" fn(Word) -> Word, None, nothrow;
        "YieldAwaitable.YieldAwaiter.GetResult()" => nothing as extern "C" fn(Word) -> Word, None, nothrow;
        "CancellationTokenSource.CancellationTokenSource()" => cancel::new_source as extern "C" fn() -> Word, None;
        "CancellationTokenSource.CancellationTokenSource(int)" => new_source_after as extern "C" fn(Word) -> Word, None;
        "CancellationTokenSource.Token" => token as extern "C" fn(Word) -> Word, None;
        "CancellationTokenSource.CreateLinkedTokenSource(CancellationToken)" => cancel::create_linked as extern "C" fn(Word) -> Word, None;
        "CancellationTokenSource.CreateLinkedTokenSource(CancellationToken, CancellationToken)" => cancel::create_linked2 as extern "C" fn(Word, Word) -> Word, None;
        "CancellationTokenSource.Cancel()" => cancel::cancel as extern "C" fn(Word) -> Word, None;
        "CancellationTokenSource.Dispose()" => cancel::dispose as extern "C" fn(Word) -> Word, None;
        "CancellationTokenSource.CancelAfter(int)" => cancel::cancel_after as extern "C" fn(Word, Word) -> Word, None;
        "CancellationTokenSource.IsCancellationRequested" => is_cancellation_requested_source as extern "C" fn(Word) -> Word, None;
        "CancellationToken.None" => token_none as extern "C" fn() -> Word, None, nothrow;
        "CancellationToken.CanBeCanceled" => can_be_canceled as extern "C" fn(Word) -> Word, None, nothrow;
        "CancellationToken.IsCancellationRequested" => cancel::is_cancellation_requested as extern "C" fn(Word) -> Word, None;
        "CancellationToken.ThrowIfCancellationRequested()" => cancel::throw_if_cancellation_requested as extern "C" fn(Word) -> Word, None;
        "status.to_str" => status_to_str as extern "C" fn(Word) -> Word, None;
        "box.status" => box_status as extern "C" fn(Word) -> Word, None;
        "box.valuetask" => task::box_value_task as extern "C" fn(Word, Word) -> Word, None;
        "valuetask.to_str" => task::value_task_to_str as extern "C" fn(Word, Word) -> Word, None;
        "rt.init_class" => crate::init::init_class as extern "C" fn(Word, *mut Word, Word) -> Word, None;
        "rt.count_await" => crate::sites::count_await as extern "C" fn(Word, Word) -> Word, None, nothrow;
        "rt.count_elided" => crate::task::count_elided as extern "C" fn(Word, Word) -> Word, None, nothrow;
        "rt.trace_enter" => crate::timeline::trace_enter as extern "C" fn(Word, Word) -> Word, None, nothrow;
        "rt.trace_leave" => crate::timeline::trace_leave as extern "C" fn(Word, Word) -> Word, None, nothrow;
        "rt.frame" => crate::trace::frame as extern "C" fn(Word, Word) -> Word, None;
        "rt.ref_equals" => ref_equals as extern "C" fn(Word, Word) -> Word, None;
        "rt.get_awaiter" => awaiter_get as extern "C" fn(Word, Word) -> Word, None;
        "rt.awaiter_is_completed" => task::awaiter_is_completed as extern "C" fn(Word, Word) -> Word, None;
        "rt.assert_known_complete" => task::assert_known_complete as extern "C" fn(Word, Word) -> Word, None, nothrow;
        "rt.awaiter_get_result" => task::awaiter_get_result as extern "C" fn(Word, Word) -> Word, None;
        "rt.awaiter_get_result_owned" => task::awaiter_get_result_owned as extern "C" fn(Word, Word) -> Word, None;
        "rt.sm_await" => task::sm_await as extern "C" fn(*mut u8, Word, Word, Word) -> Word, None;
        "rt.awaiter_threw" => task::awaiter_threw as extern "C" fn(Word) -> Word, None, nothrow;
        "rt.sm_continuation" => task::sm_continuation as extern "C" fn(Word, Word) -> Word, None;
        "rt.sm_set_result" => task::sm_set_result as extern "C" fn(*mut u8, Word, Word) -> Word, None;
        "rt.release_box" => task::release_box as extern "C" fn(Word) -> Word, None;
        "rt.sm_set_exception" => task::sm_set_exception as extern "C" fn(*mut u8, Word, Word) -> Word, None;
    }
}

extern "C" fn vt_identity(v: Word) -> Word {
    v
}

extern "C" fn is_cancellation_requested_source(source: Word) -> Word {
    if source == 0 {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    cancel::is_cancellation_requested(source)
}

/// The `GetAwaiter` of an `await`: tasks must not be null; the other awaiters are their word.
extern "C" fn awaiter_get(w: Word, kind: Word) -> Word {
    match kind {
        AWAIT_TASK | AWAIT_CONFIGURED => null_check(w).unwrap_or(w),
        _ => w,
    }
}

/// `==` on references: strings by value (C#'s `string ==`), everything else by identity.
extern "C" fn ref_equals(a: Word, b: Word) -> Word {
    if a == b {
        return 1;
    }
    if !crate::object::is_object(a) || !crate::object::is_object(b) {
        return 0;
    }
    let string = |w| unsafe { crate::object::desc_of(w).kind == crate::object::Kind::String };
    if string(a) && string(b) {
        return unsafe { (crate::string::as_str(a) == crate::string::as_str(b)) as Word };
    }
    0
}
