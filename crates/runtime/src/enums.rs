//! The program's enums. A value is a word of its underlying type (`int`, `long` or a small
//! integer); what only the runtime needs is each enum's descriptor (`EnumDesc`, registered by
//! the JIT with the program's classes): its members' names for `ToString`, and the type of its
//! boxes. A box of an enum is an ordinary `Boxed` object of its underlying type's kind whose
//! header points at the enum's descriptor (so `GetType()` and `is E` see the enum); the
//! descriptor's base is `ENUM_BASE`, which is how a box is told to be an enum's.

use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word};

/// `System.Enum`: the base of every enum's descriptor.
pub static ENUM_BASE: TypeDesc = TypeDesc {
    name: "System.Enum",
    kind: Kind::Other,
    base: None,
};

/// The descriptor of one of the program's enums; the `TypeDesc` comes first, so a box's header
/// points at both.
#[repr(C)]
pub struct EnumDesc {
    pub desc: TypeDesc,
    pub flags: bool,
    /// The underlying type's kind (`I32`, `I64`, `Byte`, `SByte`, `Short`, `UShort`).
    pub kind: ElemKind,
    /// (value, name) sorted by value as .NET sorts them (as unsigned 64-bit numbers), declaration
    /// order among equal values.
    pub members: Box<[(i64, Box<str>)]>,
}

/// Makes the descriptor of an enum named `name` (its .NET full name); it lives as long as the
/// process, as compiled code that refers to it does.
pub fn register_enum(
    name: &str,
    flags: bool,
    underlying: &str,
    members: &[(String, i64)],
) -> &'static EnumDesc {
    let kind = match underlying {
        "long" => ElemKind::I64,
        "byte" => ElemKind::Byte,
        "sbyte" => ElemKind::SByte,
        "short" => ElemKind::Short,
        "ushort" => ElemKind::UShort,
        _ => ElemKind::I32,
    };
    let mut sorted: Vec<(i64, Box<str>)> = members
        .iter()
        .map(|(n, v)| (*v, n.clone().into_boxed_str()))
        .collect();
    sorted.sort_by_key(|(v, _)| *v as u64);
    Box::leak(Box::new(EnumDesc {
        desc: TypeDesc {
            name: Box::leak(name.to_string().into_boxed_str()),
            kind: Kind::Boxed,
            base: Some(&ENUM_BASE),
        },
        flags,
        kind,
        members: sorted.into_boxed_slice(),
    }))
}

/// The enum descriptor a box's header points at, when `w` is a box of an enum.
pub fn enum_of_box(w: Word) -> Option<&'static EnumDesc> {
    if is_null(w) || !object::is_object(w) {
        return None;
    }
    // SAFETY: `w` is a live object.
    let d = unsafe { desc_of(w) };
    let is_enum = d.kind == Kind::Boxed && d.base.is_some_and(|b| std::ptr::eq(b, &ENUM_BASE));
    // SAFETY: only `register_enum` makes boxed descriptors based on `ENUM_BASE`, as the first
    // field of an `EnumDesc`.
    is_enum.then(|| unsafe { &*(d as *const TypeDesc as *const EnumDesc) })
}

impl EnumDesc {
    /// The value a word of the enum holds (a `long`'s whole word, else a sign-extended `int`).
    pub fn value(&self, w: Word) -> i64 {
        match self.kind {
            ElemKind::I64 => w as i64,
            _ => i64::from(w as u32 as i32),
        }
    }

    /// `ToString()` as .NET prints a value: the member's name, else (`[Flags]`) the names of
    /// the members whose bits make it up, else the number.
    pub fn name_of(&self, v: i64) -> String {
        self.name_as(v, self.flags)
    }

    /// `name_of`, decomposing into flags when `flags` (the `F` format does for any enum).
    pub fn name_as(&self, v: i64, flags: bool) -> String {
        // .NET finds the name by binary search among the sorted values: with duplicates, the
        // one it lands on.
        let (mut lo, mut hi) = (0i64, self.members.len() as i64 - 1);
        while lo <= hi {
            let mid = lo + ((hi - lo) >> 1);
            let (m, n) = &self.members[mid as usize];
            match (*m as u64).cmp(&(v as u64)) {
                std::cmp::Ordering::Equal => return n.to_string(),
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid - 1,
            }
        }
        if !flags || v == 0 {
            return v.to_string();
        }
        // .NET: from the largest value down, take each member whose bits are all still set;
        // what remains must be nothing; the names print in ascending order.
        // (Values as unsigned 64-bit numbers, sign-extended, as .NET compares them.)
        let mut rest = v as u64;
        let mut names = Vec::new();
        for (m, n) in self.members.iter().rev() {
            let m = *m as u64;
            if m != 0 && rest & m == m {
                rest -= m;
                names.push(&**n);
            }
        }
        if rest != 0 {
            return v.to_string();
        }
        names.reverse();
        names.join(", ")
    }
}

