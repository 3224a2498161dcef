//! Interpolated strings: their text between holes, the ends of holes (`}`, or as many `}` as
//! a raw string has `$`s, with an optional `:format`), and recovery from a hole that is never
//! closed.
//!
//! Since C# 11 a hole may go on over several lines, even in a regular `$"..."` string. A hole
//! that is never closed then reads the rest of the file as its expression, so a hole of a
//! regular string that reaches another line is remembered (`Crossing`); if its string then
//! breaks (a `;` outside brackets in the hole, a line break in the string's text, the end of the
//! file), lexing goes back to the end of the hole's first line and closes the hole there, as C#
//! 10 read it, up to where the break was found. Each character is read again at most once.

use super::{Driver, Hole, StrKind};
use crate::span::Span;
use crate::token::Token;
use logos::Logos;
use std::rc::Rc;

/// Where to go back to when the string of a hole that crossed a line end breaks.
#[derive(Debug)]
pub(super) struct Crossing {
    /// The line break the hole went past.
    at: usize,
    tokens: usize,
    diagnostics: usize,
    /// The number of open holes, the crossing one last, and that hole as it was (holes below
    /// it cannot change before its string ends).
    holes: usize,
    hole: Hole,
    raws: usize,
    pieces: usize,
}

impl<'s> Driver<'s> {
    /// Before the token at `next`: a line break since the last token, inside a hole of a
    /// regular string, is remembered, or (while recovering) ends the hole at its line's end.
    pub(super) fn line_break_in_hole(&mut self, next: usize) {
        if !self
            .holes
            .last()
            .is_some_and(|h| h.kind == StrKind::Regular)
        {
            return;
        }
        let Some(i) = self.src[self.last_end..next].find('\n') else {
            return;
        };
        let at = self.last_end + i;
        if next <= self.single_line_until {
            let at = Span::new(at, at);
            while self
                .holes
                .last()
                .is_some_and(|h| h.kind == StrKind::Regular)
            {
                self.missing_hole_end();
                self.tokens.push((Token::HoleEnd, at));
                self.end_string(at);
            }
        } else if self.crossing.is_none() {
            self.crossing = Some(Crossing {
                at,
                tokens: self.tokens.len(),
                diagnostics: self.diagnostics.len(),
                holes: self.holes.len(),
                hole: *self.holes.last().expect("checked"),
                raws: self.raws.len(),
                pieces: self.pieces.len(),
            });
        }
    }

    /// The string of the hole that crossed a line end broke at `until`: lexes again from the
    /// end of that line. False when no hole crossed a line end.
    pub(super) fn roll_back(&mut self, until: usize) -> bool {
        let Some(c) = self.crossing.take() else {
            return false;
        };
        self.tokens.truncate(c.tokens);
        self.diagnostics.truncate(c.diagnostics);
        self.holes.truncate(c.holes - 1);
        self.holes.push(c.hole);
        self.raws.truncate(c.raws);
        self.pieces.truncate(c.pieces);
        self.single_line_until = until;
        self.lex = Token::lexer(self.src);
        self.lex.bump(c.at);
        self.last_end = c.at;
        true
    }

    /// The `InterpEnd` of a string; once the string of a crossing hole has ended well, the hole
    /// was a C# 11 multi-line one.
    pub(super) fn end_string(&mut self, span: Span) {
        self.tokens.push((Token::InterpEnd, span));
        if self
            .crossing
            .as_ref()
            .is_some_and(|c| self.holes.len() < c.holes)
        {
            self.crossing = None;
        }
    }

    /// At the end of the file with holes still open: goes back if a crossing hole explains it
    /// (true), else reports the innermost hole and closes them all.
    pub(super) fn unclosed_at_end(&mut self) -> bool {
        if self.holes.is_empty() {
            return false;
        }
        if self.roll_back(self.src.len()) {
            return true;
        }
        let end = Span::new(self.src.len(), self.src.len());
        let start = self.holes.last().expect("checked").start;
        self.error(
            "CS8076",
            "missing close delimiter '}' for interpolated expression",
            Span::new(start, self.src.len()),
            "close the `{` hole with `}` and the string with `\"`",
        );
        while let Some(h) = self.holes.pop() {
            self.tokens.push((Token::HoleEnd, end));
            if let StrKind::Raw { .. } = h.kind {
                self.abandon_raw();
            }
            self.end_string(end);
        }
        false
    }

