//! `char` and the members of `string` beyond `Length` and case: C# measures and indexes strings
//! in UTF-16 code units, so these work on the units (`units`) of the UTF-8 text the string object
//! holds, and every search is ordinal.

use crate::collections::{self as coll, new_array_from};
use crate::exception::{self as exc, ARGUMENT, ARGUMENT_OUT_OF_RANGE, INDEX_OUT_OF_RANGE};
use crate::object::{is_null, ElemKind, Word};
use crate::string::{as_str, intern, is_string, new_string, utf16_len};
use crate::{entry, Entry, EntryFn, Extra, F1, F2, F3, F4};

// ---- Words and units ---------------------------------------------------------------------------

fn int(w: Word) -> i32 {
    w as u32 as i32
}

fn unit(w: Word) -> u16 {
    w as u16
}

fn bool_word(b: bool) -> Word {
    b as Word
}

/// The UTF-16 code units of a string object ("" for null).
pub fn units(w: Word) -> Vec<u16> {
    unsafe { as_str(w) }.encode_utf16().collect()
}

/// A string object of UTF-16 units (a lone surrogate becomes U+FFFD: the text is UTF-8).
pub fn from_units(u: &[u16]) -> Word {
    new_string(&String::from_utf16_lossy(u))
}

fn len16(w: Word) -> usize {
    unsafe { utf16_len(w) as usize }
}

/// The character of one code unit (a surrogate alone is U+FFFD).
fn ch(u: u16) -> char {
    char::from_u32(u as u32).unwrap_or('\u{FFFD}')
}

/// A result longer than .NET's longest string: OutOfMemoryException, before any buffer of
/// that size is made.
fn too_long(units: usize) -> Option<Word> {
    (units > crate::string::MAX_LEN).then(|| exc::throw_new(&exc::OUT_OF_MEMORY, None))
}

fn out_of_range(message: &str, param: &str) -> Word {
    crate::pending::throw(exc::new_with_param(
        &ARGUMENT_OUT_OF_RANGE,
        Some(message),
        param,
    ))
}

fn argument(message: &str, param: &str) -> Word {
    crate::pending::throw(exc::new_with_param(&ARGUMENT, Some(message), param))
}

/// The receiver of an instance member: `Err` (NullReferenceException pending) when null.
fn this(s: Word) -> Result<Word, Word> {
    if is_null(s) {
        Err(exc::throw_null_reference())
    } else {
        Ok(s)
    }
}

macro_rules! this {
    ($s:expr) => {
        match this($s) {
            Ok(s) => s,
            Err(e) => return e,
        }
    };
}

// ---- char --------------------------------------------------------------------------------------

/// `char.IsWhiteSpace`: .NET's set is Unicode's White_Space property, as Rust's.
fn is_white(u: u16) -> bool {
    ch(u).is_whitespace()
}

extern "C" fn char_to_str(c: Word) -> Word {
    from_units(&[unit(c)])
}

extern "C" fn box_char(c: Word) -> Word {
    coll::box_value(c & 0xFFFF, ElemKind::Char)
}

/// `(char)x` in a checked context.
extern "C" fn char_checked(v: Word) -> Word {
    match u16::try_from(int(v)) {
        Ok(c) => c as Word,
        Err(_) => exc::throw_new(
            &exc::OVERFLOW,
            Some("Arithmetic operation resulted in an overflow."),
        ),
    }
}

/// `(char)o`: only a boxed `char` unboxes to one.
extern "C" fn unbox_char(o: Word) -> Word {
    if is_null(o) {
        return exc::throw_null_reference();
    }
    match coll::unboxed(o) {
        (v, ElemKind::Char) => v,
        _ => {
            let from = unsafe { crate::object::desc_of(o) }.name;
            let m = format!("Unable to cast object of type '{from}' to type 'System.Char'.");
            exc::throw_new(&exc::INVALID_CAST, Some(&m))
        }
    }
}

