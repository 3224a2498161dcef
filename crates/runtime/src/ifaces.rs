//! The members of the collection interfaces (`IList<T>`, `ICollection<T>`, `IReadOnlyList<T>`,
//! ...) and the type test against them. Sema gives an interface value's members one entry each;
//! the entry dispatches on the kind of collection the object is, as .NET's interface dispatch
//! would reach the collection's own implementation (an array's is .NET's `SZArrayHelper`).

use crate::collections::{array_parts, list, READ_ONLY_EXCEPTIONS};
use crate::exception::{self, ARGUMENT_OUT_OF_RANGE, NOT_SUPPORTED};
use crate::hashed::{self, DICTIONARY, KEYS};
use crate::object::{desc_of, is_null, ElemKind, Kind, TypeDesc, Word};
use crate::{deque, list_ops};

/// The collections that implement the interfaces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Coll {
    Array,
    List,
    ReadOnly,
    Set,
    Dict,
    Keys,
    Values,
    Deque,
    String,
    Other,
}

fn coll(w: Word) -> Coll {
    if crate::string::is_string(w) {
        return Coll::String;
    }
    // SAFETY: callers pass a live, non-null object.
    let desc = unsafe { desc_of(w) };
    match desc.kind {
        Kind::Array => Coll::Array,
        Kind::List if std::ptr::eq(desc, &READ_ONLY_EXCEPTIONS) => Coll::ReadOnly,
        Kind::List => Coll::List,
        Kind::Hashed if desc.is_a(&DICTIONARY) => Coll::Dict,
        Kind::Hashed => Coll::Set,
        Kind::View if desc.is_a(&KEYS) => Coll::Keys,
        Kind::View => Coll::Values,
        Kind::Deque => Coll::Deque,
        _ => Coll::Other,
    }
}

pub(crate) fn is_read_only(w: Word) -> bool {
    !is_null(w) && unsafe { std::ptr::eq(desc_of(w), &READ_ONLY_EXCEPTIONS) }
}

fn not_supported(message: &str) -> Word {
    exception::throw_new(&NOT_SUPPORTED, Some(message))
}

const FIXED_SIZE: &str = "Collection was of a fixed size.";
const READ_ONLY: &str = "Collection is read-only.";

/// What changing a dictionary's `Keys` or `Values` through `ICollection<T>` throws.
fn view_mutation(c: Coll) -> Word {
    not_supported(if c == Coll::Keys {
        "Mutating a key collection derived from a dictionary is not allowed."
    } else {
        "Mutating a value collection derived from a dictionary is not allowed."
    })
}

fn index_out_of_range() -> Word {
    let m =
        "Index was out of range. Must be non-negative and less than the size of the collection.";
    crate::pending::throw(exception::new_with_param(
        &ARGUMENT_OUT_OF_RANGE,
        Some(m),
        "index",
    ))
}

/// The position of the first of `items` equal to `value` (`EqualityComparer<T>.Default`).
fn position(items: &[Word], value: Word, kind: ElemKind) -> Result<i64, Word> {
    let items = items.to_vec();
    let _roots = crate::gc::root(&items);
    for (i, &x) in items.iter().enumerate() {
        match list_ops::equal(x, value, kind) {
            Ok(true) => return Ok(i as i64),
            Ok(false) => {}
            Err(()) => return Err(0),
        }
    }
    Ok(-1)
}

/// A dictionary's entry `pair` is present (key and value equal): `ICollection<KeyValuePair>`.
fn has_pair(d: Word, pair: Word) -> Result<bool, Word> {
    let key = hashed::pair_key(pair);
    let _roots = crate::gc::root(&[d, pair]);
    let present = hashed::dict_contains_key(d, key);
    if crate::pending::is_pending() {
        return Err(present);
    }
    if present == 0 {
        return Ok(false);
    }
    let value = hashed::dict_get(d, key);
    let kind = hashed::value_kind(d);
    crate::keyed::elements_equal(value, hashed::pair_value(pair), kind).map_err(|()| 0)
}

