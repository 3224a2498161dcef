//! Drives logos and finishes what a regular lexer cannot: decoding literals (escapes, suffixes,
//! overflow) and interpolated strings, whose holes hold ordinary tokens. Interpolated strings are
//! flattened into `InterpStart (InterpText | HoleStart tokens.. [HoleFormat] HoleEnd)* InterpEnd`
//! so the parser sees one token stream and a hole can contain any expression, even another
//! interpolated string.

use crate::ast::IntSuffix;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;
use logos::Logos;
use std::rc::Rc;

pub struct Lexed<'s> {
    pub tokens: Vec<(Token<'s>, Span)>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn lex(src: &str) -> Lexed<'_> {
    let mut d = Driver {
        lex: Token::lexer(src),
        src,
        tokens: Vec::with_capacity(src.len() / 4),
        diagnostics: Vec::new(),
        holes: Vec::new(),
    };
    d.run();
    Lexed {
        tokens: d.tokens,
        diagnostics: d.diagnostics,
    }
}

/// An open `{...}` hole of an interpolated string: `depth` counts brackets opened inside it, so
/// that only a `}` or `:` at depth 0 ends the expression.
struct Hole {
    depth: u32,
    verbatim: bool,
    start: usize,
}

struct Driver<'s> {
    lex: logos::Lexer<'s, Token<'s>>,
    src: &'s str,
    tokens: Vec<(Token<'s>, Span)>,
    diagnostics: Vec<Diagnostic>,
    holes: Vec<Hole>,
}

impl<'s> Driver<'s> {
    fn run(&mut self) {
        while let Some(result) = self.lex.next() {
            let range = self.lex.span();
            let span = Span::from(range.clone());
            let token = match result {
                Ok(t) => t,
                Err(()) => {
                    self.unexpected_char(range.start);
                    continue;
                }
            };
            self.close_hole_at_line_end(range.start);
            match token {
                Token::BlockCommentStart => self.block_comment(range.start),
                Token::Directive => self.directive(range.start),
                Token::IntLit(text) => {
                    let tok = self.integer(text, span);
                    self.tokens.push((tok, span));
                }
                Token::RealLit(text) => {
                    let tok = self.real(text, span);
                    self.tokens.push((tok, span));
                }
                Token::StrStart if self.quote_ends_interpolation(range.end) => {
                    self.missing_hole_end();
                    self.tokens
                        .push((Token::HoleEnd, Span::new(range.start, range.start)));
                    self.tokens.push((Token::InterpEnd, span));
                }
                Token::StrStart => self.string(range.start, false),
                Token::VerbatimStrStart => self.string(range.start, true),
                Token::RawStrStart => self.raw_string(range.start),
                Token::CharStart => self.char_literal(range.start),
                Token::InterpStrStart | Token::InterpVerbatimStrStart => {
                    let verbatim = token == Token::InterpVerbatimStrStart;
                    self.tokens.push((Token::InterpStart, span));
                    self.interp_text(verbatim, range.start);
                }
                Token::LBrace | Token::LParen | Token::LBracket => {
                    if let Some(h) = self.holes.last_mut() {
                        h.depth += 1;
                    }
                    self.tokens.push((token, span));
                }
                Token::RBrace if self.hole_at_depth_zero() => {
                    self.tokens.push((Token::HoleEnd, span));
                    self.close_hole();
                }
                Token::Colon if self.hole_at_depth_zero() => self.hole_format(range.end),
                Token::RBrace | Token::RParen | Token::RBracket => {
                    if let Some(h) = self.holes.last_mut() {
                        h.depth = h.depth.saturating_sub(1);
                    }
                    self.tokens.push((token, span));
                }
                _ => self.tokens.push((token, span)),
            }
        }
        if let Some(h) = self.holes.pop() {
            let span = Span::new(h.start, self.src.len());
            self.error(
                "CS8076",
                "missing close delimiter '}' for interpolated expression",
                span,
                "close the `{` hole with `}` and the string with `\"`",
            );
            self.tokens
                .push((Token::HoleEnd, Span::new(self.src.len(), self.src.len())));
            self.tokens
                .push((Token::InterpEnd, Span::new(self.src.len(), self.src.len())));
        }
    }

    fn error(&mut self, code: &'static str, msg: impl Into<String>, span: Span, hint: &str) {
        self.diagnostics
            .push(Diagnostic::error(code, msg, span).with_hint(hint));
    }

    fn hole_at_depth_zero(&self) -> bool {
        self.holes.last().is_some_and(|h| h.depth == 0)
    }

    /// A hole of a regular interpolated string cannot continue on the next line: when it does,
    /// its `}` is missing. Closing it there keeps the error to one line instead of swallowing
    /// the rest of the file.
    fn close_hole_at_line_end(&mut self, next_token: usize) {
        let Some(h) = self.holes.last() else {
            return;
        };
        if h.verbatim || !self.src[h.start..next_token].contains('\n') {
            return;
        }
        let start = h.start;
        let line_end = start + self.src[start..].find('\n').unwrap_or(0);
        let at = Span::new(line_end, line_end);
        self.missing_hole_end();
        self.tokens.push((Token::HoleEnd, at));
        self.tokens.push((Token::InterpEnd, at));
    }

    /// `$"{s");`: a `"` inside a hole whose string would not close on this line is the end of
    /// the interpolated string, and the hole's `}` is what is missing.
    fn quote_ends_interpolation(&self, after_quote: usize) -> bool {
        let in_plain_hole = self.holes.last().is_some_and(|h| !h.verbatim);
        let rest = &self.src[after_quote..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        in_plain_hole && !line.contains('"')
    }

    fn missing_hole_end(&mut self) {
        if let Some(h) = self.holes.pop() {
            self.error(
                "CS8076",
                "missing close delimiter '}' for interpolated expression",
                Span::new(h.start, h.start + 1),
                "close the `{` hole with `}` before the closing `\"`",
            );
        }
    }

    fn close_hole(&mut self) {
        if let Some(h) = self.holes.pop() {
            let pos = self.lex.span().end;
            self.interp_text(h.verbatim, pos);
        }
    }

    fn unexpected_char(&mut self, at: usize) {
        let c = self
            .src
            .get(at..)
            .and_then(|r| r.chars().next())
            .unwrap_or('\u{FFFD}');
        let shown = if c.is_control() || c == '\u{FFFD}' {
            format!("U+{:04X}", c as u32)
        } else {
            format!("'{c}'")
        };
        let span = Span::new(at, at + c.len_utf8());
        if c == '#' {
            self.error(
                "CS1040",
                "Preprocessor directives must appear as the first non-whitespace character on a line",
                span,
                "remove the `#`; unawait does not support preprocessor directives",
            );
            return;
        }
        self.error(
            "CS1056",
            format!("Unexpected character {shown}"),
            span,
            "remove it; C# source is text made of identifiers, literals and operators",
        );
        // logos may have reported only part of a multi-byte char; skip the rest of it.
        let consumed = self.lex.span().end;
        if at + c.len_utf8() > consumed {
            self.lex.bump(at + c.len_utf8() - consumed);
        }
    }

    fn block_comment(&mut self, start: usize) {
        let rest = self.lex.remainder();
        match rest.find("*/") {
            Some(i) => self.lex.bump(i + 2),
            None => {
                self.lex.bump(rest.len());
                self.error(
                    "CS1035",
                    "End-of-file found, '*/' expected",
                    Span::new(start, start + 2),
                    "close the comment with `*/`",
                );
            }
        }
    }

    fn directive(&mut self, start: usize) {
        let rest = self.lex.remainder();
        let line_end = rest.find('\n').unwrap_or(rest.len());
        self.lex.bump(line_end);
        let span = Span::new(start, self.lex.span().end);
        let name = self.src[span.range()].trim_end().to_string();
        self.diagnostics.push(
            Diagnostic::error(
                "UA0100",
                format!("preprocessor directives (`{name}`) are not supported"),
                span,
            )
            .with_hint("remove the directive; unawait compiles one file as written"),
        );
    }

    fn integer(&mut self, text: &str, span: Span) -> Token<'s> {
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

    fn real(&mut self, text: &str, span: Span) -> Token<'s> {
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
    fn escape(&mut self, rest: &str, at: usize) -> (Option<char>, usize) {
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
    fn string(&mut self, start: usize, verbatim: bool) {
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

    fn unterminated(&mut self, span: Span, verbatim: bool) {
        let hint = "close the string with `\"` on the same line; write \\n for a line break";
        if verbatim {
            self.error("CS1039", "Unterminated string literal", span, hint)
        } else {
            self.error("CS1010", "Newline in constant", span, hint)
        }
    }

    fn raw_string(&mut self, start: usize) {
        let rest = self.lex.remainder();
        let end = rest.find("\"\"\"").map_or(rest.len(), |i| i + 3);
        self.lex.bump(end);
        let span = Span::new(start, self.lex.span().end);
        self.diagnostics.push(
            Diagnostic::error(
                "UA0100",
                "raw string literals (`\"\"\"`) are not supported",
                span,
            )
            .with_hint("use a regular string with escapes, or a verbatim string @\"...\""),
        );
        self.tokens.push((Token::Str(Rc::from("")), span));
    }

    fn char_literal(&mut self, start: usize) {
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

    /// Scans literal text of an interpolated string from the lexer's position, up to a hole or the
    /// closing quote.
    fn interp_text(&mut self, verbatim: bool, string_start: usize) {
        let text_start = self.lex.span().end;
        let rest = self.lex.remainder();
        let bytes = rest.as_bytes();
        let mut value = String::new();
        let mut i = 0;
        enum End {
            Hole,
            Quote,
            Broken,
        }
        let end = loop {
            let Some(c) = rest[i..].chars().next() else {
                break End::Broken;
            };
            match c {
                '{' if bytes.get(i + 1) == Some(&b'{') => {
                    value.push('{');
                    i += 2;
                }
                '}' if bytes.get(i + 1) == Some(&b'}') => {
                    value.push('}');
                    i += 2;
                }
                '{' => break End::Hole,
                '}' => {
                    let at = text_start + i;
                    self.error(
                        "CS8087",
                        "A '}' character may only be escaped by doubling '}}' in an interpolated string.",
                        Span::new(at, at + 1),
                        "write `}}` for a literal brace");
                    i += 1;
                }
                '"' if verbatim && bytes.get(i + 1) == Some(&b'"') => {
                    value.push('"');
                    i += 2;
                }
                '"' => break End::Quote,
                '\\' if !verbatim => {
                    let (ch, len) = self.escape(&rest[i + 1..], text_start + i + 1);
                    value.extend(ch);
                    i += 1 + len;
                }
                '\n' if !verbatim => break End::Broken,
                c => {
                    value.push(c);
                    i += c.len_utf8();
                }
            }
        };
        if !value.is_empty() {
            let span = Span::new(text_start, text_start + i);
            self.tokens.push((Token::InterpText(Rc::from(value)), span));
        }
        let at = text_start + i;
        match end {
            End::Hole => {
                self.lex.bump(i + 1);
                self.tokens.push((Token::HoleStart, Span::new(at, at + 1)));
                self.holes.push(Hole {
                    depth: 0,
                    verbatim,
                    start: at,
                });
            }
            End::Quote => {
                self.lex.bump(i + 1);
                self.tokens.push((Token::InterpEnd, Span::new(at, at + 1)));
            }
            End::Broken => {
                self.lex.bump(i);
                self.unterminated(Span::new(string_start, at), verbatim);
                self.tokens.push((Token::InterpEnd, Span::new(at, at)));
            }
        }
    }

    /// `{value:format}`: the format runs to the closing `}` of the hole.
    fn hole_format(&mut self, after_colon: usize) {
        let rest = self.lex.remainder();
        let end = rest.find(['}', '"', '\n']).unwrap_or(rest.len());
        let format = rest[..end].to_string();
        self.tokens.push((
            Token::HoleFormat(Rc::from(format)),
            Span::new(after_colon, after_colon + end),
        ));
        if rest[end..].starts_with('}') {
            self.lex.bump(end + 1);
            let at = after_colon + end;
            self.tokens.push((Token::HoleEnd, Span::new(at, at + 1)));
            self.close_hole();
        } else {
            self.lex.bump(end);
        }
    }
}
