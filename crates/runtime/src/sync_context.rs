//! `SynchronizationContext`: each logical thread's `Current` (kept by the scheduler), the base
//! class's behaviour (`Post` queues the callback to the pool, `Send` runs it inline), the
//! program's subclasses' overrides (`ClassDesc::lib_overrides`), and how an await resumes
//! through a captured context, as .NET's `SynchronizationContextAwaitTaskContinuation` does:
//!
//! - at the suspension, `Current` is captured unless it is null or exactly a
//!   `SynchronizationContext` (the base class's `Post` is the pool, where the continuation
//!   runs anyway) or the await says `ConfigureAwait(false)`;
//! - when the awaited task completes, the continuation runs inline if the context captured is
//!   the completing thread's `Current` (and continuations may run inline), otherwise it is
//!   handed to the context's `Post` as `(callback, MoveNextAction)`: the callback invokes its
//!   state, an `Action` resuming the box;
//! - `await Task.Yield()` posts its continuation to the context at once.
//!
//! `--sync-context single`'s context (`builtin`) is an object of its own whose `Post` is the
//! main thread's message loop (`sched::post`); awaits in it keep their own path (`Cont::Post`).

// Object words come only from JIT code and this runtime (see `task.rs`).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::delegate::{self, Ret};
use crate::exception;
use crate::object::{self, is_null, ElemKind, Header, Kind, TypeDesc, Word};
use crate::sched::{self, Work};
use crate::task::{self, Cont, Task};
use crate::{entry_list, Entry};

/// `System.Threading.SynchronizationContext`, also the base of the program's subclasses.
pub static SYNC_CONTEXT: TypeDesc = TypeDesc {
    name: "System.Threading.SynchronizationContext",
    kind: Kind::Other,
    base: None,
};

/// `--sync-context single`'s context on the main thread.
static BUILTIN_DESC: TypeDesc = TypeDesc {
    name: "unawait.SingleThreadSynchronizationContext",
    kind: Kind::Other,
    base: Some(&SYNC_CONTEXT),
};

const POST: &str = "SynchronizationContext.Post(SendOrPostCallback, object)";
const SEND: &str = "SynchronizationContext.Send(SendOrPostCallback, object)";
const COPY: &str = "SynchronizationContext.CreateCopy()";

/// The main thread's context under `--sync-context single`: one object for the process.
pub fn builtin() -> Word {
    static ONE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    // SAFETY: an object of a header only.
    *ONE.get_or_init(|| unsafe { object::alloc_immortal::<Header>(&BUILTIN_DESC, 0) as usize })
        as Word
}

/// The `--stats` row of the object an await allocates when it captures a context or a
/// TaskScheduler (.NET's `SynchronizationContextAwaitTaskContinuation` and
/// `TaskSchedulerAwaitTaskContinuation`; unawait's `Cont::PostTo` helper).
pub const CONTINUATIONS: &str = "await continuations (context captured)";

/// Whether an await captures `ctx` (not null): not when it is exactly a
/// `SynchronizationContext`, as .NET compares `GetType()` with `typeof(SynchronizationContext)`.
fn captures(ctx: Word) -> bool {
    // SAFETY: `ctx` is a live object.
    !std::ptr::eq(unsafe { object::desc_of(ctx) }, &SYNC_CONTEXT)
}

/// The continuation of an await of `t` by box `b` that captured `ctx`, a context of the
/// program (or a base one, which is not captured: `None`).
pub fn capture(ctx: Word, b: *mut Task, t: *mut Task) -> Option<Cont> {
    // `ctx` is the running thread's context, else its TaskScheduler of the program; a base
    // context is not captured, and the scheduler is then (.NET's order).
    let ctx = if crate::task_scheduler::is_program_scheduler(ctx) || captures(ctx) {
        ctx
    } else {
        sched::current_scheduler()
    };
    if ctx == 0 {
        return None;
    }
    let _roots = crate::gc::root(&[ctx, b as Word, t as Word]);
    let h = task::new_pending_at(Some(ElemKind::Ref), crate::gc::Site::Kind(CONTINUATIONS));
    // SAFETY: a new task; the collector traces its result and inputs.
    unsafe {
        (*h).result = ctx;
        (*h).inputs.push(b as Word);
    }
    Some(Cont::PostTo(h))
}

/// The context and box a `Cont::PostTo` helper holds.
fn parts(h: *mut Task) -> (Word, *mut Task) {
    // SAFETY: `capture` made `h` with the context as its result and the box as its one input.
    unsafe {
        let b = (*h).inputs.iter().next().copied().unwrap_or(0);
        ((*h).result, b as *mut Task)
    }
}

