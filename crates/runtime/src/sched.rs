//! The deterministic scheduler: logical threads (the main thread and a pool) run as coroutines
//! on one OS thread, so a logical thread can block (`.Result`, `.Wait()`) without blocking the
//! process, and the same program always interleaves the same way.
//!
//! Rules (docs/runtime.md): a completed task runs its `await` continuations inline on the thread
//! that completed it; `Task.Yield` continuations and timer callbacks are pool work items, run in
//! FIFO order by the first idle pool thread; a woken thread runs as soon as the running pool
//! thread finishes its current work item. Time advances only when no thread can run: to the next
//! timer's deadline, at once under `--virtual-time`, by sleeping otherwise.

// Task, box and source pointers come only from this runtime: the JIT hands back words it was
// given. That is the module's invariant, instead of `unsafe` on every function taking one.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::console;
use crate::object::Word;
use crate::task::{self, Cont, Task};
use crate::timeline;
use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

mod context;
mod counters;
mod roots;
mod time;

pub use context::*;
pub use counters::{count_context_post, count_inline_continuation, counters, Counters};
pub use roots::{for_each_root, for_each_stack};
pub use time::{add_timer, cancel_timer, now_ms, now_ticks};
use time::{advance_clock, fire_due_timers, now};

/// Work the pool runs.
pub enum Work {
    Resume(*mut Task),
    Timer(TimerAction),
    /// A continuation of a completed task run later on the pool (`task::complete_async`).
    Continue(task::Cont, *mut Task),
    /// An exception that escaped `async void`, rethrown where nothing can catch it: on the
    /// context the method ran in, else on the pool (.NET's `AsyncVoidMethodBuilder`).
    Raise(Word),
    /// `Task.Run`'s work item: the delegate, its task, how to call it, and the token
    /// (`task/run.rs`).
    Run(Word, *mut Task, u8, Word),
    /// A chunk of a `Parallel` loop's iterations: the loop and the chunk (`parallel.rs`).
    Parallel(Word, u32),
    /// A `SendOrPostCallback` and its state: `SynchronizationContext.Post`'s (`sync_context.rs`).
    Callback(Word, Word),
}

#[derive(Clone, Copy)]
pub enum TimerAction {
    /// `Task.Delay` elapsed: complete its task.
    CompleteDelay(*mut Task),
    /// `CancelAfter` elapsed: cancel the source.
    Cancel(Word),
    /// A `SemaphoreSlim` wait's timeout passed: the semaphore and the waiter's task.
    SemaphoreTimeout(Word, *mut Task),
}

/// Why a coroutine handed control back to the scheduler.
enum Event {
    Blocked,
    Idle,
    Preempted,
}

type Coro = Coroutine<(), Event, (), DefaultStack>;

struct Thread {
    managed_id: i32,
    coro: Option<Coro>,
    yielder: *const Yielder<(), Event>,
    stack_limit: usize,
    /// The top of the stack (highest address) and, while parked, how far down it is in use
    /// and the registers it held: what the collector scans.
    stack_base: usize,
    parked_sp: usize,
    parked_regs: [Word; 6],
    /// While parked: its execution context (`exec_ctx.rs`), which others replace meanwhile.
    context: Word,
    /// While blocked in `.Result`/`.Wait()`/`GetResult()`: the task, and the calling method
    /// (a string word), for deadlock reports.
    blocked_on: Option<(Word, Word)>,
    /// Its `Thread.CurrentThread` object once asked for (a reference, a root), so that every
    /// read gives the same object, as .NET's does.
    object: Word,
    /// Its `SynchronizationContext.Current` (a reference, a root; 0: none). A pool thread's is
    /// cleared after each work item, as .NET's pool does.
    sync_ctx: Word,
    /// The TaskScheduler of the program whose task it is running (`TaskScheduler.Current`; a
    /// reference, a root; 0: the default one) (`task_scheduler.rs`).
    scheduler: Word,
}

struct Timer {
    action: TimerAction,
    live: bool,
}

