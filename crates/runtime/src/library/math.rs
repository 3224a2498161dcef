//! `Math`'s `Max`, `Min` and `Abs` of `int`, `long` and `double` (the rest of `Math` is in
//! crate::math).

use super::e;
use crate::exception::{self as exc, OVERFLOW};
use crate::object::Word;
use crate::{Entry, F1, F2};

fn int(w: Word) -> i32 {
    w as u32 as i32
}

fn from_int(v: i32) -> Word {
    v as i64 as Word
}

fn dbl(w: Word) -> f64 {
    f64::from_bits(w)
}

extern "C" fn max_int(a: Word, b: Word) -> Word {
    from_int(int(a).max(int(b)))
}

extern "C" fn min_int(a: Word, b: Word) -> Word {
    from_int(int(a).min(int(b)))
}

extern "C" fn max_long(a: Word, b: Word) -> Word {
    (a as i64).max(b as i64) as Word
}

extern "C" fn min_long(a: Word, b: Word) -> Word {
    (a as i64).min(b as i64) as Word
}

/// .NET Core 3.0+: NaN wins, and +0 is greater than -0.
extern "C" fn max_double(a: Word, b: Word) -> Word {
    let (x, y) = (dbl(a), dbl(b));
    let r = if x != y {
        if x.is_nan() || y.is_nan() {
            f64::NAN
        } else {
            x.max(y)
        }
    } else if y.is_sign_negative() {
        x
    } else {
        y
    };
    r.to_bits()
}

extern "C" fn min_double(a: Word, b: Word) -> Word {
    let (x, y) = (dbl(a), dbl(b));
    let r = if x != y {
        if x.is_nan() || y.is_nan() {
            f64::NAN
        } else {
            x.min(y)
        }
    } else if x.is_sign_negative() {
        x
    } else {
        y
    };
    r.to_bits()
}

const ABS_MIN: &str = "Negating the minimum value of a twos complement number is invalid.";

extern "C" fn abs_int(a: Word) -> Word {
    match int(a).checked_abs() {
        Some(v) => from_int(v),
        None => exc::throw_new(&OVERFLOW, Some(ABS_MIN)),
    }
}

extern "C" fn abs_long(a: Word) -> Word {
    match (a as i64).checked_abs() {
        Some(v) => v as Word,
        None => exc::throw_new(&OVERFLOW, Some(ABS_MIN)),
    }
}

extern "C" fn abs_double(a: Word) -> Word {
    dbl(a).abs().to_bits()
}

/// `Math`'s members here.
pub(super) fn entries() -> Vec<Entry> {
    vec![
        e("Math.Max(int, int)", max_int as F2).nothrow(),
        e("Math.Max(long, long)", max_long as F2).nothrow(),
        e("Math.Max(double, double)", max_double as F2).nothrow(),
        e("Math.Min(int, int)", min_int as F2).nothrow(),
        e("Math.Min(long, long)", min_long as F2).nothrow(),
        e("Math.Min(double, double)", min_double as F2).nothrow(),
        e("Math.Abs(int)", abs_int as F1),
        e("Math.Abs(long)", abs_long as F1),
        e("Math.Abs(double)", abs_double as F1).nothrow(),
    ]
}
