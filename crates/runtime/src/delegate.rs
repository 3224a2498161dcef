//! Delegates: an object holding the method it runs (the address of a cell holding its code: the
//! method's cell of the JIT's code table, so a method compiled again is found in its new code)
//! and the target it runs on. The JIT reads the fields inline to invoke one
//! (`translate/delegates.rs`); the collector traces the target.
//!
//! A multicast delegate (`a + b`, `+=` on an event) is one more object whose invocation list is
//! an array of single delegates, as .NET's `MulticastDelegate` keeps it: combining and removing
//! make new delegates (delegates are immutable), and invoking one calls each in order.

use crate::object::{self, Header, Kind, TypeDesc, Word};
use crate::{entry, Entry, Extra, F1, F2, F4};

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
    /// A multicast delegate's invocation list (an array of single delegates), else 0.
    list: Word,
    /// How many delegates the list holds; 0 for a single delegate.
    count: Word,
}

/// A delegate object's size before the heap's rounding (for explain's allocation counts).
pub const SIZE: usize = std::mem::size_of::<Delegate>();

/// Where the JIT finds a delegate's fields.
pub const TARGET_OFFSET: i32 = 16;
pub const METHOD_OFFSET: i32 = 24;
pub const HAS_TARGET_OFFSET: i32 = 32;
pub const COUNT_OFFSET: i32 = 48;

const _: () = assert!(std::mem::offset_of!(Delegate, target) == TARGET_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(Delegate, method) == METHOD_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(Delegate, has_target) == HAS_TARGET_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(Delegate, count) == COUNT_OFFSET as usize);

/// A delegate the runtime makes itself (an awaiter's continuation, `task/custom.rs`): `method`
/// is the address of a cell of the runtime's holding the code.
pub(crate) fn make(target: Word, method: Word, has_target: Word) -> Word {
    new_delegate(
        target,
        method,
        has_target,
        desc_for("System.Action") as *const _ as Word,
    )
}

/// The descriptor of the delegate type of .NET full name `name` (one per name for the
/// process, so `GetType()` and `Delegate.Equals` can compare them by address).
pub fn desc_for(name: &str) -> &'static TypeDesc {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static TABLE: OnceLock<Mutex<HashMap<String, &'static TypeDesc>>> = OnceLock::new();
    let mut table = TABLE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(d) = table.get(name) {
        return d;
    }
    // Leaked: a program has a few delegate types, each described for the process's life.
    let desc: &'static TypeDesc = Box::leak(Box::new(TypeDesc {
        name: Box::leak(name.to_string().into_boxed_str()),
        kind: Kind::Delegate,
        base: None,
    }));
    table.insert(name.to_string(), desc);
    desc
}

/// `desc` is the address of a descriptor `desc_for` made.
extern "C" fn new_delegate(target: Word, method: Word, has_target: Word, desc: Word) -> Word {
    // SAFETY: `desc` came from `desc_for` (static) or is 0.
    let desc: &'static TypeDesc = if desc == 0 {
        &DELEGATE
    } else {
        unsafe { &*(desc as *const TypeDesc) }
    };
    unsafe {
        let p = object::alloc::<Delegate>(desc, 0);
        (*p).target = target;
        (*p).method = method;
        (*p).has_target = has_target;
        p as Word
    }
}

/// A delegate of static code `method` that lives as long as the process (outside the heap, so
/// it needs no root), for the runtime's own callbacks.
pub(crate) fn immortal(method: Word, desc: &'static TypeDesc) -> Word {
    unsafe {
        let p = object::alloc_immortal::<Delegate>(desc, 0);
        (*p).method = method;
        p as Word
    }
}

/// The target and the invocation list, the references a delegate holds.
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let d = (w & !object::TAG_MASK) as *const Delegate;
    unsafe {
        f((*d).target);
        if (*d).list != 0 {
            f((*d).list);
        }
    }
}

pub fn entries() -> Vec<Entry> {
    vec![
        entry("rt.new_delegate", new_delegate as F4, Extra::None).nothrow(),
        entry("rt.delegate_combine", combine as F2, Extra::None),
        entry("rt.delegate_remove", remove as F2, Extra::None),
        entry("rt.delegate_equals", equals as F2, Extra::None).nothrow(),
        entry("rt.delegate_at", at as F2, Extra::None).nothrow(),
        entry(
            "Delegate.GetInvocationList()",
            invocation_list as F1,
            Extra::None,
        ),
        entry(
            "Delegate.Combine(Delegate, Delegate)",
            combine as F2,
            Extra::None,
        ),
        entry(
            "Delegate.Combine(params Delegate[])",
            combine_all as F1,
            Extra::None,
        ),
        entry(
            "Delegate.Remove(Delegate, Delegate)",
            remove as F2,
            Extra::None,
        ),
    ]
}

fn fields(d: Word) -> *const Delegate {
    (d & !object::TAG_MASK) as *const Delegate
}

/// The single delegates `d` (not null) calls, in order.
fn singles(d: Word) -> Vec<Word> {
    single_list(&d).to_vec()
}

/// The single delegates `d` (held at `d`, not null) calls, borrowed: itself, or its list.
fn single_list(d: &Word) -> &[Word] {
    // SAFETY: `d` is a delegate; a multicast one's list is an array of `count` delegates,
    // which the delegate keeps alive as long as the caller holds it.
    unsafe {
        let p = fields(*d);
        if (*p).count == 0 {
            std::slice::from_ref(d)
        } else {
            crate::collections::array_elements((*p).list)
        }
    }
}

