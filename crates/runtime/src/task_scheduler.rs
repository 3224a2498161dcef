//! TaskSchedulers of the program: classes deriving from `TaskScheduler` that override
//! `QueueTask`, `TryExecuteTaskInline` (and `GetScheduledTasks`, which only debuggers call),
//! and run tasks with the protected `TryExecuteTask`. As in .NET:
//!
//! - `Task.Factory.StartNew(..., scheduler)` makes a task bound to the scheduler and hands it to
//!   its `QueueTask`; `TryExecuteTask(task)` runs its delegate on the calling thread, once, with
//!   `TaskScheduler.Current` the task's scheduler (the running thread's `scheduler`);
//! - an await that suspends where no SynchronizationContext is captured and
//!   `TaskScheduler.Current` is such a scheduler captures it: the continuation becomes a task
//!   bound to it, tried inline (`TryExecuteTaskInline(task, false)`) when the awaited task
//!   completes on a pool thread or under the same scheduler, otherwise queued (`QueueTask`)
//!   (.NET's `TaskSchedulerAwaitTaskContinuation`); `await Task.Yield()` queues it at once;
//! - a blocking wait (`Wait()`, `.Result`, `GetResult()`) on such a task not run yet first asks
//!   its scheduler to run it inline (`TryExecuteTaskInline(task, true)`).
//!
//! A scheduled task (`Source::Scheduled`) holds its delegate in its result and, in its inputs,
//! how to call it and its scheduler, until it runs.

// Task and object words come only from JIT code and this runtime (see `task.rs`).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::delegate::Ret;
use crate::exception;
use crate::object::{self, is_null, ElemKind, Kind, TypeDesc, Word};
use crate::sched;
use crate::task::{self, set_source, source_of, Cont, Source, Task, PENDING};
use crate::{entry_list, Entry};

/// `System.Threading.Tasks.TaskScheduler`, the base of the program's schedulers and of the
/// default one.
pub static TASK_SCHEDULER: TypeDesc = TypeDesc {
    name: "System.Threading.Tasks.TaskScheduler",
    kind: Kind::Other,
    base: None,
};

const QUEUE: &str = "TaskScheduler.QueueTask(Task)";
const INLINE: &str = "TaskScheduler.TryExecuteTaskInline(Task, bool)";
const MAX_LEVEL: &str = "TaskScheduler.MaximumConcurrencyLevel";

/// How a scheduled task calls an `Action` (`task/run.rs`'s `ACTION`; its `FUNC` comes in from
/// `StartNew`).
const ACTION: u8 = 0;

/// Whether `w` is a scheduler of the program (not the default one).
pub fn is_program_scheduler(w: Word) -> bool {
    // SAFETY: `w` is a live object.
    !is_null(w) && unsafe { object::desc_of(w) }.as_class().is_some() && {
        let d = unsafe { object::desc_of(w) };
        d.is_a(&TASK_SCHEDULER)
    }
}

/// A task bound to `scheduler` that runs `d` (`how`), not queued yet.
fn scheduled_task(d: Word, how: u8, kind: Option<ElemKind>, scheduler: Word) -> *mut Task {
    let _roots = crate::gc::root(&[d, scheduler]);
    let t = task::new_pending(kind);
    set_source(t, Source::Scheduled);
    // SAFETY: a new task; the collector traces its result and inputs (`how` is a small number
    // it ignores).
    unsafe {
        (*t).result = d;
        (*t).inputs.push(Word::from(how));
        (*t).inputs.push(scheduler);
    }
    t
}

/// The scheduler a task not run yet is bound to (0: none).
fn scheduler_of(t: *mut Task) -> Word {
    if source_of(t) != Source::Scheduled {
        return 0;
    }
    // SAFETY: a scheduled task's inputs are `[how, scheduler]`.
    unsafe {
        let inputs = &(*t).inputs;
        inputs.get(1).copied().unwrap_or(0)
    }
}

