//! `ManualResetEventSlim`, `ManualResetEvent`, `AutoResetEvent` and `CountdownEvent`: one heap
//! object kind (`Kind::Event`) with a mode. A wait that cannot return at once blocks the logical
//! thread on a private pending task queued in the event (first come, first served); `Set` (or
//! the countdown reaching 0) completes them all, an auto-reset event's `Set` the first one
//! only. A timeout is a timer that completes the private task with false, a token a
//! cancellation registration that cancels it (`waits.rs`).

// Event and task pointers come only from this runtime: the JIT hands back words it was given.
// That is the module's invariant, instead of `unsafe` on every function taking one.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::exception;
use crate::object::{self, Header, Kind, TypeDesc, Word};
use crate::pending;
use crate::sched::{self, TimerAction};
use crate::task::{self, Task, CANCELED, SUCCEEDED};
use crate::waits::throw_canceled;
use crate::{entry_list, Entry};
use std::collections::VecDeque;

const MANUAL: u8 = 0;
const AUTO: u8 = 1;
const COUNTDOWN: u8 = 2;

#[repr(C)]
struct Event {
    header: Header,
    mode: u8,
    /// Set (for a countdown: its count is 0).
    signaled: bool,
    count: i32,
    initial: i32,
    /// The private tasks of blocked waits (references, traced), in arrival order.
    waiters: VecDeque<*mut Task>,
}

pub(crate) static MANUAL_SLIM_DESC: TypeDesc = desc("System.Threading.ManualResetEventSlim");
pub(crate) static MANUAL_DESC: TypeDesc = desc("System.Threading.ManualResetEvent");
pub(crate) static AUTO_DESC: TypeDesc = desc("System.Threading.AutoResetEvent");
pub(crate) static COUNTDOWN_DESC: TypeDesc = desc("System.Threading.CountdownEvent");

const fn desc(name: &'static str) -> TypeDesc {
    TypeDesc {
        name,
        kind: Kind::Event,
        base: None,
    }
}

fn new_event(desc: &'static TypeDesc, mode: u8, signaled: bool, count: i32) -> Word {
    unsafe {
        let e = object::alloc::<Event>(desc, 0);
        std::ptr::write(&mut (*e).waiters, VecDeque::new());
        (*e).mode = mode;
        (*e).signaled = signaled;
        (*e).count = count;
        (*e).initial = count;
        e as Word
    }
}

fn event<'a>(w: Word) -> Option<&'a mut Event> {
    if object::is_null(w) {
        exception::throw_null_reference();
        None
    } else {
        Some(unsafe { &mut *(w as *mut Event) })
    }
}

fn out_of_range(param: &str, message: Option<&str>) -> Word {
    pending::throw(exception::new_with_param(
        &exception::ARGUMENT_OUT_OF_RANGE,
        message,
        param,
    ))
}

/// `WaitHandle`'s message for a bad timeout (the slim types give none).
const NEED_NON_NEG_OR_MINUS_ONE: Option<&str> =
    Some("Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");

/// Waits until the event is set, `ms` passes (-1: never) or `token` is canceled; whether it
/// was set (an exception is pending when it returns false after a cancellation). An
/// auto-reset event is reset by the wait it releases.
fn wait(e: Word, ms: i32, token: Word, site: Word) -> Word {
    if crate::cancel::is_canceled(token) {
        throw_canceled();
        return 0;
    }
    let Some(ev) = event(e) else { return 0 };
    if ev.signaled {
        if ev.mode == AUTO {
            ev.signaled = false;
        }
        return 1;
    }
    if ms == 0 {
        return 0;
    }
    let w = task::new_pending(None);
    let source = if ev.mode == COUNTDOWN {
        task::Source::Countdown
    } else {
        task::Source::Event
    };
    task::set_source(w, source);
    // `ev` was made before the allocation, which moves nothing.
    ev.waiters.push_back(w);
    let timer = if ms > 0 {
        sched::add_timer(ms as u64, TimerAction::CompleteDelay(w))
    } else {
        usize::MAX
    };
    if token != 0 {
        crate::cancel::register_wait(token, w, timer);
    }
    sched::block_on(w, site);
    sched::cancel_timer(timer);
    let ev = unsafe { &mut *(e as *mut Event) };
    if let Some(i) = ev.waiters.iter().position(|&x| x == w) {
        ev.waiters.remove(i);
    }
    unsafe {
        match (*w).status {
            CANCELED => {
                throw_canceled();
                0
            }
            _ => Word::from((*w).result != 0),
        }
    }
}

