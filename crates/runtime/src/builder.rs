//! `System.Text.StringBuilder`: a header and a Rust vector of UTF-16 units (C#'s `Length` and
//! `Insert` index count units). It holds no references, so the collector traces nothing in it;
//! the vector's buffer is released when the builder dies (`finalize`).

use crate::exception::{self as exc, ARGUMENT_OUT_OF_RANGE};
use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};
use crate::string::{as_str, to_string_of};
use crate::text::{from_units, units};
use crate::{entry, Entry, EntryFn, Extra, F0, F1, F2, F3};

pub static STRING_BUILDER: TypeDesc = TypeDesc {
    name: "System.Text.StringBuilder",
    kind: Kind::StringBuilder,
    base: None,
};

#[repr(C)]
struct Builder {
    header: Header,
    text: Vec<u16>,
}

fn new_builder(text: Vec<u16>) -> Word {
    unsafe {
        let p = object::alloc::<Builder>(&STRING_BUILDER, 0);
        // A zeroed Vec is not a valid Vec.
        std::ptr::write(&mut (*p).text, text);
        p as Word
    }
}

/// The builder's units; `Err` (NullReferenceException pending) for null.
fn text<'a>(sb: Word) -> Result<&'a mut Vec<u16>, Word> {
    if is_null(sb) {
        return Err(exc::throw_null_reference());
    }
    Ok(unsafe { &mut (*((sb & !TAG_MASK) as *mut Builder)).text })
}

/// Releases the buffer of a dead builder.
/// # Safety
/// `w` is a builder nothing reaches any more.
pub(crate) unsafe fn finalize(w: Word) {
    std::ptr::drop_in_place(&mut (*((w & !TAG_MASK) as *mut Builder)).text);
}

/// The builder's text, for `ToString()` of an object that is one.
pub fn builder_string(w: Word) -> Option<String> {
    if is_null(w) || unsafe { desc_of(w) }.kind != Kind::StringBuilder {
        return None;
    }
    text(w).ok().map(|t| String::from_utf16_lossy(t))
}

extern "C" fn sb_new() -> Word {
    new_builder(Vec::new())
}

extern "C" fn sb_new_string(s: Word) -> Word {
    new_builder(units(s))
}

/// `new StringBuilder(capacity)`: the capacity is only checked (the text grows as needed).
extern "C" fn sb_new_capacity(capacity: Word) -> Word {
    let c = capacity as u32 as i32;
    if c < 0 {
        return crate::pending::throw(exc::new_out_of_range(
            &format!("capacity ('{c}') must be a non-negative value."),
            "capacity",
            &c.to_string(),
        ));
    }
    sb_new()
}

/// Whether the builder would grow past .NET's longest string (`MaxCapacity`): then
/// ArgumentOutOfRangeException, as .NET throws, before the buffer grows.
fn over_capacity(t: &[u16], more: usize) -> Option<Word> {
    (t.len().saturating_add(more) > crate::string::MAX_LEN).then(|| {
        crate::pending::throw(exc::new_with_param(
            &ARGUMENT_OUT_OF_RANGE,
            Some("capacity was less than the current size."),
            "requiredLength",
        ))
    })
}

pub(crate) fn append_text(sb: Word, s: &str) -> Word {
    match text(sb) {
        Ok(t) => {
            if let Some(e) = over_capacity(t, s.len()) {
                return e;
            }
            t.extend(s.encode_utf16());
            sb
        }
        Err(e) => e,
    }
}

fn append_kind(sb: Word, v: Word, kind: ElemKind) -> Word {
    if is_null(sb) {
        return exc::throw_null_reference();
    }
    append_text(sb, &to_string_of(v, kind))
}

extern "C" fn append_string(sb: Word, s: Word) -> Word {
    if is_null(sb) {
        return exc::throw_null_reference();
    }
    append_text(sb, unsafe { as_str(s) })
}

