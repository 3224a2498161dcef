//! `CancellationTokenSource` and `CancellationToken`. A token is the word of its source (0 for
//! `CancellationToken.None`), so copying a token allocates nothing.

// Task, box and source pointers come only from this runtime: the JIT hands back words it was
// given. That is the module's invariant, instead of `unsafe` on every function taking one.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::exception;
use crate::object::{self, is_null, Header, Kind, TypeDesc, Word};
use crate::sched::{self, TimerAction};
use crate::task::{self, Task};

#[repr(C)]
pub struct Source {
    header: Header,
    canceled: bool,
    /// `Dispose()` ran: `Cancel` and `CancelAfter` throw ObjectDisposedException.
    disposed: bool,
    /// The timer of the latest `CancelAfter`.
    timer: Option<usize>,
    /// What to cancel when the source is (references, traced).
    registrations: Vec<Registration>,
}

enum Registration {
    /// `Task.Delay(ms, token)`: its task and timer.
    Delay(*mut Task, usize),
    /// `SemaphoreSlim.WaitAsync(token)`: the semaphore and the waiter's task.
    SemaphoreWait(Word, *mut Task),
    /// `CreateLinkedTokenSource`: the linked source, canceled with this one.
    Linked(Word),
    /// `token.Register(callback[, state])`: its id, the delegate, its state (`Action`'s is
    /// `None`) and the execution context it runs in (captured by `Register`, as .NET's is).
    Callback(Word, Word, Option<Word>, Word),
    /// A `ContinueWith` given the token: its task, canceled at once (task/run.rs).
    Continuation(*mut Task),
    /// While `Cancel()` runs: an exception a callback threw.
    Failed(Word),
}

impl Registration {
    fn refs(&self, f: &mut dyn FnMut(Word)) {
        match *self {
            Registration::Delay(t, _) => f(t as Word),
            Registration::SemaphoreWait(s, t) => {
                f(s);
                f(t as Word);
            }
            Registration::Linked(child) => f(child),
            Registration::Callback(_, d, state, context) => {
                f(d);
                state.into_iter().for_each(&mut *f);
                f(context);
            }
            Registration::Continuation(t) => f(t as Word),
            Registration::Failed(e) => f(e),
        }
    }
}

/// Cancels the semaphore waiter `t` of `sem` when the token's source is canceled.
pub(crate) fn register_semaphore_wait(token: Word, sem: Word, t: *mut Task) {
    unsafe {
        (*(token as *mut Source))
            .registrations
            .push(Registration::SemaphoreWait(sem, t))
    };
}

/// Cancels the private task `t` of a blocking wait (and stops its timeout's `timer`) when the
/// token's source is canceled (`waits.rs`, `events.rs`).
pub(crate) fn register_wait(token: Word, t: *mut Task, timer: usize) {
    unsafe {
        (*(token as *mut Source))
            .registrations
            .push(Registration::Delay(t, timer))
    };
}

pub(crate) static SOURCE_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.CancellationTokenSource",
    kind: Kind::CancellationTokenSource,
    base: None,
};

pub extern "C" fn new_source() -> Word {
    unsafe {
        let s = object::alloc::<Source>(&SOURCE_DESC, 0);
        std::ptr::write(&mut (*s).registrations, Vec::new());
        s as Word
    }
}

pub fn is_canceled(source: Word) -> bool {
    source != 0 && unsafe { (*(source as *mut Source)).canceled }
}

/// `Cancel()`: registrations run synchronously, most recent first, as .NET runs them. Every
/// callback runs even when one throws; their exceptions come back as one AggregateException
/// (.NET's `Cancel()` with `throwOnFirstException: false`). The registrations not run yet and
/// the exceptions so far stay in the source (traced) meanwhile: a callback may block, and a
/// `gc::root` guard must not be held across a block.
pub fn cancel_source(source: Word) -> Option<Word> {
    if source == 0 {
        return None;
    }
    let s = source as *mut Source;
    unsafe {
        if (*s).canceled {
            return None;
        }
        (*s).canceled = true;
    }
    let mut failed = 0;
    loop {
        let r = unsafe {
            let regs = &mut (*s).registrations;
            if regs.len() == failed {
                break;
            }
            regs.pop().expect("a registration")
        };
        let failure = match r {
            Registration::Delay(t, timer) => {
                sched::cancel_timer(timer);
                let e = exception::new_exception(&exception::TASK_CANCELED, None);
                task::complete(t, task::CANCELED, 0, vec![e]);
                None
            }
            Registration::SemaphoreWait(s, t) => {
                crate::sync::semaphore_canceled(s, t);
                None
            }
            // A disposed linked source has left its parents (.NET unregisters it).
            Registration::Linked(child) => {
                if unsafe { (*(child as *mut Source)).disposed } {
                    None
                } else {
                    cancel_source(child)
                }
            }
            Registration::Callback(_, d, state, context) => {
                let saved = crate::exec_ctx::current();
                crate::exec_ctx::set_current(context);
                run_callback(d, state);
                crate::exec_ctx::set_current(saved);
                crate::pending::is_pending().then(crate::pending::take)
            }
            Registration::Continuation(t) => {
                task::cancel_continuation(t);
                None
            }
            Registration::Failed(e) => Some(e),
        };
        if let Some(e) = failure {
            unsafe { (*s).registrations.insert(failed, Registration::Failed(e)) };
            failed += 1;
        }
    }
    if failed == 0 {
        return None;
    }
    let failures: Vec<Word> = unsafe { std::mem::take(&mut (*s).registrations) }
        .into_iter()
        .filter_map(|r| match r {
            Registration::Failed(e) => Some(e),
            _ => None,
        })
        .collect();
    let _roots = crate::gc::root(&failures);
    Some(exception::new_aggregate(failures))
}