struct Sched {
    threads: Vec<Thread>,
    current: usize,
    runnable: VecDeque<usize>,
    idle_pool: Vec<usize>,
    work: VecDeque<Work>,
    /// (deadline ms, creation order) -> index into `timer_list`.
    timers: BinaryHeap<Reverse<(u64, u64)>>,
    timer_list: Vec<Timer>,
    virtual_time: bool,
    now_virtual: u64,
    start: Option<Instant>,
    main_result: Option<i32>,
    /// A logical thread is running (the collector may run: every stack is known).
    in_thread: bool,
    suspensions: u64,
    /// Resumptions queued to the pool (`--stats`).
    scheduled_continuations: u64,
    /// Work posted to a SynchronizationContext: `--sync-context single`'s or one of the
    /// program's (`--stats`).
    context_posts: u64,
    /// Work items the pool ran or has queued: resumptions, timers, `Task.Run` delegates, ...
    pool_items: u64,
    timers_fired: u64,
    /// Logical threads the run created (the main thread and the pool's).
    threads_used: usize,
    /// `--sync-context single`: the main thread has a SynchronizationContext, whose posted
    /// continuations wait here for the main thread to run them.
    sync_context: bool,
    context_queue: VecDeque<Work>,
    /// The main thread waits in its message loop (`pump_until`) for posts or its task.
    pumping: bool,
    /// Threads in `Thread.Sleep(0)`: they run again once every other thread and work item
    /// has had its turn (`yield_thread`).
    yielders: Vec<usize>,
}

impl Sched {
    const fn new() -> Sched {
        Sched {
            threads: Vec::new(),
            current: 0,
            runnable: VecDeque::new(),
            idle_pool: Vec::new(),
            work: VecDeque::new(),
            timers: BinaryHeap::new(),
            timer_list: Vec::new(),
            virtual_time: false,
            now_virtual: 0,
            start: None,
            main_result: None,
            in_thread: false,
            suspensions: 0,
            scheduled_continuations: 0,
            context_posts: 0,
            pool_items: 0,
            timers_fired: 0,
            threads_used: 0,
            sync_context: false,
            context_queue: VecDeque::new(),
            pumping: false,
            yielders: Vec::new(),
        }
    }

    /// `sched::post`, in a borrow the caller holds.
    fn post(&mut self, w: Work) {
        self.context_posts += 1;
        self.context_queue.push_back(w);
        if self.pumping {
            self.pumping = false;
            self.runnable.push_back(0);
        }
    }

    /// `sched::queue`, in a borrow the caller holds.
    fn queue(&mut self, w: Work) {
        if matches!(w, Work::Resume(_)) {
            self.scheduled_continuations += 1;
        }
        self.pool_items += 1;
        self.work.push_back(w)
    }

    fn count_suspension_in_context(&mut self) -> Word {
        self.suspensions += 1;
        if !self.sync_context && !PROGRAM_SCHEDULING.load(std::sync::atomic::Ordering::Relaxed) {
            return 0;
        }
        match self.threads.get(self.current) {
            Some(t) if self.in_thread && t.sync_ctx != 0 => t.sync_ctx,
            Some(t) if self.in_thread => t.scheduler,
            _ => 0,
        }
    }

    /// The running thread's SynchronizationContext (0: none).
    fn context(&self) -> Word {
        match self.threads.get(self.current) {
            Some(t) if self.in_thread => t.sync_ctx,
            _ => 0,
        }
    }

    /// The running thread's context is `--sync-context single`'s.
    fn in_builtin_context(&self) -> bool {
        self.sync_context && self.context() == crate::sync_context::builtin()
    }

    /// The main logical thread is the one running (index 0 is always the main thread).
    fn on_main(&self) -> bool {
        self.in_thread && self.current == 0
    }
}

thread_local! {
    // Const-initialized: every access skips the lazy-initialization check (the scheduler is
    // on the path of every suspension).
    static SCHED: RefCell<Sched> = const { RefCell::new(Sched::new()) };
}

/// The lowest address JIT code may push to on the running logical thread's stack; the JIT's
/// prologue compares the stack pointer against it (`stack_limit_address`). A process-wide
/// static, not a thread local, because code is compiled on one OS thread and run on another.
static STACK_LIMIT: AtomicUsize = AtomicUsize::new(0);

