//! Statements to blocks. Every way out of a `try` with a `finally` (falling through, `break`,
//! `continue`, `goto`, `return`, and the handler that rethrows) goes through the one copy of the
//! `finally` code with its number in a pending variable, so an `await` inside `finally` or
//! `catch` is ordinary code and needs no machinery of its own. `try` statements are in
//! handlers.rs, `switch` and `goto` in jumps.rs.

use crate::builder::{Builder, Exit, LoopScope};
use unawait_sema::hir::{self, StmtKind};
use unawait_smir::{self as smir, Callee, Const, Inst, MachTy, Operand, Terminator};

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
                } else if let Some(class) = self
                    .method
                    .locals
                    .get(local.0 as usize)
                    .and_then(|l| crate::structs::struct_class(&l.ty))
                {
                    // C# assigns a struct local field by field (`S s; s.X = 1;`): it holds a
                    // struct from its declaration.
                    let s = self.new_object(class);
                    if let Some(v) = self.local(*local) {
                        self.emit(Inst::Copy {
                            dst: v,
                            src: Operand::Value(s),
                        });
                    }
                }
            }
            StmtKind::Expr(e) => {
                // A struct result nothing reads needs no copy.
                self.expr_in_place(e);
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
                elem_ty,
                conversion,
            } => self.foreach(*kind, *local, collection, body, (elem_ty, *conversion)),
            StmtKind::Break | StmtKind::Continue | StmtKind::Goto(_) | StmtKind::GotoSection(_) => {
                self.jump_stmt(s)
            }
            StmtKind::Label(l) => self.label(*l),
            StmtKind::Switch { subject, sections } => self.switch(subject, sections),
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
            StmtKind::YieldReturn(e) if self.stream => self.stream_yield(e),
            StmtKind::YieldReturn(e) => self.yield_return(e),
            StmtKind::YieldBreak if self.stream => self.jump(Exit::Return, None),
            StmtKind::YieldBreak if self.iterator.is_some() => {
                self.jump(Exit::Return, Some(Operand::Const(Const::Bool(false))))
            }
            StmtKind::Using { .. } | StmtKind::YieldBreak => {
                self.terminate(Terminator::Unreachable)
            }
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
            continue_to: Some(next),
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
        let depth = self.exit_depth(exit);
        if self.finallies.len() <= depth {
            match self.exit_target(exit) {
                Some(target) => self.goto(target),
                None if exit == Exit::Return => self.ret(value),
                None => self.terminate(Terminator::Unreachable),
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
        let (pending, entry, exception) = (scope.pending, scope.entry, scope.exception);
        self.emit(Inst::Copy {
            dst: pending,
            src: Operand::Const(Const::I32(k as i32)),
        });
        self.emit(Inst::Copy {
            dst: exception,
            src: Operand::Const(Const::Null),
        });
        if exit != Exit::Return {
            self.enter_finally_without(None);
        }
        self.goto(entry);
    }

    pub fn ret(&mut self, v: Option<Operand>) {
        if self.is_async {
            self.emit(Inst::StoreState { state: -2 });
            self.emit(Inst::SetResult { value: v });
            self.terminate(Terminator::Return(None));
        } else if let (Some((buffer, class)), Some(v)) = (self.return_buffer, &v) {
            self.copy_into(Operand::Value(buffer), v.clone(), class);
            self.terminate(Terminator::Return(Some(Operand::Value(buffer))));
        } else {
            self.terminate(Terminator::Return(v));
        }
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

    /// `foreach`; `element` is the collection's element type and the explicit conversion C#
    /// applies to each element for the iteration variable (`foreach (int x in doubles)`).
    pub fn foreach(
        &mut self,
        kind: hir::ForeachKind,
        local: hir::LocalId,
        collection: &'p hir::Expr,
        body: &'p hir::Stmt,
        element: (&'p unawait_sema::types::Ty, Option<hir::Conversion>),
    ) {
        let Some(coll) = self.expr(collection) else {
            return;
        };
        let var = self.local(local);
        let (head, body_b, step, exit) = (
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
        );
        let is_string = kind == hir::ForeachKind::String;
        if kind == hir::ForeachKind::Array || is_string {
            let index = self.temp(MachTy::I32);
            let len = self.temp(MachTy::I32);
            self.emit(Inst::Copy {
                dst: index,
                src: Operand::Const(Const::I32(0)),
            });
            if is_string {
                // C# reads a string's length once, and its chars by index.
                self.emit(Inst::Call {
                    dst: Some(len),
                    callee: Callee::Runtime("string.Length"),
                    args: vec![coll.clone()],
                    span: self.span,
                });
            } else {
                self.emit(Inst::ArrayLength {
                    dst: len,
                    array: coll.clone(),
                });
            }
            self.goto(head);
            self.switch_to(head);
            let more = self.temp(MachTy::Bool);
            self.emit(Inst::Binary {
                dst: more,
                op: smir::BinOp::Lt,
                ty: MachTy::I32,
                lhs: Operand::Value(index),
                rhs: Operand::Value(len),
            });
            self.branch(Operand::Value(more), body_b, exit);
            self.switch_to(body_b);
            if let Some(v) = var {
                let dst = self.element_slot(v, element);
                if is_string {
                    self.emit(Inst::Call {
                        dst: Some(dst),
                        callee: Callee::Runtime("string.this[int]"),
                        args: vec![coll, Operand::Value(index)],
                        span: self.span,
                    });
                } else {
                    self.emit(Inst::ArrayLoad {
                        dst,
                        array: coll,
                        index: Operand::Value(index),
                    });
                }
                self.element_convert(v, dst, element, local);
                self.element_copy(v, dst, element);
            }
            self.in_loop(body, exit, step);
            self.switch_to(step);
            self.emit(Inst::Binary {
                dst: index,
                op: smir::BinOp::Add,
                ty: MachTy::I32,
                lhs: Operand::Value(index),
                rhs: Operand::Const(Const::I32(1)),
            });
            self.goto(head);
        } else {
            // Lists enumerate through the runtime's enumerator, which throws when the list
            // changes during the loop, as C#'s does.
            let it = self.temp(MachTy::Ref);
            // Over an enumerator already taken (sema's disposing `foreach`, check_iterator.rs).
            let taken = matches!(
                collection.ty,
                unawait_sema::types::Ty::Lib(unawait_sema::types::Lib::IEnumerator, _)
            );
            self.emit(if taken {
                Inst::Copy { dst: it, src: coll }
            } else {
                Inst::Call {
                    dst: Some(it),
                    callee: Callee::Runtime("enumerator.start"),
                    args: vec![coll],
                    span: self.span,
                }
            });
            self.goto(head);
            self.switch_to(head);
            let more = self.temp(MachTy::Bool);
            self.emit(Inst::Call {
                dst: Some(more),
                callee: Callee::Runtime("enumerator.move_next"),
                args: vec![Operand::Value(it)],
                span: self.span,
            });
            self.branch(Operand::Value(more), body_b, exit);
            self.switch_to(body_b);
            if let Some(v) = var {
                let dst = self.element_slot(v, element);
                self.emit(Inst::Call {
                    dst: Some(dst),
                    callee: Callee::Runtime("enumerator.current"),
                    args: vec![Operand::Value(it)],
                    span: self.span,
                });
                self.element_convert(v, dst, element, local);
                self.element_copy(v, dst, element);
            }
            self.in_loop(body, exit, step);
            self.switch_to(step);
            self.goto(head);
        }
        self.switch_to(exit);
    }

    /// Where a `foreach` loads each element: the iteration variable itself, or a temporary of
    /// the element's type when a conversion comes between.
    fn element_slot(
        &mut self,
        var: unawait_smir::ValueId,
        element: (&'p unawait_sema::types::Ty, Option<hir::Conversion>),
    ) -> unawait_smir::ValueId {
        match element {
            (ty, Some(c)) if c != hir::Conversion::Reference => self.temp_for(ty).unwrap_or(var),
            // The element itself stays apart from the variable's copy of it, so the copy can
            // live in the stack frame (`stack_objects`: a copy made while another value of its
            // group is alive stays on the heap).
            (ty, _) if crate::structs::struct_class(ty).is_some() => {
                self.temp_for(ty).unwrap_or(var)
            }
            _ => var,
        }
    }

    /// A struct element is copied into the iteration variable, as C# reads it.
    /// The iteration variable's own copy of a struct element (`loaded`), unless a conversion
    /// (a box) made one already.
    fn element_copy(
        &mut self,
        var: unawait_smir::ValueId,
        loaded: unawait_smir::ValueId,
        element: (&'p unawait_sema::types::Ty, Option<hir::Conversion>),
    ) {
        let converted = element
            .1
            .is_some_and(|c| c != hir::Conversion::Reference && loaded != var);
        if let (Some(class), false) = (crate::structs::struct_class(element.0), converted) {
            let c = self.copy_struct(Operand::Value(loaded), class);
            self.emit(Inst::Copy { dst: var, src: c });
        }
    }

    /// The element in `loaded` converted into the iteration variable `var`, when they differ.
    fn element_convert(
        &mut self,
        var: unawait_smir::ValueId,
        loaded: unawait_smir::ValueId,
        element: (&'p unawait_sema::types::Ty, Option<hir::Conversion>),
        local: hir::LocalId,
    ) {
        let (Some(c), true) = (element.1, loaded != var) else {
            return;
        };
        let to = self
            .method
            .locals
            .get(local.0 as usize)
            .map(|l| l.ty.clone())
            .unwrap_or(unawait_sema::types::Ty::Error);
        if let Some(v) = self.convert_value(c, Operand::Value(loaded), element.0, &to) {
            self.emit(Inst::Copy { dst: var, src: v });
        }
    }
}