/// Releases every waiter (manual and countdown) or the first one still waiting (auto; the
/// event stays set when nobody waits).
fn set(e: Word) -> Word {
    let Some(ev) = event(e) else { return 0 };
    if ev.mode == AUTO {
        while let Some(w) = ev.waiters.pop_front() {
            if task::is_pending(w) {
                let _root = crate::gc::root(&[w as Word]);
                task::complete(w, SUCCEEDED, 1, Vec::new());
                return 1;
            }
        }
        ev.signaled = true;
        return 1;
    }
    ev.signaled = true;
    let woken: Vec<Word> = ev.waiters.drain(..).map(|w| w as Word).collect();
    let _roots = crate::gc::root(&woken);
    for w in woken {
        task::complete(task::from_word(w), SUCCEEDED, 1, Vec::new());
    }
    1
}

fn reset(e: Word) -> Word {
    if let Some(ev) = event(e) {
        ev.signaled = false;
    }
    1
}

extern "C" fn is_set(e: Word) -> Word {
    event(e).map_or(0, |ev| Word::from(ev.signaled))
}

extern "C" fn set_void(e: Word) -> Word {
    set(e);
    0
}
extern "C" fn set_bool(e: Word) -> Word {
    set(e)
}
extern "C" fn reset_void(e: Word) -> Word {
    reset(e);
    0
}
extern "C" fn reset_bool(e: Word) -> Word {
    reset(e)
}
extern "C" fn dispose(e: Word) -> Word {
    event(e);
    0
}

// ---- ManualResetEventSlim --------------------------------------------------------------------

extern "C" fn slim_new() -> Word {
    new_event(&MANUAL_SLIM_DESC, MANUAL, false, 0)
}
extern "C" fn slim_new_state(state: Word) -> Word {
    new_event(&MANUAL_SLIM_DESC, MANUAL, state & 1 != 0, 0)
}

/// The slim types' check of `millisecondsTimeout` (no message of their own).
fn slim_wait(e: Word, ms: i32, token: Word, site: Word) -> Word {
    if ms < -1 {
        return out_of_range("millisecondsTimeout", None);
    }
    wait(e, ms, token, site)
}

extern "C" fn slim_wait_inf(e: Word, site: Word) -> Word {
    slim_wait(e, -1, 0, site);
    0
}
extern "C" fn slim_wait_ms(e: Word, ms: Word, site: Word) -> Word {
    slim_wait(e, ms as u32 as i32, 0, site)
}
extern "C" fn slim_wait_token(e: Word, token: Word, site: Word) -> Word {
    slim_wait(e, -1, token, site);
    0
}
extern "C" fn slim_wait_ms_token(e: Word, ms: Word, token: Word, site: Word) -> Word {
    slim_wait(e, ms as u32 as i32, token, site)
}
extern "C" fn slim_wait_timespan(e: Word, span: Word, site: Word) -> Word {
    match crate::timespan::millis(span, None, "timeout") {
        Ok(ms) => wait(e, ms as u32 as i32, 0, site),
        Err(x) => x,
    }
}

// ---- ManualResetEvent, AutoResetEvent ---------------------------------------------------------