fn with<R>(f: impl FnOnce(&mut Sched) -> R) -> R {
    SCHED.with(|s| f(&mut s.borrow_mut()))
}

pub fn stack_limit_address() -> *const usize {
    STACK_LIMIT.as_ptr()
}

/// Called by JIT code whose stack pointer went below the limit. .NET cannot catch a stack
/// overflow either: it prints this and aborts the process.
pub extern "C" fn stack_overflow() {
    console::flush();
    eprintln!("Stack overflow.");
    exit_process(134);
}

/// Room left below the limit for the runtime's own Rust frames.
const STACK_MARGIN: usize = 256 * 1024;
/// Reserved, not committed: only the pages a thread touches take memory. Quick code (`jit`'s
/// first tier) has frames about twice the size of optimized code's, and deep but finite
/// recursion (100,000 nested awaits: tests/runtime/deep-recursion.cs) must not depend on which
/// tier runs.
const STACK_SIZE: usize = 64 * 1024 * 1024;
const MAIN_THREAD_ID: i32 = 1;
const FIRST_POOL_ID: i32 = 4;

pub struct Options {
    pub virtual_time: bool,
    pub sync_context: bool,
}

/// Runs `main` on the main logical thread and the pool until `main` returns its exit code.
pub fn run(options: Options, main: Box<dyn FnOnce() -> i32>) -> i32 {
    counters::reset_inline_continuations();
    crate::exec_ctx::reset();
    with(|s| {
        *s = Sched::new();
        s.virtual_time = options.virtual_time;
        s.sync_context = options.sync_context;
        s.start = Some(Instant::now());
    });
    let main_coro = spawn(move |_y| {
        let code = main();
        with(|s| s.main_result = Some(code));
        Event::Idle
    });
    let Some(main_coro) = main_coro else {
        return fatal("cannot allocate the main thread's stack");
    };
    let main = add_thread(MAIN_THREAD_ID, main_coro);
    if options.sync_context {
        let ctx = crate::sync_context::builtin();
        with(|s| s.threads[main].sync_ctx = ctx);
    }
    with(|s| s.runnable.push_back(0));
    let code = schedule();
    console::flush();
    abandon_threads();
    code
}

/// Runs logical threads until `Main` returns or nothing can ever run again.
fn schedule() -> i32 {
    loop {
        if let Some(code) = with(|s| s.main_result) {
            return code;
        }
        fire_due_timers();
        if let Some(t) = with(|s| s.runnable.pop_front()) {
            switch_to(t);
            continue;
        }
        if with(|s| !s.work.is_empty()) {
            let t = match with(|s| s.idle_pool.pop()) {
                Some(t) => t,
                None => match new_pool_thread() {
                    Some(t) => t,
                    None => return fatal("cannot allocate a pool thread's stack"),
                },
            };
            switch_to(t);
            continue;
        }
        // Only threads that gave up their turn are left: time passes while they spin, to the
        // next timer if there is one, and they go on.
        let yielders = with(|s| std::mem::take(&mut s.yielders));
        if !yielders.is_empty() {
            advance_clock();
            with(|s| s.runnable.extend(yielders));
            continue;
        }
        if !advance_clock() {
            console::flush();
            eprint!("{}", crate::deadlock::report());
            return 3;
        }
    }
}

/// `Thread.Sleep(0)`: the running logical thread gives up its turn; it runs again when no other
/// thread and no work item can run, after the clock moved to the next timer (a loop that polls
/// with `Sleep(0)` sees time pass, as it would spinning on a real clock).
pub fn yield_thread() {
    let y = with(|s| {
        let me = s.current;
        s.yielders.push(me);
        s.threads[me].yielder
    });
    // Safety: the yielder belongs to the coroutine running this code.
    park(unsafe { &*y }, Event::Blocked);
}

/// The process ends with `Main`, as .NET's does: threads still parked are dropped without
/// running (dropping a suspended coroutine would unwind through JIT frames, which have no
/// unwind information).
fn abandon_threads() {
    with(|s| {
        s.threads_used = s.threads.len();
        forget_threads(s);
    });
}

fn forget_threads(s: &mut Sched) {
    for t in std::mem::take(&mut s.threads) {
        std::mem::forget(t.coro);
    }
}