/// Calls `scheduler.QueueTask(t)`, the program's override.
fn queue_task(scheduler: Word, t: *mut Task) {
    let Some(cell) = object::lib_override(scheduler, QUEUE) else {
        return;
    };
    let code = object::cell_code(cell);
    if code != 0 {
        let _roots = crate::gc::root(&[scheduler, t as Word]);
        // SAFETY: the override's code: `void (this, Task)`.
        let f: extern "C" fn(Word, Word) = unsafe { std::mem::transmute(code) };
        f(scheduler, t as Word);
    }
}

/// Calls `scheduler.TryExecuteTaskInline(t, previously_queued)`, the program's override.
fn try_execute_inline(scheduler: Word, t: *mut Task, previously_queued: bool) -> bool {
    let Some(cell) = object::lib_override(scheduler, INLINE) else {
        return false;
    };
    let code = object::cell_code(cell);
    if code == 0 {
        return false;
    }
    let _roots = crate::gc::root(&[scheduler, t as Word]);
    // SAFETY: the override's code: `bool (this, Task, bool)`.
    let f: extern "C" fn(Word, Word, Word) -> u8 = unsafe { std::mem::transmute(code) };
    f(scheduler, t as Word, Word::from(previously_queued)) != 0
}

/// `TaskCreationOptions.HideScheduler`: inside the task, `TaskScheduler.Current` is the
/// default one (kept in a scheduled task's `how`).
const HIDE: u8 = 0x40;
const HIDE_SCHEDULER_OPTION: Word = 16;

/// `StartNew(delegate, token, options, scheduler)` with a scheduler of the program.
pub fn start_new(
    d: Word,
    token: Word,
    options: Word,
    how: u8,
    kind: Option<ElemKind>,
    scheduler: Word,
) -> Word {
    let how = if options & HIDE_SCHEDULER_OPTION != 0 {
        how | HIDE
    } else {
        how
    };
    if crate::cancel::is_canceled(token) {
        let t = task::new_pending(kind);
        let e = exception::new_exception(&exception::TASK_CANCELED, None);
        task::complete(t, task::CANCELED, 0, vec![e]);
        return t as Word;
    }
    let t = scheduled_task(d, how, kind, scheduler);
    let _roots = crate::gc::root(&[t as Word]);
    queue_task(scheduler, t);
    t as Word
}

/// How a `ContinueWith` task calls its delegate: with the antecedent, returning `Ret` (added).
const THEN: u8 = 16;

/// `ContinueWith(delegate, scheduler)`: the plain overload's task for the default scheduler;
/// for one of the program's, a task that waits for the antecedent (`Source::Continuation`)
/// holding `[how, scheduler, antecedent]`, queued to the scheduler when it completes.
pub(crate) fn continue_with(
    antecedent: Word,
    d: Word,
    scheduler: Word,
    kind: Option<ElemKind>,
    ret: Ret,
) -> Word {
    let a = task::from_word(antecedent);
    if a.is_null() {
        return exception::throw_null_reference();
    }
    if is_null(d) {
        return exception::throw_argument_null(if ret == Ret::Void {
            "continuationAction"
        } else {
            "continuationFunction"
        });
    }
    if is_null(scheduler) {
        return exception::throw_argument_null("scheduler");
    }
    if !is_program_scheduler(scheduler) {
        return task::continue_with(antecedent, d, kind, ret, 0, 0);
    }
    let _roots = crate::gc::root(&[antecedent, d, scheduler]);
    let t = task::new_pending(kind);
    set_source(t, Source::Continuation);
    // SAFETY: a new task; its inputs are traced (`how` is a small number the collector ignores).
    unsafe {
        (*t).result = d;
        (*t).inputs.push(Word::from(THEN) + ret as Word);
        (*t).inputs.push(scheduler);
        (*t).inputs.push(antecedent);
    }
    task::on_completed(a, Cont::Schedule(t));
    t as Word
}

