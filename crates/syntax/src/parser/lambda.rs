//! Lambdas (`x => e`, `async (int a, b) => { }`, `static int (x) => x`), anonymous methods
//! (`delegate (int x) { }`) and switch expressions. A lambda's or anonymous method's body is
//! async code exactly when it is marked `async`.

use super::expr::{error_expr, mk, COALESCE};
use super::scan::TypeCtx;
use super::Parser;
use crate::ast::*;
use crate::token::Token;

impl<'t, 's> Parser<'t, 's> {
    /// At a position where `lambda_at` (or `explicit_return_lambda`) said a lambda starts.
    pub(crate) fn lambda(&mut self) -> Expr {
        let start = self.span();
        let mut is_async = false;
        let mut is_static = false;
        loop {
            if self.at_word("async") && !matches!(self.nth(1), Token::Arrow) {
                self.bump();
                is_async = true;
            } else if self.at(&Token::Static) {
                self.bump();
                is_static = true;
            } else {
                break;
            }
        }
        if self.at(&Token::Delegate) {
            return self.anonymous_method(start, is_async, is_static);
        }
        let return_type = if !(self.at(&Token::LParen)
            || self.at_ident() && matches!(self.nth(1), Token::Arrow))
        {
            Some(self.parse_ref_type())
        } else {
            None
        };
        let (params, bare_param) = if self.at(&Token::LParen) {
            (self.lambda_params(), false)
        } else {
            let name = self.expect_ident();
            (
                vec![LambdaParam {
                    attributes: Vec::new(),
                    modifier: None,
                    ty: None,
                    name,
                    default: None,
                }],
                true,
            )
        };
        self.expect(Token::Arrow);
        let outer = std::mem::replace(&mut self.in_async, is_async);
        let body = if self.at(&Token::LBrace) {
            LambdaBody::Block(self.block())
        } else {
            LambdaBody::Expr(Box::new(self.expr()))
        };
        self.in_async = outer;
        mk(
            ExprKind::Lambda {
                attributes: Vec::new(),
                is_async,
                is_static,
                return_type,
                params,
                bare_param,
                body,
            },
            self.since(start),
        )
    }

    /// `[A] x => x`: a lambda after its attribute sections.
    pub(crate) fn attributed_lambda(&mut self) -> Expr {
        let start = self.span();
        let sections = self.attribute_sections();
        let mut e = self.lambda();
        if let ExprKind::Lambda { attributes, .. } = &mut e.kind {
            *attributes = sections;
        }
        e.span = self.since(start);
        e
    }

    /// `(a, b)`, `(int a, ref int b)`, `(x, y = 1)`: a lambda's parenthesized parameters.
    fn lambda_params(&mut self) -> Vec<LambdaParam> {
        self.bump();
        let mut params = Vec::new();
        if self.eat(&Token::RParen) {
            return params;
        }
        loop {
            let before = self.pos;
            let attributes = self.attribute_sections();
            let modifier = self.param_modifier();
            // A name alone (`x` or `_`) is an implicitly typed parameter.
            let implicit =
                self.at_ident() && matches!(self.nth(1), Token::Comma | Token::RParen | Token::Eq);
            let ty = (!implicit).then(|| self.parse_type_ctx(TypeCtx::NO_POINTER));
            let name = self.expect_ident();
            let default = self.eat(&Token::Eq).then(|| self.expr());
            params.push(LambdaParam {
                attributes,
                modifier,
                ty,
                name,
                default,
            });
            if !self.eat(&Token::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(Token::RParen);
        params
    }

    /// `delegate { }` / `delegate (int x) { }`, after its modifiers.
    fn anonymous_method(
        &mut self,
        start: crate::span::Span,
        is_async: bool,
        is_static: bool,
    ) -> Expr {
        self.bump();
        let params = self.at(&Token::LParen).then(|| self.param_list());
        let outer = std::mem::replace(&mut self.in_async, is_async);
        let body = self.block();
        self.in_async = outer;
        mk(
            ExprKind::AnonymousMethod {
                is_async,
                is_static,
                params,
                body,
            },
            self.since(start),
        )
    }

    /// The `when` guard of a switch-expression arm. C# reads it at `??` precedence (Roslyn's
    /// `ParseWhenClause(Precedence.Coalescing)`): a lambda or a `?:` needs parentheses there,
    /// so in `var (w, h) when w == h => 1` and `when (a == b) => 1` the `=>` is the arm's.
    fn arm_guard(&mut self) -> Expr {
        let outer = std::mem::replace(&mut self.arrow_ends_operand, true);
        let e = if self.enter() {
            self.binary(COALESCE)
        } else {
            error_expr(self.span())
        };
        self.leave();
        self.arrow_ends_operand = outer;
        e
    }

    /// `subject switch { pattern [when guard] => value, ... }`, at `switch`.
    pub(crate) fn switch_expr(&mut self, subject: Expr) -> Expr {
        self.bump();
        self.bump();
        let mut arms = Vec::new();
        while !matches!(self.tok(), Token::RBrace | Token::Eof) {
            let before = self.pos;
            let start = self.span();
            let pattern = self.pattern();
            let guard = self.eat_word("when").map(|_| self.arm_guard());
            self.expect(Token::Arrow);
            let body = self.expr();
            arms.push(SwitchArm {
                pattern,
                guard,
                body,
                span: self.since(start),
            });
            if !self.eat(&Token::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(Token::RBrace);
        let span = self.since(subject.span);
        mk(
            ExprKind::Switch {
                subject: Box::new(subject),
                arms,
            },
            span,
        )
    }
}