/// Ends the process from inside a logical thread. `exit` runs this OS thread's thread-local
/// destructors, the scheduler's among them: the other threads' coroutines are forgotten first,
/// as at the end of `Main`.
fn exit_process(code: i32) -> ! {
    console::flush();
    crate::timeline::finish();
    SCHED.with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            forget_threads(&mut s);
        }
    });
    std::process::exit(code);
}

fn fatal(msg: &str) -> i32 {
    console::flush();
    eprintln!("unawait: {msg}");
    70
}

/// A coroutine on a fresh stack, the stack's lowest usable address for JIT code, and its top.
fn spawn(
    body: impl FnOnce(&Yielder<(), Event>) -> Event + 'static,
) -> Option<(Coro, usize, usize)> {
    let stack = DefaultStack::new(STACK_SIZE).ok()?;
    let limit = stack.limit().get() + STACK_MARGIN;
    let base = stack.base().get();
    let coro = Coroutine::with_stack(stack, move |y: &Yielder<(), Event>, ()| {
        let me = with(|s| s.current);
        with(|s| s.threads[me].yielder = y);
        // A returning coroutine ends its thread.
        body(y);
    });
    Some((coro, limit, base))
}

fn add_thread(managed_id: i32, (coro, limit, base): (Coro, usize, usize)) -> usize {
    with(|s| {
        s.threads.push(Thread {
            managed_id,
            coro: Some(coro),
            yielder: std::ptr::null(),
            stack_limit: limit,
            stack_base: base,
            parked_sp: base,
            parked_regs: [0; 6],
            context: 0,
            blocked_on: None,
            object: 0,
            sync_ctx: 0,
            scheduler: 0,
        });
        s.threads.len() - 1
    })
}

fn new_pool_thread() -> Option<usize> {
    let coro = spawn(|y| loop {
        while let Some(w) = with(|s| s.work.pop_front()) {
            run_work(w);
            // .NET's pool leaves no context or scheduler of a work item to the next one; only a
            // program that installs its own can have left one.
            if PROGRAM_SCHEDULING.load(std::sync::atomic::Ordering::Relaxed) {
                with(|s| {
                    let me = s.current;
                    s.threads[me].sync_ctx = 0;
                    s.threads[me].scheduler = 0;
                });
            }
            // A woken thread or a due timer goes first; the check is one borrow when neither.
            let yield_now = with(|s| {
                !s.runnable.is_empty()
                    || s.timers.peek().is_some_and(|&Reverse((d, _))| d <= now(s))
            });
            if yield_now {
                park(y, Event::Preempted);
            }
        }
        park(y, Event::Idle);
    })?;
    let n = with(|s| s.threads.len()) as i32;
    Some(add_thread(FIRST_POOL_ID + n - 1, coro))
}

#[inline(always)]
fn run_work(w: Work) {
    // A resumption's `MoveNext` is its own slice in a trace; the other work items get one
    // named after what they are.
    match w {
        Work::Resume(b) => task::resume(b),
        Work::Timer(TimerAction::CompleteDelay(t)) => {
            timeline::slice("timer: a delay elapses", || {
                task::complete(t, task::SUCCEEDED, 0, Vec::new())
            })
        }
        Work::Timer(TimerAction::Cancel(cts)) => {
            timeline::slice("timer: CancelAfter cancels", || {
                crate::cancel::cancel_from_timer(cts)
            })
        }
        Work::Timer(TimerAction::SemaphoreTimeout(s, t)) => {
            timeline::slice("timer: a wait times out", || {
                crate::sync::semaphore_timeout(s, t)
            })
        }
        Work::Continue(c, done) => timeline::slice("continuation", || task::run_queued(c, done)),
        Work::Raise(e) => unhandled(e),
        Work::Run(d, t, how, token) => timeline::slice("Task.Run work item", || {
            task::run_delegate(d, t, how, token)
        }),
        Work::Parallel(state, chunk) => timeline::slice("Parallel chunk", || {
            crate::parallel::run_chunk(state, chunk)
        }),
        Work::Callback(d, state) => timeline::slice("SynchronizationContext callback", || {
            crate::sync_context::run_callback(d, state)
        }),
    }
}

