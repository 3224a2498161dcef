//! `char`: printing, boxing, the checked narrowing, and `char`'s static members.

use super::{bool_word, ch, e, from_units, int, is_white, unit};
use crate::collections as coll;
use crate::exception as exc;
use crate::object::{is_null, ElemKind, Word};
use crate::{Entry, F1, F2};

extern "C" fn char_to_str(c: Word) -> Word {
    from_units(&[unit(c)])
}

extern "C" fn box_char(c: Word) -> Word {
    coll::box_value(c & 0xFFFF, ElemKind::Char)
}

/// `(char)x` in a checked context.
extern "C" fn char_checked(v: Word) -> Word {
    match u16::try_from(int(v)) {
        Ok(c) => c as Word,
        Err(_) => exc::throw_new(
            &exc::OVERFLOW,
            Some("Arithmetic operation resulted in an overflow."),
        ),
    }
}

/// `(char)o`: only a boxed `char` unboxes to one.
extern "C" fn unbox_char(o: Word) -> Word {
    if is_null(o) {
        return exc::throw_null_reference();
    }
    match coll::unboxed(o) {
        (v, ElemKind::Char) => v,
        _ => {
            let from = unsafe { crate::object::desc_of(o) }.name;
            let m = format!("Unable to cast object of type '{from}' to type 'System.Char'.");
            exc::throw_new(&exc::INVALID_CAST, Some(&m))
        }
    }
}

/// .NET's decimal digits (Nd): `'٣'` is one, `'²'` (No) is not.
extern "C" fn is_digit(c: Word) -> Word {
    bool_word(super::categories::within(super::categories::DIGIT, unit(c)))
}

/// .NET's letters (L*): `'Ⅰ'` (Nl) is not one.
extern "C" fn is_letter(c: Word) -> Word {
    bool_word(super::categories::within(
        super::categories::LETTER,
        unit(c),
    ))
}

extern "C" fn is_letter_or_digit(c: Word) -> Word {
    bool_word(is_letter(c) != 0 || is_digit(c) != 0)
}

extern "C" fn is_white_space(c: Word) -> Word {
    bool_word(is_white(unit(c)))
}

extern "C" fn is_upper(c: Word) -> Word {
    bool_word(ch(unit(c)).is_uppercase())
}

extern "C" fn is_lower(c: Word) -> Word {
    bool_word(ch(unit(c)).is_lowercase())
}

extern "C" fn is_punctuation(c: Word) -> Word {
    bool_word(super::categories::within(
        super::categories::PUNCTUATION,
        unit(c),
    ))
}

extern "C" fn is_symbol(c: Word) -> Word {
    bool_word(super::categories::within(
        super::categories::SYMBOL,
        unit(c),
    ))
}

extern "C" fn is_number(c: Word) -> Word {
    bool_word(super::categories::within(
        super::categories::NUMBER,
        unit(c),
    ))
}

/// The control characters (Cc): U+0000..U+001F and U+007F..U+009F.
extern "C" fn is_control(c: Word) -> Word {
    bool_word(matches!(unit(c), 0..=0x1F | 0x7F..=0x9F))
}

extern "C" fn is_surrogate(c: Word) -> Word {
    bool_word(matches!(unit(c), 0xD800..=0xDFFF))
}

extern "C" fn is_high_surrogate(c: Word) -> Word {
    bool_word(matches!(unit(c), 0xD800..=0xDBFF))
}

extern "C" fn is_low_surrogate(c: Word) -> Word {
    bool_word(matches!(unit(c), 0xDC00..=0xDFFF))
}

/// Unicode's separators (Zs, Zl, Zp), a closed set.
extern "C" fn is_separator(c: Word) -> Word {
    let u = unit(c);
    bool_word(matches!(
        u,
        0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    ))
}

/// .NET maps one UTF-16 unit to one: a character whose mapping is several stays as it is.
fn map_one(c: Word, upper: bool) -> Word {
    let u = unit(c);
    let c = ch(u);
    let mut it: Box<dyn Iterator<Item = char>> = if upper {
        Box::new(c.to_uppercase())
    } else {
        Box::new(c.to_lowercase())
    };
    let first = it.next();
    match (first, it.next()) {
        (Some(m), None) if (m as u32) <= 0xFFFF => m as u32 as Word,
        _ => u as Word,
    }
}

extern "C" fn char_to_upper(c: Word) -> Word {
    map_one(c, true)
}

extern "C" fn char_to_lower(c: Word) -> Word {
    map_one(c, false)
}

extern "C" fn char_to_string(c: Word) -> Word {
    char_to_str(c)
}

extern "C" fn write_line_char(c: Word) -> Word {
    crate::console::write_stdout(&(crate::string::to_string_of(c, ElemKind::Char) + "\n"));
    0
}

extern "C" fn write_char(c: Word) -> Word {
    crate::console::write_stdout(&crate::string::to_string_of(c, ElemKind::Char));
    0
}

