//! Primary expressions: literals, interpolated strings, names, parentheses and tuples, `new` in
//! all its forms and initializers, collection expressions, and the keyword forms (`this`,
//! `typeof`, `default`, `checked`, `sizeof`, `stackalloc`).

use super::expr::{error_expr, mk};
use super::scan::{is_predefined, TypeCtx};
use super::types::predefined;
use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

impl<'t, 's> Parser<'t, 's> {
    pub(crate) fn primary(&mut self) -> Expr {
        let start = self.span();
        let literal = match self.tok() {
            Token::Integer((v, s)) => Some(Literal::Int(*v, *s)),
            Token::Real((v, None)) | Token::Real((v, Some('d'))) => Some(Literal::Double(*v)),
            Token::Real((v, Some('f'))) => Some(Literal::Float(*v)),
            Token::Real((v, Some(_))) => Some(Literal::Decimal(v.to_string())),
            Token::Str(s) => Some(Literal::String(s.to_string())),
            Token::CharLit(c) => Some(Literal::Char(*c)),
            Token::True => Some(Literal::Bool(true)),
            Token::False => Some(Literal::Bool(false)),
            Token::Null => Some(Literal::Null),
            _ => None,
        };
        if let Some(l) = literal {
            self.bump();
            // `"abc"u8` (C# 11): a UTF-8 string literal.
            if let (Literal::String(s), Token::Ident("u8" | "U8")) = (&l, self.tok()) {
                if self.adjacent_to_prev() {
                    let s = s.clone();
                    self.bump();
                    return mk(ExprKind::Literal(Literal::Utf8String(s)), self.since(start));
                }
            }
            return mk(ExprKind::Literal(l), start);
        }
        match self.tok().clone() {
            Token::InterpStart => self.interpolated(),
            Token::Ident(word) => self.name_or_keyword_form(word),
            Token::VerbatimIdent(_) => self.simple_name(),
            Token::LParen => self.parens_or_tuple(),
            Token::New => self.new_expr(),
            Token::This => mk(ExprKind::This, self.bump()),
            Token::Base => mk(ExprKind::Base, self.bump()),
            Token::Typeof => {
                self.bump();
                // Only `typeof` may name an unbound generic type (`List<>`).
                self.unbound_generics = true;
                let ty = self.parenthesized_type();
                self.unbound_generics = false;
                mk(ExprKind::Typeof(ty), self.since(start))
            }
            Token::Sizeof => {
                self.bump();
                let ty = self.parenthesized_type();
                mk(ExprKind::Sizeof(ty), self.since(start))
            }
            Token::Default => {
                self.bump();
                let ty = self.at(&Token::LParen).then(|| self.parenthesized_type());
                mk(ExprKind::Default(ty), self.since(start))
            }
            Token::Checked | Token::Unchecked if matches!(self.nth(1), Token::LParen) => {
                let checked = self.at(&Token::Checked);
                self.bump();
                self.bump();
                let e = self.expr();
                self.expect(Token::RParen);
                mk(
                    ExprKind::Checked {
                        checked,
                        expr: Box::new(e),
                    },
                    self.since(start),
                )
            }
            Token::Delegate | Token::Static => self.lambda(),
            Token::Stackalloc => self.stackalloc(),
            Token::LBracket => self.collection_expr(),
            t if is_predefined(&t) => {
                if !self.arrow_ends_operand && self.explicit_return_lambda(self.pos) {
                    return self.lambda();
                }
                let p = predefined(&t).expect("checked predefined");
                mk(ExprKind::PredefinedType(p), self.bump())
            }
            _ => {
                self.invalid_term();
                error_expr(start)
            }
        }
    }

    fn adjacent_to_prev(&self) -> bool {
        self.prev_span().end == self.span().start
    }

    /// An identifier: a lambda, a query, `var (a, b)`, an alias-qualified name, the undocumented
    /// `__arglist` forms, or a (generic) simple name.
    fn name_or_keyword_form(&mut self, word: &str) -> Expr {
        if !self.arrow_ends_operand
            && (self.lambda_at(self.pos) || self.explicit_return_lambda(self.pos))
        {
            return self.lambda();
        }
        if word == "from" && self.query_at(self.pos) {
            return self.query();
        }
        if word == "var" {
            if let Some(d) = self.declaration_expr() {
                return d;
            }
        }
        let undocumented = match word {
            "__arglist" => Some("`__arglist`"),
            "__makeref" => Some("`__makeref`"),
            "__reftype" => Some("`__reftype`"),
            "__refvalue" => Some("`__refvalue`"),
            _ => None,
        };
        if let Some(what) = undocumented {
            let start = self.bump();
            if self.at(&Token::LParen) {
                self.skip_group();
            }
            return mk(ExprKind::Undocumented(what), self.since(start));
        }
        if matches!(self.nth(1), Token::ColonColon) {
            let start = self.span();
            let alias = self.ident().expect("at an identifier");
            self.bump();
            let name = self.expect_ident();
            let type_args = self.type_args_in_expr();
            return mk(
                ExprKind::AliasQualified {
                    alias,
                    name,
                    type_args,
                },
                self.since(start),
            );
        }
        self.simple_name()
    }