/// `enum.to_str(value, class, desc)`: the value's `ToString()`.
pub extern "C" fn to_str(v: Word, _class: Word, desc: Word) -> Word {
    // SAFETY: the JIT passes the address `register_enum` returned (`Extra::ClassDesc`).
    let d = unsafe { &*(desc as *const EnumDesc) };
    crate::string::new_string(&d.name_of(d.value(v)))
}

/// `box.enum(value, class, desc)`: the value as an object of its enum type.
pub extern "C" fn box_enum(v: Word, _class: Word, desc: Word) -> Word {
    // SAFETY: the JIT passes the address `register_enum` returned (`Extra::ClassDesc`).
    let d = unsafe { &*(desc as *const EnumDesc) };
    let b = crate::collections::box_value(v, d.kind);
    if b != 0 && !crate::pending::is_pending() {
        // SAFETY: a fresh box; its header's descriptor becomes the enum's (same layout).
        unsafe { (*(b as *mut Header)).desc = &d.desc };
    }
    b
}

/// `ToString(format)` of an enum value: `G` its name (the default), `F` as flags, `D` its
/// number, `X` (or `x`) eight upper-case hex digits; `None` for another format (a
/// FormatException).
pub fn format(d: &EnumDesc, v: i64, spec: &str) -> Option<String> {
    Some(match spec {
        "" | "G" | "g" => d.name_of(v),
        "F" | "f" => d.name_as(v, true),
        "D" | "d" => v.to_string(),
        // .NET's `x` is upper case too (`ValueToHexString`), as many digits as the
        // underlying type has.
        "X" | "x" => {
            let digits = match d.kind {
                ElemKind::Byte | ElemKind::SByte => 2,
                ElemKind::Short | ElemKind::UShort => 4,
                ElemKind::I64 => 16,
                _ => 8,
            };
            let mask = if digits == 16 {
                u64::MAX
            } else {
                (1u64 << (4 * digits)) - 1
            };
            format!("{:0digits$X}", v as u64 & mask)
        }
        _ => return None,
    })
}

/// How a value of `kind` prints, by member name when `desc` is an enum's descriptor (not 0).
pub fn show(w: Word, kind: ElemKind, desc: usize) -> String {
    if desc == 0 {
        return crate::string::to_string_of(w, kind);
    }
    // SAFETY: a non-zero `desc` is an address `register_enum` returned (`Extra::TypeArgsEnums`).
    let d = unsafe { &*(desc as *const EnumDesc) };
    d.name_of(d.value(w))
}

/// The string of a box of an enum.
pub fn box_string(d: &EnumDesc, w: Word) -> String {
    let (v, _) = crate::collections::unboxed(w);
    d.name_of(d.value(v))
}

/// The enum descriptor passed by `Extra::TypeArgsEnums` for the one type argument `T`.
fn desc_arg<'a>(desc: Word) -> &'a EnumDesc {
    // SAFETY: sema passes the program's enum as `T`, so the JIT passes its descriptor.
    unsafe { &*(desc as *const EnumDesc) }
}

impl EnumDesc {
    fn value_of(&self, name: &str) -> Option<i64> {
        self.members
            .iter()
            .find(|(_, n)| &**n == name)
            .map(|(v, _)| *v)
    }
}

