//! Iterators (`yield return` / `yield break`): which methods are iterators, C#'s rules for them
//! (CS1621, CS1622, CS1623, CS1624, CS1625, CS1626, CS1631), their `yield` statements as HIR,
//! and the disposal C# gives a `foreach` over an interface (an iterator's `finally` blocks run
//! when the loop is left early). The lowering makes an iterator a state machine
//! (crates/lower/src/iterator.rs).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::context::Ctx;
use crate::hir::{Block, ExprKind, LocalId, LocalKind, MethodId, Stmt, StmtId, StmtKind};
use crate::types::{Lib, Ty};

/// What a method's `yield` statements make of it.
pub(crate) enum IteratorOf {
    /// No `yield`: an ordinary method.
    Not,
    /// An iterator of elements of this type.
    Elements(Ty),
    /// An async iterator (`async IAsyncEnumerable<T>`, `async IAsyncEnumerator<T>`) of
    /// elements of this type: an async method whose `yield`s the lowering makes suspensions
    /// (crates/lower/src/async_iterator.rs).
    AsyncElements(Ty),
    /// An iterator C# rejects or unawait does not implement, already reported: its `yield`
    /// statements draw nothing more.
    Reported,
}

/// Whether `block` has a `yield` statement of its own (not one of a lambda's or a local
/// function's).
pub(crate) fn contains_yield(block: &ast::Block) -> bool {
    block.stmts.iter().any(stmt_has_yield)
}

fn stmt_has_yield(s: &ast::Stmt) -> bool {
    use ast::StmtKind as S;
    match &s.kind {
        S::YieldReturn(_) | S::YieldBreak => true,
        S::Block(b) | S::Checked { body: b, .. } | S::Unsafe(b) => contains_yield(b),
        S::If {
            then, otherwise, ..
        } => stmt_has_yield(then) || otherwise.as_deref().is_some_and(stmt_has_yield),
        S::While { body, .. }
        | S::DoWhile { body, .. }
        | S::For { body, .. }
        | S::Foreach { body, .. }
        | S::Lock { body, .. }
        | S::Fixed { body, .. } => stmt_has_yield(body),
        S::Using { body, .. } => body.as_deref().is_some_and(stmt_has_yield),
        S::Try {
            body,
            catches,
            finally,
        } => {
            contains_yield(body)
                || catches.iter().any(|c| contains_yield(&c.body))
                || finally.as_ref().is_some_and(contains_yield)
        }
        S::Switch { sections, .. } => sections.iter().any(|s| s.body.iter().any(stmt_has_yield)),
        S::Labeled { stmt, .. } => stmt_has_yield(stmt),
        _ => false,
    }
}

/// The element type of an iterator that returns `ret`: C#'s iterator interface types.
pub(crate) fn element_type(ret: &Ty) -> Option<Ty> {
    match ret {
        Ty::Lib(Lib::IEnumerable | Lib::IEnumerator, a) => a.first().cloned(),
        _ => None,
    }
}