    fn simple_name(&mut self) -> Expr {
        let start = self.span();
        let name = self.ident().expect("at an identifier");
        let type_args = self.type_args_in_expr();
        mk(ExprKind::Name { name, type_args }, self.since(start))
    }

    fn type_args_in_expr(&mut self) -> Vec<TypeExpr> {
        if self.at(&Token::Lt) && self.is_generic_args_in_expr(self.pos) {
            self.parse_type_args()
        } else {
            Vec::new()
        }
    }

    /// `(T)` after `typeof`, `sizeof`, `default`.
    fn parenthesized_type(&mut self) -> TypeExpr {
        if !self.expect(Token::LParen) {
            return TypeExpr {
                kind: TypeExprKind::Error,
                span: self.span(),
            };
        }
        let ty = if self.at(&Token::RParen) {
            self.parse_type()
        } else {
            self.parse_ref_type()
        };
        self.expect(Token::RParen);
        ty
    }

    /// `(e)`, a tuple `(a, b)` / `(x: 1, int y)`, at a `(` that is not a cast or a lambda.
    fn parens_or_tuple(&mut self) -> Expr {
        let start = self.bump();
        if self.at(&Token::RParen) {
            // `()` is only a lambda's empty parameter list (`() => x`), handled before.
            self.invalid_term();
            self.bump();
            return error_expr(start);
        }
        let first = self.tuple_element();
        if !self.at(&Token::Comma) && first.name.is_none() {
            self.expect(Token::RParen);
            // The parentheses leave no node: `(a)` means `a`.
            return first.value;
        }
        let mut elems = vec![first];
        while self.eat(&Token::Comma) {
            elems.push(self.tuple_element());
        }
        self.expect(Token::RParen);
        mk(ExprKind::Tuple(elems), self.since(start))
    }

    fn tuple_element(&mut self) -> Arg {
        let name = if self.at_ident() && matches!(self.nth(1), Token::Colon) {
            let n = self.ident();
            self.bump();
            n
        } else {
            None
        };
        Arg {
            modifier: None,
            name,
            value: self.declaration_or_expr(),
        }
    }

    fn interpolated(&mut self) -> Expr {
        let start = self.bump();
        let mut parts = Vec::new();
        loop {
            match self.tok().clone() {
                Token::InterpText(t) => {
                    self.bump();
                    // A raw string's text between two holes may be empty.
                    if !t.is_empty() {
                        parts.push(InterpPart::Text(t.to_string()));
                    }
                }
                Token::HoleStart => {
                    self.bump();
                    let expr = self.expr();
                    let alignment = self.eat(&Token::Comma).then(|| self.expr());
                    let format = match self.tok() {
                        Token::HoleFormat(f) => {
                            let f = f.to_string();
                            self.bump();
                            Some(f)
                        }
                        _ => None,
                    };
                    if !self.eat(&Token::HoleEnd) {
                        // Skip what the hole's expression did not take, up to its end.
                        self.invalid_term();
                        while !matches!(self.tok(), Token::HoleEnd | Token::InterpEnd | Token::Eof)
                        {
                            self.bump();
                        }
                        self.eat(&Token::HoleEnd);
                    }
                    parts.push(InterpPart::Hole {
                        expr,
                        alignment,
                        format,
                    });
                }
                Token::InterpEnd => {
                    self.bump();
                    break;
                }
                _ => break,
            }
        }
        mk(ExprKind::Interpolated(parts), self.since(start))
    }

