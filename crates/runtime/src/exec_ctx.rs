//! The execution context `AsyncLocal<T>` values flow with (.NET's `ExecutionContext`): an
//! immutable map from `AsyncLocal` objects to values, which a set replaces by a copy. It is
//! captured where .NET captures it (an await that suspends, `Task.Run`, `ContinueWith`) and
//! restored where the captured work runs; an async method's kickoff restores its caller's
//! context when it returns (the JIT, only in programs that use `AsyncLocal`), so what the
//! method sets is not seen by its caller.
//!
//! Until a program first sets an `AsyncLocal`, every context is the empty one (0): the
//! capture and restore points test one flag and do nothing else.

use crate::object::{TypeDesc, Word};
use crate::task::Task;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    /// An `AsyncLocal` was set in this run: contexts may differ from the empty one.
    static USED: Cell<bool> = const { Cell::new(false) };
    /// The running code's context: 0 (empty) or a context object (`slots.rs`: local, value,
    /// local, value...).
    static CURRENT: Cell<Word> = const { Cell::new(0) };
    /// Contexts captured for work that runs later, by its task (a box, a `Task.Run` or
    /// `ContinueWith` task); an empty captured context has no entry.
    static CAPTURED: RefCell<HashMap<usize, Word>> = RefCell::new(HashMap::new());
}

static CONTEXT_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.ExecutionContext",
    kind: crate::object::Kind::Slots,
    base: None,
};

/// A new run starts with the empty context.
pub fn reset() {
    USED.with(|u| u.set(false));
    CURRENT.with(|c| c.set(0));
    CAPTURED.with(|c| c.borrow_mut().clear());
}

#[inline(always)]
pub fn used() -> bool {
    USED.with(Cell::get)
}

/// The running code's context (what a parked logical thread keeps, `sched::park`).
#[inline]
pub fn current() -> Word {
    CURRENT.with(Cell::get)
}

#[inline]
pub fn set_current(ec: Word) {
    CURRENT.with(|c| c.set(ec));
}

/// Captures the running context for `t`, which runs later (`enter`).
#[inline(always)]
pub fn capture_for(t: *mut Task) {
    if used() {
        capture_slow(t);
    }
}

#[cold]
#[inline(never)]
fn capture_slow(t: *mut Task) {
    let ec = current();
    CAPTURED.with(|c| {
        let mut c = c.borrow_mut();
        if ec == 0 {
            c.remove(&(t as usize));
        } else {
            c.insert(t as usize, ec);
        }
    });
}

/// `t` will not run: its captured context is dropped.
pub fn forget(t: *mut Task) {
    if used() {
        CAPTURED.with(|c| c.borrow_mut().remove(&(t as usize)));
    }
}

/// Work captured for `t` starts: its context becomes the running one; returns what `leave`
/// restores after it.
#[inline]
pub fn enter(t: *mut Task) -> Option<Word> {
    if !used() {
        return None;
    }
    let ec = CAPTURED
        .with(|c| c.borrow_mut().remove(&(t as usize)))
        .unwrap_or(0);
    Some(CURRENT.with(|c| c.replace(ec)))
}

#[inline]
pub fn leave(saved: Option<Word>) {
    if let Some(ec) = saved {
        set_current(ec);
    }
}

/// `AsyncLocal<T>.Value`: the running context's value for `local`, or `default(T)` (0).
pub fn get(local: Word) -> Word {
    let ec = current();
    if ec == 0 {
        return 0;
    }
    let w = crate::slots::words(ec);
    w.chunks(2).find(|p| p[0] == local).map_or(0, |p| p[1])
}

/// `AsyncLocal<T>.Value = value`: the running context becomes a copy with `local` set.
pub fn set(local: Word, value: Word) {
    let ec = current();
    let mut words = if ec == 0 {
        Vec::new()
    } else {
        crate::slots::words(ec).clone()
    };
    match words.chunks_mut(2).find(|p| p[0] == local) {
        Some(p) => p[1] = value,
        None => words.extend([local, value]),
    }
    let _roots = crate::gc::root(&words);
    let new = crate::slots::new(&CONTEXT_DESC, words);
    USED.with(|u| u.set(true));
    set_current(new);
}

/// The contexts the runtime holds (the collector's roots).
pub fn for_each_root(f: &mut dyn FnMut(Word)) {
    f(current());
    CAPTURED.with(|c| c.borrow().values().for_each(|&w| f(w)));
}

/// `rt.ec_save`: the context an async method's kickoff restores when its `MoveNext` returns.
pub extern "C" fn save() -> Word {
    current()
}

/// `rt.ec_restore`.
pub extern "C" fn restore(ec: Word) -> Word {
    set_current(ec);
    0
}
