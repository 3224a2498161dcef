//! `Math` beyond Max/Min/Abs and `double`'s classification members, with .NET Core's semantics
//! (banker's rounding by default, NaN checks that throw where .NET throws).

use crate::exception::{self as exc, ARGUMENT, ARGUMENT_OUT_OF_RANGE, ARITHMETIC};
use crate::format::format_double;
use crate::object::Word;
use crate::{entry_list, Entry, F1, F2, F3};

fn int(w: Word) -> i32 {
    w as u32 as i32
}

fn dbl(w: Word) -> f64 {
    f64::from_bits(w)
}

fn d(v: f64) -> Word {
    v.to_bits()
}

extern "C" fn sqrt(a: Word) -> Word {
    d(dbl(a).sqrt())
}

extern "C" fn pow(a: Word, b: Word) -> Word {
    d(dbl(a).powf(dbl(b)))
}

extern "C" fn floor(a: Word) -> Word {
    d(dbl(a).floor())
}

extern "C" fn ceiling(a: Word) -> Word {
    d(dbl(a).ceil())
}

extern "C" fn truncate(a: Word) -> Word {
    d(dbl(a).trunc())
}

/// `Math.Round(double)`: MidpointRounding.ToEven.
extern "C" fn round(a: Word) -> Word {
    d(dbl(a).round_ties_even())
}

/// `Math.Round(double, int)` as .NET Core computes it: scale, round to even, unscale; values at
/// or beyond 1e16 have no fractional digits and come back unchanged.
extern "C" fn round_digits(a: Word, digits: Word) -> Word {
    let (v, n) = (dbl(a), int(digits));
    if !(0..=15).contains(&n) {
        return crate::pending::throw(exc::new_with_param(
            &ARGUMENT_OUT_OF_RANGE,
            Some("Rounding digits must be between 0 and 15, inclusive."),
            "digits",
        ));
    }
    if v.abs() >= 1e16 {
        return a;
    }
    let p = 10f64.powi(n);
    d((v * p).round_ties_even() / p)
}

extern "C" fn log(a: Word) -> Word {
    d(dbl(a).ln())
}

extern "C" fn log10(a: Word) -> Word {
    d(dbl(a).log10())
}

extern "C" fn exp(a: Word) -> Word {
    d(dbl(a).exp())
}

extern "C" fn sin(a: Word) -> Word {
    d(dbl(a).sin())
}

extern "C" fn cos(a: Word) -> Word {
    d(dbl(a).cos())
}

extern "C" fn tan(a: Word) -> Word {
    d(dbl(a).tan())
}

/// .NET's own special cases, then `Log(a) / Log(newBase)`.
extern "C" fn log_base(a: Word, b: Word) -> Word {
    let (x, base) = (dbl(a), dbl(b));
    if x.is_nan() {
        return a;
    }
    if base.is_nan() {
        return b;
    }
    if base == 1.0 || (x != 1.0 && (base == 0.0 || base == f64::INFINITY)) {
        return d(f64::NAN);
    }
    d(x.ln() / base.ln())
}

extern "C" fn log2(a: Word) -> Word {
    d(dbl(a).log2())
}

extern "C" fn cbrt(a: Word) -> Word {
    d(dbl(a).cbrt())
}

extern "C" fn asin(a: Word) -> Word {
    d(dbl(a).asin())
}

extern "C" fn acos(a: Word) -> Word {
    d(dbl(a).acos())
}

extern "C" fn atan(a: Word) -> Word {
    d(dbl(a).atan())
}

extern "C" fn atan2(y: Word, x: Word) -> Word {
    d(dbl(y).atan2(dbl(x)))
}

extern "C" fn sinh(a: Word) -> Word {
    d(dbl(a).sinh())
}

extern "C" fn cosh(a: Word) -> Word {
    d(dbl(a).cosh())
}

extern "C" fn tanh(a: Word) -> Word {
    d(dbl(a).tanh())
}

extern "C" fn big_mul(a: Word, b: Word) -> Word {
    (int(a) as i64 * int(b) as i64) as Word
}

extern "C" fn sign_int(a: Word) -> Word {
    int(a).signum() as i64 as Word
}