    /// `new T(args) { init }`, `new T[n]`, `new T[] { }`, `new[] { }`, `new() { }`,
    /// `new { A = 1 }`.
    fn new_expr(&mut self) -> Expr {
        let start = self.bump();
        match self.tok() {
            Token::LParen => {
                let args = self.arg_list(Token::RParen);
                let initializer = self.at(&Token::LBrace).then(|| self.initializer());
                return mk(
                    ExprKind::New {
                        ty: None,
                        args,
                        initializer,
                    },
                    self.since(start),
                );
            }
            Token::LBracket => {
                let rank = match self.rank_specifier_end(self.pos) {
                    Some(end) => {
                        let rank = (end - self.pos - 1) as u32;
                        while self.pos < end {
                            self.bump();
                        }
                        rank
                    }
                    None => {
                        self.unexpected("`[]` or a type");
                        self.skip_group();
                        1
                    }
                };
                let init = if self.at(&Token::LBrace) {
                    Some(self.initializer())
                } else {
                    self.missing(&Token::LBrace);
                    None
                };
                return mk(
                    ExprKind::NewArray {
                        element: None,
                        rank,
                        sizes: Vec::new(),
                        init,
                    },
                    self.since(start),
                );
            }
            Token::LBrace => {
                let members = self.anonymous_members();
                self.anonymous_objects = true;
                return mk(ExprKind::AnonymousObject(members), self.since(start));
            }
            _ => {}
        }
        // The element type without rank specifiers: `new int[5][]` gives sizes, then ranks.
        let base = self.parse_type_ctx(TypeCtx {
            nullable: true,
            pointer: true,
        });
        let base = strip_trailing_ranks(base);
        let (ty, ranks) = base;
        if !ranks.is_empty() {
            // `new int[] { ... }`, `new int[,] { ... }`, `new int[][] { ... }`.
            let (element, rank) = array_of(ty, &ranks);
            let init = if self.at(&Token::LBrace) {
                Some(self.initializer())
            } else {
                self.error(
                    Diagnostic::error(
                        "CS1586",
                        "Array creation must have array size or array initializer",
                        self.span(),
                    )
                    .with_hint(
                        "give the length (`new int[3]`) or the elements (`new int[] { 1, 2 }`)",
                    ),
                );
                None
            };
            return mk(
                ExprKind::NewArray {
                    element: Some(element),
                    rank,
                    sizes: Vec::new(),
                    init,
                },
                self.since(start),
            );
        }
        if self.at(&Token::LBracket) {
            let sizes: Vec<Expr> = self
                .arg_list(Token::RBracket)
                .into_iter()
                .map(|a| a.value)
                .collect();
            let mut more = Vec::new();
            while let Some(end) = self.rank_specifier_end(self.pos) {
                more.push((end - self.pos - 1) as u32);
                while self.pos < end {
                    self.bump();
                }
            }
            let element = wrap_ranks(ty, &more);
            let init = self.at(&Token::LBrace).then(|| self.initializer());
            return mk(
                ExprKind::NewArray {
                    element: Some(element),
                    rank: sizes.len().max(1) as u32,
                    sizes,
                    init,
                },
                self.since(start),
            );
        }
        let args = if self.at(&Token::LParen) {
            Some(self.arg_list(Token::RParen))
        } else {
            None
        };
        let initializer = self.at(&Token::LBrace).then(|| self.initializer());
        if args.is_none() && initializer.is_none() {
            self.error(
                Diagnostic::error(
                    "CS1526",
                    "A new expression requires an argument list or (), [], or {} after type",
                    self.span(),
                )
                .with_hint("call a constructor: `new T()`"),
            );
        }
        mk(
            ExprKind::New {
                ty: Some(ty),
                args: args.unwrap_or_default(),
                initializer,
            },
            self.since(start),
        )
    }

    /// `{ A = 1, b.C }` of an anonymous object.
    fn anonymous_members(&mut self) -> Vec<AnonymousMember> {
        self.bump();
        let mut members = Vec::new();
        while !matches!(self.tok(), Token::RBrace | Token::Eof) {
            let before = self.pos;
            let name = if self.at_ident() && matches!(self.nth(1), Token::Eq) {
                let n = self.ident();
                self.bump();
                n
            } else {
                None
            };
            let value = self.expr();
            members.push(AnonymousMember { name, value });
            if !self.eat(&Token::Comma) {
                break;
            }
            if self.pos == before {
                break;
            }
        }
        self.expect(Token::RBrace);
        members
    }

    /// `{ a, b, }`, `{ X = 1, [k] = v, { 1, 2 }, Items = { 3 } }`: the elements of an object,
    /// collection or array initializer, at the `{`.
    pub(crate) fn initializer(&mut self) -> Vec<Expr> {
        self.bump();
        self.initializer_depth += 1;
        let mut elems = Vec::new();
        while !matches!(self.tok(), Token::RBrace | Token::Eof) {
            let before = self.pos;
            elems.push(self.initializer_element());
            if !self.eat(&Token::Comma) || self.pos == before {
                break;
            }
        }
        self.initializer_depth -= 1;
        self.expect(Token::RBrace);
        elems
    }

