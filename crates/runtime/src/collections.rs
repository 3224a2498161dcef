//! Arrays, `List<T>`, the read-only collection of `AggregateException.InnerExceptions`, and the
//! list enumerator. Every element is one word; the object records the element kind, which says
//! both how elements print and whether they are references (kind `Ref`) the collector must trace.

use crate::exception::{self, ARGUMENT_OUT_OF_RANGE, INVALID_OPERATION, NOT_SUPPORTED, OVERFLOW};
use crate::object::{
    self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, ELEM_KINDS, TAG_MASK,
};

macro_rules! descs {
    ($kind:expr, $($name:literal),*) => {
        [$(TypeDesc { name: $name, kind: $kind, base: None }),*]
    };
}

/// Indexed by kind code (`ElemKind as usize`). .NET would name a reference array by its
/// element type (`System.String[]`); the runtime only knows that elements are references.
pub static ARRAY_DESCS: [TypeDesc; ELEM_KINDS] = descs!(
    Kind::Array,
    "System.Boolean[]",
    "System.Int32[]",
    "System.Int64[]",
    "System.Double[]",
    "System.Object[]",
    "System.Threading.Tasks.TaskStatus[]",
    "System.Threading.Tasks.TaskCreationOptions[]",
    "System.Char[]",
    "System.Byte[]",
    "System.SByte[]",
    "System.Int16[]",
    "System.UInt16[]",
    "System.UInt32[]",
    "System.UInt64[]",
    "System.Single[]",
    "System.StringComparison[]",
    "System.TimeSpan[]",
    "System.Threading.Tasks.TaskContinuationOptions[]"
);

pub static LIST_DESCS: [TypeDesc; ELEM_KINDS] = descs!(
    Kind::List,
    "System.Collections.Generic.List`1[System.Boolean]",
    "System.Collections.Generic.List`1[System.Int32]",
    "System.Collections.Generic.List`1[System.Int64]",
    "System.Collections.Generic.List`1[System.Double]",
    "System.Collections.Generic.List`1[System.Object]",
    "System.Collections.Generic.List`1[System.Threading.Tasks.TaskStatus]",
    "System.Collections.Generic.List`1[System.Threading.Tasks.TaskCreationOptions]",
    "System.Collections.Generic.List`1[System.Char]",
    "System.Collections.Generic.List`1[System.Byte]",
    "System.Collections.Generic.List`1[System.SByte]",
    "System.Collections.Generic.List`1[System.Int16]",
    "System.Collections.Generic.List`1[System.UInt16]",
    "System.Collections.Generic.List`1[System.UInt32]",
    "System.Collections.Generic.List`1[System.UInt64]",
    "System.Collections.Generic.List`1[System.Single]",
    "System.Collections.Generic.List`1[System.StringComparison]",
    "System.Collections.Generic.List`1[System.TimeSpan]",
    "System.Collections.Generic.List`1[System.Threading.Tasks.TaskContinuationOptions]"
);

/// Only `AggregateException.InnerExceptions` makes one; it is a `List` that cannot grow.
pub static READ_ONLY_EXCEPTIONS: TypeDesc = TypeDesc {
    name: "System.Collections.ObjectModel.ReadOnlyCollection`1[System.Exception]",
    kind: Kind::List,
    base: None,
};

