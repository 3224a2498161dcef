//! Types: `int`, `List<Task<int>>`, `System.Exception`, `int[]`, `int?`, `(int, string)`.

use super::{sp, Extra, GErr, TokenInput};
use crate::ast::{Ident, PredefinedType, TypeExpr, TypeExprKind, TypeSegment};
use crate::token::Token;
use chumsky::prelude::*;

pub(crate) fn ident<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, Ident, Extra<Er>> + Clone {
    select! { Token::Ident(s) => s, Token::VerbatimIdent(s) => s }
        .map_with(|s: &str, e| Ident {
            name: s.to_string(),
            span: sp(e.span()),
        })
        .labelled("identifier")
}

/// A contextual keyword (`var`, `async`, `await`, `yield`, `when`...): an identifier token with
/// that text.
pub(crate) fn contextual<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    word: &'static str,
) -> impl Parser<'a, I, SimpleSpan, Extra<Er>> + Clone {
    just(Token::Ident(word)).to_span()
}

pub(crate) fn predefined<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, PredefinedType, Extra<Er>> + Clone {
    select! {
        Token::Int => PredefinedType::Int,
        Token::Long => PredefinedType::Long,
        Token::Bool => PredefinedType::Bool,
        Token::Double => PredefinedType::Double,
        Token::String => PredefinedType::String,
        Token::Void => PredefinedType::Void,
        Token::Object => PredefinedType::Object,
        Token::Char => PredefinedType::Char,
        Token::Float => PredefinedType::Float,
        Token::Decimal => PredefinedType::Decimal,
        Token::Byte => PredefinedType::Byte,
        Token::SByte => PredefinedType::SByte,
        Token::Short => PredefinedType::Short,
        Token::UShort => PredefinedType::UShort,
        Token::UInt => PredefinedType::UInt,
        Token::ULong => PredefinedType::ULong,
    }
}

/// `<T, U>` in a type. `>>` is two tokens (the lexer never joins `>`), so nested lists close.
pub(crate) fn type_args<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    ty: impl Parser<'a, I, TypeExpr, Extra<Er>> + Clone,
) -> impl Parser<'a, I, Vec<TypeExpr>, Extra<Er>> + Clone {
    ty.separated_by(just(Token::Comma))
        .at_least(1)
        .collect()
        .delimited_by(just(Token::Lt), just(Token::Gt))
}

pub(crate) fn type_expr<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, TypeExpr, Extra<Er>> + Clone {
    recursive(|ty| {
        let segment = ident()
            .then(type_args(ty.clone()).or_not())
            .map(|(name, args)| TypeSegment {
                name,
                args: args.unwrap_or_default(),
            });
        let named = segment
            .separated_by(just(Token::Dot))
            .at_least(1)
            .collect::<Vec<_>>()
            .map(TypeExprKind::Named);
        let tuple = ty
            .clone()
            .then_ignore(ident().or_not())
            .separated_by(just(Token::Comma))
            .at_least(2)
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen))
            .map(TypeExprKind::Tuple);
        let base = choice((predefined().map(TypeExprKind::Predefined), named, tuple)).map_with(
            |kind, e| TypeExpr {
                kind,
                span: sp(e.span()),
            },
        );
        #[derive(Clone)]
        enum Suffix {
            Nullable,
            Array(u32),
        }
        let suffix = choice((
            just(Token::Question).to(Suffix::Nullable),
            just(Token::Comma)
                .repeated()
                .count()
                .delimited_by(just(Token::LBracket), just(Token::RBracket))
                .map(|commas| Suffix::Array(commas as u32 + 1)),
        ))
        .map_with(|s, e| (s, sp(e.span())));
        base.foldl(suffix.repeated(), |inner, (suffix, span)| {
            let span = inner.span.to(span);
            let kind = match suffix {
                Suffix::Nullable => TypeExprKind::Nullable(Box::new(inner)),
                Suffix::Array(rank) => TypeExprKind::Array {
                    element: Box::new(inner),
                    rank,
                },
            };
            TypeExpr { kind, span }
        })
        .labelled("type")
    })
}
