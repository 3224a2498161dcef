//! `System.String`: immutable UTF-8 bytes after a small header. C# measures strings in UTF-16
//! code units, so the object caches that length for `Length`.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::exception;
use crate::format::format_double;
use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};

pub static STRING: TypeDesc = TypeDesc {
    name: "System.String",
    kind: Kind::String,
    base: None,
};

/// No reference fields: the bytes follow the struct.
#[repr(C)]
pub struct Str {
    header: Header,
    utf16_len: u32,
    byte_len: u32,
}

/// .NET's limit on string length (in UTF-16 units); longer results throw OutOfMemoryException.
pub(crate) const MAX_LEN: usize = 0x3FFF_FFDF;

/// A new string object holding `s`; 0 (with OutOfMemoryException pending) if it is too long.
pub fn new_string(s: &str) -> Word {
    let utf16: usize = s.chars().map(char::len_utf16).sum();
    build(utf16, s.len(), |dst| dst.copy_from_slice(s.as_bytes()))
}

fn immortal_string(s: &str) -> Word {
    let utf16: usize = s.chars().map(char::len_utf16).sum();
    if utf16 > MAX_LEN || s.len() > u32::MAX as usize {
        return 0;
    }
    unsafe {
        let p = object::alloc_immortal::<Str>(&STRING, s.len());
        (*p).utf16_len = utf16 as u32;
        (*p).byte_len = s.len() as u32;
        let data = (p as *mut u8).add(std::mem::size_of::<Str>());
        std::ptr::copy_nonoverlapping(s.as_ptr(), data, s.len());
        p as Word
    }
}

/// Allocates a string of `bytes` UTF-8 bytes written by `fill`, which must write valid UTF-8.
fn build(utf16: usize, bytes: usize, fill: impl FnOnce(&mut [u8])) -> Word {
    if utf16 > MAX_LEN || bytes > u32::MAX as usize {
        return exception::throw_new(&exception::OUT_OF_MEMORY, None);
    }
    unsafe {
        let p = object::try_alloc::<Str>(&STRING, bytes);
        if p.is_null() {
            return exception::throw_new(&exception::OUT_OF_MEMORY, None);
        }
        (*p).utf16_len = utf16 as u32;
        (*p).byte_len = bytes as u32;
        let data = (p as *mut u8).add(std::mem::size_of::<Str>());
        fill(std::slice::from_raw_parts_mut(data, bytes));
        p as Word
    }
}

/// The string object for a literal: the same address for the same text, for the whole process
/// (interned strings are roots for the collector).
pub fn intern(s: &str) -> Word {
    static TABLE: OnceLock<Mutex<HashMap<String, Word>>> = OnceLock::new();
    let table = TABLE.get_or_init(Default::default);
    let mut table = table.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&w) = table.get(s) {
        return w;
    }
    // Literals live as long as the process, outside the collected heap.
    let w = immortal_string(s);
    if w != 0 {
        table.insert(s.to_string(), w);
    }
    w
}

/// Whether `w` is a (non-null) string object.
pub fn is_string(w: Word) -> bool {
    crate::object::is_object(w) && unsafe { std::ptr::eq(desc_of(w), &STRING) }
}

/// The text of a string object; "" for null or for an object that is not a string.
/// # Safety
/// `w` must be null or a reference produced by this runtime; the text lives as long as the
/// object (forever, until the collector exists).
pub unsafe fn as_str<'a>(w: Word) -> &'a str {
    if !is_string(w) {
        return "";
    }
    let p = (w & !TAG_MASK) as *const Str;
    let data = (p as *const u8).add(std::mem::size_of::<Str>());
    std::str::from_utf8_unchecked(std::slice::from_raw_parts(data, (*p).byte_len as usize))
}

/// `string.Length`: UTF-16 code units.
/// # Safety
/// `w` must be a string object.
pub unsafe fn utf16_len(w: Word) -> u32 {
    (*((w & !TAG_MASK) as *const Str)).utf16_len
}

/// How C# prints a value of `kind` (`ToString()`, concatenation, `Console.Write`).
pub fn to_string_of(w: Word, kind: ElemKind) -> String {
    match kind {
        ElemKind::Bool => if w & 0xff != 0 { "True" } else { "False" }.to_string(),
        ElemKind::I32 | ElemKind::Byte | ElemKind::SByte | ElemKind::Short | ElemKind::UShort => {
            (w as u32 as i32).to_string()
        }
        ElemKind::I64 => (w as i64).to_string(),
        ElemKind::UInt | ElemKind::ULong => w.to_string(),
        ElemKind::F64 => format_double(f64::from_bits(w)),
        ElemKind::Float => crate::format::format_float(f64::from_bits(w) as f32),
        ElemKind::TaskStatus => task_status_name(w as u32 as i32),
        ElemKind::TaskCreationOptions => flags_name(w as u32 as i32, TASK_CREATION_OPTIONS),
        ElemKind::TaskContinuationOptions => flags_name(w as u32 as i32, TASK_CONTINUATION_OPTIONS),
        ElemKind::StringComparison => crate::text::compare::comparison_name(w as u32 as i32),
        ElemKind::TimeSpan => crate::timespan::constant(w as i64),
        ElemKind::Char => String::from_utf16_lossy(&[w as u16]),
        ElemKind::Ref => object_to_string(w),
    }
}

