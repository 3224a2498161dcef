//! The pending-exception slot: how a C# exception travels through JIT code without unwinding.
//! A runtime function that throws stores the exception here and returns a dummy value; the JIT
//! checks the slot after every instruction that can throw (`smir::liveness::can_throw`) and
//! branches to the block's handler or returns to its caller, which checks again.

use crate::object::Word;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Non-zero while an exception is in flight. The JIT loads it by address (`pending_address`).
static PENDING: AtomicU64 = AtomicU64::new(0);

pub fn pending_address() -> *const u64 {
    PENDING.as_ptr()
}

/// Makes `exception` the one in flight; returns 0 so callers can `return throw(e)`.
pub fn throw(exception: Word) -> Word {
    PENDING.store(exception, Relaxed);
    0
}

pub fn peek() -> Word {
    PENDING.load(Relaxed)
}

pub fn is_pending() -> bool {
    PENDING.load(Relaxed) != 0
}

/// Takes the exception in flight (what a handler's `Caught` does).
pub fn take() -> Word {
    PENDING.swap(0, Relaxed)
}