/// `ICollection<T>.Count`, `IReadOnlyCollection<T>.Count`, ...
pub extern "C" fn count(w: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    match coll(w) {
        Coll::Array => unsafe { array_parts(w).1.len() as Word },
        Coll::List | Coll::ReadOnly => unsafe { list(w).items.len() as Word },
        Coll::Set | Coll::Dict => hashed::hashed_count(w),
        Coll::Keys | Coll::Values => hashed::view_count(w),
        Coll::Deque => deque::count(w),
        Coll::String | Coll::Other => exception::throw_new(&exception::INVALID_CAST, None),
    }
}

/// `IList<T>.this[int]` and `IReadOnlyList<T>.this[int]` (getters).
pub extern "C" fn get_item(w: Word, index: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    if coll(w) == Coll::Array {
        let items = unsafe { array_parts(w).1 };
        return match usize::try_from(index as i32)
            .ok()
            .and_then(|i| items.get(i))
        {
            Some(&v) => v,
            None => index_out_of_range(),
        };
    }
    crate::collections::list_get(w, index)
}

/// `IList<T>.this[int]`'s setter on an array or a read-only collection (`indexer.set` has
/// the list's).
pub(crate) fn set_item(w: Word, index: Word, value: Word) -> Word {
    if is_read_only(w) {
        return not_supported(READ_ONLY);
    }
    let items = unsafe { array_parts(w).1 };
    match usize::try_from(index as i32)
        .ok()
        .and_then(|i| items.get_mut(i))
    {
        Some(slot) => {
            *slot = value;
            0
        }
        None => index_out_of_range(),
    }
}

/// `ICollection<T>.Contains(T)`.
pub extern "C" fn contains(w: Word, item: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    let c = coll(w);
    match c {
        Coll::Array => {
            let (kind, items) = unsafe { array_parts(w) };
            position(items, item, kind).map_or_else(|e| e, |i| Word::from(i >= 0))
        }
        Coll::List | Coll::ReadOnly => list_ops::list_contains(w, item),
        Coll::Set => hashed::set_contains(w, item),
        Coll::Dict => has_pair(w, item).map_or_else(|e| e, Word::from),
        Coll::Keys => hashed::dict_contains_key(hashed::view_dict(w), item),
        Coll::Values => hashed::dict_contains_value(hashed::view_dict(w), item),
        Coll::Deque => deque::contains(w, item),
        Coll::String | Coll::Other => exception::throw_new(&exception::INVALID_CAST, None),
    }
}

/// `ICollection<T>.Add(T)`.
pub extern "C" fn add(w: Word, item: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    let c = coll(w);
    match c {
        Coll::Array => not_supported(FIXED_SIZE),
        Coll::List | Coll::ReadOnly => crate::collections::list_add(w, item),
        Coll::Set => {
            let r = hashed::set_add(w, item);
            if crate::pending::is_pending() {
                r
            } else {
                0
            }
        }
        Coll::Dict => hashed::dict_add(w, hashed::pair_key(item), hashed::pair_value(item)),
        Coll::Keys | Coll::Values => view_mutation(c),
        _ => exception::throw_new(&exception::INVALID_CAST, None),
    }
}

/// `ICollection<T>.Remove(T)`: whether an element was removed.
pub extern "C" fn remove(w: Word, item: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    let c = coll(w);
    match c {
        Coll::Array => not_supported(FIXED_SIZE),
        Coll::ReadOnly => not_supported(READ_ONLY),
        Coll::List => list_ops::list_remove(w, item),
        Coll::Set => hashed::set_remove(w, item),
        Coll::Dict => match has_pair(w, item) {
            Ok(true) => hashed::dict_remove(w, hashed::pair_key(item)),
            Ok(false) => 0,
            Err(e) => e,
        },
        Coll::Keys | Coll::Values => view_mutation(c),
        _ => exception::throw_new(&exception::INVALID_CAST, None),
    }
}