extern "C" fn manual_new(state: Word) -> Word {
    new_event(&MANUAL_DESC, MANUAL, state & 1 != 0, 0)
}
extern "C" fn auto_new(state: Word) -> Word {
    new_event(&AUTO_DESC, AUTO, state & 1 != 0, 0)
}
extern "C" fn wait_one(e: Word, site: Word) -> Word {
    wait(e, -1, 0, site)
}
extern "C" fn wait_one_ms(e: Word, ms: Word, site: Word) -> Word {
    let ms = ms as u32 as i32;
    if ms < -1 {
        return out_of_range("millisecondsTimeout", NEED_NON_NEG_OR_MINUS_ONE);
    }
    wait(e, ms, 0, site)
}
extern "C" fn wait_one_timespan(e: Word, span: Word, site: Word) -> Word {
    match crate::timespan::millis(span, NEED_NON_NEG_OR_MINUS_ONE, "timeout") {
        Ok(ms) => wait(e, ms as u32 as i32, 0, site),
        Err(x) => x,
    }
}

// ---- CountdownEvent --------------------------------------------------------------------------

const BELOW_ZERO: &str = "Invalid attempt made to decrement the event's count below zero.";
const ALREADY_ZERO: &str = "The event is already signaled and cannot be incremented.";
const ALREADY_MAX: &str = "The increment operation would cause the CurrentCount to overflow.";

extern "C" fn countdown_new(count: Word) -> Word {
    let count = count as u32 as i32;
    if count < 0 {
        return out_of_range("initialCount", None);
    }
    new_event(&COUNTDOWN_DESC, COUNTDOWN, count == 0, count)
}

extern "C" fn current_count(e: Word) -> Word {
    event(e).map_or(0, |ev| ev.count.max(0) as i64 as Word)
}
extern "C" fn initial_count(e: Word) -> Word {
    event(e).map_or(0, |ev| ev.initial as i64 as Word)
}

/// `Signal(n)`: whether the count reached 0 (which releases every waiter).
fn signal(e: Word, n: i32) -> Word {
    let Some(ev) = event(e) else { return 0 };
    if n <= 0 {
        return out_of_range("signalCount", None);
    }
    if ev.count < n {
        return exception::throw_new(&exception::INVALID_OPERATION, Some(BELOW_ZERO));
    }
    ev.count -= n;
    if ev.count == 0 {
        set(e);
        return 1;
    }
    0
}
extern "C" fn signal_one(e: Word) -> Word {
    signal(e, 1)
}
extern "C" fn signal_many(e: Word, n: Word) -> Word {
    signal(e, n as u32 as i32)
}

/// `TryAddCount(n)`: false when the count is 0 already.
fn try_add(e: Word, n: i32) -> Word {
    let Some(ev) = event(e) else { return 0 };
    if n <= 0 {
        return out_of_range("signalCount", None);
    }
    if ev.count == 0 {
        return 0;
    }
    if ev.count > i32::MAX - n {
        return exception::throw_new(&exception::INVALID_OPERATION, Some(ALREADY_MAX));
    }
    ev.count += n;
    1
}
fn add(e: Word, n: i32) -> Word {
    let added = try_add(e, n);
    if added == 0 && !pending::is_pending() {
        return exception::throw_new(&exception::INVALID_OPERATION, Some(ALREADY_ZERO));
    }
    0
}
extern "C" fn try_add_one(e: Word) -> Word {
    try_add(e, 1)
}
extern "C" fn try_add_many(e: Word, n: Word) -> Word {
    try_add(e, n as u32 as i32)
}
extern "C" fn add_one(e: Word) -> Word {
    add(e, 1)
}
extern "C" fn add_many(e: Word, n: Word) -> Word {
    add(e, n as u32 as i32)
}

/// `Reset(count)`: the count and the initial count become `count`; set when it is 0.
fn countdown_reset(e: Word, count: i32) -> Word {
    let Some(ev) = event(e) else { return 0 };
    if count < 0 {
        return out_of_range("count", None);
    }
    ev.count = count;
    ev.initial = count;
    if count == 0 {
        set(e);
    } else {
        ev.signaled = false;
    }
    0
}
extern "C" fn countdown_reset_initial(e: Word) -> Word {
    match event(e) {
        Some(ev) => {
            let initial = ev.initial;
            countdown_reset(e, initial)
        }
        None => 0,
    }
}
extern "C" fn countdown_reset_to(e: Word, count: Word) -> Word {
    countdown_reset(e, count as u32 as i32)
}

// ---- Collector support -----------------------------------------------------------------------

