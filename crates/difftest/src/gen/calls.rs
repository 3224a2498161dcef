//! Calls of the program's methods, and how their tasks are consumed.
//!
//! An effectful call is consumed where it is made (awaited, or blocked on); only pure calls
//! leave a task to await later. Blocking follows Gen::blocks: at most one pool thread waits at a
//! time, so that Mono's thread pool (2 threads on 2 cores) never starves.

use super::body::{Body, Var};
use crate::ast::*;

/// How a task-valued call is consumed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    Await,
    AwaitConfigured,
    GetResult,
    Result,
    Wait,
}

impl Body<'_> {
    /// The value of a task started earlier (Body::pending_start).
    pub fn pending_value(&mut self, ty: &Ty) -> Option<Expr> {
        let depth = self.ctl.loop_depth;
        let vs = self.vars_where(|v| {
            v.ty.is_task_like()
                && v.ty.awaited() == *ty
                && v.once_at.is_none_or(|at| at == depth && !v.consumed)
        });
        if vs.is_empty() {
            return None;
        }
        let v = self.rng().pick(&vs).clone();
        // Pending tasks come from pure methods, which never block: blocking on them is safe.
        let u = if self.is_async && (self.pure || self.chance(85)) {
            Use::Await
        } else if !self.pure {
            if matches!(v.ty, Ty::Task(_)) && self.chance(50) {
                Use::Result
            } else {
                Use::GetResult
            }
        } else {
            return None;
        };
        if v.once_at.is_some() {
            self.var_mut(&v.name).unwrap().consumed = true;
        }
        if u != Use::Await {
            self.blocks = true;
        }
        Some(consume(v.read(), u))
    }

    /// Whether this body may call method `i`: later methods only (the plan is a DAG), itself
    /// when recursive (outside loops, at most twice), every method from Main; pure bodies call
    /// pure methods only. async void methods are called by `async_void_call` only.
    pub fn callable(&self, i: usize) -> bool {
        let sig = &self.g.sigs[i];
        if self.in_ctor || sig.kind == Kind::AsyncVoid || (self.pure && !sig.pure) {
            return false;
        }
        match self.me {
            None => true,
            Some(me) if me == i => {
                self.recursive && self.self_call_ok && self.mult == 1 && self.self_calls < 2
            }
            Some(me) => i > me,
        }
    }

    pub(super) fn call_cost(&self, i: usize) -> u64 {
        if self.me == Some(i) {
            0
        } else {
            self.g.costs[i]
        }
    }

    /// Blocking on method `i`'s task is allowed when nothing below it blocks a thread too (at
    /// most one pool thread waits at a time), never in pure code, never on itself.
    pub fn can_block_on(&self, i: usize) -> bool {
        !self.pure && self.me != Some(i) && (self.sync_main || !self.g.blocks[i])
    }

    /// Records a call of method `i`: its cost, that it is called, what it blocks.
    pub fn note_call(&mut self, i: usize) {
        self.cost += self.mult * self.call_cost(i);
        if self.me == Some(i) {
            self.self_calls += 1;
        } else {
            self.g.called[i] = true;
            self.blocks |= self.g.blocks[i];
        }
    }

    pub fn args(&mut self, i: usize, d: u32) -> Vec<Expr> {
        let sig = self.g.sigs[i].clone();
        let mut out = Vec::new();
        for p in &sig.params {
            let a = match &p.ty {
                _ if sig.recursive && p.name == "n" => {
                    if self.me == Some(i) {
                        Expr::binary(BinOp::Sub, Expr::local("n", Ty::Int), Expr::int(1), Ty::Int)
                    } else {
                        Expr::int(self.rng().range(0, sig.depth as i64) as i32)
                    }
                }
                // The call returns a string built from this one: keep it sourceless.
                Ty::Str if sig.ret == Ty::Str => self.str_expr(d.saturating_sub(1), false),
                ty => self.expr(ty, d.saturating_sub(1)),
            };
            out.push(a);
        }
        out
    }

    /// A value of type `ret` from a call (consumed here if it is a task).
    pub(super) fn call_value(&mut self, ret: &Ty, d: u32) -> Option<Expr> {
        let cands: Vec<usize> = (0..self.g.sigs.len())
            .filter(|&i| {
                self.callable(i) && self.g.sigs[i].ret == *ret && self.room_for(self.call_cost(i))
            })
            .collect();
        if cands.is_empty() {
            return None;
        }
        let i = *self.rng().pick(&cands);
        self.call_of(i, d).filter(|e| e.ty == *ret)
    }

    /// A call of method `i`, consumed the way this context allows.
    pub fn call_of(&mut self, i: usize, d: u32) -> Option<Expr> {
        self.call_on(i, d, None)
    }

    /// A call of method `i` through `recv` if given (an instance method; else a receiver in
    /// reach, or a new object), consumed the way this context allows.
    pub fn call_on(&mut self, i: usize, d: u32, recv: Option<Expr>) -> Option<Expr> {
        let sig = self.g.sigs[i].clone();
        let task_ty = sig.call_ty();
        let value = sig.ret != Ty::Void;
        let u = if sig.kind == Kind::Sync {
            None
        } else {
            let block = self.can_block_on(i);
            let is_task = matches!(task_ty, Ty::Task(_));
            let weights = [
                if self.is_async { 70 } else { 0 },
                if self.is_async { 15 } else { 0 },
                if block { 10 } else { 0 },
                if block && is_task && value { 6 } else { 0 },
                if block && is_task && !value { 6 } else { 0 },
            ];
            if weights.iter().all(|w| *w == 0) {
                return None;
            }
            let u = [
                Use::Await,
                Use::AwaitConfigured,
                Use::GetResult,
                Use::Result,
                Use::Wait,
            ][self.rng().weighted(&weights)];
            Some(u)
        };
        let recv = match (sig.owner, recv) {
            (Some(_), Some(r)) => Some(r),
            (Some(c), None) => Some(self.receiver(c, d)),
            (None, _) => None,
        };
        let args = self.args(i, d);
        self.note_call(i);
        if matches!(u, Some(Use::GetResult | Use::Result | Use::Wait)) {
            self.blocks = true;
        }
        let call = match recv {
            Some(r) => instance_call(&sig.name, r, args, task_ty),
            None => Expr::call(&sig.name, args, task_ty),
        };
        Some(match u {
            None => call,
            Some(u) => consume(call, u),
        })
    }

    pub fn call_stmt(&mut self) -> Option<Block> {
        let cands: Vec<usize> = (0..self.g.sigs.len())
            .filter(|&i| self.callable(i) && self.room_for(self.call_cost(i)))
            .collect();
        if cands.is_empty() {
            return None;
        }
        let i = *self.rng().pick(&cands);
        let e = self.call_of(i, 2)?;
        if (e.ty == Ty::Void || self.pure || self.chance(40)) && is_statement_expr(&e) {
            return Some(vec![Stmt::Expr(e)]);
        }
        if self.pure {
            let ty = e.ty.clone();
            let name = self.fresh("r");
            self.declare(Var::new(&name, ty.clone(), ty.is_scalar()));
            return Some(vec![Stmt::Local(ty, name, e)]);
        }
        Some(vec![self.print(vec![e])])
    }

    /// `await F(.., x++, ..)` with `x` the variable (or the index variable) of `target`: the
    /// value of `target` used by a compound assignment is read before this runs.
    pub fn await_with_increment(&mut self, target: &Expr) -> Option<Expr> {
        let var = match &target.kind {
            ExprKind::Local(_) => target.clone(),
            ExprKind::Index(_, i) if matches!(i.kind, ExprKind::Local(_)) => (**i).clone(),
            _ => return None,
        };
        if let ExprKind::Local(n) = &var.kind {
            if !self.vars().any(|v| v.name == *n && v.assignable) {
                return None;
            }
        }
        let cands: Vec<usize> = (0..self.g.sigs.len())
            .filter(|&i| {
                let s = &self.g.sigs[i];
                self.callable(i)
                    && s.owner.is_none()
                    && s.kind != Kind::Sync
                    && s.ret == Ty::Int
                    && !s.recursive
                    && s.params.iter().any(|p| p.ty == Ty::Int)
                    && self.room_for(self.call_cost(i))
            })
            .collect();
        if cands.is_empty() {
            return None;
        }
        let i = *self.rng().pick(&cands);
        let sig = self.g.sigs[i].clone();
        let mut args = self.args(i, 1);
        let k = sig.params.iter().position(|p| p.ty == Ty::Int).unwrap();
        args[k] = Expr::new(ExprKind::IncDec(IncDec::PostInc, Box::new(var)), Ty::Int);
        self.note_call(i);
        Some(Expr::await_(Expr::call(&sig.name, args, sig.call_ty())))
    }

    /// A call of an async method yielding the type of member `target` (`o.f`), mostly one of
    /// `o`'s own methods (which may change `o.f` while the assignment waits).
    pub(super) fn awaited_operand(&mut self, target: &Expr) -> Option<Expr> {
        let ExprKind::Member(recv, _) = &target.kind else {
            return None;
        };
        let c = self.g.class_index(&recv.ty);
        let cands: Vec<usize> = (0..self.g.sigs.len())
            .filter(|&i| {
                let s = &self.g.sigs[i];
                s.kind != Kind::Sync
                    && s.ret == target.ty
                    && self.callable(i)
                    && self.room_for(self.call_cost(i))
            })
            .collect();
        let own: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&i| self.g.sigs[i].owner == Some(c))
            .collect();
        let i = if !own.is_empty() && self.chance(70) {
            *self.rng().pick(&own)
        } else if !cands.is_empty() {
            *self.rng().pick(&cands)
        } else {
            // An await all the same (of a completed task: it does not suspend).
            let ty = target.ty.clone();
            return Some(self.completed(&ty, 1));
        };
        let recv = (self.g.sigs[i].owner == Some(c)).then(|| (**recv).clone());
        self.call_on(i, 2, recv)
    }

    /// An awaited call of an async method yielding `ty` (or an await of a completed task).
    pub(super) fn awaited_value(&mut self, ty: &Ty) -> Expr {
        let cands: Vec<usize> = (0..self.g.sigs.len())
            .filter(|&i| {
                let s = &self.g.sigs[i];
                s.kind != Kind::Sync
                    && s.ret == *ty
                    && self.callable(i)
                    && self.room_for(self.call_cost(i))
            })
            .collect();
        if !cands.is_empty() && self.chance(75) {
            let i = *self.rng().pick(&cands);
            if let Some(e) = self.call_of(i, 1) {
                return e;
            }
        }
        self.completed(ty, 1)
    }
}