/// The characters of a `char[]` (none for null): what `Console.Write(char[])` prints and
/// `new string(char[])` holds.
pub(super) fn chars_text(arr: Word) -> String {
    let units: Vec<u16> = coll::elements(arr)
        .unwrap_or_default()
        .into_iter()
        .map(|w| w as u16)
        .collect();
    String::from_utf16_lossy(&units)
}

extern "C" fn write_line_chars(arr: Word) -> Word {
    crate::console::write_stdout(&(chars_text(arr) + "\n"));
    0
}

extern "C" fn write_chars(arr: Word) -> Word {
    crate::console::write_stdout(&chars_text(arr));
    0
}

pub(super) fn entries() -> Vec<Entry> {
    vec![
        e("char.to_str", char_to_str as F1),
        e("box.char", box_char as F1),
        e("unbox.char", unbox_char as F1),
        e("char.checked", char_checked as F1),
        e("char.ToString()", char_to_string as F1),
        e("char.IsDigit(char)", is_digit as F1).nothrow(),
        e("char.IsLetter(char)", is_letter as F1).nothrow(),
        e("char.IsLetterOrDigit(char)", is_letter_or_digit as F1).nothrow(),
        e("char.IsWhiteSpace(char)", is_white_space as F1).nothrow(),
        e("char.IsUpper(char)", is_upper as F1).nothrow(),
        e("char.IsLower(char)", is_lower as F1).nothrow(),
        e("char.IsPunctuation(char)", is_punctuation as F1).nothrow(),
        e("char.IsSymbol(char)", is_symbol as F1).nothrow(),
        e("char.IsSeparator(char)", is_separator as F1).nothrow(),
        e("char.IsNumber(char)", is_number as F1).nothrow(),
        e("char.IsControl(char)", is_control as F1).nothrow(),
        e("char.IsSurrogate(char)", is_surrogate as F1).nothrow(),
        e("char.IsHighSurrogate(char)", is_high_surrogate as F1).nothrow(),
        e("char.IsLowSurrogate(char)", is_low_surrogate as F1).nothrow(),
        e("char.ToUpper(char)", char_to_upper as F1).nothrow(),
        e("char.ToLower(char)", char_to_lower as F1).nothrow(),
        // The current culture is en-US, whose case mappings are the invariant culture's.
        e("char.ToUpperInvariant(char)", char_to_upper as F1).nothrow(),
        e("char.ToLowerInvariant(char)", char_to_lower as F1).nothrow(),
        e("Console.WriteLine(char)", write_line_char as F1).nothrow(),
        e("Console.Write(char)", write_char as F1).nothrow(),
        e("Console.WriteLine(char[])", write_line_chars as F1).nothrow(),
        e("Console.Write(char[])", write_chars as F1).nothrow(),
    ]
}

// ---- byte, sbyte, short, ushort ----------------------------------------------------------------

fn small_kind(code: Word) -> ElemKind {
    match ElemKind::from_code(code) {
        k if k.is_small() => k,
        _ => ElemKind::I32,
    }
}

fn small_range(kind: ElemKind) -> (i32, i32) {
    match kind {
        ElemKind::Byte => (0, 255),
        ElemKind::SByte => (-128, 127),
        ElemKind::Short => (-32768, 32767),
        ElemKind::UShort => (0, 65535),
        _ => (i32::MIN, i32::MAX),
    }
}

/// `box.small(value, kind)`: a `System.Byte`, `System.Int16`, ...
extern "C" fn box_small(v: Word, code: Word) -> Word {
    coll::box_value(v, small_kind(code))
}

/// `unbox.small(obj, kind)`: only a box of exactly that type unboxes to it.
extern "C" fn unbox_small(o: Word, code: Word) -> Word {
    if is_null(o) {
        return exc::throw_null_reference();
    }
    let want = small_kind(code);
    match coll::unboxed(o) {
        (v, k) if k == want => v,
        _ => {
            let from = unsafe { crate::object::desc_of(o) }.name;
            let m = format!(
                "Unable to cast object of type '{from}' to type '{}'.",
                want.dotnet_name()
            );
            exc::throw_new(&exc::INVALID_CAST, Some(&m))
        }
    }
}

/// A narrowing to a small integer in a `checked` context.
extern "C" fn small_checked(v: Word, code: Word) -> Word {
    let (lo, hi) = small_range(small_kind(code));
    let x = int(v);
    if (lo..=hi).contains(&x) {
        x as i64 as Word
    } else {
        exc::throw_new(
            &exc::OVERFLOW,
            Some("Arithmetic operation resulted in an overflow."),
        )
    }
}

pub(super) fn small_entries() -> Vec<Entry> {
    vec![
        e("box.small", box_small as F2),
        e("unbox.small", unbox_small as F2),
        e("small.checked", small_checked as F2),
    ]
}
