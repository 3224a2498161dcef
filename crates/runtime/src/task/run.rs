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
use crate::{entry_list, sched, Entry};

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
    }
    if crate::cancel::is_canceled(token) {
        canceled(t);
        return t as Word;
    }
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
    let r = invoke0(d, ret);
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

/// `ContinueWith`: a task holding the delegate (in its result until it runs) and how to call
/// it; it runs when the antecedent completes, whichever way.
pub(crate) fn continue_with(antecedent: Word, d: Word, kind: Option<ElemKind>, ret: Ret) -> Word {
    let a = super::from_word(antecedent);
    if a.is_null() {
        return exception::throw_null_reference();
    }
    if is_null(d) {
        return exception::throw_argument_null("continuationAction");
    }
    // Without a scheduler argument, `TaskScheduler.Current`'s: a scheduler of the program's.
    let current = sched::current_scheduler();
    if current != 0 {
        return crate::task_scheduler::continue_with(antecedent, d, current, kind, ret);
    }
    let _roots = crate::gc::root(&[antecedent, d]);
    let t = new_pending(kind);
    set_source(t, Source::Continuation);
    unsafe {
        (*t).result = d;
        // The call's result kind, a small number the collector ignores.
        (*t).inputs.push(ret as Word);
    }
    on_completed(a, Cont::Then(t));
    t as Word
}

/// The antecedent of a `ContinueWith` task finished: run its delegate with it.
pub(super) fn then_step(t: *mut Task, antecedent: *mut Task) {
    let (d, ret) = unsafe {
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
    let r = crate::delegate::invoke1(d, antecedent as Word, ElemKind::Ref, None, ret);
    if crate::pending::is_pending() {
        let e = crate::pending::take();
        return complete(t, FAULTED, 0, vec![e]);
    }
    complete(t, SUCCEEDED, r, Vec::new());
}

extern "C" fn continue_with_action(antecedent: Word, d: Word) -> Word {
    continue_with(antecedent, d, None, Ret::Void)
}
extern "C" fn continue_with_func(antecedent: Word, d: Word, kind: Word) -> Word {
    let k = ElemKind::from_code(kind);
    continue_with(antecedent, d, Some(k), Ret::of(Some(k)))
}
extern "C" fn continue_with_action_of(antecedent: Word, d: Word, _kind: Word) -> Word {
    continue_with_action(antecedent, d)
}
extern "C" fn continue_with_func_of(antecedent: Word, d: Word, _kind: Word, kind: Word) -> Word {
    continue_with_func(antecedent, d, kind)
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

pub fn entries() -> Vec<Entry> {
    entry_list! {
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
    }
}
