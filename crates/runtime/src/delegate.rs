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

/// What a delegate's method returns, as the machine passes it back: the runtime calls the code
/// through a function pointer of the matching type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ret {
    Void = 0,
    /// A reference, `long`, `uint`, `ulong`: the whole register.
    Word,
    /// `int`, `char`, the small integers and enums: 32 bits, sign-extended to a word.
    I32,
    Bool,
    /// `double`, `float`: the bits of the double.
    F64,
}

impl Ret {
    /// The return of a value of element kind `k` (`None`: nothing).
    pub fn of(k: Option<crate::object::ElemKind>) -> Ret {
        use crate::object::ElemKind as K;
        match k {
            None => Ret::Void,
            Some(K::Bool) => Ret::Bool,
            Some(K::F64 | K::Float) => Ret::F64,
            Some(K::I64 | K::UInt | K::ULong | K::Ref) => Ret::Word,
            Some(_) => Ret::I32,
        }
    }
}

/// A delegate's target, the code its cell holds now, and whether its method takes the target.
/// # Safety
/// `d` is a delegate (`rt.new_delegate` made it).
pub(crate) unsafe fn parts(d: Word) -> (Word, usize, bool) {
    let d = (d & !object::TAG_MASK) as *const Delegate;
    let code = (*((*d).method as *const std::sync::atomic::AtomicUsize))
        .load(std::sync::atomic::Ordering::Acquire);
    ((*d).target, code, (*d).has_target != 0)
}

/// Runs `$call!(T)` with the machine return type `$ret` names, giving the result as a word.
macro_rules! by_ret {
    ($ret:expr, $call:ident) => {
        match $ret {
            Ret::Void => {
                $call!(());
                0
            }
            Ret::Word => $call!(Word),
            Ret::I32 => $call!(i32) as i64 as Word,
            Ret::Bool => Word::from($call!(u8) != 0),
            Ret::F64 => $call!(f64).to_bits(),
        }
    };
}

fn is_float(kind: crate::object::ElemKind) -> bool {
    matches!(
        kind,
        crate::object::ElemKind::F64 | crate::object::ElemKind::Float
    )
}

/// Calls delegate `d` (not null) without arguments; its result as a word (0 for `Void`). A
/// failure is left pending, as the JIT's code leaves it.
pub fn invoke0(d: Word, ret: Ret) -> Word {
    // SAFETY: `d` is a delegate; its cell holds the code of a method compiled with the
    // signature its delegate type gives: the target first when it takes one, no parameters,
    // and `ret`.
    unsafe {
        let (target, code, has) = parts(d);
        macro_rules! call {
            ($t:ty) => {
                if has {
                    std::mem::transmute::<usize, extern "C" fn(Word) -> $t>(code)(target)
                } else {
                    std::mem::transmute::<usize, extern "C" fn() -> $t>(code)()
                }
            };
        }
        by_ret!(ret, call)
    }
}

/// Calls delegate `d` (not null) with `arg` (of element kind `kind`) and, when given, an `int`
/// second argument (`Select`'s index); its result as a word. A failure is left pending.
pub fn invoke1(
    d: Word,
    arg: Word,
    kind: crate::object::ElemKind,
    index: Option<Word>,
    ret: Ret,
) -> Word {
    let float = is_float(kind);
    // SAFETY: as `invoke0`; the method takes the target (when it has one), then one argument
    // of `kind`'s machine type (a double in a float register, anything else in an integer
    // one, whose low bits an `int` or `bool` parameter reads), then the index if given.
    unsafe {
        let (target, code, has) = parts(d);
        let x = f64::from_bits(arg);
        macro_rules! call {
            ($t:ty) => {
                match (has, float, index) {
                    (true, false, None) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, Word) -> $t,
                    >(code)(target, arg),
                    (false, false, None) => {
                        std::mem::transmute::<usize, extern "C" fn(Word) -> $t>(code)(arg)
                    }
                    (true, true, None) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, f64) -> $t,
                    >(code)(target, x),
                    (false, true, None) => {
                        std::mem::transmute::<usize, extern "C" fn(f64) -> $t>(code)(x)
                    }
                    (true, false, Some(i)) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, Word, Word) -> $t,
                    >(code)(target, arg, i),
                    (false, false, Some(i)) => {
                        std::mem::transmute::<usize, extern "C" fn(Word, Word) -> $t>(code)(arg, i)
                    }
                    (true, true, Some(i)) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, f64, Word) -> $t,
                    >(code)(target, x, i),
                    (false, true, Some(i)) => {
                        std::mem::transmute::<usize, extern "C" fn(f64, Word) -> $t>(code)(x, i)
                    }
                }
            };
        }
        by_ret!(ret, call)
    }
}

/// Calls delegate `d` (not null) with two arguments of element kind `kind` (a `Comparison<T>`);
/// its result as a word. A failure is left pending.
pub fn invoke2(d: Word, a: Word, b: Word, kind: crate::object::ElemKind, ret: Ret) -> Word {
    let float = is_float(kind);
    // SAFETY: as `invoke1`, with two arguments of `kind`'s machine type.
    unsafe {
        let (target, code, has) = parts(d);
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        macro_rules! call {
            ($t:ty) => {
                match (has, float) {
                    (true, false) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, Word, Word) -> $t,
                    >(code)(target, a, b),
                    (false, false) => {
                        std::mem::transmute::<usize, extern "C" fn(Word, Word) -> $t>(code)(a, b)
                    }
                    (true, true) => {
                        std::mem::transmute::<usize, extern "C" fn(Word, f64, f64) -> $t>(code)(
                            target, x, y,
                        )
                    }
                    (false, true) => {
                        std::mem::transmute::<usize, extern "C" fn(f64, f64) -> $t>(code)(x, y)
                    }
                }
            };
        }
        by_ret!(ret, call)
    }
}
