//! The parser: hand-written recursive descent over the lexer's tokens, one module per part of
//! the grammar (`types`, `expr`, `pattern`, `query`, `stmt`, `item`), with lookahead scanners
//! (`scan`) for C#'s ambiguities.
//!
//! **Linear on every input.** The parser never backtracks. Where C# needs to look ahead (is
//! `(T)x` a cast, is `A<B> c` a declaration, is `F<T>(x)` a generic call, is `(a, b) =>` a
//! lambda), a scanner reads tokens without building anything, and its answer for a position is
//! memoized; matching brackets are paired once up front, so "what follows the `)`" is one
//! lookup. Every token is consumed once by the parse and examined a bounded number of times by
//! scanners. `Parser::work` counts both, and a test holds it to a linear multiple of the input on
//! pathological inputs.
//!
//! **Recovery.** A missing `;`, `)`, `]` or `}` after a complete construct is reported where it
//! must be typed and assumed; a statement or member that cannot be read is skipped to the next
//! `;` or balanced `}` and becomes an `Error` node. Only one error is reported per token, so one
//! fault does not cascade.

mod expr;
mod item;
mod lambda;
mod members;
mod pattern;
mod primary;
mod query;
mod scan;
mod stmt;
mod types;

use crate::ast::{CompilationUnit, Ident};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

/// Brackets, expressions, types and patterns nested deeper than this are reported instead of
/// parsed: the tree would be too deep for every later recursive pass, and no real program nests
/// 1,000 levels.
pub const MAX_NESTING: usize = 1000;

/// Statements nest deeper in real programs (a 2,000-deep `else if` chain is a long `if`), so
/// they have a limit of their own.
pub const MAX_STATEMENT_NESTING: usize = 10_000;

/// The parse of `tokens` (which end with `Token::Eof`), and how much work it took.
pub(crate) fn parse_tokens(
    source_len: usize,
    tokens: &[(Token<'_>, Span)],
) -> (CompilationUnit, Vec<Diagnostic>, u64) {
    if let Some(d) = too_deep(tokens) {
        let unit = CompilationUnit {
            usings: Vec::new(),
            attributes: Vec::new(),
            items: Vec::new(),
            span: Span::new(0, source_len),
            pragmas: Default::default(),
            anonymous_objects: false,
            has_yield: false,
            generic_local_functions: false,
        };
        return (unit, vec![d], tokens.len() as u64);
    }
    let mut p = Parser::new(tokens);
    let unit = p.compilation_unit(source_len);
    (unit, p.diags, p.work)
}

pub(crate) struct Parser<'t, 's> {
    toks: &'t [(Token<'s>, Span)],
    pos: usize,
    pub(crate) diags: Vec<Diagnostic>,
    /// For each opening bracket, the index of its closing bracket (`toks.len() - 1`, the end of
    /// file, when it is never closed); `NONE` elsewhere.
    closer: Vec<u32>,
    /// `scan::Scanner` answers by position: `UNKNOWN`, `FAILED`, or the end index.
    type_memo: Vec<u32>,
    type_args_memo: Vec<u32>,
    /// Inside an async method, lambda or local function (or top-level statements), where
    /// `await` is always the operator.
    in_async: bool,
    /// The token at which the last error was reported: a second error there is a cascade.
    last_error_at: usize,
    /// How deeply the expression (or type, or pattern) being parsed nests, and how deeply the
    /// statement does: past `MAX_NESTING` (`MAX_STATEMENT_NESTING`) the file is reported
    /// (CS8078) and the rest is skipped, since every later pass recurses as deep as the tree.
    depth: usize,
    statement_depth: usize,
    /// How deeply the scanners recurse (a type inside type arguments or a tuple type).
    scan_depth: usize,
    /// CS8078 was reported and the cursor sent to the end: nothing more is reported.
    bailed: bool,
    /// Inside `typeof(...)`, where a type argument may be left out (`List<>`).
    unbound_generics: bool,
    /// Inside an object or collection initializer, where `X = { ... }` assigns a nested one.
    initializer_depth: u32,
    /// In a pattern or a switch-expression arm's `when` guard, outside any brackets: `x =>`
    /// there is the end of the operand and the arm's arrow, not a lambda.
    arrow_ends_operand: bool,
    /// Tokens consumed plus tokens examined by scanners: the parser's cost, for the linearity test.
    pub(crate) work: u64,
    /// An anonymous object creation was read (`CompilationUnit::anonymous_objects`).
    anonymous_objects: bool,
    /// A `yield` statement was read (`CompilationUnit::has_yield`).
    has_yield: bool,
    /// A generic local function was read (`CompilationUnit::generic_local_functions`).
    generic_local_functions: bool,
}

