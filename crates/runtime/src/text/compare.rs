//! `StringComparison` and `StringComparer`: the string members that take a comparison, the six
//! comparer singletons, and what a dictionary or set made with one compares its keys by.
//! - Ordinal: UTF-16 units; `Compare` is the difference of the first differing units (else of
//!   the lengths), as `CompareOrdinal`.
//! - OrdinalIgnoreCase: each unit upper-cased alone (.NET's `OrdinalCasing`, one unit to one),
//!   then ordinal; `Compare` is the difference of the upper-cased units.
//! - The culture's (current and invariant are both ICU's root collation, as in `collate.rs`):
//!   `Compare`/`Equals` are the collation on ASCII text. Searches (`IndexOf`, `StartsWith`, ...)
//!   are ordinal ones (with ASCII case folded for IgnoreCase) only where ICU's give the same
//!   answer: ASCII text without ignorable characters (a control character weighs nothing, so
//!   ICU finds "" in it) and without "\r\n" (one grapheme, which ICU never splits). Anything
//!   else is NotSupportedException naming the limit, never a different answer.

use super::collate::{collate, weight};
use super::{bool_word, ch, e, from_units, len16, out_of_range, units};
use crate::exception::{self as exc, ARGUMENT, NOT_SUPPORTED};
use crate::object::{is_null, Header, Kind, TypeDesc, Word};
use crate::string::as_str;
use crate::{Entry, F0, F1, F2, F3, F4};
use std::cmp::Ordering;

/// `StringComparison`'s values.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    CurrentCulture = 0,
    CurrentCultureIgnoreCase = 1,
    InvariantCulture = 2,
    InvariantCultureIgnoreCase = 3,
    Ordinal = 4,
    OrdinalIgnoreCase = 5,
}

const NAMES: [&str; 6] = [
    "CurrentCulture",
    "CurrentCultureIgnoreCase",
    "InvariantCulture",
    "InvariantCultureIgnoreCase",
    "Ordinal",
    "OrdinalIgnoreCase",
];

const MODES: [Mode; 6] = [
    Mode::CurrentCulture,
    Mode::CurrentCultureIgnoreCase,
    Mode::InvariantCulture,
    Mode::InvariantCultureIgnoreCase,
    Mode::Ordinal,
    Mode::OrdinalIgnoreCase,
];

impl Mode {
    fn ignore_case(self) -> bool {
        matches!(
            self,
            Mode::CurrentCultureIgnoreCase
                | Mode::InvariantCultureIgnoreCase
                | Mode::OrdinalIgnoreCase
        )
    }
    fn culture(self) -> bool {
        !matches!(self, Mode::Ordinal | Mode::OrdinalIgnoreCase)
    }
}

/// A `StringComparison` value prints by name, or as its number when no member has it.
pub(crate) fn comparison_name(v: i32) -> String {
    NAMES
        .get(v as usize)
        .map_or_else(|| v.to_string(), |n| n.to_string())
}

/// The mode of a `StringComparison` argument; .NET's ArgumentException for another value.
fn mode(w: Word) -> Result<Mode, Word> {
    MODES.get(w as u32 as usize).copied().ok_or_else(|| {
        crate::pending::throw(exc::new_with_param(
            &ARGUMENT,
            Some("The string comparison type passed in is currently not supported."),
            "comparisonType",
        ))
    })
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return e,
        }
    };
}

/// .NET's invariant upper case of one unit (a character whose mapping is several stays).
fn upper(u: u16) -> u16 {
    let mut it = ch(u).to_uppercase();
    match (it.next(), it.next()) {
        (Some(m), None) if (m as u32) <= 0xFFFF && !(0xD800..0xE000).contains(&u) => m as u16,
        _ => u,
    }
}

fn not_supported(what: &str) -> Word {
    let m = format!(
        "unawait compares strings by the culture's rules only on ASCII text{what}. Use \
         StringComparison.Ordinal or OrdinalIgnoreCase for an ordinal comparison."
    );
    exc::throw_new(&NOT_SUPPORTED, Some(&m))
}

/// `string.Compare(a, b, comparison)` of two non-null strings.
fn compare_strings(a: Word, b: Word, m: Mode) -> Result<i32, Word> {
    if m.culture() {
        let (x, y) = unsafe { (as_str(a), as_str(b)) };
        return match collate(x, y, m.ignore_case()) {
            Some(o) => Ok(o as i32),
            None => Err(not_supported("")),
        };
    }
    let (x, y) = (units(a), units(b));
    let fold = |u: u16| {
        if m == Mode::OrdinalIgnoreCase {
            upper(u)
        } else {
            u
        }
    };
    Ok(
        match x
            .iter()
            .zip(&y)
            .map(|(&p, &q)| (fold(p), fold(q)))
            .find(|(p, q)| p != q)
        {
            Some((p, q)) => p as i32 - q as i32,
            None => x.len() as i32 - y.len() as i32,
        },
    )
}

