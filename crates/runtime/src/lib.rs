//! The native runtime that JIT-compiled programs call: the object model, the library's values
//! (strings, arrays, lists, exceptions), tasks and method builders, awaiters, the deterministic
//! scheduler with its logical threads, timers and cancellation. docs/runtime.md has the design.
//!
//! Architecture invariant: every entry point is `extern "C"`, never panics and never unwinds
//! into JIT code; a failure is a C# exception in the pending slot (`pending.rs`). The runtime is
//! single-OS-threaded: logical threads are coroutines run by one scheduler.

pub mod gc;
pub mod init;
pub mod object;
pub mod pending;
// library modules (values): begin
pub mod collections;
pub mod console;
pub mod exception;
mod few;
pub mod format;
pub mod library;
pub mod string;
// library modules (values): end
// task modules: begin
pub mod cancel;
pub mod deadlock;
pub mod sched;
pub mod sites;
pub mod sync;
pub mod task;
mod tasklib;
pub mod trace;
// task modules: end

use object::Word;

/// What the JIT appends to a call's arguments, besides the C# arguments themselves (each one
/// `Word`): the information the runtime needs that C# carries in types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extra {
    None,
    /// One kind code (`ElemKind`) per type argument of the callee (`List<T>` -> T's kind).
    TypeArgs,
    /// The kind code of the first argument's machine type (`box`).
    ArgKind,
    /// The kind code of the result's machine type (`unbox`).
    DstKind,
    /// The descriptor (`class_for_cast`) of the result's C# type (`cast`).
    CastTarget,
    /// The calling method's name (a string): where a blocking call blocks, for deadlock reports.
    Site,
}

/// One function the JIT can call: every argument and the result are `Word`s.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// A library member as sema's table displays it with its type parameters
    /// (`List<T>.Add(T)`), or a runtime helper (`box`, `rt.concat`).
    pub name: &'static str,
    pub ptr: *const u8,
    pub extra: Extra,
}

/// Every entry point, library members and helpers alike.
pub fn entries() -> Vec<Entry> {
    let mut all = Vec::new();
    // library entries (values): begin
    all.extend(library::entries());
    // library entries (values): end
    // task entries: begin
    all.extend(tasklib::entries());
    all.extend(sync::entries());
    // task entries: end
    all
}

/// Kind code of a value for `Extra` arguments; `TaskStatus` prints by name when boxed.
pub const KIND_TASK_STATUS: Word = 5;
