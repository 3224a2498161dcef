//! Tasks and the method builders. A `Task` is a heap object with a status, a result word, the
//! exceptions of a fault and the continuations to run when it completes. The box of a suspended
//! async method *is* a task: its state machine (state, builder word, frame slots) follows the
//! task's fields, so the first real suspension allocates exactly one object.
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

use crate::exception;
mod pool;

use crate::few::Few;
use crate::object::{self, ElemKind, Header, Kind, TypeDesc, Word};
use crate::pending;
use crate::sched;
pub use pool::{drain_pools, pools_listed, release_box, reset_reuses, reuses};
use pool::{pooled_box, recycle};
use std::cell::Cell;

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
    /// The first continuation inline (nearly every task has one at most: no allocation), the
    /// others in `more`.
    first: Cont,
    continuations: Few<Cont>,
    /// `WhenAll`: inputs not finished yet, and the inputs; `WhenAny` uses `inputs` too.
    remaining: usize,
    inputs: Few<Word>,
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

/// A task given its word (a `Task`, or a `ValueTask`/awaiter word that holds one).
pub fn from_word(w: Word) -> *mut Task {
    (w & !object::TAG_MASK) as *mut Task
}

/// A ValueTask word that holds its result (bit 0) or is `default` (0), not a task.
pub fn is_inline(w: Word) -> bool {
    w & 1 == 1 || w == 0
}

// ---- Completion ----------------------------------------------------------------------------

thread_local! {
    /// Faulted tasks, until something observes them (`unobserved_roots` drops those).
    static UNOBSERVED: std::cell::RefCell<Vec<Word>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Continuations running inline, nested: past a limit they go through the pool, as .NET
    /// does when the stack gets deep, so long chains of completions cannot overflow it.
    static INLINE_DEPTH: Cell<u32> = const { Cell::new(0) };
}

const MAX_INLINE_DEPTH: u32 = 64;

/// The completed tasks .NET caches (`completed_task`), shared by every run of the process.
static COMPLETED_CACHE: [std::sync::atomic::AtomicU64; 15] =
    [const { std::sync::atomic::AtomicU64::new(0) }; 15];

/// Moves a pending `t` to its final state; returns what waits for it (first, then the others),
/// or `None` if it had already completed.
fn finish(
    t: *mut Task,
    status: u8,
    result: Word,
    exceptions: Vec<Word>,
) -> Option<(Cont, Vec<Cont>)> {
    let conts = unsafe {
        if (*t).status != PENDING {
            return None;
        }
        (*t).status = status;
        (*t).result = result;
        if !exceptions.is_empty() {
            (*t).exceptions = exceptions.into();
        }
        (
            std::mem::replace(&mut (*t).first, Cont::Nothing),
            (*t).continuations.take(),
        )
    };
    if status == FAULTED {
        UNOBSERVED.with(|u| u.borrow_mut().push(t as Word));
    }
    Some(conts)
}

/// Completes `t` and runs what waits for it, in registration order.
pub fn complete(t: *mut Task, status: u8, result: Word, exceptions: Vec<Word>) {
    let Some((first, more)) = finish(t, status, result, exceptions) else {
        return;
    };
    if more.is_empty() {
        run_continuation(first, t);
        return;
    }
    // Each continuation can allocate: the ones not run yet are reachable only from here.
    let words: Vec<Word> = std::iter::once(&first)
        .chain(&more)
        .filter_map(cont_word)
        .collect();
    let _roots = crate::gc::root(&words);
    run_continuation(first, t);
    for c in more {
        run_continuation(c, t);
    }
}

/// `complete(t, SUCCEEDED, result, Vec::new())` for the common case of one continuation at
/// most: what every box that finishes after suspending does.
fn complete_succeeded(t: *mut Task, result: Word) {
    unsafe {
        if (*t).status != PENDING || (*t).continuations.is_allocated() {
            return complete(t, SUCCEEDED, result, Vec::new());
        }
        (*t).status = SUCCEEDED;
        (*t).result = result;
        let first = std::mem::replace(&mut (*t).first, Cont::Nothing);
        run_continuation(first, t);
    }
}

