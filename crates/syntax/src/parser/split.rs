//! A large file parsed on several threads. The members of its largest class are cut into runs
//! at member boundaries; each run after the first is parsed on a thread of its own as the only
//! members of that class (the file's tokens up to the class's `{`, the run, then closing
//! braces), while this thread parses the file with the first run in place; the runs' members
//! are then appended in order. The parser is the same; only its input is shortened.
//!
//! Only error-free input takes this path: a run with any error makes the caller parse the whole
//! file on one thread, whose diagnostics are the reference. A cut in a wrong place cannot go
//! unnoticed: it leaves an incomplete member at the end of a run, which is an error.

use super::parse_clean;
use crate::ast::{CompilationUnit, Item, Member};
use crate::token::Token;
use chumsky::span::SimpleSpan;

type Tok<'a> = (Token<'a>, SimpleSpan);

/// Below this many tokens one thread is faster than starting another.
const MIN_TOKENS: usize = 40_000;

/// The largest class body: its `{` and `}`, and how many braces enclose it.
struct Body {
    open: usize,
    close: usize,
    depth: usize,
}

/// The parse of `tokens` (the lexed `source`) on `threads` threads, or `None` when the file is
/// small, has no class worth cutting, or any part has an error (the caller parses it whole).
pub(crate) fn parse_split(
    source: &str,
    tokens: &[Tok<'_>],
    threads: usize,
    stack: usize,
) -> Option<CompilationUnit> {
    if threads < 2 || tokens.len() < MIN_TOKENS {
        return None;
    }
    let body = largest_body(tokens)?;
    let cuts = cuts(tokens, &body, threads);
    if cuts.is_empty() {
        return None;
    }
    let class_name = tokens[..body.open]
        .iter()
        .rposition(|(t, _)| matches!(t, Token::Class | Token::Struct | Token::Interface))
        .and_then(|k| tokens.get(k + 1))
        .map(|(_, s)| s.start as u32)?;
    let (main, rest) = std::thread::scope(|s| {
        let handles: Vec<_> = (0..cuts.len())
            .map(|i| {
                let (cuts, body) = (&cuts, &body);
                std::thread::Builder::new()
                    .stack_size(stack)
                    .spawn_scoped(s, move || {
                        // Tokens hold `Rc`s: each thread lexes the source for itself (a few
                        // percent of a parse), into the same tokens at the same indices.
                        let own = crate::lexer::lex(source).parser_tokens();
                        let end = cuts.get(i + 1).copied().unwrap_or(body.close);
                        let mut run = own[..=body.open].to_vec();
                        run.extend_from_slice(&own[cuts[i]..end]);
                        let closer = (Token::RBrace, own[body.close].1);
                        run.extend((0..=body.depth).map(|_| closer.clone()));
                        parse_clean(&run, source.len()).and_then(|u| members_of(u, class_name))
                    })
                    .ok()
            })
            .collect();
        let first: Vec<Tok<'_>> = tokens[..cuts[0]]
            .iter()
            .chain(&tokens[body.close..])
            .cloned()
            .collect();
        let main = parse_clean(&first, source.len());
        let rest: Option<Vec<Vec<Member>>> = handles
            .into_iter()
            .map(|h| h.and_then(|h| h.join().ok()).flatten())
            .collect();
        (main, rest)
    });
    let mut unit = main?;
    let class = class_in(&mut unit.items, class_name)?;
    class.extend(rest?.into_iter().flatten());
    Some(unit)
}

fn largest_body(tokens: &[Tok<'_>]) -> Option<Body> {
    let mut best: Option<Body> = None;
    // Each `{` still open, and whether it opens a type's body.
    let mut open: Vec<(usize, bool)> = Vec::new();
    let mut type_keyword = false;
    for (i, (t, _)) in tokens.iter().enumerate() {
        match t {
            Token::Class | Token::Struct | Token::Interface => type_keyword = true,
            Token::LBrace => {
                open.push((i, type_keyword));
                type_keyword = false;
            }
            Token::RBrace => {
                let (start, is_type) = open.pop()?;
                let size = i - start;
                if is_type && best.as_ref().is_none_or(|b| b.close - b.open < size) {
                    best = Some(Body {
                        open: start,
                        close: i,
                        depth: open.len(),
                    });
                }
            }
            Token::Semi => type_keyword = false,
            _ => {}
        }
    }
    best
}

/// Where the runs after the first start: member starts in the body, about evenly spaced.
fn cuts(tokens: &[Tok<'_>], body: &Body, threads: usize) -> Vec<usize> {
    let len = body.close - body.open;
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut next_target = body.open + len / threads;
    for i in body.open + 1..body.close {
        match tokens[i].0 {
            Token::LBrace => depth += 1,
            Token::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        let ends_member = depth == 0 && matches!(tokens[i].0, Token::RBrace | Token::Semi);
        if ends_member && i + 1 >= next_target && starts_member(&tokens[i + 1].0) {
            out.push(i + 1);
            next_target = i + 1 + len / threads;
            if out.len() + 1 == threads {
                break;
            }
        }
    }
    out
}

/// Tokens a member can start with (a modifier, a type, an attribute); anything else after a `}`
/// or `;` means the member goes on (`= ...`, `;` after an initializer's braces).
fn starts_member(t: &Token<'_>) -> bool {
    matches!(
        t,
        Token::Ident(_)
            | Token::VerbatimIdent(_)
            | Token::LBracket
            | Token::Public
            | Token::Private
            | Token::Internal
            | Token::Protected
            | Token::Static
            | Token::Const
            | Token::Readonly
            | Token::Abstract
            | Token::Virtual
            | Token::Override
            | Token::Sealed
            | Token::Extern
            | Token::Unsafe
            | Token::New
            | Token::Volatile
            | Token::Void
            | Token::Int
            | Token::Long
            | Token::Bool
            | Token::Double
            | Token::String
            | Token::Object
            | Token::Class
            | Token::Struct
            | Token::Interface
            | Token::Enum
    )
}

fn members_of(mut unit: CompilationUnit, class_name: u32) -> Option<Vec<Member>> {
    class_in(&mut unit.items, class_name).map(std::mem::take)
}

/// The members of the class whose name starts at `name`.
fn class_in(items: &mut [Item], name: u32) -> Option<&mut Vec<Member>> {
    for item in items {
        match item {
            Item::Type(t) if t.name.span.start == name => return Some(&mut t.members),
            Item::Namespace(n) => {
                if let Some(m) = class_in(&mut n.items, name) {
                    return Some(m);
                }
            }
            _ => {}
        }
    }
    None
}