/// Whether method `id` (whose body is `body`) is an iterator, with C#'s errors for one that
/// cannot be.
pub(crate) fn iterator_of(cx: &mut Ctx<'_>, id: MethodId, body: &ast::Block) -> IteratorOf {
    if !contains_yield(body) {
        return IteratorOf::Not;
    }
    let m = cx.program.method(id);
    let (ret, span, is_async) = (m.return_type.clone(), m.name_span, m.is_async);
    if ret.is_error() {
        return IteratorOf::Reported;
    }
    let display = crate::signature_display(&cx.program, id);
    let stream = matches!(
        m.async_kind,
        crate::hir::AsyncKind::AsyncEnumerable(_) | crate::hir::AsyncKind::AsyncEnumerator(_)
    );
    if is_async && !stream && element_type(&ret).is_some() {
        // CS1983 (an async method's return type) was reported at the declaration.
        return IteratorOf::Reported;
    }
    if stream {
        let elem = match &m.async_kind {
            crate::hir::AsyncKind::AsyncEnumerable(t)
            | crate::hir::AsyncKind::AsyncEnumerator(t) => t.clone(),
            _ => Ty::Error,
        };
        if let Some(p) = ref_param(m) {
            cx.error(
                "CS1623",
                "Iterators cannot have ref, in or out parameters",
                p,
                "pass the value, or return the results another way",
            );
            return IteratorOf::Reported;
        }
        rules(cx, &body.stmts, Where::Body);
        return IteratorOf::AsyncElements(elem);
    }
    if !is_async
        && matches!(
            ret,
            Ty::Lib(Lib::IAsyncEnumerable | Lib::IAsyncEnumerator, _)
        )
    {
        cx.error(
            "CS8403",
            format!("Method '{display}' with an iterator block must be 'async' to return '{ret}'"),
            span,
            "declare it `async`",
        );
        return IteratorOf::Reported;
    }
    if is_async {
        cx.error(
            "CS1624",
            format!("The body of '{display}' cannot be an iterator block because '{ret}' is not an iterator interface type"),
            span,
            "an iterator returns IEnumerable<T> or IEnumerator<T>",
        );
        return IteratorOf::Reported;
    }
    let Some(elem) = element_type(&ret) else {
        cx.error(
            "CS1624",
            format!("The body of '{display}' cannot be an iterator block because '{ret}' is not an iterator interface type"),
            span,
            "an iterator returns IEnumerable<T> or IEnumerator<T>",
        );
        return IteratorOf::Reported;
    };
    if let Some(p) = ref_param(m) {
        cx.error(
            "CS1623",
            "Iterators cannot have ref, in or out parameters",
            p,
            "pass the value, or return the results another way",
        );
        return IteratorOf::Reported;
    }
    rules(cx, &body.stmts, Where::Body);
    IteratorOf::Elements(elem)
}

/// The first `ref`, `in` or `out` parameter of `m`.
fn ref_param(m: &crate::hir::Method) -> Option<Span> {
    m.params
        .iter()
        .filter_map(|p| m.locals.get(p.0 as usize))
        .find(|l| l.by_ref.is_some())
        .map(|l| l.span)
}

/// Where a statement of an iterator is, for the rules on `yield` in `try` statements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Where {
    Body,
    /// The body of a `try` with catch clauses.
    TryWithCatch,
    Catch,
    Finally,
}

fn rules(cx: &mut Ctx<'_>, stmts: &[ast::Stmt], at: Where) {
    for s in stmts {
        rule(cx, s, at);
    }
}

fn rule(cx: &mut Ctx<'_>, s: &ast::Stmt, at: Where) {
    use ast::StmtKind as S;
    match &s.kind {
        S::YieldReturn(_) | S::YieldBreak => {
            let value = matches!(s.kind, S::YieldReturn(_));
            match at {
                Where::Finally => cx.error(
                    "CS1625",
                    "Cannot yield in the body of a finally clause",
                    s.span,
                    "move the `yield` out of the `finally` block",
                ),
                Where::TryWithCatch if value => cx.error(
                    "CS1626",
                    "Cannot yield a value in the body of a try block with a catch clause",
                    s.span,
                    "yield outside the `try`, or use only `finally` around it",
                ),
                Where::Catch if value => cx.error(
                    "CS1631",
                    "Cannot yield a value in the body of a catch clause",
                    s.span,
                    "remember the value in the catch block and yield it after the `try`",
                ),
                _ => {}
            }
        }
        S::Block(b) | S::Checked { body: b, .. } | S::Unsafe(b) => rules(cx, &b.stmts, at),
        S::If {
            then, otherwise, ..
        } => {
            rule(cx, then, at);
            if let Some(o) = otherwise {
                rule(cx, o, at);
            }
        }
        S::While { body, .. }
        | S::DoWhile { body, .. }
        | S::For { body, .. }
        | S::Foreach { body, .. }
        | S::Lock { body, .. }
        | S::Fixed { body, .. }
        | S::Labeled { stmt: body, .. } => rule(cx, body, at),
        S::Using {
            body: Some(body), ..
        } => rule(cx, body, at),
        S::Try {
            body,
            catches,
            finally,
        } => {
            // The innermost rule that applies: a finally inside a try body is still a finally.
            let inner = if catches.is_empty() || at == Where::Finally {
                at
            } else {
                Where::TryWithCatch
            };
            rules(cx, &body.stmts, inner);
            for c in catches {
                let w = if at == Where::Finally {
                    at
                } else {
                    Where::Catch
                };
                rules(cx, &c.body.stmts, w);
            }
            if let Some(f) = finally {
                rules(cx, &f.stmts, Where::Finally);
            }
        }
        S::Switch { sections, .. } => {
            for sec in sections {
                rules(cx, &sec.body, at);
            }
        }
        _ => {}
    }
}

