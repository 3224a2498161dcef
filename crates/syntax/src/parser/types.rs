//! Types: `int`, `List<Task<int>>`, `System.Exception`, `global::X`, `int[,]`, `int?`,
//! `(int a, string b)`, `int*`, `delegate*<int, void>`, `ref readonly T`.

use super::scan::{is_predefined, TypeCtx};
use super::Parser;
use crate::ast::{PredefinedType, TupleTypeElem, TypeExpr, TypeExprKind, TypeSegment};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

pub(crate) fn predefined(t: &Token<'_>) -> Option<PredefinedType> {
    Some(match t {
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
        _ => return None,
    })
}

impl Parser<'_, '_> {
    /// A type where one is required (CS1031 when there is none).
    pub(crate) fn parse_type(&mut self) -> TypeExpr {
        self.parse_type_ctx(TypeCtx::FULL)
    }

    pub(crate) fn parse_type_ctx(&mut self, ctx: TypeCtx) -> TypeExpr {
        let ty = if self.enter() {
            let core = self.parse_core_type();
            self.parse_type_suffixes(core, ctx)
        } else {
            TypeExpr {
                kind: TypeExprKind::Error,
                span: self.span(),
            }
        };
        self.leave();
        ty
    }

    /// A return or local type: `ref T` and `ref readonly T` besides every other type.
    pub(crate) fn parse_ref_type(&mut self) -> TypeExpr {
        if self.at(&Token::Ref) {
            let start = self.bump();
            let readonly = self.eat(&Token::Readonly);
            let inner = self.parse_type();
            let span = start.to(inner.span);
            return TypeExpr {
                kind: TypeExprKind::Ref {
                    readonly,
                    inner: Box::new(inner),
                },
                span,
            };
        }
        self.parse_type()
    }

    pub(crate) fn parse_type_suffixes(&mut self, mut ty: TypeExpr, ctx: TypeCtx) -> TypeExpr {
        let start = ty.span;
        loop {
            match self.tok() {
                Token::Question if ctx.nullable => {
                    self.bump();
                    ty = TypeExpr {
                        kind: TypeExprKind::Nullable(Box::new(ty)),
                        span: self.since(start),
                    };
                }
                Token::Star if ctx.pointer => {
                    self.bump();
                    ty = TypeExpr {
                        kind: TypeExprKind::Pointer(Box::new(ty)),
                        span: self.since(start),
                    };
                }
                Token::LBracket if self.rank_specifier_end(self.pos).is_some() => {
                    // `T[][,]` is an array of `T[,]`: the first specifier is the outermost
                    // array, so a run of specifiers wraps from the last one.
                    let mut ranks = Vec::new();
                    while let Some(end) = self.rank_specifier_end(self.pos) {
                        ranks.push((end - self.pos - 1) as u32);
                        while self.pos < end {
                            self.bump();
                        }
                    }
                    let span = self.since(start);
                    for rank in ranks.into_iter().rev() {
                        ty = TypeExpr {
                            kind: TypeExprKind::Array {
                                element: Box::new(ty),
                                rank,
                            },
                            span,
                        };
                    }
                }
                _ => return ty,
            }
        }
    }

    fn parse_core_type(&mut self) -> TypeExpr {
        let start = self.span();
        if let Some(p) = predefined(self.tok()) {
            self.bump();
            return TypeExpr {
                kind: TypeExprKind::Predefined(p),
                span: start,
            };
        }
        match self.tok() {
            Token::Ident(_) | Token::VerbatimIdent(_) => {
                if matches!(self.nth(1), Token::ColonColon) {
                    let alias = self.ident().expect("at an identifier");
                    self.bump();
                    let rest = self.type_segments();
                    return TypeExpr {
                        kind: TypeExprKind::AliasQualified { alias, rest },
                        span: self.since(start),
                    };
                }
                let segs = self.type_segments();
                TypeExpr {
                    kind: TypeExprKind::Named(segs),
                    span: self.since(start),
                }
            }
            Token::LParen => self.tuple_type(),
            Token::Delegate if matches!(self.nth(1), Token::Star) => {
                self.bump();
                self.bump();
                if self.at_word("managed") || self.at_word("unmanaged") {
                    self.bump();
                    if self.at(&Token::LBracket) {
                        self.skip_group();
                    }
                }
                let args = if self.at(&Token::Lt) {
                    self.parse_type_args()
                } else {
                    self.missing(&Token::Lt);
                    Vec::new()
                };
                TypeExpr {
                    kind: TypeExprKind::FunctionPointer(args),
                    span: self.since(start),
                }
            }
            _ => {
                let found = self.tok().to_string();
                self.error(
                    Diagnostic::error("CS1031", "Type expected", self.span())
                        .with_primary(format!("found {found}"))
                        .with_hint("write a type here, such as `int`, `string` or `Task<int>`"),
                );
                TypeExpr {
                    kind: TypeExprKind::Error,
                    span: Span::new(start.start as usize, start.start as usize),
                }
            }
        }
    }

    /// `A<B>.C<D>`: the dotted segments of a name, each with its type arguments.
    fn type_segments(&mut self) -> Vec<TypeSegment> {
        let mut segs = Vec::new();
        loop {
            let name = self.expect_ident();
            let args = if self.at(&Token::Lt) {
                self.parse_type_args()
            } else {
                Vec::new()
            };
            segs.push(TypeSegment { name, args });
            if self.at(&Token::Dot) && self.ident_at(self.pos + 1) {
                self.bump();
            } else {
                return segs;
            }
        }
    }

    /// `<T, U>` at a `<`; an empty argument (`List<>`, `Dictionary<,>`) is `Omitted`.
    pub(crate) fn parse_type_args(&mut self) -> Vec<TypeExpr> {
        self.bump();
        let mut args = Vec::new();
        loop {
            if matches!(self.tok(), Token::Comma | Token::Gt) && self.unbound_generics {
                let at = self.span();
                args.push(TypeExpr {
                    kind: TypeExprKind::Omitted,
                    span: Span::new(at.start as usize, at.start as usize),
                });
            } else {
                args.push(self.parse_type());
            }
            if !self.eat(&Token::Comma) {
                break;
            }
        }
        self.expect(Token::Gt);
        args
    }

    fn tuple_type(&mut self) -> TypeExpr {
        let start = self.bump();
        let mut elems = Vec::new();
        loop {
            let ty = self.parse_type();
            let name = self.ident();
            elems.push(TupleTypeElem { ty, name });
            if !self.eat(&Token::Comma) {
                break;
            }
        }
        self.expect(Token::RParen);
        TypeExpr {
            kind: TypeExprKind::Tuple(elems),
            span: self.since(start),
        }
    }

    /// At the current token a type starts (a name, a predefined type or a tuple type).
    pub(crate) fn at_type_start(&self) -> bool {
        is_predefined(self.tok()) || self.at_ident() || self.at(&Token::LParen)
    }
}
