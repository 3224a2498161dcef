//! Awaits of custom awaiters (the program's own awaitables): the continuation the state machine
//! hands the awaiter's `OnCompleted`/`UnsafeOnCompleted`, as .NET's `AwaitUnsafeOnCompleted`
//! hands it the box's `MoveNextAction`. It is a delegate whose target is the box and whose code
//! resumes it; the awaiter decides when and on which thread it runs (no context is captured:
//! that is the awaiter's business, as in .NET).

// Task pointers come only from this runtime (see `task.rs`).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{builder::ensure_box, resume, state_of, SmDesc, Task, Word};

/// The code of every continuation delegate: resumes the box that is its target.
extern "C" fn resume_box(target: Word) {
    resume(target as *mut Task);
}

/// The cell a continuation delegate names (`delegate.rs`: the address of a cell holding the
/// code), as the JIT's code table holds a method's.
static RESUME_CODE: extern "C" fn(Word) = resume_box;

/// An `Action` that resumes box `b` (.NET's `MoveNextAction`): made at the box's first
/// suspension at a custom awaiter and kept, so a loop of such awaits allocates one.
pub fn resume_delegate(b: *mut Task) -> Word {
    // SAFETY: `b` is a live box.
    unsafe {
        if (*b).move_next_action == 0 {
            let cell = std::ptr::addr_of!(RESUME_CODE) as Word;
            let _root = crate::gc::root(&[b as Word]);
            (*b).move_next_action = crate::delegate::make(b as Word, cell, 1);
        }
        (*b).move_next_action
    }
}

/// `AwaitUnsafeOnCompleted`'s continuation for the await being suspended at (its state is
/// already stored): boxes the state machine on its first suspension, and returns an `Action`
/// that resumes the box.
pub extern "C" fn sm_continuation(sm: Word, desc: Word) -> Word {
    let sm = sm as *mut u8;
    unsafe {
        let d = &*(desc as *const SmDesc);
        let b = ensure_box(sm, d);
        crate::exec_ctx::capture_for(b);
        // An async iterator's `yield return` is no await: nothing to count.
        let state = state_of(sm);
        if d.yields.get(state as usize) == Some(&true) {
            return resume_delegate(b);
        }
        // A suspension like any other; the awaiter, not the await, decides where it resumes.
        crate::sched::count_suspension_in_context();
        if crate::sites::observing() {
            crate::sites::observe_suspension(d, state, b as usize, false);
        }
        resume_delegate(b)
    }
}

/// An exception escaping a custom awaiter's `OnCompleted`: the builder rethrows it on the pool
/// (`Task.ThrowAsync` with no context), where it ends the process as an unhandled exception.
pub extern "C" fn awaiter_threw(e: Word) -> Word {
    crate::sched::queue(crate::sched::Work::Raise(e));
    0
}
