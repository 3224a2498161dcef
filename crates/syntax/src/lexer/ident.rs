//! Identifiers written with Unicode escapes (C# spec 6.4.3): `\u0061bc` is the identifier `abc`.
//! Such a name, like `@name`, is never a keyword nor a contextual keyword (`\u0069f` is an
//! identifier `if`), so the token is a `VerbatimIdent` holding the source text; the parser
//! decodes it with `decode_ident`.

use super::Driver;
use crate::span::Span;
use crate::token::Token;
use logos::Logos;

/// The characters of an identifier's text, each with its byte range in the text: escapes
/// decoded (`None` for an escape of no character, such as a lone surrogate).
fn chars(text: &str) -> impl Iterator<Item = (Option<char>, usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let rest = text.get(i..).filter(|r| !r.is_empty())?;
        let start = i;
        let digits = match rest.as_bytes() {
            [b'\\', b'u', ..] => 4,
            [b'\\', b'U', ..] => 8,
            _ => 0,
        };
        if let Some(hex) = rest.get(2..2 + digits).filter(|_| digits > 0) {
            i += 2 + digits;
            let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
            return Some((c, start, i));
        }
        let c = rest.chars().next()?;
        i += c.len_utf8();
        Some((Some(c), start, i))
    })
}

/// The name an identifier's text stands for (its escapes decoded).
pub fn decode_ident(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_string();
    }
    chars(text).filter_map(|(c, _, _)| c).collect()
}

/// `c` may start an identifier: the lexer reads it alone as one.
fn is_start(c: char) -> bool {
    let s = c.to_string();
    matches!(Token::lexer(&s).next(), Some(Ok(Token::Ident(t))) if t.len() == s.len())
}

/// `c` may continue an identifier.
fn is_part(c: char) -> bool {
    let s = format!("_{c}");
    matches!(Token::lexer(&s).next(), Some(Ok(Token::Ident(t))) if t.len() == s.len())
}

impl<'s> Driver<'s> {
    /// A name with escapes at `at` (after any `@`): a `VerbatimIdent`, or CS1056 where an escape
    /// stands for a character no identifier may hold there.
    pub(super) fn escaped_ident(&mut self, text: &'s str, at: usize) -> Token<'s> {
        for (k, (c, from, to)) in chars(text).enumerate() {
            let ok = c.is_some_and(|c| if k == 0 { is_start(c) } else { is_part(c) });
            if !ok {
                let shown = &text[from..to];
                self.error(
                    "CS1056",
                    format!("Unexpected character '{shown}'"),
                    Span::new(at + from, at + to),
                    "an escape in an identifier must stand for a letter (or, after the first character, a digit)",
                );
                return Token::Error;
            }
        }
        Token::VerbatimIdent(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_decode() {
        assert_eq!(decode_ident(r"\u0061bc"), "abc");
        assert_eq!(decode_ident(r"x\U00000062"), "xb");
        assert_eq!(decode_ident("plain"), "plain");
        assert!(is_start('é') && !is_start('1') && is_part('1') && !is_part('+'));
    }
}