extern "C" fn is_digit(c: Word) -> Word {
    let c = ch(unit(c));
    bool_word(c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()))
}

extern "C" fn is_letter(c: Word) -> Word {
    bool_word(ch(unit(c)).is_alphabetic())
}

extern "C" fn is_letter_or_digit(c: Word) -> Word {
    bool_word(is_letter(c) != 0 || is_digit(c) != 0)
}

extern "C" fn is_white_space(c: Word) -> Word {
    bool_word(is_white(unit(c)))
}

extern "C" fn is_upper(c: Word) -> Word {
    bool_word(ch(unit(c)).is_uppercase())
}

extern "C" fn is_lower(c: Word) -> Word {
    bool_word(ch(unit(c)).is_lowercase())
}

/// .NET maps one UTF-16 unit to one: a character whose mapping is several stays as it is.
fn map_one(c: Word, upper: bool) -> Word {
    let u = unit(c);
    let c = ch(u);
    let mut it: Box<dyn Iterator<Item = char>> = if upper {
        Box::new(c.to_uppercase())
    } else {
        Box::new(c.to_lowercase())
    };
    let first = it.next();
    match (first, it.next()) {
        (Some(m), None) if (m as u32) <= 0xFFFF => m as u32 as Word,
        _ => u as Word,
    }
}

extern "C" fn char_to_upper(c: Word) -> Word {
    map_one(c, true)
}

extern "C" fn char_to_lower(c: Word) -> Word {
    map_one(c, false)
}

// ---- Indexing and slicing ----------------------------------------------------------------------

/// `s[i]`.
extern "C" fn index(s: Word, i: Word) -> Word {
    let s = this!(s);
    let i = int(i);
    let text = unsafe { as_str(s) };
    // ASCII text: a unit is a byte.
    if text.len() == len16(s) {
        return match usize::try_from(i).ok().and_then(|i| text.as_bytes().get(i)) {
            Some(&b) => b as Word,
            None => exc::throw_new(&INDEX_OUT_OF_RANGE, None),
        };
    }
    match usize::try_from(i)
        .ok()
        .and_then(|i| text.encode_utf16().nth(i))
    {
        Some(u) => u as Word,
        None => exc::throw_new(&INDEX_OUT_OF_RANGE, None),
    }
}

extern "C" fn substring_from(s: Word, start: Word) -> Word {
    let s = this!(s);
    let (start, len) = (int(start), len16(s) as i64);
    if start < 0 {
        return out_of_range("StartIndex cannot be less than zero.", "startIndex");
    }
    if start as i64 > len {
        return out_of_range(
            "startIndex cannot be larger than length of string.",
            "startIndex",
        );
    }
    if start == 0 {
        return s;
    }
    from_units(&units(s)[start as usize..])
}

extern "C" fn substring(s: Word, start: Word, length: Word) -> Word {
    let s = this!(s);
    let (start, length, len) = (int(start) as i64, int(length) as i64, len16(s) as i64);
    if start < 0 {
        return out_of_range("StartIndex cannot be less than zero.", "startIndex");
    }
    if start > len {
        return out_of_range(
            "startIndex cannot be larger than length of string.",
            "startIndex",
        );
    }
    if length < 0 {
        return out_of_range("Length cannot be less than zero.", "length");
    }
    if start > len - length {
        return out_of_range(
            "Index and length must refer to a location within the string.",
            "length",
        );
    }
    if start == 0 && length == len {
        return s;
    }
    from_units(&units(s)[start as usize..(start + length) as usize])
}

// ---- Searching ---------------------------------------------------------------------------------

fn find(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(from);
    }
    (from..hay.len().saturating_sub(needle.len() - 1)).find(|&i| hay[i..].starts_with(needle))
}

fn rfind(hay: &[u16], needle: &[u16]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    (0..hay.len().saturating_sub(needle.len() - 1))
        .rev()
        .find(|&i| hay[i..].starts_with(needle))
}