/// Completes `t` with its continuations queued to the pool instead of run inline: what
/// `TaskCreationOptions.RunContinuationsAsynchronously` asks for (`TaskCompletionSource`,
/// `SemaphoreSlim.WaitAsync`). Blocked threads are woken as usual.
pub fn complete_async(t: *mut Task, status: u8, result: Word, exceptions: Vec<Word>) {
    let Some((first, more)) = finish(t, status, result, exceptions) else {
        return;
    };
    for c in std::iter::once(first).chain(more) {
        match c {
            Cont::Resume(b) => sched::queue(sched::Work::Resume(b)),
            // Posted even when completed on the context itself.
            Cont::Post(b) => sched::post(sched::Work::Resume(b)),
            Cont::WhenAll(_) | Cont::WhenAny(_) => sched::queue(sched::Work::Continue(c, t)),
            Cont::Wake(_) | Cont::Nothing => run_continuation(c, t),
        }
    }
}

/// Runs a continuation the pool dequeued (`complete_async`'s combinator steps).
pub fn run_queued(c: Cont, done: *mut Task) {
    run_continuation(c, done);
}

fn run_continuation(c: Cont, done: *mut Task) {
    match c {
        Cont::Resume(b) => {
            let depth = INLINE_DEPTH.with(|d| d.get());
            if depth >= MAX_INLINE_DEPTH {
                sched::queue(sched::Work::Resume(b));
            } else {
                INLINE_DEPTH.with(|d| d.set(depth + 1));
                sched::count_inline_continuation();
                resume(b);
                INLINE_DEPTH.with(|d| d.set(depth));
            }
        }
        Cont::Wake(thread) => sched::wake(thread),
        Cont::WhenAll(all) => when_all_step(all),
        // `WhenAny` does not observe its inputs' exceptions (.NET's neither): whoever reads the
        // winner does.
        Cont::WhenAny(any) => unsafe {
            if (*any).status == PENDING {
                (*any).inputs = Few::new();
                complete(any, SUCCEEDED, done as Word, Vec::new());
            }
        },
        Cont::Nothing => {}
        // Already on the context: run inline, as .NET does; otherwise post it there.
        Cont::Post(b) if sched::has_context() => {
            sched::count_inline_continuation();
            resume(b);
        }
        Cont::Post(b) => sched::post(sched::Work::Resume(b)),
    }
}

/// The references a continuation holds (for the collector).
pub fn cont_roots(c: &Cont, f: &mut dyn FnMut(Word)) {
    if let Some(w) = cont_word(c) {
        f(w);
    }
}

fn cont_word(c: &Cont) -> Option<Word> {
    match c {
        Cont::Resume(b) | Cont::WhenAll(b) | Cont::WhenAny(b) | Cont::Post(b) => Some(*b as Word),
        Cont::Wake(_) | Cont::Nothing => None,
    }
}

/// Runs the next step of the async method whose box `b` is.
pub fn resume(b: *mut Task) {
    unsafe {
        if crate::sites::enabled() {
            let state = state_of((b as *const u8).add(SM_OFFSET));
            crate::sites::count_resumption((*b).sm, state, sched::on_main_thread());
        }
        let f: MoveNext = std::mem::transmute(
            (*(*b).sm)
                .move_next
                .load(std::sync::atomic::Ordering::Acquire),
        );
        let nested = (*b).running;
        (*b).running = true;
        f((b as *mut u8).add(SM_OFFSET), std::ptr::null());
        (*b).running = nested;
        if !nested && (*b).release_on_return {
            recycle(b);
        }
    }
}

