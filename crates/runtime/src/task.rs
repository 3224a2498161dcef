//! Tasks: the object, its layout and word encodings. A `Task` is a heap object with a status, a
//! result word, the exceptions of a fault and the continuations to run when it completes. The
//! box of a suspended async method *is* a task: its state machine (state, builder word, frame
//! slots) follows the task's fields, so the first real suspension allocates exactly one object.
//! A pending task's status changes once, in `completion` (tasks born complete, a synchronous
//! method's or `FromResult`'s, are made with theirs).
//!
//! The submodules: `completion` (completing, continuations, resuming a box), `builder` (the
//! method builders), `awaiter` (awaiters, `.Result`, `Exception`, `Status`), `combinators`
//! (`WhenAll`/`WhenAny`), `run` (`Task.Run`, `ContinueWith`), `factory` (`Task.Factory`,
//! `new Task` and `Start()`, `Unwrap()`), `pool` (recycled boxes), `value_task` (a boxed `ValueTask`),
//! `unobserved` (faults nobody read) and `deadlock` (what a pending task waits for).
//!
//! Word encodings (docs/runtime.md):
//! - `Task`, `Task<T>`: the task's address.
//! - `ValueTask`, `ValueTask<T>`: either a task's address (bit 0 clear) or, when the value was
//!   produced synchronously, the result itself as `(result << 1) | 1` when it fits in 63 bits
//!   (a completed non-generic `ValueTask` is `1`; `0`, `default(ValueTask)`, is completed too).
//! - Configured awaitables/awaiters: the task's address with bit 1 set for
//!   `ConfigureAwait(false)`.

// Task, box and source pointers come only from this runtime: the JIT hands back words it was
// given. That is the module's invariant, instead of `unsafe` on every function taking one.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

mod awaiter;
mod builder;
mod combinators;
mod completion;
mod custom;
mod deadlock;
mod factory;
mod pool;
mod run;
mod unobserved;
mod value_task;

use crate::few::Few;
use crate::object::{self, ElemKind, Header, Kind, TypeDesc, Word};
pub use awaiter::{
    assert_known_complete, awaiter_get_result, awaiter_get_result_at, awaiter_get_result_owned,
    awaiter_is_completed, exception_of, rt_unreachable, status_of, wait, wait_all_exceptions,
    AWAIT_CONFIGURED, AWAIT_TASK, AWAIT_VALUE_TASK, AWAIT_YIELD,
};
pub use builder::{
    completed_task, completed_task_word, count_elided, inline_value, sm_await, sm_set_exception,
    sm_set_result,
};
use combinators::when_all_step;
pub use combinators::{when_all, when_any};
pub use completion::{
    complete, complete_async, cont_roots, on_completed, remove_when_any, resume, run_queued,
};
use completion::{complete_succeeded, fault_status};
pub use custom::{awaiter_threw, resume_delegate, sm_continuation};
pub use deadlock::{set_source, set_waiting, source_of, suspension_of, wait_of, Source, Wait};
pub use factory::entries as factory_entries;
pub use factory::scheduler as default_scheduler;
pub use pool::{drain_pools, pools_listed, release_box, reset_reuses, reuses};
use pool::{pooled_box, recycle};
pub(crate) use run::continue_with;
pub use run::{cancel_continuation, entries as run_entries, run_delegate};
use std::cell::Cell;
use unobserved::UNOBSERVED;
pub use unobserved::{report_unobserved, unobserved_roots};
use value_task::BoxedValueTask;
pub use value_task::{
    box_value_task, boxed_value_task_string, value_task_string, value_task_to_str,
};

pub const PENDING: u8 = 0;
pub const SUCCEEDED: u8 = 1;
pub const FAULTED: u8 = 2;
pub const CANCELED: u8 = 3;

/// Bit 1 of a task word: the awaiter does not capture the context.
pub const NO_CONTEXT: Word = 0b10;

