//! Small runtime objects that are a vector of words the collector traces (any of them may be a
//! reference): a cancellation registration, `ThreadLocal<T>`, `AsyncLocal<T>`, an execution
//! context. Each has its own descriptor; they share the layout and the trace.

// Object pointers come only from this runtime: the JIT hands back words it was given.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::object::{self, Header, TypeDesc, Word};

#[repr(C)]
struct Slots {
    header: Header,
    words: Vec<Word>,
}

/// A new object of descriptor `desc` holding `words` (the caller roots the references in it:
/// allocating may collect).
pub fn new(desc: &'static TypeDesc, words: Vec<Word>) -> Word {
    unsafe {
        let s = object::alloc::<Slots>(desc, 0);
        std::ptr::write(&mut (*s).words, words);
        s as Word
    }
}

/// The words of `w`, an object `new` made.
pub fn words<'a>(w: Word) -> &'a mut Vec<Word> {
    unsafe { &mut (*(w as *mut Slots)).words }
}

/// Whether `w` is a non-null object of descriptor `desc`.
pub fn is(w: Word, desc: &'static TypeDesc) -> bool {
    !object::is_null(w) && std::ptr::eq(unsafe { object::desc_of(w) }, desc)
}

pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    words(w).iter().for_each(|&x| f(x));
}

/// # Safety
/// `w` is an object nothing reaches any more.
pub(crate) unsafe fn finalize(w: Word) {
    std::ptr::drop_in_place(&mut (*(w as *mut Slots)).words);
}
