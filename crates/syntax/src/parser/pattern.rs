//! Patterns (C# 7 to 11): after `is`, in `case` labels and in switch expression arms.
//!
//! A name alone (`x is Foo`, `case Color.Red:`) may be a type or a constant; it is read as a
//! constant expression and sema decides. A type that cannot be an expression (`int[]`,
//! `List<int>`, `int`) is a type pattern.

use super::expr::mk;
use super::scan::{starts_expression, TypeCtx};
use super::Parser;
use crate::ast::*;
use crate::span::Span;
use crate::token::Token;

/// Shift expressions and above: a constant pattern's value (`x is 1 + 2`), so that `and`, `or`,
/// relational operators and `when` are left to the pattern.
const SHIFT: u8 = 9;

const PATTERN_TYPE: TypeCtx = TypeCtx {
    nullable: false,
    pointer: false,
};

impl<'t, 's> Parser<'t, 's> {
    /// A pattern. Its constants are shift expressions, never lambdas, so a name before `=>`
    /// (`Red => 1` in a switch expression) is the constant and the arrow is the arm's.
    pub(crate) fn pattern(&mut self) -> Pattern {
        let outer = std::mem::replace(&mut self.arrow_ends_operand, true);
        let p = if self.enter() {
            self.pattern_inner()
        } else {
            Pattern {
                kind: PatternKind::Discard,
                span: self.span(),
            }
        };
        self.leave();
        self.arrow_ends_operand = outer;
        p
    }

    fn pattern_inner(&mut self) -> Pattern {
        let mut left = self.conjunctive_pattern();
        while self.combinator_here("or") {
            self.bump();
            let right = self.conjunctive_pattern();
            let span = left.span.to(right.span);
            left = Pattern {
                kind: PatternKind::Or(Box::new(left), Box::new(right)),
                span,
            };
        }
        left
    }

    fn conjunctive_pattern(&mut self) -> Pattern {
        let mut left = self.negated_pattern();
        while self.combinator_here("and") {
            self.bump();
            let right = self.negated_pattern();
            let span = left.span.to(right.span);
            left = Pattern {
                kind: PatternKind::And(Box::new(left), Box::new(right)),
                span,
            };
        }
        left
    }

    fn negated_pattern(&mut self) -> Pattern {
        if self.combinator_here("not") {
            let start = self.bump();
            let inner = self.pattern_guarded_not();
            let span = start.to(inner.span);
            return Pattern {
                kind: PatternKind::Not(Box::new(inner)),
                span,
            };
        }
        self.primary_pattern()
    }

    /// `not not not p`: each `not` is a level of nesting.
    fn pattern_guarded_not(&mut self) -> Pattern {
        let p = if self.enter() {
            self.negated_pattern()
        } else {
            Pattern {
                kind: PatternKind::Discard,
                span: self.span(),
            }
        };
        self.leave();
        p
    }

    /// `and`, `or` and `not` are combinators when a pattern follows them.
    fn combinator_here(&self, word: &str) -> bool {
        self.at_word(word) && starts_pattern(self.nth(1))
    }

    fn primary_pattern(&mut self) -> Pattern {
        let start = self.span();
        let relational = match self.tok() {
            Token::Lt => Some(BinaryOp::Lt),
            Token::Le => Some(BinaryOp::Le),
            Token::Gt => Some(BinaryOp::Gt),
            Token::Ge => Some(BinaryOp::Ge),
            _ => None,
        };
        if let Some(op) = relational {
            self.bump();
            let value = self.binary(SHIFT);
            return self.finish(start, PatternKind::Relational { op, value });
        }
        // `case (Color)1:` is a constant pattern whose value is a cast (but `(A) or (B)` and
        // `(A) when ...` are parenthesized patterns).
        if matches!(self.tok(), Token::LParen) && self.is_cast(self.pos) {
            let after = self.closer_of(self.pos).map(|c| self.tok_at(c + 1).clone());
            if !matches!(after, Some(Token::Ident("and" | "or" | "when"))) {
                let value = self.binary(SHIFT);
                return self.finish(start, PatternKind::Constant(value));
            }
        }
        match self.tok() {
            Token::LParen => return self.recursive_pattern(start, None),
            Token::LBrace => return self.recursive_pattern(start, None),
            Token::LBracket => return self.list_pattern(start),
            Token::DotDot => {
                self.bump();
                let inner = starts_pattern(self.tok()).then(|| Box::new(self.pattern()));
                return self.finish(start, PatternKind::Slice(inner));
            }
            Token::Ident("_") if !self.type_continues(self.pos + 1) => {
                self.bump();
                return self.finish(start, PatternKind::Discard);
            }
            Token::Ident("var")
                if matches!(
                    self.nth(1),
                    Token::Ident(_) | Token::VerbatimIdent(_) | Token::LParen
                ) =>
            {
                self.bump();
                let d = self.designation();
                return self.finish(start, PatternKind::Var(d));
            }
            _ => {}
        }
        if let Some(end) = self.scan_type(self.pos, PATTERN_TYPE) {
            let is_nameof = self.at_word("nameof") && end == self.pos + 1;
            let after = self.tok_at(end).clone();
            let designation_follows = self.ident_at(end)
                && !matches!(after, Token::Ident("when"))
                && !(matches!(after, Token::Ident("and" | "or"))
                    && starts_pattern(self.tok_at(end + 1)));
            if designation_follows {
                let ty = self.parse_type_ctx(PATTERN_TYPE);
                let designation = self.designation();
                return self.finish(start, PatternKind::Declaration { ty, designation });
            }
            if matches!(after, Token::LParen | Token::LBrace) && !is_nameof {
                let ty = self.parse_type_ctx(PATTERN_TYPE);
                return self.recursive_pattern(start, Some(ty));
            }
            // `int.MaxValue`: a member of a predefined type is a constant, not a type pattern.
            let member_follows = matches!(after, Token::Dot);
            if self.surely_type(self.pos, end) && !is_nameof && !member_follows {
                let ty = self.parse_type_ctx(PATTERN_TYPE);
                return self.finish(start, PatternKind::Type(ty));
            }
        }
        let value = self.binary(SHIFT);
        self.finish(start, PatternKind::Constant(value))
    }

