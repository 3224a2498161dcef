//! `System.Diagnostics.Stopwatch` (and `Environment.TickCount`) on the scheduler's clock
//! (`sched::now_ticks`): under
//! `--virtual-time` the virtual clock, so what a program measures is the sum of its delays and
//! sleeps, the same on every run.

// Stopwatch pointers come only from this runtime (the JIT hands back words it was given).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::exception;
use crate::object::{self, Header, Kind, TypeDesc, Word};
use crate::sched;
use crate::{entry_list, Entry};

#[repr(C)]
struct Stopwatch {
    header: Header,
    running: bool,
    /// The clock when it was last started, and the ticks of the earlier runs.
    started: i64,
    elapsed: i64,
}

pub(crate) static DESC: TypeDesc = TypeDesc {
    name: "System.Diagnostics.Stopwatch",
    kind: Kind::Other,
    base: None,
};

fn get<'a>(w: Word) -> Option<&'a mut Stopwatch> {
    if object::is_null(w) {
        exception::throw_null_reference();
        None
    } else {
        Some(unsafe { &mut *(w as *mut Stopwatch) })
    }
}

fn elapsed(w: &Stopwatch) -> i64 {
    w.elapsed
        + if w.running {
            sched::now_ticks() - w.started
        } else {
            0
        }
}

extern "C" fn new() -> Word {
    unsafe { object::alloc::<Stopwatch>(&DESC, 0) as Word }
}

extern "C" fn start_new() -> Word {
    let w = new();
    start(w);
    w
}

extern "C" fn start(w: Word) -> Word {
    if let Some(s) = get(w) {
        if !s.running {
            s.running = true;
            s.started = sched::now_ticks();
        }
    }
    0
}

extern "C" fn stop(w: Word) -> Word {
    if let Some(s) = get(w) {
        if s.running {
            s.elapsed = elapsed(s);
            s.running = false;
        }
    }
    0
}

extern "C" fn reset(w: Word) -> Word {
    if let Some(s) = get(w) {
        s.running = false;
        s.elapsed = 0;
    }
    0
}

extern "C" fn restart(w: Word) -> Word {
    if let Some(s) = get(w) {
        s.elapsed = 0;
        s.running = true;
        s.started = sched::now_ticks();
    }
    0
}

extern "C" fn is_running(w: Word) -> Word {
    get(w).map_or(0, |s| Word::from(s.running))
}

/// `Elapsed`: a `TimeSpan`, whose word is its ticks.
extern "C" fn elapsed_span(w: Word) -> Word {
    get(w).map_or(0, |s| elapsed(s) as Word)
}

extern "C" fn elapsed_ms(w: Word) -> Word {
    get(w).map_or(0, |s| (elapsed(s) / 10_000) as Word)
}

/// `ToString()` of a stopwatch: `Elapsed.ToString()`, as since .NET 7 (`None`: another object).
pub(crate) fn string_of(w: Word) -> Option<String> {
    // SAFETY: callers pass a live, non-null object.
    let desc = unsafe { object::desc_of(w) };
    std::ptr::eq(desc, &DESC).then(|| {
        let s = unsafe { &*(w as *const Stopwatch) };
        crate::timespan::constant(elapsed(s))
    })
}

/// `Stopwatch.Frequency`: .NET's on Linux, nanoseconds.
const FREQUENCY: i64 = 1_000_000_000;
const PER_TICK: i64 = FREQUENCY / 10_000_000;

/// `ElapsedTicks`: in units of `Frequency`, not `TimeSpan` ticks.
extern "C" fn elapsed_ticks(w: Word) -> Word {
    get(w).map_or(0, |s| (elapsed(s) * PER_TICK) as Word)
}

extern "C" fn frequency() -> Word {
    FREQUENCY as Word
}

extern "C" fn is_high_resolution() -> Word {
    1
}

/// `Stopwatch.GetTimestamp()`: the scheduler's clock in units of `Frequency`.
extern "C" fn get_timestamp() -> Word {
    (sched::now_ticks() * PER_TICK) as Word
}

/// `Environment.TickCount64`: milliseconds on the scheduler's clock (since the run started,
/// where .NET counts from the system's start: only differences mean anything in either).
extern "C" fn tick_count64() -> Word {
    sched::now_ms() as i64 as Word
}

/// `Environment.TickCount`: the same, wrapped to an `int`.
extern "C" fn tick_count() -> Word {
    sched::now_ms() as i64 as i32 as i64 as Word
}

type F0 = extern "C" fn() -> Word;
type F1 = extern "C" fn(Word) -> Word;

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "Stopwatch.Stopwatch()" => new as F0, None;
        "Stopwatch.StartNew()" => start_new as F0, None;
        "Stopwatch.Start()" => start as F1, None;
        "Stopwatch.Stop()" => stop as F1, None;
        "Stopwatch.Reset()" => reset as F1, None;
        "Stopwatch.Restart()" => restart as F1, None;
        "Stopwatch.IsRunning" => is_running as F1, None;
        "Stopwatch.Elapsed" => elapsed_span as F1, None;
        "Stopwatch.ElapsedMilliseconds" => elapsed_ms as F1, None;
        "Stopwatch.ElapsedTicks" => elapsed_ticks as F1, None;
        "Stopwatch.Frequency" => frequency as F0, None, nothrow;
        "Stopwatch.IsHighResolution" => is_high_resolution as F0, None, nothrow;
        "Stopwatch.GetTimestamp()" => get_timestamp as F0, None, nothrow;
        "Environment.TickCount" => tick_count as F0, None, nothrow;
        "Environment.TickCount64" => tick_count64 as F0, None, nothrow;
    }
}
