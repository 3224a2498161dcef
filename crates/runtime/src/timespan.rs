//! `System.TimeSpan`: a value whose word is its ticks (100 ns, an `i64`). Its members, .NET's
//! formats (`c`, `g`, `G` and the custom ones), its box (`ElemKind::TimeSpan`), and the
//! `TimeSpan` overloads of the task library, which run the millisecond ones.

use crate::exception::{self as exc, ARGUMENT, ARGUMENT_OUT_OF_RANGE, INVALID_CAST, OVERFLOW};
use crate::numfmt::Bad;
use crate::object::{is_null, ElemKind, Word};
use crate::string::{as_str, new_string};
use crate::{entry, Entry, EntryFn, Extra, F0, F1, F2, F3, F4, F5};

const PER_MS: i64 = 10_000;
const PER_SECOND: i64 = 10_000_000;
const PER_MINUTE: i64 = 600_000_000;
const PER_HOUR: i64 = 36_000_000_000;
const PER_DAY: i64 = 864_000_000_000;

const TOO_LONG: &str = "TimeSpan overflowed because the duration is too long.";

fn ticks(w: Word) -> i64 {
    w as i64
}

fn word(t: i64) -> Word {
    t as Word
}

fn overflow(m: &str) -> Word {
    exc::throw_new(&OVERFLOW, Some(m))
}

// ---- Formats -----------------------------------------------------------------------------------

/// .NET's "c": `[-][d.]hh:mm:ss[.fffffff]`.
pub(crate) fn constant(t: i64) -> String {
    let neg = t < 0;
    let u = t.unsigned_abs();
    let (days, rest) = (u / PER_DAY as u64, u % PER_DAY as u64);
    let (h, m, s, f) = parts(rest);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if days > 0 {
        out.push_str(&format!("{days}."));
    }
    out.push_str(&format!("{h:02}:{m:02}:{s:02}"));
    if f > 0 {
        out.push_str(&format!(".{f:07}"));
    }
    out
}

/// Hours, minutes, seconds and ticks of a part of a day.
fn parts(rest: u64) -> (u64, u64, u64, u64) {
    (
        rest / PER_HOUR as u64,
        rest / PER_MINUTE as u64 % 60,
        rest / PER_SECOND as u64 % 60,
        rest % PER_SECOND as u64,
    )
}

/// "g" (`[-][d:]h:mm:ss[.FFFFFFF]`) and "G" (`[-]d:hh:mm:ss.fffffff`), the invariant culture's.
fn general(t: i64, long: bool) -> String {
    let neg = t < 0;
    let u = t.unsigned_abs();
    let (days, rest) = (u / PER_DAY as u64, u % PER_DAY as u64);
    let (h, m, s, f) = parts(rest);
    let sign = if neg { "-" } else { "" };
    if long {
        return format!("{sign}{days}:{h:02}:{m:02}:{s:02}.{f:07}");
    }
    let mut out = sign.to_string();
    if days > 0 {
        out.push_str(&format!("{days}:"));
    }
    out.push_str(&format!("{h}:{m:02}:{s:02}"));
    if f > 0 {
        out.push_str(&format!(".{}", format!("{f:07}").trim_end_matches('0')));
    }
    out
}

const BAD: Bad = Bad("Input string was not in a correct format.");

/// A custom format (`hh\:mm\:ss`, `%d`, `'days'`): .NET's `TimeSpanFormat.FormatCustomized`.
/// The sign is never printed (a format that wants one quotes a `-`).
fn custom(t: i64, f: &str) -> Result<String, Bad> {
    let u = t.unsigned_abs();
    let (days, rest) = (u / PER_DAY as u64, u % PER_DAY as u64);
    let (h, m, s, frac) = parts(rest);
    let chars: Vec<char> = f.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..].iter().take_while(|&&d| d == c).count();
        match c {
            'h' | 'm' | 's' => {
                if run > 2 {
                    return Err(BAD);
                }
                let v = match c {
                    'h' => h,
                    'm' => m,
                    _ => s,
                };
                out.push_str(&format!("{v:0run$}"));
                i += run;
            }
            'd' => {
                if run > 8 {
                    return Err(BAD);
                }
                out.push_str(&format!("{days:0run$}"));
                i += run;
            }
            'f' | 'F' => {
                if run > 7 {
                    return Err(BAD);
                }
                let digits = format!("{frac:07}");
                let mut part = digits[..run].to_string();
                if c == 'F' {
                    part = part.trim_end_matches('0').to_string();
                }
                out.push_str(&part);
                i += run;
            }
            '\'' | '"' => {
                let end = chars[i + 1..].iter().position(|&d| d == c).ok_or(BAD)?;
                out.extend(&chars[i + 1..i + 1 + end]);
                i += end + 2;
            }
            '\\' => {
                out.push(*chars.get(i + 1).ok_or(BAD)?);
                i += 2;
            }
            '%' => {
                // `%d`: one specifier alone; `%%` is an error.
                match chars.get(i + 1) {
                    Some(&n) if n != '%' => {
                        let one = custom(t, &n.to_string())?;
                        out.push_str(&one);
                        i += 2;
                    }
                    _ => return Err(BAD),
                }
            }
            _ => return Err(BAD),
        }
    }
    Ok(out)
}