    /// After `_`, a `.` or `<` means `_` names a type.
    fn type_continues(&self, i: usize) -> bool {
        matches!(self.tok_at(i), Token::Dot | Token::Lt | Token::ColonColon)
    }

    fn finish(&self, start: Span, kind: PatternKind) -> Pattern {
        Pattern {
            kind,
            span: self.since(start),
        }
    }

    /// `Type(a, b) { X: p } d`, `(a, b)`, `{ X: p }`, and `(p)` (a parenthesized pattern).
    fn recursive_pattern(&mut self, start: Span, ty: Option<TypeExpr>) -> Pattern {
        let positional = if self.at(&Token::LParen) {
            Some(self.subpatterns(Token::RParen))
        } else {
            None
        };
        // `(p)` alone is a parenthesized pattern, not a one-element deconstruction.
        if ty.is_none() && !matches!(self.tok(), Token::LBrace) && !self.designation_here() {
            if let Some(list) = &positional {
                if list.len() == 1 && list[0].name.is_none() {
                    let inner = positional.expect("checked").pop().expect("one element");
                    return self.finish(start, PatternKind::Paren(Box::new(inner.pattern)));
                }
            }
        }
        let properties = if self.at(&Token::LBrace) {
            Some(self.subpatterns(Token::RBrace))
        } else {
            None
        };
        let designation = self.designation_here().then(|| self.designation());
        self.finish(
            start,
            PatternKind::Recursive {
                ty,
                positional,
                properties,
                designation,
            },
        )
    }

    /// A designation follows a pattern: a name that is not a combinator or `when`.
    fn designation_here(&self) -> bool {
        match self.tok() {
            Token::Ident("when") => false,
            Token::Ident("and" | "or") => !starts_pattern(self.nth(1)),
            Token::Ident(_) | Token::VerbatimIdent(_) => true,
            _ => false,
        }
    }

    /// `(name: p, p)` or `{ X: p, A.B: p }`, at the opening bracket.
    fn subpatterns(&mut self, close: Token<'static>) -> Vec<Subpattern> {
        self.bump();
        let mut list = Vec::new();
        while !self.at(&close) && !self.at_eof() {
            let before = self.pos;
            let name = self.subpattern_name();
            let pattern = self.pattern();
            list.push(Subpattern { name, pattern });
            if !self.eat(&Token::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(close);
        list
    }

    /// `X:` or `A.B:` before a subpattern.
    fn subpattern_name(&mut self) -> Option<Expr> {
        let mut i = self.pos;
        if !self.ident_at(i) {
            return None;
        }
        i += 1;
        while matches!(self.tok_at(i), Token::Dot) && self.ident_at(i + 1) {
            i += 2;
        }
        if !matches!(self.tok_at(i), Token::Colon) {
            return None;
        }
        let start = self.span();
        let first = self.ident().expect("checked identifier");
        let mut e = mk(
            ExprKind::Name {
                name: first,
                type_args: Vec::new(),
            },
            start,
        );
        while self.eat(&Token::Dot) {
            let name = self.expect_ident();
            let span = self.since(start);
            e = mk(
                ExprKind::Member {
                    target: Box::new(e),
                    name,
                    type_args: Vec::new(),
                },
                span,
            );
        }
        self.bump();
        Some(e)
    }

    /// `[1, .., var x] d`
    fn list_pattern(&mut self, start: Span) -> Pattern {
        self.bump();
        let mut elements = Vec::new();
        while !matches!(self.tok(), Token::RBracket | Token::Eof) {
            let before = self.pos;
            elements.push(self.pattern());
            if !self.eat(&Token::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(Token::RBracket);
        let designation = self.designation_here().then(|| self.designation());
        self.finish(
            start,
            PatternKind::List {
                elements,
                designation,
            },
        )
    }
}

/// Tokens that can start a pattern.
fn starts_pattern(t: &Token<'_>) -> bool {
    starts_expression(t)
        || matches!(
            t,
            Token::Lt | Token::Le | Token::Gt | Token::Ge | Token::LBrace | Token::DotDot
        )
}