fn index_word(i: Option<usize>) -> Word {
    i.map_or(-1i64 as Word, |i| i as Word)
}

/// The start index of `IndexOf(value, startIndex)`: 0..=Length.
fn start_index(s: Word, start: Word) -> Result<usize, Word> {
    let start = int(start);
    if start < 0 || start as usize > len16(s) {
        return Err(out_of_range(
            "Index was out of range. Must be non-negative and less than or equal to the size of the collection.",
            "startIndex",
        ));
    }
    Ok(start as usize)
}

fn needle(v: Word) -> Result<Vec<u16>, Word> {
    if is_null(v) {
        return Err(exc::throw_argument_null("value"));
    }
    Ok(units(v))
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return e,
        }
    };
}

extern "C" fn index_of_char(s: Word, c: Word) -> Word {
    let s = this!(s);
    index_word(units(s).iter().position(|&u| u == unit(c)))
}

extern "C" fn index_of_char_from(s: Word, c: Word, start: Word) -> Word {
    let s = this!(s);
    let from = tri!(start_index(s, start));
    index_word(
        units(s)[from..]
            .iter()
            .position(|&u| u == unit(c))
            .map(|i| i + from),
    )
}

extern "C" fn index_of_string(s: Word, v: Word) -> Word {
    let s = this!(s);
    let n = tri!(needle(v));
    index_word(find(&units(s), &n, 0))
}

extern "C" fn index_of_string_from(s: Word, v: Word, start: Word) -> Word {
    let s = this!(s);
    let n = tri!(needle(v));
    let from = tri!(start_index(s, start));
    index_word(find(&units(s), &n, from))
}

extern "C" fn last_index_of_char(s: Word, c: Word) -> Word {
    let s = this!(s);
    index_word(units(s).iter().rposition(|&u| u == unit(c)))
}

extern "C" fn last_index_of_string(s: Word, v: Word) -> Word {
    let s = this!(s);
    let n = tri!(needle(v));
    let hay = units(s);
    // .NET 5+: an empty value is found at the end.
    index_word(rfind(&hay, &n))
}

extern "C" fn contains_string(s: Word, v: Word) -> Word {
    let s = this!(s);
    let n = tri!(needle(v));
    bool_word(find(&units(s), &n, 0).is_some())
}

extern "C" fn contains_char(s: Word, c: Word) -> Word {
    let s = this!(s);
    bool_word(units(s).contains(&unit(c)))
}

extern "C" fn starts_with(s: Word, v: Word) -> Word {
    let s = this!(s);
    let n = tri!(needle(v));
    bool_word(units(s).starts_with(&n))
}

extern "C" fn ends_with(s: Word, v: Word) -> Word {
    let s = this!(s);
    let n = tri!(needle(v));
    bool_word(units(s).ends_with(&n))
}

extern "C" fn starts_with_char(s: Word, c: Word) -> Word {
    let s = this!(s);
    bool_word(units(s).first() == Some(&unit(c)))
}

extern "C" fn ends_with_char(s: Word, c: Word) -> Word {
    let s = this!(s);
    bool_word(units(s).last() == Some(&unit(c)))
}

// ---- New strings -------------------------------------------------------------------------------

/// A `string[]` of `parts`: the array is made first and rooted while the strings are.
pub fn string_array(parts: &[Vec<u16>]) -> Word {
    let arr = new_array_from(ElemKind::Ref, &vec![0; parts.len()]);
    if crate::pending::is_pending() {
        return 0;
    }
    let _root = crate::gc::root(&[arr]);
    for (i, p) in parts.iter().enumerate() {
        let s = from_units(p);
        if crate::pending::is_pending() {
            return 0;
        }
        coll::rt_array_store(arr, i as Word, s);
    }
    crate::library::set_type(arr, crate::library::named_desc("string[]"))
}