/// `ts.ToString(format)`, also `{ts:format}` in composite formats.
pub(crate) fn format(t: i64, spec: &str) -> Result<String, Bad> {
    match spec {
        "" | "c" | "t" | "T" => Ok(constant(t)),
        "g" => Ok(general(t, false)),
        "G" => Ok(general(t, true)),
        _ if spec.chars().count() == 1 => Err(BAD),
        _ => custom(t, spec),
    }
}

// ---- Members -----------------------------------------------------------------------------------

extern "C" fn new_ticks(t: Word) -> Word {
    t
}

/// The constructors' total: ArgumentOutOfRangeException (no parameter) when it is too long.
fn from_total(total: i128, per: i64) -> Word {
    let t = total * per as i128;
    if t > i64::MAX as i128 || t < i64::MIN as i128 {
        return crate::pending::throw(exc::new_exception(&ARGUMENT_OUT_OF_RANGE, Some(TOO_LONG)));
    }
    word(t as i64)
}

fn int(w: Word) -> i128 {
    w as u32 as i32 as i128
}

extern "C" fn new_hms(h: Word, m: Word, s: Word) -> Word {
    from_total(int(h) * 3600 + int(m) * 60 + int(s), PER_SECOND)
}

extern "C" fn new_dhms(d: Word, h: Word, m: Word, s: Word) -> Word {
    from_total(
        int(d) * 86400 + int(h) * 3600 + int(m) * 60 + int(s),
        PER_SECOND,
    )
}

extern "C" fn new_dhmsms(d: Word, h: Word, m: Word, s: Word, ms: Word) -> Word {
    from_total(
        (int(d) * 86400 + int(h) * 3600 + int(m) * 60 + int(s)) * 1000 + int(ms),
        PER_MS,
    )
}

extern "C" fn zero() -> Word {
    0
}
extern "C" fn max_value() -> Word {
    word(i64::MAX)
}
extern "C" fn min_value() -> Word {
    word(i64::MIN)
}

/// .NET's `Interval`: the value times the scale, truncated to ticks.
fn interval(v: Word, scale: i64) -> Word {
    let v = f64::from_bits(v);
    if v.is_nan() {
        return exc::throw_new(
            &ARGUMENT,
            Some("TimeSpan does not accept floating point Not-a-Number values."),
        );
    }
    let t = v * scale as f64;
    if t > i64::MAX as f64 || t < i64::MIN as f64 {
        return overflow(TOO_LONG);
    }
    if t == i64::MAX as f64 {
        return word(i64::MAX);
    }
    word(t as i64)
}

extern "C" fn from_ms(v: Word) -> Word {
    interval(v, PER_MS)
}
extern "C" fn from_seconds(v: Word) -> Word {
    interval(v, PER_SECOND)
}
extern "C" fn from_minutes(v: Word) -> Word {
    interval(v, PER_MINUTE)
}
extern "C" fn from_hours(v: Word) -> Word {
    interval(v, PER_HOUR)
}
extern "C" fn from_days(v: Word) -> Word {
    interval(v, PER_DAY)
}

extern "C" fn days(t: Word) -> Word {
    (ticks(t) / PER_DAY) as i32 as i64 as Word
}
extern "C" fn hours(t: Word) -> Word {
    (ticks(t) / PER_HOUR % 24) as Word
}
extern "C" fn minutes(t: Word) -> Word {
    (ticks(t) / PER_MINUTE % 60) as Word
}
extern "C" fn seconds(t: Word) -> Word {
    (ticks(t) / PER_SECOND % 60) as Word
}
extern "C" fn milliseconds(t: Word) -> Word {
    (ticks(t) / PER_MS % 1000) as Word
}

