//! `Task.Run`: the delegate runs as a work item of the pool, and its task completes with what
//! the delegate returns, or as the task the delegate returns completes (.NET's unwrap promise
//! for `Func<Task>` and `Func<Task<T>>`). With a token canceled before the item runs, the task
//! is canceled and the delegate never runs; an `OperationCanceledException` thrown while the
//! token is canceled cancels it too.

use super::{
    complete, new_pending, on_completed, set_source, Cont, Source, Task, CANCELED, FAULTED,
    PENDING, SUCCEEDED,
};
use crate::delegate::{invoke0, Ret};
use crate::exception;
use crate::object::{is_null, ElemKind, Word};
use crate::{entry_list, sched, Entry, F3, F4, F5};

type F6 = extern "C" fn(Word, Word, Word, Word, Word, Word) -> Word;
type F7 = extern "C" fn(Word, Word, Word, Word, Word, Word, Word) -> Word;

/// How a work item calls its delegate: `Action`, `Func<TResult>` (with the result's `Ret`),
/// `Func<Task>`/`Func<Task<TResult>>`.
pub(super) const ACTION: u8 = 0;
const UNWRAP: u8 = 1;
pub(super) const FUNC: u8 = 2;

pub(super) fn start(d: Word, token: Word, how: u8, kind: Option<ElemKind>, what: &str) -> Word {
    if is_null(d) {
        return exception::throw_argument_null(what);
    }
    let _roots = crate::gc::root(&[d, token]);
    let t = new_pending(kind);
    // A task that runs the delegate (`Start()` calls it started); `Task.Run`'s of a delegate
    // returning a task is its unwrap promise.
    if how != UNWRAP {
        set_source(t, Source::Delegate);
    } else if crate::sites::enabled() {
        // .NET's `Task.Run(Func<Task>)` is `StartNew` (a `Task<Task>` of its own) unwrapped by
        // a proxy: two tasks where unawait makes the one.
        super::builder::count_dotnet_task();
    }
    if crate::cancel::is_canceled(token) {
        canceled(t);
        return t as Word;
    }
    crate::exec_ctx::capture_for(t);
    sched::queue(sched::Work::Run(d, t, how, token));
    t as Word
}

fn canceled(t: *mut Task) {
    let e = exception::new_exception(&exception::TASK_CANCELED, None);
    complete(t, CANCELED, 0, vec![e]);
}

/// Runs a `Task.Run` work item (`sched::Work::Run`).
pub fn run_delegate(d: Word, t: *mut Task, how: u8, token: Word) {
    if crate::cancel::is_canceled(token) {
        crate::exec_ctx::forget(t);
        return canceled(t);
    }
    if how != UNWRAP {
        set_source(t, Source::DelegateRunning);
    }
    let ret = match how {
        ACTION => Ret::Void,
        UNWRAP => Ret::Word,
        _ => Ret::of(Some(ElemKind::from_code(
            unsafe { (*t).result_kind } as Word
        ))),
    };
    let context = crate::exec_ctx::enter(t);
    let r = invoke0(d, ret);
    crate::exec_ctx::leave(context);
    if crate::pending::is_pending() {
        let e = crate::pending::take();
        let oce = unsafe { crate::object::desc_of(e) }.is_a(&exception::OPERATION_CANCELED);
        if oce && crate::cancel::is_canceled(token) {
            return complete(t, CANCELED, 0, vec![e]);
        }
        return complete(t, FAULTED, 0, vec![e]);
    }
    if how != UNWRAP {
        return complete(t, SUCCEEDED, r, Vec::new());
    }
    let inner = super::from_word(r);
    if inner.is_null() {
        return canceled(t);
    }
    on_completed(inner, Cont::Unwrap(t));
}

/// The task a `Task.Run` delegate returned has completed: so does the proxy, the same way.
/// For `Unwrap()` (`factory.rs`) the proxy waits for its outer task first (its `inputs`):
/// that one's successful result is the inner task to wait for next.
pub(super) fn unwrap_step(proxy: *mut Task, inner: *mut Task) {
    unsafe {
        if (*proxy).status != PENDING {
            return;
        }
        if (*proxy).inputs.first() == Some(&(inner as Word)) {
            (*proxy).inputs.clear();
            if (*inner).status == SUCCEEDED {
                let next = super::from_word((*inner).result);
                if next.is_null() {
                    return canceled(proxy);
                }
                return on_completed(next, Cont::Unwrap(proxy));
            }
        }
        (*inner).observed = true;
        let (status, result) = ((*inner).status, (*inner).result);
        let exceptions: Vec<Word> = (*inner).exceptions.iter().copied().collect();
        complete(proxy, status, result, exceptions);
    }
}

