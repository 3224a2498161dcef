//! Identity for the typed tree: every expression and statement of a method body gets an id,
//! numbered in evaluation order once the body is checked. Later layers join by these ids (the
//! lowered IR names the await it lowers by its `ExprId`; the facts of an await are keyed by
//! `(MethodId, ExprId)`), never by span or by name.

use crate::hir::{Block, Expr, ExprId, ExprKind, Place, Stmt, StmtId, StmtKind};

/// Numbers `block`'s statements and expressions from 0, in evaluation order (a node before its
/// children, children left to right); returns how many expressions and statements it has.
pub fn number(block: &mut Block) -> (u32, u32) {
    let mut n = Numbering::default();
    n.block(block);
    (n.exprs, n.stmts)
}

#[derive(Default)]
struct Numbering {
    exprs: u32,
    stmts: u32,
}

impl Numbering {
    fn block(&mut self, b: &mut Block) {
        for s in &mut b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        s.id = StmtId(self.stmts);
        self.stmts += 1;
        match &mut s.kind {
            StmtKind::Block(b) => self.block(b),
            StmtKind::Local { init, .. } => {
                if let Some(e) = init {
                    self.expr(e);
                }
            }
            StmtKind::Expr(e) | StmtKind::Throw(e) | StmtKind::YieldReturn(e) => self.expr(e),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.stmt(then);
                if let Some(o) = otherwise {
                    self.stmt(o);
                }
            }
            StmtKind::While { cond, body } => {
                self.expr(cond);
                self.stmt(body);
            }
            StmtKind::DoWhile { body, cond } => {
                self.stmt(body);
                self.expr(cond);
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                for i in init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmt(body);
                for u in update {
                    self.expr(u);
                }
            }
            StmtKind::Foreach {
                collection, body, ..
            } => {
                self.expr(collection);
                self.stmt(body);
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
                self.block(body);
                for c in catches {
                    if let Some(f) = &mut c.filter {
                        self.expr(f);
                    }
                    self.block(&mut c.body);
                }
                if let Some(f) = finally {
                    self.block(f);
                }
            }
            StmtKind::Switch { subject, sections } => {
                self.expr(subject);
                for sec in sections {
                    for s in &mut sec.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Using { resource, body } => {
                for r in resource {
                    self.stmt(r);
                }
                self.stmt(body);
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

    fn place(&mut self, p: &mut Place) {
        match p {
            Place::Local(_) | Place::StaticField(_) | Place::This => {}
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

    fn exprs(&mut self, es: &mut [Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        e.id = ExprId(self.exprs);
        self.exprs += 1;
        match &mut e.kind {
            ExprKind::Const(_)
            | ExprKind::Local(_)
            | ExprKind::StaticField(_)
            | ExprKind::This
            | ExprKind::Base
            | ExprKind::Error => {}
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
            ExprKind::Unary { operand, .. }
            | ExprKind::ToStr(operand)
            | ExprKind::Convert { expr: operand, .. }
            | ExprKind::Discard(operand)
            | ExprKind::Await { expr: operand, .. }
            | ExprKind::TypeTest { expr: operand, .. }
            | ExprKind::OutCall { call: operand, .. }
            | ExprKind::RefArg {
                target: operand, ..
            }
            | ExprKind::InstanceField {
                receiver: operand, ..
            } => self.expr(operand),
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            ExprKind::Assign { target, value } | ExprKind::CompoundAssign { target, value, .. } => {
                self.place(target);
                self.expr(value);
            }
            ExprKind::IncDec { target, .. } => self.place(target),
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
            ExprKind::Lambda(l) => self.block(&mut l.body),
            ExprKind::UnboundLambda(_) => {}
            ExprKind::MethodGroup { receiver, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
            }
            ExprKind::InvokeDelegate { target, args } => {
                self.expr(target);
                self.exprs(args);
            }
        }
    }
}
