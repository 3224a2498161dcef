//! Parsing numbers as .NET does under the invariant culture: `int.Parse`, `long.Parse`,
//! `double.Parse`, and `Convert`'s conversions of strings (and to strings).

use super::e;
use crate::exception::{self as exc, FORMAT, OVERFLOW};
use crate::object::{is_null, ElemKind, Word};
use crate::string::{as_str, intern, new_string, to_string_of};
use crate::{Entry, F1};

/// .NET's white space for number parsing: U+0009..U+000D and U+0020.
fn is_num_white(c: char) -> bool {
    matches!(c, '\u{9}'..='\u{d}' | ' ')
}

fn bad_input(s: &str) -> Word {
    let m = format!("The input string '{s}' was not in a correct format.");
    exc::throw_new(&FORMAT, Some(&m))
}

/// `int.Parse`/`long.Parse` (NumberStyles.Integer): white space, one sign, digits.
fn parse_integer(w: Word, min: i128, max: i128, type_name: &str) -> Result<i128, Word> {
    if is_null(w) {
        return Err(exc::throw_argument_null("s"));
    }
    let text = unsafe { as_str(w) };
    let t = text.trim_matches(is_num_white);
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad_input(text));
    }
    let mut v: i128 = 0;
    for b in digits.bytes() {
        v = v * 10 + (b - b'0') as i128;
        if v > max + 1 {
            break;
        }
    }
    let v = if neg { -v } else { v };
    if v < min || v > max {
        let m = format!("Value was either too large or too small for an {type_name}.");
        return Err(exc::throw_new(&OVERFLOW, Some(&m)));
    }
    Ok(v)
}

extern "C" fn int_parse(s: Word) -> Word {
    match parse_integer(s, i32::MIN as i128, i32::MAX as i128, "Int32") {
        Ok(v) => v as i64 as Word,
        Err(e) => e,
    }
}

extern "C" fn long_parse(s: Word) -> Word {
    match parse_integer(s, i64::MIN as i128, i64::MAX as i128, "Int64") {
        Ok(v) => v as i64 as Word,
        Err(e) => e,
    }
}

/// `double.Parse` (NumberStyles.Float | AllowThousands, invariant): white space, a sign, digits
/// with `,` separators, a `.` fraction, an exponent; "Infinity", "∞" and "NaN" in any case.
/// Out of range is infinity (.NET Core 3.0+).
fn parse_double(w: Word) -> Result<f64, Word> {
    if is_null(w) {
        return Err(exc::throw_argument_null("s"));
    }
    let text = unsafe { as_str(w) };
    scan_double(text).ok_or_else(|| bad_input(text))
}

/// `double.TryParse(s, out result)`: false (and 0) for null and for what `Parse` rejects.
pub(crate) fn try_parse_double(w: Word) -> Option<f64> {
    if is_null(w) {
        return None;
    }
    scan_double(unsafe { as_str(w) })
}

/// A double in .NET's `NumberStyles.Float | AllowThousands` (invariant culture): `None` where
/// `double.Parse` throws FormatException.
fn scan_double(text: &str) -> Option<f64> {
    let t = text.trim_matches(is_num_white);
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    if body.eq_ignore_ascii_case("infinity") || body == "∞" {
        return Some(sign * f64::INFINITY);
    }
    if body.eq_ignore_ascii_case("nan") {
        return Some(f64::NAN);
    }
    let bytes = body.as_bytes();
    let mut i = 0;
    let mut clean = String::new();
    let mut digits = 0;
    while i < bytes.len() && (bytes[i].is_ascii_digit() || (bytes[i] == b',' && digits > 0)) {
        if bytes[i] != b',' {
            clean.push(bytes[i] as char);
            digits += 1;
        }
        i += 1;
    }
    if i < bytes.len() && bytes[i] == b'.' {
        clean.push('.');
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            clean.push(bytes[i] as char);
            digits += 1;
            i += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        let mut j = i + 1;
        let mut exp = String::from("e");
        if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
            exp.push(bytes[j] as char);
            j += 1;
        }
        let start = j;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            exp.push(bytes[j] as char);
            j += 1;
        }
        if j == start {
            return None;
        }
        clean.push_str(&exp);
        i = j;
    }
    if i != bytes.len() {
        return None;
    }
    let v: f64 = clean.parse().ok()?;
    Some(sign * v)
}

extern "C" fn double_parse(s: Word) -> Word {
    match parse_double(s) {
        Ok(v) => v.to_bits(),
        Err(e) => e,
    }
}

/// `Convert.ToInt32(string)`: null is 0.
extern "C" fn convert_to_int32(s: Word) -> Word {
    if is_null(s) {
        return 0;
    }
    int_parse(s)
}

extern "C" fn convert_to_int64(s: Word) -> Word {
    if is_null(s) {
        return 0;
    }
    long_parse(s)
}

extern "C" fn convert_to_double(s: Word) -> Word {
    if is_null(s) {
        return 0f64.to_bits();
    }
    double_parse(s)
}

extern "C" fn convert_int_to_string(v: Word) -> Word {
    new_string(&to_string_of(v, ElemKind::I32))
}
extern "C" fn convert_long_to_string(v: Word) -> Word {
    new_string(&to_string_of(v, ElemKind::I64))
}
extern "C" fn convert_double_to_string(v: Word) -> Word {
    new_string(&to_string_of(v, ElemKind::F64))
}
extern "C" fn convert_bool_to_string(v: Word) -> Word {
    intern(&to_string_of(v, ElemKind::Bool))
}

/// `bool.Parse`/`TryParse`: "True" or "False" in any case, after trimming white space and NULs
/// from both ends (.NET's TrimWhiteSpaceAndNull).
fn parse_bool_text(text: &str) -> Option<bool> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\0');
    if t.eq_ignore_ascii_case("true") {
        Some(true)
    } else if t.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// `bool.Parse(value)`: ArgumentNullException for null, FormatException for anything else.
extern "C" fn bool_parse(s: Word) -> Word {
    if is_null(s) {
        return exc::throw_argument_null("value");
    }
    let text = unsafe { as_str(s) };
    match parse_bool_text(text) {
        Some(b) => Word::from(b),
        None => exc::throw_new(
            &FORMAT,
            Some(&format!(
                "String '{text}' was not recognized as a valid Boolean."
            )),
        ),
    }
}

/// `bool.TryParse(value, out result)`: false (result false) for null or other text.
extern "C" fn bool_try_parse(s: Word) -> Word {
    let parsed = (!is_null(s))
        .then(|| parse_bool_text(unsafe { as_str(s) }))
        .flatten();
    crate::library::set_out_value(Word::from(parsed.unwrap_or(false)));
    Word::from(parsed.is_some())
}

pub(super) fn entries() -> Vec<Entry> {
    vec![
        e("int.Parse(string)", int_parse as F1),
        e("long.Parse(string)", long_parse as F1),
        e("double.Parse(string)", double_parse as F1),
        e("bool.Parse(string)", bool_parse as F1),
        e("bool.TryParse(string, out bool)", bool_try_parse as F1).nothrow(),
        e("Convert.ToInt32(string)", convert_to_int32 as F1),
        e("Convert.ToInt64(string)", convert_to_int64 as F1),
        e("Convert.ToDouble(string)", convert_to_double as F1),
        e("Convert.ToString(int)", convert_int_to_string as F1),
        e("Convert.ToString(long)", convert_long_to_string as F1),
        e("Convert.ToString(double)", convert_double_to_string as F1),
        e("Convert.ToString(bool)", convert_bool_to_string as F1),
    ]
}