// `TaskContinuationOptions`: which outcomes of the antecedent run the continuation, and
// whether it runs inline on the thread that completed the antecedent.
const NOT_ON_RAN_TO_COMPLETION: Word = 0x10000;
const NOT_ON_FAULTED: Word = 0x20000;
const NOT_ON_CANCELED: Word = 0x40000;
const EXECUTE_SYNCHRONOUSLY: Word = 0x80000;
const LONG_RUNNING: Word = 2;

/// `ContinueWith`: a task holding the delegate (in its result until it runs) and how to call
/// it (its `inputs`: the call's result kind and the options, small numbers the collector
/// ignores); it runs when the antecedent completes, whichever way the options allow. With a
/// token, the continuation is canceled as soon as the token is.
pub(crate) fn continue_with(
    antecedent: Word,
    d: Word,
    kind: Option<ElemKind>,
    ret: Ret,
    token: Word,
    options: Word,
) -> Word {
    let a = super::from_word(antecedent);
    if a.is_null() {
        return exception::throw_null_reference();
    }
    if is_null(d) {
        return exception::throw_argument_null("continuationAction");
    }
    let options = options as u32 as Word;
    let not_on = NOT_ON_RAN_TO_COMPLETION | NOT_ON_FAULTED | NOT_ON_CANCELED;
    if options & not_on == not_on {
        return crate::pending::throw(exception::new_with_param(
            &exception::ARGUMENT_OUT_OF_RANGE,
            Some("The specified TaskContinuationOptions excluded all continuation kinds."),
            "continuationOptions",
        ));
    }
    if options & (LONG_RUNNING | EXECUTE_SYNCHRONOUSLY) == LONG_RUNNING | EXECUTE_SYNCHRONOUSLY {
        return crate::pending::throw(exception::new_with_param(
            &exception::ARGUMENT_OUT_OF_RANGE,
            Some("The specified TaskContinuationOptions combined LongRunning and ExecuteSynchronously.  Synchronous continuations should not be long running."),
            "continuationOptions",
        ));
    }
    // Without a scheduler argument, `TaskScheduler.Current`'s: a scheduler of the program's
    // (which takes the plain overloads' continuations).
    let current = sched::current_scheduler();
    if current != 0 && token == 0 && options == 0 {
        return crate::task_scheduler::continue_with(antecedent, d, current, kind, ret);
    }
    let _roots = crate::gc::root(&[antecedent, d, token]);
    let t = new_pending(kind);
    set_source(t, Source::Continuation);
    unsafe {
        (*t).result = d;
        (*t).inputs.push(ret as Word);
        (*t).inputs.push(options);
    }
    crate::exec_ctx::capture_for(t);
    if crate::cancel::is_canceled(token) {
        cancel_continuation(t);
    } else if token != 0 {
        crate::cancel::register_continuation(token, t);
    }
    on_completed(a, Cont::Then(t));
    t as Word
}

/// Whether the `ContinueWith` task `t` runs where its antecedent `done` completes: with
/// `ExecuteSynchronously`, or to be canceled at once (its options exclude `done`'s outcome, or
/// its token canceled it already).
pub(super) fn runs_inline(t: *mut Task, done: *mut Task) -> bool {
    unsafe {
        let options = options_of(t);
        (*t).status != PENDING
            || options & (EXECUTE_SYNCHRONOUSLY | excluded_by((*done).status)) != 0
    }
}

/// A `ContinueWith` task's options (0 once it ran or was canceled).
fn options_of(t: *mut Task) -> Word {
    let inputs = unsafe { &(*t).inputs };
    inputs.get(1).copied().unwrap_or(0)
}

/// The option that excludes an antecedent that ended with `status`.
fn excluded_by(status: u8) -> Word {
    match status {
        SUCCEEDED => NOT_ON_RAN_TO_COMPLETION,
        FAULTED => NOT_ON_FAULTED,
        _ => NOT_ON_CANCELED,
    }
}

/// A `ContinueWith` task whose token was canceled, or whose options exclude how its
/// antecedent ended: canceled, its delegate never run.
pub fn cancel_continuation(t: *mut Task) {
    unsafe {
        if (*t).status != PENDING {
            return;
        }
        (*t).inputs.clear();
    }
    crate::exec_ctx::forget(t);
    canceled(t);
}