/// Calls a `Register` callback; a failure is left pending.
fn run_callback(d: Word, state: Option<Word>) {
    use crate::delegate::{invoke0, invoke1, Ret};
    match state {
        None => invoke0(d, Ret::Void),
        Some(s) => invoke1(d, s, crate::object::ElemKind::Ref, None, Ret::Void),
    };
}

/// A `CancelAfter` timer fired: the callbacks' exceptions have no caller to go to (.NET's timer
/// thread lets them end the process).
pub fn cancel_from_timer(source: Word) {
    if let Some(e) = cancel_source(source) {
        sched::unhandled(e);
    }
}

thread_local! {
    /// The id of the latest `Register` callback (its registration object names it).
    static NEXT_ID: std::cell::Cell<Word> = const { std::cell::Cell::new(0) };
}

static REGISTRATION_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.CancellationTokenRegistration",
    kind: Kind::Slots,
    base: None,
};

/// `token.Register(callback)` / `Register(callback, state)`: on a canceled token the callback
/// runs now and its exception propagates; on `CancellationToken.None` it never runs. The
/// registration is an object naming the source and the callback's id (the default
/// registration, 0, when nothing was registered).
fn register(token: Word, d: Word, state: Option<Word>) -> Word {
    if is_null(d) {
        return exception::throw_argument_null("callback");
    }
    if token == 0 {
        return 0;
    }
    if is_canceled(token) {
        run_callback(d, state);
        return 0;
    }
    let _roots = crate::gc::root(&[token, d, state.unwrap_or(0)]);
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let reg = crate::slots::new(&REGISTRATION_DESC, vec![token, id]);
    unsafe {
        (*(token as *mut Source))
            .registrations
            .push(Registration::Callback(
                id,
                d,
                state,
                crate::exec_ctx::current(),
            ))
    };
    reg
}

extern "C" fn register_action(token: Word, d: Word) -> Word {
    register(token, d, None)
}

extern "C" fn register_state(token: Word, d: Word, state: Word) -> Word {
    register(token, d, Some(state))
}

/// `Unregister()`: whether the callback was still registered (it has not run and will not).
extern "C" fn unregister(reg: Word) -> Word {
    if reg == 0 {
        return 0;
    }
    let w = crate::slots::words(reg);
    let (source, id) = (w[0], w[1]);
    let regs = unsafe { &mut (*(source as *mut Source)).registrations };
    let Some(i) = regs
        .iter()
        .position(|r| matches!(r, Registration::Callback(x, ..) if *x == id))
    else {
        return 0;
    };
    regs.remove(i);
    1
}

/// `Dispose()`: unregisters the callback (nothing for the default registration).
pub(crate) extern "C" fn dispose_registration(reg: Word) -> Word {
    unregister(reg);
    0
}

pub(crate) fn is_registration(w: Word) -> bool {
    crate::slots::is(w, &REGISTRATION_DESC)
}

/// Cancels the `ContinueWith` task `t` when the token's source is canceled.
pub(crate) fn register_continuation(token: Word, t: *mut Task) {
    unsafe {
        (*(token as *mut Source))
            .registrations
            .push(Registration::Continuation(t))
    };
}

/// `Task.Delay(ms, token)`.
pub fn delay(ms: Word, token: Word) -> Word {
    let ms = ms as i32;
    if ms < -1 {
        return bad_delay();
    }
    if is_canceled(token) {
        let t = task::new_pending(None);
        let e = exception::new_exception(&exception::TASK_CANCELED, None);
        task::complete(t, task::CANCELED, 0, vec![e]);
        return t as Word;
    }
    if ms == 0 {
        return task::completed_task_word();
    }
    let t = task::new_delay();
    if ms > 0 && crate::sites::enabled() {
        // .NET's `DelayPromise` makes a `TimerQueueTimer` of its own (80 bytes on x64); unawait's
        // timer lives in the scheduler's list.
        crate::gc::count_dotnet_only(crate::gc::Site::Kind("timers (.NET's TimerQueueTimer)"), 80);
    }
    let timer = if ms > 0 {
        sched::add_timer(ms as u64, TimerAction::CompleteDelay(t))
    } else {
        usize::MAX
    };
    if token != 0 {
        unsafe {
            (*(token as *mut Source))
                .registrations
                .push(Registration::Delay(t, timer))
        };
    }
    t as Word
}

