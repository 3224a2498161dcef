//! `char` and the members of `string` beyond `Length` and case: C# measures and indexes strings
//! in UTF-16 code units, so these work on the units (`units`) of the UTF-8 text the string object
//! holds, and every search is ordinal.

/// The receiver of an instance member, or return with NullReferenceException pending.
macro_rules! this {
    ($s:expr) => {
        match super::this($s) {
            Ok(s) => s,
            Err(e) => return e,
        }
    };
}

mod categories;
mod chars;
pub(crate) mod collate;
pub(crate) mod compare;
mod edit;
mod strings;

use crate::exception::{self as exc, ARGUMENT, ARGUMENT_OUT_OF_RANGE};
use crate::object::{is_null, Word};
use crate::string::{as_str, new_string, utf16_len};
use crate::{entry, Entry, EntryFn, Extra};

pub use edit::string_array;

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

/// `char.IsWhiteSpace`: .NET's set is Unicode's White_Space property, as Rust's.
fn is_white(u: u16) -> bool {
    ch(u).is_whitespace()
}

fn e<F: EntryFn>(name: &'static str, f: F) -> Entry {
    entry(name, f, Extra::None)
}

pub fn entries() -> Vec<Entry> {
    let mut all = chars::entries();
    all.extend(chars::small_entries());
    all.extend(strings::entries());
    all.extend(edit::entries());
    all.extend(collate::entries());
    all.extend(compare::entries());
    all
}
