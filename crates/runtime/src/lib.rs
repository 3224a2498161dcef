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
pub mod runtime_type;
// library modules (values): begin
pub mod array_ops;
mod async_iterator;
pub mod builder;
pub mod collections;
pub mod console;
mod default_comparer;
pub mod delegate;
pub mod deque;
pub mod disposable;
pub mod enums;
pub mod equality;
pub mod exception;
mod few;
pub mod format;
pub mod hashed;
mod hashed_copy;
mod ifaces;
mod introsort;
mod iterator;
mod keyed;
pub mod library;
pub mod linq;
pub mod list_delegates;
mod list_ops;
mod math;
pub mod mdarray;
mod nullable;
pub mod numfmt;
pub mod string;
pub mod text;
pub mod timeline;
mod timespan;
mod user_comparer;
mod user_enum;
// library modules (values): end
// task modules: begin
pub mod cancel;
pub mod deadlock;
mod events;
pub mod exec_ctx;
mod locals;
mod monitor;
mod parallel;
pub mod sched;
mod set_ops;
pub mod sites;
pub mod slots;
mod stopwatch;
pub mod sync;
pub mod sync_context;
pub mod task;
pub mod task_scheduler;
mod tasklib;
pub mod trace;
mod waits;
// task modules: end

use object::Word;

/// What the JIT appends to a call's arguments, besides the C# arguments themselves (each one
/// `Word`): the information the runtime needs that C# carries in types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extra {
    None,
    /// One kind code (`ElemKind`) per type argument of the callee (`List<T>` -> T's kind).
    TypeArgs,
    /// The kind codes of `TypeArgs`, then for each type argument the descriptor of the
    /// program's enum it is (`enums::EnumDesc`), or 0: members that print elements by name.
    TypeArgsEnums,
    /// The kind code of the first argument's machine type (`box`).
    ArgKind,
    /// The kind code of the result's machine type (`unbox`).
    DstKind,
    /// The descriptor (`class_for_cast`) of the result's C# type (`cast`).
    CastTarget,
    /// The descriptor of the program's class (an enum's: `EnumDesc`) whose id is the last
    /// argument, a constant.
    ClassDesc,
    /// The calling method's name (a string): where a blocking call blocks, for deadlock reports.
    Site,
}

/// One function the JIT can call: every argument and the result are `Word`s (or raw pointers,
/// which are words too).
///
/// # Safety (the contract of every entry point)
/// The JIT passes, for each parameter, a word of the C# type the entry's name says: an object
/// reference is 0 or a live heap object of that type; a value is in its `Word` encoding
/// (`object::Word`). The raw-pointer parameters of the `rt.*` helpers point at what their own
/// `# Safety` sections say. Entries are `extern "C"`, never unwind, and report a C# failure in
/// the pending-exception slot.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// A library member as sema's table displays it with its type parameters
    /// (`List<T>.Add(T)`), or a runtime helper (`box`, `rt.concat`).
    pub name: &'static str,
    pub ptr: *const u8,
    pub extra: Extra,
    /// How many words the function takes, the `Extra` ones included: the JIT refuses a call
    /// with another count (a compile error, never a crash). Checked against the function's own
    /// type where the list is written (`EntryFn`).
    pub params: u8,
    /// Whether the entry can leave an exception in the pending slot: the JIT checks the slot
    /// after a call only when it can.
    pub throws: bool,
}

// SAFETY: `ptr` is the address of a function's code, which never changes: sharing or sending
// it between threads (the JIT translates on several) reads nothing mutable.
unsafe impl Send for Entry {}
unsafe impl Sync for Entry {}

impl Entry {
    /// The entry never raises a C# exception.
    pub(crate) fn nothrow(mut self) -> Entry {
        self.throws = false;
        self
    }
}

