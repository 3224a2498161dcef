//! Turns chumsky's errors into the project's diagnostics with C#'s codes: a missing `;` is
//! CS1002 at the end of the previous token (where the user must type it), not at the next line.

use super::sp;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;
use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::span::SimpleSpan;

const SEP: char = '\u{1}';

/// A grammar-level diagnostic carried through chumsky's `Rich::custom` and decoded below.
pub(crate) fn custom(code: &str, message: &str, hint: &str) -> String {
    format!("{code}{SEP}{message}{SEP}{hint}")
}

pub(crate) fn to_diagnostic(
    e: Rich<'_, Token<'_>, SimpleSpan>,
    tokens: &[(Token<'_>, SimpleSpan)],
) -> Diagnostic {
    let span = sp(*e.span());
    match e.reason() {
        RichReason::Custom(text) => {
            let mut parts = text.split(SEP);
            let (code, message, hint) = (parts.next(), parts.next(), parts.next());
            match (code, message, hint) {
                (Some(code), Some(message), Some(hint)) => {
                    Diagnostic::error(intern(code), message, span).with_hint(hint)
                }
                _ => Diagnostic::error("CS1003", format!("Syntax error: {text}"), span),
            }
        }
        RichReason::ExpectedFound { expected, found } => {
            let found_text = found
                .as_ref()
                .map_or_else(|| "end of file".to_string(), |t| t.to_string());
            let expects = |t: Token<'_>| {
                expected
                    .iter()
                    .any(|p| matches!(p, RichPattern::Token(x) if **x == t))
            };
            let labelled = |l: &str| {
                expected
                    .iter()
                    .any(|p| matches!(p, RichPattern::Label(x) if x.as_ref() == l))
            };
            let after_previous = previous_end(tokens, span);
            let missing = |code, what: &str, hint: &str| {
                Diagnostic::error(code, format!("{what} expected"), after_previous)
                    .with_primary(format!("add {what} here"))
                    .with_label(span, format!("found {found_text}"))
                    .with_hint(hint)
            };
            if expects(Token::Semi) {
                missing(
                    "CS1002",
                    "`;`",
                    "every statement and field declaration ends with `;`",
                )
            } else if expects(Token::RParen) {
                missing(
                    "CS1026",
                    "`)`",
                    "close the parenthesis opened earlier on this line",
                )
            } else if expects(Token::RBrace) && found.is_none() {
                missing(
                    "CS1513",
                    "`}`",
                    "a `{` was not closed before the end of the file",
                )
            } else if expects(Token::RBracket) {
                missing("CS1003", "`]`", "close the bracket")
            } else if labelled("expression") && found.is_some() {
                Diagnostic::error(
                    "CS1525",
                    format!("Invalid expression term {found_text}"),
                    span,
                )
                .with_hint("an expression was expected here: a value, a name, a call or an operator applied to them")
            } else if labelled("identifier") {
                Diagnostic::error("CS1001", "Identifier expected", span)
                    .with_primary(format!("found {found_text}"))
                    .with_hint("a name is required here")
            } else {
                let list: Vec<String> = expected.iter().take(6).map(describe).collect();
                let list = if list.is_empty() {
                    "something else".to_string()
                } else {
                    list.join(", ")
                };
                Diagnostic::error(
                    "CS1003",
                    format!("Syntax error: unexpected {found_text}"),
                    span,
                )
                .with_primary(format!("expected {list}"))
                .with_hint("check the line for a missing or extra token")
            }
        }
    }
}

fn describe(p: &RichPattern<'_, Token<'_>>) -> String {
    match p {
        RichPattern::Token(t) => (**t).to_string(),
        RichPattern::Label(l) => l.to_string(),
        RichPattern::Identifier(i) => format!("`{i}`"),
        RichPattern::Any => "any token".into(),
        RichPattern::SomethingElse => "something else".into(),
        RichPattern::EndOfInput => "end of file".into(),
    }
}

/// The empty span right after the last token that ends before `span`.
fn previous_end(tokens: &[(Token<'_>, SimpleSpan)], span: Span) -> Span {
    let idx = tokens.partition_point(|(_, s)| s.end <= span.start as usize);
    match idx.checked_sub(1).and_then(|i| tokens.get(i)) {
        Some((_, s)) => Span::new(s.end, s.end),
        None => Span::new(span.start as usize, span.start as usize),
    }
}

/// Codes are `&'static str` in `Diagnostic`; the few the grammar uses are listed here.
fn intern(code: &str) -> &'static str {
    match code {
        "UA0100" => "UA0100",
        "CS0116" => "CS0116",
        "CS1520" => "CS1520",
        "CS1022" => "CS1022",
        "CS0622" => "CS0622",
        _ => "UA0001",
    }
}
