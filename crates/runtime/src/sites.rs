//! What happened at each await of the program (`--stats`, and the test that holds `explain`'s
//! predictions against reality): how often it ran, how often it suspended, and where its
//! continuation ran. Counting is off unless asked for, so the fast path pays nothing for it.

use crate::task::SmDesc;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// The counts of one await, keyed by its method and state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AwaitCounts {
    /// Times the await ran (its `GetResult`, on the fast path or after resuming).
    pub executed: u64,
    pub suspended: u64,
    /// Where the method resumed after suspending there.
    pub resumed_on_main: u64,
    pub resumed_on_pool: u64,
}

impl AwaitCounts {
    /// Times the await was reached: those that got their result, and those still suspended
    /// when the program ended (which never got to `GetResult`).
    pub fn ran(&self) -> u64 {
        let resumed = self.resumed_on_main + self.resumed_on_pool;
        self.executed + self.suspended.saturating_sub(resumed)
    }
}

/// Read on every suspension and resumption: a plain load when counting is off.
static ON: AtomicBool = AtomicBool::new(false);

/// Counting or tracing (`timeline`): what a suspension checks, once, for both.
static OBSERVING: AtomicBool = AtomicBool::new(false);

pub fn observing() -> bool {
    OBSERVING.load(Relaxed)
}

/// Recomputes `observing` after counting or tracing starts or stops.
pub(crate) fn refresh() {
    OBSERVING.store(enabled() || crate::timeline::on(), Relaxed);
}

/// Box `b` of `d` resumes at `state` (its `MoveNext` runs next), for whichever of counting and
/// tracing is on.
#[cold]
#[inline(never)]
pub fn observe_resumption(d: *const SmDesc, state: i32, b: *mut crate::task::Task) {
    // SAFETY: a box's descriptor lives as long as the program.
    if unsafe { (&(*d).yields).get(state as usize) } == Some(&true) {
        return;
    }
    if enabled() {
        count_resumption(d, state, crate::sched::on_main_thread(), b as usize);
    }
    if crate::timeline::on() {
        crate::timeline::resuming(b);
    }
}

/// A suspension of box `b` of `d` at `state` (at `await Task.Yield()` when `yields`), for
/// whichever of counting and tracing is on.
#[cold]
#[inline(never)]
pub fn observe_suspension(d: &SmDesc, state: i32, b: usize, yields: bool) {
    if enabled() {
        count_suspension(d, state, b);
    }
    if crate::timeline::on() {
        crate::timeline::suspended(d, state);
        if yields {
            crate::timeline::queued(
                b as *mut crate::task::Task,
                "Task.Yield: the rest is queued",
            );
        }
    }
}

thread_local! {
    static COUNTS: RefCell<HashMap<(usize, i32), AwaitCounts>> = RefCell::new(HashMap::new());
    /// The logical thread each suspended box suspended on, and the resumptions that ran on
    /// another one.
    static SUSPENDED_ON: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
    static HOPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Starts counting from zero (or stops, with `false`).
pub fn enable(on: bool) {
    ON.store(on, Relaxed);
    COUNTS.with(|c| c.borrow_mut().clear());
    SUSPENDED_ON.with(|c| c.borrow_mut().clear());
    HOPS.with(|h| h.set(0));
    refresh();
}

/// Resumptions that ran on another logical thread than their suspension (`--stats`).
pub fn thread_hops() -> u64 {
    HOPS.with(|h| h.get())
}

pub fn enabled() -> bool {
    ON.load(Relaxed)
}

fn bump(desc: *const SmDesc, state: i32, f: impl FnOnce(&mut AwaitCounts)) {
    if enabled() {
        COUNTS.with(|c| f(c.borrow_mut().entry((desc as usize, state)).or_default()));
    }
}

/// `rt.count_await(desc, state)`: the JIT calls it before each await's `GetResult` when the
/// program was compiled to count (`unawait_jit::compile_counting`).
pub extern "C" fn count_await(desc: u64, state: u64) -> u64 {
    bump(desc as *const SmDesc, state as i32, |c| c.executed += 1);
    0
}

/// A suspension of the box `b` at `state`.
pub fn count_suspension(desc: *const SmDesc, state: i32, b: usize) {
    bump(desc, state, |c| c.suspended += 1);
    let thread = crate::sched::current_thread();
    SUSPENDED_ON.with(|m| m.borrow_mut().insert(b, thread));
}

/// The box `b` resumed at `state` (on the main thread or not).
pub fn count_resumption(desc: *const SmDesc, state: i32, on_main: bool, b: usize) {
    if let Some(from) = SUSPENDED_ON.with(|m| m.borrow_mut().remove(&b)) {
        if from != crate::sched::current_thread() {
            HOPS.with(|h| h.set(h.get() + 1));
        }
    }
    bump(desc, state, |c| {
        if on_main {
            c.resumed_on_main += 1
        } else {
            c.resumed_on_pool += 1
        }
    });
}

/// One await's counts, with its method, state and line.
pub struct Site {
    pub method: String,
    pub state: i32,
    pub line: u32,
    pub counts: AwaitCounts,
}

/// The counts of every await that ran, by method and state.
pub fn snapshot() -> Vec<Site> {
    COUNTS.with(|c| {
        let mut v: Vec<Site> = c
            .borrow()
            .iter()
            .map(|(&(d, state), counts)| {
                let d = unsafe { &*(d as *const SmDesc) };
                Site {
                    method: d.name.clone(),
                    state,
                    line: d.await_lines.get(state as usize).copied().unwrap_or(0),
                    counts: *counts,
                }
            })
            .collect();
        v.sort_by(|a, b| (&a.method, a.state).cmp(&(&b.method, b.state)));
        v
    })
}