/// The antecedent of a `ContinueWith` task finished: run its delegate with it, unless the
/// task was canceled meanwhile or its options exclude the antecedent's outcome.
pub(super) fn then_step(t: *mut Task, antecedent: *mut Task) {
    let (d, ret) = unsafe {
        if (*t).status != PENDING {
            return;
        }
        let options = options_of(t);
        if options & excluded_by((*antecedent).status) != 0 {
            return cancel_continuation(t);
        }
        let d = std::mem::replace(&mut (*t).result, 0);
        let ret = match (*t).inputs.first().copied() {
            Some(x) if x == Ret::Word as Word => Ret::Word,
            Some(x) if x == Ret::I32 as Word => Ret::I32,
            Some(x) if x == Ret::Bool as Word => Ret::Bool,
            Some(x) if x == Ret::F64 as Word => Ret::F64,
            _ => Ret::Void,
        };
        (*t).inputs.clear();
        (d, ret)
    };
    // The continuation is handed the antecedent: its exception is observed.
    unsafe { (*antecedent).observed = true };
    let _roots = crate::gc::root(&[d, antecedent as Word]);
    let ctx = crate::exec_ctx::enter(t);
    let r = crate::delegate::invoke1(d, antecedent as Word, ElemKind::Ref, None, ret);
    crate::exec_ctx::leave(ctx);
    if crate::pending::is_pending() {
        let e = crate::pending::take();
        return complete(t, FAULTED, 0, vec![e]);
    }
    complete(t, SUCCEEDED, r, Vec::new());
}

extern "C" fn continue_with_action(antecedent: Word, d: Word) -> Word {
    continue_with(antecedent, d, None, Ret::Void, 0, 0)
}
extern "C" fn continue_with_func(antecedent: Word, d: Word, kind: Word) -> Word {
    let k = ElemKind::from_code(kind);
    continue_with(antecedent, d, Some(k), Ret::of(Some(k)), 0, 0)
}
extern "C" fn continue_with_action_of(antecedent: Word, d: Word, _kind: Word) -> Word {
    continue_with_action(antecedent, d)
}
extern "C" fn continue_with_func_of(antecedent: Word, d: Word, _kind: Word, kind: Word) -> Word {
    continue_with_func(antecedent, d, kind)
}

// With a token and options (the scheduler is the pool's, the only one): `_with` takes both.
extern "C" fn action_with(a: Word, d: Word, token: Word, options: Word, _s: Word) -> Word {
    continue_with(a, d, None, Ret::Void, token, options)
}
extern "C" fn action_options(a: Word, d: Word, options: Word) -> Word {
    continue_with(a, d, None, Ret::Void, 0, options)
}
extern "C" fn action_token(a: Word, d: Word, token: Word) -> Word {
    continue_with(a, d, None, Ret::Void, token, 0)
}
fn func_with(a: Word, d: Word, token: Word, options: Word, kind: Word) -> Word {
    let k = ElemKind::from_code(kind);
    continue_with(a, d, Some(k), Ret::of(Some(k)), token, options)
}
extern "C" fn func_options(a: Word, d: Word, options: Word, kind: Word) -> Word {
    func_with(a, d, 0, options, kind)
}
extern "C" fn func_token(a: Word, d: Word, token: Word, kind: Word) -> Word {
    func_with(a, d, token, 0, kind)
}
extern "C" fn func_all(a: Word, d: Word, token: Word, options: Word, _s: Word, kind: Word) -> Word {
    func_with(a, d, token, options, kind)
}
// `Task<TResult>`'s: the receiver's type argument comes first among the kinds.
extern "C" fn action_of_options(a: Word, d: Word, options: Word, _k: Word) -> Word {
    action_options(a, d, options)
}
extern "C" fn action_of_token(a: Word, d: Word, token: Word, _k: Word) -> Word {
    action_token(a, d, token)
}
extern "C" fn action_of_all(
    a: Word,
    d: Word,
    token: Word,
    options: Word,
    s: Word,
    _k: Word,
) -> Word {
    action_with(a, d, token, options, s)
}
extern "C" fn func_of_options(a: Word, d: Word, options: Word, _k: Word, kind: Word) -> Word {
    func_with(a, d, 0, options, kind)
}
extern "C" fn func_of_token(a: Word, d: Word, token: Word, _k: Word, kind: Word) -> Word {
    func_with(a, d, token, 0, kind)
}
extern "C" fn func_of_all(
    a: Word,
    d: Word,
    token: Word,
    options: Word,
    _s: Word,
    _k: Word,
    kind: Word,
) -> Word {
    func_with(a, d, token, options, kind)
}