/// `TaskCreationOptions`, a `[Flags]` enum: its members, by value.
const TASK_CREATION_OPTIONS: &[(i32, &str)] = &[
    (0, "None"),
    (1, "PreferFairness"),
    (2, "LongRunning"),
    (4, "AttachedToParent"),
    (8, "DenyChildAttach"),
    (16, "HideScheduler"),
    (64, "RunContinuationsAsynchronously"),
];

/// `TaskContinuationOptions`, a `[Flags]` enum whose `OnlyOn*` members combine `NotOn*` bits
/// (the greedy search from the largest member finds them first, as .NET's does).
const TASK_CONTINUATION_OPTIONS: &[(i32, &str)] = &[
    (0, "None"),
    (1, "PreferFairness"),
    (2, "LongRunning"),
    (4, "AttachedToParent"),
    (8, "DenyChildAttach"),
    (16, "HideScheduler"),
    (32, "LazyCancellation"),
    (64, "RunContinuationsAsynchronously"),
    (0x10000, "NotOnRanToCompletion"),
    (0x20000, "NotOnFaulted"),
    (0x30000, "OnlyOnCanceled"),
    (0x40000, "NotOnCanceled"),
    (0x50000, "OnlyOnFaulted"),
    (0x60000, "OnlyOnRanToCompletion"),
    (0x80000, "ExecuteSynchronously"),
];

/// A `[Flags]` enum value as .NET prints it: the member with that value, else the members whose
/// bits make it up in ascending order (`PreferFairness, LongRunning`), else the number when
/// some bit has no member.
fn flags_name(v: i32, members: &[(i32, &str)]) -> String {
    if let Some((_, name)) = members.iter().find(|(m, _)| *m == v) {
        return name.to_string();
    }
    let mut rest = v;
    let mut names = Vec::new();
    for &(m, name) in members.iter().rev() {
        if m != 0 && rest & m == m {
            rest &= !m;
            names.push(name);
        }
    }
    if rest != 0 {
        return v.to_string();
    }
    names.reverse();
    names.join(", ")
}

/// An enum value prints by member name, or as its number when no member has it.
fn task_status_name(v: i32) -> String {
    const NAMES: [&str; 8] = [
        "Created",
        "WaitingForActivation",
        "WaitingToRun",
        "Running",
        "WaitingForChildrenToComplete",
        "RanToCompletion",
        "Canceled",
        "Faulted",
    ];
    usize::try_from(v)
        .ok()
        .and_then(|i| NAMES.get(i))
        .map_or_else(|| v.to_string(), |n| n.to_string())
}

/// `object.ToString()` of a reference ("" for null, which callers that must throw check first).
pub fn object_to_string(w: Word) -> String {
    // A ValueTask word that reached printing without its type: its inline result (bit 0; small
    // results such as `new ValueTask<int>(1)`, the word 3, would look null below).
    if w & 1 == 1 || (!is_null(w) && !crate::object::is_object(w)) {
        return (crate::task::inline_result(w) as i64).to_string();
    }
    if is_null(w) {
        return String::new();
    }
    let desc = unsafe { desc_of(w) };
    match desc.kind {
        Kind::BoxedValueTask => crate::task::boxed_value_task_string(w),
        Kind::String => unsafe { as_str(w) }.to_string(),
        Kind::Boxed if crate::enums::enum_of_box(w).is_some() => crate::enums::enum_of_box(w)
            .map_or_else(String::new, |d| crate::enums::box_string(d, w)),
        Kind::Boxed => {
            let (value, kind) = crate::collections::unboxed(w);
            to_string_of(value, kind)
        }
        Kind::Exception => exception::describe(w),
        Kind::RuntimeType => crate::runtime_type::type_full_name(w).to_string(),
        Kind::StringBuilder => crate::builder::builder_string(w).unwrap_or_default(),
        Kind::Pair => crate::hashed::pair_string(w),
        Kind::Object | Kind::ProgramException => match crate::object::call_to_string(w) {
            // A null string prints as "", and a failure's exception is pending.
            Some(s) if is_null(s) || crate::pending::is_pending() => String::new(),
            Some(s) => unsafe { as_str(s) }.to_string(),
            None => own_to_string(w),
        },
        Kind::Other => crate::stopwatch::string_of(w).unwrap_or_else(|| desc.name.to_string()),
        _ => desc.name.to_string(),
    }
}

/// What `object.ToString()` or `Exception.ToString()` itself returns for an object of the
/// program's classes, without its overrides: `base.ToString()` in an override must not call
/// the override again.
fn own_to_string(w: Word) -> String {
    // SAFETY: callers pass a live object of the program's classes.
    let desc = unsafe { desc_of(w) };
    if desc.kind == Kind::ProgramException {
        exception::describe(w)
    } else {
        desc.name.to_string()
    }
}

