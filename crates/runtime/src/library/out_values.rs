//! Library members with an `out` parameter give its value through `rt.out_value`; the
//! `TryParse` of `int`, `long` and `double`.

use super::e;
use crate::object::{is_null, Word};
use crate::{Entry, F0, F1};

thread_local! {
    /// The value of the `out` parameter of the last library call that has one; the JIT
    /// stores it into the argument's local right after the call (`rt.out_value`).
    static OUT_VALUE: std::cell::Cell<Word> = const { std::cell::Cell::new(0) };
}

/// Sets the value a library call gives its `out` argument.
pub fn set_out_value(w: Word) {
    OUT_VALUE.with(|c| c.set(w));
}

/// `rt.out_value()`: the out value of the call just made (then cleared: a reference held
/// there is no root).
pub extern "C" fn rt_out_value() -> Word {
    OUT_VALUE.with(|c| c.replace(0))
}

/// `int.TryParse(s, out result)` / `long.TryParse`: .NET's `NumberStyles.Integer` (white
/// space around, one leading sign, ASCII digits; trailing NULs allowed), false on null, on
/// anything else and on overflow, with result 0.
fn try_parse(s: Word, min: i128, max: i128) -> Word {
    let parsed = (!is_null(s))
        .then(|| unsafe { crate::string::as_str(s) })
        .and_then(|text| {
            let ws = |c: char| matches!(c, '\u{9}'..='\u{d}' | ' ');
            let t = text.trim_end_matches('\0').trim_matches(ws);
            let (neg, digits) = match t.as_bytes().first() {
                Some(b'-') => (true, &t[1..]),
                Some(b'+') => (false, &t[1..]),
                _ => (false, t),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let mut v: i128 = 0;
            for b in digits.bytes() {
                v = v * 10 + i128::from(b - b'0');
                if v > max + 1 {
                    return None;
                }
            }
            let v = if neg { -v } else { v };
            (min..=max).contains(&v).then_some(v)
        });
    set_out_value(parsed.map_or(0, |v| v as i64 as Word));
    parsed.is_some() as Word
}

/// `double.TryParse(s, out result)`: as `double.Parse`, false and 0 where it would throw.
pub extern "C" fn try_parse_double(s: Word) -> Word {
    let parsed = crate::numfmt::try_parse_double(s);
    set_out_value(parsed.map_or(0, f64::to_bits));
    Word::from(parsed.is_some())
}

pub extern "C" fn try_parse_int(s: Word) -> Word {
    try_parse(s, i32::MIN.into(), i32::MAX.into())
}

pub extern "C" fn try_parse_long(s: Word) -> Word {
    try_parse(s, i64::MIN.into(), i64::MAX.into())
}

/// `TryParse` and `rt.out_value`.
pub(super) fn entries() -> Vec<Entry> {
    vec![
        e("int.TryParse(string, out int)", try_parse_int as F1).nothrow(),
        e(
            "double.TryParse(string, out double)",
            try_parse_double as F1,
        )
        .nothrow(),
        e("long.TryParse(string, out long)", try_parse_long as F1).nothrow(),
        e("rt.out_value", rt_out_value as F0).nothrow(),
    ]
}