/// Whether `block` (a lambda's or local function's body in the HIR) has `yield` statements of
/// its own: the local function is an iterator (closures/ makes its method one).
pub(crate) fn hir_has_yield(block: &Block) -> bool {
    let mut found = false;
    crate::filters::stmts(
        &block.stmts,
        &mut |s| found |= matches!(s.kind, StmtKind::YieldReturn(_) | StmtKind::YieldBreak),
        &mut |_| {},
    );
    found
}

impl Body<'_, '_> {
    /// The element type of a local function whose body is an iterator (`display` its name and
    /// parameter types): C#'s rules as for a method's (`iterator_of`), reported at `span`.
    pub(crate) fn local_iterator(
        &mut self,
        display: &str,
        body: &ast::Block,
        ret: &Ty,
        is_async: bool,
        span: Span,
    ) -> Option<Ty> {
        if !contains_yield(body) || ret.is_error() {
            return None;
        }
        // An async iterator (lowered as a method's, crates/lower/src/async_iterator.rs).
        if let (true, Ty::Lib(Lib::IAsyncEnumerable | Lib::IAsyncEnumerator, a)) = (is_async, ret) {
            rules(self.cx, &body.stmts, Where::Body);
            return a.first().cloned();
        }
        let Some(elem) = element_type(ret) else {
            self.err(
                "CS1624",
                format!("The body of '{display}' cannot be an iterator block because '{ret}' is not an iterator interface type"),
                span,
                "an iterator returns IEnumerable<T> or IEnumerator<T>",
            );
            self.yield_reported = true;
            return None;
        };
        rules(self.cx, &body.stmts, Where::Body);
        Some(elem)
    }
}

impl Body<'_, '_> {
    /// `yield return e;` or `yield break;` (`value` the returned expression).
    pub(crate) fn yield_stmt(&mut self, value: Option<&ast::Expr>, span: Span) -> Option<StmtKind> {
        if let Some(elem) = self.func.iterator.clone() {
            return Some(match value {
                Some(e) => {
                    let v = self.expr(e);
                    StmtKind::YieldReturn(self.coerce(v, &elem))
                }
                None => StmtKind::YieldBreak,
            });
        }
        if self.func.lambda && !self.yield_reported {
            self.err(
                "CS1621",
                "The yield statement cannot be used inside an anonymous method or lambda expression",
                span,
                "make it a method (or a local function) that returns IEnumerable<T>",
            );
        } else if !self.yield_reported {
            let what = if self.func.is_async {
                "async iterators (`yield` in an async method) are"
            } else {
                "iterators (`yield`) here are"
            };
            self.cx.unsupported(what, span);
        }
        self.yield_reported = true;
        // The body is an iterator's without its `yield`s: what flow analysis would say of it
        // (CS0161, CS1643) is not what C# says.
        self.incomplete = true;
        None
    }