/// A function pointer type an entry point may have: all its parameters are words (or raw
/// pointers), and it returns a word. The count is part of the type, so a list entry written
/// with the wrong arity does not compile.
pub trait EntryFn: Copy {
    const PARAMS: u8;
    fn address(self) -> *const u8;
}

macro_rules! entry_fn {
    ($n:literal $(, $p:ty)*) => {
        impl EntryFn for extern "C" fn($($p),*) -> Word {
            const PARAMS: u8 = $n;
            fn address(self) -> *const u8 {
                self as *const u8
            }
        }
        impl EntryFn for unsafe extern "C" fn($($p),*) -> Word {
            const PARAMS: u8 = $n;
            fn address(self) -> *const u8 {
                self as *const u8
            }
        }
    };
}

entry_fn!(0);
entry_fn!(1, Word);
entry_fn!(2, Word, Word);
entry_fn!(3, Word, Word, Word);
entry_fn!(4, Word, Word, Word, Word);
entry_fn!(5, Word, Word, Word, Word, Word);
entry_fn!(6, Word, Word, Word, Word, Word, Word);
entry_fn!(7, Word, Word, Word, Word, Word, Word, Word);
entry_fn!(9, Word, Word, Word, Word, Word, Word, Word, Word, Word);
entry_fn!(10, Word, Word, Word, Word, Word, Word, Word, Word, Word, Word);
entry_fn!(3, Word, *mut Word, Word);
entry_fn!(3, *mut u8, Word, Word);
entry_fn!(4, *mut u8, Word, Word, Word);

pub type F0 = extern "C" fn() -> Word;
pub type F1 = extern "C" fn(Word) -> Word;
pub type F2 = extern "C" fn(Word, Word) -> Word;
pub type F3 = extern "C" fn(Word, Word, Word) -> Word;
pub type F4 = extern "C" fn(Word, Word, Word, Word) -> Word;
pub type F5 = extern "C" fn(Word, Word, Word, Word, Word) -> Word;

pub(crate) fn entry<F: EntryFn>(name: &'static str, f: F, extra: Extra) -> Entry {
    Entry {
        name,
        ptr: f.address(),
        extra,
        params: F::PARAMS,
        throws: true,
    }
}

/// A list of entries: `"name" => function as its type, Extra [, nothrow];`.
#[macro_export]
#[doc(hidden)]
macro_rules! entry_list {
    ($($name:literal => $f:expr, $extra:ident $(, $nothrow:ident)?;)*) => {
        vec![$({
            let e = $crate::entry($name, $f, $crate::Extra::$extra);
            $(let e = e.$nothrow();)?
            e
        }),*]
    };
}

/// Every entry point, library members and helpers alike.
pub fn entries() -> Vec<Entry> {
    let mut all = Vec::new();
    // library entries (values): begin
    all.extend(library::entries());
    all.extend(math::entries());
    all.extend(text::entries());
    all.extend(numfmt::entries());
    all.extend(builder::entries());
    all.extend(nullable::entries());
    all.extend(default_comparer::entries());
    all.extend(enums::entries());
    all.extend(timespan::entries());
    all.extend(delegate::entries());
    all.extend(linq::entries());
    all.extend(list_delegates::entries());
    all.extend(iterator::entries());
    all.extend(async_iterator::entries());
    // library entries (values): end
    // task entries: begin
    all.extend(tasklib::entries());
    all.extend(task::run_entries());
    all.extend(task::factory_entries());
    all.extend(sync::entries());
    all.extend(sync_context::entries());
    all.extend(task_scheduler::entries());
    all.extend(monitor::entries());
    all.extend(waits::entries());
    all.extend(events::entries());
    all.extend(stopwatch::entries());
    all.extend(cancel::entries());
    all.extend(locals::entries());
    all.extend(parallel::entries());
    // task entries: end
    all
}

/// Kind code of a value for `Extra` arguments; `TaskStatus` prints by name when boxed.
pub const KIND_TASK_STATUS: Word = 5;
