//! Standard and custom numeric formats as .NET prints them under the invariant culture (the
//! expected strings are .NET 8's).

use unawait_runtime::numfmt::format_value;
use unawait_runtime::object::ElemKind;

fn int(v: i32, spec: &str) -> String {
    format_value(v as i64 as u64, ElemKind::I32, spec).unwrap_or_else(|b| format!("!{}", b.0))
}

fn long(v: i64, spec: &str) -> String {
    format_value(v as u64, ElemKind::I64, spec).unwrap_or_else(|b| format!("!{}", b.0))
}

fn dbl(v: f64, spec: &str) -> String {
    format_value(v.to_bits(), ElemKind::F64, spec).unwrap_or_else(|b| format!("!{}", b.0))
}

#[test]
fn integers() {
    let cases = [
        (int(42, "D5"), "00042"),
        (int(-42, "D5"), "-00042"),
        (int(255, "X"), "FF"),
        (int(-1, "x"), "ffffffff"),
        (long(-1, "X"), "FFFFFFFFFFFFFFFF"),
        (int(1234567, "N0"), "1,234,567"),
        (int(-1234, "N"), "-1,234.00"),
        (int(7, "F3"), "7.000"),
        (int(12345, "E2"), "1.23E+004"),
        (int(5, "P0"), "500 %"),
        (int(-5, "C"), "(¤5.00)"),
        (int(42, "G"), "42"),
        (int(7, "000"), "007"),
        (long(1234567, "#,##0"), "1,234,567"),
        (int(0, "#"), ""),
        (int(1, "Q"), "!Format specifier was invalid."),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn doubles() {
    let cases = [
        (dbl(1.23456, "F2"), "1.23"),
        (dbl(2.5, "F0"), "3"),
        (dbl(-2.5, "F0"), "-3"),
        (dbl(-0.001, "F2"), "-0.00"),
        (dbl(1234.5678, "N1"), "1,234.6"),
        (dbl(0.00042, "e3"), "4.200e-004"),
        (dbl(1234.5678, "G3"), "1.23E+03"),
        (dbl(0.0001234, "G2"), "0.00012"),
        (dbl(0.1 + 0.2, "R"), "0.30000000000000004"),
        (dbl(0.5, "P1"), "50.0 %"),
        (dbl(1234.567, "0.00"), "1234.57"),
        (dbl(1234.567, "#,##0.0"), "1,234.6"),
        (dbl(0.5, "0.##"), "0.5"),
        (dbl(f64::INFINITY, "F2"), "∞"),
        (dbl(1.5, "D2"), "!Format specifier was invalid."),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}
