//! `CancellationTokenSource` and `CancellationToken`. A token is the word of its source (0 for
//! `CancellationToken.None`), so copying a token allocates nothing.

// Task, box and source pointers come only from this runtime: the JIT hands back words it was
// given. That is the module's invariant, instead of `unsafe` on every function taking one.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::exception;
use crate::object::{self, Header, Kind, TypeDesc, Word};
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

/// `Cancel()`: registrations run synchronously, most recent first, as .NET runs them.
pub fn cancel_source(source: Word) {
    if source == 0 {
        return;
    }
    let regs = unsafe {
        let s = source as *mut Source;
        if (*s).canceled {
            return;
        }
        (*s).canceled = true;
        std::mem::take(&mut (*s).registrations)
    };
    let mut words: Vec<Word> = Vec::new();
    regs.iter().for_each(|r| r.refs(&mut |w| words.push(w)));
    let _roots = crate::gc::root(&words);
    for r in regs.into_iter().rev() {
        match r {
            Registration::Delay(t, timer) => {
                sched::cancel_timer(timer);
                let e = exception::new_exception(&exception::TASK_CANCELED, None);
                task::complete(t, task::CANCELED, 0, vec![e]);
            }
            Registration::SemaphoreWait(s, t) => crate::sync::semaphore_canceled(s, t),
            // A disposed linked source has left its parents (.NET unregisters it).
            Registration::Linked(child) => {
                if !unsafe { (*(child as *mut Source)).disposed } {
                    cancel_source(child);
                }
            }
        }
    }
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
    cancel_source(source);
    0
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
