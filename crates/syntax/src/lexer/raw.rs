//! Raw string literals (C# 11): three or more quotes, then text in which fewer quotes in a row
//! are text, then as many quotes again. On one line the text is taken as written. When the
//! opening quotes end their line the literal is multi-line: its text is the lines between the
//! opening line and the closing one, and the whitespace before the closing quotes, which every
//! other line must start with (CS8999/CS9003), is removed from each. `$$"""` makes it
//! interpolated: as many braces as `$`s open and close a hole, fewer in a row are text.
//!
//! The text of an interpolated one comes in pieces between holes, whose values are set once
//! the closing line is known; the holes' tokens are lexed as usual in between.

use super::{skip_line_space, Driver, Hole, StrKind};
use crate::span::Span;
use crate::token::Token;
use std::rc::Rc;

/// An open raw string.
#[derive(Clone, Copy, Debug)]
pub(super) struct Raw {
    start: usize,
    /// 0 for a plain raw string, whose braces are text.
    dollars: usize,
    quotes: usize,
    multi_line: bool,
    /// Its first text piece in `Driver::pieces`.
    first_piece: usize,
    /// A delimiter or brace error was reported: the text is taken as written.
    bad: bool,
}

/// Text of a raw string between its opening, holes and end: the token that gets its value,
/// and where it is.
#[derive(Clone, Copy, Debug)]
pub(super) struct Piece {
    token: usize,
    start: usize,
    end: usize,
}

enum End {
    /// A hole's braces start at `text_end`.
    Hole { text_end: usize },
    /// `count` closing quotes at `quotes_at`, on the closing line that starts at `line` (a
    /// multi-line literal's indentation is `line..quotes_at`).
    Close {
        text_end: usize,
        line: usize,
        quotes_at: usize,
        count: usize,
    },
    /// A line break in a one-line literal, or the end of the file.
    Broken { at: usize },
}

impl End {
    fn text_end(&self) -> usize {
        match *self {
            End::Hole { text_end } | End::Close { text_end, .. } => text_end,
            End::Broken { at } => at,
        }
    }
}

impl<'s> Driver<'s> {
    /// At the opening `"""` or `$$"""`.
    pub(super) fn raw_string(&mut self, start: usize) {
        let opening = self.lex.slice();
        let dollars = opening.bytes().take_while(|&b| b == b'$').count();
        let after = self.lex.span().end;
        let space_end = skip_line_space(self.src, after);
        let line_break = line_break_len(self.src.as_bytes(), space_end);
        let from = line_break.map_or(after, |n| space_end + n);
        self.lex.bump(from - after);
        let mut raw = Raw {
            start,
            dollars,
            quotes: opening.len() - dollars,
            multi_line: line_break.is_some(),
            first_piece: self.pieces.len(),
            bad: false,
        };
        if dollars > 0 {
            self.tokens
                .push((Token::InterpStart, Span::new(start, after)));
            self.raws.push(raw);
            self.raw_text(true);
            return;
        }
        let line_start = raw.multi_line;
        let end = self.scan_raw(&mut raw, from, line_start);
        let token = self.tokens.len();
        self.pieces.push(Piece {
            token,
            start: from,
            end: end.text_end(),
        });
        self.tokens
            .push((Token::Str(Rc::from("")), Span::new(start, start)));
        let close = self.end_raw(raw, end);
        self.tokens[token].1 = Span::new(start, close.end as usize);
    }

    /// Scans the text of the innermost interpolated raw string from the lexer's position, up
    /// to a hole or its end. `first`: the text right after the opening.
    pub(super) fn raw_text(&mut self, first: bool) {
        let Some(mut raw) = self.raws.last().copied() else {
            return;
        };
        let from = self.lex.span().end;
        let line_start = first && raw.multi_line;
        let end = self.scan_raw(&mut raw, from, line_start);
        let text_end = end.text_end();
        self.pieces.push(Piece {
            token: self.tokens.len(),
            start: from,
            end: text_end,
        });
        self.tokens
            .push((Token::InterpText(Rc::from("")), Span::new(from, text_end)));
        if let End::Hole { text_end } = end {
            let after = text_end + raw.dollars;
            self.lex.bump(after - from);
            self.tokens
                .push((Token::HoleStart, Span::new(text_end, after)));
            self.holes.push(Hole {
                depth: 0,
                kind: StrKind::Raw {
                    dollars: raw.dollars,
                },
                start: text_end,
            });
            if let Some(open) = self.raws.last_mut() {
                *open = raw;
            }
            return;
        }
        self.raws.pop();
        let close = self.end_raw(raw, end);
        self.end_string(close);
    }