/// `recv.name(args)`.
pub fn instance_call(name: &str, recv: Expr, mut args: Vec<Expr>, ty: Ty) -> Expr {
    args.insert(0, recv);
    Expr::new(ExprKind::MCall(name.to_string(), args), ty)
}

/// `t` consumed: awaited, or blocked on.
fn consume(t: Expr, u: Use) -> Expr {
    let ty = t.ty.awaited();
    match u {
        Use::Await => Expr::await_(t),
        Use::AwaitConfigured => {
            let c = Expr::lib(Lib::ConfigureAwait, vec![t.clone()], t.ty.clone());
            Expr::new(ExprKind::Await(Box::new(c)), ty)
        }
        Use::GetResult => Expr::lib(Lib::GetResult, vec![t], ty),
        Use::Result => Expr::lib(Lib::Result, vec![t], ty),
        Use::Wait => Expr::lib(Lib::Wait, vec![t], Ty::Void),
    }
}

/// C# accepts only calls, awaits, increments, assignments and `new` as statements.
pub fn is_statement_expr(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call(..)
        | ExprKind::MCall(..)
        | ExprKind::New(..)
        | ExprKind::Await(_)
        | ExprKind::Invoke(_)
        | ExprKind::IncDec(..) => true,
        ExprKind::Lib(f, _) => !matches!(
            f,
            Lib::StrLength
                | Lib::ArrLength
                | Lib::ListCount
                | Lib::Result
                | Lib::CtsToken
                | Lib::IsCancelRequested
                | Lib::TcsTask
                | Lib::Message
                | Lib::InnerCount
                | Lib::InnerMessage
                | Lib::CompletedTask
                | Lib::TokenNone
                | Lib::FaultCount
                | Lib::Status
        ),
        _ => false,
    }
}
