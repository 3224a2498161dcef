//! Statements to blocks. `finally` bodies are copied onto every way out of their `try` (fall
//! through, `break`, `continue`, `return`, and the handler that rethrows), so an `await` inside
//! `finally` or `catch` is ordinary code and needs no machinery of its own.

use crate::builder::{Builder, Exit, FinallyScope, LoopScope};
use unawait_sema::hir::{self, StmtKind};
use unawait_smir::{Const, Inst, Operand, Synthetic, Terminator};

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
                if let Some(l) = self.loops.len().checked_sub(1) {
                    self.jump(Exit::Break(l), None);
                }
            }
            StmtKind::Continue => {
                if let Some(l) = self.loops.len().checked_sub(1) {
                    self.jump(Exit::Continue(l), None);
                }
            }
            StmtKind::Return(value) => {
                let v = value.as_ref().and_then(|e| self.expr(e));
                self.jump(Exit::Return, v);
            }
            StmtKind::Throw(e) => {
                if let Some(v) = self.expr(e) {
                    self.terminate(Terminator::Throw(v, s.span));
                }
            }
            StmtKind::Rethrow => {
                if let Some(&e) = self.caught.last() {
                    self.terminate(Terminator::Throw(Operand::Value(e), s.span));
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
        self.switch_to(start);
        self.in_loop(body, exit, next);
    }

    /// The body of a loop, from the current block: `break` goes to `exit`, `continue` and the
    /// end of the body to `next`.
    pub fn in_loop(
        &mut self,
        body: &'p hir::Stmt,
        exit: unawait_smir::BlockId,
        next: unawait_smir::BlockId,
    ) {
        self.loops.push(LoopScope {
            break_to: exit,
            continue_to: next,
            finally_depth: self.finallies.len(),
        });
        self.stmt(body);
        self.goto(next);
        self.loops.pop();
    }

    /// Takes a way out. When a `finally` lies between here and the target, its code runs
    /// first: the exit is numbered in the innermost such `try` and control goes to its
    /// `finally`, whose dispatch takes the exit again from outside (so outer `finally` bodies run
    /// in turn). A returned value waits in `return_value`, computed before any `finally` runs.
    pub fn jump(&mut self, exit: Exit, value: Option<Operand>) {
        let depth = match exit {
            Exit::Break(l) | Exit::Continue(l) => self.loops.get(l).map_or(0, |l| l.finally_depth),
            Exit::Return => 0,
        };
        if self.finallies.len() <= depth {
            match exit {
                Exit::Break(l) => {
                    let target = self.loops[l].break_to;
                    self.goto(target);
                }
                Exit::Continue(l) => {
                    let target = self.loops[l].continue_to;
                    self.goto(target);
                }
                Exit::Return => self.ret(value),
            }
            return;
        }
        // `lower_method` made `return_value` for every method that has a `finally`.
        if let (Exit::Return, Some(v), Some(slot)) = (exit, value, self.return_value) {
            self.emit(Inst::Copy { dst: slot, src: v });
        }
        let Some(scope) = self.finallies.last_mut() else {
            return;
        };
        let k = match scope.exits.iter().position(|e| *e == exit) {
            Some(i) => i + 1,
            None => {
                scope.exits.push(exit);
                scope.exits.len()
            }
        };
        let (pending, entry) = (scope.pending, scope.entry);
        self.emit(Inst::Copy {
            dst: pending,
            src: Operand::Const(Const::I32(k as i32)),
        });
        self.goto(entry);
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
        // Created outside the statement's handlers: the `finally` code runs unprotected by them.
        let normal_exit = self.new_block();
        let fin = finally.map(|fin| {
            let entry = self.new_block();
            let handler = self.new_block();
            let pending =
                self.synthetic(Synthetic::PendingBranch, unawait_smir::MachTy::I32, "int");
            let exception = self.synthetic(
                Synthetic::PendingException,
                unawait_smir::MachTy::Ref,
                "Exception",
            );
            // Assigned on every path, so the dispatch after the `finally` reads defined values.
            self.emit(Inst::Copy {
                dst: exception,
                src: Operand::Const(Const::Null),
            });
            self.finallies.push(FinallyScope {
                entry,
                pending,
                exits: Vec::new(),
            });
            self.handlers.push(handler);
            (fin, entry, handler, pending, exception)
        });
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
            self.catch_dispatch(h, catches, normal_exit);
        }

        let Some((fin_body, entry, handler, pending, exception)) = fin else {
            self.switch_to(normal_exit);
            self.goto(after);
            self.switch_to(after);
            return;
        };
        self.handlers.pop();
        let scope = self.finallies.pop();
        self.switch_to(normal_exit);
        self.emit(Inst::Copy {
            dst: pending,
            src: Operand::Const(Const::I32(0)),
        });
        self.goto(entry);
        // An exception: keep it, run the `finally`, throw it again.
        self.switch_to(handler);
        self.emit(Inst::Caught { dst: exception });
        self.emit(Inst::Copy {
            dst: pending,
            src: Operand::Const(Const::I32(-1)),
        });
        self.goto(entry);

        self.switch_to(entry);
        self.block(fin_body);
        let rethrow = self.new_block();
        let exits = scope.map(|s| s.exits).unwrap_or_default();
        let mut cases = vec![(0, after), (-1, rethrow)];
        let targets: Vec<_> = exits.iter().map(|_| self.new_block()).collect();
        cases.extend(targets.iter().enumerate().map(|(i, b)| (i as i32 + 1, *b)));
        self.terminate(Terminator::Switch {
            on: pending,
            cases,
            default: after,
        });
        self.switch_to(rethrow);
        self.terminate(Terminator::Throw(
            Operand::Value(exception),
            Default::default(),
        ));
        for (exit, block) in exits.into_iter().zip(targets) {
            self.switch_to(block);
            let value = match exit {
                Exit::Return => self.return_value.map(Operand::Value),
                _ => None,
            };
            self.jump(exit, value);
        }
        self.switch_to(after);
    }

    /// The handler of a `try` with `catch` clauses: test the exception against each clause in
    /// order; none matching, throw it on to the enclosing handler.
    fn catch_dispatch(
        &mut self,
        handler: unawait_smir::BlockId,
        catches: &'p [hir::CatchClause],
        done: unawait_smir::BlockId,
    ) {
        self.switch_to(handler);
        let e = self.synthetic(Synthetic::Caught, unawait_smir::MachTy::Ref, "Exception");
        self.emit(Inst::Caught { dst: e });
        for clause in catches {
            let (matched, next) = (self.new_block(), self.new_block());
            let is = self.temp(unawait_smir::MachTy::Bool);
            match &clause.ty {
                // An exception class of the program: its descriptor, as `is` tests.
                unawait_sema::types::Ty::Class(id, name) => self.emit(Inst::TypeTest {
                    dst: is,
                    object: Operand::Value(e),
                    target: unawait_smir::TypeTarget::Class {
                        id: id.0,
                        name: name.to_string(),
                    },
                    mode: unawait_smir::TestMode::Is,
                }),
                ty => self.emit(Inst::ExceptionIs {
                    dst: is,
                    exception: e,
                    class: ty.to_string(),
                }),
            }
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
            self.goto(done);
            self.switch_to(next);
        }
        self.terminate(Terminator::Throw(Operand::Value(e), Default::default()));
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