fn total(t: Word, per: i64) -> Word {
    (ticks(t) as f64 / per as f64).to_bits()
}
extern "C" fn total_days(t: Word) -> Word {
    total(t, PER_DAY)
}
extern "C" fn total_hours(t: Word) -> Word {
    total(t, PER_HOUR)
}
extern "C" fn total_minutes(t: Word) -> Word {
    total(t, PER_MINUTE)
}
extern "C" fn total_seconds(t: Word) -> Word {
    total(t, PER_SECOND)
}
/// Clamped to the milliseconds a `TimeSpan` can hold, as .NET's.
extern "C" fn total_ms(t: Word) -> Word {
    let max = (i64::MAX / PER_MS) as f64;
    let min = (i64::MIN / PER_MS) as f64;
    (ticks(t) as f64 / PER_MS as f64).clamp(min, max).to_bits()
}

extern "C" fn add(a: Word, b: Word) -> Word {
    match ticks(a).checked_add(ticks(b)) {
        Some(t) => word(t),
        None => overflow(TOO_LONG),
    }
}
extern "C" fn subtract(a: Word, b: Word) -> Word {
    match ticks(a).checked_sub(ticks(b)) {
        Some(t) => word(t),
        None => overflow(TOO_LONG),
    }
}
extern "C" fn negate(a: Word) -> Word {
    match ticks(a).checked_neg() {
        Some(t) => word(t),
        None => overflow("Negating the minimum value of a twos complement number is invalid."),
    }
}
extern "C" fn duration(a: Word) -> Word {
    match ticks(a).checked_abs() {
        Some(t) => word(t),
        None => overflow(
            "The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.",
        ),
    }
}
extern "C" fn compare(a: Word, b: Word) -> Word {
    ticks(a).cmp(&ticks(b)) as i32 as i64 as Word
}
extern "C" fn equals(a: Word, b: Word) -> Word {
    Word::from(a == b)
}

extern "C" fn to_str(t: Word) -> Word {
    new_string(&constant(ticks(t)))
}

extern "C" fn to_string_format(t: Word, f: Word) -> Word {
    let spec = if is_null(f) { "" } else { unsafe { as_str(f) } };
    match format(ticks(t), spec) {
        Ok(s) => new_string(&s),
        Err(b) => exc::throw_new(&exc::FORMAT, Some(b.0)),
    }
}

extern "C" fn box_timespan(t: Word) -> Word {
    crate::collections::box_value(t, ElemKind::TimeSpan)
}

/// `(TimeSpan)o`: only a box of a `TimeSpan` unboxes to one.
extern "C" fn unbox_timespan(o: Word) -> Word {
    if is_null(o) {
        return exc::throw_null_reference();
    }
    match crate::collections::unboxed(o) {
        (v, ElemKind::TimeSpan) => v,
        _ => {
            let from = unsafe { crate::object::desc_of(o) }.name;
            let m = format!("Unable to cast object of type '{from}' to type 'System.TimeSpan'.");
            exc::throw_new(&INVALID_CAST, Some(&m))
        }
    }
}

// ---- The task library's TimeSpan overloads -------------------------------------------------------

/// A timeout or delay in whole milliseconds (.NET truncates `TotalMilliseconds`): -1 (infinite)
/// up to `int.MaxValue`, else ArgumentOutOfRangeException for parameter `param`.
pub(crate) fn millis(t: Word, message: Option<&str>, param: &str) -> Result<Word, Word> {
    let ms = ticks(t) / PER_MS;
    if !(-1..=i32::MAX as i64).contains(&ms) {
        return Err(crate::pending::throw(exc::new_with_param(
            &ARGUMENT_OUT_OF_RANGE,
            message,
            param,
        )));
    }
    Ok(ms as i32 as i64 as Word)
}

const BAD_DELAY: Option<&str> = Some(
    "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.",
);
const BAD_TIMEOUT: Option<&str> =
    Some("The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");

extern "C" fn delay(t: Word) -> Word {
    match millis(t, BAD_DELAY, "delay") {
        Ok(ms) => crate::cancel::delay(ms, 0),
        Err(e) => e,
    }
}
extern "C" fn delay_token(t: Word, token: Word) -> Word {
    match millis(t, BAD_DELAY, "delay") {
        Ok(ms) => crate::cancel::delay(ms, token),
        Err(e) => e,
    }
}
extern "C" fn cancel_after(source: Word, t: Word) -> Word {
    match millis(t, None, "delay") {
        Ok(ms) => crate::cancel::cancel_after(source, ms),
        Err(e) => e,
    }
}