fn split_on(s: Word, sep: &[u16]) -> Word {
    let hay = units(s);
    let mut parts = Vec::new();
    if sep.is_empty() {
        // .NET Core: an empty separator does not split.
        parts.push(hay);
        return string_array(&parts);
    }
    let mut start = 0;
    while let Some(i) = find(&hay, sep, start) {
        parts.push(hay[start..i].to_vec());
        start = i + sep.len();
    }
    parts.push(hay[start..].to_vec());
    string_array(&parts)
}

extern "C" fn split_char(s: Word, c: Word) -> Word {
    let s = this!(s);
    split_on(s, &[unit(c)])
}

/// `Split(params char[])`: on any of the chars; none (or null) splits on white space.
extern "C" fn split_chars(s: Word, seps: Word) -> Word {
    let s = this!(s);
    let seps: Vec<u16> = coll::elements(seps)
        .unwrap_or_default()
        .into_iter()
        .map(|w| w as u16)
        .collect();
    let is_sep = |u: u16| {
        if seps.is_empty() {
            is_white(u)
        } else {
            seps.contains(&u)
        }
    };
    let hay = units(s);
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, &u) in hay.iter().enumerate() {
        if is_sep(u) {
            parts.push(hay[start..i].to_vec());
            start = i + 1;
        }
    }
    parts.push(hay[start..].to_vec());
    string_array(&parts)
}

extern "C" fn split_string(s: Word, sep: Word) -> Word {
    let s = this!(s);
    split_on(s, &units(sep))
}

fn trim(s: Word, start: bool, end: bool) -> Word {
    trim_set(s, start, end, &[])
}

/// Trims the units of `set` (white space when it is empty) from the chosen ends.
fn trim_set(s: Word, start: bool, end: bool, set: &[u16]) -> Word {
    let s = this!(s);
    let u = units(s);
    let strip = |c: u16| {
        if set.is_empty() {
            is_white(c)
        } else {
            set.contains(&c)
        }
    };
    let mut a = 0;
    let mut b = u.len();
    if start {
        while a < b && strip(u[a]) {
            a += 1;
        }
    }
    if end {
        while b > a && strip(u[b - 1]) {
            b -= 1;
        }
    }
    if a == 0 && b == u.len() {
        return s;
    }
    from_units(&u[a..b])
}

extern "C" fn trim_both(s: Word) -> Word {
    trim(s, true, true)
}

extern "C" fn trim_start(s: Word) -> Word {
    trim(s, true, false)
}

extern "C" fn trim_end(s: Word) -> Word {
    trim(s, false, true)
}

fn char_set(arr: Word) -> Vec<u16> {
    coll::elements(arr)
        .unwrap_or_default()
        .into_iter()
        .map(|w| w as u16)
        .collect()
}

extern "C" fn trim_char(s: Word, c: Word) -> Word {
    trim_set(s, true, true, &[unit(c)])
}
extern "C" fn trim_start_char(s: Word, c: Word) -> Word {
    trim_set(s, true, false, &[unit(c)])
}
extern "C" fn trim_end_char(s: Word, c: Word) -> Word {
    trim_set(s, false, true, &[unit(c)])
}
extern "C" fn trim_chars(s: Word, a: Word) -> Word {
    trim_set(s, true, true, &char_set(a))
}
extern "C" fn trim_start_chars(s: Word, a: Word) -> Word {
    trim_set(s, true, false, &char_set(a))
}
extern "C" fn trim_end_chars(s: Word, a: Word) -> Word {
    trim_set(s, false, true, &char_set(a))
}

extern "C" fn remove_from(s: Word, start: Word) -> Word {
    let s = this!(s);
    let (start, len) = (int(start), len16(s));
    if start < 0 {
        return out_of_range("StartIndex cannot be less than zero.", "startIndex");
    }
    if start as usize > len {
        return out_of_range(
            "startIndex must be less than length of string.",
            "startIndex",
        );
    }
    if start as usize == len {
        return s;
    }
    from_units(&units(s)[..start as usize])
}

