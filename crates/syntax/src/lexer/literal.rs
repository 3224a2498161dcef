//! Literals whose text needs decoding: numbers (suffixes, separators, overflow), escapes, regular
//! and verbatim strings, and characters.

use super::Driver;
use crate::ast::IntSuffix;
use crate::span::Span;
use crate::token::Token;
use std::rc::Rc;

impl<'s> Driver<'s> {
    pub(super) fn integer(&mut self, text: &str, span: Span) -> Token<'s> {
        let lower = text.to_ascii_lowercase();
        let digits_end = lower.trim_end_matches(['u', 'l']).len();
        let suffix = match &lower[digits_end..] {
            "" => IntSuffix::None,
            "l" => IntSuffix::Long,
            "u" => IntSuffix::Unsigned,
            _ => IntSuffix::UnsignedLong,
        };
        let body: String = lower[..digits_end].chars().filter(|&c| c != '_').collect();
        let (radix, digits) = if let Some(h) = body.strip_prefix("0x") {
            (16, h)
        } else if let Some(b) = body.strip_prefix("0b") {
            (2, b)
        } else {
            (10, body.as_str())
        };
        if digits.is_empty() {
            self.error(
                "CS1013",
                "Invalid number",
                span,
                "a hexadecimal literal needs digits after `0x`, a binary one after `0b`",
            );
            return Token::Integer((0, suffix));
        }
        match u64::from_str_radix(digits, radix) {
            Ok(v) => Token::Integer((v, suffix)),
            Err(_) => {
                self.error(
                    "CS1021",
                    "Integral constant is too large",
                    span,
                    "the largest integer literal is 18446744073709551615 (ulong)",
                );
                Token::Integer((0, suffix))
            }
        }
    }

    pub(super) fn real(&mut self, text: &str, span: Span) -> Token<'s> {
        let last = text.chars().last().unwrap_or('0').to_ascii_lowercase();
        let (body, suffix) = if matches!(last, 'd' | 'f' | 'm') {
            (&text[..text.len() - 1], Some(last))
        } else {
            (text, None)
        };
        let cleaned: String = body.chars().filter(|&c| c != '_').collect();
        if cleaned.ends_with(['e', 'E', '+', '-']) {
            self.error(
                "CS0595",
                "Invalid real literal",
                span,
                "an exponent needs digits: `1.5e3`",
            );
            return Token::Real((0.0, suffix));
        }
        match cleaned.parse::<f64>() {
            Ok(v) if v.is_finite() => Token::Real((v, suffix)),
            _ => {
                self.error(
                    "CS0594",
                    "Floating-point constant is outside the range of type 'double'",
                    span,
                    "double holds values up to about 1.7976931348623157E+308",
                );
                Token::Real((0.0, suffix))
            }
        }
    }

    /// Reads one escape sequence starting after the backslash; returns the char and its length.
    pub(super) fn escape(&mut self, rest: &str, at: usize) -> (Option<char>, usize) {
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            return (None, 0);
        };
        let simple = match c {
            '\'' => Some('\''),
            '"' => Some('"'),
            '\\' => Some('\\'),
            '0' => Some('\0'),
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{C}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\u{B}'),
            _ => None,
        };
        if let Some(s) = simple {
            return (Some(s), 1);
        }
        let (min, max) = match c {
            'u' => (4, 4),
            'U' => (8, 8),
            'x' => (1, 4),
            _ => (0, 0),
        };
        let hex: String = rest[c.len_utf8()..]
            .chars()
            .take(max)
            .take_while(|c| c.is_ascii_hexdigit())
            .collect();
        if max > 0 && hex.len() >= min {
            if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                return (Some(ch), 1 + hex.len());
            }
        }
        let span = Span::new(at - 1, at + c.len_utf8());
        self.error("CS1009", "Unrecognized escape sequence", span, "valid escapes are \\' \\\" \\\\ \\0 \\a \\b \\f \\n \\r \\t \\v \\uXXXX \\xH; write \\\\ for a backslash");
        (None, c.len_utf8())
    }

    /// A regular (`"..."`) or verbatim (`@"..."`) string literal.
    pub(super) fn string(&mut self, start: usize, verbatim: bool) {
        let body_start = self.lex.span().end;
        let rest = self.lex.remainder();
        let mut value = String::new();
        let mut i = 0;
        let bytes = rest.as_bytes();
        let closed = loop {
            let Some(c) = rest[i..].chars().next() else {
                break false;
            };
            match c {
                '"' if verbatim && bytes.get(i + 1) == Some(&b'"') => {
                    value.push('"');
                    i += 2;
                }
                '"' => {
                    i += 1;
                    break true;
                }
                '\\' if !verbatim => {
                    let (ch, len) = self.escape(&rest[i + 1..], body_start + i + 1);
                    value.extend(ch);
                    i += 1 + len;
                }
                '\n' if !verbatim => break false,
                c => {
                    value.push(c);
                    i += c.len_utf8();
                }
            }
        };
        self.lex.bump(i);
        let span = Span::new(start, body_start + i);
        if !closed {
            self.unterminated(span, verbatim);
        }
        self.tokens.push((Token::Str(Rc::from(value)), span));
    }

    pub(super) fn unterminated(&mut self, span: Span, verbatim: bool) {
        let hint = "close the string with `\"` on the same line; write \\n for a line break";
        if verbatim {
            self.error("CS1039", "Unterminated string literal", span, hint)
        } else {
            self.error("CS1010", "Newline in constant", span, hint)
        }
    }

    pub(super) fn char_literal(&mut self, start: usize) {
        let body_start = self.lex.span().end;
        let rest = self.lex.remainder();
        let mut chars = Vec::new();
        let mut i = 0;
        let closed = loop {
            let Some(c) = rest[i..].chars().next() else {
                break false;
            };
            match c {
                '\'' => {
                    i += 1;
                    break true;
                }
                '\n' => break false,
                '\\' => {
                    let (ch, len) = self.escape(&rest[i + 1..], body_start + i + 1);
                    chars.extend(ch);
                    i += 1 + len;
                }
                c => {
                    chars.push(c);
                    i += c.len_utf8();
                }
            }
        };
        self.lex.bump(i);
        let span = Span::new(start, body_start + i);
        if !closed {
            self.error(
                "CS1010",
                "Newline in constant",
                span,
                "close the character literal with `'`; strings use double quotes",
            );
        } else if chars.is_empty() {
            self.error(
                "CS1011",
                "Empty character literal",
                span,
                "write a character between the quotes, or use \"\" for an empty string",
            );
        } else if chars.len() > 1 {
            self.error(
                "CS1012",
                "Too many characters in character literal",
                span,
                "strings use double quotes: \"...\"",
            );
        }
        let c = chars.first().copied().unwrap_or('\0');
        self.tokens.push((Token::CharLit(c), span));
    }
}
