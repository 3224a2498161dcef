//! `uint` and `ulong`: what the JIT's signed 64-bit operations cannot do for them (unsigned
//! division, `>>`, conversions from and to `double`, checked arithmetic and narrowing), their
//! printing, formatting and parsing, and their library members.

use super::parse::parse_integer;
use super::{e, to_string_with};
use crate::exception::{self as exc, DIVIDE_BY_ZERO, OVERFLOW};
use crate::object::{ElemKind, Word};
use crate::string::{new_string, to_string_of};
use crate::{Entry, F1, F2, F3};

fn overflow() -> Word {
    exc::throw_new(
        &OVERFLOW,
        Some("Arithmetic operation resulted in an overflow."),
    )
}

extern "C" fn ulong_div(a: Word, b: Word) -> Word {
    if b == 0 {
        return exc::throw_new(&DIVIDE_BY_ZERO, None);
    }
    a / b
}

extern "C" fn ulong_rem(a: Word, b: Word) -> Word {
    if b == 0 {
        return exc::throw_new(&DIVIDE_BY_ZERO, None);
    }
    a % b
}

/// `>>` of a `ulong`: logical; the count masked to 6 bits as C# does.
extern "C" fn ulong_shr(a: Word, n: Word) -> Word {
    a >> (n & 63)
}

extern "C" fn ulong_to_double(a: Word) -> Word {
    (a as f64).to_bits()
}

/// `(uint)d` and `(ulong)d` unchecked: C# leaves out-of-range results unspecified; this
/// saturates (NaN is 0), as .NET 9 does.
extern "C" fn double_to_uint(d: Word) -> Word {
    f64::from_bits(d) as u32 as Word
}

extern "C" fn double_to_ulong(d: Word) -> Word {
    f64::from_bits(d) as u64
}

/// The exact value of a word of kind code `code` (`None` for NaN and infinities).
fn exact(v: Word, code: Word) -> Option<i128> {
    Some(match ElemKind::from_code(code) {
        ElemKind::I64 => v as i64 as i128,
        ElemKind::UInt | ElemKind::ULong => v as i128,
        ElemKind::F64 => {
            let d = f64::from_bits(v).trunc();
            if !d.is_finite() || d.abs() > 1e30 {
                return None;
            }
            d as i128
        }
        ElemKind::Char => (v & 0xFFFF) as i128,
        _ => v as u32 as i32 as i128,
    })
}

/// A conversion from or to `uint`/`ulong` in a `checked` context: the value of kind `from`
/// must fit kind `to` (`int`, `long`, `uint`, `ulong`, `char` or a small integer).
extern "C" fn unsigned_checked(v: Word, from: Word, to: Word) -> Word {
    let Some(x) = exact(v, from) else {
        return overflow();
    };
    let (lo, hi): (i128, i128) = match ElemKind::from_code(to) {
        ElemKind::I32 => (i32::MIN as i128, i32::MAX as i128),
        ElemKind::I64 => (i64::MIN as i128, i64::MAX as i128),
        ElemKind::UInt => (0, u32::MAX as i128),
        ElemKind::ULong => (0, u64::MAX as i128),
        ElemKind::Char | ElemKind::UShort => (0, 0xFFFF),
        ElemKind::Byte => (0, 255),
        ElemKind::SByte => (-128, 127),
        ElemKind::Short => (-32768, 32767),
        _ => (i64::MIN as i128, i64::MAX as i128),
    };
    if !(lo..=hi).contains(&x) {
        return overflow();
    }
    x as i64 as Word
}

/// `+ - *` of `uint`s (`code` 12) or `ulong`s (13) in a `checked` context (`op` 0, 1, 2).
extern "C" fn unsigned_arith_checked(a: Word, b: Word, op_and_code: Word) -> Word {
    let (op, code) = (op_and_code & 0xFF, op_and_code >> 8);
    let (a, b) = (a as i128, b as i128);
    let r = match op {
        0 => a + b,
        1 => a - b,
        _ => a * b,
    };
    let hi = if code == ElemKind::UInt as Word {
        u32::MAX as i128
    } else {
        u64::MAX as i128
    };
    if !(0..=hi).contains(&r) {
        return overflow();
    }
    r as u64
}

