//! LINQ query expressions (§12.20): `from x in xs where p orderby k select v`, with `let`,
//! `join ... on ... equals ... [into g]`, `group ... by ...` and continuations (`into g ...`).
//! The clause keywords are contextual: inside a query an expression ends where a clause word
//! stands, since an identifier cannot continue an expression.

use super::scan::TypeCtx;
use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::token::Token;

impl<'t, 's> Parser<'t, 's> {
    /// At token `i` (`from`) a query starts: `from x in` or `from T x in`.
    pub(crate) fn query_at(&mut self, i: usize) -> bool {
        if self.ident_at(i + 1) && matches!(self.tok_at(i + 2), Token::In) {
            return true;
        }
        match self.scan_type(i + 1, TypeCtx::NO_POINTER) {
            Some(end) => self.ident_at(end) && matches!(self.tok_at(end + 1), Token::In),
            None => false,
        }
    }

    pub(crate) fn query(&mut self) -> Expr {
        let start = self.span();
        let from = self.query_from();
        let body = self.query_body();
        Expr {
            kind: ExprKind::Query(Box::new(QueryExpr { from, body })),
            span: self.since(start),
        }
    }

    /// `from [T] x in e`, at `from`.
    fn query_from(&mut self) -> FromClause {
        let start = self.bump();
        let ty = if self.ident_at(self.pos) && matches!(self.nth(1), Token::In) {
            None
        } else {
            Some(self.parse_type_ctx(TypeCtx::NO_POINTER))
        };
        let name = self.expect_ident();
        self.expect(Token::In);
        let source = self.expr();
        FromClause {
            ty,
            name,
            source,
            span: self.since(start),
        }
    }

    fn query_body(&mut self) -> QueryBody {
        let mut clauses = Vec::new();
        let end = loop {
            match self.tok() {
                Token::Ident("from") => clauses.push(QueryClause::From(self.query_from())),
                Token::Ident("let") => {
                    self.bump();
                    let name = self.expect_ident();
                    self.expect(Token::Eq);
                    let value = self.expr();
                    clauses.push(QueryClause::Let { name, value });
                }
                Token::Ident("where") => {
                    self.bump();
                    clauses.push(QueryClause::Where(self.expr()));
                }
                Token::Ident("join") => clauses.push(self.join_clause()),
                Token::Ident("orderby") => {
                    self.bump();
                    let mut keys = Vec::new();
                    loop {
                        let key = self.expr();
                        let descending = if self.eat_word("descending").is_some() {
                            true
                        } else {
                            self.eat_word("ascending");
                            false
                        };
                        keys.push((key, descending));
                        if !self.eat(&Token::Comma) {
                            break;
                        }
                    }
                    clauses.push(QueryClause::OrderBy(keys));
                }
                Token::Ident("select") => {
                    self.bump();
                    break QueryEnd::Select(self.expr());
                }
                Token::Ident("group") => {
                    self.bump();
                    let element = self.expr();
                    let key = if self.eat_word("by").is_some() {
                        self.expr()
                    } else {
                        self.missing_clause_word("by");
                        super::expr::error_expr(self.span())
                    };
                    break QueryEnd::Group { element, key };
                }
                _ => {
                    self.error(
                        Diagnostic::error(
                            "CS0742",
                            "A query body must end with a select clause or a group clause",
                            self.span(),
                        )
                        .with_hint("end the query with `select x` or `group x by key`"),
                    );
                    break QueryEnd::Error;
                }
            }
        };
        let continuation = if self.at_word("into") {
            self.bump();
            let name = self.expect_ident();
            Some((name, Box::new(self.query_body())))
        } else {
            None
        };
        QueryBody {
            clauses,
            end,
            continuation,
        }
    }

    /// `join [T] x in e on a equals b [into g]`, at `join`.
    fn join_clause(&mut self) -> QueryClause {
        self.bump();
        let ty = if self.ident_at(self.pos) && matches!(self.nth(1), Token::In) {
            None
        } else {
            Some(self.parse_type_ctx(TypeCtx::NO_POINTER))
        };
        let name = self.expect_ident();
        self.expect(Token::In);
        let source = self.expr();
        if self.eat_word("on").is_none() {
            self.missing_clause_word("on");
        }
        let left = self.expr();
        if self.eat_word("equals").is_none() {
            self.missing_clause_word("equals");
        }
        let right = self.expr();
        let into = self.eat_word("into").map(|_| self.expect_ident());
        QueryClause::Join {
            ty,
            name,
            source,
            left,
            right,
            into,
        }
    }

    fn missing_clause_word(&mut self, word: &str) {
        let found = self.tok().to_string();
        self.error(
            Diagnostic::error(
                "CS1003",
                format!("Syntax error, '{word}' expected"),
                self.span(),
            )
            .with_primary(format!("found {found}"))
            .with_hint("check the query's clauses"),
        );
    }
}