/// `rt.to_string_base(this)`: `base.ToString()` where the base's `ToString()` is the
/// library's (`this` is never null there).
pub extern "C" fn to_string_base(this: Word) -> Word {
    new_string(&own_to_string(this))
}

/// The string object for a value as concatenation sees it: a string is itself, null is "".
pub fn to_string_object(w: Word, kind: ElemKind) -> Word {
    if kind == ElemKind::Ref {
        if is_null(w) {
            return intern("");
        }
        if is_string(w) {
            return w;
        }
    }
    new_string(&to_string_of(w, kind))
}

/// `rt.concat(parts, n)`: `parts` points at `n` words, each a string or 0 ("").
pub extern "C" fn concat(parts: Word, n: Word) -> Word {
    let n = n as usize;
    let parts: &[Word] = if parts == 0 || n == 0 {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(parts as *const Word, n) }
    };
    let texts: Vec<&str> = parts.iter().map(|&w| unsafe { as_str(w) }).collect();
    let utf16 = parts
        .iter()
        .map(|&w| {
            if is_string(w) {
                unsafe { utf16_len(w) as usize }
            } else {
                0
            }
        })
        .fold(0usize, usize::saturating_add);
    let bytes = texts
        .iter()
        .map(|t| t.len())
        .fold(0usize, usize::saturating_add);
    // Written in place: a long `s += x` loop would otherwise copy every result twice.
    build(utf16, bytes, |dst| {
        let mut at = 0;
        for t in &texts {
            if let Some(d) = dst.get_mut(at..at + t.len()) {
                d.copy_from_slice(t.as_bytes());
            }
            at += t.len();
        }
    })
}

/// `rt.to_str(value, kind)`.
pub extern "C" fn to_str(value: Word, kind: Word) -> Word {
    to_string_object(value, ElemKind::from_code(kind))
}

/// `string.Length`.
pub extern "C" fn length(s: Word) -> Word {
    if is_null(s) {
        return exception::throw_null_reference();
    }
    unsafe { utf16_len(s) as Word }
}

/// .NET maps case one UTF-16 unit to one (no `ß` -> `SS`): a character whose mapping is not a
/// single character stays as it is.
fn map_case(s: Word, f: fn(char) -> Option<char>) -> Word {
    if is_null(s) {
        return exception::throw_null_reference();
    }
    let text = unsafe { as_str(s) };
    let mapped: String = text.chars().map(|c| f(c).unwrap_or(c)).collect();
    new_string(&mapped)
}

fn single<I: Iterator<Item = char>>(mut it: I) -> Option<char> {
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// `string.ToUpper()`.
pub extern "C" fn to_upper(s: Word) -> Word {
    map_case(s, |c| single(c.to_uppercase()))
}

/// `string.ToLower()`.
pub extern "C" fn to_lower(s: Word) -> Word {
    map_case(s, |c| single(c.to_lowercase()))
}

/// `object.ToString()` (`Extra::ArgKind`): the receiver may be a value (`n.ToString()`, which
/// sema does not box) or a reference; a null reference throws.
pub extern "C" fn object_to_string_entry(receiver: Word, kind: Word) -> Word {
    let kind = ElemKind::from_code(kind);
    if kind == ElemKind::Ref && is_null(receiver) {
        return exception::throw_null_reference();
    }
    to_string_object(receiver, kind)
}

/// `string.Join` over a sequence: each element as `ToString()` prints it, null as "".
fn join(separator: Word, seq: Word, param: &str) -> Word {
    join_named(separator, seq, param, 0)
}

/// `join`, naming the elements by member when `enum_desc` is their enum's descriptor.
fn join_named(separator: Word, seq: Word, param: &str, enum_desc: usize) -> Word {
    let Some((kind, items)) = crate::collections::sequence_items(seq) else {
        // A query whose delegate threw: its exception stands.
        if crate::pending::is_pending() {
            return 0;
        }
        return exception::throw_argument_null(param);
    };
    // A dictionary's pairs are new objects, and `ToString` overrides may allocate.
    let _roots = crate::gc::root(&items);
    let sep = unsafe { as_str(separator) };
    let mut out = String::new();
    for (i, &w) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&crate::enums::show(w, kind, enum_desc));
    }
    new_string(&out)
}

/// `string.Join(string, params string[])`.
pub extern "C" fn join_strings(separator: Word, values: Word) -> Word {
    join(separator, values, "value")
}

/// `string.Join(string, params object[])`.
pub extern "C" fn join_objects(separator: Word, values: Word) -> Word {
    join(separator, values, "values")
}

/// `string.Join(string, IEnumerable<string>)` and `string.Join<T>(string, IEnumerable<T>)`:
/// the list or array knows its element kind.
pub extern "C" fn join_enumerable(separator: Word, values: Word) -> Word {
    join(separator, values, "values")
}

/// `string.Join<T>(string, IEnumerable<T>)` (`Extra::TypeArgsEnums`): as `join_enumerable`,
/// with the elements named by member when `T` is one of the program's enums.
pub extern "C" fn join_enumerable_of(
    separator: Word,
    values: Word,
    _kind: Word,
    enum_desc: Word,
) -> Word {
    join_named(separator, values, "values", enum_desc as usize)
}