extern "C" fn remove_range(s: Word, start: Word, count: Word) -> Word {
    let s = this!(s);
    let (start, count, len) = (int(start) as i64, int(count) as i64, len16(s) as i64);
    if start < 0 {
        return out_of_range("StartIndex cannot be less than zero.", "startIndex");
    }
    if count < 0 {
        return out_of_range("Count cannot be less than zero.", "count");
    }
    if count > len - start {
        return out_of_range(
            "Index and count must refer to a location within the string.",
            "count",
        );
    }
    if count == 0 {
        return s;
    }
    let u = units(s);
    let out = [&u[..start as usize], &u[(start + count) as usize..]].concat();
    from_units(&out)
}

extern "C" fn insert(s: Word, start: Word, v: Word) -> Word {
    let s = this!(s);
    if is_null(v) {
        return exc::throw_argument_null("value");
    }
    let start = int(start);
    if start < 0 || start as usize > len16(s) {
        return out_of_range(
            "Index was out of range. Must be non-negative and less than or equal to the size of the collection.",
            "startIndex",
        );
    }
    let u = units(s);
    let ins = units(v);
    if let Some(e) = too_long(u.len() + ins.len()) {
        return e;
    }
    let at = start as usize;
    let out = [&u[..at], &ins[..], &u[at..]].concat();
    from_units(&out)
}

