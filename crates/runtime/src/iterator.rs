//! The program's iterators (`yield return`): the object an iterator method returns, which is
//! both the enumerable and its first enumerator, as Roslyn's is. Its `MoveNext` is JIT code
//! (crates/lower/src/iterator.rs lays the object out and says what the states mean): this
//! file makes the object, hands it out from `GetEnumerator()` (the object itself the first time
//! on the thread that made it, a fresh copy of its arguments after), runs `MoveNext` and
//! `Dispose` (which resumes `MoveNext` at the disposal state of the `yield` it stopped at, so
//! the `finally` blocks around it run), and tells the collector where its references are.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::exception;
use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};

/// The layout `lower` gives the object (crates/lower/src/iterator.rs): header, the delegate
/// of `MoveNext`, the descriptor, the state and creating thread, the current element, then the
/// arguments' copies and the frame.
#[repr(C)]
struct Iter {
    header: Header,
    move_next: Word,
    info: &'static Info,
    state: i32,
    thread: i32,
    current: Word,
}

const ARGS: usize = 48;

/// What an iterator method's objects share, made once per method from the layout `lower`
/// passes to `rt.iter_new`.
struct Info {
    desc: &'static TypeDesc,
    enumerable: bool,
    kind: ElemKind,
    /// How many words of arguments' copies (`<>3__`) follow `ARGS`.
    args: usize,
    /// Bytes after `ARGS`: the arguments' copies and the frame.
    extra: usize,
    /// Offsets (from the object's start) of the words that hold references.
    refs: Vec<u32>,
    /// The .NET name of the element type (`IEnumerable<T>` type tests).
    element: &'static str,
}

static INFOS: Mutex<Option<HashMap<String, &'static Info>>> = Mutex::new(None);

fn info(layout: &str) -> &'static Info {
    let mut infos = INFOS.lock().unwrap_or_else(|e| e.into_inner());
    let map = infos.get_or_insert_with(HashMap::new);
    if let Some(i) = map.get(layout) {
        return i;
    }
    // `enumerable|kind|args|extra|refs|element|name`: the name last, since it may hold `|`.
    let parts: Vec<&str> = layout.splitn(7, '|').collect();
    let field = |i: usize| parts.get(i).copied().unwrap_or("");
    let name: &'static str = Box::leak(field(6).to_string().into_boxed_str());
    let desc: &'static TypeDesc = Box::leak(Box::new(TypeDesc {
        name,
        kind: Kind::Iterator,
        base: None,
    }));
    let i: &'static Info = Box::leak(Box::new(Info {
        desc,
        enumerable: field(0) == "1",
        kind: ElemKind::from_code(field(1).parse().unwrap_or(4)),
        args: field(2).parse().unwrap_or(0),
        extra: field(3).parse().unwrap_or(0),
        refs: field(4).split(',').filter_map(|s| s.parse().ok()).collect(),
        element: Box::leak(field(5).to_string().into_boxed_str()),
    }));
    map.insert(layout.to_string(), i);
    i
}

/// # Safety
/// `w` is an iterator object.
unsafe fn iter<'a>(w: Word) -> &'a mut Iter {
    &mut *((w & !TAG_MASK) as *mut Iter)
}

pub(crate) fn is_iterator(w: Word) -> bool {
    !is_null(w) && unsafe { desc_of(w) }.kind == Kind::Iterator
}

/// The kind of an iterator's elements (as the JIT's machine types give it).
pub(crate) fn elem_kind(w: Word) -> ElemKind {
    unsafe { iter(w) }.info.kind
}

/// The kind and .NET name of an iterator's elements.
pub(crate) fn element(w: Word) -> (ElemKind, &'static str) {
    let info = unsafe { iter(w) }.info;
    (info.kind, info.element)
}

fn alloc(info: &'static Info, move_next: Word) -> Word {
    let _roots = crate::gc::root(&[move_next]);
    unsafe {
        let p = object::alloc::<Iter>(info.desc, ARGS - std::mem::size_of::<Iter>() + info.extra);
        (*p).move_next = move_next;
        (*p).info = info;
        (*p).thread = crate::sched::current_managed_id();
        p as Word
    }
}

/// `rt.iter_new(moveNext, layout)`: what a call of an iterator method returns.
extern "C" fn iter_new(move_next: Word, layout: Word) -> Word {
    let info = info(unsafe { crate::string::as_str(layout) });
    let w = alloc(info, move_next);
    unsafe { iter(w) }.state = if info.enumerable { -2 } else { 0 };
    w
}