    fn initializer_element(&mut self) -> Expr {
        match self.tok() {
            Token::LBrace => self.initializer_list_expr(),
            Token::LBracket if self.implicit_index_target() => {
                let start = self.span();
                let indices = self.arg_list(Token::RBracket);
                let target = mk(ExprKind::ImplicitIndex(indices), self.since(start));
                if !self.expect(Token::Eq) {
                    return target;
                }
                let value = if self.at(&Token::LBrace) {
                    self.initializer_list_expr()
                } else {
                    self.expr()
                };
                let span = target.span.to(value.span);
                mk(
                    ExprKind::Assign {
                        op: None,
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                    span,
                )
            }
            _ => self.expr(),
        }
    }

    /// `[k] = v` in an object initializer (a collection expression would not be followed by `=`).
    fn implicit_index_target(&self) -> bool {
        self.closer_of(self.pos)
            .is_some_and(|c| matches!(self.tok_at(c + 1), Token::Eq))
    }

    /// A nested `{ ... }` in an initializer.
    pub(crate) fn initializer_list_expr(&mut self) -> Expr {
        let start = self.span();
        let elems = self.initializer();
        mk(ExprKind::InitializerList(elems), self.since(start))
    }

    /// `[1, 2, ..rest]` (C# 12).
    fn collection_expr(&mut self) -> Expr {
        let start = self.bump();
        let mut elems = Vec::new();
        while !matches!(self.tok(), Token::RBracket | Token::Eof) {
            let before = self.pos;
            let e = if self.at(&Token::DotDot) {
                let dots = self.bump();
                let inner = self.expr();
                let span = dots.to(inner.span);
                mk(ExprKind::Spread(Box::new(inner)), span)
            } else {
                self.expr()
            };
            elems.push(e);
            if !self.eat(&Token::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(Token::RBracket);
        mk(ExprKind::Collection(elems), self.since(start))
    }

    /// `stackalloc int[n]`, `stackalloc int[] { 1 }`, `stackalloc[] { 1 }`.
    fn stackalloc(&mut self) -> Expr {
        let start = self.bump();
        let element = if self.at(&Token::LBracket) {
            None
        } else {
            Some(self.parse_type_ctx(TypeCtx {
                nullable: true,
                pointer: true,
            }))
        };
        let (element, size) = match element.map(strip_trailing_ranks) {
            Some((ty, ranks)) if !ranks.is_empty() => (Some(ty), None),
            Some((ty, _)) => {
                let size = if self.at(&Token::LBracket) {
                    self.bump();
                    let e = self.expr();
                    self.expect(Token::RBracket);
                    Some(Box::new(e))
                } else {
                    None
                };
                (Some(ty), size)
            }
            None => {
                self.bump();
                self.expect(Token::RBracket);
                (None, None)
            }
        };
        let init = self.at(&Token::LBrace).then(|| self.initializer());
        mk(
            ExprKind::Stackalloc {
                element,
                size,
                init,
            },
            self.since(start),
        )
    }
}

/// `int[][,]` as the type `int` and its rank specifiers in source order (`[1, 2]`).
fn strip_trailing_ranks(mut ty: TypeExpr) -> (TypeExpr, Vec<u32>) {
    let mut ranks = Vec::new();
    // The parser builds `T[a][b]` as an array of rank `a` whose elements are `T[b]`: the outer
    // array is the first specifier, so peel from the outside in.
    while let TypeExprKind::Array { .. } = ty.kind {
        let TypeExprKind::Array { element, rank } = ty.kind else {
            unreachable!()
        };
        ranks.push(rank);
        ty = *element;
    }
    (ty, ranks)
}

/// The created array's element type and rank for `new T[..][..]...`: the first specifier is the
/// array created, the rest belong to its element type.
fn array_of(base: TypeExpr, ranks: &[u32]) -> (TypeExpr, u32) {
    let element = wrap_ranks(base, &ranks[1..]);
    (element, ranks[0])
}

/// `T` with the rank specifiers `ranks` written after it, the first outermost.
fn wrap_ranks(base: TypeExpr, ranks: &[u32]) -> TypeExpr {
    let mut ty = base;
    for &rank in ranks.iter().rev() {
        let span = ty.span;
        ty = TypeExpr {
            kind: TypeExprKind::Array {
                element: Box::new(ty),
                rank,
            },
            span: Span::new(span.start as usize, span.end as usize),
        };
    }
    ty
}