/// Whether an await's continuation that captured nothing (`ConfigureAwait(false)`, or no
/// context then) may run inline on the thread completing its task: not under a context or
/// TaskScheduler of the program, which it would run in (.NET's
/// `AwaitTaskContinuation.IsValidLocationForInlining`); it goes to the pool instead.
#[inline]
pub fn may_inline_here() -> bool {
    if !sched::PROGRAM_SCHEDULING.load(std::sync::atomic::Ordering::Relaxed) {
        return true;
    }
    let ctx = sched::current_context();
    let foreign_context = ctx != 0 && ctx != builtin() && captures(ctx);
    !foreign_context && sched::current_scheduler() == 0
}

/// The awaited task completed and continuations may run inline (`completion.rs`).
pub fn run_captured(h: *mut Task) {
    let (ctx, b) = parts(h);
    if crate::task_scheduler::is_program_scheduler(ctx) {
        return crate::task_scheduler::resume_through(ctx, b, true);
    }
    if sched::current_context() == ctx {
        sched::count_inline_continuation();
        task::resume(b);
    } else {
        post_resumption(ctx, b);
    }
}

/// The awaited task completed with its continuations forced asynchronous: always `Post`.
pub fn post_captured(h: *mut Task) {
    let (ctx, b) = parts(h);
    if crate::task_scheduler::is_program_scheduler(ctx) {
        return crate::task_scheduler::resume_through(ctx, b, false);
    }
    post_resumption(ctx, b);
}

/// `await Task.Yield()` under a context of the program: the continuation goes to its `Post`
/// now. False when the running thread has no such context (the caller queues it as usual).
#[inline]
pub fn yield_to_program_context(b: *mut Task) -> bool {
    if !sched::PROGRAM_SCHEDULING.load(std::sync::atomic::Ordering::Relaxed) {
        return false;
    }
    yield_to_installed(b)
}

fn yield_to_installed(b: *mut Task) -> bool {
    let ctx = sched::current_context();
    if ctx == 0 || !captures(ctx) {
        let scheduler = sched::current_scheduler();
        if scheduler == 0 {
            return false;
        }
        sched::count_suspension_in_context();
        crate::task_scheduler::yield_to(scheduler, b);
        return true;
    }
    if ctx == builtin() {
        return false;
    }
    sched::count_suspension_in_context();
    post_resumption(ctx, b);
    true
}

/// The code of the callback a context's `Post` gets for a resumption: its state is the
/// `Action` that resumes the box (.NET's `s_postCallback`: `state => ((Action)state)()`).
extern "C" fn invoke_action(state: Word) {
    if is_null(state) {
        exception::throw_null_reference();
        return;
    }
    delegate::invoke0(state, Ret::Void);
}

static INVOKE_ACTION: extern "C" fn(Word) = invoke_action;

/// The one `SendOrPostCallback` every resumption is posted with (.NET's static
/// `s_postCallback`: a post allocates nothing of its own).
fn post_callback() -> Word {
    static ONE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *ONE.get_or_init(|| {
        let desc = delegate::desc_for("System.Threading.SendOrPostCallback");
        delegate::immortal(std::ptr::addr_of!(INVOKE_ACTION) as Word, desc) as usize
    }) as Word
}

/// Hands the resumption of box `b` to `ctx`'s `Post`. An exception escaping `Post` is rethrown
/// on the pool, where nothing catches it (.NET's `Task.ThrowAsync` in `RunCallback`).
fn post_resumption(ctx: Word, b: *mut Task) {
    sched::count_context_post();
    let _roots = crate::gc::root(&[ctx, b as Word]);
    let state = task::resume_delegate(b);
    let _state = crate::gc::root(&[state]);
    post(ctx, post_callback(), state);
    if crate::pending::is_pending() {
        sched::queue(Work::Raise(crate::pending::take()));
    }
}

/// Calls the code of an override `cell` as `void (this, d, state)`.
fn call_override(cell: usize, ctx: Word, d: Word, state: Word) {
    let code = object::cell_code(cell);
    if code == 0 {
        return;
    }
    // SAFETY: the cell holds the code of an override of `Post`/`Send`, compiled from its
    // signature: `this`, a `SendOrPostCallback`, an `object`.
    let f: extern "C" fn(Word, Word, Word) = unsafe { std::mem::transmute(code) };
    f(ctx, d, state)
}

/// `ctx.Post(d, state)` through the object's class: its override, else the base class's.
fn post(ctx: Word, d: Word, state: Word) {
    match object::lib_override(ctx, POST) {
        Some(cell) => call_override(cell, ctx, d, state),
        None => {
            post_base(ctx, d, state);
        }
    }
}

/// `SynchronizationContext.Post`'s own behaviour: the callback as a pool work item; the main
/// thread's message loop for `--sync-context single`'s context.
extern "C" fn post_base(ctx: Word, d: Word, state: Word) -> Word {
    if ctx == builtin() {
        sched::post(Work::Callback(d, state));
    } else {
        sched::queue(Work::Callback(d, state));
    }
    0
}