extern "C" fn run_action(d: Word) -> Word {
    start(d, 0, ACTION, None, "action")
}
extern "C" fn run_action_token(d: Word, token: Word) -> Word {
    start(d, token, ACTION, None, "action")
}
extern "C" fn run_task(d: Word) -> Word {
    start(d, 0, UNWRAP, None, "function")
}
extern "C" fn run_task_token(d: Word, token: Word) -> Word {
    start(d, token, UNWRAP, None, "function")
}
extern "C" fn run_func(d: Word, kind: Word) -> Word {
    start(d, 0, FUNC, Some(ElemKind::from_code(kind)), "function")
}
extern "C" fn run_func_token(d: Word, token: Word, kind: Word) -> Word {
    start(d, token, FUNC, Some(ElemKind::from_code(kind)), "function")
}
extern "C" fn run_task_of(d: Word, kind: Word) -> Word {
    start(d, 0, UNWRAP, Some(ElemKind::from_code(kind)), "function")
}
extern "C" fn run_task_of_token(d: Word, token: Word, kind: Word) -> Word {
    start(
        d,
        token,
        UNWRAP,
        Some(ElemKind::from_code(kind)),
        "function",
    )
}

extern "C" fn options_to_str(v: Word) -> Word {
    crate::string::new_string(&crate::string::to_string_of(
        v,
        ElemKind::TaskContinuationOptions,
    ))
}

extern "C" fn box_options(v: Word) -> Word {
    crate::collections::box_value(v, ElemKind::TaskContinuationOptions)
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "continuation_options.to_str" => options_to_str as crate::F1, None;
        "box.continuation_options" => box_options as crate::F1, None;
        "Task.Run(Action)" => run_action as extern "C" fn(Word) -> Word, None;
        "Task.Run(Action, CancellationToken)" => run_action_token as extern "C" fn(Word, Word) -> Word, None;
        "Task.Run(Func<Task>)" => run_task as extern "C" fn(Word) -> Word, None;
        "Task.Run(Func<Task>, CancellationToken)" => run_task_token as extern "C" fn(Word, Word) -> Word, None;
        "Task.Run<TResult>(Func<TResult>)" => run_func as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "Task.Run<TResult>(Func<TResult>, CancellationToken)" => run_func_token as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "Task.Run<TResult>(Func<Task<TResult>>)" => run_task_of as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "Task.Run<TResult>(Func<Task<TResult>>, CancellationToken)" => run_task_of_token as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "Task.ContinueWith(Action<Task>)" => continue_with_action as extern "C" fn(Word, Word) -> Word, None;
        "Task.ContinueWith<TResult>(Func<Task, TResult>)" => continue_with_func as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "Task<TResult>.ContinueWith(Action<Task<TResult>>)" => continue_with_action_of as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "Task<TResult>.ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult>)" => continue_with_func_of as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgs;
        "Task.ContinueWith(Action<Task>, TaskContinuationOptions)" => action_options as F3, None;
        "Task.ContinueWith(Action<Task>, CancellationToken)" => action_token as F3, None;
        "Task.ContinueWith(Action<Task>, CancellationToken, TaskContinuationOptions, TaskScheduler)" => action_with as F5, None;
        "Task.ContinueWith<TResult>(Func<Task, TResult>, TaskContinuationOptions)" => func_options as F4, TypeArgs;
        "Task.ContinueWith<TResult>(Func<Task, TResult>, CancellationToken)" => func_token as F4, TypeArgs;
        "Task.ContinueWith<TResult>(Func<Task, TResult>, CancellationToken, TaskContinuationOptions, TaskScheduler)" => func_all as F6, TypeArgs;
        "Task<TResult>.ContinueWith(Action<Task<TResult>>, TaskContinuationOptions)" => action_of_options as F4, TypeArgs;
        "Task<TResult>.ContinueWith(Action<Task<TResult>>, CancellationToken)" => action_of_token as F4, TypeArgs;
        "Task<TResult>.ContinueWith(Action<Task<TResult>>, CancellationToken, TaskContinuationOptions, TaskScheduler)" => action_of_all as F6, TypeArgs;
        "Task<TResult>.ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult>, TaskContinuationOptions)" => func_of_options as F5, TypeArgs;
        "Task<TResult>.ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult>, CancellationToken)" => func_of_token as F5, TypeArgs;
        "Task<TResult>.ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult>, CancellationToken, TaskContinuationOptions, TaskScheduler)" => func_of_all as F7, TypeArgs;
    }
}