extern "C" fn new_source(t: Word) -> Word {
    match millis(t, None, "delay") {
        Ok(ms) => crate::tasklib::new_source_after(ms),
        Err(e) => e,
    }
}
extern "C" fn semaphore_wait(s: Word, t: Word, site: Word) -> Word {
    match millis(t, BAD_TIMEOUT, "timeout") {
        Ok(ms) => crate::sync::wait_timeout(s, ms, site),
        Err(e) => e,
    }
}
extern "C" fn semaphore_wait_async(s: Word, t: Word) -> Word {
    match millis(t, BAD_TIMEOUT, "timeout") {
        Ok(ms) => crate::sync::wait_async_timeout(s, ms),
        Err(e) => e,
    }
}

fn e<F: EntryFn>(name: &'static str, f: F) -> Entry {
    entry(name, f, Extra::None)
}

pub(crate) fn entries() -> Vec<Entry> {
    vec![
        e("TimeSpan.TimeSpan(long)", new_ticks as F1).nothrow(),
        e("TimeSpan.TimeSpan(int, int, int)", new_hms as F3),
        e("TimeSpan.TimeSpan(int, int, int, int)", new_dhms as F4),
        e(
            "TimeSpan.TimeSpan(int, int, int, int, int)",
            new_dhmsms as F5,
        ),
        e("TimeSpan.Zero", zero as F0).nothrow(),
        e("TimeSpan.MaxValue", max_value as F0).nothrow(),
        e("TimeSpan.MinValue", min_value as F0).nothrow(),
        e("TimeSpan.FromTicks(long)", new_ticks as F1).nothrow(),
        e("TimeSpan.FromMilliseconds(double)", from_ms as F1),
        e("TimeSpan.FromSeconds(double)", from_seconds as F1),
        e("TimeSpan.FromMinutes(double)", from_minutes as F1),
        e("TimeSpan.FromHours(double)", from_hours as F1),
        e("TimeSpan.FromDays(double)", from_days as F1),
        e("TimeSpan.Ticks", new_ticks as F1).nothrow(),
        e("TimeSpan.Days", days as F1).nothrow(),
        e("TimeSpan.Hours", hours as F1).nothrow(),
        e("TimeSpan.Minutes", minutes as F1).nothrow(),
        e("TimeSpan.Seconds", seconds as F1).nothrow(),
        e("TimeSpan.Milliseconds", milliseconds as F1).nothrow(),
        e("TimeSpan.TotalDays", total_days as F1).nothrow(),
        e("TimeSpan.TotalHours", total_hours as F1).nothrow(),
        e("TimeSpan.TotalMinutes", total_minutes as F1).nothrow(),
        e("TimeSpan.TotalSeconds", total_seconds as F1).nothrow(),
        e("TimeSpan.TotalMilliseconds", total_ms as F1).nothrow(),
        e("TimeSpan.Add(TimeSpan)", add as F2),
        e("TimeSpan.Subtract(TimeSpan)", subtract as F2),
        e("TimeSpan.Negate()", negate as F1),
        e("TimeSpan.Duration()", duration as F1),
        e("TimeSpan.CompareTo(TimeSpan)", compare as F2).nothrow(),
        e("TimeSpan.Compare(TimeSpan, TimeSpan)", compare as F2).nothrow(),
        e("TimeSpan.Equals(TimeSpan)", equals as F2).nothrow(),
        e("TimeSpan.Equals(TimeSpan, TimeSpan)", equals as F2).nothrow(),
        e("TimeSpan.ToString()", to_str as F1).nothrow(),
        e("TimeSpan.ToString(string)", to_string_format as F2),
        e("timespan.to_str", to_str as F1).nothrow(),
        e("box.timespan", box_timespan as F1),
        e("unbox.timespan", unbox_timespan as F1),
        e("Task.Delay(TimeSpan)", delay as F1),
        e("Task.Delay(TimeSpan, CancellationToken)", delay_token as F2),
        e(
            "CancellationTokenSource.CancelAfter(TimeSpan)",
            cancel_after as F2,
        ),
        e(
            "CancellationTokenSource.CancellationTokenSource(TimeSpan)",
            new_source as F1,
        ),
        entry(
            "SemaphoreSlim.Wait(TimeSpan)",
            semaphore_wait as F3,
            Extra::Site,
        ),
        e(
            "SemaphoreSlim.WaitAsync(TimeSpan)",
            semaphore_wait_async as F2,
        ),
    ]
}