const NONE: u32 = u32::MAX;
const UNKNOWN: u32 = u32::MAX;
const FAILED: u32 = u32::MAX - 1;

impl<'t, 's> Parser<'t, 's> {
    fn new(toks: &'t [(Token<'s>, Span)]) -> Self {
        Parser {
            toks,
            pos: 0,
            diags: Vec::new(),
            closer: pair_brackets(toks),
            type_memo: vec![UNKNOWN; toks.len()],
            type_args_memo: vec![UNKNOWN; toks.len()],
            in_async: false,
            last_error_at: usize::MAX,
            initializer_depth: 0,
            arrow_ends_operand: false,
            unbound_generics: false,
            depth: 0,
            statement_depth: 0,
            scan_depth: 0,
            bailed: false,
            work: 0,
            anonymous_objects: false,
            has_yield: false,
            generic_local_functions: false,
        }
    }

    // ---- the cursor ------------------------------------------------------------------------

    fn eof_index(&self) -> usize {
        self.toks.len() - 1
    }

    pub(crate) fn tok(&self) -> &'t Token<'s> {
        &self.toks[self.pos].0
    }

    /// The token `k` places ahead (the end of file past the end).
    pub(crate) fn nth(&self, k: usize) -> &'t Token<'s> {
        &self.toks[(self.pos + k).min(self.eof_index())].0
    }

    pub(crate) fn tok_at(&self, i: usize) -> &'t Token<'s> {
        &self.toks[i.min(self.eof_index())].0
    }

    pub(crate) fn span(&self) -> Span {
        self.toks[self.pos].1
    }

    pub(crate) fn span_at(&self, i: usize) -> Span {
        self.toks[i.min(self.eof_index())].1
    }

    /// The span of the last token consumed (empty at the start of the file).
    pub(crate) fn prev_span(&self) -> Span {
        match self.pos.checked_sub(1) {
            Some(i) => self.toks[i].1,
            None => Span::new(0, 0),
        }
    }

    /// The span from `start` to the end of the last token consumed.
    pub(crate) fn since(&self, start: Span) -> Span {
        let end = self.prev_span();
        if self.pos == 0 || end.end < start.start {
            Span::new(start.start as usize, start.start as usize)
        } else {
            Span::new(start.start as usize, end.end as usize)
        }
    }

    pub(crate) fn at(&self, t: &Token<'_>) -> bool {
        self.tok() == t
    }

    pub(crate) fn at_eof(&self) -> bool {
        matches!(self.tok(), Token::Eof)
    }

    /// The current token is the contextual keyword `word` (an identifier with that text; a
    /// verbatim `@word` never is).
    pub(crate) fn at_word(&self, word: &str) -> bool {
        matches!(self.tok(), Token::Ident(s) if *s == word)
    }

    pub(crate) fn nth_is_word(&self, k: usize, word: &str) -> bool {
        matches!(self.nth(k), Token::Ident(s) if *s == word)
    }

    pub(crate) fn bump(&mut self) -> Span {
        let s = self.span();
        if self.pos < self.eof_index() {
            self.pos += 1;
        }
        self.work += 1;
        s
    }

    pub(crate) fn eat(&mut self, t: &Token<'_>) -> bool {
        if self.at(t) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub(crate) fn eat_word(&mut self, word: &str) -> Option<Span> {
        if self.at_word(word) {
            Some(self.bump())
        } else {
            None
        }
    }

    /// The index of the bracket closing the one at `i` (`None` if `i` opens nothing).
    pub(crate) fn closer_of(&self, i: usize) -> Option<usize> {
        match self.closer.get(i) {
            Some(&c) if c != NONE => Some(c as usize),
            _ => None,
        }
    }

    pub(crate) fn ident_at(&self, i: usize) -> bool {
        matches!(self.tok_at(i), Token::Ident(_) | Token::VerbatimIdent(_))
    }

    pub(crate) fn at_ident(&self) -> bool {
        self.ident_at(self.pos)
    }

    pub(crate) fn ident(&mut self) -> Option<Ident> {
        match *self.tok() {
            Token::Ident(s) => {
                let span = self.bump();
                Some(Ident {
                    name: s.to_string(),
                    span,
                })
            }
            // `@name` and a name with Unicode escapes (`\u0061bc`).
            Token::VerbatimIdent(s) => {
                let span = self.bump();
                Some(Ident {
                    name: crate::lexer::decode_ident(s),
                    span,
                })
            }
            _ => None,
        }
    }

    /// An identifier, or CS1001 and an empty name where it is missing.
    pub(crate) fn expect_ident(&mut self) -> Ident {
        if let Some(i) = self.ident() {
            return i;
        }
        let found = self.tok().to_string();
        self.error(
            Diagnostic::error("CS1001", "Identifier expected", self.span())
                .with_primary(format!("found {found}"))
                .with_hint("a name is required here"),
        );
        Ident {
            name: String::new(),
            span: Span::new(self.span().start as usize, self.span().start as usize),
        }
    }

    // ---- diagnostics -----------------------------------------------------------------------

    /// Reports `d` unless an error was already reported at this token (a cascade).
    pub(crate) fn error(&mut self, d: Diagnostic) {
        if self.last_error_at == self.pos || self.bailed {
            return;
        }
        self.last_error_at = self.pos;
        self.diags.push(d);
    }

    /// A closing or separating token that is missing: reported right after the previous token
    /// (where it must be typed) and assumed, so the parse goes on.
    pub(crate) fn expect(&mut self, t: Token<'static>) -> bool {
        if self.eat(&t) {
            return true;
        }
        self.missing(&t);
        false
    }

    pub(crate) fn missing(&mut self, t: &Token<'_>) {
        let (code, hint) = match t {
            Token::Semi => (
                "CS1002",
                "every statement and field declaration ends with `;`",
            ),
            Token::RParen => (
                "CS1026",
                "close the parenthesis opened earlier on this line",
            ),
            Token::RBrace if self.at_eof() => {
                ("CS1513", "a `{` was not closed before the end of the file")
            }
            Token::RBrace => ("CS1513", "a `{` was not closed"),
            Token::LBrace => ("CS1514", "a body or block starts with `{`"),
            _ => ("CS1003", "check the line for a missing or extra token"),
        };
        let what = format!("`{}`", t.text());
        let found = self.tok().to_string();
        let at = Span::new(self.prev_span().end as usize, self.prev_span().end as usize);
        let message = if code == "CS1003" {
            format!("Syntax error, {what} expected")
        } else {
            format!("{what} expected")
        };
        let mut d = Diagnostic::error(code, message, at).with_primary(format!("add {what} here"));
        // At the end of the file the "found" label would only point at trailing whitespace.
        if !self.at_eof() {
            d = d.with_label(self.span(), format!("found {found}"));
        }
        let d = d.with_hint(hint);
        self.error(d);
    }

    /// CS1525 at the current token, which cannot start an expression.
    pub(crate) fn invalid_term(&mut self) {
        let found = match self.tok() {
            Token::Eof => "end of file".to_string(),
            t => t.to_string(),
        };
        self.error(
            Diagnostic::error("CS1525", format!("Invalid expression term {found}"), self.span())
                .with_hint(
                    "an expression was expected here: a value, a name, a call or an operator applied to them",
                ),
        );
    }

    /// A syntax error at the current token.
    pub(crate) fn unexpected(&mut self, expected: &str) {
        let found = self.tok().to_string();
        self.error(
            Diagnostic::error(
                "CS1003",
                format!("Syntax error: unexpected {found}"),
                self.span(),
            )
            .with_primary(format!("expected {expected}"))
            .with_hint("check the line for a missing or extra token"),
        );
    }

    // ---- nesting ---------------------------------------------------------------------------

    /// One level deeper into an expression, type or pattern; false (after reporting CS8078 and
    /// skipping to the end of the file) past `MAX_NESTING`. Always paired with `leave`.
    pub(crate) fn enter(&mut self) -> bool {
        self.depth += 1;
        self.depth <= MAX_NESTING || self.bail()
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }

    pub(crate) fn enter_statement(&mut self) -> bool {
        self.statement_depth += 1;
        self.statement_depth <= MAX_STATEMENT_NESTING || self.bail()
    }

    pub(crate) fn leave_statement(&mut self) {
        self.statement_depth -= 1;
    }

    fn bail(&mut self) -> bool {
        if !self.bailed {
            self.diags.push(nesting_error(self.span()));
            self.bailed = true;
        }
        self.work += (self.eof_index() - self.pos) as u64;
        self.pos = self.eof_index();
        false
    }

    // ---- recovery --------------------------------------------------------------------------

    /// Skips a bracketed group whose opener is the current token.
    pub(crate) fn skip_group(&mut self) {
        match self.closer_of(self.pos) {
            Some(c) => {
                self.work += (c - self.pos) as u64;
                self.pos = c;
                if !self.at_eof() {
                    self.bump();
                }
            }
            None => {
                self.bump();
            }
        }
    }

    /// Skips what cannot be read: up to and including the next `;`, or through a balanced
    /// `{ ... }`, never past a `}` that closes an enclosing block (nor the end of file).
    pub(crate) fn skip_to_sync(&mut self) {
        let start = self.pos;
        loop {
            match self.tok() {
                Token::Eof | Token::RBrace => break,
                Token::Semi => {
                    self.bump();
                    break;
                }
                Token::LBrace => {
                    self.skip_group();
                    // A block ends the junk when it was the first thing skipped or follows
                    // a member or statement header (`int F() {`).
                    break;
                }
                Token::LParen | Token::LBracket | Token::HoleStart => self.skip_group(),
                _ => {
                    self.bump();
                }
            }
        }
        if self.pos == start && !self.at_eof() && !self.at(&Token::RBrace) {
            self.bump();
        }
    }
}