extern "C" fn ulong_to_str(v: Word) -> Word {
    new_string(&v.to_string())
}

extern "C" fn uint_to_string(v: Word, f: Word) -> Word {
    to_string_with(v, ElemKind::UInt, f)
}

extern "C" fn ulong_to_string(v: Word, f: Word) -> Word {
    to_string_with(v, ElemKind::ULong, f)
}

extern "C" fn uint_parse(s: Word) -> Word {
    match parse_integer(s, 0, u32::MAX as i128, "UInt32") {
        Ok(v) => v as u64,
        Err(e) => e,
    }
}

extern "C" fn ulong_parse(s: Word) -> Word {
    match parse_integer(s, 0, u64::MAX as i128, "UInt64") {
        Ok(v) => v as u64,
        Err(e) => e,
    }
}

/// `Convert.ToUInt32(string)` and `ToUInt64`: null is 0.
extern "C" fn convert_to_uint32(s: Word) -> Word {
    if crate::object::is_null(s) {
        return 0;
    }
    uint_parse(s)
}

extern "C" fn convert_to_uint64(s: Word) -> Word {
    if crate::object::is_null(s) {
        return 0;
    }
    ulong_parse(s)
}

extern "C" fn unsigned_compare_to(a: Word, b: Word) -> Word {
    match a.cmp(&b) {
        std::cmp::Ordering::Less => -1i64 as Word,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

extern "C" fn unsigned_equals(a: Word, b: Word) -> Word {
    Word::from(a == b)
}

extern "C" fn unsigned_max(a: Word, b: Word) -> Word {
    a.max(b)
}

extern "C" fn unsigned_min(a: Word, b: Word) -> Word {
    a.min(b)
}

extern "C" fn write_line_ulong(v: Word) -> Word {
    crate::console::write_value(v, ElemKind::ULong, true)
}

extern "C" fn write_ulong(v: Word) -> Word {
    crate::console::write_value(v, ElemKind::ULong, false)
}

extern "C" fn convert_ulong_to_string(v: Word) -> Word {
    new_string(&to_string_of(v, ElemKind::ULong))
}

pub(super) fn entries() -> Vec<Entry> {
    vec![
        e("ulong.div", ulong_div as F2),
        e("ulong.rem", ulong_rem as F2),
        e("ulong.shr", ulong_shr as F2).nothrow(),
        e("ulong.to_double", ulong_to_double as F1).nothrow(),
        e("double.to_uint", double_to_uint as F1).nothrow(),
        e("double.to_ulong", double_to_ulong as F1).nothrow(),
        e("unsigned.checked", unsigned_checked as F3),
        e("unsigned.arith_checked", unsigned_arith_checked as F3),
        e("ulong.to_str", ulong_to_str as F1),
        e("uint.ToString(string)", uint_to_string as F2),
        e("ulong.ToString(string)", ulong_to_string as F2),
        e("uint.Parse(string)", uint_parse as F1),
        e("ulong.Parse(string)", ulong_parse as F1),
        e("Convert.ToUInt32(string)", convert_to_uint32 as F1),
        e("Convert.ToUInt64(string)", convert_to_uint64 as F1),
        e("uint.CompareTo(uint)", unsigned_compare_to as F2).nothrow(),
        e("ulong.CompareTo(ulong)", unsigned_compare_to as F2).nothrow(),
        e("uint.Equals(uint)", unsigned_equals as F2).nothrow(),
        e("ulong.Equals(ulong)", unsigned_equals as F2).nothrow(),
        e("Math.Max(uint, uint)", unsigned_max as F2).nothrow(),
        e("Math.Min(uint, uint)", unsigned_min as F2).nothrow(),
        e("Math.Max(ulong, ulong)", unsigned_max as F2).nothrow(),
        e("Math.Min(ulong, ulong)", unsigned_min as F2).nothrow(),
        e("Console.WriteLine(ulong)", write_line_ulong as F1).nothrow(),
        e("Console.Write(ulong)", write_ulong as F1).nothrow(),
        e("Convert.ToString(ulong)", convert_ulong_to_string as F1),
    ]
}