/// Null first (the same for every mode), then `compare_strings`.
fn compare_words(a: Word, b: Word, m: Mode) -> Result<i32, Word> {
    match (is_null(a), is_null(b)) {
        (true, true) => Ok(0),
        (true, false) => Ok(-1),
        (false, true) => Ok(1),
        _ => compare_strings(a, b, m),
    }
}

fn equal_words(a: Word, b: Word, m: Mode) -> Result<bool, Word> {
    match (is_null(a), is_null(b)) {
        (true, true) => Ok(true),
        (false, false) => compare_strings(a, b, m).map(|c| c == 0),
        _ => Ok(false),
    }
}

/// What a dictionary or set made with comparer `m` keys a string by: equal keys under `m` and
/// only those. `None`: a culture's key outside what `collate` knows (the caller throws).
pub(crate) fn key(s: &str, m: Mode) -> Option<String> {
    match m {
        Mode::Ordinal => Some(s.to_string()),
        Mode::OrdinalIgnoreCase => Some(String::from_utf16_lossy(
            &s.encode_utf16().map(upper).collect::<Vec<_>>(),
        )),
        // Equal under the root collation on ASCII: the same weighed characters (case aside).
        _ => s.is_ascii().then(|| {
            s.bytes()
                .filter(|&c| weight(c) != 0)
                .map(|c| if m.ignore_case() { c.to_ascii_uppercase() } else { c } as char)
                .collect()
        }),
    }
}

/// The NotSupportedException of a culture's key that `key` cannot make (pending).
pub(crate) fn key_not_supported() -> Word {
    not_supported("")
}

/// The units a search under `m` compares: each string's, folded for IgnoreCase; `Err` (pending
/// NotSupportedException) where a culture's search is not an ordinal one.
fn searched(w: Word, m: Mode) -> Result<Vec<u16>, Word> {
    let u = units(w);
    if !m.culture() {
        return Ok(if m.ignore_case() {
            u.into_iter().map(upper).collect()
        } else {
            u
        });
    }
    let plain = |c: u16| c < 0x80 && weight(c as u8) != 0;
    if !u.iter().all(|&c| plain(c)) {
        return Err(not_supported(" without control characters"));
    }
    if u.windows(2).any(|p| p == [13, 10]) {
        return Err(not_supported(" without \"\\r\\n\""));
    }
    Ok(if m.ignore_case() {
        u.into_iter()
            .map(|c| (c as u8).to_ascii_uppercase() as u16)
            .collect()
    } else {
        u
    })
}

/// The receiver, the value (ArgumentNullException `value` when null) and the mode, searched.
fn operands(s: Word, v: Word, c: Word) -> Result<(Vec<u16>, Vec<u16>), Word> {
    if is_null(s) {
        return Err(exc::throw_null_reference());
    }
    if is_null(v) {
        return Err(exc::throw_argument_null("value"));
    }
    let m = mode(c)?;
    Ok((searched(s, m)?, searched(v, m)?))
}

fn index_word(i: Option<usize>) -> Word {
    i.map_or(-1i64 as Word, |i| i as Word)
}

extern "C" fn equals_static(a: Word, b: Word, c: Word) -> Word {
    let m = tri!(mode(c));
    bool_word(tri!(equal_words(a, b, m)))
}

extern "C" fn equals(s: Word, v: Word, c: Word) -> Word {
    if is_null(s) {
        return exc::throw_null_reference();
    }
    equals_static(s, v, c)
}

extern "C" fn compare(a: Word, b: Word, c: Word) -> Word {
    let m = tri!(mode(c));
    tri!(compare_words(a, b, m)) as i64 as Word
}

extern "C" fn starts_with(s: Word, v: Word, c: Word) -> Word {
    let (h, n) = tri!(operands(s, v, c));
    bool_word(h.starts_with(&n))
}

extern "C" fn ends_with(s: Word, v: Word, c: Word) -> Word {
    let (h, n) = tri!(operands(s, v, c));
    bool_word(h.ends_with(&n))
}

extern "C" fn index_of(s: Word, v: Word, c: Word) -> Word {
    let (h, n) = tri!(operands(s, v, c));
    index_word(super::strings::find(&h, &n, 0))
}

extern "C" fn index_of_from(s: Word, v: Word, start: Word, c: Word) -> Word {
    if !is_null(s) {
        let from = start as u32 as i32;
        if from < 0 || from as usize > len16(s) {
            return out_of_range(
                "Index was out of range. Must be non-negative and less than or equal to the size of the collection.",
                "startIndex",
            );
        }
    }
    let (h, n) = tri!(operands(s, v, c));
    index_word(super::strings::find(&h, &n, start as u32 as usize))
}