/// `ICollection<T>.Clear()`.
pub extern "C" fn clear(w: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    let c = coll(w);
    match c {
        // .NET's arrays say read-only here, fixed size for `Add` and `Remove`.
        Coll::Array | Coll::ReadOnly => not_supported(READ_ONLY),
        Coll::List => crate::collections::list_clear(w),
        Coll::Set | Coll::Dict => hashed::hashed_clear(w),
        Coll::Keys | Coll::Values => view_mutation(c),
        _ => exception::throw_new(&exception::INVALID_CAST, None),
    }
}

/// `IList<T>.IndexOf(T)`.
pub extern "C" fn index_of(w: Word, item: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    if coll(w) == Coll::Array {
        let (kind, items) = unsafe { array_parts(w) };
        return position(items, item, kind).map_or_else(|e| e, |i| i as Word);
    }
    list_ops::list_index_of(w, item)
}

/// `IList<T>.Insert(int, T)`.
pub extern "C" fn insert(w: Word, index: Word, item: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    match coll(w) {
        Coll::Array => not_supported(FIXED_SIZE),
        Coll::ReadOnly => not_supported(READ_ONLY),
        _ => list_ops::list_insert(w, index, item),
    }
}

/// `IList<T>.RemoveAt(int)`.
pub extern "C" fn remove_at(w: Word, index: Word) -> Word {
    if is_null(w) {
        return exception::throw_null_reference();
    }
    match coll(w) {
        Coll::Array => not_supported(FIXED_SIZE),
        Coll::ReadOnly => not_supported(READ_ONLY),
        _ => list_ops::list_remove_at(w, index),
    }
}

// ---- Type tests --------------------------------------------------------------------------------

/// The interfaces a type test can ask for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Iface {
    Enumerable,
    List,
    ReadOnlyList,
    Collection,
    ReadOnlyCollection,
    Dictionary,
    ReadOnlyDictionary,
}

/// What a test against `IList<int>` checks: the interface and its type arguments' kinds
/// (`None`: a reference type, or an argument the element kinds cannot tell apart).
struct Target {
    iface: Iface,
    args: Vec<Option<ElemKind>>,
    /// The arguments' .NET names (`System.String`, `Order`).
    names: Vec<String>,
}

/// A type test's descriptor for a collection interface: the `TypeDesc` (what messages name)
/// first, so the descriptor word is also the address of the whole; its base is `MARKER`, which
/// tells it from every other descriptor without a lookup.
#[repr(C)]
struct InterfaceDesc {
    desc: TypeDesc,
    target: Target,
}

static MARKER: TypeDesc = TypeDesc {
    name: "System.Collections.Generic interface",
    kind: Kind::Other,
    base: None,
};

/// The descriptor a type test against the collection interface `t` (a C# type as lowering
/// writes it: `IList<Order@ref>`, `IList<Color@int>`) checks with; `None` for other types.
pub(crate) fn interface_desc(t: &str) -> Option<Word> {
    let open = t.find('<')?;
    let iface = match &t[..open] {
        "IEnumerable" => Iface::Enumerable,
        "IList" => Iface::List,
        "IReadOnlyList" => Iface::ReadOnlyList,
        "ICollection" => Iface::Collection,
        "IReadOnlyCollection" => Iface::ReadOnlyCollection,
        "IDictionary" => Iface::Dictionary,
        "IReadOnlyDictionary" => Iface::ReadOnlyDictionary,
        _ => return None,
    };
    static NAMED: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<String, usize>>> =
        std::sync::OnceLock::new();
    let table = NAMED.get_or_init(Default::default);
    let mut table = table.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&d) = table.get(t) {
        return Some(d as Word);
    }
    let parts = crate::library::split_type_args(&t[open + 1..t.len().saturating_sub(1)]);
    let mut shown = Vec::new();
    let mut args = Vec::new();
    let mut names = Vec::new();
    for p in parts {
        let (name, mark) = match p.rsplit_once('@') {
            Some((n, m)) => (n, Some(m)),
            None => (p, None),
        };
        shown.push(name.to_string());
        names.push(crate::library::dotnet_type_name(name));
        args.push(match mark {
            Some("ref") => None,
            Some(underlying) => Some(crate::library::kind_of_cs(underlying)),
            None => match crate::library::kind_of_cs(name) {
                ElemKind::Ref => None,
                k => Some(k),
            },
        });
    }
    let cs = format!("{}<{}>", &t[..open], shown.join(","));
    let desc: &'static InterfaceDesc = Box::leak(Box::new(InterfaceDesc {
        desc: TypeDesc {
            name: Box::leak(crate::library::dotnet_type_name(&cs).into_boxed_str()),
            kind: Kind::Other,
            base: Some(&MARKER),
        },
        target: Target { iface, args, names },
    }));
    let d = desc as *const InterfaceDesc as usize;
    table.insert(t.to_string(), d);
    Some(d as Word)
}