/// Registers `c` to run when `t` completes (at once if it already has).
pub fn on_completed(t: *mut Task, c: Cont) {
    unsafe {
        if (*t).status == PENDING {
            if matches!((*t).first, Cont::Nothing) && !(*t).continuations.is_allocated() {
                (*t).first = c;
            } else {
                (*t).continuations.push(c);
            }
        } else {
            run_continuation(c, t);
        }
    }
}

fn fault_status(exceptions: &[Word]) -> u8 {
    // An OperationCanceledException escaping an async method cancels its task.
    match exceptions {
        [e] if is_cancellation(*e) => CANCELED,
        _ => FAULTED,
    }
}

fn is_cancellation(e: Word) -> bool {
    exception::exception_desc(e).is_a(&exception::OPERATION_CANCELED)
}

// ---- Builders --------------------------------------------------------------------------------

/// The task a method that completed synchronously returns (and, since .NET 6,
/// `Task.FromResult`'s): cached where .NET's `GetTaskForResult` caches.
pub fn completed_task(kind: Option<ElemKind>, result: Word) -> Word {
    // Cache slots: the non-generic task, false and true, the ints -1..=8, then the defaults
    // of `long` and of reference types (null).
    let slot = match kind {
        None => Some(0),
        Some(ElemKind::Bool) => Some(1 + (result != 0) as usize),
        Some(ElemKind::I32) if (-1..=8).contains(&(result as i64)) => {
            Some((4 + result as i64) as usize)
        }
        Some(ElemKind::I64) if result == 0 => Some(13),
        Some(ElemKind::Ref) if result == 0 => Some(14),
        _ => None,
    };
    if let Some(slot) = slot {
        let cached = COMPLETED_CACHE[slot].load(std::sync::atomic::Ordering::Relaxed);
        if cached != 0 {
            return cached;
        }
        // Cached for the whole process, outside the collected heap.
        let t = unsafe {
            let pad = SM_OFFSET - std::mem::size_of::<Task>();
            let t = object::alloc_immortal::<Task>(desc_for(kind), pad);
            std::ptr::write(&mut (*t).exceptions, Few::new());
            std::ptr::write(&mut (*t).continuations, Few::new());
            std::ptr::write(&mut (*t).first, Cont::Nothing);
            std::ptr::write(&mut (*t).inputs, Few::new());
            (*t).result_kind = kind.map_or(ElemKind::Ref as u8, |k| k as u8);
            (*t).status = SUCCEEDED;
            (*t).result = result;
            t
        };
        COMPLETED_CACHE[slot].store(t as Word, std::sync::atomic::Ordering::Relaxed);
        return t as Word;
    }
    let t = new_pending(kind);
    unsafe {
        (*t).status = SUCCEEDED;
        (*t).result = result;
    }
    t as Word
}

pub fn completed_task_word() -> Word {
    completed_task(None, 0)
}

/// A `ValueTask<T>` holding `result` without a task when it fits.
pub fn inline_value(kind: ElemKind, result: Word) -> Word {
    let shifted = result << 1;
    if ((shifted as i64) >> 1) as u64 == result {
        shifted | 1
    } else {
        completed_task(Some(kind), result)
    }
}

/// The result a `ValueTask` word holds inline.
pub fn inline_result(w: Word) -> Word {
    ((w as i64) >> 1) as Word
}

unsafe fn sm_desc<'a>(desc: Word) -> &'a SmDesc {
    &*(desc as *const SmDesc)
}

/// The state field of a state machine.
/// # Safety
/// `sm` points at a state machine (on a kickoff's stack or in a box).
unsafe fn state_of(sm: *const u8) -> i32 {
    *(sm.add(SM_STATE as usize) as *const i32)
}

unsafe fn builder_word(sm: *mut u8) -> *mut Word {
    sm.add(SM_BUILDER as usize) as *mut Word
}