extern "C" fn sign_long(a: Word) -> Word {
    (a as i64).signum() as i32 as i64 as Word
}

extern "C" fn sign_double(a: Word) -> Word {
    let v = dbl(a);
    if v.is_nan() {
        return exc::throw_new(
            &ARITHMETIC,
            Some("Function does not accept floating point Not-a-Number values."),
        );
    }
    let s: i32 = if v > 0.0 {
        1
    } else if v < 0.0 {
        -1
    } else {
        0
    };
    s as i64 as Word
}

/// `'{min}' cannot be greater than {max}.` (ArgumentException, no parameter name).
fn min_max(min: String, max: String) -> Word {
    let m = format!("'{min}' cannot be greater than {max}.");
    exc::throw_new(&ARGUMENT, Some(&m))
}

/// `Math.Clamp` in a type's order: `ArgumentException` when the bounds cross (`show` writes
/// them as .NET's message does). NaN bounds do not throw (the comparison is false) and a NaN
/// value stays NaN.
fn clamp<T: PartialOrd>(v: T, lo: T, hi: T, show: fn(&T) -> String) -> Result<T, Word> {
    if lo > hi {
        return Err(min_max(show(&lo), show(&hi)));
    }
    Ok(if v < lo {
        lo
    } else if v > hi {
        hi
    } else {
        v
    })
}

extern "C" fn clamp_int(v: Word, lo: Word, hi: Word) -> Word {
    clamp(int(v), int(lo), int(hi), i32::to_string).map_or_else(|e| e, |r| r as i64 as Word)
}

extern "C" fn clamp_long(v: Word, lo: Word, hi: Word) -> Word {
    clamp(v as i64, lo as i64, hi as i64, i64::to_string).map_or_else(|e| e, |r| r as Word)
}

extern "C" fn clamp_double(v: Word, lo: Word, hi: Word) -> Word {
    clamp(dbl(v), dbl(lo), dbl(hi), |x| format_double(*x)).map_or_else(|e| e, d)
}

extern "C" fn is_nan(a: Word) -> Word {
    dbl(a).is_nan() as Word
}

extern "C" fn is_infinity(a: Word) -> Word {
    dbl(a).is_infinite() as Word
}

extern "C" fn is_positive_infinity(a: Word) -> Word {
    (dbl(a) == f64::INFINITY) as Word
}

extern "C" fn is_finite(a: Word) -> Word {
    dbl(a).is_finite() as Word
}

/// The sign bit: true for -0.0 and for a NaN with it set.
extern "C" fn is_negative(a: Word) -> Word {
    dbl(a).is_sign_negative() as Word
}

extern "C" fn is_negative_infinity(a: Word) -> Word {
    (dbl(a) == f64::NEG_INFINITY) as Word
}

const ABS_MIN: &str = "Negating the minimum value of a twos complement number is invalid.";

/// `Math.Abs` of an `sbyte` or `short`: its minimum has no positive counterpart in the type.
fn abs_small(v: i32, min: i32) -> Word {
    if v == min {
        return exc::throw_new(&exc::OVERFLOW, Some(ABS_MIN));
    }
    v.abs() as i64 as Word
}

extern "C" fn abs_sbyte(a: Word) -> Word {
    abs_small(int(a), i8::MIN.into())
}

extern "C" fn abs_short(a: Word) -> Word {
    abs_small(int(a), i16::MIN.into())
}

/// The small integers' words are sign-extended values in range: `int`'s order is theirs.
extern "C" fn max_small(a: Word, b: Word) -> Word {
    int(a).max(int(b)) as i64 as Word
}

extern "C" fn min_small(a: Word, b: Word) -> Word {
    int(a).min(int(b)) as i64 as Word
}

