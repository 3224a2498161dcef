//! `Task.Factory.StartNew`, tasks made by `new Task(...)` and started later (`Start()`,
//! `RunSynchronously()`), `TaskExtensions.Unwrap()` and `TaskScheduler.Default`.
//!
//! `StartNew` is `Task.Run` (`run.rs`) without its unwrapping: a delegate returning a task
//! gives a `Task<Task>` that completes once the delegate returns, which is .NET's famous trap.
//! Its `TaskCreationOptions` change nothing observable here: `LongRunning` asks .NET for a
//! thread of its own, and the pool's logical threads are as good.
//!
//! A task made by its constructor holds its delegate in its result and how to call it in its
//! `inputs` until it starts (as a `ContinueWith` task does until it runs); its source says
//! `Created`, which is its status.

use super::run::{run_delegate, start, ACTION, FUNC};
use super::{
    new_pending, on_completed, set_source, source_of, Cont, Source, Task, PENDING, SUCCEEDED,
};
use crate::exception;
use crate::object::{self, is_null, ElemKind, Header, Kind, TypeDesc, Word};
use crate::{entry_list, sched, Entry};

static FACTORY_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.Tasks.TaskFactory",
    kind: Kind::Other,
    base: None,
};

/// `Task.Factory`: one immortal object, as .NET's is one static instance.
extern "C" fn factory() -> Word {
    static ONE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    // SAFETY: an object of a header only.
    *ONE.get_or_init(|| unsafe { object::alloc_immortal::<Header>(&FACTORY_DESC, 0) as usize })
        as Word
}

static SCHEDULER_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.Tasks.ThreadPoolTaskScheduler",
    kind: Kind::Other,
    base: Some(&crate::task_scheduler::TASK_SCHEDULER),
};

/// `TaskScheduler.Default` (and `.Current` outside the program's schedulers' tasks:
/// `task_scheduler.rs`): the pool's scheduler.
pub extern "C" fn scheduler() -> Word {
    static ONE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    // SAFETY: an object of a header only.
    *ONE.get_or_init(|| unsafe { object::alloc_immortal::<Header>(&SCHEDULER_DESC, 0) as usize })
        as Word
}

fn start_new(f: Word, d: Word, token: Word, how: u8, kind: Option<ElemKind>) -> Word {
    if is_null(f) {
        return exception::throw_null_reference();
    }
    start(
        d,
        token,
        how,
        kind,
        if how == ACTION { "action" } else { "function" },
    )
}

/// The overloads without a scheduler use `TaskScheduler.Current`: inside a task of a
/// scheduler of the program, that one (`task_scheduler.rs`).
fn start_current(
    f: Word,
    d: Word,
    token: Word,
    options: Word,
    how: u8,
    kind: Option<ElemKind>,
) -> Word {
    let s = sched::current_scheduler();
    if s != 0 && !is_null(f) && !is_null(d) {
        return crate::task_scheduler::start_new(d, token, options, how, kind, s);
    }
    start_new(f, d, token, how, kind)
}

extern "C" fn start_action(f: Word, d: Word) -> Word {
    start_current(f, d, 0, 0, ACTION, None)
}
extern "C" fn start_action_token(f: Word, d: Word, token: Word) -> Word {
    start_current(f, d, token, 0, ACTION, None)
}
extern "C" fn start_action_options(f: Word, d: Word, options: Word) -> Word {
    start_current(f, d, 0, options, ACTION, None)
}
extern "C" fn start_func(f: Word, d: Word, kind: Word) -> Word {
    start_current(f, d, 0, 0, FUNC, Some(ElemKind::from_code(kind)))
}
extern "C" fn start_func_token(f: Word, d: Word, token: Word, kind: Word) -> Word {
    start_current(f, d, token, 0, FUNC, Some(ElemKind::from_code(kind)))
}
extern "C" fn start_func_options(f: Word, d: Word, options: Word, kind: Word) -> Word {
    start_current(f, d, 0, options, FUNC, Some(ElemKind::from_code(kind)))
}

/// The overloads with a scheduler: the pool's is the only one there is.
extern "C" fn start_action_all(f: Word, d: Word, token: Word, options: Word, s: Word) -> Word {
    if !is_null(f) && is_null(s) {
        return exception::throw_argument_null("scheduler");
    }
    if !is_null(f) && !is_null(d) && crate::task_scheduler::is_program_scheduler(s) {
        return crate::task_scheduler::start_new(d, token, options, ACTION, None, s);
    }
    start_new(f, d, token, ACTION, None)
}
extern "C" fn start_func_all(
    f: Word,
    d: Word,
    token: Word,
    options: Word,
    s: Word,
    kind: Word,
) -> Word {
    if !is_null(f) && is_null(s) {
        return exception::throw_argument_null("scheduler");
    }
    if !is_null(f) && !is_null(d) && crate::task_scheduler::is_program_scheduler(s) {
        let kind = Some(ElemKind::from_code(kind));
        return crate::task_scheduler::start_new(d, token, options, FUNC, kind, s);
    }
    start_new(f, d, token, FUNC, Some(ElemKind::from_code(kind)))
}

/// `new Task(action)` / `new Task<TResult>(function)`: created, not started.
fn created(d: Word, how: u8, kind: Option<ElemKind>, what: &str) -> Word {
    if is_null(d) {
        return exception::throw_argument_null(what);
    }
    let _roots = crate::gc::root(&[d]);
    let t = new_pending(kind);
    set_source(t, Source::Created);
    unsafe {
        (*t).result = d;
        // How to call it, a small number the collector ignores.
        (*t).inputs.push(Word::from(how));
    }
    t as Word
}