/// `builder.SetResult(value)`.
pub extern "C" fn sm_set_result(sm: *mut u8, value: Word, desc: Word) -> Word {
    unsafe {
        let d = sm_desc(desc);
        let w = builder_word(sm);
        if *w != 0 {
            complete_succeeded(*w as *mut Task, value);
            return 0;
        }
        let inline = *(sm.add(SM_FLAGS as usize) as *const i32) == 1;
        *w = match d.builder {
            Builder::Task if inline => 1,
            Builder::TaskOf(k) if inline => inline_value(k, value),
            Builder::Task => completed_task(None, 0),
            Builder::TaskOf(k) => completed_task(Some(k), value),
            Builder::ValueTask => 1,
            Builder::ValueTaskOf(k) => inline_value(k, value),
            Builder::Void => 0,
        };
    }
    0
}

/// `builder.SetException(e)`.
pub extern "C" fn sm_set_exception(sm: *mut u8, e: Word, desc: Word) -> Word {
    unsafe {
        let d = sm_desc(desc);
        crate::trace::add(e, d.trace_name.clone(), 0);
        if d.builder == Builder::Void {
            // An exception escaping `async void` has no task to go to: it ends the process.
            sched::raise_async_void(e);
            return 0;
        }
        let w = builder_word(sm);
        let status = fault_status(&[e]);
        if *w != 0 {
            complete(*w as *mut Task, status, 0, vec![e]);
            return 0;
        }
        let kind = match d.builder {
            Builder::TaskOf(k) | Builder::ValueTaskOf(k) => Some(k),
            _ => None,
        };
        let t = new_pending(kind);
        (*t).status = status;
        (*t).exceptions = vec![e].into();
        (*t).origin = d;
        if status == FAULTED {
            UNOBSERVED.with(|u| u.borrow_mut().push(t as Word));
        }
        *w = t as Word;
    }
    0
}

/// `builder.AwaitUnsafeOnCompleted(ref awaiter, ref this)`: boxes the state machine on the first
/// suspension (the one allocation), then registers its `MoveNext` as the continuation.
pub extern "C" fn sm_await(sm: *mut u8, awaiter: Word, kind: Word, desc: Word) -> Word {
    unsafe {
        let d = sm_desc(desc);
        let w = builder_word(sm);
        // Set on the suspend path before this call: the await being suspended at.
        let state = state_of(sm);
        let b = if *w == 0 {
            let kind = match d.builder {
                Builder::TaskOf(k) | Builder::ValueTaskOf(k) => Some(k),
                _ => None,
            };
            let b = match pooled_box(d) {
                Some(b) => b,
                None => {
                    let line = d.await_lines.get(state as usize).copied().unwrap_or(0);
                    alloc_task_at(kind, d.size, crate::gc::Site::Box(&d.name, line))
                }
            };
            (*b).sm = d;
            let frame = (b as *mut u8).add(SM_OFFSET);
            std::ptr::copy_nonoverlapping(sm, frame, d.size);
            *w = b as Word;
            *builder_word(frame) = b as Word;
            b
        } else {
            *w as *mut Task
        };
        if crate::sites::enabled() {
            crate::sites::count_suspension(d, state);
        }
        if kind == AWAIT_YIELD {
            // `Task.Yield()` captures the context (a yield awaiter has no ConfigureAwait).
            sched::suspend_for_yield(b);
            return 0;
        }
        // The context is captured unless the awaiter says ConfigureAwait(false).
        let capture = sched::count_suspension_in_context() && awaiter & NO_CONTEXT == 0;
        {
            let t = from_word(awaiter);
            (*t).observed = true;
            on_completed(
                t,
                if capture {
                    Cont::Post(b)
                } else {
                    Cont::Resume(b)
                },
            );
        }
    }
    0
}

/// Awaiter kind codes the JIT passes (`smir::AwaiterKind` order).
pub const AWAIT_TASK: Word = 0;
pub const AWAIT_CONFIGURED: Word = 1;
pub const AWAIT_VALUE_TASK: Word = 2;
pub const AWAIT_YIELD: Word = 3;

