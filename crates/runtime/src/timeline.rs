//! `run --trace FILE`: the run as a timeline in Chrome's Trace Event Format (Perfetto and
//! chrome://tracing load it). One track per logical thread; a slice for each run of a
//! `MoveNext` (the method, the state it entered at, and whether it completed or suspended at
//! which line) and for each pool work item that is not one (a timer firing, a `Task.Run`
//! delegate, ...); instant events for suspensions, posts to a SynchronizationContext, work
//! queued to the pool, timers firing, tasks completing and blocking waits; and a flow arrow
//! from the completion of an awaited task to the `MoveNext` run it scheduled.
//!
//! Recording is off unless asked for: every hook is one relaxed load when it is. The JIT adds
//! the `MoveNext` hooks only to code compiled for tracing (`rt.trace_enter`/`rt.trace_leave`).
//! Under `--virtual-time` the clock only moves at timers, so each event is a microsecond after
//! the one before it, or at the virtual time if that is later: every slice stays visible and
//! in order.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

use crate::object::Word;
use crate::task::{SmDesc, Task, SM_OFFSET};

static ON: AtomicBool = AtomicBool::new(false);

/// The track of the timers (no logical thread: the scheduler fires them between work items).
pub const TIMER_TRACK: usize = 999;

/// Where `finish` writes the trace: set by `start`, taken by the first `finish` (the end of
/// `Main`, or the process ending inside: an unhandled exception, a deadlock).
static OUTPUTS: std::sync::Mutex<Vec<Output>> = std::sync::Mutex::new(Vec::new());

/// A file the trace goes to, as Trace Event JSON or as a page that draws it
/// (`timeline.html`, self-contained: the events inside, no network).
pub struct Output {
    pub path: String,
    pub html: bool,
}

/// One event, as Chrome's format has it: `ph` its phase (`B`/`E` a slice's begin and end, `i`
/// an instant, `s`/`f` a flow's start and finish, `M` metadata).
struct Event {
    ph: char,
    ts: u64,
    tid: usize,
    name: String,
    /// `"key": value` pairs, already JSON.
    args: String,
    /// A flow's id.
    id: u64,
}

#[derive(Default)]
struct Recorder {
    events: Vec<Event>,
    /// The flow waiting for each state machine's next `MoveNext` (by its address).
    pending_flows: HashMap<usize, u64>,
    next_flow: u64,
    /// The scheduler's clock at the last event (what events recorded inside the scheduler's
    /// borrow use).
    last_ms: u64,
    last_real: u64,
    /// Each logical thread's managed id, for its track's name.
    threads: HashMap<usize, i32>,
    /// When recording started, for real timestamps (`None` under `--virtual-time`).
    started: Option<std::time::Instant>,
}

thread_local! {
    static REC: RefCell<Recorder> = RefCell::new(Recorder::default());
}

/// Starts recording from nothing, for `finish` to write to `outputs`; timestamps are the
/// virtual clock's, or real microseconds.
pub fn start(outputs: Vec<Output>, virtual_time: bool) {
    if let Ok(mut o) = OUTPUTS.lock() {
        *o = outputs;
    }
    REC.with(|r| {
        *r.borrow_mut() = Recorder {
            started: (!virtual_time).then(std::time::Instant::now),
            ..Recorder::default()
        }
    });
    ON.store(true, Relaxed);
    crate::sites::refresh();
}

/// Stops recording and writes the trace where `start` said, once.
pub fn finish() {
    if !on() {
        return;
    }
    // The chains of awaits still suspended, on the main track at the end (hover it).
    let stacks = match crate::sched::is_free() {
        true => crate::deadlock::async_stacks(),
        false => String::new(),
    };
    let ms = REC.with(|r| r.borrow().last_ms);
    record_on(
        ms,
        0,
        0,
        'i',
        "async stacks at the end".into(),
        format!("\"stacks\": {}", json_str(&stacks)),
        0,
    );
    if !ON.swap(false, Relaxed) {
        return;
    }
    crate::sites::refresh();
    let outputs = OUTPUTS
        .lock()
        .map(|mut o| std::mem::take(&mut *o))
        .unwrap_or_default();
    for o in outputs {
        let text = match o.html {
            true => html(),
            false => json(),
        };
        if let Err(e) = std::fs::write(&o.path, text) {
            eprintln!("unawait: cannot write the trace to {}: {e}", o.path);
        }
    }
}

