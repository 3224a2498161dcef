//! The front of the pipeline: tokens (logos), the hand-written parser, the AST and the one diagnostic
//! type every phase uses.
//!
//! Architecture invariant: this crate depends on no other crate of the project, and `parse` never
//! fails: it always returns a tree (with `Error` nodes where the source is broken) and diagnostics.

pub mod ast;
pub mod ast_dump;
pub mod diagnostic;
pub mod fx;
pub mod lexer;
mod parser;
pub mod pragmas;
pub mod span;
pub mod token;

pub use diagnostic::{Diagnostic, Severity};
pub use span::Span;

/// The result of parsing one file: always a tree, plus what was wrong with the text.
#[derive(Debug)]
pub struct Parsed {
    pub unit: ast::CompilationUnit,
    pub diagnostics: Vec<Diagnostic>,
}

/// The stack a compiler thread reserves: every pass recurses as deep as the program nests, and
/// a generous stack turns a stack overflow into success or the nesting diagnostic. Reserving it
/// costs address space, not memory.
pub const THREAD_STACK: usize = 1 << 30;

/// Lexes and parses `source`. Never panics, never fails.
pub fn parse(source: &str) -> Parsed {
    parse_counting(source).0
}

/// `parse`, and the parser's work: tokens consumed plus tokens examined by lookahead. The
/// linearity test holds it to a multiple of the input's length.
pub fn parse_counting(source: &str) -> (Parsed, u64) {
    let mut lexed = lexer::lex(source);
    let mut diagnostics = std::mem::take(&mut lexed.diagnostics);
    let mut tokens = lexed.tokens;
    let end = Span::new(source.len(), source.len());
    tokens.push((token::Token::Eof, end));
    let (mut unit, mut parse_diags, work) = parser::parse_tokens(source.len(), &tokens);
    unit.pragmas = lexed.pragmas;
    suppress_cascades(source, &diagnostics, &mut parse_diags);
    diagnostics.extend(parse_diags);
    (Parsed { unit, diagnostics }, work)
}

/// One syntax error per line: on a line where the lexer found a bad token, what the parser says
/// next is a consequence; elsewhere the first error the parser emitted on a line is the cause
/// (recovery emits the furthest failure first, then the errors of skipping the rest).
fn suppress_cascades(source: &str, lexer: &[Diagnostic], parser: &mut Vec<Diagnostic>) {
    let lines = span::LineIndex::new(source);
    let lexer_lines: std::collections::HashSet<usize> =
        lexer.iter().map(|d| lines.line(d.span().start)).collect();
    let mut seen = std::collections::HashSet::new();
    parser.retain(|d| {
        let line = lines.line(d.span().start);
        !lexer_lines.contains(&line) && seen.insert(line)
    });
}