/// `awaiter.IsCompleted` for every awaiter kind.
pub extern "C" fn awaiter_is_completed(awaiter: Word, kind: Word) -> Word {
    match kind {
        AWAIT_YIELD => 0,
        AWAIT_VALUE_TASK if is_inline(awaiter) => 1,
        // A directly awaited Task<T> may carry its synchronous result inline too.
        _ if awaiter & 1 == 1 => 1,
        // A null task: quick code skips `GetAwaiter`'s null check, so "completed" sends it
        // straight to `GetResult`, which throws the NullReferenceException at the same await.
        _ if awaiter == 0 => 1,
        _ => unsafe { ((*from_word(awaiter)).status != PENDING) as Word },
    }
}

/// Debug builds check each await the facts prove complete (the JIT gave it no suspend path)
/// when it runs: a pending task there is a bug of the middle end, said so, never run on.
pub extern "C" fn assert_known_complete(awaiter: Word, kind: Word) -> Word {
    if awaiter_is_completed(awaiter, kind) == 0 {
        eprintln!(
            "unawait: internal error: an await the facts prove complete found its task pending"
        );
        std::process::exit(70);
    }
    0
}

/// `rt.unreachable()`: compiled code reached a point the lowering marked unreachable, which a
/// checked program never does. A bug of the compiler: said so (after what the program wrote),
/// never a crash by a signal.
pub extern "C" fn rt_unreachable() -> Word {
    crate::console::flush();
    eprintln!(
        "unawait: internal error: the program reached code the compiler could not translate (please report it with the program)"
    );
    std::process::exit(70);
}

/// `awaiter_get_result` of an awaiter holding the only reference to its task (a call awaited
/// directly): once read, the box goes back to its method's pool, as optimized code does inline.
pub extern "C" fn awaiter_get_result_owned(awaiter: Word, kind: Word) -> Word {
    let r = awaiter_get_result(awaiter, kind);
    release_box(awaiter);
    r
}

/// `awaiter.GetResult()`: the result, or the task's first exception rethrown as is; blocks the
/// logical thread when the task is not complete (only reachable from explicit C# calls).
pub extern "C" fn awaiter_get_result(awaiter: Word, kind: Word) -> Word {
    awaiter_get_result_at(awaiter, kind, 0)
}

/// `awaiter_get_result` from a C# call at `site` (the calling method's name, a string word),
/// which is where a deadlock report says the thread blocks.
pub fn awaiter_get_result_at(awaiter: Word, kind: Word, site: Word) -> Word {
    match kind {
        AWAIT_YIELD => 0,
        AWAIT_VALUE_TASK if is_inline(awaiter) => inline_result(awaiter),
        _ if awaiter & 1 == 1 => inline_result(awaiter),
        _ => {
            let t = from_word(awaiter);
            if t.is_null() {
                return exception::throw_new(&exception::NULL_REFERENCE, None);
            }
            sched::block_on(t, site);
            unsafe {
                (*t).observed = true;
                match (*t).status {
                    SUCCEEDED => (*t).result,
                    CANCELED => pending::throw(cancellation_exception(t)),
                    _ => pending::throw((*t).exceptions.first().copied().unwrap_or(0)),
                }
            }
        }
    }
}

fn cancellation_exception(t: *mut Task) -> Word {
    unsafe {
        match (*t).exceptions.first() {
            Some(&e) => e,
            None => exception::new_exception(&exception::TASK_CANCELED, None),
        }
    }
}

