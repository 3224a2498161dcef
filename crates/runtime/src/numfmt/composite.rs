//! Composite formatting: `string.Format` and `Console.Write[Line](format, args)`.

use super::{e, format_value, Bad};
use crate::exception::{self as exc, FORMAT};
use crate::object::{is_null, ElemKind, Word};
use crate::string::{as_str, new_string, object_to_string};
use crate::{Entry, F2, F3, F4, F5};

/// How an argument of a composite format prints with a format string.
fn format_arg(arg: Word, spec: &str) -> Result<String, Bad> {
    if is_null(arg) {
        return Ok(String::new());
    }
    let (value, kind) = crate::collections::unboxed(arg);
    if let Some(d) = crate::enums::enum_of_box(arg) {
        return crate::enums::format(d, d.value(value), spec).ok_or(Bad(crate::enums::FORMATS));
    }
    if kind != ElemKind::Ref {
        return format_value(value, kind, spec);
    }
    Ok(object_to_string(arg))
}

const INDEX_RANGE: &str =
    "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.";
const BAD_FORMAT: &str = "Input string was not in a correct format.";

enum CompositeError {
    Format,
    Index,
    Spec(Bad),
}

/// `string.Format(format, args)` into `out`, which on an error holds the text before the
/// failing item (what `StringBuilder.AppendFormat` leaves appended, as .NET's does).
fn composite(format: &str, args: &[Word], out: &mut String) -> Result<(), CompositeError> {
    let mut it = format.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '{' if it.peek() == Some(&'{') => {
                it.next();
                out.push('{');
            }
            '}' if it.peek() == Some(&'}') => {
                it.next();
                out.push('}');
            }
            '}' => return Err(CompositeError::Format),
            '{' => {
                let mut index = String::new();
                while let Some(&d) = it.peek() {
                    if d.is_ascii_digit() {
                        index.push(d);
                        it.next();
                    } else {
                        break;
                    }
                }
                if index.is_empty() {
                    return Err(CompositeError::Format);
                }
                while it.peek() == Some(&' ') {
                    it.next();
                }
                let mut align: i64 = 0;
                if it.peek() == Some(&',') {
                    it.next();
                    while it.peek() == Some(&' ') {
                        it.next();
                    }
                    let neg = it.peek() == Some(&'-');
                    if neg {
                        it.next();
                    }
                    let mut a = String::new();
                    while let Some(&d) = it.peek() {
                        if d.is_ascii_digit() {
                            a.push(d);
                            it.next();
                        } else {
                            break;
                        }
                    }
                    if a.len() > 7 {
                        return Err(CompositeError::Format);
                    }
                    align = a.parse().map_err(|_| CompositeError::Format)?;
                    if neg {
                        align = -align;
                    }
                    while it.peek() == Some(&' ') {
                        it.next();
                    }
                }
                let mut spec = String::new();
                if it.peek() == Some(&':') {
                    it.next();
                    loop {
                        match it.next() {
                            Some('}') => break,
                            Some('{') => return Err(CompositeError::Format),
                            Some(ch) => spec.push(ch),
                            None => return Err(CompositeError::Format),
                        }
                    }
                } else if it.next() != Some('}') {
                    return Err(CompositeError::Format);
                }
                // .NET's limits: an index or a width of a million or more is a bad format.
                if index.len() > 6 || align.unsigned_abs() >= 1_000_000 {
                    return Err(CompositeError::Format);
                }
                let i: usize = index.parse().map_err(|_| CompositeError::Index)?;
                let arg = *args.get(i).ok_or(CompositeError::Index)?;
                let text = format_arg(arg, &spec).map_err(CompositeError::Spec)?;
                let width = text.encode_utf16().count();
                let pad = (align.unsigned_abs() as usize).saturating_sub(width);
                if align > 0 {
                    out.push_str(&" ".repeat(pad));
                }
                out.push_str(&text);
                if align < 0 {
                    out.push_str(&" ".repeat(pad));
                }
            }
            c => out.push(c),
        }
    }
    Ok(())
}

/// The formatted string, or `None` with a FormatException pending.
fn composite_word(format: Word, args: &[Word], param: &str) -> Option<String> {
    let mut out = String::new();
    composite_into(format, args, param, &mut out).then_some(out)
}

/// Formats into `out`; false with an exception pending (`out` then holds the text before the
/// failing item).
fn composite_into(format: Word, args: &[Word], param: &str, out: &mut String) -> bool {
    if is_null(format) {
        exc::throw_argument_null(param);
        return false;
    }
    let _roots = crate::gc::root(args);
    match composite(unsafe { as_str(format) }, args, out) {
        Ok(()) => true,
        Err(e) => {
            let m = match e {
                CompositeError::Format => BAD_FORMAT,
                CompositeError::Index => INDEX_RANGE,
                CompositeError::Spec(b) => b.0,
            };
            exc::throw_new(&FORMAT, Some(m));
            false
        }
    }
}