/// The page that draws the trace: `timeline.html` with the events in it (`</` escaped, so no
/// name can close the script element).
pub fn html() -> String {
    let events = json().replace("</", "<\\/");
    include_str!("timeline.html").replace("/*TRACE*/", &events)
}

#[inline(always)]
pub fn on() -> bool {
    ON.load(Relaxed)
}

fn record(ph: char, name: String, args: String, id: u64) {
    let ms = crate::sched::now_ms();
    let tid = crate::sched::current_thread();
    let managed = crate::sched::current_managed_id();
    record_on(ms, tid, managed, ph, name, args, id);
}

/// An instant event from inside the scheduler's borrow (which `record` would borrow again):
/// at `ms` on the scheduler's clock, on logical thread `tid`.
#[cold]
#[inline(never)]
pub fn instant_at(ms: u64, tid: usize, name: &str) {
    record_on(ms, tid, 0, 'i', name.to_string(), String::new(), 0);
}

fn record_on(ms: u64, tid: usize, managed: i32, ph: char, name: String, args: String, id: u64) {
    REC.with(|r| {
        let mut r = r.borrow_mut();
        r.last_ms = ms;
        let ts = match r.started {
            // Never before the track's previous event: the clock may have moved backwards by
            // nothing but rounding.
            Some(t) => (t.elapsed().as_micros() as u64).max(r.last_real),
            // A microsecond after the previous event, or the clock's time if that is later:
            // a thousand events in one virtual millisecond run on into the next ones rather
            // than pile up at its end.
            None if r.events.is_empty() => ms * 1000,
            None => (ms * 1000).max(r.last_real + 1),
        };
        r.last_real = ts;
        let known = r.threads.entry(tid).or_insert(managed);
        if *known == 0 {
            *known = managed;
        }
        r.events.push(Event {
            ph,
            ts,
            tid,
            name,
            args,
            id,
        });
    });
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `rt.trace_enter(desc, sm)`: a `MoveNext` of the method starts (the first run, in the
/// caller, or a resumption of its box), at the state in `sm`.
pub extern "C" fn trace_enter(desc: Word, sm: Word) -> Word {
    if !on() {
        return 0;
    }
    // SAFETY: the JIT passes the method's descriptor and its running state machine.
    let (d, state) = unsafe { (&*(desc as *const SmDesc), state(sm)) };
    let entered = match state {
        -1 => "start".to_string(),
        s => format!("resume at line {}", line(d, s)),
    };
    record(
        'B',
        d.name.clone(),
        format!("\"entered\": {}", json_str(&entered)),
        0,
    );
    if let Some(id) = REC.with(|r| r.borrow_mut().pending_flows.remove(&(sm as usize))) {
        record('f', "continuation".into(), String::new(), id);
    }
    0
}

/// `rt.trace_leave(desc, sm)`: the `MoveNext` returns, having completed the method or
/// suspended it.
pub extern "C" fn trace_leave(desc: Word, sm: Word) -> Word {
    if !on() {
        return 0;
    }
    // SAFETY: as `trace_enter`'s.
    let (d, state) = unsafe { (&*(desc as *const SmDesc), state(sm)) };
    let left = match state {
        s if s >= 0 => format!("suspended at line {}", line(d, s)),
        _ => "completed".to_string(),
    };
    record(
        'E',
        d.name.clone(),
        format!("\"left\": {}", json_str(&left)),
        0,
    );
    0
}

unsafe fn state(sm: Word) -> i32 {
    *(sm as *const i32)
}

fn line(d: &SmDesc, state: i32) -> u32 {
    d.await_lines.get(state as usize).copied().unwrap_or(0)
}

/// A suspension of `d`'s state machine at `state`.
#[cold]
#[inline(never)]
pub fn suspended(d: &SmDesc, state: i32) {
    let args = format!(
        "\"method\": {}, \"line\": {}",
        json_str(&d.name),
        line(d, state)
    );
    record('i', "suspend".into(), args, 0);
}

/// Box `b` is queued to resume later (`what` says how): the arrow starts here, where the
/// decision is made, and ends at its `MoveNext`.
#[cold]
#[inline(never)]
pub fn queued(b: *mut Task, what: &str) {
    record('i', what.to_string(), String::new(), 0);
    flow_to(b);
}

/// Box `b`'s `MoveNext` is about to run. Unless an arrow already waits for it (it was queued),
/// the resumption runs inline, in the slice that completed what it awaited: the arrow starts
/// there.
#[cold]
#[inline(never)]
pub fn resuming(b: *mut Task) {
    let waiting = REC.with(|r| {
        r.borrow()
            .pending_flows
            .contains_key(&(b as usize + SM_OFFSET))
    });
    if !waiting {
        record(
            'i',
            "awaited task completed: its continuation runs inline".into(),
            String::new(),
            0,
        );
        flow_to(b);
    }
}

/// A task completed with `status` (its continuations run later: they are queued).
#[cold]
#[inline(never)]
pub fn task_completed(status: u8) {
    let what = match status {
        crate::task::SUCCEEDED => "ran to completion",
        crate::task::FAULTED => "faulted",
        crate::task::CANCELED => "canceled",
        _ => "completed",
    };
    record(
        'i',
        "task completed".into(),
        format!("\"status\": {}", json_str(what)),
        0,
    );
}

/// A flow from here to box `b`'s next `MoveNext`.
fn flow_to(b: *mut Task) {
    let id = REC.with(|r| {
        let mut r = r.borrow_mut();
        r.next_flow += 1;
        let id = r.next_flow;
        r.pending_flows.insert(b as usize + SM_OFFSET, id);
        id
    });
    record('s', "continuation".into(), String::new(), id);
}

/// An instant event named `name` on the running thread.
#[cold]
#[inline(never)]
pub fn instant(name: &str) {
    record('i', name.to_string(), String::new(), 0);
}

/// Runs `f` inside a slice named `name` when recording (a pool work item that is not a
/// `MoveNext`).
#[inline(always)]
pub fn slice(name: &str, f: impl FnOnce()) {
    if !on() {
        return f();
    }
    work(name, true);
    f();
    work(name, false);
}

/// A slice's begin (`begin` true) or end, on the running thread.
#[cold]
#[inline(never)]
pub fn work(name: &str, begin: bool) {
    record(
        if begin { 'B' } else { 'E' },
        name.to_string(),
        String::new(),
        0,
    );
}

/// The recorded events as Trace Event JSON: `{"traceEvents": [...]}`, threads named.
pub fn json() -> String {
    REC.with(|r| {
        let r = r.borrow();
        let mut out = String::from("{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n");
        let mut threads: Vec<_> = r.threads.iter().collect();
        threads.sort();
        let mut first = true;
        let mut sep = |out: &mut String| {
            if !std::mem::take(&mut first) {
                out.push_str(",\n");
            }
        };
        for (&tid, &managed) in threads {
            sep(&mut out);
            let name = match tid {
                0 => "main thread (1)".to_string(),
                TIMER_TRACK => "timers".to_string(),
                _ => format!("pool thread ({managed})"),
            };
            let _ = write!(
                out,
                "{{\"ph\": \"M\", \"pid\": 1, \"tid\": {tid}, \"name\": \"thread_name\", \"args\": {{\"name\": {}}}}}",
                json_str(&name)
            );
        }
        for e in &r.events {
            sep(&mut out);
            let _ = write!(
                out,
                "{{\"ph\": \"{}\", \"pid\": 1, \"tid\": {}, \"ts\": {}, \"name\": {}",
                e.ph,
                e.tid,
                e.ts,
                json_str(&e.name)
            );
            match e.ph {
                's' | 'f' => {
                    let _ = write!(out, ", \"cat\": \"await\", \"id\": {}", e.id);
                    if e.ph == 'f' {
                        out.push_str(", \"bp\": \"e\"");
                    }
                }
                'i' => out.push_str(", \"s\": \"t\""),
                _ => {}
            }
            if !e.args.is_empty() {
                let _ = write!(out, ", \"args\": {{{}}}", e.args);
            }
            out.push('}');
        }
        out.push_str("\n]}\n");
        out
    })
}