pub fn entries() -> Vec<Entry> {
    let mut all = small_entries();
    all.extend(entry_list! {
        "Math.Sqrt(double)" => sqrt as F1, None, nothrow;
        "Math.Pow(double, double)" => pow as F2, None, nothrow;
        "Math.Floor(double)" => floor as F1, None, nothrow;
        "Math.Ceiling(double)" => ceiling as F1, None, nothrow;
        "Math.Truncate(double)" => truncate as F1, None, nothrow;
        "Math.Round(double)" => round as F1, None, nothrow;
        "Math.Round(double, int)" => round_digits as F2, None;
        "Math.Log(double)" => log as F1, None, nothrow;
        "Math.Log10(double)" => log10 as F1, None, nothrow;
        "Math.Exp(double)" => exp as F1, None, nothrow;
        "Math.Sin(double)" => sin as F1, None, nothrow;
        "Math.Cos(double)" => cos as F1, None, nothrow;
        "Math.Tan(double)" => tan as F1, None, nothrow;
        "Math.Log(double, double)" => log_base as F2, None, nothrow;
        "Math.Log2(double)" => log2 as F1, None, nothrow;
        "Math.Cbrt(double)" => cbrt as F1, None, nothrow;
        "Math.Asin(double)" => asin as F1, None, nothrow;
        "Math.Acos(double)" => acos as F1, None, nothrow;
        "Math.Atan(double)" => atan as F1, None, nothrow;
        "Math.Atan2(double, double)" => atan2 as F2, None, nothrow;
        "Math.Sinh(double)" => sinh as F1, None, nothrow;
        "Math.Cosh(double)" => cosh as F1, None, nothrow;
        "Math.Tanh(double)" => tanh as F1, None, nothrow;
        "Math.BigMul(int, int)" => big_mul as F2, None, nothrow;
        "Math.Sign(int)" => sign_int as F1, None, nothrow;
        "Math.Sign(long)" => sign_long as F1, None, nothrow;
        "Math.Sign(double)" => sign_double as F1, None;
        "Math.Clamp(int, int, int)" => clamp_int as F3, None;
        "Math.Clamp(long, long, long)" => clamp_long as F3, None;
        "Math.Clamp(double, double, double)" => clamp_double as F3, None;
        "double.IsNaN(double)" => is_nan as F1, None, nothrow;
        "double.IsInfinity(double)" => is_infinity as F1, None, nothrow;
        "double.IsPositiveInfinity(double)" => is_positive_infinity as F1, None, nothrow;
        "double.IsNegativeInfinity(double)" => is_negative_infinity as F1, None, nothrow;
        "double.IsFinite(double)" => is_finite as F1, None, nothrow;
        "double.IsNegative(double)" => is_negative as F1, None, nothrow;
        // A float's word is the double of the same value.
        "float.IsNaN(float)" => is_nan as F1, None, nothrow;
        "float.IsInfinity(float)" => is_infinity as F1, None, nothrow;
        "float.IsPositiveInfinity(float)" => is_positive_infinity as F1, None, nothrow;
        "float.IsNegativeInfinity(float)" => is_negative_infinity as F1, None, nothrow;
        "float.IsFinite(float)" => is_finite as F1, None, nothrow;
    });
    all
}

fn small_entries() -> Vec<Entry> {
    let mut all = entry_list! {
        "Math.Abs(sbyte)" => abs_sbyte as F1, None;
        "Math.Abs(short)" => abs_short as F1, None;
        "Math.Sign(sbyte)" => sign_int as F1, None, nothrow;
        "Math.Sign(short)" => sign_int as F1, None, nothrow;
    };
    for (max, min, clamp) in [
        (
            "Math.Max(byte, byte)",
            "Math.Min(byte, byte)",
            "Math.Clamp(byte, byte, byte)",
        ),
        (
            "Math.Max(sbyte, sbyte)",
            "Math.Min(sbyte, sbyte)",
            "Math.Clamp(sbyte, sbyte, sbyte)",
        ),
        (
            "Math.Max(short, short)",
            "Math.Min(short, short)",
            "Math.Clamp(short, short, short)",
        ),
        (
            "Math.Max(ushort, ushort)",
            "Math.Min(ushort, ushort)",
            "Math.Clamp(ushort, ushort, ushort)",
        ),
    ] {
        all.push(crate::entry(max, max_small as F2, crate::Extra::None).nothrow());
        all.push(crate::entry(min, min_small as F2, crate::Extra::None).nothrow());
        all.push(crate::entry(clamp, clamp_int as F3, crate::Extra::None));
    }
    all
}