/// `CancellationTokenSource.CreateLinkedTokenSource(tokens)`: a new source canceled when any
/// token's source is, at once when one already is (.NET registers on each token in order, and
/// registering on a canceled token runs the callback then).
fn linked(tokens: &[Word]) -> Word {
    let child = new_source();
    let _root = crate::gc::root(&[child]);
    for &t in tokens.iter().filter(|&&t| t != 0) {
        if is_canceled(t) {
            cancel_source(child);
        } else {
            unsafe {
                (*(t as *mut Source))
                    .registrations
                    .push(Registration::Linked(child))
            };
        }
    }
    child
}

pub extern "C" fn create_linked(token: Word) -> Word {
    linked(&[token])
}

pub extern "C" fn create_linked2(token1: Word, token2: Word) -> Word {
    linked(&[token1, token2])
}

/// What `Cancel` and `CancelAfter` throw on a disposed source, as .NET words it.
fn disposed(source: Word) -> Option<Word> {
    unsafe { (*(source as *mut Source)).disposed }.then(|| {
        exception::throw_new(
            &exception::OBJECT_DISPOSED,
            Some("The CancellationTokenSource has been disposed."),
        )
    })
}

/// `Dispose()`: a pending `CancelAfter` timer no longer fires (.NET disposes it).
pub extern "C" fn dispose(source: Word) -> Word {
    if source == 0 {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    let s = source as *mut Source;
    unsafe {
        (*s).disposed = true;
        if let Some(timer) = (*s).timer.take() {
            sched::cancel_timer(timer);
        }
    }
    0
}

pub extern "C" fn cancel(source: Word) -> Word {
    if source == 0 {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    if let Some(e) = disposed(source) {
        return e;
    }
    match cancel_source(source) {
        Some(e) => crate::pending::throw(e),
        None => 0,
    }
}

pub extern "C" fn cancel_after(source: Word, ms: Word) -> Word {
    if source == 0 {
        return exception::throw_new(&exception::NULL_REFERENCE, None);
    }
    if let Some(e) = disposed(source) {
        return e;
    }
    let ms = ms as i32;
    if ms < -1 {
        return crate::pending::throw(exception::new_with_param(
            &exception::ARGUMENT_OUT_OF_RANGE,
            None,
            "millisecondsDelay",
        ));
    }
    if is_canceled(source) {
        return 0;
    }
    // A later CancelAfter replaces the pending one; -1 just stops it.
    let s = source as *mut Source;
    unsafe {
        if let Some(timer) = (*s).timer.take() {
            sched::cancel_timer(timer);
        }
        if ms >= 0 {
            (*s).timer = Some(sched::add_timer(ms as u64, TimerAction::Cancel(source)));
        }
    }
    0
}

pub extern "C" fn is_cancellation_requested(source: Word) -> Word {
    is_canceled(source) as Word
}

pub extern "C" fn throw_if_cancellation_requested(token: Word) -> Word {
    if is_canceled(token) {
        return exception::throw_new(&exception::OPERATION_CANCELED, None);
    }
    0
}

/// The tasks a source will cancel (gc/trace.rs).
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let s = w as *const Source;
    unsafe { (*s).registrations.iter().for_each(|r| r.refs(f)) };
}

/// # Safety
/// `w` is a source nothing reaches any more.
pub(crate) unsafe fn finalize(w: Word) {
    std::ptr::drop_in_place(&mut (*(w as *mut Source)).registrations);
}

/// .NET's error for a negative delay other than -1.
fn bad_delay() -> Word {
    crate::pending::throw(exception::new_with_param(
        &exception::ARGUMENT_OUT_OF_RANGE,
        Some("The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer."),
        "millisecondsDelay",
    ))
}

pub fn entries() -> Vec<crate::Entry> {
    crate::entry_list! {
        "CancellationToken.Register(Action)" => register_action as crate::F2, None;
        "CancellationToken.Register(Action<object>, object)" => register_state as crate::F3, None;
        "CancellationTokenRegistration.Dispose()" => dispose_registration as crate::F1, None;
        "CancellationTokenRegistration.Unregister()" => unregister as crate::F1, None;
        // A completed `ValueTask` (the word 0): the callbacks here run on the canceling
        // thread before `Cancel` returns, so none can still be running.
        "CancellationTokenRegistration.DisposeAsync()" => dispose_registration as crate::F1, None;
    }
}
