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
mod stmt;
mod types;

use crate::ast::{self, CompilationUnit};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;
use chumsky::input::ValueInput;
use chumsky::prelude::*;

pub(crate) type Extra<'a> = extra::Err<Rich<'a, Token<'a>, SimpleSpan>>;

/// The token streams the grammar runs on (a slice of `(Token, SimpleSpan)` mapped into one).
pub(crate) trait TokenInput<'a>: ValueInput<'a, Token = Token<'a>, Span = SimpleSpan> {}
impl<'a, T: ValueInput<'a, Token = Token<'a>, Span = SimpleSpan>> TokenInput<'a> for T {}

pub(crate) fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start, s.end)
}

/// Brackets nested deeper than this are reported instead of parsed: the tree would be too deep
/// for every later recursive pass, and no real program nests 256 levels.
pub const MAX_NESTING: usize = 256;

pub(crate) fn parse_tokens<'a>(
    tokens: &'a [(Token<'a>, SimpleSpan)],
    source_len: usize,
) -> (CompilationUnit, Vec<Diagnostic>) {
    let eoi = SimpleSpan::from(source_len..source_len);
    if let Some(d) = too_deep(tokens) {
        let unit = CompilationUnit {
            usings: Vec::new(),
            items: Vec::new(),
            span: Span::new(0, source_len),
        };
        return (unit, vec![d]);
    }
    let input = tokens.map(eoi, |(t, s)| (t, s));
    let (unit, errors) = item::compilation_unit().parse(input).into_output_errors();
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
            Token::Minus | Token::Plus | Token::Bang | Token::Tilde | Token::PlusPlus
                | Token::MinusMinus | Token::Ident("await")
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
