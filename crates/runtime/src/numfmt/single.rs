//! `float` (System.Single): a value exactly representable as an `f32`, held in an `f64` word.
//! Its printing (.NET Core 3.0+'s shortest round-trip of the single value), formatting, parsing
//! and library members.

use super::{e, to_string_with};
use crate::format::format_float;
use crate::object::{ElemKind, Word};
use crate::string::new_string;
use crate::{Entry, F1, F2};

fn single(w: Word) -> f32 {
    f64::from_bits(w) as f32
}

fn word(f: f32) -> Word {
    (f as f64).to_bits()
}

extern "C" fn float_to_str(v: Word) -> Word {
    new_string(&format_float(single(v)))
}

extern "C" fn float_to_string(v: Word, f: Word) -> Word {
    to_string_with(v, ElemKind::Float, f)
}

/// `float.Parse`: as `double.Parse`, then rounded to the nearest `float`.
extern "C" fn float_parse(s: Word) -> Word {
    match super::parse::parse_double(s) {
        Ok(d) => word(d as f32),
        Err(e) => e,
    }
}

/// `Convert.ToSingle(string)`: null is 0.
extern "C" fn convert_to_single(s: Word) -> Word {
    if crate::object::is_null(s) {
        return word(0.0);
    }
    float_parse(s)
}

/// `(float)l` of a `long` or `ulong`: rounded once, from the integer (through `double` it
/// could round twice).
extern "C" fn long_to_float(v: Word) -> Word {
    word(v as i64 as f32)
}

extern "C" fn ulong_to_float(v: Word) -> Word {
    word(v as f32)
}

/// `Math.Max(float, float)`: NaN if either is; +0 over -0 (.NET Core 3.0+).
extern "C" fn max_float(a: Word, b: Word) -> Word {
    let (x, y) = (single(a), single(b));
    let r = if x.is_nan() || y.is_nan() {
        f32::NAN
    } else if x == y {
        if x.is_sign_negative() {
            y
        } else {
            x
        }
    } else if x > y {
        x
    } else {
        y
    };
    word(r)
}

/// `Math.Min(float, float)`: NaN if either is; -0 over +0.
extern "C" fn min_float(a: Word, b: Word) -> Word {
    let (x, y) = (single(a), single(b));
    let r = if x.is_nan() || y.is_nan() {
        f32::NAN
    } else if x == y {
        if x.is_sign_negative() {
            x
        } else {
            y
        }
    } else if x < y {
        x
    } else {
        y
    };
    word(r)
}

extern "C" fn abs_float(a: Word) -> Word {
    word(single(a).abs())
}

extern "C" fn write_line_float(v: Word) -> Word {
    crate::console::write_value(v, ElemKind::Float, true)
}

extern "C" fn write_float(v: Word) -> Word {
    crate::console::write_value(v, ElemKind::Float, false)
}

/// `float.GetHashCode()`: its bits, with every NaN and both zeros hashing alike.
pub fn float_hash(w: Word) -> Word {
    let mut bits = single(w).to_bits() as i32;
    if ((bits.wrapping_sub(1)) & 0x7FFF_FFFF) >= 0x7F80_0000 {
        bits &= 0x7F80_0000;
    }
    bits as i64 as Word
}

pub(super) fn entries() -> Vec<Entry> {
    vec![
        e("float.to_str", float_to_str as F1),
        e("float.ToString(string)", float_to_string as F2),
        e("float.Parse(string)", float_parse as F1),
        e("Convert.ToSingle(string)", convert_to_single as F1),
        e("long.to_float", long_to_float as F1).nothrow(),
        e("ulong.to_float", ulong_to_float as F1).nothrow(),
        e("Math.Max(float, float)", max_float as F2).nothrow(),
        e("Math.Min(float, float)", min_float as F2).nothrow(),
        e("Math.Abs(float)", abs_float as F1).nothrow(),
        e("Console.WriteLine(float)", write_line_float as F1).nothrow(),
        e("Console.Write(float)", write_float as F1).nothrow(),
        e(
            "float.CompareTo(float)",
            crate::equality::double_compare_to as F2,
        )
        .nothrow(),
        e("float.Equals(float)", crate::equality::double_equals as F2).nothrow(),
    ]
}