    /// A `foreach` over an interface, in a file with iterators: C#'s
    /// `{ var e = c.GetEnumerator(); try { while (e.MoveNext()) ... } finally { e.Dispose(); } }`,
    /// whose loop is the HIR's `foreach` over the enumerator (`lower` enumerates an
    /// `IEnumerator<T>` without asking it for another). The disposal runs an iterator's pending
    /// `finally` blocks when the loop ends early. `None`: leave the loop as it is.
    pub(crate) fn disposing_foreach(&mut self, coll: &crate::hir::Expr) -> Option<(LocalId, Stmt)> {
        // An enumerator already taken (a class's own `GetEnumerator()`,
        // check_foreach_pattern.rs) is disposed whatever the file holds.
        let taken = matches!(coll.ty, Ty::Lib(Lib::IEnumerator, _));
        if !taken
            && (!(self.cx.has_yield || self.cx.iteration.any)
                || !crate::convert::is_collection_interface(&coll.ty))
        {
            return None;
        }
        if taken {
            let id = LocalId(self.locals.len() as u32);
            let span = coll.span;
            self.locals.push(crate::hir::Local {
                name: format!("<enumerator{}>", id.0),
                ty: coll.ty.clone(),
                kind: LocalKind::Local,
                span,
                captured: false,
                by_ref: None,
            });
            self.local_consts.push(None);
            let decl = Stmt {
                kind: StmtKind::Local {
                    local: id,
                    init: Some(coll.clone()),
                },
                span,
                id: StmtId::NONE,
            };
            return Some((id, decl));
        }
        let elem = crate::convert::enumerable_elem(&coll.ty)?;
        let enumerable = Ty::Lib(Lib::IEnumerable, vec![elem.clone()]);
        let get = crate::resolve::lookup_members(&enumerable, "GetEnumerator");
        let get = get.first()?.callee;
        let enumerator = Ty::Lib(Lib::IEnumerator, vec![elem.clone()]);
        let span = coll.span;
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(crate::hir::Local {
            name: format!("<enumerator{}>", id.0),
            ty: enumerator.clone(),
            kind: LocalKind::Local,
            span,
            captured: false,
            by_ref: None,
        });
        self.local_consts.push(None);
        let recv = crate::convert::apply(
            coll.clone(),
            Some(crate::hir::Conversion::Reference),
            &enumerable,
        );
        let init = mk(
            ExprKind::Call {
                callee: get,
                receiver: Some(Box::new(recv)),
                args: Vec::new(),
                type_args: vec![elem],
            },
            enumerator,
            span,
        );
        Some((
            id,
            Stmt {
                kind: StmtKind::Local {
                    local: id,
                    init: Some(init),
                },
                span,
                id: StmtId::NONE,
            },
        ))
    }

    /// The collection a `foreach` of `kind` enumerates: `coll`, or the enumerator local of
    /// `disposing_foreach` with its declaration.
    pub(crate) fn disposing_collection(
        &mut self,
        kind: crate::hir::ForeachKind,
        coll: crate::hir::Expr,
    ) -> (crate::hir::Expr, Option<(LocalId, Stmt)>) {
        let disposing = (kind == crate::hir::ForeachKind::Enumerable)
            .then(|| self.disposing_foreach(&coll))
            .flatten();
        match disposing {
            Some((e, decl)) => {
                let ty = self.locals[e.0 as usize].ty.clone();
                (mk(ExprKind::Local(e), ty, coll.span), Some((e, decl)))
            }
            None => (coll, None),
        }
    }

    /// The loop of `disposing_foreach` in its `try`, the enumerator disposed in the `finally`.
    pub(crate) fn disposed_loop(
        &mut self,
        e: LocalId,
        decl: Stmt,
        lp: StmtKind,
        span: Span,
    ) -> StmtKind {
        let ty = self.locals[e.0 as usize].ty.clone();
        let elem = match &ty {
            Ty::Lib(_, a) => a.clone(),
            _ => Vec::new(),
        };
        let dispose = crate::resolve::lookup_members(&ty, "Dispose");
        let stmt = |kind| Stmt {
            kind,
            span,
            id: StmtId::NONE,
        };
        let mut finally = Vec::new();
        if let Some(c) = dispose.first() {
            let call = mk(
                ExprKind::Call {
                    callee: c.callee,
                    receiver: Some(Box::new(mk(ExprKind::Local(e), ty, span))),
                    args: Vec::new(),
                    type_args: elem,
                },
                Ty::Void,
                span,
            );
            finally.push(stmt(StmtKind::Expr(call)));
        }
        let body = Block {
            stmts: vec![stmt(lp)],
            span,
        };
        StmtKind::Block(Block {
            stmts: vec![
                decl,
                stmt(StmtKind::Try {
                    body,
                    catches: Vec::new(),
                    finally: Some(Block {
                        stmts: finally,
                        span,
                    }),
                }),
            ],
            span,
        })
    }
}
