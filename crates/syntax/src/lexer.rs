//! Drives logos and finishes what a regular lexer cannot: decoding literals (escapes, suffixes,
//! overflow, raw strings) and interpolated strings, whose holes hold ordinary tokens.
//! Interpolated strings (regular, verbatim and raw) are flattened into
//! `InterpStart (InterpText | HoleStart tokens.. [HoleFormat] HoleEnd)* InterpEnd` so the parser
//! sees one token stream and a hole can contain any expression, even another interpolated string.
//!
//! Every character is read a bounded number of times: the one place that reads text again (a
//! hole that went past a line end in a string that then broke, see `interp.rs`) does so at most
//! once per character.

mod directive;
mod ident;
mod interp;
mod literal;
mod raw;

pub use ident::decode_ident;

use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;
use logos::Logos;

pub struct Lexed<'s> {
    pub tokens: Vec<(Token<'s>, Span)>,
    pub diagnostics: Vec<Diagnostic>,
    /// The `#pragma warning` directives of the compiled text.
    pub pragmas: crate::pragmas::WarningPragmas,
}

pub fn lex(src: &str) -> Lexed<'_> {
    let mut d = Driver {
        lex: Token::lexer(src),
        src,
        tokens: Vec::with_capacity(src.len() / 4),
        diagnostics: Vec::new(),
        holes: Vec::new(),
        raws: Vec::new(),
        pieces: Vec::new(),
        last_end: 0,
        crossing: None,
        single_line_until: 0,
        pp: Default::default(),
    };
    d.run();
    Lexed {
        tokens: d.tokens,
        diagnostics: d.diagnostics,
        pragmas: d.pp.pragmas,
    }
}

/// The kind of interpolated string a hole belongs to: it decides how the hole ends and how the
/// string's text is read after it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum StrKind {
    Regular,
    Verbatim,
    /// `$$"""...`: as many braces as `$`s open and close a hole.
    Raw {
        dollars: usize,
    },
}

/// An open `{...}` hole of an interpolated string: `depth` counts brackets opened inside it, so
/// that only a `}` or `:` at depth 0 ends the expression.
#[derive(Clone, Copy, Debug)]
struct Hole {
    depth: u32,
    kind: StrKind,
    start: usize,
}

struct Driver<'s> {
    lex: logos::Lexer<'s, Token<'s>>,
    src: &'s str,
    tokens: Vec<(Token<'s>, Span)>,
    diagnostics: Vec<Diagnostic>,
    holes: Vec<Hole>,
    /// The open interpolated raw strings, innermost last; a hole of kind `Raw` belongs to the
    /// last one.
    raws: Vec<raw::Raw>,
    /// The text pieces of the open interpolated raw strings, each string's after its
    /// `first_piece`: their values are known only once the closing line gives the indentation.
    pieces: Vec<raw::Piece>,
    /// The end of the last token (comments are not tokens): a line break between it and the
    /// next token is one inside whatever hole is open.
    last_end: usize,
    /// A hole of a regular interpolated string that went on to another line (C# 11 allows it),
    /// remembered until its string closes.
    crossing: Option<interp::Crossing>,
    /// Before this offset a hole of a regular string ends at the end of its line: the reading
    /// after a crossing hole's string broke.
    single_line_until: usize,
    /// Conditional compilation and `#pragma warning` (directive.rs).
    pp: directive::Preprocessor,
}

impl<'s> Driver<'s> {
    fn run(&mut self) {
        loop {
            let Some(result) = self.lex.next() else {
                if self.unclosed_at_end() {
                    continue;
                }
                self.directives_at_end();
                break;
            };
            let range = self.lex.span();
            let span = Span::from(range.clone());
            let token = match result {
                Ok(t) => t,
                Err(()) => {
                    self.unexpected_char(range.start);
                    continue;
                }
            };
            if token == Token::BlockCommentStart {
                self.block_comment(range.start);
                continue;
            }
            self.line_break_in_hole(range.start);
            match token {
                Token::Directive => self.directive(range.start),
                Token::EscapedIdent(text) => {
                    let tok = self.escaped_ident(text, range.start);
                    self.tokens.push((tok, span));
                }
                Token::VerbatimIdent(text) if text.contains('\\') => {
                    let tok = self.escaped_ident(text, range.start + 1);
                    self.tokens.push((tok, span));
                }
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
                    self.end_string(span);
                }
                Token::StrStart => self.string(range.start, false),
                Token::VerbatimStrStart => self.string(range.start, true),
                Token::RawStrStart | Token::InterpRawStrStart => self.raw_string(range.start),
                Token::CharStart => self.char_literal(range.start),
                Token::InterpStrStart | Token::InterpVerbatimStrStart => {
                    let kind = if token == Token::InterpVerbatimStrStart {
                        StrKind::Verbatim
                    } else {
                        StrKind::Regular
                    };
                    self.tokens.push((Token::InterpStart, span));
                    self.interp_text(kind, range.start);
                }
                Token::LBrace | Token::LParen | Token::LBracket => {
                    if let Some(h) = self.holes.last_mut() {
                        h.depth += 1;
                    }
                    self.tokens.push((token, span));
                }
                Token::RBrace if self.hole_at_depth_zero() => self.hole_end(range.start),
                Token::Colon if self.hole_at_depth_zero() => self.hole_format(range.end),
                // No expression holds a `;` outside brackets: the hole was never closed.
                Token::Semi if self.hole_at_depth_zero() && self.roll_back(range.end) => {}
                Token::RBrace | Token::RParen | Token::RBracket => {
                    if let Some(h) = self.holes.last_mut() {
                        h.depth = h.depth.saturating_sub(1);
                    }
                    self.tokens.push((token, span));
                }
                _ => self.tokens.push((token, span)),
            }
            self.last_end = self.lex.span().end;
        }
    }

    fn error(&mut self, code: &'static str, msg: impl Into<String>, span: Span, hint: &str) {
        self.diagnostics
            .push(Diagnostic::error(code, msg, span).with_hint(hint));
    }

    fn hole_at_depth_zero(&self) -> bool {
        self.holes.last().is_some_and(|h| h.depth == 0)
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
}

/// C#'s whitespace within a line (spec §6.3.4): what indents the lines of a raw string.
fn is_line_space(c: char) -> bool {
    (c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'))
        || matches!(c, '\u{FEFF}' | '\u{1A}')
}

/// The offset after the whitespace that starts `src[from..]`.
fn skip_line_space(src: &str, from: usize) -> usize {
    let rest = &src[from..];
    from + rest.find(|c: char| !is_line_space(c)).unwrap_or(rest.len())
}