pub static ENUMERATOR: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.List`1+Enumerator",
    kind: Kind::Enumerator,
    base: None,
};

/// `len` elements of one word follow; they are references iff `kind` is `Ref`.
#[repr(C)]
pub struct Array {
    header: Header,
    len: u64,
    kind: u64,
}

/// `items` are references iff `kind` is `Ref`. `version` counts changes, so an enumerator
/// can tell that the list changed under it.
#[repr(C)]
pub struct List {
    header: Header,
    pub(crate) items: Vec<Word>,
    pub(crate) version: u64,
    pub(crate) kind: u64,
}

/// `source` (the list or array) is a reference; `current` is one iff the source's kind is `Ref`.
#[repr(C)]
pub struct Enumerator {
    header: Header,
    pub(crate) source: Word,
    pub(crate) index: u64,
    pub(crate) version: u64,
    pub(crate) current: Word,
}

fn code(kind: ElemKind) -> usize {
    kind as usize
}

fn kind_of(code: u64) -> ElemKind {
    ElemKind::from_code(code)
}

pub(crate) fn has_kind(w: Word, kind: Kind) -> bool {
    !is_null(w) && unsafe { desc_of(w).kind == kind }
}

unsafe fn array<'a>(w: Word) -> &'a mut Array {
    &mut *((w & !TAG_MASK) as *mut Array)
}

pub(crate) unsafe fn list<'a>(w: Word) -> &'a mut List {
    &mut *((w & !TAG_MASK) as *mut List)
}

/// The elements of an array object.
/// # Safety
/// `w` must be an array object.
pub(crate) unsafe fn array_elements<'a>(w: Word) -> &'a mut [Word] {
    let a = array(w);
    let data = (a as *mut Array).add(1) as *mut Word;
    std::slice::from_raw_parts_mut(data, a.len as usize)
}

/// The kind of an array's elements.
/// # Safety
/// `w` must be an array object.
pub(crate) unsafe fn array_kind(w: Word) -> ElemKind {
    kind_of(array(w).kind)
}

/// An array's element kind and elements (the collection interfaces' members, ifaces.rs).
/// # Safety
/// `w` must be an array object.
pub(crate) unsafe fn array_parts<'a>(w: Word) -> (ElemKind, &'a mut [Word]) {
    (kind_of(array(w).kind), array_elements(w))
}

/// A list's element kind (`Ref` for anything but a list).
pub(crate) fn list_kind(w: Word) -> ElemKind {
    if has_kind(w, Kind::List) {
        kind_of(unsafe { list(w) }.kind)
    } else {
        ElemKind::Ref
    }
}

// ---- Rust API ----------------------------------------------------------------------------------

/// A new array of `len` default elements (0, false, 0.0, null); `None` if it cannot be
/// allocated.
fn alloc_array(kind: ElemKind, len: usize) -> Option<Word> {
    // .NET's `Array.MaxLength`.
    if len > 0x7FFF_FFC7 {
        return None;
    }
    let bytes = len * 8;
    unsafe {
        let p = object::try_alloc::<Array>(&ARRAY_DESCS[code(kind)], bytes);
        if p.is_null() {
            return None;
        }
        (*p).len = len as u64;
        (*p).kind = kind as u64;
        Some(p as Word)
    }
}

/// A new array holding `items` (`Task.WhenAll` results, `ToArray`).
pub fn new_array_from(kind: ElemKind, items: &[Word]) -> Word {
    // The items may live only in a Rust buffer while the array is allocated.
    let _roots = crate::gc::root(items);
    match alloc_array(kind, items.len()) {
        Some(w) => {
            unsafe { array_elements(w).copy_from_slice(items) };
            w
        }
        None => exception::throw_new(&exception::OUT_OF_MEMORY, None),
    }
}

pub(crate) fn alloc_list(desc: &'static TypeDesc, kind: ElemKind, items: Vec<Word>) -> Word {
    let _roots = crate::gc::root(&items);
    unsafe {
        let p = object::try_alloc::<List>(desc, 0);
        if p.is_null() {
            return exception::throw_new(&exception::OUT_OF_MEMORY, None);
        }
        // A zeroed Vec is not a valid Vec.
        std::ptr::write(&mut (*p).items, items);
        (*p).kind = kind as u64;
        p as Word
    }
}

/// A new `List<T>` holding `items`.
pub fn new_list(kind: ElemKind, items: Vec<Word>) -> Word {
    alloc_list(&LIST_DESCS[code(kind)], kind, items)
}

/// A new `ReadOnlyCollection<Exception>` holding `items`.
pub fn new_read_only(items: Vec<Word>) -> Word {
    alloc_list(&READ_ONLY_EXCEPTIONS, ElemKind::Ref, items)
}

/// The elements of an array, list or read-only collection (`Task.WhenAll(tasks)`).
pub fn elements(w: Word) -> Option<Vec<Word>> {
    sequence_items(w).map(|s| s.1)
}

/// `sequence_items`, or the exception to return: the one a LINQ query's delegate threw (left
/// pending), else `ArgumentNullException` for `param` (the sequence is null).
pub fn items_or_null_arg(w: Word, param: &str) -> Result<(ElemKind, Vec<Word>), Word> {
    match sequence_items(w) {
        Some(x) => Ok(x),
        None if crate::pending::is_pending() => Err(0),
        None => Err(exception::throw_argument_null(param)),
    }
}

/// The element kind and elements of an array, list, read-only collection, set, queue, stack or
/// dictionary view, in enumeration order; `None` for null or anything else.
pub fn sequence_items(w: Word) -> Option<(ElemKind, Vec<Word>)> {
    if crate::linq::is_query(w) {
        return crate::linq::items(w);
    }
    if crate::iterator::is_iterator(w) {
        return crate::iterator::items(w);
    }
    if crate::user_enum::is_enumerable(w) {
        return crate::user_enum::items(w);
    }
    if has_kind(w, Kind::Array) {
        let a = unsafe { array(w) };
        let kind = kind_of(a.kind);
        let mut items = unsafe { array_elements(w) }.to_vec();
        if kind == ElemKind::Ref {
            let _source = crate::gc::root(&[w]);
            copy_structs(&mut items);
        }
        Some((kind, items))
    } else if has_kind(w, Kind::List) {
        let l = unsafe { list(w) };
        Some((kind_of(l.kind), l.items.clone()))
    } else {
        // Sets, queues, stacks, dictionaries, their `Keys`/`Values` and strings (of `char`s)
        // are `IEnumerable<T>` too.
        if crate::string::is_string(w) {
            let units = crate::text::units(w).into_iter().map(Word::from).collect();
            return Some((ElemKind::Char, units));
        }
        crate::hashed_copy::items(w).or_else(|| crate::deque::items(w))
    }
}

/// An array's struct elements change in place (`a[i].X = 1`), so whoever reads them as a
/// sequence (LINQ, a collection filled from it) gets copies, as C# reads an element by value.
/// (The runtime cannot tell an `object[]`'s boxed struct from a struct element: it is copied
/// too.) Lists, sets and dictionaries never change their structs in place: they are shared.
pub(crate) fn copy_structs(items: &mut [Word]) {
    let _originals = crate::gc::root(items);
    let mut copies = Vec::new();
    for x in items.iter_mut() {
        if let Some(class) = struct_object(*x) {
            let c = crate::object::copy_struct(*x, class);
            if crate::pending::is_pending() {
                return;
            }
            copies.push(crate::gc::root(&[c]));
            *x = c;
        }
    }
}

/// The struct class of `w` when it is a struct object of the program.
pub(crate) fn struct_object(w: Word) -> Option<&'static crate::object::ClassDesc> {
    if is_null(w) || !crate::object::is_object(w) {
        return None;
    }
    // SAFETY: a live object (an element of an array of references).
    unsafe { desc_of(w) }.as_class().filter(|c| c.is_struct)
}

/// Indexed by kind code; `Ref` values are never boxed.
pub static BOXED_DESCS: [TypeDesc; ELEM_KINDS] = [
    boxed("System.Boolean"),
    boxed("System.Int32"),
    boxed("System.Int64"),
    boxed("System.Double"),
    boxed("System.Object"),
    boxed("System.Threading.Tasks.TaskStatus"),
    boxed("System.Threading.Tasks.TaskCreationOptions"),
    boxed("System.Char"),
    boxed("System.Byte"),
    boxed("System.SByte"),
    boxed("System.Int16"),
    boxed("System.UInt16"),
    boxed("System.UInt32"),
    boxed("System.UInt64"),
    boxed("System.Single"),
    boxed("System.StringComparison"),
    boxed("System.TimeSpan"),
    boxed("System.Threading.Tasks.TaskContinuationOptions"),
];

const fn boxed(name: &'static str) -> TypeDesc {
    TypeDesc {
        name,
        kind: Kind::Boxed,
        base: None,
    }
}

/// No reference fields.
#[repr(C)]
pub struct Boxed {
    header: Header,
    value: Word,
    kind: u64,
}

/// A value as an object: a new box, or the reference itself for kind `Ref`.
pub fn box_value(value: Word, kind: ElemKind) -> Word {
    // One canonical word per value, so that boxes of equal values hold equal words.
    let value = match kind {
        ElemKind::Ref => return value,
        ElemKind::Bool => (value & 0xff != 0) as Word,
        k if k.is_int_like() => value as u32 as i32 as i64 as Word,
        ElemKind::Char => value & 0xFFFF,
        k if k.is_small() => value as u32 as i32 as i64 as Word,
        _ => value,
    };
    unsafe {
        let p = object::alloc::<Boxed>(&BOXED_DESCS[kind as usize], 0);
        (*p).value = value;
        (*p).kind = kind as u64;
        p as Word
    }
}

/// The value and kind in a box.
/// Anything that is not a box reads as a null reference: `(0, Ref)`.
pub fn unboxed(w: Word) -> (Word, ElemKind) {
    if is_null(w) || unsafe { desc_of(w).kind } != Kind::Boxed {
        return (0, ElemKind::Ref);
    }
    let b = unsafe { &*((w & !TAG_MASK) as *const Boxed) };
    (b.value, ElemKind::from_code(b.kind))
}

// ---- Arrays ------------------------------------------------------------------------------------

/// `rt.new_array(kind, len)`: `new T[len]` (`len` an int or a long).
pub extern "C" fn rt_new_array(kind: Word, len: Word) -> Word {
    let len = len as i64;
    if len < 0 {
        return exception::throw_new(&OVERFLOW, None);
    }
    alloc_array(kind_of(kind), len as usize)
        .unwrap_or_else(|| exception::throw_new(&exception::OUT_OF_MEMORY, None))
}

/// The slot `arr[index]`, or the exception C# throws (null array, index out of bounds).
fn slot<'a>(arr: Word, index: Word) -> Result<&'a mut Word, Word> {
    if is_null(arr) {
        return Err(exception::throw_null_reference());
    }
    let index = index as i64;
    let elems = unsafe { array_elements(arr) };
    usize::try_from(index)
        .ok()
        .and_then(|i| elems.get_mut(i))
        .ok_or_else(|| exception::throw_new(&exception::INDEX_OUT_OF_RANGE, None))
}

/// `rt.array_load(arr, index)`.
pub extern "C" fn rt_array_load(arr: Word, index: Word) -> Word {
    slot(arr, index).map_or(0, |s| *s)
}

/// `rt.array_addr(arr, index)`: the address of an element passed by reference (`ref a[i]`),
/// after the checks a read makes; 0 with the exception pending.
pub extern "C" fn rt_array_addr(arr: Word, index: Word) -> Word {
    slot(arr, index).map_or(0, |s| s as *mut Word as Word)
}

/// `rt.array_store(arr, index, value)`.
pub extern "C" fn rt_array_store(arr: Word, index: Word, value: Word) -> Word {
    if let Ok(s) = slot(arr, index) {
        *s = value;
    }
    0
}

/// `rt.array_length(arr)` and `T[].Length`.
pub extern "C" fn rt_array_length(arr: Word) -> Word {
    if is_null(arr) {
        return exception::throw_null_reference();
    }
    unsafe { array(arr).len }
}

// ---- List<T> and ReadOnlyCollection<T> ---------------------------------------------------------

/// `new List<T>()`; the argument is T's kind code (`Extra::TypeArgs`).
pub extern "C" fn list_new(kind: Word) -> Word {
    new_list(kind_of(kind), Vec::new())
}

/// `new List<T>(capacity)`: an empty list (the capacity only reserves room).
pub extern "C" fn list_new_capacity(capacity: Word, kind: Word) -> Word {
    let capacity = capacity as i32;
    if capacity < 0 {
        let e = exception::new_with_param(
            &exception::ARGUMENT_OUT_OF_RANGE,
            Some("Non-negative number required."),
            "capacity",
        );
        return crate::pending::throw(e);
    }
    new_list(
        kind_of(kind),
        Vec::with_capacity((capacity as usize).min(1 << 16)),
    )
}

/// `new List<T>(collection)`: a list of an array's or a list's elements.
pub extern "C" fn list_new_copy(collection: Word, kind: Word) -> Word {
    match items_or_null_arg(collection, "collection") {
        Ok((_, items)) => new_list(kind_of(kind), items),
        Err(e) => e,
    }
}

/// `List<T>.Add(T)` and `collection.Add` (collection initializers).
pub extern "C" fn list_add(l: Word, value: Word) -> Word {
    if is_null(l) {
        return exception::throw_null_reference();
    }
    // A `HashSet<T>` collection initializer adds through here too.
    if has_kind(l, Kind::Hashed) {
        crate::hashed::set_add(l, value);
        return 0;
    }
    if unsafe { std::ptr::eq(desc_of(l), &READ_ONLY_EXCEPTIONS) } {
        return exception::throw_new(&NOT_SUPPORTED, Some("Collection is read-only."));
    }
    let l = unsafe { list(l) };
    l.items.push(value);
    l.version = l.version.wrapping_add(1);
    0
}

/// `List<T>.Clear()`: a running `foreach` over the list then throws, as `Add` makes it.
pub extern "C" fn list_clear(l: Word) -> Word {
    if is_null(l) {
        return exception::throw_null_reference();
    }
    if unsafe { std::ptr::eq(desc_of(l), &READ_ONLY_EXCEPTIONS) } {
        return exception::throw_new(&NOT_SUPPORTED, Some("Collection is read-only."));
    }
    let l = unsafe { list(l) };
    l.items.clear();
    l.version = l.version.wrapping_add(1);
    0
}

/// `List<T>.Count` and `ReadOnlyCollection<T>.Count`.
pub extern "C" fn list_count(l: Word) -> Word {
    if is_null(l) {
        return exception::throw_null_reference();
    }
    unsafe { list(l).items.len() as Word }
}

fn list_slot<'a>(l: Word, index: Word) -> Result<&'a mut Word, Word> {
    if is_null(l) {
        return Err(exception::throw_null_reference());
    }
    let index = index as i64;
    let items = unsafe { &mut list(l).items };
    usize::try_from(index)
        .ok()
        .and_then(|i| items.get_mut(i))
        .ok_or_else(|| {
            let m = "Index was out of range. Must be non-negative and less than the size of the collection.";
            crate::pending::throw(exception::new_with_param(
                &ARGUMENT_OUT_OF_RANGE,
                Some(m),
                "index",
            ))
        })
}

/// `List<T>.this[int]` and `ReadOnlyCollection<T>.this[int]` (getters).
pub extern "C" fn list_get(l: Word, index: Word) -> Word {
    list_slot(l, index).map_or(0, |s| *s)
}

/// `indexer.set(list, index, value)`: the `List<T>` indexer's setter (a change, for enumerators).
pub extern "C" fn list_set(l: Word, index: Word, value: Word) -> Word {
    // The dictionary's and the two-dimensional array's indexer setters are the other
    // settable library indexers.
    if has_kind(l, Kind::Hashed) {
        return crate::hashed::dict_set(l, index, value);
    }
    if has_kind(l, Kind::MdArray) {
        return crate::mdarray::md_set(l, index, value);
    }
    // `IList<T>`'s setter on an array or a read-only collection.
    if has_kind(l, Kind::Array) || crate::ifaces::is_read_only(l) {
        return crate::ifaces::set_item(l, index, value);
    }
    if let Ok(s) = list_slot(l, index) {
        *s = value;
        let l = unsafe { list(l) };
        l.version = l.version.wrapping_add(1);
    }
    0
}

/// `List<T>.ToArray()`.
pub extern "C" fn list_to_array(l: Word) -> Word {
    if is_null(l) {
        return exception::throw_null_reference();
    }
    let l = unsafe { list(l) };
    new_array_from(kind_of(l.kind), &l.items)
}

/// The element at `*index` of a dictionary, set, view, queue or stack (`hashed::next`).
type Next = fn(Word, &mut u64, u64) -> Result<Option<Word>, Word>;

// ---- Enumerator --------------------------------------------------------------------------------

/// `enumerator.start(source)`: `foreach` over a list, read-only collection, array, dictionary
/// (its pairs, keys or values), set, queue or stack.
pub extern "C" fn enumerator_start(source: Word) -> Word {
    if is_null(source) {
        return exception::throw_null_reference();
    }
    if crate::linq::is_query(source) {
        return crate::linq::enumerator_start(source);
    }
    if crate::iterator::is_iterator(source) {
        return crate::iterator::get_enumerator(source);
    }
    if let Some(e) = crate::user_enum::get_enumerator(source) {
        return e;
    }
    // A two-dimensional array's elements in row-major order are its storage's.
    let source = if has_kind(source, Kind::MdArray) {
        crate::mdarray::elements(source)
    } else if crate::string::is_string(source) {
        // A string seen as an `IEnumerable<char>`: its chars, copied once.
        let units: Vec<Word> = crate::text::units(source)
            .into_iter()
            .map(Word::from)
            .collect();
        new_array_from(ElemKind::Char, &units)
    } else {
        source
    };
    let version = match unsafe { desc_of(source).kind } {
        Kind::List => unsafe { list(source).version },
        Kind::Array => 0,
        Kind::Hashed | Kind::View => crate::hashed::version(source),
        Kind::Deque => crate::deque::version(source),
        _ => return exception::throw_new(&exception::INVALID_CAST, None),
    };
    let _roots = crate::gc::root(&[source]);
    unsafe {
        let p = object::alloc::<Enumerator>(&ENUMERATOR, 0);
        (*p).source = source;
        (*p).version = version;
        p as Word
    }
}

/// `enumerator.move_next(e)`: like List<T>.Enumerator, throws once the list has changed.
pub extern "C" fn enumerator_move_next(e: Word) -> Word {
    if is_null(e) {
        return exception::throw_null_reference();
    }
    if std::ptr::eq(unsafe { desc_of(e) }, &crate::linq::QUERY_ENUMERATOR) {
        let _roots = crate::gc::root(&[e]);
        return crate::linq::move_next(e);
    }
    if crate::iterator::is_iterator(e) {
        return crate::iterator::move_next(e);
    }
    if crate::user_enum::is_enumerator(e) {
        return crate::user_enum::move_next(e);
    }
    let e = unsafe { &mut *((e & !TAG_MASK) as *mut Enumerator) };
    let other = match unsafe { desc_of(e.source).kind } {
        Kind::Hashed | Kind::View => Some(crate::hashed::next as Next),
        Kind::Deque => Some(crate::deque::next as Next),
        _ => None,
    };
    if let Some(next) = other {
        // Pairs are allocated here: the enumerator (and through it the source) stays rooted.
        let _roots = crate::gc::root(&[e as *mut Enumerator as Word]);
        let (mut index, version) = (e.index, e.version);
        return match next(e.source, &mut index, version) {
            Ok(Some(v)) => {
                e.index = index;
                e.current = v;
                1
            }
            Ok(None) => {
                e.index = index;
                e.current = 0;
                0
            }
            Err(x) => x,
        };
    }
    // SAFETY: an enumerator's source is a list or an array.
    let from_array = !has_kind(e.source, Kind::List)
        && kind_of(unsafe { array(e.source) }.kind) == ElemKind::Ref;
    let items: &[Word] = if has_kind(e.source, Kind::List) {
        let l = unsafe { list(e.source) };
        if l.version != e.version {
            return exception::throw_new(
                &INVALID_OPERATION,
                Some("Collection was modified; enumeration operation may not execute."),
            );
        }
        &l.items
    } else {
        unsafe { array_elements(e.source) }
    };
    match items.get(e.index as usize) {
        // An array's struct element is read by value (`copy_structs`).
        Some(&v) if from_array && struct_object(v).is_some() => {
            let _roots = crate::gc::root(&[e as *mut Enumerator as Word]);
            let mut one = [v];
            copy_structs(&mut one);
            e.current = one[0];
            e.index += 1;
            1
        }
        Some(&v) => {
            e.current = v;
            e.index += 1;
            1
        }
        None => {
            e.current = 0;
            e.index = items.len() as u64 + 1;
            0
        }
    }
}

/// `Dispose()` of an enumerator: an iterator's pending `finally` blocks run; a query's
/// enumerator disposes the enumerators it pulls from; the collections' have nothing to do.
pub fn enumerator_dispose(e: Word) -> Word {
    if crate::iterator::is_iterator(e) {
        return crate::iterator::dispose(e);
    }
    if crate::user_enum::is_enumerator(e) {
        return crate::user_enum::dispose(e);
    }
    if std::ptr::eq(unsafe { desc_of(e) }, &crate::linq::QUERY_ENUMERATOR) {
        let _roots = crate::gc::root(&[e]);
        return crate::linq::dispose(e);
    }
    0
}

/// `Dispose()` of enumerator `e` as an exception leaves the loop over it (the one pending):
/// the `finally` blocks it runs see no exception in flight, and one they throw replaces it,
/// as C#'s `foreach` does.
pub fn dispose_on_throw(e: Word) {
    let ex = crate::pending::take();
    let _roots = crate::gc::root(&[ex, e]);
    enumerator_dispose(e);
    if !crate::pending::is_pending() && !is_null(ex) {
        crate::pending::throw(ex);
    }
}

/// `enumerator.current(e)`: the element of the last successful `move_next`.
pub extern "C" fn enumerator_current(e: Word) -> Word {
    if is_null(e) {
        return exception::throw_null_reference();
    }
    if crate::iterator::is_iterator(e) {
        return crate::iterator::current(e);
    }
    if crate::user_enum::is_enumerator(e) {
        return crate::user_enum::current(e);
    }
    unsafe { (*((e & !TAG_MASK) as *const Enumerator)).current }
}

// ---- Collector support ---------------------------------------------------------------------------

/// The references an array, list, enumerator or box holds (gc/trace.rs).
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    unsafe {
        match desc_of(w).kind {
            Kind::Array if array(w).kind == ElemKind::Ref as u64 => {
                array_elements(w).iter().for_each(|&x| f(x))
            }
            Kind::List => {
                if list(w).kind == ElemKind::Ref as u64 {
                    list(w).items.iter().for_each(|&x| f(x));
                }
                // A LINQ grouping also holds its key.
                if std::ptr::eq(desc_of(w), &crate::linq::GROUPING) {
                    f(crate::linq::grouping_key(w));
                }
            }
            // A query's enumerator holds more (`linq/query.rs`).
            Kind::Enumerator if std::ptr::eq(desc_of(w), &crate::linq::QUERY_ENUMERATOR) => {
                crate::linq::trace_enumerator(w, f)
            }
            Kind::Enumerator => {
                let e = &*((w & !TAG_MASK) as *const Enumerator);
                f(e.source);
                f(e.current);
            }
            Kind::Boxed => f((*((w & !TAG_MASK) as *const Boxed)).value),
            _ => {}
        }
    }
}

/// Frees a dead list's item buffer.
/// # Safety
/// `w` is a list nothing reaches any more.
pub(crate) unsafe fn finalize(w: Word) {
    std::ptr::drop_in_place(&mut list(w).items);
}

/// Makes an array or list created with an enum's underlying `int` kind hold that enum, so its
/// elements print by name (`rt.set_type`).
pub(crate) fn set_elem_kind(w: Word, kind: ElemKind) {
    unsafe {
        match desc_of(w).kind {
            Kind::Array => array(w).kind = kind as u64,
            Kind::List => list(w).kind = kind as u64,
            _ => {}
        }
    }
}