/// `Some(fits)` when `desc` is a collection interface's (`interface_desc`).
pub(crate) fn implements(obj: Word, desc: Word) -> Option<bool> {
    // SAFETY: callers pass a descriptor address (not 0).
    let d = unsafe { &*(desc as *const TypeDesc) };
    if !d.base.is_some_and(|b| std::ptr::eq(b, &MARKER)) {
        return None;
    }
    // SAFETY: only `interface_desc` makes descriptors based on `MARKER`, as the first field
    // of an `InterfaceDesc`.
    let target = unsafe { &(*(desc as *const InterfaceDesc)).target };
    Some(!is_null(obj) && fits(obj, target))
}

fn fits(obj: Word, target: &Target) -> bool {
    use Iface::*;
    // An iterator is an `IEnumerable<T>` of its element type (or, covariantly, of a base).
    // So is an object of a class of the program implementing it (user_enum.rs).
    let element = if crate::iterator::is_iterator(obj) {
        Some(crate::iterator::element(obj))
    } else {
        crate::user_enum::element(obj)
    };
    if let Some((kind, name)) = element {
        return target.iface == Enumerable
            && match (target.args.as_slice(), target.names.as_slice()) {
                ([None], [want]) => kind == ElemKind::Ref && (name == want || converts(name, want)),
                ([Some(k)], _) => {
                    kind == *k || (kind.is_int_like() && k.is_int_like() && same_width(kind, *k))
                }
                _ => false,
            };
    }
    let c = coll(obj);
    let ifaces: &[Iface] = match c {
        Coll::Array | Coll::List | Coll::ReadOnly => &[
            List,
            Collection,
            Enumerable,
            ReadOnlyList,
            ReadOnlyCollection,
        ],
        Coll::Set | Coll::Keys | Coll::Values => &[Collection, Enumerable, ReadOnlyCollection],
        Coll::Deque => &[Enumerable, ReadOnlyCollection],
        Coll::Dict => &[
            Dictionary,
            ReadOnlyDictionary,
            Collection,
            Enumerable,
            ReadOnlyCollection,
        ],
        Coll::String => &[Enumerable],
        Coll::Other => &[],
    };
    if !ifaces.contains(&target.iface) {
        return false;
    }
    // The kinds of the object's type arguments, as the interface names them.
    let have: Vec<ElemKind> = match (c, target.iface) {
        (Coll::Dict, Dictionary | ReadOnlyDictionary) => {
            vec![hashed::key_kind(obj), hashed::value_kind(obj)]
        }
        // Its `KeyValuePair`s.
        (Coll::Dict, _) => vec![ElemKind::Ref],
        (Coll::Keys, _) => vec![hashed::key_kind(hashed::view_dict(obj))],
        (Coll::Values, _) => vec![hashed::value_kind(hashed::view_dict(obj))],
        (Coll::Array, _) => vec![unsafe { array_parts(obj).0 }],
        (Coll::List | Coll::ReadOnly, _) => vec![crate::collections::list_kind(obj)],
        (Coll::Deque, _) => vec![deque::kind(obj)],
        (Coll::String, _) => vec![ElemKind::Char],
        (Coll::Set, _) => vec![hashed::key_kind(obj)],
        (Coll::Other, _) => return false,
    };
    let kinds_fit = have.len() == target.args.len()
        && have.iter().zip(&target.args).all(|(h, want)| match want {
            None => *h == ElemKind::Ref,
            Some(k) => h == k || (h.is_int_like() && k.is_int_like() && same_width(*h, *k)),
        });
    if !kinds_fit {
        return false;
    }
    // Elements that are references: by the exact type arguments the object's descriptor
    // names, when it names them (a collection the runtime made may say only `System.Object`).
    let Some(exact) = exact_args(obj, c, target.iface) else {
        return true;
    };
    // An array `Dog[]` is an `IList<Animal>` too, as it is an `Animal[]`.
    let covariant =
        matches!(target.iface, Enumerable | ReadOnlyList | ReadOnlyCollection) || c == Coll::Array;
    exact.len() != target.names.len()
        || exact
            .iter()
            .zip(&target.names)
            .zip(&target.args)
            .all(|((have, want), kind)| {
                kind.is_some() || have == want || (covariant && converts(have, want))
            })
}