extern "C" fn new_action(d: Word) -> Word {
    created(d, ACTION, None, "action")
}
extern "C" fn new_func(d: Word, kind: Word) -> Word {
    created(d, FUNC, Some(ElemKind::from_code(kind)), "function")
}

/// Takes the delegate of a created task to run it, or makes the InvalidOperationException
/// .NET throws for a task that is not one (`api`: `Start` or `RunSynchronously`).
fn take_delegate(t: *mut Task, api: &str) -> Result<(Word, u8), Word> {
    let why = unsafe {
        match source_of(t) {
            _ if (*t).status != PENDING => {
                if api == "Start" {
                    "Start may not be called on a task that has completed."
                } else {
                    "RunSynchronously may not be called on a task that has already completed."
                }
            }
            Source::Created => {
                let d = std::mem::replace(&mut (*t).result, 0);
                let how = (*t).inputs.first().map_or(ACTION, |&h| h as u8);
                (*t).inputs.clear();
                set_source(t, Source::Delegate);
                return Ok((d, how));
            }
            Source::Delegate | Source::DelegateRunning => {
                if api == "Start" {
                    "Start may not be called on a task that was already started."
                } else {
                    "RunSynchronously may not be called on a task that was already started."
                }
            }
            Source::Continuation => {
                if api == "Start" {
                    "Start may not be called on a continuation task."
                } else {
                    "RunSynchronously may not be called on a continuation task."
                }
            }
            _ => {
                if api == "Start" {
                    "Start may not be called on a promise-style task."
                } else {
                    "RunSynchronously may not be called on a task not bound to a delegate, such as the task returned from an asynchronous method."
                }
            }
        }
    };
    Err(exception::throw_new(
        &exception::INVALID_OPERATION,
        Some(why),
    ))
}

extern "C" fn task_start(w: Word) -> Word {
    let t = super::from_word(w);
    if t.is_null() {
        return exception::throw_null_reference();
    }
    match take_delegate(t, "Start") {
        Ok((d, how)) => {
            crate::exec_ctx::capture_for(t);
            sched::queue(sched::Work::Run(d, t, how, 0))
        }
        Err(e) => return e,
    }
    0
}

/// Runs the delegate on the calling thread; a fault stays in the task, as in .NET.
extern "C" fn task_run_synchronously(w: Word) -> Word {
    let t = super::from_word(w);
    if t.is_null() {
        return exception::throw_null_reference();
    }
    match take_delegate(t, "RunSynchronously") {
        Ok((d, how)) => {
            let _roots = crate::gc::root(&[w, d]);
            run_delegate(d, t, how, 0);
        }
        Err(e) => return e,
    }
    0
}

/// `Unwrap()`: the inner task itself when the outer one has succeeded already (null: a
/// canceled task), as .NET; otherwise a proxy that follows the outer task, then the inner one
/// (`run.rs` `unwrap_step`).
fn unwrap(outer: Word, kind: Option<ElemKind>) -> Word {
    let o = super::from_word(outer);
    if o.is_null() {
        return exception::throw_argument_null("task");
    }
    unsafe {
        if (*o).status == SUCCEEDED {
            (*o).observed = true;
            if !is_null((*o).result) {
                return (*o).result;
            }
        }
    }
    let _roots = crate::gc::root(&[outer]);
    let proxy = new_pending(kind);
    unsafe {
        (*proxy).inputs.push(outer);
        (*o).observed = true;
    }
    on_completed(o, Cont::Unwrap(proxy));
    proxy as Word
}

extern "C" fn unwrap_task(outer: Word) -> Word {
    unwrap(outer, None)
}
extern "C" fn unwrap_task_of(outer: Word, kind: Word) -> Word {
    unwrap(outer, Some(ElemKind::from_code(kind)))
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "Task.Factory" => factory as extern "C" fn() -> Word, None, nothrow;
        "TaskFactory.StartNew(Action)" => start_action as extern "C" fn(Word, Word) -> Word, None;
        "TaskFactory.StartNew(Action, CancellationToken)" => start_action_token as extern "C" fn(Word, Word, Word) -> Word, None;
        "TaskFactory.StartNew(Action, TaskCreationOptions)" => start_action_options as extern "C" fn(Word, Word, Word) -> Word, None;
        "TaskFactory.StartNew<TResult>(Func<TResult>)" => start_func as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "TaskFactory.StartNew<TResult>(Func<TResult>, CancellationToken)" => start_func_token as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgs;
        "TaskFactory.StartNew<TResult>(Func<TResult>, TaskCreationOptions)" => start_func_options as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgs;
        "TaskFactory.StartNew(Action, CancellationToken, TaskCreationOptions, TaskScheduler)" => start_action_all as extern "C" fn(Word, Word, Word, Word, Word) -> Word, None;
        "TaskFactory.StartNew<TResult>(Func<TResult>, CancellationToken, TaskCreationOptions, TaskScheduler)" => start_func_all as extern "C" fn(Word, Word, Word, Word, Word, Word) -> Word, TypeArgs;
        "TaskScheduler.Default" => scheduler as extern "C" fn() -> Word, None, nothrow;
        "Task.Task(Action)" => new_action as extern "C" fn(Word) -> Word, None;
        "Task<TResult>.Task(Func<TResult>)" => new_func as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "Task.Start()" => task_start as extern "C" fn(Word) -> Word, None;
        "Task.RunSynchronously()" => task_run_synchronously as extern "C" fn(Word) -> Word, None;
        "TaskExtensions.Unwrap(Task<Task>)" => unwrap_task as extern "C" fn(Word) -> Word, None;
        "TaskExtensions.Unwrap<TResult>(Task<Task<TResult>>)" => unwrap_task_of as extern "C" fn(Word, Word) -> Word, TypeArgs;
    }
}
