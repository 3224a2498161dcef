//! The walk both passes share, in one order: statements, places and expressions, each scope
//! opened where its variables begin (see the module's note).

use unawait_syntax::Span;

use crate::types::Ty;

use super::*;

impl Conv {
    /// The method's body: its parameters belong to its outermost block's scope. Returns the
    /// parameters' new ids.
    pub(super) fn top(&mut self, body: &mut Block, params: &[LocalId]) -> Vec<LocalId> {
        let s = self.open(false);
        for &p in params {
            self.declare(p, true);
        }
        let params: Vec<LocalId> = params.iter().map(|&p| self.local_id(p)).collect();
        self.block_stmts(body);
        let entry = self.scope_entry(s, body.span);
        body.stmts.splice(0..0, entry);
        self.close();
        params
    }

    pub(super) fn block_stmts(&mut self, b: &mut Block) {
        // A block's locals belong to it before any statement runs: its local functions,
        // moved to its start, may use locals declared after them.
        for s in &b.stmts {
            if let StmtKind::Local { local, .. } = &s.kind {
                self.declare(*local, false);
            }
        }
        for s in &mut b.stmts {
            self.stmt(s, false);
        }
    }

    /// A block opening a scope; `loop_body`: run once per iteration.
    pub(super) fn block(&mut self, b: &mut Block, loop_body: bool) {
        let s = self.open(!loop_body);
        self.block_stmts(b);
        let entry = self.scope_entry(s, b.span);
        b.stmts.splice(0..0, entry);
        self.close();
    }