/// `GetEnumerator()`: the object itself when no enumeration took it yet on this thread, else
/// a new one with the same arguments.
pub(crate) fn get_enumerator(w: Word) -> Word {
    let it = unsafe { iter(w) };
    if it.state == -2 && it.thread == crate::sched::current_managed_id() {
        it.state = 0;
        return w;
    }
    let _roots = crate::gc::root(&[w]);
    let info = it.info;
    let copy = alloc(info, it.move_next);
    // SAFETY: both objects have the info's layout; the copy's frame stays zeroed.
    unsafe {
        let from = (w & !TAG_MASK) as *const u8;
        let to = (copy & !TAG_MASK) as *mut u8;
        std::ptr::copy_nonoverlapping(from.add(ARGS), to.add(ARGS), 8 * info.args);
        iter(copy).state = 0;
    }
    copy
}

/// `MoveNext()`: runs the body to its next `yield return` (1) or its end (0).
pub(crate) fn move_next(w: Word) -> Word {
    let _roots = crate::gc::root(&[w]);
    // SAFETY: the delegate is of the iterator's `MoveNext`, a static method of the program
    // taking the object and returning a `bool`.
    let more = unsafe {
        let (_, code, _) = crate::delegate::parts(iter(w).move_next);
        std::mem::transmute::<usize, extern "C" fn(Word) -> u8>(code)(w)
    };
    if crate::pending::is_pending() {
        return 0;
    }
    Word::from(more != 0)
}

pub(crate) fn current(w: Word) -> Word {
    unsafe { iter(w) }.current
}

/// `Dispose()`: the `finally` blocks around the `yield return` the iterator stopped at run
/// (its disposal state resumes `MoveNext` there); then it is finished.
pub(crate) fn dispose(w: Word) -> Word {
    let it = unsafe { iter(w) };
    let s = it.state;
    if s > 0 && s % 2 == 1 {
        it.state = s + 1;
        move_next(w);
        if crate::pending::is_pending() {
            return 0;
        }
    }
    unsafe { iter(w) }.state = -2;
    0
}

/// Every element, for the library members that read a whole sequence; `None` when the
/// iterator threw (pending).
pub(crate) fn items(w: Word) -> Option<(ElemKind, Vec<Word>)> {
    let kind = elem_kind(w);
    let e = get_enumerator(w);
    let _root = crate::gc::root(&[e]);
    let mut out = Vec::new();
    let mut roots = Vec::new();
    loop {
        let more = move_next(e);
        if crate::pending::is_pending() {
            return None;
        }
        if more == 0 {
            break;
        }
        let v = current(e);
        roots.push(crate::gc::root(&[v]));
        out.push(v);
    }
    dispose(e);
    if crate::pending::is_pending() {
        return None;
    }
    Some((kind, out))
}

/// The references an iterator holds (gc/trace.rs).
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let it = unsafe { iter(w) };
    f(it.move_next);
    let base = w & !TAG_MASK;
    for &o in &it.info.refs {
        f(unsafe { *((base + u64::from(o)) as *const Word) });
    }
}

extern "C" fn get_enumerator_entry(w: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    crate::collections::enumerator_start(w)
}

extern "C" fn move_next_entry(w: Word) -> Word {
    crate::collections::enumerator_move_next(w)
}

extern "C" fn current_entry(w: Word) -> Word {
    crate::collections::enumerator_current(w)
}

extern "C" fn dispose_entry(w: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    crate::collections::enumerator_dispose(w)
}

extern "C" fn reset_entry(w: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    if let Some(r) = crate::user_enum::reset(w) {
        return r;
    }
    exception::throw_new(&exception::NOT_SUPPORTED, None)
}

pub fn entries() -> Vec<crate::Entry> {
    crate::entry_list! {
        "rt.iter_new" => iter_new as extern "C" fn(Word, Word) -> Word, None;
        "IEnumerable<T>.GetEnumerator()" => get_enumerator_entry as extern "C" fn(Word) -> Word, None;
        "IEnumerator<T>.MoveNext()" => move_next_entry as extern "C" fn(Word) -> Word, None;
        "IEnumerator<T>.Current" => current_entry as extern "C" fn(Word) -> Word, None;
        "IEnumerator<T>.Dispose()" => dispose_entry as extern "C" fn(Word) -> Word, None;
        "IEnumerator<T>.Reset()" => reset_entry as extern "C" fn(Word) -> Word, None;
    }
}