    /// The innermost interpolated raw string ends where it is (the file ended in a hole).
    pub(super) fn abandon_raw(&mut self) {
        if let Some(mut raw) = self.raws.pop() {
            raw.bad = true;
            self.finish_pieces(raw, "");
        }
    }

    /// An error in the innermost interpolated raw string, whose text is then taken as written.
    pub(super) fn raw_error(&mut self, code: &'static str, msg: &str, span: Span, hint: &str) {
        if let Some(mut raw) = self.raws.last().copied() {
            self.first_error(&mut raw, code, msg, span, hint);
            if let Some(open) = self.raws.last_mut() {
                *open = raw;
            }
        }
    }

    /// Like C#, one error per raw string: the first says what is wrong, and the text is then
    /// taken as written.
    fn first_error(
        &mut self,
        raw: &mut Raw,
        code: &'static str,
        msg: &str,
        span: Span,
        hint: &str,
    ) {
        if !raw.bad {
            raw.bad = true;
            self.error(code, msg, span, hint);
        }
    }

    /// From `from` to the end of the text: a hole, the closing quotes or a break. `line_start`:
    /// `from` starts a line of a multi-line literal, which may be the closing one.
    fn scan_raw(&mut self, raw: &mut Raw, from: usize, mut line_start: bool) -> End {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut i = from;
        loop {
            if line_start {
                let space_end = skip_line_space(src, i);
                let count = run(bytes, space_end, b'"');
                if count >= raw.quotes {
                    let text_end = if i == from {
                        from
                    } else {
                        line_break_start(bytes, i, from)
                    };
                    return End::Close {
                        text_end,
                        line: i,
                        quotes_at: space_end,
                        count,
                    };
                }
                line_start = false;
            }
            let Some(&b) = bytes.get(i) else {
                return End::Broken { at: i };
            };
            match b {
                b'\n' | b'\r' if !raw.multi_line => return End::Broken { at: i },
                b'\n' => {
                    i += 1;
                    line_start = true;
                }
                b'"' => {
                    let count = run(bytes, i, b'"');
                    if count >= raw.quotes {
                        if raw.multi_line {
                            self.first_error(raw,
                                "CS9000",
                                "Raw string literal delimiter must be on its own line",
                                Span::new(i, i + count),
                                "put the closing quotes at the start of a line, after only whitespace",
                            );
                        }
                        return End::Close {
                            text_end: i,
                            line: i,
                            quotes_at: i,
                            count,
                        };
                    }
                    i += count;
                }
                b'{' if raw.dollars > 0 => {
                    let count = run(bytes, i, b'{');
                    if count >= raw.dollars {
                        let literal = count - raw.dollars;
                        if literal >= raw.dollars {
                            self.first_error(raw,
                                "CS9006",
                                "The interpolated raw string literal does not start with enough '$' characters to allow this many consecutive opening braces as content",
                                Span::new(i, i + literal),
                                "start the string with more `$` than the braces it holds in a row",
                            );
                        }
                        return End::Hole {
                            text_end: i + literal,
                        };
                    }
                    i += count;
                }
                b'}' if raw.dollars > 0 => {
                    let count = run(bytes, i, b'}');
                    if count >= raw.dollars {
                        self.first_error(raw,
                            "CS9007",
                            "The interpolated raw string literal does not start with enough '$' characters to allow this many consecutive closing braces as content",
                            Span::new(i, i + count),
                            "start the string with more `$` than the braces it holds in a row",
                        );
                    }
                    i += count;
                }
                _ => i += 1,
            }
        }
    }

    /// Moves past the end of a raw string and sets the values of its pieces; the span of its
    /// closing quotes (empty where it broke).
    fn end_raw(&mut self, mut raw: Raw, end: End) -> Span {
        let src = self.src;
        let (close, indent) = match end {
            End::Close {
                line,
                quotes_at,
                count,
                ..
            } => {
                let close_end = quotes_at + count;
                let excess = Span::new(quotes_at + raw.quotes, close_end);
                if count > raw.quotes {
                    self.first_error(
                        &mut raw,
                        "CS8998",
                        "The raw string literal does not start with enough quote characters to allow this many consecutive quote characters as content",
                        excess,
                        "start and end the string with more quotes than it holds in a row",
                    );
                }
                let only = self.pieces.len() == raw.first_piece + 1;
                if raw.multi_line && only && self.pieces[raw.first_piece].start == line {
                    self.first_error(
                        &mut raw,
                        "CS9002",
                        "Multi-line raw string literals must contain at least one line of content",
                        Span::new(quotes_at, close_end),
                        "write the text on the lines between the opening and the closing quotes",
                    );
                }
                (Span::new(quotes_at, close_end), &src[line..quotes_at])
            }
            End::Broken { at } | End::Hole { text_end: at } => {
                let literal = Span::new(raw.start, at);
                self.first_error(
                    &mut raw,
                    "CS8997",
                    "Unterminated raw string literal",
                    literal,
                    "end the string with as many quotes as it starts with",
                );
                (Span::new(at, at), "")
            }
        };
        let consumed = self.lex.span().end;
        self.lex.bump(close.end as usize - consumed);
        self.finish_pieces(raw, indent);
        close
    }

