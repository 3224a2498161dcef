//! Statements to blocks. `finally` bodies are copied onto every way out of their `try` (fall
//! through, `break`, `continue`, `return`, and the handler that rethrows), so an `await` inside
//! `finally` or `catch` is ordinary code and needs no machinery of its own.

use crate::builder::{Builder, LoopScope};
use unawait_sema::hir::{self, StmtKind};
use unawait_smir::{Const, Inst, Operand, Terminator};

impl<'p> Builder<'p> {
    pub fn block(&mut self, b: &'p hir::Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    pub fn stmt(&mut self, s: &'p hir::Stmt) {
        match &s.kind {
            StmtKind::Block(b) => self.block(b),
            StmtKind::Local { local, init } => {
                if let Some(init) = init {
                    let value = self.expr(init);
                    if let (Some(v), Some(value)) = (self.local(*local), value) {
                        self.emit(Inst::Copy { dst: v, src: value });
                    }
                }
            }
            StmtKind::Expr(e) => {
                self.expr(e);
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let (t, e, join) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(cond, t, e);
                self.switch_to(t);
                self.stmt(then);
                self.goto(join);
                self.switch_to(e);
                if let Some(o) = otherwise {
                    self.stmt(o);
                }
                self.goto(join);
                self.switch_to(join);
            }
            StmtKind::While { cond, body } => {
                let (head, body_b, exit) = (self.new_block(), self.new_block(), self.new_block());
                self.goto(head);
                self.switch_to(head);
                self.cond(cond, body_b, exit);
                self.loop_body(body, body_b, exit, head);
                self.switch_to(exit);
            }
            StmtKind::DoWhile { body, cond } => {
                let (body_b, test, exit) = (self.new_block(), self.new_block(), self.new_block());
                self.goto(body_b);
                self.loop_body(body, body_b, exit, test);
                self.switch_to(test);
                self.cond(cond, body_b, exit);
                self.switch_to(exit);
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                for s in init {
                    self.stmt(s);
                }
                let (head, body_b, step, exit) = (
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                );
                self.goto(head);
                self.switch_to(head);
                match cond {
                    Some(c) => self.cond(c, body_b, exit),
                    None => self.goto(body_b),
                }
                self.loop_body(body, body_b, exit, step);
                self.switch_to(step);
                for u in update {
                    self.expr(u);
                }
                self.goto(head);
                self.switch_to(exit);
            }
            StmtKind::Foreach {
                kind,
                local,
                collection,
                body,
                ..
            } => self.foreach(*kind, *local, collection, body),
            StmtKind::Break => {
                if let Some(l) = self.loops.last() {
                    let (target, depth) = (l.break_to, l.finally_depth);
                    self.leave_to(depth);
                    self.goto(target);
                }
            }
            StmtKind::Continue => {
                if let Some(l) = self.loops.last() {
                    let (target, depth) = (l.continue_to, l.finally_depth);
                    self.leave_to(depth);
                    self.goto(target);
                }
            }
            StmtKind::Return(value) => {
                let v = value.as_ref().and_then(|e| self.expr(e));
                // The value is computed before the `finally` bodies run, as in C#.
                let v = match v {
                    Some(v) if !self.finallies.is_empty() => Some(self.pin(v)),
                    v => v,
                };
                self.leave_to(0);
                self.ret(v);
            }
            StmtKind::Throw(e) => {
                if let Some(v) = self.expr(e) {
                    self.terminate(Terminator::Throw(v));
                }
            }
            StmtKind::Rethrow => {
                if let Some(&e) = self.caught.last() {
                    self.terminate(Terminator::Throw(Operand::Value(e)));
                }
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => self.try_stmt(body, catches, finally.as_ref()),
            StmtKind::Empty => {}
            // Later tiers: checked programs of Tier 1 contain none of these.
            StmtKind::Switch { .. }
            | StmtKind::Using { .. }
            | StmtKind::YieldReturn(_)
            | StmtKind::YieldBreak => self.terminate(Terminator::Unreachable),
        }
    }

    fn loop_body(
        &mut self,
        body: &'p hir::Stmt,
        start: unawait_smir::BlockId,
        exit: unawait_smir::BlockId,
        next: unawait_smir::BlockId,
    ) {
        self.loops.push(LoopScope {
            break_to: exit,
            continue_to: next,
            finally_depth: self.finallies.len(),
        });
        self.switch_to(start);
        self.stmt(body);
        self.goto(next);
        self.loops.pop();
    }

    /// A copy of an operand's value that later code cannot change (a `return x` whose `finally`
    /// assigns `x` still returns the old value).
    fn pin(&mut self, v: Operand) -> Operand {
        match v {
            Operand::Value(id) => {
                let ty = self.f.value(id).ty;
                let t = self.temp(ty);
                self.emit(Inst::Copy { dst: t, src: v });
                Operand::Value(t)
            }
            c => c,
        }
    }

    /// Runs the `finally` bodies opened since `depth`, innermost first, each outside its own
    /// scope (a `return` inside a `finally` must not run that `finally` again).
    fn leave_to(&mut self, depth: usize) {
        let saved_finallies = self.finallies.clone();
        let saved_handlers = self.handlers.clone();
        while self.finallies.len() > depth {
            if let Some((body, handler_depth)) = self.finallies.pop() {
                self.handlers.truncate(handler_depth);
                let next = self.new_block();
                self.goto(next);
                self.switch_to(next);
                self.block(body);
            }
        }
        self.finallies = saved_finallies;
        self.handlers = saved_handlers;
    }

    pub fn ret(&mut self, v: Option<Operand>) {
        if self.is_async {
            self.emit(Inst::StoreState { state: -2 });
            self.emit(Inst::SetResult { value: v });
            self.terminate(Terminator::Return(None));
        } else {
            self.terminate(Terminator::Return(v));
        }
    }

    fn try_stmt(
        &mut self,
        body: &'p hir::Block,
        catches: &'p [hir::CatchClause],
        finally: Option<&'p hir::Block>,
    ) {
        let after = self.new_block();
        // Created outside the statement's handlers: the `finally` copy it holds is not
        // protected by its own handler.
        let normal_exit = self.new_block();
        // The handler of the `finally`: it runs the body and throws again.
        let finally_handler = finally.map(|_| self.new_block());
        if let (Some(fin), Some(h)) = (finally, finally_handler) {
            self.finallies.push((fin, self.handlers.len()));
            self.handlers.push(h);
        }
        let catch_handler = (!catches.is_empty()).then(|| self.new_block());
        if let Some(h) = catch_handler {
            self.handlers.push(h);
        }
        let start = self.new_block();
        self.goto(start);
        self.switch_to(start);
        self.block(body);
        if catch_handler.is_some() {
            self.handlers.pop();
        }
        self.goto(normal_exit);

        if let Some(h) = catch_handler {
            self.switch_to(h);
            let e = self.temp(unawait_smir::MachTy::Ref);
            self.emit(Inst::Caught { dst: e });
            for clause in catches {
                let (matched, next) = (self.new_block(), self.new_block());
                let is = self.temp(unawait_smir::MachTy::Bool);
                self.emit(Inst::ExceptionIs {
                    dst: is,
                    exception: e,
                    class: clause.ty.to_string(),
                });
                self.branch(Operand::Value(is), matched, next);
                self.switch_to(matched);
                if let Some(local) = clause.local.and_then(|l| self.local(l)) {
                    self.emit(Inst::Copy {
                        dst: local,
                        src: Operand::Value(e),
                    });
                }
                self.caught.push(e);
                self.block(&clause.body);
                self.caught.pop();
                self.goto(normal_exit);
                self.switch_to(next);
            }
            // No clause matched: on to the enclosing handler.
            self.terminate(Terminator::Throw(Operand::Value(e)));
        }

        if let (Some(fin), Some(h)) = (finally, finally_handler) {
            self.finallies.pop();
            self.handlers.pop();
            self.switch_to(h);
            let e = self.temp(unawait_smir::MachTy::Ref);
            self.emit(Inst::Caught { dst: e });
            self.block(fin);
            self.terminate(Terminator::Throw(Operand::Value(e)));
            self.switch_to(normal_exit);
            self.block(fin);
        } else {
            self.switch_to(normal_exit);
        }
        self.goto(after);
        self.switch_to(after);
    }

    /// Branches on a condition; `&&`, `||` and `!` become control flow, so an `await` on the
    /// right of `&&` runs only when the left side is true.
    pub fn cond(
        &mut self,
        e: &'p hir::Expr,
        then: unawait_smir::BlockId,
        otherwise: unawait_smir::BlockId,
    ) {
        use hir::{BinOp, ExprKind, UnOp};
        match &e.kind {
            ExprKind::Binary {
                op: BinOp::And,
                lhs,
                rhs,
                ..
            } => {
                let mid = self.new_block();
                self.cond(lhs, mid, otherwise);
                self.switch_to(mid);
                self.cond(rhs, then, otherwise);
            }
            ExprKind::Binary {
                op: BinOp::Or,
                lhs,
                rhs,
                ..
            } => {
                let mid = self.new_block();
                self.cond(lhs, then, mid);
                self.switch_to(mid);
                self.cond(rhs, then, otherwise);
            }
            ExprKind::Unary {
                op: UnOp::Not,
                operand,
            } => self.cond(operand, otherwise, then),
            _ => {
                let v = self.expr(e).unwrap_or(Operand::Const(Const::Bool(false)));
                self.branch(v, then, otherwise);
            }
        }
    }
}
