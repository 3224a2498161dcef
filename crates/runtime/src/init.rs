//! Static constructors: C# runs a class's field initializers when the class is first used
//! (its first static field access, for the classes C# marks `beforefieldinit`, which are all
//! the classes of the subset), once; if they throw, every use throws the same
//! `TypeInitializationException`.

// The state pointer is one of the JIT's static words, handed to the runtime by compiled code.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::exception;
use crate::object::Word;
use crate::pending;

/// A class's state word: not run yet, running or done, or its `TypeInitializationException`.
pub const NOT_RUN: Word = 0;
pub const DONE: Word = 1;

/// `rt.init_class(cctor, state, name)`: the JIT's slow path when `*state` is not `DONE`.
pub extern "C" fn init_class(cctor: Word, state: *mut Word, name: Word) -> Word {
    unsafe {
        match *state {
            DONE => return 0,
            NOT_RUN => {}
            failed => return pending::throw(failed),
        }
        // Uses during the constructor itself see the fields as they are, as in C#.
        *state = DONE;
        let run: extern "C" fn() = std::mem::transmute(cctor as usize);
        run();
        if pending::is_pending() {
            let inner = pending::take();
            let class = crate::string::as_str(name);
            let message = format!("The type initializer for '{class}' threw an exception.");
            let e = exception::new_exception(&exception::TYPE_INITIALIZATION, Some(&message));
            exception::set_inner(e, inner);
            *state = e;
            return pending::throw(e);
        }
    }
    0
}
