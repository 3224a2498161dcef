//! `Task.Run`: the delegate runs as a work item of the pool, and its task completes with what
//! the delegate returns, or as the task the delegate returns completes (.NET's unwrap promise
//! for `Func<Task>` and `Func<Task<T>>`). With a token canceled before the item runs, the task
//! is canceled and the delegate never runs; an `OperationCanceledException` thrown while the
//! token is canceled cancels it too.

use super::{
    complete, new_pending, on_completed, Cont, Task, CANCELED, FAULTED, PENDING, SUCCEEDED,
};
use crate::delegate::{invoke0, Ret};
use crate::exception;
use crate::object::{is_null, ElemKind, Word};
use crate::{entry_list, sched, Entry};

/// How a work item calls its delegate: `Action`, `Func<TResult>` (with the result's `Ret`),
/// `Func<Task>`/`Func<Task<TResult>>`.
const ACTION: u8 = 0;
const UNWRAP: u8 = 1;
const FUNC: u8 = 2;

fn start(d: Word, token: Word, how: u8, kind: Option<ElemKind>, what: &str) -> Word {
    if is_null(d) {
        return exception::throw_argument_null(what);
    }
    let t = new_pending(kind);
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
pub(super) fn unwrap_step(proxy: *mut Task, inner: *mut Task) {
    unsafe {
        if (*proxy).status != PENDING {
            return;
        }
        (*inner).observed = true;
        let (status, result) = ((*inner).status, (*inner).result);
        let exceptions: Vec<Word> = (*inner).exceptions.iter().copied().collect();
        complete(proxy, status, result, exceptions);
    }
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
    }
}