/// The antecedent of a `ContinueWith` task of a program's scheduler completed: the task goes
/// to the scheduler's `QueueTask`.
pub fn schedule_continuation(t: *mut Task) {
    set_source(t, Source::Scheduled);
    let scheduler = scheduler_of(t);
    let _roots = crate::gc::root(&[t as Word]);
    queue_task(scheduler, t);
    if crate::pending::is_pending() {
        sched::queue(sched::Work::Raise(crate::pending::take()));
    }
}

fn ret_of(code: u8) -> Ret {
    [Ret::Void, Ret::Word, Ret::I32, Ret::Bool, Ret::F64]
        .into_iter()
        .find(|r| *r as u8 == code)
        .unwrap_or(Ret::Void)
}

extern "C" fn continue_action(a: Word, d: Word, s: Word) -> Word {
    continue_with(a, d, s, None, Ret::Void)
}
extern "C" fn continue_func(a: Word, d: Word, s: Word, kind: Word) -> Word {
    let k = ElemKind::from_code(kind);
    continue_with(a, d, s, Some(k), Ret::of(Some(k)))
}
extern "C" fn continue_action_of(a: Word, d: Word, s: Word, _kind: Word) -> Word {
    continue_with(a, d, s, None, Ret::Void)
}
extern "C" fn continue_func_of(a: Word, d: Word, s: Word, _kind: Word, kind: Word) -> Word {
    continue_func(a, d, s, kind)
}

/// `TryExecuteTask(task)`: runs a task bound to `scheduler` that has not run, on this thread.
extern "C" fn try_execute(scheduler: Word, w: Word) -> Word {
    let t = task::from_word(w);
    if t.is_null() {
        return exception::throw_argument_null("task");
    }
    let bound = scheduler_of(t);
    // SAFETY: `t` is a live task.
    let pending = unsafe { (*t).status == PENDING };
    if bound == 0 || !pending {
        return 0;
    }
    if bound != scheduler {
        return exception::throw_new(
            &exception::INVALID_OPERATION,
            Some("ExecuteTask may not be called for a task which was previously queued to a different TaskScheduler."),
        );
    }
    Word::from(execute(t))
}

/// Runs scheduled task `t` with `TaskScheduler.Current` its scheduler.
fn execute(t: *mut Task) -> bool {
    let scheduler = scheduler_of(t);
    // SAFETY: a scheduled task: its delegate in its result, `[how, scheduler]` in its inputs.
    let (d, how, antecedent) = unsafe {
        let d = std::mem::replace(&mut (*t).result, 0);
        let how = (*t).inputs.first().map_or(ACTION, |&h| h as u8);
        let inputs = &(*t).inputs;
        let antecedent = inputs.get(2).copied().unwrap_or(0);
        (*t).inputs.clear();
        (d, how, antecedent)
    };
    set_source(t, Source::Delegate);
    let _roots = crate::gc::root(&[t as Word, d, scheduler, antecedent]);
    // Under `HideScheduler`, the task's code sees the default scheduler (and captures none).
    let hidden = how & HIDE != 0;
    let how = how & !HIDE;
    let outer = sched::set_current_scheduler(if hidden { 0 } else { scheduler });
    if how >= THEN {
        run_continuation(t, d, antecedent, ret_of(how - THEN));
    } else {
        task::run_delegate(d, t, how, 0);
    }
    sched::set_current_scheduler(outer);
    true
}

/// A `ContinueWith` delegate runs with its antecedent (observed: the continuation is handed
/// it), completing `t` with its result or exception.
fn run_continuation(t: *mut Task, d: Word, antecedent: Word, ret: Ret) {
    // SAFETY: the antecedent is a live task.
    unsafe { (*task::from_word(antecedent)).observed = true };
    let r = crate::delegate::invoke1(d, antecedent, ElemKind::Ref, None, ret);
    if crate::pending::is_pending() {
        let e = crate::pending::take();
        return task::complete(t, task::FAULTED, 0, vec![e]);
    }
    task::complete(t, task::SUCCEEDED, r, Vec::new());
}