/// What runs when a task completes.
#[derive(Clone, Copy, Debug)]
pub enum Cont {
    /// Resume the async method whose box this is.
    Resume(*mut Task),
    /// Wake a logical thread blocked on the task (`.Result`, `.Wait()`).
    Wake(usize),
    /// One of `WhenAll`'s inputs finished.
    WhenAll(*mut Task),
    /// One of `WhenAny`'s inputs finished.
    WhenAny(*mut Task),
    /// A `Task.Delay` with a token: drop the cancellation registration's effect.
    Nothing,
    /// Resume the async method whose box this is on the SynchronizationContext it captured.
    Post(*mut Task),
    /// Complete this task as the one it waits for completed (`Task.Run` of a delegate
    /// returning a task: .NET's unwrap promise).
    Unwrap(*mut Task),
    /// Run the `ContinueWith` delegate this task holds, then complete it (`task/run.rs`).
    Then(*mut Task),
    /// Resume a box through a SynchronizationContext of the program: this helper task holds
    /// the context (its result) and the box (its input) (`sync_context.rs`).
    PostTo(*mut Task),
    /// Hand this `ContinueWith` task to its TaskScheduler of the program (`task_scheduler.rs`).
    Schedule(*mut Task),
}

#[repr(C)]
pub struct Task {
    header: Header,
    /// `PENDING`..`CANCELED`; at a fixed offset so the JIT can test completion inline.
    pub status: u8,
    pub result_kind: u8,
    /// Someone awaited it, waited on it or read its exception (issue 6 reports the others).
    pub observed: bool,
    /// A box whose `MoveNext` is on the stack (`resume`), and one to free when it returns
    /// (`release_box`).
    running: bool,
    release_on_return: bool,
    /// `--stats`: .NET's `MoveNextAction` of this box is counted (`builder::dotnet_context`).
    dotnet_action: bool,
    /// What made a task that is not an async method's (`Source`), for deadlock reports.
    source: Source,
    pub result: Word,
    /// The state machine of a box, null for other tasks.
    pub sm: *const SmDesc,
    /// The async method whose task this is when it completed without a box (for reports).
    origin: *const SmDesc,
    /// References (traced): the exceptions of a fault, the cached `Exception` property.
    exceptions: Few<Word>,
    aggregate: Word,
    /// A box's `Action` resuming it, made once for the custom awaiters it suspends at, as
    /// .NET's box caches its `MoveNextAction`.
    pub(crate) move_next_action: Word,
    /// The first continuation inline (nearly every task has one at most: no allocation), the
    /// others in `more`.
    first: Cont,
    continuations: Few<Cont>,
    /// `WhenAll`: inputs not finished yet, and the inputs; `WhenAny` uses `inputs` too.
    remaining: usize,
    pub(crate) inputs: Few<Word>,
}

/// Offset of `status` in a task, for the JIT's inline `IsCompleted`.
pub const STATUS_OFFSET: i32 = std::mem::offset_of!(Task, status) as i32;
/// Offset of `result`, for the JIT's inline `GetResult` of a completed task.
pub const RESULT_OFFSET: i32 = std::mem::offset_of!(Task, result) as i32;
/// Offsets of `sm`, `running` and `release_on_return`, for the JIT's inline `release_box` of
/// a box whose `MoveNext` is on the stack (the common case: the awaiter runs as its
/// continuation).
pub const SM_DESC_OFFSET: i32 = std::mem::offset_of!(Task, sm) as i32;
pub const RUNNING_OFFSET: i32 = std::mem::offset_of!(Task, running) as i32;
pub const RELEASE_OFFSET: i32 = std::mem::offset_of!(Task, release_on_return) as i32;

/// Where a box's state machine starts: state (i32) at +0, builder word at +8, slots at +16.
pub const SM_OFFSET: usize = (std::mem::size_of::<Task>() + 15) & !15;
pub const SM_STATE: i32 = 0;
/// `1` when the kickoff's caller awaits the task at once: a synchronous result may come back
/// inline in the task word, as a `ValueTask`'s does.
pub const SM_FLAGS: i32 = 4;
pub const SM_BUILDER: i32 = 8;
pub const SM_SLOTS: i32 = 16;

