//! The parser: chumsky 1.0 over the lexer's tokens. One module per part of the grammar
//! (`types`, `expr`, `stmt`, `item`), tied together by `Recursive` declarations because expressions
//! contain statements (lambda bodies) and statements contain expressions.
//!
//! Recovery: a missing `;`, `)` or `]` after a complete construct is reported and assumed
//! (`expect_closer`); a statement or member that cannot be read is skipped to the next `;` or
//! balanced `}` and becomes an `Error` node. One run therefore reports many errors.

mod errors;
mod expr;
mod item;
mod split;
mod stmt;
mod types;

use crate::ast::{self, CompilationUnit};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;
use chumsky::error::Cheap;
use chumsky::input::ValueInput;
use chumsky::prelude::*;

pub(crate) type Extra<Er> = extra::Err<Er>;

/// The grammar is generic over its error type: a first pass runs with `Cheap` errors, which costs
/// nothing to build, and only a file that has errors is parsed again with `Rich` errors for
/// messages. Building `Rich` errors for every failed alternative tripled the parse time.
pub(crate) trait GErr<'a, I: TokenInput<'a>>:
    chumsky::error::Error<'a, I>
    + chumsky::label::LabelError<'a, I, &'static str>
    + chumsky::label::LabelError<'a, I, chumsky::DefaultExpected<'a, Token<'a>>>
    + 'a
{
    fn custom(span: SimpleSpan, message: String) -> Self;
}

impl<'a, I: TokenInput<'a>> GErr<'a, I> for Rich<'a, Token<'a>, SimpleSpan> {
    fn custom(span: SimpleSpan, message: String) -> Self {
        Rich::custom(span, message)
    }
}

impl<'a, I: TokenInput<'a>> GErr<'a, I> for Cheap<SimpleSpan> {
    fn custom(span: SimpleSpan, _: String) -> Self {
        <Self as chumsky::label::LabelError<'a, I, &'static str>>::expected_found([], None, span)
    }
}

/// The token streams the grammar runs on (a slice of `(Token, SimpleSpan)` mapped into one).
pub(crate) trait TokenInput<'a>:
    ValueInput<'a, Token = Token<'a>, Span = SimpleSpan>
{
}
impl<'a, T: ValueInput<'a, Token = Token<'a>, Span = SimpleSpan>> TokenInput<'a> for T {}

pub(crate) fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start, s.end)
}

/// Brackets nested deeper than this are reported instead of parsed: the tree would be too deep
/// for every later recursive pass, and no real program nests 1,000 levels.
pub const MAX_NESTING: usize = 1000;

/// The parse of `tokens` (on up to `threads` threads for a large file: `split.rs`).
pub(crate) fn parse_tokens<'a>(
    source: &'a str,
    tokens: &'a [(Token<'a>, SimpleSpan)],
    threads: usize,
) -> (CompilationUnit, Vec<Diagnostic>) {
    let source_len = source.len();
    let eoi = SimpleSpan::from(source_len..source_len);
    if let Some(d) = too_deep(tokens) {
        let unit = CompilationUnit {
            usings: Vec::new(),
            items: Vec::new(),
            span: Span::new(0, source_len),
        };
        return (unit, vec![d]);
    }
    let clean = split::parse_split(source, tokens, threads, crate::THREAD_STACK)
        .or_else(|| parse_clean(tokens, source_len));
    if let Some(unit) = clean {
        return (unit, Vec::new());
    }
    let input = || tokens.map(eoi, |(t, s)| (t, s));
    let (unit, errors) = item::compilation_unit::<_, Rich<'a, Token<'a>, SimpleSpan>>()
        .parse(input())
        .into_output_errors();
    let diags = errors
        .into_iter()
        .map(|e| errors::to_diagnostic(e, tokens))
        .collect();
    let unit = unit.unwrap_or_else(|| CompilationUnit {
        usings: Vec::new(),
        items: vec![ast::Item::Error(Span::new(0, source_len))],
        span: Span::new(0, source_len),
    });
    (unit, diags)
}

/// The parse of error-free `tokens` with chumsky's cheap errors; `None` when there is any.
pub(crate) fn parse_clean(
    tokens: &[(Token<'_>, SimpleSpan)],
    source_len: usize,
) -> Option<CompilationUnit> {
    let eoi = SimpleSpan::from(source_len..source_len);
    let out =
        item::compilation_unit::<_, Cheap<SimpleSpan>>().parse(tokens.map(eoi, |(t, s)| (t, s)));
    if out.has_errors() {
        None
    } else {
        out.into_output()
    }
}

fn too_deep(tokens: &[(Token<'_>, SimpleSpan)]) -> Option<Diagnostic> {
    let mut depth = 0usize;
    // Long runs of prefix operators (`- - - - x`, `await await ...`) nest as deeply as brackets.
    let mut prefix_run = 0usize;
    for (t, s) in tokens {
        match t {
            Token::LParen | Token::LBrace | Token::LBracket | Token::HoleStart => depth += 1,
            Token::RParen | Token::RBrace | Token::RBracket | Token::HoleEnd => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
        let is_prefix = matches!(
            t,
            Token::Minus
                | Token::Plus
                | Token::Bang
                | Token::Tilde
                | Token::PlusPlus
                | Token::MinusMinus
                | Token::Ident("await")
        );
        prefix_run = if is_prefix { prefix_run + 1 } else { 0 };
        if depth > MAX_NESTING || prefix_run > MAX_NESTING {
            return Some(
                Diagnostic::error(
                    "CS8078",
                    "An expression is too long or complex to compile",
                    sp(*s),
                )
                .with_primary(format!("nesting passes {MAX_NESTING} levels here"))
                .with_hint("split the expression or block into smaller methods or local variables"),
            );
        }
    }
    None
}