/// Why a string is no value of an enum: the exception `Parse` throws.
enum ParseError {
    Null,
    Empty,
    Overflow(&'static str),
    NotFound,
}

/// `Enum.Parse(typeof(E), value)` and `Enum.Parse<E>(value)`, as .NET parses: white space
/// around, a number (any value, defined or not), or names separated by commas whose values
/// are or'ed.
extern "C" fn parse(value: Word, _kind: Word, desc: Word) -> Word {
    use crate::exception::{self as exc, ARGUMENT};
    // SAFETY: null or a live string (sema passes a `string`).
    let text = unsafe { crate::string::as_str(value) };
    match parse_text(desc_arg(desc), (!is_null(value)).then_some(text)) {
        Ok(v) => v,
        Err(ParseError::Null) => exc::throw_argument_null("value"),
        Err(ParseError::Empty) => crate::pending::throw(exc::new_with_param(
            &ARGUMENT,
            Some("Must specify valid information for parsing in the string."),
            "value",
        )),
        Err(ParseError::Overflow(what)) => {
            let m = format!("Value was either too large or too small for {what}.");
            exc::throw_new(&exc::OVERFLOW, Some(&m))
        }
        Err(ParseError::NotFound) => {
            let m = format!("Requested value '{text}' was not found.");
            exc::throw_new(&ARGUMENT, Some(&m))
        }
    }
}

/// `Enum.TryParse<E>(value, out E result)`: whether `Parse` would succeed; its value (0 when
/// not) goes to the out slot.
extern "C" fn try_parse(value: Word, _kind: Word, desc: Word) -> Word {
    // SAFETY: null or a live string.
    let text = unsafe { crate::string::as_str(value) };
    let parsed = parse_text(desc_arg(desc), (!is_null(value)).then_some(text));
    crate::library::set_out_value(*parsed.as_ref().unwrap_or(&0));
    Word::from(parsed.is_ok())
}

fn parse_text(d: &EnumDesc, text: Option<&str>) -> Result<Word, ParseError> {
    let text = text.ok_or(ParseError::Null)?;
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ParseError::Empty);
    }
    if trimmed.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
        if let Ok(v) = trimmed.parse::<i64>() {
            // A number of the underlying type, defined or not; out of its range, .NET's
            // OverflowException.
            let (lo, hi, what) = match d.kind {
                ElemKind::I64 => (i64::MIN, i64::MAX, "an Int64"),
                ElemKind::Byte => (0, 255, "an unsigned byte"),
                ElemKind::SByte => (-128, 127, "a signed byte"),
                ElemKind::Short => (-32768, 32767, "an Int16"),
                ElemKind::UShort => (0, 65535, "a UInt16"),
                _ => (i64::from(i32::MIN), i64::from(i32::MAX), "an Int32"),
            };
            if v < lo || v > hi {
                return Err(ParseError::Overflow(what));
            }
            return Ok(v as Word);
        }
    }
    let mut result = 0i64;
    for part in trimmed.split(',') {
        result |= d.value_of(part.trim()).ok_or(ParseError::NotFound)?;
    }
    Ok(result as Word)
}

/// `Enum.IsDefined(typeof(E), value)` for an `int` (or `E`) value.
extern "C" fn is_defined(value: Word, _kind: Word, desc: Word) -> Word {
    let v = i64::from(value as u32 as i32);
    Word::from(desc_arg(desc).members.iter().any(|(m, _)| *m == v))
}

/// `Enum.GetName(typeof(E), value)`: the name `ToString()` would print, or null.
extern "C" fn get_name(value: Word, _kind: Word, desc: Word) -> Word {
    let d = desc_arg(desc);
    let v = d.value(value);
    if !d.members.iter().any(|(m, _)| *m == v) {
        return 0;
    }
    crate::string::new_string(&d.name_as(v, false))
}

/// `e.ToString(format)`: null or "" is `G`; another format is a FormatException.
extern "C" fn format_entry(value: Word, spec: Word, _kind: Word, desc: Word) -> Word {
    let spec = if is_null(spec) {
        ""
    } else {
        // SAFETY: a live string.
        unsafe { crate::string::as_str(spec) }
    };
    let d = desc_arg(desc);
    match format(d, d.value(value), spec) {
        Some(s) => crate::string::new_string(&s),
        None => crate::exception::throw_new(&crate::exception::FORMAT, Some(FORMATS)),
    }
}

/// .NET's message for an enum format other than G, F, D, X.
pub const FORMATS: &str =
    "Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".";

/// `e.CompareTo(other)`: the order of the underlying values, -1, 0 or 1.
extern "C" fn compare(value: Word, target: Word, _kind: Word, _desc: Word) -> Word {
    (value as u32 as i32).cmp(&(target as u32 as i32)) as i64 as Word
}

pub fn entries() -> Vec<crate::Entry> {
    crate::entry_list! {
        "enum.to_str" => to_str as extern "C" fn(Word, Word, Word) -> Word, ClassDesc;
        "box.enum" => box_enum as extern "C" fn(Word, Word, Word) -> Word, ClassDesc;
        "object.<EnumParse><T>(string)" => parse as extern "C" fn(Word, Word, Word) -> Word, TypeArgsEnums;
        "object.<EnumIsDefined><T>(int)" => is_defined as extern "C" fn(Word, Word, Word) -> Word, TypeArgsEnums, nothrow;
        "object.<EnumGetName><T>(int)" => get_name as extern "C" fn(Word, Word, Word) -> Word, TypeArgsEnums;
        "object.<EnumFormat><T>(int, string)" => format_entry as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgsEnums;
        "object.<EnumCompare><T>(int, int)" => compare as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgsEnums, nothrow;
        "object.<EnumTryParse><T>(string, out T)" => try_parse as extern "C" fn(Word, Word, Word) -> Word, TypeArgsEnums, nothrow;
    }
}