extern "C" fn replace_string(s: Word, old: Word, new: Word) -> Word {
    let s = this!(s);
    if is_null(old) {
        return exc::throw_argument_null("oldValue");
    }
    let (hay, old, new) = (units(s), units(old), units(new));
    if old.is_empty() {
        return argument("String cannot be of zero length.", "oldValue");
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut start = 0;
    let mut changed = false;
    while let Some(i) = find(&hay, &old, start) {
        out.extend_from_slice(&hay[start..i]);
        out.extend_from_slice(&new);
        start = i + old.len();
        changed = true;
    }
    if !changed {
        return s;
    }
    out.extend_from_slice(&hay[start..]);
    from_units(&out)
}

extern "C" fn replace_char(s: Word, old: Word, new: Word) -> Word {
    let s = this!(s);
    let (old, new) = (unit(old), unit(new));
    let u: Vec<u16> = units(s)
        .into_iter()
        .map(|c| if c == old { new } else { c })
        .collect();
    from_units(&u)
}

fn pad(s: Word, width: Word, c: u16, left: bool) -> Word {
    let s = this!(s);
    let width = int(width);
    if width < 0 {
        return out_of_range("Non-negative number required.", "totalWidth");
    }
    let u = units(s);
    if width as usize <= u.len() {
        return s;
    }
    if let Some(e) = too_long(width as usize) {
        return e;
    }
    let fill = vec![c; width as usize - u.len()];
    let out = if left {
        [fill, u].concat()
    } else {
        [u, fill].concat()
    };
    from_units(&out)
}

extern "C" fn pad_left(s: Word, w: Word) -> Word {
    pad(s, w, b' ' as u16, true)
}

extern "C" fn pad_left_with(s: Word, w: Word, c: Word) -> Word {
    pad(s, w, unit(c), true)
}

extern "C" fn pad_right(s: Word, w: Word) -> Word {
    pad(s, w, b' ' as u16, false)
}

extern "C" fn pad_right_with(s: Word, w: Word, c: Word) -> Word {
    pad(s, w, unit(c), false)
}

extern "C" fn to_char_array(s: Word) -> Word {
    let s = this!(s);
    let words: Vec<Word> = units(s).into_iter().map(|u| u as Word).collect();
    new_array_from(ElemKind::Char, &words)
}

/// `new string(c, count)`.
extern "C" fn new_repeated(c: Word, count: Word) -> Word {
    let count = int(count);
    if count < 0 {
        return out_of_range("Count cannot be less than zero.", "count");
    }
    if let Some(e) = too_long(count as usize) {
        return e;
    }
    from_units(&vec![unit(c); count as usize])
}

extern "C" fn is_null_or_empty(s: Word) -> Word {
    bool_word(is_null(s) || len16(s) == 0)
}

extern "C" fn is_null_or_white_space(s: Word) -> Word {
    bool_word(is_null(s) || units(s).into_iter().all(is_white))
}

extern "C" fn empty() -> Word {
    intern("")
}

fn same(a: Word, b: Word) -> bool {
    match (is_null(a), is_null(b)) {
        (true, true) => true,
        (false, false) => unsafe { as_str(a) == as_str(b) },
        _ => false,
    }
}

extern "C" fn equals(s: Word, v: Word) -> Word {
    let s = this!(s);
    bool_word(is_string(v) && same(s, v))
}

extern "C" fn equals_static(a: Word, b: Word) -> Word {
    bool_word(same(a, b))
}

/// `string.CompareOrdinal`: the difference of the first differing units, else of the lengths;
/// null sorts first.
extern "C" fn compare_ordinal(a: Word, b: Word) -> Word {
    let r: i32 = match (is_null(a), is_null(b)) {
        (true, true) => 0,
        (true, false) => -1,
        (false, true) => 1,
        _ => {
            let (x, y) = (units(a), units(b));
            match x.iter().zip(&y).find(|(p, q)| p != q) {
                Some((p, q)) => *p as i32 - *q as i32,
                None => x.len() as i32 - y.len() as i32,
            }
        }
    };
    r as i64 as Word
}

fn concat_all(parts: &[Word]) -> Word {
    let mut out = String::new();
    for &p in parts {
        out.push_str(unsafe { as_str(p) });
    }
    new_string(&out)
}

extern "C" fn concat2(a: Word, b: Word) -> Word {
    concat_all(&[a, b])
}

extern "C" fn concat3(a: Word, b: Word, c: Word) -> Word {
    concat_all(&[a, b, c])
}

extern "C" fn concat4(a: Word, b: Word, c: Word, d: Word) -> Word {
    concat_all(&[a, b, c, d])
}

extern "C" fn char_to_string(c: Word) -> Word {
    char_to_str(c)
}

extern "C" fn write_line_char(c: Word) -> Word {
    crate::console::write_stdout(&(crate::string::to_string_of(c, ElemKind::Char) + "\n"));
    0
}

extern "C" fn write_char(c: Word) -> Word {
    crate::console::write_stdout(&crate::string::to_string_of(c, ElemKind::Char));
    0
}

/// `Console.Write(char[])`: the characters (a null array prints nothing).
fn chars_text(arr: Word) -> String {
    let units: Vec<u16> = coll::elements(arr)
        .unwrap_or_default()
        .into_iter()
        .map(|w| w as u16)
        .collect();
    String::from_utf16_lossy(&units)
}

extern "C" fn write_line_chars(arr: Word) -> Word {
    crate::console::write_stdout(&(chars_text(arr) + "\n"));
    0
}

extern "C" fn write_chars(arr: Word) -> Word {
    crate::console::write_stdout(&chars_text(arr));
    0
}

fn e<F: EntryFn>(name: &'static str, f: F) -> Entry {
    entry(name, f, Extra::None)
}

pub fn entries() -> Vec<Entry> {
    vec![
        e("char.to_str", char_to_str as F1),
        e("box.char", box_char as F1),
        e("unbox.char", unbox_char as F1),
        e("char.checked", char_checked as F1),
        e("char.ToString()", char_to_string as F1),
        e("char.IsDigit(char)", is_digit as F1).nothrow(),
        e("char.IsLetter(char)", is_letter as F1).nothrow(),
        e("char.IsLetterOrDigit(char)", is_letter_or_digit as F1).nothrow(),
        e("char.IsWhiteSpace(char)", is_white_space as F1).nothrow(),
        e("char.IsUpper(char)", is_upper as F1).nothrow(),
        e("char.IsLower(char)", is_lower as F1).nothrow(),
        e("char.ToUpper(char)", char_to_upper as F1).nothrow(),
        e("char.ToLower(char)", char_to_lower as F1).nothrow(),
        e("Console.WriteLine(char)", write_line_char as F1).nothrow(),
        e("Console.Write(char)", write_char as F1).nothrow(),
        e("Console.WriteLine(char[])", write_line_chars as F1).nothrow(),
        e("Console.Write(char[])", write_chars as F1).nothrow(),
        e("string.this[int]", index as F2),
        e("string.Substring(int)", substring_from as F2),
        e("string.Substring(int, int)", substring as F3),
        e("string.IndexOf(char)", index_of_char as F2),
        e("string.IndexOf(char, int)", index_of_char_from as F3),
        e("string.IndexOf(string)", index_of_string as F2),
        e("string.IndexOf(string, int)", index_of_string_from as F3),
        e("string.LastIndexOf(char)", last_index_of_char as F2),
        e("string.LastIndexOf(string)", last_index_of_string as F2),
        e("string.Contains(string)", contains_string as F2),
        e("string.Contains(char)", contains_char as F2),
        e("string.StartsWith(string)", starts_with as F2),
        e("string.EndsWith(string)", ends_with as F2),
        e("string.StartsWith(char)", starts_with_char as F2),
        e("string.EndsWith(char)", ends_with_char as F2),
        e("string.Split(char)", split_char as F2),
        e("string.Split(string)", split_string as F2),
        e("string.Split(params char[])", split_chars as F2),
        e("string.Trim(char)", trim_char as F2),
        e("string.TrimStart(char)", trim_start_char as F2),
        e("string.TrimEnd(char)", trim_end_char as F2),
        e("string.Trim(params char[])", trim_chars as F2),
        e("string.TrimStart(params char[])", trim_start_chars as F2),
        e("string.TrimEnd(params char[])", trim_end_chars as F2),
        e("string.Remove(int)", remove_from as F2),
        e("string.Remove(int, int)", remove_range as F3),
        e("string.Insert(int, string)", insert as F3),
        e("string.ToUpperInvariant()", crate::string::to_upper as F1),
        e("string.ToLowerInvariant()", crate::string::to_lower as F1),
        e("string.Trim()", trim_both as F1),
        e("string.TrimStart()", trim_start as F1),
        e("string.TrimEnd()", trim_end as F1),
        e("string.Replace(string, string)", replace_string as F3),
        e("string.Replace(char, char)", replace_char as F3),
        e("string.PadLeft(int)", pad_left as F2),
        e("string.PadLeft(int, char)", pad_left_with as F3),
        e("string.PadRight(int)", pad_right as F2),
        e("string.PadRight(int, char)", pad_right_with as F3),
        e("string.ToCharArray()", to_char_array as F1),
        e("string.string(char, int)", new_repeated as F2),
        e("string.IsNullOrEmpty(string)", is_null_or_empty as F1).nothrow(),
        e(
            "string.IsNullOrWhiteSpace(string)",
            is_null_or_white_space as F1,
        )
        .nothrow(),
        e("string.Empty", empty as crate::F0).nothrow(),
        e("string.Equals(string)", equals as F2),
        e("string.Equals(string, string)", equals_static as F2).nothrow(),
        e(
            "string.CompareOrdinal(string, string)",
            compare_ordinal as F2,
        )
        .nothrow(),
        e("string.Concat(string, string)", concat2 as F2),
        e("string.Concat(string, string, string)", concat3 as F3),
        e(
            "string.Concat(string, string, string, string)",
            concat4 as F4,
        ),
    ]
}
