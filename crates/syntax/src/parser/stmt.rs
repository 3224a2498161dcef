//! Statements. A local declaration is recognised before an expression statement (`List<int> x;`
//! against `a < b;`) by scanning for a type followed by a name, as C#'s parser does; a name
//! followed by `(` after the type makes a local function.

use super::expr::{error_expr, mk};
use super::scan::DeclShape;
use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

impl<'t, 's> Parser<'t, 's> {
    /// `{ statements }`, at the `{` (a missing `{` is reported and the block is empty).
    pub(crate) fn block(&mut self) -> Block {
        let start = self.span();
        if !self.eat(&Token::LBrace) {
            self.missing(&Token::LBrace);
            return Block {
                stmts: Vec::new(),
                span: Span::new(start.start as usize, start.start as usize),
            };
        }
        let stmts = self.statements_until_close();
        if !self.eat(&Token::RBrace) {
            self.missing(&Token::RBrace);
        }
        Block {
            stmts,
            span: self.since(start),
        }
    }

    /// Statements up to (not including) the `}` that closes the enclosing block.
    fn statements_until_close(&mut self) -> Vec<Stmt> {
        let mut stmts = Vec::new();
        while !matches!(self.tok(), Token::RBrace | Token::Eof) {
            stmts.push(self.statement_or_skip());
        }
        stmts
    }

    /// A statement; text that cannot start one is reported and skipped.
    pub(crate) fn statement_or_skip(&mut self) -> Stmt {
        let before = self.pos;
        let s = self.statement();
        if self.pos == before {
            let start = self.span();
            if !matches!(s.kind, StmtKind::Error) {
                self.invalid_term();
            }
            self.skip_to_sync();
            return Stmt {
                kind: StmtKind::Error,
                span: self.since(start),
            };
        }
        s
    }

    pub(crate) fn statement(&mut self) -> Stmt {
        let start = self.span();
        let kind = if self.enter_statement() {
            self.statement_kind()
        } else {
            StmtKind::Error
        };
        self.leave_statement();
        Stmt {
            kind,
            span: self.since(start),
        }
    }

    fn statement_kind(&mut self) -> StmtKind {
        match self.tok().clone() {
            Token::LBrace => StmtKind::Block(self.block()),
            Token::Semi => {
                self.bump();
                StmtKind::Empty
            }
            Token::If => self.if_stmt(),
            Token::While => {
                self.bump();
                let cond = self.paren_expr();
                let body = self.embedded();
                StmtKind::While { cond, body }
            }
            Token::Do => {
                self.bump();
                let body = self.embedded();
                self.expect(Token::While);
                let cond = self.paren_expr();
                self.expect(Token::Semi);
                StmtKind::DoWhile { body, cond }
            }
            Token::For => self.for_stmt(),
            Token::Foreach => self.foreach_stmt(false),
            Token::Break => {
                self.bump();
                self.expect(Token::Semi);
                StmtKind::Break
            }
            Token::Continue => {
                self.bump();
                self.expect(Token::Semi);
                StmtKind::Continue
            }
            Token::Return => {
                self.bump();
                let e = (!self.at(&Token::Semi)).then(|| self.expr());
                self.expect(Token::Semi);
                StmtKind::Return(e)
            }
            Token::Throw => {
                self.bump();
                let e = (!self.at(&Token::Semi)).then(|| self.expr());
                self.expect(Token::Semi);
                StmtKind::Throw(e)
            }
            Token::Try => self.try_stmt(),
            Token::Switch => self.switch_stmt(),
            Token::Goto => self.goto_stmt(),
            Token::Lock => {
                self.bump();
                let expr = self.paren_expr();
                let body = self.embedded();
                StmtKind::Lock { expr, body }
            }
            Token::Fixed => {
                self.bump();
                self.expect(Token::LParen);
                let decl = self.local_decl_after_modifiers(Modifiers::default(), false);
                self.expect(Token::RParen);
                let body = self.embedded();
                StmtKind::Fixed { decl, body }
            }
            Token::Checked | Token::Unchecked if matches!(self.nth(1), Token::LBrace) => {
                let checked = self.at(&Token::Checked);
                self.bump();
                StmtKind::Checked {
                    checked,
                    body: self.block(),
                }
            }
            Token::Unsafe if matches!(self.nth(1), Token::LBrace) => {
                self.bump();
                StmtKind::Unsafe(self.block())
            }
            Token::Using => self.using_stmt(false),
            Token::Const => {
                self.bump();
                let decl = self.local_decl_after_modifiers(Modifiers::default(), true);
                self.expect(Token::Semi);
                StmtKind::LocalDecl(decl)
            }
            Token::Ident("yield") if matches!(self.nth(1), Token::Return | Token::Break) => {
                self.bump();
                self.has_yield = true;
                if self.eat(&Token::Break) {
                    self.expect(Token::Semi);
                    return StmtKind::YieldBreak;
                }
                self.bump();
                let e = self.expr();
                self.expect(Token::Semi);
                StmtKind::YieldReturn(e)
            }
            Token::Ident("await") if matches!(self.nth(1), Token::Foreach) => {
                self.bump();
                self.foreach_stmt(true)
            }
            Token::Ident("await") if matches!(self.nth(1), Token::Using) => {
                self.bump();
                self.using_stmt(true)
            }
            Token::Ident(_) | Token::VerbatimIdent(_) if matches!(self.nth(1), Token::Colon) => {
                let label = self.ident().expect("at an identifier");
                self.bump();
                // A label must label a statement; `L: }` draws C#'s error.
                let stmt = if self.at(&Token::RBrace) {
                    self.invalid_term();
                    Stmt {
                        kind: StmtKind::Empty,
                        span: self.span(),
                    }
                } else {
                    self.statement()
                };
                StmtKind::Labeled {
                    label,
                    stmt: Box::new(stmt),
                }
            }
            _ => self.declaration_or_expression(),
        }
    }