/// `d.GetInvocationList()`: a new array of the single delegates `d` calls.
extern "C" fn invocation_list(d: Word) -> Word {
    if object::is_null(d) {
        return crate::exception::throw_null_reference();
    }
    crate::collections::new_array_from(object::ElemKind::Ref, &singles(d))
}

/// The `i`th delegate of multicast delegate `d`'s invocation list (the JIT's loop).
extern "C" fn at(d: Word, i: Word) -> Word {
    single_list(&d)[i as usize]
}

/// A delegate of type `desc` calling `items` in order: null for none, the one itself for one.
fn of_singles(items: Vec<Word>, desc: &'static TypeDesc) -> Word {
    match items.as_slice() {
        [] => 0,
        [one] => *one,
        [.., last] => {
            let last = fields(*last);
            let _roots = crate::gc::root(&items);
            let list = crate::collections::new_array_from(object::ElemKind::Ref, &items);
            let _list = crate::gc::root(&[list]);
            // SAFETY: a fresh delegate; `last` is a live single delegate (rooted).
            unsafe {
                let p = object::alloc::<Delegate>(desc, 0);
                (*p).target = (*last).target;
                (*p).method = (*last).method;
                (*p).has_target = (*last).has_target;
                (*p).list = list;
                (*p).count = items.len() as Word;
                p as Word
            }
        }
    }
}

/// `Delegate.Combine(a, b)`: `a`'s invocation list, then `b`'s.
extern "C" fn combine(a: Word, b: Word) -> Word {
    match (a, b) {
        (0, b) => b,
        (a, 0) => a,
        // SAFETY: `a` is a delegate.
        (a, b) => of_singles(singles(a).into_iter().chain(singles(b)).collect(), unsafe {
            object::desc_of(a)
        }),
    }
}

/// `Delegate.Combine(params Delegate[])`: the lists of the array's delegates in order, nulls
/// skipped; null for a null or empty array (or only nulls).
extern "C" fn combine_all(delegates: Word) -> Word {
    if object::is_null(delegates) {
        return 0;
    }
    // SAFETY: `delegates` is an array of references (delegates).
    let all: Vec<Word> = unsafe { crate::collections::array_elements(delegates) }
        .iter()
        .copied()
        .filter(|d| *d != 0)
        .collect();
    let Some(&first) = all.first() else {
        return 0;
    };
    let items: Vec<Word> = all.into_iter().flat_map(singles).collect();
    // SAFETY: `first` is a delegate.
    of_singles(items, unsafe { object::desc_of(first) })
}

/// `Delegate.Remove(source, value)`: `source` without the last occurrence of `value`'s
/// invocation list (as a run); `source` itself when it has none.
extern "C" fn remove(source: Word, value: Word) -> Word {
    if source == 0 || value == 0 {
        return source;
    }
    let (s, v) = (singles(source), singles(value));
    if v.len() > s.len() {
        return source;
    }
    for start in (0..=s.len() - v.len()).rev() {
        if s[start..start + v.len()]
            .iter()
            .zip(&v)
            .all(|(x, y)| same_single(*x, *y))
        {
            let mut rest = s[..start].to_vec();
            rest.extend_from_slice(&s[start + v.len()..]);
            // SAFETY: `source` is a delegate.
            return of_singles(rest, unsafe { object::desc_of(source) });
        }
    }
    source
}

/// Two single delegates of the same method on the same target (`Delegate.Equals`).
fn same_single(a: Word, b: Word) -> bool {
    // SAFETY: both are single delegates.
    a == b
        || unsafe {
            let (x, y) = (fields(a), fields(b));
            (*x).method == (*y).method
                && (*x).has_target == (*y).has_target
                && (*x).target == (*y).target
                && std::ptr::eq(object::desc_of(a), object::desc_of(b))
        }
}

/// `a == b` on delegates: equal invocation lists (C#'s delegate equality, not references).
extern "C" fn equals(a: Word, b: Word) -> Word {
    let eq = a == b || {
        a != 0 && b != 0 && {
            let (x, y) = (single_list(&a), single_list(&b));
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_single(*p, *q))
        }
    };
    Word::from(eq)
}

/// Calls `call` on each single delegate of `d` (not null), stopping at a failure; the last
/// call's result. Inlined: LINQ and `List<T>` call their delegates through it per element.
#[inline(always)]
pub(crate) fn each(d: Word, mut call: impl FnMut(Word) -> Word) -> Word {
    // SAFETY: `d` is a delegate.
    if unsafe { (*fields(d)).count } == 0 {
        return call(d);
    }
    each_of_list(d, &mut call)
}

#[cold]
fn each_of_list(d: Word, call: &mut dyn FnMut(Word) -> Word) -> Word {
    let list = singles(d);
    let _roots = crate::gc::root(&list);
    let mut result = 0;
    for single in list {
        result = call(single);
        if crate::pending::is_pending() {
            break;
        }
    }
    result
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
    each(d, |d| invoke0_single(d, ret))
}

fn invoke0_single(d: Word, ret: Ret) -> Word {
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
    each(d, |d| invoke1_single(d, arg, kind, index, ret))
}

fn invoke1_single(
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
    each(d, |d| invoke2_single(d, a, b, kind, ret))
}

fn invoke2_single(d: Word, a: Word, b: Word, kind: crate::object::ElemKind, ret: Ret) -> Word {
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