/// `async void`'s `SetException`: the exception ends the process from a work item of its own,
/// so the method's caller goes on until that runs (as in .NET, where a pool thread throws it).
pub fn raise_async_void(e: Word) {
    with(|s| {
        if s.in_builtin_context() {
            s.post(Work::Raise(e));
        } else {
            s.queue(Work::Raise(e));
        }
    })
}

/// Resumes logical thread `t` until it blocks, idles, yields or ends.
fn switch_to(t: usize) {
    let (coro, limit) = with(|s| {
        s.current = t;
        (s.threads[t].coro.take(), s.threads[t].stack_limit)
    });
    let Some(mut coro) = coro else { return };
    let saved = STACK_LIMIT.swap(limit, Relaxed);
    with(|s| s.in_thread = true);
    let result = coro.resume(());
    with(|s| s.in_thread = false);
    STACK_LIMIT.store(saved, Relaxed);
    match result {
        CoroutineResult::Yield(event) => with(|s| {
            s.threads[t].coro = Some(coro);
            match event {
                Event::Idle => s.idle_pool.push(t),
                Event::Preempted => s.runnable.push_back(t),
                Event::Blocked => {}
            }
        }),
        CoroutineResult::Return(()) => {}
    }
}

/// Blocks the running logical thread until `t` completes; `site` (the calling method's name)
/// is what a deadlock report says.
pub fn block_on(t: *mut Task, site: Word) {
    if !task::is_pending(t) {
        return;
    }
    let (me, y) = with(|s| {
        s.threads[s.current].blocked_on = Some((t as Word, site));
        (s.current, s.threads[s.current].yielder)
    });
    task::on_completed(t, Cont::Wake(me));
    let traced = crate::timeline::on();
    if traced {
        crate::timeline::work(
            "blocked until a task completes (.Result, .Wait(), ...)",
            true,
        );
    }
    while task::is_pending(t) {
        // Safety: the yielder belongs to the coroutine running this code.
        park(unsafe { &*y }, Event::Blocked);
    }
    if traced {
        crate::timeline::work(
            "blocked until a task completes (.Result, .Wait(), ...)",
            false,
        );
    }
    with(|s| s.threads[me].blocked_on = None);
    std::hint::black_box(t);
}

/// The main thread's message loop under a SynchronizationContext: run posted continuations
/// until `t` completes. Without a context this is `block_on`.
pub fn pump_until(t: *mut Task) {
    if !with(|s| s.sync_context) {
        return;
    }
    let (me, y) = with(|s| (s.current, s.threads[s.current].yielder));
    task::on_completed(t, Cont::Wake(me));
    while task::is_pending(t) {
        if let Some(w) = with(|s| s.context_queue.pop_front()) {
            run_work(w);
            continue;
        }
        with(|s| {
            s.pumping = true;
            s.threads[me].blocked_on = Some((t as Word, 0));
        });
        park(unsafe { &*y }, Event::Blocked);
        with(|s| {
            s.pumping = false;
            s.threads[me].blocked_on = None;
        });
    }
}

/// Whether the running logical thread is the main thread.
pub fn on_main_thread() -> bool {
    with(|s| s.on_main())
}

/// Posts `w` to the main thread's context (wakes the main thread if it is pumping).
pub fn post(w: Work) {
    if timeline::on() {
        traced_queue(&w, "posted to the SynchronizationContext");
    }
    with(|s| s.post(w));
}

/// A parked thread as a deadlock report sees it: managed id, whether it is the main thread,
/// and the task and call site it blocks on.
pub type BlockedThread = (i32, bool, Option<(Word, Word)>);

/// What a deadlock report needs to know of the threads.
/// Whether the scheduler is not borrowed (a report made while the process ends from inside it
/// must not borrow it again).
pub fn is_free() -> bool {
    SCHED.with(|s| s.try_borrow_mut().is_ok())
}

pub fn blocked_threads() -> Vec<BlockedThread> {
    with(|s| {
        s.threads
            .iter()
            .enumerate()
            .filter(|(_, t)| t.coro.is_some())
            .map(|(i, t)| (t.managed_id, i == 0, t.blocked_on))
            .collect()
    })
}

