//! Delegates: an object holding the method it runs (the address of a cell holding its code: the
//! method's cell of the JIT's code table, so a method compiled again is found in its new code)
//! and the target it runs on. The JIT reads the fields inline to invoke one
//! (`translate/delegates.rs`); the collector traces the target.

use crate::object::{self, Header, Kind, TypeDesc, Word};
use crate::{entry, Entry, Extra, F3};

pub static DELEGATE: TypeDesc = TypeDesc {
    name: "System.Delegate",
    kind: Kind::Delegate,
    base: None,
};

#[repr(C)]
struct Delegate {
    header: Header,
    target: Word,
    /// The address of the cell that holds the method's code.
    method: Word,
    /// 1 when the method is an instance method (the target is its `this`), 0 when static.
    has_target: Word,
}

/// A delegate object's size before the heap's rounding (for explain's allocation counts).
pub const SIZE: usize = std::mem::size_of::<Delegate>();

/// Where the JIT finds a delegate's fields.
pub const TARGET_OFFSET: i32 = 16;
pub const METHOD_OFFSET: i32 = 24;
pub const HAS_TARGET_OFFSET: i32 = 32;

const _: () = assert!(std::mem::offset_of!(Delegate, target) == TARGET_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(Delegate, method) == METHOD_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(Delegate, has_target) == HAS_TARGET_OFFSET as usize);

/// A delegate the runtime makes itself (an awaiter's continuation, `task/custom.rs`): `method`
/// is the address of a cell of the runtime's holding the code.
pub(crate) fn make(target: Word, method: Word, has_target: Word) -> Word {
    new_delegate(target, method, has_target)
}

extern "C" fn new_delegate(target: Word, method: Word, has_target: Word) -> Word {
    unsafe {
        let p = object::alloc::<Delegate>(&DELEGATE, 0);
        (*p).target = target;
        (*p).method = method;
        (*p).has_target = has_target;
        p as Word
    }
}

/// The target, the only reference a delegate holds.
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let d = (w & !object::TAG_MASK) as *const Delegate;
    f(unsafe { (*d).target });
}

pub fn entries() -> Vec<Entry> {
    vec![entry("rt.new_delegate", new_delegate as F3, Extra::None).nothrow()]
}
