//! `string`'s members that make new strings: splitting, trimming, replacing, padding,
//! removing and inserting, `new string(c, n)`, `Concat`; the tests of empty strings, equality
//! and `CompareOrdinal`.

use super::strings::find;
use super::{
    argument, bool_word, e, from_units, int, is_white, len16, out_of_range, too_long, unit, units,
};
use crate::collections::{self as coll, new_array_from};
use crate::exception as exc;
use crate::object::{is_null, ElemKind, Word};
use crate::string::{as_str, intern, is_string, new_string};
use crate::{Entry, F1, F2, F3, F4};

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

/// `new string(chars)`: the characters (empty for null, as .NET's).
extern "C" fn new_from_chars(arr: Word) -> Word {
    new_string(&super::chars::chars_text(arr))
}

/// `new string(chars, startIndex, length)`, with .NET's checks in .NET's order.
extern "C" fn new_from_chars_range(arr: Word, start: Word, length: Word) -> Word {
    if is_null(arr) {
        return exc::throw_argument_null("value");
    }
    let (start, length) = (int(start), int(length));
    if start < 0 {
        return out_of_range("StartIndex cannot be less than zero.", "startIndex");
    }
    if length < 0 {
        return out_of_range("Length cannot be less than zero.", "length");
    }
    let units: Vec<u16> = coll::elements(arr)
        .unwrap_or_default()
        .into_iter()
        .map(|w| w as u16)
        .collect();
    if start as usize > units.len() - (length as usize).min(units.len())
        || length as usize > units.len()
    {
        return out_of_range(
            "Index was out of range. Must be non-negative and less than the size of the collection.",
            "startIndex",
        );
    }
    from_units(&units[start as usize..(start + length) as usize])
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

/// `Environment.NewLine`: "\n", as .NET prints on Linux.
extern "C" fn new_line() -> Word {
    intern("\n")
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

/// `string.Concat(object, ...)`: each argument's `ToString()` ("" for null), joined. The
/// checker expands these calls into the concatenation `+` makes; the entries serve any call
/// that reaches the runtime. The arguments stay rooted while one's `ToString()` allocates.
fn concat_objects(parts: &[Word]) -> Word {
    let _roots = crate::gc::root(parts);
    let mut out = String::new();
    for &p in parts {
        out.push_str(&crate::string::object_to_string(p));
        if crate::pending::is_pending() {
            return 0;
        }
    }
    new_string(&out)
}

extern "C" fn concat_obj1(a: Word) -> Word {
    concat_objects(&[a])
}

extern "C" fn concat_obj2(a: Word, b: Word) -> Word {
    concat_objects(&[a, b])
}

extern "C" fn concat_obj3(a: Word, b: Word, c: Word) -> Word {
    concat_objects(&[a, b, c])
}

pub(super) fn entries() -> Vec<Entry> {
    vec![
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
        e("string.string(char[])", new_from_chars as F1),
        e(
            "string.string(char[], int, int)",
            new_from_chars_range as F3,
        ),
        e("string.IsNullOrEmpty(string)", is_null_or_empty as F1).nothrow(),
        e(
            "string.IsNullOrWhiteSpace(string)",
            is_null_or_white_space as F1,
        )
        .nothrow(),
        e("string.Empty", empty as crate::F0).nothrow(),
        e("Environment.NewLine", new_line as crate::F0).nothrow(),
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
        e("string.Concat(object)", concat_obj1 as F1),
        e("string.Concat(object, object)", concat_obj2 as F2),
        e("string.Concat(object, object, object)", concat_obj3 as F3),
    ]
}