    /// Gives the pieces of `raw` their values: a multi-line literal's lose the indentation.
    fn finish_pieces(&mut self, raw: Raw, indent: &str) {
        let src = self.src;
        let dedent = raw.multi_line && !raw.bad;
        let n = self.pieces.len();
        for k in raw.first_piece..n {
            let p = self.pieces[k];
            let text = &src[p.start..p.end];
            let mut value = text.to_string();
            if dedent {
                match dedent_piece(text, indent, k == raw.first_piece, k + 1 == n) {
                    Ok(v) => value = v,
                    Err((at, len)) => self.indentation_error(p.start + at, len, indent),
                }
                // A hole that starts a line is indented like text.
                if k + 1 < n && !indent.is_empty() && src[..p.end].ends_with('\n') {
                    self.indentation_error(p.end, raw.dollars, indent);
                }
            }
            let token = &mut self.tokens[p.token].0;
            *token = match token {
                Token::Str(_) => Token::Str(Rc::from(value)),
                _ => Token::InterpText(Rc::from(value)),
            };
        }
        self.pieces.truncate(raw.first_piece);
    }

    fn indentation_error(&mut self, at: usize, len: usize, indent: &str) {
        let space = &self.src[at..at + len];
        let differs = space
            .chars()
            .zip(indent.chars())
            .find(|(a, b)| a != b && super::is_line_space(*a) && super::is_line_space(*b));
        let hint =
            "indent every line at least as far as the closing quotes, with the same whitespace";
        let span = Span::new(at, at + len);
        match differs {
            Some((a, b)) => self.error(
                "CS9003",
                format!(
                    "Line contains different whitespace than the closing line of the raw string literal: '{}' versus '{}'",
                    a.escape_unicode(),
                    b.escape_unicode()
                ),
                span,
                hint,
            ),
            None => self.error(
                "CS8999",
                "Line does not start with the same whitespace as the closing line of the raw string literal",
                span,
                hint,
            ),
        }
    }
}

/// `text` without `indent` at the start of each of its lines. The text after a hole starts
/// mid-line, so its first line is kept whole. Each line must start with `indent`, except that a
/// blank line may have less of it: else the offset and length of the line's whitespace.
fn dedent_piece(
    text: &str,
    indent: &str,
    first: bool,
    last: bool,
) -> Result<String, (usize, usize)> {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    if !first {
        i = through_line_break(text, i, &mut out);
    }
    while i < text.len() {
        let line = i;
        let space_end = skip_line_space(text, i);
        let space = &text[line..space_end];
        let blank = match text.as_bytes().get(space_end) {
            None => last,
            Some(b) => matches!(b, b'\n' | b'\r'),
        };
        if !(space.starts_with(indent) || blank && indent.starts_with(space)) {
            return Err((line, space.len()));
        }
        i = space_end.min(line + indent.len());
        i = through_line_break(text, i, &mut out);
    }
    Ok(out)
}

/// Copies `text[i..]` up to and including its next `\n`; the offset after it.
fn through_line_break(text: &str, i: usize, out: &mut String) -> usize {
    let end = text[i..].find('\n').map_or(text.len(), |n| i + n + 1);
    out.push_str(&text[i..end]);
    end
}

/// How many `c` in a row at `i`.
fn run(bytes: &[u8], i: usize, c: u8) -> usize {
    bytes
        .get(i..)
        .map_or(0, |r| r.iter().take_while(|&&b| b == c).count())
}

/// The length of the line break (`\n` or `\r\n`) at `i`, if there is one.
fn line_break_len(bytes: &[u8], i: usize) -> Option<usize> {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(b'\n'), _) => Some(1),
        (Some(b'\r'), Some(b'\n')) => Some(2),
        _ => None,
    }
}

/// Where the line break that ends just before `i` (a line start) begins, not before `from`.
fn line_break_start(bytes: &[u8], i: usize, from: usize) -> usize {
    if i >= from + 2 && bytes[i - 2] == b'\r' {
        i - 2
    } else {
        i - 1
    }
}