/// Pairs every `(`, `[`, `{` and interpolation hole with its closer in one pass. A closer that
/// does not match the innermost opener is left unpaired (the opener stays open), which is the
/// reading that keeps the most structure of a broken file.
fn pair_brackets(toks: &[(Token<'_>, Span)]) -> Vec<u32> {
    let mut closer = vec![NONE; toks.len()];
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let kind = |t: &Token<'_>| match t {
        Token::LParen | Token::RParen => 0u8,
        Token::LBracket | Token::RBracket => 1,
        Token::LBrace | Token::RBrace => 2,
        _ => 3,
    };
    for (i, (t, _)) in toks.iter().enumerate() {
        match t {
            Token::LParen | Token::LBracket | Token::LBrace | Token::HoleStart => {
                stack.push((i, kind(t)))
            }
            Token::RParen | Token::RBracket | Token::RBrace | Token::HoleEnd
                if stack.last().is_some_and(|&(_, k)| k == kind(t)) =>
            {
                let (open, _) = stack.pop().expect("checked non-empty");
                closer[open] = i as u32;
            }
            _ => {}
        }
    }
    let eof = toks.len().saturating_sub(1) as u32;
    for (open, _) in stack {
        closer[open] = eof;
    }
    closer
}

fn too_deep(tokens: &[(Token<'_>, Span)]) -> Option<Diagnostic> {
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
                | Token::Caret
                | Token::Amp
                | Token::Star
                | Token::Ident("await")
                | Token::Ident("async")
                | Token::Ident("not")
        );
        prefix_run = if is_prefix { prefix_run + 1 } else { 0 };
        if depth > MAX_NESTING || prefix_run > MAX_NESTING {
            return Some(nesting_error(*s));
        }
    }
    None
}

fn nesting_error(at: Span) -> Diagnostic {
    Diagnostic::error(
        "CS8078",
        "An expression is too long or complex to compile",
        at,
    )
    .with_primary(format!("nesting passes {MAX_NESTING} levels here"))
    .with_hint("split the expression or block into smaller methods or local variables")
}