extern "C" fn last_index_of(s: Word, v: Word, c: Word) -> Word {
    let (h, n) = tri!(operands(s, v, c));
    if n.is_empty() {
        return h.len() as Word;
    }
    index_word(
        (0..h.len().saturating_sub(n.len() - 1))
            .rev()
            .find(|&i| h[i..].starts_with(&n)),
    )
}

extern "C" fn contains(s: Word, v: Word, c: Word) -> Word {
    let (h, n) = tri!(operands(s, v, c));
    bool_word(super::strings::find(&h, &n, 0).is_some())
}

/// `Replace(old, new, comparison)`: each match (found in the folded units) replaced in the
/// original ones; `s` itself when nothing matched.
extern "C" fn replace(s: Word, old: Word, new: Word, c: Word) -> Word {
    if is_null(s) {
        return exc::throw_null_reference();
    }
    if is_null(old) {
        return exc::throw_argument_null("oldValue");
    }
    if len16(old) == 0 {
        return super::argument("String cannot be of zero length.", "oldValue");
    }
    let m = tri!(mode(c));
    let (h, n) = (tri!(searched(s, m)), tri!(searched(old, m)));
    let (orig, new) = (units(s), units(new));
    let mut out = Vec::with_capacity(orig.len());
    let mut start = 0;
    while let Some(i) = super::strings::find(&h, &n, start) {
        out.extend_from_slice(&orig[start..i]);
        out.extend_from_slice(&new);
        start = i + n.len();
    }
    if start == 0 {
        return s;
    }
    out.extend_from_slice(&orig[start..]);
    from_units(&out)
}

// ---- StringComparer --------------------------------------------------------------------------

/// A comparer: which mode it compares by. The six are immortal singletons, as .NET's.
#[repr(C)]
struct Comparer {
    header: Header,
    mode: u64,
}

const fn comparer_desc(name: &'static str) -> TypeDesc {
    TypeDesc {
        name,
        kind: Kind::Other,
        base: None,
    }
}

/// .NET's classes of the comparers (what `GetType()` and `ToString()` name).
static ORDINAL_COMPARER: TypeDesc = comparer_desc("System.OrdinalComparer");
static ORDINAL_IGNORE_CASE_COMPARER: TypeDesc = comparer_desc("System.OrdinalIgnoreCaseComparer");
static CULTURE_AWARE_COMPARER: TypeDesc = comparer_desc("System.CultureAwareComparer");

fn is_comparer(w: Word) -> bool {
    // SAFETY: a non-null reference of a comparer's static type is a live object.
    crate::object::is_object(w) && {
        let d = unsafe { crate::object::desc_of(w) };
        [
            &ORDINAL_COMPARER,
            &ORDINAL_IGNORE_CASE_COMPARER,
            &CULTURE_AWARE_COMPARER,
        ]
        .iter()
        .any(|c| std::ptr::eq(d, *c))
    }
}

fn singleton(m: Mode) -> Word {
    static ALL: std::sync::OnceLock<[usize; 6]> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        MODES.map(|m| {
            let desc = match m {
                Mode::Ordinal => &ORDINAL_COMPARER,
                Mode::OrdinalIgnoreCase => &ORDINAL_IGNORE_CASE_COMPARER,
                _ => &CULTURE_AWARE_COMPARER,
            };
            // SAFETY: a `Header` and a word, both set here.
            unsafe {
                let p = crate::object::alloc_immortal::<Comparer>(desc, 0);
                (*p).mode = m as u64;
                p as usize
            }
        })
    })[m as usize] as Word
}

/// The mode of a comparer object (a dictionary's or set's; not null).
pub(crate) fn comparer_mode(w: Word) -> Option<Mode> {
    // SAFETY: the comparers are `Comparer`s.
    is_comparer(w).then(|| MODES[unsafe { (*(w as *const Comparer)).mode } as usize])
}

/// The receiver's mode, or NullReferenceException (pending).
fn receiver(w: Word) -> Result<Mode, Word> {
    if is_null(w) {
        return Err(exc::throw_null_reference());
    }
    comparer_mode(w).ok_or_else(exc::throw_null_reference)
}

extern "C" fn ordinal() -> Word {
    singleton(Mode::Ordinal)
}
extern "C" fn ordinal_ignore_case() -> Word {
    singleton(Mode::OrdinalIgnoreCase)
}
extern "C" fn invariant_culture() -> Word {
    singleton(Mode::InvariantCulture)
}
extern "C" fn invariant_culture_ignore_case() -> Word {
    singleton(Mode::InvariantCultureIgnoreCase)
}
extern "C" fn current_culture() -> Word {
    singleton(Mode::CurrentCulture)
}
extern "C" fn current_culture_ignore_case() -> Word {
    singleton(Mode::CurrentCultureIgnoreCase)
}

