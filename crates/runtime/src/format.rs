//! `double.ToString()` as .NET Core 3.0+ prints it: the shortest digits that round-trip, in
//! fixed notation unless the decimal exponent is too large or too small for "G" formatting.
//!
//! The rule is .NET's `Number.FormatDouble` + `FormatGeneral`: with `number.Scale` the position
//! of the point (value = 0.d1d2... * 10^Scale) and `nMaxDigits = max(digit count, 17)`
//! (`DoublePrecision` is 17 since .NET Core 3.0; .NET Framework used 15), scientific notation is
//! used when `Scale > nMaxDigits || Scale < -3`: from 1E+17 up and from 1E-05 down.

/// The text of `d` (format "G", culture en-US): `0.30000000000000004`, `1E+17`, `1E-05`, `-0`,
/// `NaN`, `∞`, `-∞`.
pub fn format_double(d: f64) -> String {
    format_shortest(d, shortest_digits(d.abs()), 17)
}

/// How .NET Core 3.0+ prints a `float`: the shortest digits that round-trip the single value,
/// in scientific notation past a 10^max(digits, 7) scale (`1E+07`, but `16777216`).
pub fn format_float(f: f32) -> String {
    format_shortest(f as f64, shortest_digits_f32(f.abs()), 7)
}

fn format_shortest(d: f64, shortest: (String, i64), min_precision: usize) -> String {
    if d.is_nan() {
        return "NaN".to_string();
    }
    if d.is_infinite() {
        return if d > 0.0 { "∞" } else { "-∞" }.to_string();
    }
    let mut out = String::new();
    // .NET Core 3.0+ keeps the sign of negative zero.
    if d.is_sign_negative() {
        out.push('-');
    }
    if d == 0.0 {
        out.push('0');
        return out;
    }
    let (digits, scale) = shortest;
    let precision = digits.len().max(min_precision) as i64;
    if scale > precision || scale < -3 {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let exp = scale - 1;
        out.push('E');
        out.push(if exp < 0 { '-' } else { '+' });
        // At least two exponent digits: `E+15`, `E-05`, `E+308`.
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    } else if scale <= 0 {
        out.push_str("0.");
        for _ in 0..-scale {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let int_len = scale as usize;
        if digits.len() <= int_len {
            out.push_str(&digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
        } else {
            let (int_part, frac) = digits.split_at(int_len);
            out.push_str(int_part);
            out.push('.');
            out.push_str(frac);
        }
    }
    out
}

fn shortest_digits_f32(f: f32) -> (String, i64) {
    split_exponent(&format!("{f:e}"))
}

/// The shortest round-trip decimal digits of a positive finite `d` (no leading or trailing
/// zeros, never empty) and .NET's `Scale`: value = 0.d1d2... * 10^Scale.
fn shortest_digits(d: f64) -> (String, i64) {
    // Rust's `{:e}` is the shortest round-trip representation (Grisu/Ryu, closest on ties),
    // the same digits .NET Core 3.0+ chooses: `1.2345e-7`.
    split_exponent(&format!("{d:e}"))
}

/// `1.25e-7` as its digits (`125`) and .NET's scale (-6).
fn split_exponent(s: &str) -> (String, i64) {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, exp + 1)
}

#[cfg(test)]
mod tests {
    use super::format_double;

    #[test]
    fn table() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "-0"),
            (1.0, "1"),
            (-60.0, "-60"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e15, "1000000000000000"),
            (1e14, "100000000000000"),
            (1e17, "1E+17"),
            (1e-5, "1E-05"),
            (1e-4, "0.0001"),
            (123456789012345.0, "123456789012345"),
            (1234567890123456.0, "1234567890123456"),
            (9007199254740992.0, "9007199254740992"),
            (1.5e300, "1.5E+300"),
            (f64::MAX, "1.7976931348623157E+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014E-308"),
            (5e-324, "5E-324"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "∞"),
            (f64::NEG_INFINITY, "-∞"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.5, "2.5"),
            (1e16, "10000000000000000"),
            (1.25e-5, "1.25E-05"),
        ];
        for &(d, want) in cases {
            assert_eq!(format_double(d), want, "{d:?}");
        }
    }

    #[test]
    fn floats() {
        let cases: &[(f32, &str)] = &[
            (1.0 / 3.0, "0.33333334"),
            (0.1, "0.1"),
            (1e7, "1E+07"),
            (1e6, "1000000"),
            (16777216.0, "16777216"),
            (1e-5, "1E-05"),
            (1e-4, "0.0001"),
            (f32::MAX, "3.4028235E+38"),
            (-2.5, "-2.5"),
            (123456.79, "123456.79"),
            (1.5e10, "1.5E+10"),
        ];
        for &(f, want) in cases {
            assert_eq!(super::format_float(f), want, "{f:?}");
        }
    }
}