    pub(super) fn stmt(&mut self, st: &mut Stmt, loop_body: bool) {
        let span = st.span;
        match &mut st.kind {
            StmtKind::Block(b) => self.block(b, loop_body),
            StmtKind::Local { local, init } => {
                let l = *local;
                self.declare(l, false);
                if let Some(e) = init {
                    self.expr(e);
                }
                if self.rewrite && self.is_captured(l) {
                    let value = init.take();
                    st.kind = match value {
                        Some(v) => {
                            let target = self.captured_place(l, span);
                            let ty = v.ty.clone();
                            let assign = ExprKind::Assign {
                                target,
                                value: Box::new(v),
                            };
                            StmtKind::Expr(expr(assign, ty, span))
                        }
                        None => StmtKind::Empty,
                    };
                } else if self.rewrite {
                    *local = self.local_id(l);
                }
            }
            StmtKind::Expr(e) | StmtKind::Throw(e) | StmtKind::YieldReturn(e) => self.expr(e),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.stmt(then, false);
                if let Some(o) = otherwise {
                    self.stmt(o, false);
                }
            }
            StmtKind::While { cond, body } => {
                self.expr(cond);
                self.stmt(body, true);
            }
            StmtKind::DoWhile { body, cond } => {
                self.stmt(body, true);
                self.expr(cond);
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                let s = self.open(true);
                for i in init.iter_mut() {
                    self.stmt(i, false);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmt(body, true);
                for u in update.iter_mut() {
                    self.expr(u);
                }
                let entry = self.scope_entry(s, span);
                self.close();
                self.wrap(st, entry);
            }
            StmtKind::Foreach {
                local,
                collection,
                body,
                ..
            } => {
                self.expr(collection);
                let s = self.open(false);
                let l = *local;
                self.declare(l, true);
                if self.rewrite {
                    *local = self.local_id(l);
                }
                self.stmt(body, false);
                let entry = self.scope_entry(s, span);
                self.close();
                if !entry.is_empty() {
                    let old = std::mem::replace(body.as_mut(), stmt(StmtKind::Empty, span));
                    let mut stmts = entry;
                    stmts.push(old);
                    **body = stmt(StmtKind::Block(Block { stmts, span }), span);
                }
            }
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                self.block(body, false);
                for c in catches.iter_mut() {
                    let s = self.open(true);
                    if let Some(l) = c.local {
                        self.declare(l, true);
                        if self.rewrite {
                            if self.is_captured(l) && c.filter.is_some() {
                                self.fail("a `catch` variable that a lambda captures, with a `when` filter, is", c.span);
                            }
                            c.local = Some(self.local_id(l));
                        }
                    }
                    if let Some(f) = &mut c.filter {
                        self.expr(f);
                    }
                    self.block(&mut c.body, false);
                    let entry = self.scope_entry(s, c.span);
                    c.body.stmts.splice(0..0, entry);
                    self.close();
                }
                if let Some(f) = finally {
                    self.block(f, false);
                }
            }
            StmtKind::Switch { subject, sections } => {
                self.expr(subject);
                let s = self.open(true);
                for sec in sections.iter_mut() {
                    for x in &mut sec.body {
                        self.stmt(x, false);
                    }
                }
                let entry = self.scope_entry(s, span);
                self.close();
                self.wrap(st, entry);
            }
            StmtKind::Using { resource, body } => {
                let s = self.open(true);
                for r in resource.iter_mut() {
                    if let StmtKind::Local { local, .. } = &r.kind {
                        if self.rewrite && self.is_captured(*local) {
                            self.fail("a `using` variable that a lambda captures is", r.span);
                        }
                    }
                    self.stmt(r, false);
                }
                self.stmt(body, false);
                let entry = self.scope_entry(s, span);
                self.close();
                self.wrap(st, entry);
            }
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Label(_)
            | StmtKind::Goto(_)
            | StmtKind::GotoSection(_)
            | StmtKind::Rethrow
            | StmtKind::YieldBreak
            | StmtKind::Empty => {}
        }
    }

    /// Puts `entry` before statement `st` in a block of their own.
    pub(super) fn wrap(&mut self, st: &mut Stmt, entry: Vec<Stmt>) {
        if entry.is_empty() {
            return;
        }
        let span = st.span;
        let old = std::mem::replace(st, stmt(StmtKind::Empty, span));
        let mut stmts = entry;
        stmts.push(old);
        *st = stmt(StmtKind::Block(Block { stmts, span }), span);
    }

    pub(super) fn exprs(&mut self, es: &mut [Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    pub(super) fn place(&mut self, p: &mut Place, span: Span) {
        match p {
            Place::Local(l) => {
                let l = *l;
                self.note_use(l, span);
                if self.rewrite {
                    *p = if self.is_captured(l) {
                        self.captured_place(l, span)
                    } else {
                        Place::Local(self.local_id(l))
                    };
                }
            }
            Place::This => {
                if self.cur() != 0 {
                    self.fail("assigning `this` inside a lambda is", span);
                }
            }
            Place::StaticField(_) => {}
            Place::ArrayElement { array, index } => {
                self.expr(array);
                self.expr(index);
            }
            Place::Indexer { target, index, .. } => {
                self.expr(target);
                self.expr(index);
            }
            Place::InstanceField { receiver, .. } => self.expr(receiver),
            Place::Property { receiver, args, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
                self.exprs(args);
            }
        }
    }

    pub(super) fn expr(&mut self, e: &mut Expr) {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Local(l) => {
                let l = *l;
                self.note_use(l, span);
                if self.rewrite {
                    if self.is_captured(l) {
                        let Place::InstanceField { receiver, field } = self.captured_place(l, span)
                        else {
                            return;
                        };
                        e.kind = ExprKind::InstanceField { receiver, field };
                    } else {
                        e.kind = ExprKind::Local(self.local_id(l));
                    }
                }
            }
            ExprKind::This => {
                if self.cur() != 0 {
                    if !self.rewrite {
                        self.note_this();
                    } else if self.is_struct {
                        // C#'s CS1673: a lambda cannot reach a struct's `this`.
                        self.fail("a lambda using `this` of a struct (C#'s CS1673) is", span);
                    } else {
                        *e = self.this_expr(self.cur(), span);
                    }
                }
            }
            ExprKind::Base => {
                if self.cur() != 0 {
                    self.fail("`base` inside a lambda is", span);
                }
            }
            ExprKind::Const(_) | ExprKind::StaticField(_) | ExprKind::Error => {}
            ExprKind::UnboundLambda(_) => self.fail("an unbound lambda is", span),
            ExprKind::Property { receiver, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
            }
            ExprKind::Call { receiver, args, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
                self.exprs(args);
            }
            ExprKind::New {
                args, initializer, ..
            } => {
                self.exprs(args);
                self.exprs(initializer);
            }
            ExprKind::NewArray { size, .. } => self.expr(size),
            ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => self.exprs(items),
            ExprKind::ArrayElement { array, index } => {
                self.expr(array);
                self.expr(index);
            }
            ExprKind::Indexer { target, index, .. } => {
                self.expr(target);
                self.expr(index);
            }
            ExprKind::TypeTest { expr: x, local, .. } => {
                self.expr(x);
                if let Some(l) = *local {
                    self.declare(l, true);
                    self.note_use(l, span);
                    if self.rewrite {
                        if self.is_captured(l) {
                            self.fail("a pattern variable that a lambda captures is", span);
                        }
                        *local = Some(self.local_id(l));
                    }
                }
            }
            ExprKind::OutCall { call, out } => {
                self.expr(call);
                if let Some(l) = *out {
                    self.note_use(l, span);
                    if self.rewrite {
                        if self.is_captured(l) {
                            self.fail("an `out` variable that a lambda captures is", span);
                        }
                        *out = Some(self.local_id(l));
                    }
                }
            }
            ExprKind::Unary { operand: x, .. }
            | ExprKind::ToStr(x)
            | ExprKind::Convert { expr: x, .. }
            | ExprKind::Discard(x)
            | ExprKind::Await { expr: x, .. }
            | ExprKind::RefArg { target: x, .. }
            | ExprKind::InstanceField { receiver: x, .. } => self.expr(x),
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            ExprKind::Assign { target, value } | ExprKind::CompoundAssign { target, value, .. } => {
                self.place(target, span);
                self.expr(value);
            }
            ExprKind::IncDec { target, .. } => self.place(target, span),
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.expr(then);
                self.expr(otherwise);
            }
            ExprKind::NewObject { args, init, .. } => {
                self.exprs(args);
                for i in init {
                    self.expr(&mut i.value);
                }
            }
            ExprKind::MethodGroup {
                method: Callee::User(m),
                receiver: None,
                ..
            } => {
                if self.rewrite {
                    let m = *m;
                    e.kind = self.cached_method_group(m, &e.ty, span);
                }
            }
            ExprKind::MethodGroup { receiver, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
            }
            ExprKind::InvokeDelegate { target, args } => {
                self.expr(target);
                self.exprs(args);
            }
            ExprKind::Lambda(_) => {
                let ExprKind::Lambda(l) = std::mem::replace(&mut e.kind, ExprKind::Error) else {
                    return;
                };
                e.kind = self.lambda(*l, &e.ty, span);
            }
        }
    }

    /// A lambda: its body walked as a function of its own; in the rewrite, its method made
    /// and the delegate's creation put in its place.
    pub(super) fn lambda(&mut self, mut l: Lambda, ty: &Ty, span: Span) -> ExprKind {
        let f = self.next_func;
        self.next_func += 1;
        if !self.rewrite {
            self.funcs.push(Func {
                parent: self.cur(),
                ..Func::default()
            });
        }
        self.open_funcs.push(f);
        let s = self.open(false);
        for &p in &l.params {
            self.declare(p, true);
        }
        let params: Vec<LocalId> = if self.rewrite {
            l.params.iter().map(|&p| self.local_id(p)).collect()
        } else {
            Vec::new()
        };
        self.block_stmts(&mut l.body);
        let entry = self.scope_entry(s, l.body.span);
        l.body.stmts.splice(0..0, entry);
        self.close();
        self.open_funcs.pop();
        if !self.rewrite {
            return ExprKind::Lambda(Box::new(l));
        }
        self.make_lambda(f, l, params, ty, span)
    }
}