/// What the runtime knows of an async method's state machine; one per method, leaked.
pub struct SmDesc {
    pub name: String,
    /// `Namespace.Class.Method`, for the frames of exception traces.
    pub trace_name: String,
    /// Bytes of the state machine: `SM_SLOTS` plus the frame.
    pub size: usize,
    pub builder: Builder,
    /// The code of its `MoveNext`; the JIT replaces quick code with optimized code from
    /// another thread.
    pub move_next: std::sync::atomic::AtomicUsize,
    pub ref_offsets: Vec<u32>,
    /// The line of each await, by state number (for `--stats`).
    pub await_lines: Vec<u32>,
    /// Where each await keeps its awaiter, by state number (offset in the state machine): the
    /// task a suspended method waits for, for deadlock reports.
    pub await_slots: Vec<u32>,
    /// By state number: the state is an async iterator's `yield return`, not an await.
    pub yields: Vec<bool>,
    /// The line the method is declared on.
    pub line: u32,
    /// Boxes of this method whose awaiter has read their result, for the next suspension to
    /// reuse instead of allocating (`release_box`), as .NET's pooling builders do.
    pub pool: Cell<usize>,
    pub pooled: Cell<usize>,
    /// Whether the method is in the list of pools a collection empties.
    pub pool_listed: Cell<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builder {
    Task,
    TaskOf(ElemKind),
    ValueTask,
    ValueTaskOf(ElemKind),
    Void,
}

pub type MoveNext = extern "C" fn(sm: *mut u8, args: *const Word);

static TASK_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.Tasks.Task",
    kind: Kind::Task,
    base: None,
};
/// The task `Task.Delay` returns: .NET's type is `Task`'s nested `DelayPromise`, which is
/// what its `ToString()` prints.
static DELAY_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.Tasks.Task+DelayPromise",
    kind: Kind::Task,
    base: Some(&TASK_DESC),
};

/// A new pending task of `Task.Delay`'s own type (`DELAY_DESC`).
pub fn new_delay() -> *mut Task {
    let t = new_pending(None);
    unsafe { (*(t as *mut object::Header)).desc = &DELAY_DESC };
    t
}

static TASK_OF_DESC: [TypeDesc; 5] = [
    generic_task("System.Threading.Tasks.Task`1[System.Boolean]"),
    generic_task("System.Threading.Tasks.Task`1[System.Int32]"),
    generic_task("System.Threading.Tasks.Task`1[System.Int64]"),
    generic_task("System.Threading.Tasks.Task`1[System.Double]"),
    generic_task("System.Threading.Tasks.Task`1[System.Object]"),
];

const fn generic_task(name: &'static str) -> TypeDesc {
    TypeDesc {
        name,
        kind: Kind::Task,
        base: None,
    }
}

fn desc_for(kind: Option<ElemKind>) -> &'static TypeDesc {
    match kind {
        None => &TASK_DESC,
        Some(k) => &TASK_OF_DESC[(k as usize).min(4)],
    }
}

/// A new pending task; `extra` bytes follow it (a box's state machine).
fn alloc_task(kind: Option<ElemKind>, extra: usize) -> *mut Task {
    alloc_task_at(kind, extra, crate::gc::Site::Kind("tasks"))
}

fn alloc_task_at(kind: Option<ElemKind>, extra: usize, site: crate::gc::Site) -> *mut Task {
    unsafe {
        let pad = SM_OFFSET - std::mem::size_of::<Task>();
        let t = object::alloc_at::<Task>(desc_for(kind), extra + pad, site);
        std::ptr::write(&mut (*t).exceptions, Few::new());
        std::ptr::write(&mut (*t).continuations, Few::new());
        std::ptr::write(&mut (*t).first, Cont::Nothing);
        std::ptr::write(&mut (*t).inputs, Few::new());
        (*t).result_kind = kind.map_or(ElemKind::Ref as u8, |k| k as u8);
        t
    }
}

pub fn new_pending(kind: Option<ElemKind>) -> *mut Task {
    alloc_task(kind, 0)
}

/// A new pending task counted under `site` by `--stats` (one that stands for another .NET
/// object, such as an await's continuation).
pub(crate) fn new_pending_at(kind: Option<ElemKind>, site: crate::gc::Site) -> *mut Task {
    alloc_task_at(kind, 0, site)
}

/// A task given its word (a `Task`, or a `ValueTask`/awaiter word that holds one).
pub fn from_word(w: Word) -> *mut Task {
    (w & !object::TAG_MASK) as *mut Task
}

/// A ValueTask word that holds its result (bit 0) or is `default` (0), not a task.
pub fn is_inline(w: Word) -> bool {
    w & 1 == 1 || w == 0
}