extern "C" fn from_comparison(c: Word) -> Word {
    singleton(tri!(mode(c)))
}

extern "C" fn comparer_equals(cmp: Word, a: Word, b: Word) -> Word {
    if let Some(r) = crate::default_comparer::equals(cmp, a, b) {
        return r;
    }
    if let Some(r) = crate::user_comparer::equals(cmp, a, b) {
        return r;
    }
    let m = tri!(receiver(cmp));
    bool_word(tri!(equal_words(a, b, m)))
}

extern "C" fn comparer_compare(cmp: Word, a: Word, b: Word) -> Word {
    if let Some(r) = crate::default_comparer::compare(cmp, a, b) {
        return r;
    }
    if let Some(r) = crate::user_comparer::compare(cmp, a, b) {
        return r;
    }
    let m = tri!(receiver(cmp));
    tri!(compare_words(a, b, m)) as i64 as Word
}

/// `GetHashCode(s)` through `IEqualityComparer<T>`: a `StringComparer`'s hashes its key (equal
/// strings under its mode, equal codes; .NET's own codes are randomized per process), 0 for
/// null.
extern "C" fn comparer_hash(cmp: Word, a: Word) -> Word {
    if let Some(r) = crate::default_comparer::hash(cmp, a) {
        return r;
    }
    if let Some(r) = crate::user_comparer::hash(cmp, a) {
        return r;
    }
    let m = tri!(receiver(cmp));
    if is_null(a) {
        return exc::throw_argument_null("obj");
    }
    // SAFETY: a non-null string (`T` is `string` for a `StringComparer`).
    let Some(k) = key(unsafe { as_str(a) }, m) else {
        return not_supported("");
    };
    let h = k
        .bytes()
        .fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619));
    h as i32 as i64 as Word
}

/// `Compare` by comparer `m` for `List<string>.Sort(comparer)`: `Err` with the exception.
pub(crate) fn compare_by(a: Word, b: Word, m: Mode) -> Result<Ordering, Word> {
    compare_words(a, b, m).map(|c| c.cmp(&0))
}

pub(super) fn entries() -> Vec<Entry> {
    vec![
        e(
            "string.Equals(string, string, StringComparison)",
            equals_static as F3,
        ),
        e("string.Equals(string, StringComparison)", equals as F3),
        e(
            "string.Compare(string, string, StringComparison)",
            compare as F3,
        ),
        e(
            "string.StartsWith(string, StringComparison)",
            starts_with as F3,
        ),
        e("string.EndsWith(string, StringComparison)", ends_with as F3),
        e("string.IndexOf(string, StringComparison)", index_of as F3),
        e(
            "string.IndexOf(string, int, StringComparison)",
            index_of_from as F4,
        ),
        e(
            "string.LastIndexOf(string, StringComparison)",
            last_index_of as F3,
        ),
        e("string.Contains(string, StringComparison)", contains as F3),
        e(
            "string.Replace(string, string, StringComparison)",
            replace as F4,
        ),
        e("StringComparer.Ordinal", ordinal as F0).nothrow(),
        e(
            "StringComparer.OrdinalIgnoreCase",
            ordinal_ignore_case as F0,
        )
        .nothrow(),
        e("StringComparer.InvariantCulture", invariant_culture as F0).nothrow(),
        e(
            "StringComparer.InvariantCultureIgnoreCase",
            invariant_culture_ignore_case as F0,
        )
        .nothrow(),
        e("StringComparer.CurrentCulture", current_culture as F0).nothrow(),
        e(
            "StringComparer.CurrentCultureIgnoreCase",
            current_culture_ignore_case as F0,
        )
        .nothrow(),
        e(
            "StringComparer.FromComparison(StringComparison)",
            from_comparison as F1,
        ),
        e(
            "StringComparer.Equals(string, string)",
            comparer_equals as F3,
        ),
        e(
            "StringComparer.Compare(string, string)",
            comparer_compare as F3,
        ),
        e("IEqualityComparer<T>.Equals(T, T)", comparer_equals as F3),
        e("IComparer<T>.Compare(T, T)", comparer_compare as F3),
        e("IEqualityComparer<T>.GetHashCode(T)", comparer_hash as F2),
        e("comparison.to_str", comparison_to_str as F1).nothrow(),
        e("box.comparison", box_comparison as F1),
    ]
}

extern "C" fn comparison_to_str(v: Word) -> Word {
    crate::string::new_string(&comparison_name(v as u32 as i32))
}

extern "C" fn box_comparison(v: Word) -> Word {
    crate::collections::box_value(v, crate::object::ElemKind::StringComparison)
}