/// Before a blocking wait on `t`: a task of a program's scheduler not run yet is offered to its
/// `TryExecuteTaskInline(t, true)` (.NET's `Task.Wait` → `TryRunInline`).
pub fn inline_for_wait(t: *mut Task) {
    let scheduler = scheduler_of(t);
    if scheduler != 0 {
        try_execute_inline(scheduler, t, true);
    }
}

/// The continuation of an await that captured `scheduler` (`sync_context.rs`'s `PostTo`
/// helper holds both): a task bound to it resuming box `b`, run inline if the scheduler lets
/// it (`can_inline`: the awaited task completed normally on a pool thread or under this
/// scheduler), else queued to it.
pub fn resume_through(scheduler: Word, b: *mut Task, can_inline: bool) {
    sched::count_context_post();
    let _roots = crate::gc::root(&[scheduler, b as Word]);
    let action = task::resume_delegate(b);
    let t = scheduled_task(action, ACTION, None, scheduler);
    let _task = crate::gc::root(&[t as Word]);
    let here = sched::current_scheduler() == scheduler
        || (sched::on_logical_thread() && !sched::on_main_thread());
    if !(can_inline && here && try_execute_inline(scheduler, t, false)) {
        queue_task(scheduler, t);
    }
    if crate::pending::is_pending() {
        sched::queue(sched::Work::Raise(crate::pending::take()));
    }
}

/// `await Task.Yield()` under a scheduler of the program: the continuation is queued to it now.
pub fn yield_to(scheduler: Word, b: *mut Task) {
    resume_through(scheduler, b, false);
}

/// `TaskScheduler.Current`: the program's scheduler whose task runs, else the default one.
extern "C" fn current() -> Word {
    match sched::current_scheduler() {
        0 => task::default_scheduler(),
        s => s,
    }
}

/// `MaximumConcurrencyLevel`: the override's, else the base class's `int.MaxValue`.
extern "C" fn max_level(scheduler: Word) -> Word {
    if is_null(scheduler) {
        return exception::throw_null_reference();
    }
    if let Some(cell) = object::lib_override(scheduler, MAX_LEVEL) {
        let code = object::cell_code(cell);
        if code != 0 {
            // SAFETY: the override's getter: `int (this)`.
            let f: extern "C" fn(Word) -> i32 = unsafe { std::mem::transmute(code) };
            return f(scheduler) as i64 as Word;
        }
    }
    i32::MAX as Word
}

extern "C" fn max_level_base(_scheduler: Word) -> Word {
    i32::MAX as Word
}

/// `TaskScheduler()`: only a derived class's constructor runs it (lowering emits nothing for
/// that call), and sema rejects `new TaskScheduler()` (CS0144): never reached.
extern "C" fn new_scheduler() -> Word {
    exception::throw_new(&exception::INVALID_OPERATION, None)
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "TaskScheduler.Current" => current as extern "C" fn() -> Word, None, nothrow;
        "TaskScheduler.TaskScheduler()" => new_scheduler as extern "C" fn() -> Word, None;
        "TaskScheduler.TryExecuteTask(Task)" => try_execute as extern "C" fn(Word, Word) -> Word, None;
        "TaskScheduler.MaximumConcurrencyLevel" => max_level as extern "C" fn(Word) -> Word, None;
        "rt.scheduler_max_level_base" => max_level_base as extern "C" fn(Word) -> Word, None;
        "Task.ContinueWith(Action<Task>, TaskScheduler)" => continue_action as extern "C" fn(Word, Word, Word) -> Word, None;
        "Task.ContinueWith<TResult>(Func<Task, TResult>, TaskScheduler)" => continue_func as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgs;
        "Task<TResult>.ContinueWith(Action<Task<TResult>>, TaskScheduler)" => continue_action_of as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgs;
        "Task<TResult>.ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult>, TaskScheduler)" => continue_func_of as extern "C" fn(Word, Word, Word, Word, Word) -> Word, TypeArgs;
    }
}
