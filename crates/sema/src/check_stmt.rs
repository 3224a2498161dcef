//! Statements: blocks and scopes, control flow,
//! the context rules of `break`/`continue`/`return`/`throw;` (loops, catch and finally clauses)
//! and returns against the async kind of the method. `try` statements are in check_try.rs, local
//! declarations in check_local.rs.

use unawait_syntax::ast::{self, ExprKind as A, StmtKind as S, UnaryOp as AU};
use unawait_syntax::{Diagnostic, Span};

use crate::body::Body;
use crate::hir::{AsyncKind, Block, Expr, ExprKind, ForeachKind, LocalKind, Stmt, StmtKind};
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    /// The exception of `throw e` (statement or expression): CS0155 unless it is one.
    pub(crate) fn thrown(&mut self, e: &ast::Expr) -> Expr {
        let v = self.expr(e);
        if !v.ty.is_error() && !v.ty.is_exception() && v.ty != Ty::Null {
            self.err(
                "CS0155",
                "The type caught or thrown must be derived from System.Exception",
                e.span,
                "throw an exception: `throw new InvalidOperationException(\"...\")`",
            );
        }
        v
    }

    pub fn block(&mut self, b: &ast::Block) -> Block {
        self.scopes.push();
        self.predeclare(&b.stmts);
        self.open_labels([b.stmts.as_slice()]);
        let mut stmts = Vec::with_capacity(b.stmts.len());
        self.block_stmts(&b.stmts, &mut stmts);
        // Local functions hold their functions from the block's start.
        let (mut hoisted, rest): (Vec<Stmt>, Vec<Stmt>) = stmts
            .into_iter()
            .partition(|s| self.is_local_function_stmt(s));
        hoisted.extend(rest);
        let stmts = hoisted;
        self.close_labels();
        self.scopes.pop();
        Block {
            stmts,
            span: b.span,
        }
    }

    /// The statements of a block, in order; a `using var x = e;` takes the rest of them as the
    /// `try` that disposes `x`.
    pub(crate) fn block_stmts(&mut self, list: &[ast::Stmt], out: &mut Vec<Stmt>) {
        for (i, s) in list.iter().enumerate() {
            if let S::Using {
                is_await,
                resource,
                body: None,
            } = &s.kind
            {
                let kind = self.using_stmt(resource, None, &list[i + 1..], *is_await, s.span);
                out.push(Stmt {
                    id: crate::hir::StmtId::NONE,
                    span: s.span,
                    kind,
                });
                return;
            }
            self.stmt(s, out);
        }
    }

    /// Locals are in scope in their whole block: register them before checking any statement.
    pub(crate) fn predeclare(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            let mut s = s;
            while let S::Labeled { stmt, .. } = &s.kind {
                s = stmt;
            }
            match &s.kind {
                S::LocalDecl(d) => {
                    for v in &d.declarators {
                        self.scopes.predeclare(&v.name.name, v.name.span);
                    }
                }
                // A local function can be called anywhere in its block.
                S::LocalFunction(f) => self.declare_local_function(f),
                _ => {}
            }
        }
    }

    /// An embedded statement (if/loop body): a declaration or a label there is CS1023 in C#.
    pub(crate) fn embedded(&mut self, s: &ast::Stmt) -> Box<Stmt> {
        if let S::LocalDecl(_) | S::Labeled { .. } = s.kind {
            self.err(
                "CS1023",
                "Embedded statement cannot be a declaration or labeled statement",
                s.span,
                "wrap it in braces `{ ... }`",
            );
        }
        self.scopes.push();
        let mut out = Vec::with_capacity(1);
        self.stmt(s, &mut out);
        self.scopes.pop();
        Box::new(if out.len() == 1 {
            out.pop().unwrap_or(Stmt {
                id: crate::hir::StmtId::NONE,
                kind: StmtKind::Empty,
                span: s.span,
            })
        } else {
            Stmt {
                id: crate::hir::StmtId::NONE,
                kind: StmtKind::Block(Block {
                    stmts: out,
                    span: s.span,
                }),
                span: s.span,
            }
        })
    }

    pub(crate) fn in_loop<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.jumps.targets.push((false, self.finally_depth));
        let r = f(self);
        self.jumps.targets.pop();
        r
    }

    pub fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) {
        let span = s.span;
        let kind = match &s.kind {
            S::Block(b) => StmtKind::Block(self.block(b)),
            S::LocalDecl(d) => {
                self.local_decl(d, span, out);
                return;
            }
            S::Expr(e) => self.statement_expression(e),
            S::If {
                cond,
                then,
                otherwise,
            } => {
                let cond = self.cond(cond);
                let then = self.embedded(then);
                let otherwise = otherwise.as_ref().map(|o| self.embedded(o));
                StmtKind::If {
                    cond,
                    then,
                    otherwise,
                }
            }
            // The variables a loop condition declares (`while (r.TryNext(out var t))`) belong to
            // the loop.
            S::While { cond, body } => {
                self.scopes.push();
                let cond = self.cond(cond);
                let body = self.in_loop(|b| b.embedded(body));
                self.scopes.pop();
                StmtKind::While { cond, body }
            }
            S::DoWhile { body, cond } => {
                let body = self.in_loop(|b| b.embedded(body));
                self.scopes.push();
                let cond = self.cond(cond);
                self.scopes.pop();
                StmtKind::DoWhile { body, cond }
            }
            S::For {
                init,
                cond,
                update,
                body,
            } => {
                self.scopes.push();
                let mut init_out = Vec::new();
                match init {
                    Some(ast::ForInit::Decl(d)) => self.local_decl(d, span, &mut init_out),
                    Some(ast::ForInit::Exprs(es)) => {
                        for e in es {
                            let e = self.expr_stmt(e);
                            let sp = e.span;
                            init_out.push(Stmt {
                                id: crate::hir::StmtId::NONE,
                                kind: StmtKind::Expr(e),
                                span: sp,
                            });
                        }
                    }
                    None => {}
                }
                let cond = cond.as_ref().map(|c| self.cond(c));
                let update = update.iter().map(|u| self.expr_stmt(u)).collect();
                let body = self.in_loop(|b| b.embedded(body));
                self.scopes.pop();
                StmtKind::For {
                    init: init_out,
                    cond,
                    update,
                    body,
                }
            }
            S::Foreach {
                is_await,
                target,
                collection,
                body,
            } => {
                if *is_await {
                    match self.await_foreach(target, collection, body, span) {
                        Some(k) => k,
                        None => return,
                    }
                } else {
                    let ast::ForeachTarget::Var { ty, name, .. } = target else {
                        self.cx.unsupported("deconstruction in `foreach` is", span);
                        return;
                    };
                    match self.foreach(ty, name, collection, body) {
                        Some(k) => k,
                        None => return,
                    }
                }
            }
            S::Break | S::Continue => {
                let word = if matches!(s.kind, S::Break) {
                    "break"
                } else {
                    "continue"
                };
                // `break` leaves the innermost loop or `switch`; `continue` the innermost loop.
                let target = self
                    .jumps
                    .targets
                    .iter()
                    .rev()
                    .find(|(is_switch, _)| word == "break" || !is_switch);
                match target {
                    None => self.err(
                        "CS0139",
                        "No enclosing loop out of which to break or continue",
                        span,
                        &format!("`{word}` must be inside a loop"),
                    ),
                    Some(&(_, d)) if d < self.finally_depth => self.finally_exit(span),
                    Some(_) => {}
                }
                if word == "break" {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            S::Return(e) => self.return_stmt(e.as_ref(), span),
            S::Throw(Some(e)) => StmtKind::Throw(self.thrown(e)),
            S::Throw(None) => {
                match self.catches.last() {
                    None => self.err("CS0156", "A throw statement with no arguments is not allowed outside of a catch clause", span, "rethrow only inside `catch { ... }`, or throw an exception object"),
                    Some(&d) if d < self.finally_depth => self.err(
                        "CS0724",
                        "A throw statement with no arguments is not allowed in a finally clause that is nested inside the nearest enclosing catch clause",
                        span,
                        "throw an exception object instead",
                    ),
                    Some(_) => {}
                }
                StmtKind::Rethrow
            }
            S::Try {
                body,
                catches,
                finally,
            } => self.try_stmt(body, catches, finally.as_ref(), span),
            S::Switch { subject, sections } => match self.switch_stmt(subject, sections, span) {
                Some(k) => k,
                None => return,
            },
            S::Using {
                is_await,
                resource,
                body: Some(body),
            } => self.using_stmt(resource, Some(body), &[], *is_await, span),
            S::Using {
                is_await,
                resource,
                body,
            } => {
                let what = match (is_await, body) {
                    (true, Some(_)) => "`await using` statements are",
                    (false, Some(_)) => "`using` statements are",
                    (true, None) => "`await using` declarations are",
                    (false, None) => "`using` declarations are",
                };
                self.cx.unsupported(what, span);
                // `using var x = ...;` declares `x` for the rest of the block.
                if body.is_none() {
                    if let ast::ForInit::Decl(d) = &**resource {
                        for v in &d.declarators {
                            self.declare_soft(&v.name.name, v.name.span);
                        }
                    }
                }
                return;
            }
            // One diagnostic per iterator, none when its return type (`IEnumerable<T>`,
            // `IAsyncEnumerable<T>`) was reported already.
            S::YieldReturn(e) => match self.yield_stmt(Some(e), span) {
                Some(k) => k,
                None => return,
            },
            S::YieldBreak => match self.yield_stmt(None, span) {
                Some(k) => k,
                None => return,
            },
            S::Empty => StmtKind::Empty,
            S::LocalFunction(f) => match self.local_function_stmt(f, span) {
                Some(k) => k,
                None => return,
            },
            S::Lock { expr, body } => self.lock_stmt(expr, body, span),
            S::Checked { checked, body } => {
                StmtKind::Block(self.in_overflow_context(*checked, |b| b.block(body)))
            }
            // A `goto` that names no label still ends its path: no CS0163 or CS0161 because of
            // it (the statement is never lowered: the program has an error).
            S::Goto(target) => self
                .goto(target, span)
                .unwrap_or_else(|| StmtKind::Throw(Expr::error(span))),
            S::Labeled { label, stmt } => {
                if let Some(k) = self.labeled(label) {
                    out.push(Stmt {
                        kind: k,
                        span: label.span,
                        id: crate::hir::StmtId::NONE,
                    });
                }
                self.stmt(stmt, out);
                return;
            }
            S::Unsafe(_) | S::Fixed { .. } => {
                self.cx.outside("unsafe code is", span);
                return;
            }
            S::Error => return,
        };
        out.push(Stmt {
            kind,
            span,
            id: crate::hir::StmtId::NONE,
        });
    }

    fn finally_exit(&mut self, span: Span) {
        self.err(
            "CS0157",
            "Control cannot leave the body of a finally clause",
            span,
            "move this out of the `finally` block",
        );
    }

    /// An expression used as a statement, where `a?.M()` may call a method returning nothing:
    /// a statement, a `void` member's `=> body`, a `void` lambda's expression body.
    pub(crate) fn statement_expression(&mut self, e: &ast::Expr) -> StmtKind {
        match e.kind {
            A::ConditionalAccess { .. } => self.conditional_access_stmt(e),
            _ => StmtKind::Expr(self.expr_stmt(e)),
        }
    }

    pub(crate) fn expr_stmt(&mut self, e: &ast::Expr) -> Expr {
        let ok = matches!(
            e.kind,
            A::Call { .. }
                | A::Assign { .. }
                | A::Await(_)
                | A::New { .. }
                | A::Error
                | A::Unary {
                    op: AU::PreInc | AU::PreDec | AU::PostInc | AU::PostDec,
                    ..
                }
        );
        // `Console.WriteLine;` is CS0201 in C# (a method group is not a statement), not a delegate.
        let v = match &e.kind {
            A::Name { .. } | A::Member { .. } => match self.resolve(e) {
                crate::resolve::Resolved::Methods(_) => {
                    crate::check_expr::mk(ExprKind::Error, Ty::Void, e.span)
                }
                r => self.value_of(r, e.span),
            },
            _ => self.expr(e),
        };
        if !ok && !v.ty.is_error() {
            self.err("CS0201", "Only assignment, call, increment, decrement, await, and new object expressions can be used as a statement", e.span, "use the value (e.g. assign it: `var x = ...;` or `_ = ...;`)");
        }
        // C#'s rule (Roslyn's `CouldBeAwaited`): a call of a method declared `async` that
        // returns a value, in any method; in an async method, any call whose result can be
        // awaited.
        let callee_async = matches!(&v.kind, ExprKind::Call { callee: crate::hir::Callee::User(m), .. }
            if self.cx.program.method(*m).is_async)
            && !matches!(v.ty, Ty::Void | Ty::Error);
        let awaitable_in_async = self.func.is_async
            && matches!(v.kind, ExprKind::Call { .. })
            && (v.ty.is_awaitable() || self.custom_awaitable(&v.ty, e.span));
        if callee_async || awaitable_in_async {
            self.cx.diags.push(
                Diagnostic::warning(
                    "CS4014",
                    "Because this call is not awaited, execution of the current method continues before the call is completed. Consider applying the 'await' operator to the result of the call.",
                    e.span,
                )
                .with_primary("this task is not awaited")
                .with_hint("add `await`, or write `_ = ...;` to run it without waiting"),
            );
        }
        v
    }

    fn foreach(
        &mut self,
        ty: &ast::TypeExpr,
        name: &ast::Ident,
        collection: &ast::Expr,
        body: &ast::Stmt,
    ) -> Option<StmtKind> {
        let mut coll = self.expr(collection);
        // C#'s pattern: a class of the program with its own `GetEnumerator()`
        // (check_foreach_pattern.rs); else its `IEnumerable<T>` (explicitly implemented).
        let mut taken = None;
        if let Ty::Class(id, _) = &coll.ty {
            if self.cx.find_member(*id, "GetEnumerator").is_some() {
                match self.foreach_pattern(ty, name, coll, body) {
                    crate::check_foreach_pattern::Pattern::Done(s) => return s,
                    crate::check_foreach_pattern::Pattern::Library(elem, get) => {
                        taken = Some(elem);
                        coll = get;
                    }
                }
            } else if let Some(elem) = crate::convert::enumerable_elem(&coll.ty) {
                let seq = Ty::Lib(Lib::IEnumerable, vec![elem]);
                coll = crate::user_enumerables::as_interface(coll, &seq);
            }
        }
        let (kind, elem) = match &coll.ty {
            _ if taken.is_some() => (ForeachKind::Enumerable, taken.clone().unwrap_or(Ty::Error)),
            Ty::Array(e) => (ForeachKind::Array, (**e).clone()),
            Ty::Lib(Lib::List, a) => (ForeachKind::List, a.first().cloned().unwrap_or(Ty::Error)),
            Ty::Lib(Lib::ReadOnlyCollection, a) => (
                ForeachKind::ReadOnlyCollection,
                a.first().cloned().unwrap_or(Ty::Error),
            ),
            // Enumerated through the runtime's enumerator, as a list is.
            Ty::Lib(Lib::Dictionary, a) if a.len() == 2 => (
                ForeachKind::Enumerable,
                Ty::Lib(Lib::KeyValuePair, a.clone()),
            ),
            Ty::Lib(Lib::KeyCollection, a) => (
                ForeachKind::Enumerable,
                a.first().cloned().unwrap_or(Ty::Error),
            ),
            Ty::Lib(Lib::ValueCollection, a) => (
                ForeachKind::Enumerable,
                a.get(1).cloned().unwrap_or(Ty::Error),
            ),
            Ty::Lib(Lib::IOrderedEnumerable | Lib::IGrouping, _) => (
                ForeachKind::Enumerable,
                crate::convert::enumerable_elem(&coll.ty).unwrap_or(Ty::Error),
            ),
            Ty::Lib(Lib::HashSet | Lib::Queue | Lib::Stack | Lib::MdArray, a) => (
                ForeachKind::Enumerable,
                a.first().cloned().unwrap_or(Ty::Error),
            ),
            Ty::Error => (ForeachKind::Array, Ty::Error),
            Ty::String => (ForeachKind::String, Ty::Char),
            // The runtime's enumerator walks whatever collection the object is.
            t if crate::convert::is_collection_interface(t) => (
                ForeachKind::Enumerable,
                crate::convert::enumerable_elem(t).unwrap_or(Ty::Error),
            ),
            t if self.type_param_gap(&t.clone(), "`foreach` loops", collection.span) => {
                (ForeachKind::Array, Ty::Error)
            }
            t @ Ty::Lib(crate::types::Lib::IAsyncEnumerable, _) => {
                self.err(
                    "CS8414",
                    format!("foreach statement cannot operate on variables of type '{t}' because '{t}' does not contain a public instance or extension definition for 'GetEnumerator'. Did you mean 'await foreach' rather than 'foreach'?"),
                    collection.span,
                    "an async stream is enumerated with `await foreach`",
                );
                (ForeachKind::Array, Ty::Error)
            }
            t => {
                self.err(
                    "CS1579",
                    format!("foreach statement cannot operate on variables of type '{t}' because '{t}' does not contain a public instance or extension definition for 'GetEnumerator'"),
                    collection.span,
                    "foreach works over arrays, List<T>, Dictionary<TKey, TValue> (and its Keys, Values), HashSet<T>, Queue<T>, Stack<T>",
                );
                (ForeachKind::Array, Ty::Error)
            }
        };
        let var_ty = self.foreach_var_type(ty, &elem);
        // foreach converts each element with an explicit conversion, as C# does (checked in a
        // checked context).
        let conversion = match crate::convert::explicit(&elem, &var_ty) {
            Some(Some(c)) if self.overflow.runtime_checked() => Some(match c {
                crate::hir::Conversion::LongToInt => crate::hir::Conversion::CheckedLongToInt,
                crate::hir::Conversion::DoubleToInt => crate::hir::Conversion::CheckedDoubleToInt,
                crate::hir::Conversion::DoubleToLong => crate::hir::Conversion::CheckedDoubleToLong,
                crate::hir::Conversion::IntToChar
                | crate::hir::Conversion::LongToChar
                | crate::hir::Conversion::DoubleToChar => crate::hir::Conversion::CheckedToChar,
                c => c.checked_small().unwrap_or(c),
            }),
            Some(c) => c,
            None if !matches!(
                crate::user_conversions::find_conversion(self.cx, &elem, &var_ty, true),
                Ok(None)
            ) =>
            {
                let (coll, disposing) = self.disposing_collection(kind, coll);
                let span = coll.span;
                let lp = self.foreach_user_conversion(kind, name, elem, var_ty, coll, body);
                return Some(match disposing {
                    Some((e, decl)) => self.disposed_loop(e, decl, lp, span),
                    None => lp,
                });
            }
            None => {
                self.err(
                    "CS0030",
                    format!("Cannot convert type '{elem}' to '{var_ty}'"),
                    ty.span,
                    "declare the loop variable with the element type, or `var`",
                );
                None
            }
        };
        let (coll, disposing) = self.disposing_collection(kind, coll);
        self.scopes.push();
        let local = self.declare_local(&name.name, var_ty, LocalKind::ForeachVar, name.span);
        let body = self.in_loop(|b| b.embedded(body));
        self.scopes.pop();
        let span = coll.span;
        let lp = StmtKind::Foreach {
            kind,
            local,
            elem_ty: elem,
            conversion,
            collection: coll,
            body,
        };
        Some(match disposing {
            Some((e, decl)) => self.disposed_loop(e, decl, lp, span),
            None => lp,
        })
    }

    pub(crate) fn return_stmt(&mut self, e: Option<&ast::Expr>, span: Span) -> StmtKind {
        if self.func.iterator.is_some() {
            if let Some(e) = e {
                self.expr(e);
            }
            self.err(
                "CS1622",
                "Cannot return a value from an iterator. Use the yield return statement to return a value, or yield break to end the iteration.",
                span,
                "write `yield break;` to end the iteration",
            );
            return StmtKind::YieldBreak;
        }
        if self.finally_depth > 0 {
            self.finally_exit(span);
        }
        let name = self.func.display.clone();
        let ret = self.func.return_type.clone();
        let expected = match &self.func.async_kind {
            AsyncKind::Task | AsyncKind::ValueTask => {
                if let (Some(e), true) = (e, self.func.lambda) {
                    self.expr(e);
                    self.err(
                        "CS8031",
                        format!("Async lambda expression converted to a '{ret}' returning delegate cannot return a value"),
                        span,
                        "remove the value, or convert the lambda to a `Func<Task<T>>`",
                    );
                } else if let Some(e) = e {
                    self.expr(e);
                    self.err(
                        "CS1997",
                        format!("Since '{name}' is an async method that returns '{ret}', a return keyword must not be followed by an object expression. Did you intend to return 'Task<T>'?"),
                        span,
                        "remove the value, or change the return type to `Task<T>`",
                    );
                }
                return StmtKind::Return(None);
            }
            AsyncKind::TaskOf(t) | AsyncKind::ValueTaskOf(t) => t.clone(),
            AsyncKind::Void => Ty::Void,
            AsyncKind::NotAsync => ret.clone(),
            AsyncKind::AsyncEnumerable(_) | AsyncKind::AsyncEnumerator(_) => Ty::Void,
        };
        match (e, &expected) {
            (None, Ty::Void | Ty::Error) => StmtKind::Return(None),
            (None, t) => {
                self.err(
                    "CS0126",
                    format!("An object of a type convertible to '{t}' is required"),
                    span,
                    &format!("return a `{t}` value"),
                );
                StmtKind::Return(None)
            }
            (Some(e), Ty::Void) if self.func.lambda => {
                self.expr(e);
                self.err(
                    "CS8030",
                    "Anonymous function converted to a void returning delegate cannot return a value",
                    span,
                    "remove the value, or convert the lambda to a `Func<...>`",
                );
                StmtKind::Return(None)
            }
            (Some(e), Ty::Void) => {
                self.expr(e);
                self.err("CS0127", format!("Since '{name}' returns void, a return keyword must not be followed by an object expression"), span, "remove the value, or give the method a return type");
                StmtKind::Return(None)
            }
            (Some(e), t) => {
                let v = self.expr_with(e, Some(t));
                if let Some(r) = &mut self.inferred_returns {
                    r.push(v.ty.clone());
                }
                if self.func.is_async
                    && !v.ty.is_error()
                    && v.ty == ret
                    && crate::convert::implicit(&v.ty, t).is_none()
                {
                    self.err(
                        "CS4016",
                        format!("Since this is an async method, the return expression must be of type '{t}' rather than '{ret}'"),
                        v.span,
                        "await it: `return await ...;`",
                    );
                    return StmtKind::Return(Some(Expr::error(v.span)));
                }
                StmtKind::Return(Some(self.coerce(v, t)))
            }
        }
    }
}

impl Body<'_, '_> {
    /// The type of a `foreach` variable declared with `ty`: the element's for `var` (unless the
    /// program names a type `var`).
    pub(crate) fn foreach_var_type(&mut self, ty: &ast::TypeExpr, elem: &Ty) -> Ty {
        let is_var = ty.simple_name() == Some("var")
            && self.cx.lookup_class("var", self.ns.as_deref()).is_none();
        match is_var {
            true => elem.clone(),
            false => self.cx.resolve_value_type(ty, self.ns.as_deref()),
        }
    }
}