/// A posted callback runs; an exception escaping it ends the process, as one escaping a pool
/// work item does in .NET.
pub fn run_callback(d: Word, state: Word) {
    if is_null(d) {
        exception::throw_null_reference();
    } else {
        delegate::invoke1(d, state, ElemKind::Ref, None, Ret::Void);
    }
    if crate::pending::is_pending() {
        sched::unhandled(crate::pending::take());
    }
}

/// `SynchronizationContext.Send`'s own behaviour: the callback, inline.
extern "C" fn send_base(_ctx: Word, d: Word, state: Word) -> Word {
    if is_null(d) {
        return exception::throw_null_reference();
    }
    delegate::invoke1(d, state, ElemKind::Ref, None, Ret::Void);
    0
}

extern "C" fn post_entry(ctx: Word, d: Word, state: Word) -> Word {
    if is_null(ctx) {
        return exception::throw_null_reference();
    }
    post(ctx, d, state);
    0
}

extern "C" fn send_entry(ctx: Word, d: Word, state: Word) -> Word {
    if is_null(ctx) {
        return exception::throw_null_reference();
    }
    match object::lib_override(ctx, SEND) {
        Some(cell) => {
            call_override(cell, ctx, d, state);
            0
        }
        None => send_base(ctx, d, state),
    }
}

/// `new SynchronizationContext()`.
extern "C" fn new_context() -> Word {
    // SAFETY: a bare `Header` is a valid object of `SYNC_CONTEXT`.
    let p = unsafe { object::try_alloc::<Header>(&SYNC_CONTEXT, 0) };
    if p.is_null() {
        return exception::throw_new(&exception::OUT_OF_MEMORY, None);
    }
    p as Word
}

/// `CreateCopy()`'s own behaviour: a new base context.
extern "C" fn copy_base(_ctx: Word) -> Word {
    new_context()
}

extern "C" fn copy_entry(ctx: Word) -> Word {
    if is_null(ctx) {
        return exception::throw_null_reference();
    }
    match object::lib_override(ctx, COPY) {
        Some(cell) => {
            let code = object::cell_code(cell);
            if code == 0 {
                return 0;
            }
            // SAFETY: the override's code, `SynchronizationContext (this)`.
            let f: extern "C" fn(Word) -> Word = unsafe { std::mem::transmute(code) };
            f(ctx)
        }
        None => copy_base(ctx),
    }
}

extern "C" fn current() -> Word {
    sched::current_context()
}

extern "C" fn set_current(ctx: Word) -> Word {
    sched::set_current_context(ctx);
    0
}

/// `ThreadPool.QueueUserWorkItem(callBack, state)`: the callback as a pool work item.
extern "C" fn queue_user_work_item(d: Word, state: Word) -> Word {
    if is_null(d) {
        return exception::throw_argument_null("callBack");
    }
    sched::queue(Work::Callback(d, state));
    1
}

extern "C" fn queue_user_work_item1(d: Word) -> Word {
    queue_user_work_item(d, 0)
}

/// `OperationStarted()`/`OperationCompleted()`: the base class's do nothing (sema rejects
/// overriding them).
extern "C" fn nothing(_ctx: Word) -> Word {
    0
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "SynchronizationContext.SynchronizationContext()" => new_context as extern "C" fn() -> Word, None;
        "SynchronizationContext.Current" => current as extern "C" fn() -> Word, None, nothrow;
        "SynchronizationContext.SetSynchronizationContext(SynchronizationContext)" => set_current as extern "C" fn(Word) -> Word, None, nothrow;
        "SynchronizationContext.Post(SendOrPostCallback, object)" => post_entry as extern "C" fn(Word, Word, Word) -> Word, None;
        "SynchronizationContext.Send(SendOrPostCallback, object)" => send_entry as extern "C" fn(Word, Word, Word) -> Word, None;
        "SynchronizationContext.CreateCopy()" => copy_entry as extern "C" fn(Word) -> Word, None;
        "SynchronizationContext.OperationStarted()" => nothing as extern "C" fn(Word) -> Word, None, nothrow;
        "SynchronizationContext.OperationCompleted()" => nothing as extern "C" fn(Word) -> Word, None, nothrow;
        "ThreadPool.QueueUserWorkItem(WaitCallback)" => queue_user_work_item1 as extern "C" fn(Word) -> Word, None;
        "ThreadPool.QueueUserWorkItem(WaitCallback, object)" => queue_user_work_item as extern "C" fn(Word, Word) -> Word, None;
        "rt.sync_post_base" => post_base as extern "C" fn(Word, Word, Word) -> Word, None;
        "rt.sync_send_base" => send_base as extern "C" fn(Word, Word, Word) -> Word, None;
        "rt.sync_copy_base" => copy_base as extern "C" fn(Word) -> Word, None;
    }
}