/// Whether the resumption of box `b` waits in the context's queue.
pub fn posted_to_context(b: Word) -> bool {
    // An awaited task's word may carry `ConfigureAwait(false)`'s flag in a low bit.
    let b = crate::task::from_word(b) as Word;
    with(|s| {
        s.context_queue
            .iter()
            .any(|w| matches!(w, Work::Resume(x) if *x as Word == b))
    })
}

pub fn context_queue_len() -> usize {
    with(|s| s.context_queue.len())
}

/// Hands control back to the scheduler, leaving what the collector needs to scan this
/// thread's stack while it is parked.
#[inline(never)]
fn park(y: &Yielder<(), Event>, event: Event) {
    let regs = crate::gc::parked_registers();
    let sp = crate::gc::stack_pointer();
    with(|s| {
        let t = &mut s.threads[s.current];
        t.parked_sp = sp;
        t.parked_regs = regs;
        t.context = crate::exec_ctx::current();
    });
    y.suspend(event);
    crate::exec_ctx::set_current(with(|s| s.threads[s.current].context));
}

/// Whether code runs on a logical thread (not on the scheduler's own stack or before `run`).
pub fn on_logical_thread() -> bool {
    with(|s| s.in_thread)
}

/// The logical thread running now (0 is the main thread).
pub fn current_thread() -> usize {
    with(|s| s.current)
}

/// The system has no memory left for the runtime's own objects.
pub fn fatal_out_of_memory() -> ! {
    console::flush();
    eprintln!("unawait: out of memory");
    exit_process(134);
}

pub fn wake(thread: usize) {
    with(|s| s.runnable.push_back(thread));
}

pub fn queue(w: Work) {
    if timeline::on() {
        traced_queue(&w, "queued to the pool");
    }
    with(|s| s.queue(w));
}

/// `--trace`: work about to be queued or posted; a resumption's arrow starts here.
#[cold]
#[inline(never)]
fn traced_queue(w: &Work, what: &str) {
    match *w {
        Work::Resume(b) => timeline::queued(b, what),
        _ => timeline::instant(what),
    }
}

/// A suspension at `await Task.Yield()`: counted, and the box queued to run again, on the
/// running code's SynchronizationContext if it has one, else on the pool (one borrow for all).
pub fn suspend_for_yield(b: *mut crate::task::Task) {
    with(|s| {
        s.count_suspension_in_context();
        if s.in_builtin_context() {
            s.post(Work::Resume(b));
        } else {
            s.queue(Work::Resume(b));
        }
    })
}

/// Counts a suspension; returns the running code's SynchronizationContext, else the
/// TaskScheduler of the program whose task it runs (0: neither; one borrow for all, on the hot
/// path of every suspension).
pub fn count_suspension_in_context() -> Word {
    with(|s| s.count_suspension_in_context())
}

/// The running logical thread's `Thread` object, made by `make` (given the managed id) at
/// its first use.
pub fn current_thread_object(make: impl FnOnce(i32) -> Word) -> Word {
    let (cached, id) = with(|s| {
        s.threads
            .get(s.current)
            .map_or((0, MAIN_THREAD_ID), |t| (t.object, t.managed_id))
    });
    if cached != 0 {
        return cached;
    }
    // Made outside the borrow: allocating may collect, which reads the scheduler.
    let object = make(id);
    with(|s| {
        let current = s.current;
        if let Some(t) = s.threads.get_mut(current) {
            t.object = object;
        }
    });
    object
}

pub fn current_managed_id() -> i32 {
    with(|s| {
        s.threads
            .get(s.current)
            .map_or(MAIN_THREAD_ID, |t| t.managed_id)
    })
}

/// An exception nobody can catch (it escaped `async void` or a pool callback): .NET ends the
/// process with it.
pub fn unhandled(e: Word) -> ! {
    console::flush();
    eprint!(
        "Unhandled exception. {}\n{}",
        crate::exception::describe(e),
        crate::trace::render(e)
    );
    exit_process(134);
}

pub fn suspensions() -> u64 {
    with(|s| s.suspensions)
}