extern "C" fn append_int(sb: Word, v: Word) -> Word {
    append_kind(sb, v, ElemKind::I32)
}
extern "C" fn append_long(sb: Word, v: Word) -> Word {
    append_kind(sb, v, ElemKind::I64)
}
extern "C" fn append_double(sb: Word, v: Word) -> Word {
    append_kind(sb, v, ElemKind::F64)
}
extern "C" fn append_bool(sb: Word, v: Word) -> Word {
    append_kind(sb, v, ElemKind::Bool)
}
extern "C" fn append_char(sb: Word, v: Word) -> Word {
    append_kind(sb, v, ElemKind::Char)
}

/// `Append(object)`: the object's `ToString()` (which may run the program's override).
extern "C" fn append_object(sb: Word, o: Word) -> Word {
    if is_null(sb) {
        return exc::throw_null_reference();
    }
    let s = to_string_of(o, ElemKind::Ref);
    if crate::pending::is_pending() {
        return 0;
    }
    append_text(sb, &s)
}

extern "C" fn append_repeated(sb: Word, c: Word, count: Word) -> Word {
    let t = match text(sb) {
        Ok(t) => t,
        Err(e) => return e,
    };
    let count = count as u32 as i32;
    if count < 0 {
        return crate::pending::throw(exc::new_with_param(
            &ARGUMENT_OUT_OF_RANGE,
            Some("Count cannot be less than zero."),
            "repeatCount",
        ));
    }
    if let Some(e) = over_capacity(t, count as usize) {
        return e;
    }
    t.extend(std::iter::repeat_n(c as u16, count as usize));
    sb
}

extern "C" fn append_line(sb: Word) -> Word {
    append_text(sb, "\n")
}

extern "C" fn append_line_string(sb: Word, s: Word) -> Word {
    if is_null(sb) {
        return exc::throw_null_reference();
    }
    let mut line = unsafe { as_str(s) }.to_string();
    line.push('\n');
    append_text(sb, &line)
}

extern "C" fn insert(sb: Word, index: Word, s: Word) -> Word {
    let t = match text(sb) {
        Ok(t) => t,
        Err(e) => return e,
    };
    let i = index as u32 as i32;
    if i < 0 || i as usize > t.len() {
        return crate::pending::throw(exc::new_with_param(
            &ARGUMENT_OUT_OF_RANGE,
            Some("Index was out of range. Must be non-negative and less than or equal to the size of the collection."),
            "index",
        ));
    }
    let ins = units(s);
    if let Some(e) = over_capacity(t, ins.len()) {
        return e;
    }
    t.splice(i as usize..i as usize, ins);
    sb
}

fn index_error() -> Word {
    crate::pending::throw(exc::new_with_param(
        &ARGUMENT_OUT_OF_RANGE,
        Some("Index was out of range. Must be non-negative and less than the size of the collection."),
        "index",
    ))
}

/// `sb[i]`.
extern "C" fn get_char(sb: Word, index: Word) -> Word {
    let t = match text(sb) {
        Ok(t) => t,
        Err(e) => return e,
    };
    // .NET's getter throws IndexOutOfRangeException; the setter ArgumentOutOfRangeException.
    match usize::try_from(index as u32 as i32)
        .ok()
        .and_then(|i| t.get(i))
    {
        Some(&u) => u as Word,
        None => exc::throw_new(&exc::INDEX_OUT_OF_RANGE, None),
    }
}

/// `sb[i] = c`.
extern "C" fn set_char(sb: Word, index: Word, c: Word) -> Word {
    let t = match text(sb) {
        Ok(t) => t,
        Err(e) => return e,
    };
    match usize::try_from(index as u32 as i32)
        .ok()
        .and_then(|i| t.get_mut(i))
    {
        Some(u) => *u = c as u16,
        None => {
            index_error();
        }
    }
    0
}

