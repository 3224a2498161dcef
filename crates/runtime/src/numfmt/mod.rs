//! Format strings as .NET reads them under the invariant culture: standard numeric formats
//! (`D3`, `F2`, `N0`, `X8`, `E`, `G`, `P`), simple custom ones (`0.00`, `#,##0`), composite
//! formatting (`{0,-5:F2}`, `{{`), and parsing (`int.Parse`, `double.Parse`).
//!
//! Rounding: a value is written with enough digits first, then rounded half away from zero on
//! its decimal digits, as .NET does.

mod composite;
mod parse;
mod single;
pub(crate) use single::float_hash;
mod unsigned;
pub(crate) use parse::try_parse_double;

use crate::exception::{self as exc, FORMAT};
use crate::object::{ElemKind, Word};
use crate::string::{as_str, new_string, to_string_of};
use crate::{entry, Entry, EntryFn, Extra, F2};

/// A format string .NET rejects: FormatException with this message.
pub struct Bad(pub &'static str);

const BAD_SPEC: Bad = Bad("Format specifier was invalid.");

/// The number behind a word of kind `kind`, when the kind formats with specifiers.
enum Num {
    Int(i128, u32),
    Real(f64),
}

fn num(w: Word, kind: ElemKind) -> Option<Num> {
    Some(match kind {
        ElemKind::I32 => Num::Int(w as u32 as i32 as i128, 32),
        ElemKind::Byte | ElemKind::SByte => Num::Int(w as u32 as i32 as i128, 8),
        ElemKind::Short | ElemKind::UShort => Num::Int(w as u32 as i32 as i128, 16),
        ElemKind::I64 => Num::Int(w as i64 as i128, 64),
        ElemKind::UInt => Num::Int(w as u32 as i128, 32),
        ElemKind::ULong => Num::Int(w as i128, 64),
        ElemKind::F64 | ElemKind::Float => Num::Real(f64::from_bits(w)),
        _ => return None,
    })
}

/// `value.ToString(format)` of a value of `kind`; `None` format is `ToString()`.
pub fn format_value(w: Word, kind: ElemKind, spec: &str) -> Result<String, Bad> {
    if kind == ElemKind::TimeSpan {
        return crate::timespan::format(w as i64, spec);
    }
    // An enum: `G` (its name, the default), `D` (its number), `X` (eight hex digits).
    if matches!(
        kind,
        ElemKind::TaskStatus
            | ElemKind::TaskCreationOptions
            | ElemKind::TaskContinuationOptions
            | ElemKind::StringComparison
    ) {
        let v = w as u32 as i32;
        return match spec {
            "" | "G" | "g" | "F" | "f" => Ok(to_string_of(w, kind)),
            "D" | "d" => Ok(v.to_string()),
            "X" => Ok(format!("{:08X}", v as u32)),
            "x" => Ok(format!("{:08x}", v as u32)),
            _ => Err(Bad("Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".")),
        };
    }
    // A `float`'s general format is its own shortest round-trip form.
    if kind == ElemKind::Float && matches!(spec, "G" | "g" | "R" | "r") {
        return Ok(to_string_of(w, kind));
    }
    match num(w, kind) {
        Some(n) if !spec.is_empty() => format_num(n, spec),
        _ => Ok(to_string_of(w, kind)),
    }
}

fn format_num(n: Num, spec: &str) -> Result<String, Bad> {
    let mut chars = spec.chars();
    let letter = chars.next().unwrap_or('G');
    let rest = chars.as_str();
    let standard =
        letter.is_ascii_alphabetic() && rest.len() <= 9 && rest.chars().all(|c| c.is_ascii_digit());
    if !standard {
        return Ok(custom(n, spec));
    }
    let precision: Option<usize> = if rest.is_empty() {
        None
    } else {
        rest.parse().ok()
    };
    match (letter.to_ascii_uppercase(), n) {
        ('D', Num::Int(v, _)) => {
            let digits = v.unsigned_abs().to_string();
            let pad = precision.unwrap_or(0).saturating_sub(digits.len());
            Ok(format!(
                "{}{}{digits}",
                if v < 0 { "-" } else { "" },
                "0".repeat(pad)
            ))
        }
        ('X', Num::Int(v, bits)) => {
            let u = match bits {
                8 => v as u8 as u128,
                16 => v as u16 as u128,
                32 => v as i32 as u32 as u128,
                _ => v as i64 as u64 as u128,
            };
            let mut s = format!("{u:x}");
            if letter == 'X' {
                s = s.to_uppercase();
            }
            let pad = precision.unwrap_or(0).saturating_sub(s.len());
            Ok("0".repeat(pad) + &s)
        }
        ('D' | 'X', Num::Real(_)) => Err(BAD_SPEC),
        ('F', n) => Ok(fixed(n, precision.unwrap_or(2), false)),
        ('N', n) => Ok(fixed(n, precision.unwrap_or(2), true)),
        ('P', n) => {
            let scaled = match n {
                Num::Int(v, _) => Num::Real(v as f64 * 100.0),
                Num::Real(d) => Num::Real(d * 100.0),
            };
            Ok(fixed(scaled, precision.unwrap_or(2), true) + " %")
        }
        ('E', n) => Ok(scientific(n, precision.unwrap_or(6), letter == 'e')),
        // The invariant culture's currency: `¤1,234.50`, negative `(¤1,234.50)`.
        ('C', n) => {
            let neg = match &n {
                Num::Int(v, _) => *v < 0,
                Num::Real(d) => *d < 0.0,
            };
            let abs = match n {
                Num::Int(v, b) => Num::Int(v.abs(), b),
                Num::Real(d) => Num::Real(d.abs()),
            };
            let body = fixed(abs, precision.unwrap_or(2), true);
            Ok(if neg {
                format!("(¤{body})")
            } else {
                format!("¤{body}")
            })
        }
        ('G' | 'R', Num::Int(v, _)) if precision.is_none_or(|p| p == 0) => Ok(v.to_string()),
        ('G' | 'R', Num::Real(d)) if precision.is_none_or(|p| p == 0) || letter == 'R' => {
            Ok(crate::format::format_double(d))
        }
        ('G', n) => Ok(general(n, precision.unwrap_or(0), letter == 'g')),
        _ => Err(BAD_SPEC),
    }
}

/// Decimal digits of |n| with `frac` digits after the point, rounded half away from zero:
/// (integer digits, fraction digits, negative).
fn digits(n: &Num, frac: usize) -> (String, String, bool) {
    match n {
        Num::Int(v, _) => (v.unsigned_abs().to_string(), "0".repeat(frac), *v < 0),
        Num::Real(d) => {
            let neg = d.is_sign_negative();
            let wide = format!("{:.*}", frac + 25, d.abs());
            let (int, fr) = wide.split_once('.').unwrap_or((&wide, ""));
            let mut all: Vec<u8> = int.bytes().chain(fr.bytes().take(frac)).collect();
            let up = fr.as_bytes().get(frac).is_some_and(|&c| c >= b'5');
            if up {
                let mut i = all.len();
                loop {
                    if i == 0 {
                        all.insert(0, b'1');
                        break;
                    }
                    i -= 1;
                    if all[i] == b'9' {
                        all[i] = b'0';
                    } else {
                        all[i] += 1;
                        break;
                    }
                }
            }
            let split = all.len() - frac;
            let s = String::from_utf8(all).unwrap_or_default();
            (s[..split].to_string(), s[split..].to_string(), neg)
        }
    }
}

fn group(int: &str) -> String {
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn special(n: &Num) -> Option<String> {
    match n {
        Num::Real(d) if !d.is_finite() => Some(crate::format::format_double(*d)),
        _ => None,
    }
}

fn fixed(n: Num, frac: usize, grouped: bool) -> String {
    if let Some(s) = special(&n) {
        return s;
    }
    let (int, fr, neg) = digits(&n, frac);
    let int = if grouped { group(&int) } else { int };
    let mut s = String::new();
    // .NET Core 3.0+ keeps the sign of a negative value that rounds to zero.
    if neg {
        s.push('-');
    }
    s.push_str(&int);
    if frac > 0 {
        s.push('.');
        s.push_str(&fr);
    }
    s
}

/// `d.ddddE+ddd` with `frac` digits after the point.
fn scientific(n: Num, frac: usize, lower: bool) -> String {
    if let Some(s) = special(&n) {
        return s;
    }
    let (mant, exp, neg) = sci_digits(&n, frac + 1);
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push_str(&mant[..1]);
    if frac > 0 {
        s.push('.');
        s.push_str(&mant[1..]);
    }
    s.push(if lower { 'e' } else { 'E' });
    s.push(if exp < 0 { '-' } else { '+' });
    s.push_str(&format!("{:03}", exp.unsigned_abs()));
    s
}

/// `count` significant digits of |n| (rounded half away from zero) and the decimal exponent of
/// the first one.
fn sci_digits(n: &Num, count: usize) -> (String, i32, bool) {
    let (neg, wide) = match n {
        Num::Int(v, _) => (
            *v < 0,
            format!("{:.*e}", count + 25, v.unsigned_abs() as f64),
        ),
        Num::Real(d) => (d.is_sign_negative(), format!("{:.*e}", count + 25, d.abs())),
    };
    // Exact for integers: their own digits.
    let (mant, exp) = match n {
        Num::Int(v, _) => {
            let s = v.unsigned_abs().to_string();
            let exp = s.len() as i32 - 1;
            (s + &"0".repeat(count + 25), exp)
        }
        _ => {
            let (m, e) = wide.split_once('e').unwrap_or((&wide, "0"));
            (m.replace('.', ""), e.parse::<i32>().unwrap_or(0))
        }
    };
    if mant.bytes().all(|c| c == b'0') {
        return ("0".repeat(count), 0, neg);
    }
    let mut all: Vec<u8> = mant.bytes().take(count).collect();
    let mut exp = exp;
    if mant.as_bytes().get(count).is_some_and(|&c| c >= b'5') {
        let mut i = all.len();
        loop {
            if i == 0 {
                all.insert(0, b'1');
                all.pop();
                exp += 1;
                break;
            }
            i -= 1;
            if all[i] == b'9' {
                all[i] = b'0';
            } else {
                all[i] += 1;
                break;
            }
        }
    }
    (String::from_utf8(all).unwrap_or_default(), exp, neg)
}

/// `G` with a precision: that many significant digits, fixed notation when the exponent is
/// at least -5 and below the precision, trailing zeros dropped.
fn general(n: Num, precision: usize, lower: bool) -> String {
    if let Some(s) = special(&n) {
        return s;
    }
    let (mant, exp, neg) = sci_digits(&n, precision);
    let mant = mant.trim_end_matches('0');
    let mant = if mant.is_empty() { "0" } else { mant };
    let mut s = String::new();
    if neg && mant != "0" {
        s.push('-');
    }
    if exp >= -5 && exp < precision as i32 {
        if exp < 0 {
            s.push_str("0.");
            s.push_str(&"0".repeat((-exp - 1) as usize));
            s.push_str(mant);
        } else {
            let e = exp as usize;
            if mant.len() > e + 1 {
                s.push_str(&mant[..=e]);
                s.push('.');
                s.push_str(&mant[e + 1..]);
            } else {
                s.push_str(mant);
                s.push_str(&"0".repeat(e + 1 - mant.len()));
            }
        }
    } else {
        s.push_str(&mant[..1]);
        if mant.len() > 1 {
            s.push('.');
            s.push_str(&mant[1..]);
        }
        s.push(if lower { 'e' } else { 'E' });
        s.push(if exp < 0 { '-' } else { '+' });
        s.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    s
}

/// Custom formats of the simple kind: `0` and `#` digit places, one `.`, `,` grouping, and
/// literal text around them.
fn custom(n: Num, spec: &str) -> String {
    if let Some(s) = special(&n) {
        return s;
    }
    // No digit placeholder: the text alone (after a sign when the value is negative).
    if !spec.contains(['0', '#']) {
        let negative = match n {
            Num::Int(v, _) => v < 0,
            Num::Real(d) => d < 0.0,
        };
        return if negative {
            format!("-{spec}")
        } else {
            spec.to_string()
        };
    }
    let first = spec.find(['0', '#', '.']).unwrap_or(spec.len());
    let last = spec
        .rfind(['0', '#', '.', ','])
        .map_or(first, |i| i + 1)
        .max(first);
    let (prefix, body, suffix) = (&spec[..first], &spec[first..last], &spec[last..]);
    let (int_pat, frac_pat) = body.split_once('.').unwrap_or((body, ""));
    // A `,` between digit placeholders groups thousands (one after them scales, unsupported).
    let grouped = int_pat.trim_end_matches(',').contains(',');
    let int_min = int_pat
        .trim_start_matches(['#', ','])
        .chars()
        .filter(|&c| c == '0')
        .count();
    let frac_min = frac_pat.chars().take_while(|&c| c == '0').count();
    let frac_max = frac_pat.chars().filter(|&c| c == '0' || c == '#').count();
    let (int, fr, neg) = digits(&n, frac_max);
    let mut fr = fr;
    while fr.len() > frac_min && fr.ends_with('0') {
        fr.pop();
    }
    let int = int.trim_start_matches('0').to_string();
    let int = if int.len() < int_min {
        "0".repeat(int_min - int.len()) + &int
    } else {
        int
    };
    let int = if grouped { group(&int) } else { int };
    let zero = int.chars().all(|c| c == '0' || c == ',') && fr.chars().all(|c| c == '0');
    let mut s = String::new();
    if neg && !zero {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&int);
    if !fr.is_empty() {
        s.push('.');
        s.push_str(&fr);
    }
    s.push_str(suffix);
    s
}

// ---- ToString(format) --------------------------------------------------------------------------

fn to_string_with(w: Word, kind: ElemKind, format: Word) -> Word {
    let spec = unsafe { as_str(format) };
    match format_value(w, kind, spec) {
        Ok(s) => new_string(&s),
        Err(b) => exc::throw_new(&FORMAT, Some(b.0)),
    }
}

extern "C" fn int_to_string(v: Word, f: Word) -> Word {
    to_string_with(v, ElemKind::I32, f)
}
extern "C" fn long_to_string(v: Word, f: Word) -> Word {
    to_string_with(v, ElemKind::I64, f)
}
extern "C" fn double_to_string(v: Word, f: Word) -> Word {
    to_string_with(v, ElemKind::F64, f)
}

fn e<F: EntryFn>(name: &'static str, f: F) -> Entry {
    entry(name, f, Extra::None)
}

pub fn entries() -> Vec<Entry> {
    let mut all = composite::entries();
    all.extend(parse::entries());
    all.extend(unsigned::entries());
    all.extend(single::entries());
    all.extend(vec![
        e("int.ToString(string)", int_to_string as F2),
        e("long.ToString(string)", long_to_string as F2),
        e("double.ToString(string)", double_to_string as F2),
    ]);
    all
}
