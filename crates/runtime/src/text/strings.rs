//! `string`'s indexer, `Substring`, and its ordinal searches (`IndexOf`, `Contains`,
//! `StartsWith`, ...).

use super::{bool_word, e, from_units, int, len16, out_of_range, unit, units};
use crate::exception::{self as exc, INDEX_OUT_OF_RANGE};
use crate::object::{is_null, Word};
use crate::string::as_str;
use crate::{Entry, F1, F2, F3};

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

pub(super) fn find(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
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

pub(super) fn entries() -> Vec<Entry> {
    vec![
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
        e("string.ToUpperInvariant()", crate::string::to_upper as F1),
        e("string.ToLowerInvariant()", crate::string::to_lower as F1),
    ]
}