/// `.Result` and `.Wait()`: block, then unwrap a success or throw an `AggregateException`.
pub fn wait(t: *mut Task, site: Word) -> Word {
    if t.is_null() {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    sched::block_on(t, site);
    unsafe {
        (*t).observed = true;
        match (*t).status {
            SUCCEEDED => (*t).result,
            // .NET wraps a new TaskCanceledException, not the one that canceled the task.
            CANCELED => {
                let e = exception::new_exception(&exception::TASK_CANCELED, None);
                pending::throw(exception::new_aggregate(vec![e]))
            }
            _ => pending::throw(exception::new_aggregate((*t).exceptions.to_vec())),
        }
    }
}

/// `task.Exception`: the same `AggregateException` each time; null unless faulted.
pub fn exception_of(t: *mut Task) -> Word {
    unsafe {
        // As .NET's getter: only handing out a fault's exceptions observes them.
        if (*t).status != FAULTED {
            return 0;
        }
        (*t).observed = true;
        if (*t).aggregate == 0 {
            (*t).aggregate = exception::new_aggregate((*t).exceptions.to_vec());
        }
        (*t).aggregate
    }
}

/// `task.Status` as `TaskStatus`'s value.
pub fn status_of(t: *mut Task) -> Word {
    unsafe {
        match (*t).status {
            SUCCEEDED => 5,
            FAULTED => 7,
            CANCELED => 6,
            _ => 1,
        }
    }
}

// ---- Combinators -------------------------------------------------------------------------------

/// `Task.WhenAll`: completes when every input has; faults with all their exceptions in order.
pub fn when_all(inputs: Vec<Word>, kind: Option<ElemKind>) -> Word {
    if inputs.contains(&0) {
        return exception::throw_new(
            &exception::ARGUMENT,
            Some("The tasks argument included a null value. (Parameter 'tasks')"),
        );
    }
    let _roots = crate::gc::root(&inputs);
    let all = new_pending(kind.map(|_| ElemKind::Ref));
    set_source(all, Source::WhenAll);
    unsafe {
        (*all).remaining = inputs.len() + 1;
        (*all).inputs = inputs.clone().into();
        (*all).result_kind = kind.map_or(255, |k| k as u8);
    }
    for w in inputs {
        unsafe { (*from_word(w)).observed = true };
        on_completed(from_word(w), Cont::WhenAll(all));
    }
    // The extra count keeps it pending until every registration is made.
    when_all_step(all);
    all as Word
}

fn when_all_step(all: *mut Task) {
    unsafe {
        (*all).remaining -= 1;
        if (*all).remaining > 0 {
            return;
        }
        // The inputs stay in `all` (so reachable) until it completes.
        let inputs = (*all).inputs.to_vec();
        let tasks: Vec<*mut Task> = inputs.iter().map(|&w| from_word(w)).collect();
        let exceptions: Vec<Word> = tasks
            .iter()
            .filter(|t| (***t).status == FAULTED)
            .flat_map(|t| (**t).exceptions.to_vec())
            .collect();
        if !exceptions.is_empty() {
            complete(all, FAULTED, 0, exceptions);
        } else if let Some(canceled) = tasks.iter().find(|t| (***t).status == CANCELED) {
            // Awaiting it rethrows the canceled input's own exception, as .NET's WhenAll does.
            complete(all, CANCELED, 0, (**canceled).exceptions.to_vec());
        } else if (*all).result_kind == 255 {
            complete(all, SUCCEEDED, 0, Vec::new());
        } else {
            let kind = ElemKind::from_code((*all).result_kind as u64);
            let results: Vec<Word> = tasks.iter().map(|t| (**t).result).collect();
            let array = crate::collections::new_array_from(kind, &results);
            (*all).inputs.clear();
            complete(all, SUCCEEDED, array, Vec::new());
        }
    }
}

/// `Task.WhenAny`: completes with the first input to finish (the first complete one if any).
pub fn when_any(inputs: Vec<Word>) -> Word {
    if inputs.is_empty() {
        return exception::throw_new(
            &exception::ARGUMENT,
            Some("The tasks argument contains no tasks. (Parameter 'tasks')"),
        );
    }
    let _roots = crate::gc::root(&inputs);
    let any = new_pending(Some(ElemKind::Ref));
    set_source(any, Source::WhenAny);
    // Kept for deadlock reports (and so reachable) until one completes.
    unsafe { (*any).inputs = inputs.clone().into() };
    for w in inputs {
        on_completed(from_word(w), Cont::WhenAny(any));
    }
    any as Word
}

pub fn is_pending(t: *mut Task) -> bool {
    unsafe { (*t).status == PENDING }
}

// ---- ValueTask as an object ------------------------------------------------------------------

/// A boxed `ValueTask<T>`: the word and the kind of `T` (-1 for the non-generic one, -2 for a
/// `CancellationToken`, whose word is its source).
#[repr(C)]
struct BoxedValueTask {
    header: Header,
    word: Word,
    kind: u64,
}

static BOXED_VALUE_TASK: TypeDesc = TypeDesc {
    name: "System.Threading.Tasks.ValueTask",
    kind: Kind::BoxedValueTask,
    base: None,
};

/// `(object)valueTask`. `kind` is the result's kind code, or -1 for `ValueTask`.
pub extern "C" fn box_value_task(word: Word, kind: Word) -> Word {
    unsafe {
        let b = object::alloc::<BoxedValueTask>(&BOXED_VALUE_TASK, 0);
        (*b).word = word;
        (*b).kind = kind as i32 as i64 as u64;
        b as Word
    }
}

/// `valueTask.ToString()`: the result's string when it completed successfully, else "" (.NET);
/// the type's name for the non-generic `ValueTask`, which does not override `ToString`.
pub fn value_task_string(word: Word, kind: i64) -> String {
    match kind {
        // The non-generic ValueTask and CancellationToken do not override `ToString`.
        -1 => return "System.Threading.Tasks.ValueTask".into(),
        -2 => return "System.Threading.CancellationToken".into(),
        _ => {}
    }
    let kind = ElemKind::from_code(kind as u64);
    if is_inline(word) {
        return crate::string::to_string_of(inline_result(word), kind);
    }
    let t = from_word(word);
    unsafe {
        if (*t).status == SUCCEEDED {
            crate::string::to_string_of((*t).result, kind)
        } else {
            String::new()
        }
    }
}

pub fn boxed_value_task_string(w: Word) -> String {
    let b = w as *const BoxedValueTask;
    unsafe { value_task_string((*b).word, (*b).kind as i64) }
}

/// `"" + valueTask`: a string object.
pub extern "C" fn value_task_to_str(word: Word, kind: Word) -> Word {
    crate::string::new_string(&value_task_string(word, kind as i32 as i64))
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
        (*t).exceptions.iter().for_each(|&e| f(e));
        (*t).inputs.iter().for_each(|&e| f(e));
        for c in std::iter::once(&(*t).first).chain((*t).continuations.iter()) {
            match c {
                Cont::Resume(b) | Cont::WhenAll(b) | Cont::WhenAny(b) | Cont::Post(b) => {
                    f(*b as Word)
                }
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
pub(crate) unsafe fn finalize(w: Word) {
    let t = w as *mut Task;
    if crate::object::desc_of(w).kind != Kind::Task {
        return;
    }
    std::ptr::drop_in_place(&mut (*t).exceptions);
    std::ptr::drop_in_place(&mut (*t).continuations);
    std::ptr::drop_in_place(&mut (*t).inputs);
}

// ---- Unobserved exceptions ---------------------------------------------------------------------

/// The faulted tasks nobody observed yet, kept alive so that the report at exit can describe
/// them; those observed since the last collection are dropped.
pub fn unobserved_roots(f: &mut dyn FnMut(Word)) {
    UNOBSERVED.with(|u| {
        let mut u = u.borrow_mut();
        u.retain(|&t| unsafe { !(*(t as *const Task)).observed });
        u.iter().for_each(|&t| f(t));
    });
}

/// Reports, on stderr, each faulted task whose exception nobody awaited, waited for or read
/// (`warning: unobserved task exception: ...`); returns how many.
pub fn report_unobserved() -> usize {
    let tasks: Vec<Word> = UNOBSERVED.with(|u| std::mem::take(&mut *u.borrow_mut()));
    let mut n = 0;
    for t in tasks {
        let t = t as *const Task;
        unsafe {
            if (*t).observed || (*t).status != FAULTED {
                continue;
            }
            let desc = if (*t).sm.is_null() {
                (*t).origin
            } else {
                (*t).sm
            };
            let from = if desc.is_null() {
                String::new()
            } else {
                format!(" (task from {} at line {})", (*desc).name, (*desc).line)
            };
            for &e in (*t).exceptions.iter() {
                eprintln!(
                    "warning: unobserved task exception: {}{from}",
                    crate::exception::describe(e)
                        .lines()
                        .next()
                        .unwrap_or_default()
                );
            }
            n += 1;
        }
    }
    n
}

/// For deadlock reports: the method of a box, the line it is suspended at, and the task it
/// awaits there (0 if none).
/// What made a task that no async method completes, so that a deadlock report can say what
/// it waits for. `Unknown` is 0: a task's zeroed memory says it.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Source {
    Unknown = 0,
    CompletionSource,
    Semaphore,
    /// A thread waiting to enter a `lock` another thread holds (`monitor.rs`).
    Monitor,
    WhenAll,
    WhenAny,
}

pub fn set_source(t: *mut Task, source: Source) {
    unsafe { (*t).source = source }
}

/// What a pending task waits for, as far as the runtime knows (deadlock reports).
pub enum Wait {
    /// An async method's box suspended at the await at `line` on `awaited` (0: unknown).
    Await {
        method: &'static str,
        line: u32,
        awaited: Word,
    },
    /// An async method whose `MoveNext` is on a logical thread's stack, which blocks.
    Running { method: &'static str },
    /// `WhenAll`'s inputs not complete yet, and how many inputs it has.
    WhenAll { pending: Vec<Word>, of: usize },
    /// `WhenAny`'s inputs, none complete.
    WhenAny { inputs: Vec<Word> },
    /// A task another kind of object completes.
    Source(Source),
}

/// What the pending task `t` waits for; `None` for a completed task or an inline word.
pub fn wait_of(t: Word) -> Option<Wait> {
    if is_inline(t) || !is_pending(from_word(t)) {
        return None;
    }
    let task = from_word(t);
    unsafe {
        if (*task).running || (!(*task).sm.is_null() && state_of(sm_of(task)) < 0) {
            return Some(Wait::Running {
                method: &(*(*task).sm).name,
            });
        }
        if let Some((method, line, awaited)) = suspension_of(t) {
            return Some(Wait::Await {
                method,
                line,
                awaited,
            });
        }
        let inputs = (*task).inputs.to_vec();
        Some(match (*task).source {
            Source::WhenAll => Wait::WhenAll {
                of: inputs.len(),
                pending: inputs
                    .into_iter()
                    .filter(|&w| !is_inline(w) && is_pending(from_word(w)))
                    .collect(),
            },
            Source::WhenAny => Wait::WhenAny { inputs },
            other => Wait::Source(other),
        })
    }
}

fn sm_of(t: *mut Task) -> *const u8 {
    unsafe { (t as *const u8).add(SM_OFFSET) }
}

pub fn suspension_of(t: Word) -> Option<(&'static str, u32, Word)> {
    if t & 1 == 1 {
        return None;
    }
    let t = from_word(t);
    unsafe {
        if t.is_null() || (*t).sm.is_null() {
            return None;
        }
        let d: &'static SmDesc = &*(*t).sm;
        let sm = (t as *const u8).add(SM_OFFSET);
        let state = state_of(sm);
        let line = d.await_lines.get(state as usize).copied().unwrap_or(0);
        let awaited = d
            .await_slots
            .get(state as usize)
            .filter(|&&o| o != u32::MAX)
            .map_or(0, |&o| *(sm.add(o as usize) as *const Word));
        Some((&d.name, line, awaited))
    }
}
