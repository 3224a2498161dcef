//! The culture-sensitive comparison of strings: `string.Compare(a, b)`, `Compare(a, b,
//! ignoreCase)`, `a.CompareTo(b)` and `List<string>.Sort()`. .NET 5 and later compare with ICU;
//! the invariant culture's collation and English's are ICU's root collation (CLDR), which .NET
//! opens without options for `CompareOptions.None`: strength tertiary, punctuation not ignorable.
//! On ASCII text that collation is three levels, which this module follows exactly:
//! - primary: each character's weight in the order below, case not counted; the control
//!   characters other than TAB, LF, VT, FF and CR weigh nothing (`"a\0"` equals `"a"`), and a
//!   string whose weights are a prefix of the other's sorts first;
//! - secondary: the same for every ASCII character;
//! - tertiary (not with `ignoreCase`): the first position where one string has a lower-case
//!   letter and the other its upper case; lower case sorts first.
//!
//! The primary order is `\t \n \v \f \r`, space, ``_-,;:!?.'"()[]{}@*/\&#%`^+<=>|~$``, the digits,
//! then the letters `aA bB ... zZ` (ICU 72's weights, `collation_icu.txt` checks them against
//! `ucol_strcoll`). Outside ASCII the collation needs Unicode's whole table (accents at the
//! secondary level, expansions such as `ß`, contractions), which the runtime does not have: a
//! comparison that meets a non-ASCII character throws `NotSupportedException` naming the limit
//! rather than giving an order .NET would not.

use super::e;
use crate::exception as exc;
use crate::object::{is_null, Word};
use crate::string::as_str;
use crate::{Entry, F2, F3};
use std::cmp::Ordering;

/// Each ASCII character's primary weight: 0 ignorable, else its rank in the order above.
#[rustfmt::skip]
const PRIMARY: [u8; 128] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    6, 12, 16, 28, 38, 29, 27, 15, 17, 18, 24, 32, 9, 8, 14, 25,
    39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 11, 10, 33, 34, 35, 13,
    23, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 19, 26, 20, 31, 7,
    30, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 21, 36, 22, 37, 0,
];

/// An ASCII character's primary weight (0: ignorable).
pub(crate) fn weight(c: u8) -> u8 {
    PRIMARY.get(c as usize).copied().unwrap_or(0)
}

/// The characters of `s` that weigh something.
fn weighed(s: &[u8]) -> impl Iterator<Item = &u8> + '_ {
    s.iter().filter(|&&c| PRIMARY[c as usize] != 0)
}

/// The root collation of two ASCII strings (`None` when either has another character).
pub(crate) fn collate(a: &str, b: &str, ignore_case: bool) -> Option<Ordering> {
    if !a.is_ascii() || !b.is_ascii() {
        return None;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let primary = weighed(a)
        .map(|&c| PRIMARY[c as usize])
        .cmp(weighed(b).map(|&c| PRIMARY[c as usize]));
    if primary != Ordering::Equal || ignore_case {
        return Some(primary);
    }
    Some(
        weighed(a)
            .map(|c| c.is_ascii_uppercase())
            .cmp(weighed(b).map(|c| c.is_ascii_uppercase())),
    )
}

/// `Comparer<string>.Default`: null first, then the culture's order; `Err` with
/// NotSupportedException pending outside ASCII.
pub(crate) fn compare_words(a: Word, b: Word, ignore_case: bool) -> Result<Ordering, Word> {
    match (is_null(a), is_null(b)) {
        (true, true) => Ok(Ordering::Equal),
        (true, false) => Ok(Ordering::Less),
        (false, true) => Ok(Ordering::Greater),
        _ => {
            let (x, y) = unsafe { (as_str(a), as_str(b)) };
            collate(x, y, ignore_case).ok_or_else(|| outside_ascii(x, y))
        }
    }
}

fn outside_ascii(x: &str, y: &str) -> Word {
    let c = x
        .chars()
        .chain(y.chars())
        .find(|c| !c.is_ascii())
        .unwrap_or('?');
    let m = format!(
        "unawait compares strings by the culture's rules only on ASCII text; '{c}' (U+{:04X}) \
         needs Unicode's collation table. Use string.CompareOrdinal for an ordinal order.",
        c as u32
    );
    exc::throw_new(&exc::NOT_SUPPORTED, Some(&m))
}

fn result(r: Result<Ordering, Word>) -> Word {
    match r {
        Ok(o) => o as i32 as i64 as Word,
        Err(e) => e,
    }
}

extern "C" fn compare(a: Word, b: Word) -> Word {
    result(compare_words(a, b, false))
}

extern "C" fn compare_ignore_case(a: Word, b: Word, ignore: Word) -> Word {
    result(compare_words(a, b, ignore & 0xff != 0))
}

extern "C" fn compare_to(s: Word, other: Word) -> Word {
    let s = this!(s);
    result(compare_words(s, other, false))
}

pub(super) fn entries() -> Vec<Entry> {
    vec![
        e("string.Compare(string, string)", compare as F2),
        e(
            "string.Compare(string, string, bool)",
            compare_ignore_case as F3,
        ),
        e("string.CompareTo(string)", compare_to as F2),
    ]
}

#[cfg(test)]
mod tests {
    use super::collate;
    use std::cmp::Ordering;

    fn unhex(h: &str) -> String {
        (0..h.len() / 2)
            .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap() as char)
            .collect()
    }

    /// Each line: ICU 72's `ucol_strcoll` of the root collator at strength tertiary, then at
    /// secondary (`ignoreCase`), then both strings in hex.
    #[test]
    fn agrees_with_icu_root_collation() {
        let data = include_str!("collation_icu.txt");
        let mut n = 0;
        for line in data.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let (a, b) = (unhex(f[2]), unhex(f.get(3).copied().unwrap_or("")));
            let want = |s: &str| s.parse::<i32>().unwrap().cmp(&0);
            assert_eq!(collate(&a, &b, false), Some(want(f[0])), "{a:?} {b:?}");
            assert_eq!(
                collate(&a, &b, true),
                Some(want(f[1])),
                "{a:?} {b:?} ignoring case"
            );
            n += 1;
        }
        assert!(n >= 400);
        assert_eq!(collate("a", "B", false), Some(Ordering::Less));
        assert_eq!(collate("é", "e", false), None);
    }
}
