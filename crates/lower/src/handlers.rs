//! `try` statements: a handler block tests the exception against each catch clause in order
//! (its type, then its filter), and a `finally` has one copy of its code, reached with a pending
//! number by every way out.
//!
//! Exception filters run when C# runs them, in the first pass of exception handling: before the
//! `finally` blocks between the throw and the filter. An exception that reaches a `finally`'s
//! handler here has passed every handler inside it, so before the `finally` code runs, the
//! handler does what C#'s first pass does outward from there within the method: it tests the
//! enclosing catch clauses in order, running their filters, until one would catch the
//! exception. A filter's verdict is kept with the exception it ran for, so that the clause's own
//! test (or a later `finally`'s first pass) uses it instead of running the filter again. In an
//! async method, a `finally` that awaits is a handler that catches everything in C#'s compiled
//! code: the first pass stops there (and such a `finally` runs none). A filter that throws is
//! false. Calls of methods that could run a `finally` before a caller's filter are rejected by
//! sema (crates/sema/src/filters.rs).

use crate::builder::{Builder, FinallyScope, Region};
use unawait_sema::hir;
use unawait_smir::{BinOp, BlockId, Const, Inst, MachTy, Operand, Synthetic, Terminator, ValueId};

impl<'p> Builder<'p> {
    pub(crate) fn try_stmt(
        &mut self,
        body: &'p hir::Block,
        catches: &'p [hir::CatchClause],
        finally: Option<&'p hir::Block>,
    ) {
        let after = self.new_block();
        // Created outside the statement's handlers: the `finally` code runs unprotected by them.
        let normal_exit = self.new_block();
        // What encloses this `try`: where the first pass from its `finally` looks.
        let outer_regions = self.regions.len();
        let barrier = finally.is_some_and(|f| self.is_async && awaits_in(&f.stmts));
        let fin = finally.map(|fin| {
            let entry = self.new_block();
            let handler = self.new_block();
            let pending = self.synthetic(Synthetic::PendingBranch, MachTy::I32, "int");
            let exception = self.synthetic(Synthetic::PendingException, MachTy::Ref, "Exception");
            self.finallies.push(FinallyScope {
                entry,
                pending,
                exception,
                exits: Vec::new(),
            });
            self.handlers.push(handler);
            (fin, entry, handler, pending, exception)
        });
        if barrier {
            self.regions.push(Region::Barrier);
        }
        let catch_handler = (!catches.is_empty()).then(|| self.new_block());
        if let Some(h) = catch_handler {
            self.handlers.push(h);
            let verdicts = self.verdicts(catches, &body.stmts);
            self.clear_filter_variables(catches);
            self.regions.push(Region::Catches {
                clauses: catches,
                verdicts,
            });
        }
        let start = self.new_block();
        self.goto(start);
        self.switch_to(start);
        self.block(body);
        let mut verdicts = Vec::new();
        if catch_handler.is_some() {
            self.handlers.pop();
            if let Some(Region::Catches { verdicts: v, .. }) = self.regions.pop() {
                verdicts = v;
            }
        }
        self.goto(normal_exit);

        if let Some(h) = catch_handler {
            self.catch_dispatch(h, catches, &verdicts, normal_exit);
        }
        if barrier {
            self.regions.pop();
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
        self.enter_finally_without(Some(exception));
        self.goto(entry);
        // An exception: keep it, run the filters C# runs first, run the `finally`, throw it
        // again.
        self.switch_to(handler);
        self.emit(Inst::Caught { dst: exception });
        if !barrier {
            let regions = self.regions[..outer_regions].to_vec();
            self.first_pass(exception, &regions);
        }
        self.emit(Inst::Copy {
            dst: pending,
            src: Operand::Const(Const::I32(-1)),
        });
        self.enter_finally_without(None);
        self.goto(entry);

        self.switch_to(entry);
        self.in_finally += 1;
        self.block(fin_body);
        self.in_finally -= 1;
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
                crate::builder::Exit::Return => self.return_value.map(Operand::Value),
                _ => None,
            };
            self.jump(exit, value);
        }
        self.switch_to(after);
    }

    /// On a way into a `finally` other than the one named: no exception in flight (`exception`
    /// null) and no pending return (`return_value` its default). The dispatch after the
    /// `finally` reads them only for the way that sets them, but a liveness analysis does not
    /// follow the pending number: assigned on every way in, they are live only inside the
    /// `finally` code, so an await before it does not keep them in the frame. Inside another
    /// `finally` a return may be pending in `return_value` across this `try`: it is kept.
    pub(crate) fn enter_finally_without(&mut self, exception: Option<ValueId>) {
        if let Some(e) = exception {
            self.emit(Inst::Copy {
                dst: e,
                src: Operand::Const(Const::Null),
            });
        }
        if let (Some(r), 0) = (self.return_value, self.in_finally) {
            let ty = self.f.value(r).ty;
            self.emit(Inst::Copy {
                dst: r,
                src: Operand::Const(crate::default_of(ty)),
            });
        }
    }

    /// For each clause with a filter, when a `finally` inside the `try` can run the first pass
    /// (so the filter's verdict may be asked for twice): the exception it last ran for (none
    /// yet) and its verdict.
    fn verdicts(
        &mut self,
        catches: &'p [hir::CatchClause],
        body: &[hir::Stmt],
    ) -> Vec<Option<(ValueId, ValueId)>> {
        let shared = crate::jumps::has_finally(body);
        catches
            .iter()
            .map(|c| {
                (shared && c.filter.is_some()).then(|| {
                    let seen = self.temp_named(MachTy::Ref, "Exception".into());
                    let ok = self.temp(MachTy::Bool);
                    self.emit(Inst::Copy {
                        dst: seen,
                        src: Operand::Const(Const::Null),
                    });
                    self.emit(Inst::Copy {
                        dst: ok,
                        src: Operand::Const(Const::Bool(false)),
                    });
                    (seen, ok)
                })
            })
            .collect()
    }

    /// The pattern variables of the clauses' filters (`when (e is ArgumentException ae &&
    /// ..)`) start as their default at the `try`: a catch block reads them on paths the
    /// verifier cannot tell from a filter that threw or a verdict an earlier first pass gave,
    /// and no read can see the default (C# reads them only where the filter assigned them).
    fn clear_filter_variables(&mut self, catches: &'p [hir::CatchClause]) {
        let mut found = Vec::new();
        for f in catches.iter().filter_map(|c| c.filter.as_ref()) {
            filter_variables(f, &mut found);
        }
        for l in found {
            if let Some(v) = self.local(l) {
                let zero = crate::default_of(self.f.value(v).ty);
                self.emit(Inst::Copy {
                    dst: v,
                    src: Operand::Const(zero),
                });
            }
        }
    }

    /// The handler of a `try` with `catch` clauses: test the exception against each clause in
    /// order; none matching, throw it on to the enclosing handler.
    fn catch_dispatch(
        &mut self,
        handler: BlockId,
        catches: &'p [hir::CatchClause],
        verdicts: &[Option<(ValueId, ValueId)>],
        done: BlockId,
    ) {
        self.switch_to(handler);
        let e = self.synthetic(Synthetic::Caught, MachTy::Ref, "Exception");
        self.emit(Inst::Caught { dst: e });
        for (i, clause) in catches.iter().enumerate() {
            let (matched, next) = (self.new_block(), self.new_block());
            let verdict = verdicts.get(i).copied().flatten();
            self.clause_test(e, clause, verdict, true, matched, next);
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

    /// Whether clause `clause` catches exception `e`: to `yes` or `no`. A filter's verdict kept
    /// in `verdict` is used when it is for `e` (and forgotten when `consume`: the clause's own
    /// test ends that exception's first pass).
    fn clause_test(
        &mut self,
        e: ValueId,
        clause: &'p hir::CatchClause,
        verdict: Option<(ValueId, ValueId)>,
        consume: bool,
        yes: BlockId,
        no: BlockId,
    ) {
        let is = self.temp(MachTy::Bool);
        match &clause.ty {
            // An exception class of the program: its descriptor, as `is` tests.
            unawait_sema::types::Ty::Class(..) => self.emit(Inst::TypeTest {
                dst: is,
                object: Operand::Value(e),
                target: crate::support::type_target(self.program, &clause.ty),
                mode: unawait_smir::TestMode::Is,
            }),
            ty => self.emit(Inst::ExceptionIs {
                dst: is,
                exception: e,
                class: ty.to_string(),
            }),
        }
        let Some(filter) = &clause.filter else {
            self.branch(Operand::Value(is), yes, no);
            return;
        };
        let typed = self.new_block();
        self.branch(Operand::Value(is), typed, no);
        self.switch_to(typed);
        let run = self.new_block();
        if let Some((seen, ok)) = verdict {
            let same = self.temp(MachTy::Bool);
            self.emit(Inst::Binary {
                dst: same,
                op: BinOp::Eq,
                ty: MachTy::Ref,
                lhs: Operand::Value(seen),
                rhs: Operand::Value(e),
            });
            let known = self.new_block();
            self.branch(Operand::Value(same), known, run);
            self.switch_to(known);
            if consume {
                self.emit(Inst::Copy {
                    dst: seen,
                    src: Operand::Const(Const::Null),
                });
            }
            self.branch(Operand::Value(ok), yes, no);
        } else {
            self.goto(run);
        }
        self.switch_to(run);
        // The catch variable holds the exception while its filter runs.
        if let Some(local) = clause.local.and_then(|l| self.local(l)) {
            self.emit(Inst::Copy {
                dst: local,
                src: Operand::Value(e),
            });
        }
        let result = match verdict {
            Some((_, ok)) => ok,
            None => self.temp(MachTy::Bool),
        };
        // A filter that throws is false: its exception is dropped.
        let swallow = self.new_block();
        let after = self.new_block();
        self.handlers.push(swallow);
        let eval = self.new_block();
        self.goto(eval);
        self.switch_to(eval);
        let v = self
            .expr(filter)
            .unwrap_or(Operand::Const(Const::Bool(false)));
        self.emit(Inst::Copy {
            dst: result,
            src: v,
        });
        self.handlers.pop();
        self.goto(after);
        self.switch_to(swallow);
        let dropped = self.temp_named(MachTy::Ref, "Exception".into());
        self.emit(Inst::Caught { dst: dropped });
        self.emit(Inst::Copy {
            dst: result,
            src: Operand::Const(Const::Bool(false)),
        });
        self.goto(after);
        self.switch_to(after);
        if let (Some((seen, _)), false) = (verdict, consume) {
            self.emit(Inst::Copy {
                dst: seen,
                src: Operand::Value(e),
            });
        }
        self.branch(Operand::Value(result), yes, no);
    }

    /// C#'s first pass from a `finally`'s handler within the method: the enclosing catch clauses
    /// (`regions`, innermost last), in order, until one catches `e` or a barrier ends it.
    fn first_pass(&mut self, e: ValueId, regions: &[Region<'p>]) {
        let any_filter = regions.iter().rev().any(|r| match r {
            Region::Catches { clauses, .. } => clauses.iter().any(|c| c.filter.is_some()),
            Region::Barrier => false,
        });
        if !any_filter {
            return;
        }
        let done = self.new_block();
        for r in regions.iter().rev() {
            let Region::Catches { clauses, verdicts } = r else {
                break;
            };
            for (i, c) in clauses.iter().enumerate() {
                let next = self.new_block();
                let verdict = verdicts.get(i).copied().flatten();
                self.clause_test(e, c, verdict, false, done, next);
                self.switch_to(next);
            }
        }
        self.goto(done);
        self.switch_to(done);
    }
}

/// Whether statements hold an `await` (a `finally` that awaits is a handler in C#'s compiled
/// async methods).
fn awaits_in(stmts: &[hir::Stmt]) -> bool {
    let mut found = false;
    for s in stmts {
        visit_stmt_exprs(s, &mut |e| {
            found |= matches!(e.kind, hir::ExprKind::Await { .. });
        });
    }
    found
}

fn visit_stmt_exprs(s: &hir::Stmt, f: &mut impl FnMut(&hir::Expr)) {
    use hir::StmtKind as K;
    let mut ex = |e: &hir::Expr| visit_expr(e, f);
    match &s.kind {
        K::Local { init: Some(e), .. }
        | K::Expr(e)
        | K::Return(Some(e))
        | K::Throw(e)
        | K::YieldReturn(e) => ex(e),
        _ => {}
    }
    match &s.kind {
        K::If {
            cond,
            then,
            otherwise,
        } => {
            visit_expr(cond, f);
            visit_stmt_exprs(then, f);
            if let Some(o) = otherwise {
                visit_stmt_exprs(o, f);
            }
        }
        K::While { cond, body } | K::DoWhile { body, cond } => {
            visit_expr(cond, f);
            visit_stmt_exprs(body, f);
        }
        K::For {
            init,
            cond,
            update,
            body,
        } => {
            init.iter().for_each(|s| visit_stmt_exprs(s, f));
            cond.iter().chain(update).for_each(|e| visit_expr(e, f));
            visit_stmt_exprs(body, f);
        }
        K::Foreach {
            collection, body, ..
        } => {
            visit_expr(collection, f);
            visit_stmt_exprs(body, f);
        }
        K::Block(b) => b.stmts.iter().for_each(|s| visit_stmt_exprs(s, f)),
        K::Try {
            body,
            catches,
            finally,
        } => {
            body.stmts.iter().for_each(|s| visit_stmt_exprs(s, f));
            for c in catches {
                c.body.stmts.iter().for_each(|s| visit_stmt_exprs(s, f));
            }
            if let Some(fb) = finally {
                fb.stmts.iter().for_each(|s| visit_stmt_exprs(s, f));
            }
        }
        K::Switch { subject, sections } => {
            visit_expr(subject, f);
            for sec in sections {
                sec.body.iter().for_each(|s| visit_stmt_exprs(s, f));
            }
        }
        _ => {}
    }
}

/// Visits `e` and the expressions inside it that lowering evaluates (awaits are found in
/// operands, arguments and places alike).
fn visit_expr(e: &hir::Expr, f: &mut impl FnMut(&hir::Expr)) {
    use hir::ExprKind as K;
    f(e);
    let mut sub = |x: &hir::Expr| visit_expr(x, f);
    match &e.kind {
        K::Property {
            receiver: Some(r), ..
        } => sub(r),
        K::Call { receiver, args, .. } => {
            receiver.iter().for_each(|r| sub(r));
            args.iter().for_each(&mut sub);
        }
        K::New {
            args, initializer, ..
        } => args.iter().chain(initializer).for_each(&mut sub),
        K::NewArray { size, .. } => sub(size),
        K::ArrayInit { items, .. } | K::Concat(items) => items.iter().for_each(&mut sub),
        K::ArrayElement { array, index }
        | K::Indexer {
            target: array,
            index,
            ..
        } => {
            sub(array);
            sub(index);
        }
        K::Unary { operand: x, .. }
        | K::ToStr(x)
        | K::Convert { expr: x, .. }
        | K::Discard(x)
        | K::Await { expr: x, .. } => sub(x),
        K::Binary { lhs, rhs, .. } => {
            sub(lhs);
            sub(rhs);
        }
        K::Assign { target, value } | K::CompoundAssign { target, value, .. } => {
            place(target, &mut sub);
            sub(value);
        }
        K::IncDec { target, .. } => place(target, &mut sub),
        K::Conditional {
            cond,
            then,
            otherwise,
        } => {
            sub(cond);
            sub(then);
            sub(otherwise);
        }
        _ => {}
    }
}

fn place(p: &hir::Place, f: &mut impl FnMut(&hir::Expr)) {
    match p {
        hir::Place::ArrayElement { array, index }
        | hir::Place::Indexer {
            target: array,
            index,
            ..
        } => {
            f(array);
            f(index);
        }
        hir::Place::Property { args, .. } => args.iter().for_each(f),
        _ => {}
    }
}

/// The locals a filter's patterns declare (`e is ArgumentException ae`), through `!`, `&&`,
/// `||` and `?:`.
fn filter_variables(e: &hir::Expr, out: &mut Vec<hir::LocalId>) {
    use hir::ExprKind;
    match &e.kind {
        ExprKind::TypeTest { expr, local, .. } => {
            out.extend(*local);
            filter_variables(expr, out);
        }
        ExprKind::Unary { operand, .. } => filter_variables(operand, out),
        ExprKind::Binary { lhs, rhs, .. } => {
            filter_variables(lhs, out);
            filter_variables(rhs, out);
        }
        ExprKind::Conditional {
            cond,
            then,
            otherwise,
        } => {
            for x in [cond, then, otherwise] {
                filter_variables(x, out);
            }
        }
        _ => {}
    }
}