/// A reference conversion from the element type `have` to `want` (covariance).
fn converts(have: &str, want: &str) -> bool {
    if want == "System.Object" {
        return true;
    }
    let class =
        |n: &str| crate::object::class_named(n).or_else(|| crate::exception::class_by_name(n));
    match (class(have), class(want)) {
        (Some(h), Some(w)) => h.is_a(w) || crate::object::implements(h, w),
        _ => have == "System.String" && want == "System.Object",
    }
}

/// The .NET names of the type arguments the object's descriptor gives (for the interface
/// `iface` it is tested against); `None` when it names none.
fn exact_args(obj: Word, c: Coll, iface: Iface) -> Option<Vec<String>> {
    // SAFETY: a live object.
    let desc = unsafe { desc_of(obj) };
    // The shared descriptors of arrays and lists of references, which the runtime's own
    // results (`ToArray`, `Split`, `GetRange`) keep, say nothing of the elements' type.
    let shared = |d: &TypeDesc| {
        std::ptr::eq(d, &crate::collections::ARRAY_DESCS[ElemKind::Ref as usize])
            || std::ptr::eq(d, &crate::collections::LIST_DESCS[ElemKind::Ref as usize])
    };
    if shared(desc) {
        return None;
    }
    let name = desc.name;
    let args = |name: &str| -> Option<Vec<String>> {
        let open = name.find('[')?;
        let inner = name.get(open + 1..name.len().checked_sub(1)?)?;
        let (mut depth, mut start, mut parts) = (0i32, 0, Vec::new());
        for (i, ch) in inner.char_indices() {
            match ch {
                '[' => depth += 1,
                ']' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(inner[start..i].to_string());
                    start = i + 1;
                }
                _ => {}
            }
        }
        parts.push(inner[start..].to_string());
        Some(parts)
    };
    match c {
        Coll::Array => Some(vec![name.strip_suffix("[]")?.to_string()]),
        Coll::List | Coll::ReadOnly | Coll::Set | Coll::Deque => args(name),
        Coll::Dict if matches!(iface, Iface::Dictionary | Iface::ReadOnlyDictionary) => args(name),
        Coll::Keys => Some(vec![args(name)?.first()?.clone()]),
        Coll::Values => Some(vec![args(name)?.get(1)?.clone()]),
        _ => None,
    }
}

/// An enum's elements are made with its underlying kind and refined for printing.
fn same_width(a: ElemKind, b: ElemKind) -> bool {
    let wide = |k: ElemKind| {
        k == ElemKind::I32
            || matches!(
                k,
                ElemKind::TaskStatus
                    | ElemKind::TaskCreationOptions
                    | ElemKind::TaskContinuationOptions
            )
    };
    wide(a) && wide(b)
}