extern "C" fn replace_string(sb: Word, old: Word, new: Word) -> Word {
    let t = match text(sb) {
        Ok(t) => t,
        Err(e) => return e,
    };
    if is_null(old) {
        return exc::throw_argument_null("oldValue");
    }
    let (old, new) = (units(old), units(new));
    if old.is_empty() {
        return crate::pending::throw(exc::new_with_param(
            &exc::ARGUMENT,
            Some("The value cannot be an empty string."),
            "oldValue",
        ));
    }
    let mut out = Vec::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        if t[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
        } else {
            out.push(t[i]);
            i += 1;
        }
    }
    if let Some(e) = over_capacity(&[], out.len()) {
        return e;
    }
    *t = out;
    sb
}

extern "C" fn replace_char(sb: Word, old: Word, new: Word) -> Word {
    match text(sb) {
        Ok(t) => {
            for u in t.iter_mut() {
                if *u == old as u16 {
                    *u = new as u16;
                }
            }
            sb
        }
        Err(e) => e,
    }
}

extern "C" fn remove(sb: Word, start: Word, length: Word) -> Word {
    let t = match text(sb) {
        Ok(t) => t,
        Err(e) => return e,
    };
    let (start, length) = (start as u32 as i32 as i64, length as u32 as i32 as i64);
    let fail = |m: &str, p: &str| {
        crate::pending::throw(exc::new_with_param(&ARGUMENT_OUT_OF_RANGE, Some(m), p))
    };
    if length < 0 {
        return fail("Length cannot be less than zero.", "length");
    }
    if start < 0 {
        return fail("StartIndex cannot be less than zero.", "startIndex");
    }
    if length > t.len() as i64 - start {
        return fail(
            "Index was out of range. Must be non-negative and less than the size of the collection.",
            "index",
        );
    }
    t.drain(start as usize..(start + length) as usize);
    sb
}

extern "C" fn clear(sb: Word) -> Word {
    match text(sb) {
        Ok(t) => {
            t.clear();
            sb
        }
        Err(e) => e,
    }
}

extern "C" fn length(sb: Word) -> Word {
    match text(sb) {
        Ok(t) => t.len() as Word,
        Err(e) => e,
    }
}

extern "C" fn to_string(sb: Word) -> Word {
    match text(sb) {
        Ok(t) => {
            let copy = t.clone();
            from_units(&copy)
        }
        Err(e) => e,
    }
}

fn e<F: EntryFn>(name: &'static str, f: F) -> Entry {
    entry(name, f, Extra::None)
}

pub fn entries() -> Vec<Entry> {
    vec![
        e("StringBuilder.StringBuilder()", sb_new as F0),
        e("StringBuilder.StringBuilder(string)", sb_new_string as F1),
        e("StringBuilder.StringBuilder(int)", sb_new_capacity as F1),
        e("StringBuilder.Append(string)", append_string as F2),
        e("StringBuilder.Append(int)", append_int as F2),
        e("StringBuilder.Append(long)", append_long as F2),
        e("StringBuilder.Append(double)", append_double as F2),
        e("StringBuilder.Append(bool)", append_bool as F2),
        e("StringBuilder.Append(char)", append_char as F2),
        e("StringBuilder.Append(object)", append_object as F2),
        e("StringBuilder.Append(char, int)", append_repeated as F3),
        e("StringBuilder.AppendLine()", append_line as F1),
        e("StringBuilder.AppendLine(string)", append_line_string as F2),
        e("StringBuilder.Insert(int, string)", insert as F3),
        e("StringBuilder.Clear()", clear as F1),
        e("StringBuilder.this[int]", get_char as F2),
        e("StringBuilder.set_this", set_char as F3),
        e(
            "StringBuilder.Replace(string, string)",
            replace_string as F3,
        ),
        e("StringBuilder.Replace(char, char)", replace_char as F3),
        e("StringBuilder.Remove(int, int)", remove as F3),
        e("StringBuilder.Length", length as F1),
        e("StringBuilder.ToString()", to_string as F1),
    ]
}