    /// `$"{s");`: a `"` inside a hole whose string would not close on this line is the end of
    /// the interpolated string, and the hole's `}` is what is missing.
    pub(super) fn quote_ends_interpolation(&self, after_quote: usize) -> bool {
        let in_plain_hole = self
            .holes
            .last()
            .is_some_and(|h| h.kind == StrKind::Regular);
        let rest = &self.src[after_quote..];
        in_plain_hole
            && rest
                .find(['"', '\n'])
                .is_none_or(|i| rest.as_bytes()[i] != b'"')
    }

    pub(super) fn missing_hole_end(&mut self) {
        if let Some(h) = self.holes.pop() {
            self.error(
                "CS8076",
                "missing close delimiter '}' for interpolated expression",
                Span::new(h.start, h.start + 1),
                "close the `{` hole with `}` before the closing `\"`",
            );
        }
    }

    /// The `}` at `at` ends the innermost hole (a raw string's hole needs as many as it has
    /// `$`s); then the string's text goes on.
    pub(super) fn hole_end(&mut self, at: usize) {
        let Some(h) = self.holes.last().copied() else {
            return;
        };
        let mut width = 1;
        if let StrKind::Raw { dollars } = h.kind {
            let run = self.src[at..].bytes().take_while(|&b| b == b'}').count();
            width = run.min(dollars);
            if run < dollars {
                self.raw_error(
                    "CS9005",
                    "The interpolation must end with the same number of closing braces as the number of '$' characters that the raw string literal started with",
                    Span::new(at, at + run),
                    "close the hole with as many `}` as the string has `$`",
                );
            }
        }
        let consumed = self.lex.span().end;
        self.lex.bump(at + width - consumed);
        self.tokens
            .push((Token::HoleEnd, Span::new(at, at + width)));
        self.close_hole();
    }

    fn close_hole(&mut self) {
        if let Some(h) = self.holes.pop() {
            match h.kind {
                StrKind::Raw { .. } => self.raw_text(false),
                kind => {
                    let pos = self.lex.span().end;
                    self.interp_text(kind, pos);
                }
            }
        }
    }

    /// Scans literal text of a regular or verbatim interpolated string from the lexer's
    /// position, up to a hole or the closing quote.
    pub(super) fn interp_text(&mut self, kind: StrKind, string_start: usize) {
        let verbatim = kind == StrKind::Verbatim;
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
        let at = text_start + i;
        if matches!(end, End::Broken) && self.roll_back(at) {
            return;
        }
        if !value.is_empty() {
            let span = Span::new(text_start, at);
            self.tokens.push((Token::InterpText(Rc::from(value)), span));
        }
        match end {
            End::Hole => {
                self.lex.bump(i + 1);
                self.tokens.push((Token::HoleStart, Span::new(at, at + 1)));
                self.holes.push(Hole {
                    depth: 0,
                    kind,
                    start: at,
                });
            }
            End::Quote => {
                self.lex.bump(i + 1);
                self.end_string(Span::new(at, at + 1));
            }
            End::Broken => {
                self.lex.bump(i);
                self.unterminated(Span::new(string_start, at), verbatim);
                self.end_string(Span::new(at, at));
            }
        }
    }

    /// `{value:format}`: the format runs to the closing `}` of the hole.
    pub(super) fn hole_format(&mut self, after_colon: usize) {
        let rest = self.lex.remainder();
        let end = rest.find(['}', '"', '\n']).unwrap_or(rest.len());
        let format = rest[..end].to_string();
        self.tokens.push((
            Token::HoleFormat(Rc::from(format)),
            Span::new(after_colon, after_colon + end),
        ));
        self.lex.bump(end);
        if rest[end..].starts_with('}') {
            self.hole_end(after_colon + end);
        }
    }
}
