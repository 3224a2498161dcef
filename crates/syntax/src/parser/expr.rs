//! Expressions, with C#'s precedence (§12.4.2): assignment and lambdas, then `?:`, then the
//! binary operators by precedence climbing (from `??` up to `* / %`), then `switch`/`with`, ranges,
//! prefix operators (unary, casts, `await`) and postfix member access, calls, indexing, `++`/`--`,
//! `!` and `?.`. Primary expressions are in `primary.rs`, lambdas and the other forms with
//! bodies in `lambda.rs`.

use super::scan::starts_expression;
use super::Parser;
use crate::ast::*;
use crate::span::Span;
use crate::token::Token;

pub(crate) fn mk(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

pub(crate) fn error_expr(at: Span) -> Expr {
    mk(
        ExprKind::Error,
        Span::new(at.start as usize, at.start as usize),
    )
}

pub(crate) const COALESCE: u8 = 1;
const RELATIONAL: u8 = 8;

/// A prefix of an operand, read before the operand and applied to it after.
enum Prefix {
    Unary(UnaryOp, Span),
    Cast(TypeExpr, Span),
    Await(Span),
    Ref(Span),
}

impl Prefix {
    fn apply(self, operand: Expr) -> Expr {
        let end = operand.span;
        let operand = Box::new(operand);
        let (start, kind) = match self {
            Prefix::Unary(op, s) => (s, ExprKind::Unary { op, operand }),
            Prefix::Cast(ty, s) => (s, ExprKind::Cast { ty, expr: operand }),
            Prefix::Await(s) => (s, ExprKind::Await(operand)),
            Prefix::Ref(s) => (s, ExprKind::Ref(operand)),
        };
        mk(kind, start.to(end))
    }
}

/// A binary operator at the cursor: the operator (or `is`/`as`), its precedence, and how many
/// tokens it spans (`>>` and `>>>` are written as adjacent `>` tokens).
#[derive(Clone, Copy)]
enum BinOp {
    Op(BinaryOp),
    Is,
    As,
}

impl<'t, 's> Parser<'t, 's> {
    /// A whole expression: assignment, lambda, `throw` or anything below.
    pub(crate) fn expr(&mut self) -> Expr {
        // A whole expression (in brackets, an argument, a lambda's body) may be a lambda again.
        let outer = std::mem::replace(&mut self.arrow_ends_operand, false);
        let e = if self.enter() {
            self.expr_inner()
        } else {
            error_expr(self.span())
        };
        self.leave();
        self.arrow_ends_operand = outer;
        e
    }

    fn expr_inner(&mut self) -> Expr {
        if self.lambda_at(self.pos) {
            return self.lambda();
        }
        if self.at(&Token::LBracket) && self.attributed_lambda_at(self.pos) {
            return self.attributed_lambda();
        }
        if self.at_word("from") && self.query_at(self.pos) {
            return self.query();
        }
        let target = self.conditional();
        if let Some((op, tokens)) = self.assign_op() {
            for _ in 0..tokens {
                self.bump();
            }
            let value = if matches!(self.tok(), Token::LBrace) && self.in_initializer_value() {
                self.initializer_list_expr()
            } else {
                self.expr()
            };
            let span = target.span.to(value.span);
            return mk(
                ExprKind::Assign {
                    op,
                    target: Box::new(target),
                    value: Box::new(value),
                },
                span,
            );
        }
        target
    }

    /// `{ ... }` as the value of an assignment happens only inside object initializers
    /// (`Items = { 1, 2 }`); the initializer parser sets the flag through `initializer_element`.
    fn in_initializer_value(&self) -> bool {
        self.initializer_depth > 0
    }

    fn assign_op(&self) -> Option<(Option<BinaryOp>, usize)> {
        let op = match self.tok() {
            Token::Eq => None,
            Token::PlusEq => Some(BinaryOp::Add),
            Token::MinusEq => Some(BinaryOp::Sub),
            Token::StarEq => Some(BinaryOp::Mul),
            Token::SlashEq => Some(BinaryOp::Div),
            Token::PercentEq => Some(BinaryOp::Rem),
            Token::AmpEq => Some(BinaryOp::BitAnd),
            Token::PipeEq => Some(BinaryOp::BitOr),
            Token::CaretEq => Some(BinaryOp::BitXor),
            Token::ShlEq => Some(BinaryOp::Shl),
            Token::QuestionQuestionEq => Some(BinaryOp::Coalesce),
            Token::Gt => {
                // `>>=` and `>>>=`: adjacent `>` tokens ending in `>=`.
                return match self.gt_shape() {
                    (1, true) => Some((Some(BinaryOp::Shr), 2)),
                    (2, true) => Some((Some(BinaryOp::UShr), 3)),
                    _ => None,
                };
            }
            _ => return None,
        };
        Some((op, 1))
    }

    /// How many `>` tokens (at most three) start at the cursor, each touching the previous one,
    /// and whether a touching `>=` follows them (`>>=`, `>>>=`). The lexer never joins `>`s, so
    /// that `List<List<int>>` closes two lists.
    fn gt_shape(&self) -> (usize, bool) {
        let mut n = 1;
        while n < 3
            && matches!(self.tok_at(self.pos + n), Token::Gt)
            && self.adjacent(self.pos + n - 1, self.pos + n)
        {
            n += 1;
        }
        let ends_in_ge = n < 3
            && matches!(self.tok_at(self.pos + n), Token::Ge)
            && self.adjacent(self.pos + n - 1, self.pos + n);
        (n, ends_in_ge)
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        self.span_at(a).end == self.span_at(b).start
    }

    /// `c ? a : b` (`a` and `b` are whole expressions, so `c ? x = 1 : y = 2` nests as C# does).
    pub(crate) fn conditional(&mut self) -> Expr {
        let cond = self.binary(COALESCE);
        if !self.at(&Token::Question) {
            return cond;
        }
        self.bump();
        let then = self.expr();
        let otherwise = if self.expect(Token::Colon) {
            self.expr()
        } else {
            error_expr(self.span())
        };
        let span = cond.span.to(otherwise.span);
        mk(
            ExprKind::Conditional {
                cond: Box::new(cond),
                then: Box::new(then),
                otherwise: Box::new(otherwise),
            },
            span,
        )
    }

    fn binary_op(&self) -> Option<(BinOp, u8, usize)> {
        use BinaryOp::*;
        let (op, prec) = match self.tok() {
            Token::QuestionQuestion => (Coalesce, 1),
            Token::OrOr => (Or, 2),
            Token::AndAnd => (And, 3),
            Token::Pipe => (BitOr, 4),
            Token::Caret => (BitXor, 5),
            Token::Amp => (BitAnd, 6),
            Token::EqEq => (Eq, 7),
            Token::NotEq => (Ne, 7),
            Token::Lt => (Lt, RELATIONAL),
            Token::Le => (Le, RELATIONAL),
            Token::Ge => (Ge, RELATIONAL),
            Token::Is => return Some((BinOp::Is, RELATIONAL, 1)),
            Token::As => return Some((BinOp::As, RELATIONAL, 1)),
            Token::Gt => {
                return match self.gt_shape() {
                    (_, true) => None,
                    (1, false) => Some((BinOp::Op(Gt), RELATIONAL, 1)),
                    (2, false) => Some((BinOp::Op(Shr), 9, 2)),
                    (_, false) => Some((BinOp::Op(UShr), 9, 3)),
                };
            }
            Token::Shl => (Shl, 9),
            Token::Plus => (Add, 10),
            Token::Minus => (Sub, 10),
            Token::Star => (Mul, 11),
            Token::Slash => (Div, 11),
            Token::Percent => (Rem, 11),
            _ => return None,
        };
        Some((BinOp::Op(op), prec, 1))
    }

    /// Binary operators of precedence `min` and above, by precedence climbing.
    pub(crate) fn binary(&mut self, min: u8) -> Expr {
        let mut lhs = self.switch_level();
        while let Some((op, prec, tokens)) = self.binary_op() {
            if prec < min {
                break;
            }
            for _ in 0..tokens {
                self.bump();
            }
            lhs = match op {
                BinOp::Is => {
                    let pattern = self.pattern();
                    let span = lhs.span.to(pattern.span);
                    mk(
                        ExprKind::Is {
                            expr: Box::new(lhs),
                            pattern: Box::new(pattern),
                        },
                        span,
                    )
                }
                BinOp::As => {
                    let ty = self.type_after_as();
                    let span = lhs.span.to(ty.span);
                    mk(
                        ExprKind::As {
                            expr: Box::new(lhs),
                            ty,
                        },
                        span,
                    )
                }
                BinOp::Op(op) => {
                    // `??` is right-associative; the rest are left-associative.
                    let rhs = if op == BinaryOp::Coalesce {
                        let rhs = if self.enter() {
                            self.binary(prec)
                        } else {
                            error_expr(self.span())
                        };
                        self.leave();
                        rhs
                    } else {
                        self.binary(prec + 1)
                    };
                    let span = lhs.span.to(rhs.span);
                    mk(
                        ExprKind::Binary {
                            op,
                            lhs: Box::new(lhs),
                            rhs: Box::new(rhs),
                        },
                        span,
                    )
                }
            };
        }
        lhs
    }

    /// The type after `as`: `x as int?` is nullable unless the `?` starts a conditional.
    fn type_after_as(&mut self) -> crate::ast::TypeExpr {
        let nullable = match self.scan_type(self.pos, super::scan::TypeCtx::NO_POINTER) {
            Some(end) if end > 0 && matches!(self.tok_at(end - 1), Token::Question) => {
                !starts_expression(self.tok_at(end))
            }
            _ => true,
        };
        self.parse_type_ctx(super::scan::TypeCtx {
            nullable,
            pointer: false,
        })
    }

    /// `e switch { ... }` and `e with { ... }` (between ranges and `* / %`).
    fn switch_level(&mut self) -> Expr {
        let mut e = self.range_level();
        loop {
            if self.at(&Token::Switch) && matches!(self.nth(1), Token::LBrace) {
                e = self.switch_expr(e);
            } else if self.at_word("with") && matches!(self.nth(1), Token::LBrace) {
                self.bump();
                let init = self.initializer();
                let span = self.since(e.span);
                e = mk(
                    ExprKind::With {
                        expr: Box::new(e),
                        init,
                    },
                    span,
                );
            } else {
                return e;
            }
        }
    }

    /// `a..b`, `..b`, `a..`, `..`
    fn range_level(&mut self) -> Expr {
        let start = if self.at(&Token::DotDot) {
            None
        } else {
            let e = self.unary();
            if !self.at(&Token::DotDot) {
                return e;
            }
            Some(e)
        };
        let dots = self.bump();
        let end = starts_operand(self.tok()).then(|| self.unary());
        let first = start.as_ref().map_or(dots, |s| s.span);
        let span = first.to(end.as_ref().map_or(dots, |e| e.span));
        mk(
            ExprKind::Range {
                start: start.map(Box::new),
                end: end.map(Box::new),
            },
            span,
        )
    }

    /// Prefix operators, casts, `await` and `ref`, then a primary expression (or a `throw`
    /// expression). A run of prefixes (`- - x`, `(A)(B)x`, `await await t`) is read in a loop,
    /// not by recursion, and counts toward the nesting limit.
    pub(crate) fn unary(&mut self) -> Expr {
        let mut prefixes: Vec<Prefix> = Vec::new();
        loop {
            let op = match self.tok() {
                Token::Minus => Some(UnaryOp::Neg),
                Token::Plus => Some(UnaryOp::Plus),
                Token::Bang => Some(UnaryOp::Not),
                Token::Tilde => Some(UnaryOp::BitNot),
                Token::PlusPlus => Some(UnaryOp::PreInc),
                Token::MinusMinus => Some(UnaryOp::PreDec),
                Token::Caret => Some(UnaryOp::Hat),
                Token::Amp => Some(UnaryOp::AddressOf),
                Token::Star => Some(UnaryOp::Deref),
                _ => None,
            };
            let prefix = match (op, self.tok()) {
                (Some(op), _) => Prefix::Unary(op, self.bump()),
                (None, Token::LParen) if self.is_cast(self.pos) => {
                    let start = self.bump();
                    let ty = self.parse_type();
                    self.expect(Token::RParen);
                    Prefix::Cast(ty, start)
                }
                (None, Token::Ident("await")) if self.await_operator_here() => {
                    Prefix::Await(self.bump())
                }
                (None, Token::Ref) => Prefix::Ref(self.bump()),
                _ => break,
            };
            prefixes.push(prefix);
            if !self.enter() {
                break;
            }
        }
        let mut e = if self.at(&Token::Throw) && prefixes.is_empty() {
            let start = self.bump();
            let operand = self.binary(COALESCE);
            let span = start.to(operand.span);
            mk(ExprKind::Throw(Box::new(operand)), span)
        } else {
            let atom = self.primary();
            self.postfix(atom)
        };
        for prefix in prefixes.into_iter().rev() {
            self.leave();
            e = prefix.apply(e);
        }
        e
    }

    /// `await` is the operator in async code whatever follows (so `await (x)` awaits), and
    /// elsewhere when an operand follows it (C# then reports CS4032/CS4033); otherwise it is a
    /// name.
    fn await_operator_here(&self) -> bool {
        let next = self.nth(1);
        if self.in_async {
            return starts_expression(next)
                || !matches!(
                    next,
                    Token::Semi | Token::RParen | Token::Comma | Token::Eq | Token::Dot
                );
        }
        matches!(
            next,
            Token::Ident(_)
                | Token::VerbatimIdent(_)
                | Token::Integer(_)
                | Token::Real(_)
                | Token::Str(_)
                | Token::CharLit(_)
                | Token::InterpStart
                | Token::True
                | Token::False
                | Token::Null
                | Token::This
                | Token::Base
                | Token::New
                | Token::Typeof
                | Token::Default
                | Token::Checked
                | Token::Unchecked
                | Token::LParen
        ) || super::scan::is_predefined(next)
    }

    /// Member access, calls, indexing, `++`/`--`, `!`, `->` and `?.` after a primary expression.
    pub(crate) fn postfix(&mut self, mut e: Expr) -> Expr {
        loop {
            e = match self.tok() {
                Token::Dot => {
                    self.bump();
                    let (name, type_args) = self.member_name();
                    let span = e.span.to(self.prev_span());
                    mk(
                        ExprKind::Member {
                            target: Box::new(e),
                            name,
                            type_args,
                        },
                        span,
                    )
                }
                Token::MinusGt => {
                    self.bump();
                    let name = self.expect_ident();
                    let span = e.span.to(self.prev_span());
                    mk(
                        ExprKind::PointerMember {
                            target: Box::new(e),
                            name,
                        },
                        span,
                    )
                }
                Token::LParen => {
                    let args = self.arg_list(Token::RParen);
                    let span = e.span.to(self.prev_span());
                    mk(
                        ExprKind::Call {
                            callee: Box::new(e),
                            args,
                        },
                        span,
                    )
                }
                Token::LBracket => {
                    let indices = self.arg_list(Token::RBracket);
                    let span = e.span.to(self.prev_span());
                    mk(
                        ExprKind::Index {
                            target: Box::new(e),
                            indices,
                        },
                        span,
                    )
                }
                Token::PlusPlus | Token::MinusMinus => {
                    let op = if self.at(&Token::PlusPlus) {
                        UnaryOp::PostInc
                    } else {
                        UnaryOp::PostDec
                    };
                    let end = self.bump();
                    let span = e.span.to(end);
                    mk(
                        ExprKind::Unary {
                            op,
                            operand: Box::new(e),
                        },
                        span,
                    )
                }
                // A `!` right after an operand is the null-forgiving operator (`!=` is one token).
                Token::Bang => {
                    let end = self.bump();
                    let span = e.span.to(end);
                    mk(
                        ExprKind::Unary {
                            op: UnaryOp::SuppressNull,
                            operand: Box::new(e),
                        },
                        span,
                    )
                }
                Token::QuestionDot => self.conditional_access(e),
                Token::Question
                    if matches!(self.nth(1), Token::LBracket)
                        && !self.conditional_with_collection() =>
                {
                    self.conditional_access(e)
                }
                _ => return e,
            };
        }
    }

    /// `c ? [1] : [2]`: a `?` then `[` that is a conditional operator with a collection
    /// expression (a `:` follows the bracket), not `?[`.
    fn conditional_with_collection(&self) -> bool {
        self.closer_of(self.pos + 1)
            .is_some_and(|c| matches!(self.tok_at(c + 1), Token::Colon))
    }

    /// `a?.b.c(d)?[e]`: the chain after the `?` is built on `Binding` and nests for every `?`.
    fn conditional_access(&mut self, target: Expr) -> Expr {
        let q = self.bump();
        let binding = mk(ExprKind::Binding, q);
        let first = if self.prev_is(&Token::QuestionDot) {
            let (name, type_args) = self.member_name();
            let span = q.to(self.prev_span());
            mk(
                ExprKind::Member {
                    target: Box::new(binding),
                    name,
                    type_args,
                },
                span,
            )
        } else {
            let indices = self.arg_list(Token::RBracket);
            let span = q.to(self.prev_span());
            mk(
                ExprKind::Index {
                    target: Box::new(binding),
                    indices,
                },
                span,
            )
        };
        let access = self.postfix(first);
        let span = target.span.to(access.span);
        mk(
            ExprKind::ConditionalAccess {
                target: Box::new(target),
                access: Box::new(access),
            },
            span,
        )
    }

    fn prev_is(&self, t: &Token<'_>) -> bool {
        self.pos > 0 && self.tok_at(self.pos - 1) == t
    }

    /// The name after `.`, with type arguments when they read as such (`x.M<int>()`).
    fn member_name(&mut self) -> (Ident, Vec<TypeExpr>) {
        let name = self.expect_ident();
        let type_args = if self.at(&Token::Lt) && self.is_generic_args_in_expr(self.pos) {
            self.parse_type_args()
        } else {
            Vec::new()
        };
        (name, type_args)
    }

    /// `(a, name: b, out var c, ref d)` or `[i, j]`, at the opening bracket.
    pub(crate) fn arg_list(&mut self, close: Token<'static>) -> Vec<Arg> {
        self.bump();
        let mut args = Vec::new();
        if self.eat(&close) {
            return args;
        }
        loop {
            args.push(self.argument());
            if !self.eat(&Token::Comma) {
                break;
            }
        }
        // A missing `)` is assumed, so `F(a;` stays a call and draws only CS1026.
        self.expect(close);
        args
    }

    fn argument(&mut self) -> Arg {
        let name = if self.at_ident() && matches!(self.nth(1), Token::Colon) {
            let n = self.ident();
            self.bump();
            n
        } else {
            None
        };
        let modifier = match self.tok() {
            Token::Ref if !matches!(self.nth(1), Token::Readonly) => Some(ParamModifier::Ref),
            Token::Out => Some(ParamModifier::Out),
            Token::In => Some(ParamModifier::In),
            _ => None,
        }
        .map(|m| (m, self.bump()));
        let value = if modifier.is_some() {
            self.declaration_or_expr()
        } else {
            self.expr()
        };
        Arg {
            modifier,
            name,
            value,
        }
    }

    /// `int x`, `var x`, `var (a, b)` where a declaration expression may stand (an `out`
    /// argument, a tuple element), or else an expression.
    pub(crate) fn declaration_or_expr(&mut self) -> Expr {
        // `(from x in xs ...)`: `from x` is a query's start, not a declaration.
        if self.at_word("from") && self.query_at(self.pos) {
            return self.expr();
        }
        if let Some(d) = self.declaration_expr() {
            return d;
        }
        self.expr()
    }

    pub(crate) fn declaration_expr(&mut self) -> Option<Expr> {
        if self.at_word("var") && matches!(self.nth(1), Token::LParen) {
            let after = self.closer_of(self.pos + 1)? + 1;
            if matches!(
                self.tok_at(after),
                Token::Eq | Token::In | Token::Comma | Token::RParen
            ) {
                let ty = self.parse_type_ctx(super::scan::TypeCtx {
                    nullable: false,
                    pointer: false,
                });
                let designation = self.designation();
                let span = ty.span.to(self.prev_span());
                return Some(mk(ExprKind::Declaration { ty, designation }, span));
            }
        }
        let end = self.scan_type(self.pos, super::scan::TypeCtx::NO_POINTER)?;
        if !self.ident_at(end) || (self.in_async && self.at_word("await")) {
            return None;
        }
        if !matches!(
            self.tok_at(end + 1),
            Token::Comma | Token::RParen | Token::Eq | Token::In | Token::RBracket
        ) {
            return None;
        }
        let ty = self.parse_type_ctx(super::scan::TypeCtx::NO_POINTER);
        let designation = self.designation();
        let span = ty.span.to(self.prev_span());
        Some(mk(ExprKind::Declaration { ty, designation }, span))
    }

    /// `x`, `_`, `(a, (b, _))`
    pub(crate) fn designation(&mut self) -> Designation {
        if self.at(&Token::LParen) {
            let start = self.bump();
            let mut parts = Vec::new();
            if !self.at(&Token::RParen) {
                loop {
                    parts.push(self.designation());
                    if !self.eat(&Token::Comma) {
                        break;
                    }
                }
            }
            self.expect(Token::RParen);
            return Designation::Tuple(parts, self.since(start));
        }
        if self.at_word("_") {
            return Designation::Discard(self.bump());
        }
        Designation::Name(self.expect_ident())
    }
}

/// What may follow `..` as its end (not a binary operator's second operand).
fn starts_operand(t: &Token<'_>) -> bool {
    starts_expression(t) && !matches!(t, Token::LBracket)
}
