//! What each kind of object refers to, and what must be released when one dies. Each module
//! knows its own layout; this file only dispatches on the descriptor's kind.

use crate::object::{Kind, Word};

/// Calls `f` with every word of `obj` that may be a reference.
pub fn refs(obj: usize, f: &mut dyn FnMut(Word)) {
    let w = obj as Word;
    match super::kind_of(obj) {
        // A `Type`'s descriptor is not on the heap.
        Kind::String | Kind::Other | Kind::RuntimeType | Kind::StringBuilder => {}
        Kind::Array | Kind::List | Kind::Enumerator | Kind::Boxed => {
            crate::collections::trace_refs(w, f)
        }
        Kind::Hashed | Kind::Pair | Kind::View => crate::hashed::trace_refs(w, f),
        Kind::Deque => crate::deque::trace_refs(w, f),
        Kind::MdArray => crate::mdarray::trace_refs(w, f),
        Kind::Exception => crate::exception::trace_refs(w, f),
        Kind::ProgramException => {
            crate::exception::trace_refs(w, f);
            crate::object::trace_object(w, f);
        }
        Kind::Task | Kind::BoxedValueTask => crate::task::trace_refs(w, f),
        Kind::CancellationTokenSource => crate::cancel::trace_refs(w, f),
        Kind::TaskCompletionSource | Kind::SemaphoreSlim => crate::sync::trace_refs(w, f),
        Kind::Event => crate::events::trace_refs(w, f),
        Kind::Object => crate::object::trace_object(w, f),
        Kind::Delegate => crate::delegate::trace_refs(w, f),
        Kind::Query => crate::linq::trace_refs(w, f),
        Kind::Slots => crate::slots::trace_refs(w, f),
        Kind::Iterator => crate::iterator::trace_refs(w, f),
        Kind::AsyncIterator => crate::async_iterator::trace_refs(w, f),
    }
}

/// Releases what a dead object owns outside the heap (the buffers of its Rust vectors).
/// # Safety
/// `obj` is an allocated object that nothing will reach again.
pub unsafe fn finalize(obj: usize) {
    let w = obj as Word;
    match super::kind_of(obj) {
        Kind::List => crate::collections::finalize(w),
        Kind::Hashed => crate::hashed::finalize(w),
        Kind::Deque => crate::deque::finalize(w),
        Kind::Task => crate::task::finalize(w),
        Kind::CancellationTokenSource => crate::cancel::finalize(w),
        Kind::SemaphoreSlim => crate::sync::finalize(w),
        Kind::Event => crate::events::finalize(w),
        Kind::StringBuilder => crate::builder::finalize(w),
        Kind::Slots => crate::slots::finalize(w),
        _ => {}
    }
}