    /// The statement of an `if`, a loop, `lock`, `using` or `fixed`.
    fn embedded(&mut self) -> Box<Stmt> {
        if matches!(self.tok(), Token::RBrace | Token::Eof) {
            self.invalid_term();
            let at = self.span();
            return Box::new(Stmt {
                kind: StmtKind::Error,
                span: Span::new(at.start as usize, at.start as usize),
            });
        }
        Box::new(self.statement_or_skip())
    }

    /// `(e)` of `if`, `while`, `lock`, `switch`.
    fn paren_expr(&mut self) -> Expr {
        if !self.expect(Token::LParen) {
            return self.expr();
        }
        let e = self.expr();
        self.expect(Token::RParen);
        e
    }

    fn if_stmt(&mut self) -> StmtKind {
        self.bump();
        let cond = self.paren_expr();
        let then = self.embedded();
        let otherwise = self.eat(&Token::Else).then(|| self.embedded());
        StmtKind::If {
            cond,
            then,
            otherwise,
        }
    }

    fn for_stmt(&mut self) -> StmtKind {
        self.bump();
        self.expect(Token::LParen);
        let init = if self.at(&Token::Semi) {
            None
        } else if self.local_start().is_some() {
            Some(ForInit::Decl(
                self.local_decl_after_modifiers(Modifiers::default(), false),
            ))
        } else {
            Some(ForInit::Exprs(self.expr_list()))
        };
        self.expect(Token::Semi);
        let cond = (!self.at(&Token::Semi)).then(|| self.expr());
        self.expect(Token::Semi);
        let update = if self.at(&Token::RParen) {
            Vec::new()
        } else {
            self.expr_list()
        };
        self.expect(Token::RParen);
        let body = self.embedded();
        StmtKind::For {
            init,
            cond,
            update,
            body,
        }
    }

    fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.eat(&Token::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// `foreach (T x in e) s`, `foreach (scoped ref readonly var x in e) s`,
    /// `foreach (var (a, b) in e) s`, at `foreach`.
    fn foreach_stmt(&mut self, is_await: bool) -> StmtKind {
        self.bump();
        self.expect(Token::LParen);
        let scoped = self.at_word("scoped") && self.foreach_variable_at(self.pos + 1);
        let target = if scoped || self.foreach_variable_at(self.pos) {
            let mut modifiers = Modifiers::default();
            if scoped {
                modifiers.0.push((Modifier::Scoped, self.bump()));
            }
            let ty = self.parse_ref_type();
            let name = self.expect_ident();
            ForeachTarget::Var {
                modifiers,
                ty,
                name,
            }
        } else {
            ForeachTarget::Deconstruct(self.declaration_or_expr())
        };
        self.expect(Token::In);
        let collection = self.expr();
        self.expect(Token::RParen);
        let body = self.embedded();
        StmtKind::Foreach {
            is_await,
            target,
            collection,
            body,
        }
    }

    fn try_stmt(&mut self) -> StmtKind {
        self.bump();
        let body = self.block();
        let mut catches = Vec::new();
        while self.at(&Token::Catch) {
            let start = self.bump();
            let (ty, name) = if self.eat(&Token::LParen) {
                let ty = self.parse_type();
                let name = self.ident();
                self.expect(Token::RParen);
                (Some(ty), name)
            } else {
                (None, None)
            };
            let filter = self.eat_word("when").map(|_| self.paren_expr());
            let body = self.block();
            catches.push(CatchClause {
                ty,
                name,
                filter,
                body,
                span: self.since(start),
            });
        }
        let finally = self.eat(&Token::Finally).then(|| self.block());
        StmtKind::Try {
            body,
            catches,
            finally,
        }
    }

    fn switch_stmt(&mut self) -> StmtKind {
        self.bump();
        let subject = if self.at(&Token::LParen) {
            self.expr()
        } else {
            self.missing(&Token::LParen);
            self.expr()
        };
        let mut sections = Vec::new();
        if !self.eat(&Token::LBrace) {
            self.missing(&Token::LBrace);
            return StmtKind::Switch { subject, sections };
        }
        while !matches!(self.tok(), Token::RBrace | Token::Eof) {
            let start = self.span();
            let mut labels = Vec::new();
            while let Some(label) = self.switch_label() {
                labels.push(label);
            }
            if labels.is_empty() {
                // Statements before the first label: C# reports them; skip one statement.
                self.unexpected("`case` or `default:`");
                self.statement_or_skip();
                continue;
            }
            let mut body = Vec::new();
            while !(matches!(self.tok(), Token::RBrace | Token::Eof | Token::Case)
                || self.at(&Token::Default) && matches!(self.nth(1), Token::Colon))
            {
                body.push(self.statement_or_skip());
            }
            sections.push(SwitchSection {
                labels,
                body,
                span: self.since(start),
            });
        }
        self.expect(Token::RBrace);
        StmtKind::Switch { subject, sections }
    }

    fn switch_label(&mut self) -> Option<SwitchLabel> {
        let start = self.span();
        if self.at(&Token::Default) && matches!(self.nth(1), Token::Colon) {
            self.bump();
            self.bump();
            return Some(SwitchLabel {
                pattern: None,
                guard: None,
                span: self.since(start),
            });
        }
        if !self.eat(&Token::Case) {
            return None;
        }
        let pattern = self.pattern();
        let guard = self.eat_word("when").map(|_| self.expr());
        self.expect(Token::Colon);
        Some(SwitchLabel {
            pattern: Some(pattern),
            guard,
            span: self.since(start),
        })
    }

    fn goto_stmt(&mut self) -> StmtKind {
        self.bump();
        let target = if self.eat(&Token::Case) {
            GotoTarget::Case(self.expr())
        } else if self.eat(&Token::Default) {
            GotoTarget::Default
        } else {
            GotoTarget::Label(self.expect_ident())
        };
        self.expect(Token::Semi);
        StmtKind::Goto(target)
    }

    /// `using (resource) s` or the declaration `using var x = e;`, at `using`.
    fn using_stmt(&mut self, is_await: bool) -> StmtKind {
        self.bump();
        if self.eat(&Token::LParen) {
            let resource = if self.local_start().is_some() {
                ForInit::Decl(self.local_decl_after_modifiers(Modifiers::default(), false))
            } else {
                ForInit::Exprs(vec![self.expr()])
            };
            self.expect(Token::RParen);
            let body = self.embedded();
            return StmtKind::Using {
                is_await,
                resource: Box::new(resource),
                body: Some(body),
            };
        }
        let decl = self.local_decl_after_modifiers(Modifiers::default(), false);
        self.expect(Token::Semi);
        StmtKind::Using {
            is_await,
            resource: Box::new(ForInit::Decl(decl)),
            body: None,
        }
    }

    /// A local declaration starts here (after any `ref`/`scoped`).
    fn local_start(&mut self) -> Option<DeclShape> {
        let mut i = self.pos;
        while matches!(self.tok_at(i), Token::Ref | Token::Readonly) || self.word_at(i, "scoped") {
            i += 1;
        }
        self.declaration_at(i)
    }

    pub(crate) fn word_at(&self, i: usize, word: &str) -> bool {
        matches!(self.tok_at(i), Token::Ident(s) if *s == word)
    }

    /// A local declaration, a local function, or an expression statement.
    fn declaration_or_expression(&mut self) -> StmtKind {
        if let Some(kind) = self.local_function_with_modifiers() {
            return kind;
        }
        match self.local_start() {
            Some(DeclShape::LocalFunction) => {
                let f = self.method_after_header(Vec::new(), Modifiers::default());
                self.generic_local_functions |= !f.type_params.is_empty();
                StmtKind::LocalFunction(Box::new(f))
            }
            Some(DeclShape::Local) => {
                let decl = self.local_decl_after_modifiers(Modifiers::default(), false);
                self.expect(Token::Semi);
                StmtKind::LocalDecl(decl)
            }
            None => {
                let e = self.expr();
                if matches!(e.kind, ExprKind::Error) && e.span.is_empty() {
                    return StmtKind::Error;
                }
                self.expect(Token::Semi);
                StmtKind::Expr(e)
            }
        }
    }

    /// `static int F() { }`, `async Task G() { }`: a local function after its modifiers
    /// (`async`, `static`, `unsafe`, `extern`), or None (nothing consumed).
    fn local_function_with_modifiers(&mut self) -> Option<StmtKind> {
        let mut i = self.pos;
        let mut attrs_end = i;
        if matches!(self.tok_at(i), Token::LBracket) {
            // Attributes on a local function: `[Obsolete] void F() { }`.
            while matches!(self.tok_at(i), Token::LBracket) {
                i = self.closer_of(i)? + 1;
            }
            attrs_end = i;
        }
        let mut count = 0;
        while matches!(
            self.tok_at(i),
            Token::Static | Token::Unsafe | Token::Extern
        ) || self.word_at(i, "async")
        {
            i += 1;
            count += 1;
        }
        if count == 0 && attrs_end == self.pos {
            return None;
        }
        if self.declaration_at(i) != Some(DeclShape::LocalFunction) {
            return None;
        }
        let attributes = self.attribute_sections();
        let modifiers = self.modifiers();
        let f = self.method_after_header(attributes, modifiers);
        self.generic_local_functions |= !f.type_params.is_empty();
        Some(StmtKind::LocalFunction(Box::new(f)))
    }

    /// `[const] [ref] T a = 1, b;` after any modifiers (the `;` is the caller's).
    pub(crate) fn local_decl_after_modifiers(
        &mut self,
        mut modifiers: Modifiers,
        is_const: bool,
    ) -> LocalDecl {
        while let Some(span) = self.eat_word("scoped") {
            modifiers.0.push((Modifier::Scoped, span));
        }
        let ty = self.parse_ref_type();
        let declarators = self.declarators(&ty);
        LocalDecl {
            is_const,
            modifiers,
            ty,
            declarators,
        }
    }

    /// `a = 1, b, c = { 1, 2 }` after a declared type.
    pub(crate) fn declarators(&mut self, ty: &TypeExpr) -> Vec<VarDeclarator> {
        let mut list = Vec::new();
        loop {
            let start = self.span();
            let name = self.expect_ident();
            let mut brackets = Vec::new();
            if self.at(&Token::LBracket) {
                brackets = self
                    .arg_list(Token::RBracket)
                    .into_iter()
                    .map(|a| a.value)
                    .collect();
            }
            let init = self.eat(&Token::Eq).then(|| self.var_init(ty));
            list.push(VarDeclarator {
                name,
                brackets,
                init,
                span: self.since(start),
            });
            if !self.eat(&Token::Comma) {
                return list;
            }
        }
    }

    /// What follows `=` in a declaration: an expression, or an array initializer `{ 1, 2 }`,
    /// which means `new T[] { 1, 2 }` for the declared array type `T[]` (CS0622 otherwise).
    fn var_init(&mut self, ty: &TypeExpr) -> Expr {
        if !self.at(&Token::LBrace) {
            if matches!(self.tok(), Token::Semi | Token::Comma | Token::RParen) {
                self.invalid_term();
                return error_expr(self.span());
            }
            return self.expr();
        }
        let start = self.span();
        let init = self.initializer();
        let span = self.since(start);
        match &ty.kind {
            TypeExprKind::Array { element, rank } => mk(
                ExprKind::NewArray {
                    element: Some((**element).clone()),
                    rank: *rank,
                    sizes: Vec::new(),
                    init: Some(init),
                },
                span,
            ),
            TypeExprKind::Error => error_expr(start),
            _ => {
                let d = Diagnostic::error(
                    "CS0622",
                    "Can only use array initializer expressions to assign to array types. Try using a new expression instead.",
                    span,
                )
                .with_hint("write `new int[] { ... }`, or declare the variable with an array type");
                self.diags.push(d);
                mk(ExprKind::Error, span)
            }
        }
    }
}