/// The private tasks of an event's blocked waits (gc/trace.rs).
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    unsafe {
        (*(w as *const Event))
            .waiters
            .iter()
            .for_each(|&t| f(t as Word))
    }
}

/// Frees a dead event's queue.
/// # Safety
/// `w` is an event nothing reaches any more.
pub(crate) unsafe fn finalize(w: Word) {
    std::ptr::drop_in_place(&mut (*(w as *mut Event)).waiters);
}

type F0 = extern "C" fn() -> Word;
type F1 = extern "C" fn(Word) -> Word;
type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;
type F4 = extern "C" fn(Word, Word, Word, Word) -> Word;

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "ManualResetEventSlim.ManualResetEventSlim()" => slim_new as F0, None;
        "ManualResetEventSlim.ManualResetEventSlim(bool)" => slim_new_state as F1, None;
        "ManualResetEventSlim.IsSet" => is_set as F1, None;
        "ManualResetEventSlim.Set()" => set_void as F1, None;
        "ManualResetEventSlim.Reset()" => reset_void as F1, None;
        "ManualResetEventSlim.Wait()" => slim_wait_inf as F2, Site;
        "ManualResetEventSlim.Wait(int)" => slim_wait_ms as F3, Site;
        "ManualResetEventSlim.Wait(TimeSpan)" => slim_wait_timespan as F3, Site;
        "ManualResetEventSlim.Wait(CancellationToken)" => slim_wait_token as F3, Site;
        "ManualResetEventSlim.Wait(int, CancellationToken)" => slim_wait_ms_token as F4, Site;
        "ManualResetEventSlim.Dispose()" => dispose as F1, None;
        "ManualResetEvent.ManualResetEvent(bool)" => manual_new as F1, None;
        "ManualResetEvent.Set()" => set_bool as F1, None;
        "ManualResetEvent.Reset()" => reset_bool as F1, None;
        "ManualResetEvent.WaitOne()" => wait_one as F2, Site;
        "ManualResetEvent.WaitOne(int)" => wait_one_ms as F3, Site;
        "ManualResetEvent.WaitOne(TimeSpan)" => wait_one_timespan as F3, Site;
        "ManualResetEvent.Dispose()" => dispose as F1, None;
        "AutoResetEvent.AutoResetEvent(bool)" => auto_new as F1, None;
        "AutoResetEvent.Set()" => set_bool as F1, None;
        "AutoResetEvent.Reset()" => reset_bool as F1, None;
        "AutoResetEvent.WaitOne()" => wait_one as F2, Site;
        "AutoResetEvent.WaitOne(int)" => wait_one_ms as F3, Site;
        "AutoResetEvent.WaitOne(TimeSpan)" => wait_one_timespan as F3, Site;
        "AutoResetEvent.Dispose()" => dispose as F1, None;
        "CountdownEvent.CountdownEvent(int)" => countdown_new as F1, None;
        "CountdownEvent.CurrentCount" => current_count as F1, None;
        "CountdownEvent.InitialCount" => initial_count as F1, None;
        "CountdownEvent.IsSet" => is_set as F1, None;
        "CountdownEvent.Signal()" => signal_one as F1, None;
        "CountdownEvent.Signal(int)" => signal_many as F2, None;
        "CountdownEvent.AddCount()" => add_one as F1, None;
        "CountdownEvent.AddCount(int)" => add_many as F2, None;
        "CountdownEvent.TryAddCount()" => try_add_one as F1, None;
        "CountdownEvent.TryAddCount(int)" => try_add_many as F2, None;
        "CountdownEvent.Reset()" => countdown_reset_initial as F1, None;
        "CountdownEvent.Reset(int)" => countdown_reset_to as F2, None;
        "CountdownEvent.Wait()" => slim_wait_inf as F2, Site;
        "CountdownEvent.Wait(int)" => slim_wait_ms as F3, Site;
        "CountdownEvent.Wait(TimeSpan)" => slim_wait_timespan as F3, Site;
        "CountdownEvent.Wait(CancellationToken)" => slim_wait_token as F3, Site;
        "CountdownEvent.Dispose()" => dispose as F1, None;
    }
}