fn format_to_string(format: Word, args: &[Word]) -> Word {
    match composite_word(format, args, "format") {
        Some(s) => new_string(&s),
        None => 0,
    }
}

extern "C" fn format1(f: Word, a: Word) -> Word {
    format_to_string(f, &[a])
}

extern "C" fn format2(f: Word, a: Word, b: Word) -> Word {
    format_to_string(f, &[a, b])
}

extern "C" fn format3(f: Word, a: Word, b: Word, c: Word) -> Word {
    format_to_string(f, &[a, b, c])
}

extern "C" fn format_array(f: Word, args: Word) -> Word {
    match crate::collections::sequence_items(args) {
        Some((_, items)) => format_to_string(f, &items),
        None => exc::throw_argument_null("args"),
    }
}

fn write(format: Word, args: &[Word], line: bool) -> Word {
    if let Some(mut s) = composite_word(format, args, "format") {
        if line {
            s.push('\n');
        }
        crate::console::write_stdout(&s);
    }
    0
}

extern "C" fn write_line1(f: Word, a: Word) -> Word {
    write(f, &[a], true)
}
extern "C" fn write_line2(f: Word, a: Word, b: Word) -> Word {
    write(f, &[a, b], true)
}
extern "C" fn write_line3(f: Word, a: Word, b: Word, c: Word) -> Word {
    write(f, &[a, b, c], true)
}
extern "C" fn write1(f: Word, a: Word) -> Word {
    write(f, &[a], false)
}
extern "C" fn write2(f: Word, a: Word, b: Word) -> Word {
    write(f, &[a, b], false)
}
extern "C" fn write3(f: Word, a: Word, b: Word, c: Word) -> Word {
    write(f, &[a, b, c], false)
}

fn write_array(f: Word, args: Word, line: bool) -> Word {
    match crate::collections::sequence_items(args) {
        Some((_, items)) => write(f, &items, line),
        // A null array prints the format as it is, as .NET does.
        None => write(f, &[], line),
    }
}

extern "C" fn write_line_array(f: Word, args: Word) -> Word {
    write_array(f, args, true)
}
extern "C" fn write_array_entry(f: Word, args: Word) -> Word {
    write_array(f, args, false)
}

/// `sb.AppendFormat(format, args)`: the builder, or 0 with an exception pending (the text
/// before a malformed item stays appended, as in .NET).
fn append_format(sb: Word, format: Word, args: &[Word]) -> Word {
    if is_null(sb) {
        return exc::throw_null_reference();
    }
    let _root = crate::gc::root(&[sb]);
    let mut out = String::new();
    let ok = composite_into(format, args, "format", &mut out);
    // The exception stays pending across the append, which allocates no object.
    let failed = crate::pending::take();
    let r = crate::builder::append_text(sb, &out);
    if !ok {
        return crate::pending::throw(failed);
    }
    r
}

extern "C" fn append_format1(sb: Word, f: Word, a: Word) -> Word {
    append_format(sb, f, &[a])
}
extern "C" fn append_format2(sb: Word, f: Word, a: Word, b: Word) -> Word {
    append_format(sb, f, &[a, b])
}
extern "C" fn append_format3(sb: Word, f: Word, a: Word, b: Word, c: Word) -> Word {
    append_format(sb, f, &[a, b, c])
}
extern "C" fn append_format_array(sb: Word, f: Word, args: Word) -> Word {
    match crate::collections::sequence_items(args) {
        Some((_, items)) => append_format(sb, f, &items),
        None => exc::throw_argument_null("args"),
    }
}

pub(super) fn entries() -> Vec<Entry> {
    vec![
        e(
            "StringBuilder.AppendFormat(string, object)",
            append_format1 as F3,
        ),
        e(
            "StringBuilder.AppendFormat(string, object, object)",
            append_format2 as F4,
        ),
        e(
            "StringBuilder.AppendFormat(string, object, object, object)",
            append_format3 as F5,
        ),
        e(
            "StringBuilder.AppendFormat(string, params object[])",
            append_format_array as F3,
        ),
        e("string.Format(string, object)", format1 as F2),
        e("string.Format(string, object, object)", format2 as F3),
        e(
            "string.Format(string, object, object, object)",
            format3 as F4,
        ),
        e("string.Format(string, params object[])", format_array as F2),
        e("Console.WriteLine(string, object)", write_line1 as F2),
        e(
            "Console.WriteLine(string, object, object)",
            write_line2 as F3,
        ),
        e(
            "Console.WriteLine(string, object, object, object)",
            write_line3 as F4,
        ),
        e(
            "Console.WriteLine(string, params object[])",
            write_line_array as F2,
        ),
        e(
            "Console.Write(string, params object[])",
            write_array_entry as F2,
        ),
        e("Console.Write(string, object)", write1 as F2),
        e("Console.Write(string, object, object)", write2 as F3),
        e(
            "Console.Write(string, object, object, object)",
            write3 as F4,
        ),
    ]
}