/// The result a `ValueTask` word holds inline.
pub fn inline_result(w: Word) -> Word {
    ((w as i64) >> 1) as Word
}

/// Whether `w` (a task) is the box of an async method call that has not completed, and is
/// not running now: suspended at an await.
pub fn is_suspended_box(w: Word) -> bool {
    let t = from_word(w);
    // SAFETY: the caller found a live task.
    unsafe { !(*t).sm.is_null() && is_pending(t) && !(*t).running }
}

/// Makes `t`, a task the runtime made and completed successfully and that nothing waits for
/// any more, pending again, to serve as the next promise of the same source (an async
/// iterator's `MoveNextAsync`, whose `ValueTask` may be awaited once: .NET's
/// `ManualResetValueTaskSourceCore.Reset`). False when it cannot be reused.
pub fn reset_promise(t: *mut Task) -> bool {
    unsafe {
        let idle = matches!((*t).first, Cont::Nothing) && !(*t).continuations.is_allocated();
        if (*t).status != SUCCEEDED || !idle || !(*t).sm.is_null() {
            return false;
        }
        (*t).status = PENDING;
        (*t).result = 0;
        (*t).observed = false;
        true
    }
}

/// `--stats`: the site a box was counted under, the await its state names now (the first
/// suspension's, while it has not resumed), and its size.
pub fn box_site(b: *mut Task) -> Option<(crate::gc::Site, usize)> {
    unsafe {
        if (*b).sm.is_null() {
            return None;
        }
        let d: &'static SmDesc = &*(*b).sm;
        let state = state_of((b as *const u8).add(SM_OFFSET));
        let line = d.await_lines.get(state as usize).copied().unwrap_or(0);
        Some((crate::gc::Site::Box(&d.name, line), SM_OFFSET + d.size))
    }
}

pub fn is_pending(t: *mut Task) -> bool {
    unsafe { (*t).status == PENDING }
}

/// The state field of a state machine.
/// # Safety
/// `sm` points at a state machine (on a kickoff's stack or in a box).
unsafe fn state_of(sm: *const u8) -> i32 {
    *(sm.add(SM_STATE as usize) as *const i32)
}

// ---- Collector support ---------------------------------------------------------------------------

/// The references a task holds: its result (when it may be one), exceptions, continuations,
/// combinator inputs, and for a box every word of its state machine (scanned like a stack:
/// a slot that is not a reference just fails the heap's lookup).
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    unsafe {
        if crate::object::desc_of(w).kind == Kind::BoxedValueTask {
            f((*(w as *const BoxedValueTask)).word);
            return;
        }
        let t = w as *const Task;
        f((*t).result);
        f((*t).aggregate);
        f((*t).move_next_action);
        (*t).exceptions.iter().for_each(|&e| f(e));
        (*t).inputs.iter().for_each(|&e| f(e));
        for c in std::iter::once(&(*t).first).chain((*t).continuations.iter()) {
            match c {
                Cont::Resume(b)
                | Cont::WhenAll(b)
                | Cont::WhenAny(b)
                | Cont::Post(b)
                | Cont::Unwrap(b)
                | Cont::Then(b)
                | Cont::PostTo(b)
                | Cont::Schedule(b) => f(*b as Word),
                Cont::Wake(_) | Cont::Nothing => {}
            }
        }
        // A box's frame: only the slots that hold references (lowering shares a slot only
        // between values that both are, or both are not, references).
        if !(*t).sm.is_null() {
            let sm = (t as *const u8).add(SM_OFFSET);
            for &offset in &(*(*t).sm).ref_offsets {
                f(*(sm.add(offset as usize) as *const Word));
            }
        }
    }
}

/// Frees a dead task's vectors.
/// # Safety
/// `w` is a task nothing reaches any more.
/// Inlined into the sweep: called for every dead object of the kind, and tasks are most of them.
#[inline]
pub(crate) unsafe fn finalize(w: Word) {
    let t = w as *mut Task;
    if crate::object::desc_of(w).kind != Kind::Task {
        return;
    }
    std::ptr::drop_in_place(&mut (*t).exceptions);
    std::ptr::drop_in_place(&mut (*t).continuations);
    std::ptr::drop_in_place(&mut (*t).inputs);
}
