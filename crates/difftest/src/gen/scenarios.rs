//! The multi-statement async patterns, each made deterministic by construction:
//!
//! - tasks started early (`var t = P(); ...; await t;`) come from pure methods only;
//! - `Task.WhenAll` combines pure tasks; its exception is the first failed task's, in order;
//! - `Task.WhenAny` has exactly one argument that can complete: the others are a 60 s delay
//!   cancelled right after, or the task of a TaskCompletionSource set right after;
//! - a CancellationTokenSource is cancelled (or not) before its token is handed out, never while
//!   something that reads the token runs;
//! - an async void method reports through a TaskCompletionSource its caller awaits at once;
//! - blocking waits (`.Wait()`, `.Result`) whose AggregateException is caught.

use super::body::{Body, Var};
use crate::ast::*;

impl Body<'_> {
    pub fn scenario(&mut self, d: u32) -> Option<Block> {
        let a = self.is_async;
        let effectful = !self.pure;
        let weights = [
            if a { 4 } else { 0 },
            if a { 3 } else { 0 },
            if a { 2 } else { 0 },
            2,
            if effectful { 2 } else { 0 },
            if effectful { 2 } else { 0 },
        ];
        match self.rng().weighted(&weights) {
            0 => self.pending_start(),
            1 => self.when_all(),
            2 => self.when_any(),
            3 => self.cancellation(d),
            4 => {
                let me = self.me;
                let cands: Vec<usize> = (0..self.g.sigs.len())
                    .filter(|&j| self.g.sigs[j].kind == Kind::AsyncVoid && me.is_none_or(|m| j > m))
                    .collect();
                if cands.is_empty() {
                    return None;
                }
                let j = *self.rng().pick(&cands);
                self.async_void_call(j)
            }
            _ => self.aggregate(),
        }
    }

    /// Pure async methods whose task yields `ret` (None: any) that may be called here.
    pub(super) fn pure_async(&self, ret: Option<&Ty>) -> Vec<usize> {
        (0..self.g.sigs.len())
            .filter(|&i| {
                let s = &self.g.sigs[i];
                s.pure
                    && matches!(s.kind, Kind::AsyncTask | Kind::AsyncValueTask)
                    && ret.is_none_or(|r| s.ret == *r)
                    && self.callable(i)
                    && self.me != Some(i)
                    && self.room_for(self.g.costs[i])
            })
            .collect()
    }

    /// A call of pure method `i`, not consumed: a task to await later.
    pub(super) fn started(&mut self, i: usize, as_task: bool) -> Expr {
        let sig = self.g.sigs[i].clone();
        let args = self.args(i, 1);
        self.note_call(i);
        let call = Expr::call(&sig.name, args, sig.call_ty());
        if as_task && matches!(call.ty, Ty::ValueTask(_)) {
            let ty = match &call.ty {
                Ty::ValueTask(t) => Ty::Task(t.clone()),
                _ => unreachable!(),
            };
            Expr::lib(Lib::AsTask, vec![call], ty)
        } else {
            call
        }
    }

    /// A `Task<T>` that runs no effect: a pure call, a task started earlier, or a completed one.
    pub(super) fn pure_task(&mut self, ty: &Ty) -> Expr {
        let cands = self.pure_async(Some(ty));
        let pending = self.vars_where(|v| v.ty == Ty::task_of(ty.clone()));
        match self.rng().weighted(&[
            if cands.is_empty() { 0 } else { 6 },
            if pending.is_empty() { 0 } else { 2 },
            2,
        ]) {
            0 => {
                let i = *self.rng().pick(&cands);
                self.started(i, true)
            }
            1 => self.rng().pick(&pending).read(),
            _ => {
                let v = self.expr(ty, 1);
                Expr::lib(Lib::FromResult, vec![v], Ty::task_of(ty.clone()))
            }
        }
    }

    /// `Task<int> t = P(..);`: awaited later by `pending_value`, or at the end of its block.
    pub(super) fn pending_start(&mut self) -> Option<Block> {
        let cands = self.pure_async(None);
        if cands.is_empty() {
            return None;
        }
        let i = *self.rng().pick(&cands);
        let as_task = self.chance(50);
        let e = self.started(i, as_task);
        let name = self.fresh("t");
        let mut v = Var::new(&name, e.ty.clone(), false);
        if matches!(e.ty, Ty::ValueTask(_)) {
            v.once_at = Some(self.ctl.loop_depth);
        }
        self.declare(v);
        Some(vec![Stmt::Local(e.ty.clone(), name, e)])
    }

    /// Awaits the tasks of this scope started early that nobody awaited (sometimes), so that
    /// their failures show.
    pub fn settle_pending(&mut self, out: &mut Block) {
        if !self.is_async {
            return;
        }
        let depth = self.ctl.loop_depth;
        let scope = self.scopes.last().cloned().unwrap_or_default();
        for v in scope {
            let open = v.ty.is_task_like() && v.once_at.is_none_or(|at| at == depth && !v.consumed);
            if open && self.chance(50) {
                if let Some(m) = self.var_mut(&v.name) {
                    m.consumed = true;
                }
                out.push(Stmt::Expr(Expr::await_(v.read())));
            }
        }
    }

    pub(super) fn when_all(&mut self) -> Option<Block> {
        if self.chance(20) {
            // Non-generic: Task.WhenAll(Task, Task, ...).
            let cands = self.pure_async(Some(&Ty::Void));
            let n = self.rng().range(2, 3);
            let mut args = Vec::new();
            for _ in 0..n {
                if !cands.is_empty() && self.chance(70) {
                    let i = *self.rng().pick(&cands);
                    args.push(self.started(i, true));
                } else {
                    let ms = self.rng().range(0, 1) as i32;
                    args.push(Expr::lib(Lib::Delay, vec![Expr::int(ms)], Ty::Task(None)));
                }
            }
            let all = Expr::lib(Lib::WhenAll, args, Ty::Task(None));
            return Some(vec![Stmt::Expr(Expr::await_(all))]);
        }
        let ty = self.scalar_ty();
        let arr_ty = Ty::array_of(ty.clone());
        let mut out = Vec::new();
        let (all, len) = if self.chance(30) {
            // The list form: List<Task<T>> filled in a loop.
            let cap = self.rng().range(2, 3) as i32;
            let lt = self.fresh("lt");
            let lt_ty = Ty::list_of(Ty::task_of(ty.clone()));
            out.push(Stmt::Local(
                lt_ty.clone(),
                lt.clone(),
                Expr::new(ExprKind::NewList(vec![]), lt_ty.clone()),
            ));
            let k = self.fresh("k");
            // Sometimes a computed count, which may be 0: WhenAll of no task at all.
            let limit = if self.chance(30) {
                Some(self.expr(&Ty::Int, 1))
            } else {
                None
            };
            let saved = self.mult;
            self.mult *= cap as u64;
            self.scopes.push(vec![Var::new(&k, Ty::Int, false)]);
            let t = self.pure_task(&ty);
            self.scopes.pop();
            self.mult = saved;
            let add = Stmt::Expr(Expr::lib(
                Lib::ListAdd,
                vec![Expr::local(&lt, lt_ty.clone()), t],
                Ty::Void,
            ));
            let len = if limit.is_some() {
                None
            } else {
                Some(cap as usize)
            };
            out.push(Stmt::For {
                var: k,
                cap,
                limit,
                body: vec![add],
            });
            (
                Expr::lib(
                    Lib::WhenAll,
                    vec![Expr::local(&lt, lt_ty)],
                    Ty::task_of(arr_ty.clone()),
                ),
                len,
            )
        } else {
            let n = self.rng().range(2, 3) as usize;
            let args = (0..n).map(|_| self.pure_task(&ty)).collect();
            (
                Expr::lib(Lib::WhenAll, args, Ty::task_of(arr_ty.clone())),
                Some(n),
            )
        };
        let r = self.fresh("r");
        let mut rv = Var::new(&r, arr_ty.clone(), false);
        rv.len = len;
        // The first result, or the count when there may be none.
        let first = match len {
            Some(_) => Expr::new(
                ExprKind::Index(
                    Box::new(Expr::local(&r, arr_ty.clone())),
                    Box::new(Expr::int(0)),
                ),
                ty,
            ),
            None => Expr::lib(
                Lib::ArrLength,
                vec![Expr::local(&r, arr_ty.clone())],
                Ty::Int,
            ),
        };
        if !self.pure && self.chance(40) {
            // Keep the WhenAll task, to print how many of its tasks failed.
            let a = self.fresh("all");
            let a_ty = Ty::task_of(arr_ty.clone());
            out.push(Stmt::Local(a_ty.clone(), a.clone(), all));
            let got = Stmt::Local(
                arr_ty.clone(),
                r.clone(),
                Expr::await_(Expr::local(&a, a_ty.clone())),
            );
            let len_e = Expr::lib(Lib::ArrLength, vec![Expr::local(&r, arr_ty)], Ty::Int);
            let status = Expr::lib(Lib::Status, vec![Expr::local(&a, a_ty.clone())], Ty::Status);
            let shown = self.print(vec![len_e, first, status.clone()]);
            let e = self.fresh("e");
            let msg = Expr::lib(
                Lib::Message,
                vec![Expr::local(&e, Ty::Exc(Exc::Exception))],
                Ty::Str,
            );
            let count = Expr::lib(Lib::FaultCount, vec![Expr::local(&a, a_ty)], Ty::Int);
            let handler = vec![self.print(vec![msg, count, status])];
            out.push(Stmt::Try {
                body: vec![got, shown],
                catches: vec![Catch {
                    exc: Some(Exc::Exception),
                    var: Some(e),
                    body: handler,
                }],
                finally: None,
            });
            return Some(out);
        }
        out.push(Stmt::Local(arr_ty, r, Expr::await_(all)));
        self.declare(rv);
        if !self.pure && self.chance(60) {
            out.push(self.print(vec![first]));
        }
        Some(out)
    }

    pub(super) fn when_any(&mut self) -> Option<Block> {
        let ty = self.scalar_ty();
        let win = self.fresh("win");
        let win_ty = Ty::task_of(ty.clone());
        let w = self.pure_task(&ty);
        let mut out = vec![Stmt::Local(win_ty.clone(), win.clone(), w)];
        let win_e = Expr::local(&win, win_ty.clone());
        let f = self.fresh("f");
        let typed = self.chance(50);
        let (loser, cleanup, f_ty) = if typed {
            let s = self.fresh("s");
            let s_ty = Ty::Tcs(Box::new(ty.clone()));
            out.push(Stmt::Local(
                s_ty.clone(),
                s.clone(),
                Expr::new(ExprKind::NewTcs, s_ty.clone()),
            ));
            let src = Expr::local(&s, s_ty);
            let loser = Expr::lib(Lib::TcsTask, vec![src.clone()], win_ty.clone());
            let v = self.literal(&ty);
            (
                loser,
                Expr::lib(Lib::TrySetResult, vec![src, v], Ty::Bool),
                win_ty.clone(),
            )
        } else {
            let c = self.fresh("c");
            out.push(Stmt::Local(
                Ty::Cts,
                c.clone(),
                Expr::new(ExprKind::NewCts, Ty::Cts),
            ));
            let cts = Expr::local(&c, Ty::Cts);
            let token = Expr::lib(Lib::CtsToken, vec![cts.clone()], Ty::Token);
            let loser = Expr::lib(
                Lib::DelayToken,
                vec![Expr::int(60000), token],
                Ty::Task(None),
            );
            (
                loser,
                Expr::lib(Lib::CtsCancel, vec![cts], Ty::Void),
                Ty::Task(None),
            )
        };
        let args = if self.chance(50) {
            vec![win_e.clone(), loser]
        } else {
            vec![loser, win_e.clone()]
        };
        let win_read = win_e.clone();
        let win_read_status = win_e.clone();
        let any = Expr::lib(Lib::WhenAny, args, Ty::task_of(f_ty.clone()));
        out.push(Stmt::Local(f_ty.clone(), f.clone(), Expr::await_(any)));
        out.push(Stmt::Expr(cleanup));
        let f_e = Expr::local(&f, f_ty.clone());
        if !self.pure {
            let same = Expr::binary(BinOp::Eq, f_e.clone(), win_e, Ty::Bool);
            let v = if typed {
                Expr::await_(f_e)
            } else {
                Expr::await_(win_read)
            };
            let status = Expr::lib(Lib::Status, vec![win_read_status], Ty::Status);
            out.push(self.print(vec![same, v, status]));
        } else if typed {
            let r = self.fresh("r");
            self.declare(Var::new(&r, ty.clone(), ty.is_scalar()));
            out.push(Stmt::Local(ty, r, Expr::await_(f_e)));
        } else {
            out.push(Stmt::Expr(Expr::await_(f_e)));
        }
        Some(out)
    }

    pub(super) fn cancellation(&mut self, d: u32) -> Option<Block> {
        let c = self.fresh("c");
        let cts = Expr::local(&c, Ty::Cts);
        let mut out = vec![Stmt::Local(
            Ty::Cts,
            c.clone(),
            Expr::new(ExprKind::NewCts, Ty::Cts),
        )];
        let cancel = Stmt::Expr(Expr::lib(Lib::CtsCancel, vec![cts.clone()], Ty::Void));
        match self.rng().weighted(&[50, 25, 25]) {
            0 => out.push(cancel),
            1 => {
                let g = self.expr(&Ty::Bool, 1);
                out.push(Stmt::If(g, vec![cancel], vec![]));
            }
            _ => {}
        }
        // The token is handed out only now: its state never changes while it is read.
        let k = self.fresh("tk");
        out.push(Stmt::Local(
            Ty::Token,
            k.clone(),
            Expr::lib(Lib::CtsToken, vec![cts], Ty::Token),
        ));
        self.declare(Var::new(&k, Ty::Token, false));
        if d == 0 || self.chance(30) {
            return Some(out);
        }
        let mut body = vec![];
        body.extend(self.block(d - 1));
        let mut catches = Vec::new();
        if self.chance(40) {
            catches.push(self.catch_clause(Some(Exc::TaskCanceled), d - 1));
        }
        catches.push(self.catch_clause(Some(Exc::OperationCanceled), d - 1));
        out.push(Stmt::Try {
            body,
            catches,
            finally: None,
        });
        Some(out)
    }

    /// `var dn = new TaskCompletionSource<int>(); V(dn, ..); int r = await dn.Task;`
    pub fn async_void_call(&mut self, i: usize) -> Option<Block> {
        if self.pure || self.in_ctor || (self.me.is_some() && !self.room_for(self.g.costs[i])) {
            return None;
        }
        let wait = if self.is_async {
            None
        } else if self.can_block_on(i) {
            Some(Lib::GetResult)
        } else {
            return None;
        };
        let sig = self.g.sigs[i].clone();
        let dn = self.fresh("dn");
        let tcs_ty = Ty::Tcs(Box::new(Ty::Int));
        let tcs = Expr::local(&dn, tcs_ty.clone());
        let mut args = self.args_after_first(i);
        args.insert(0, tcs.clone());
        self.note_call(i);
        let task = Expr::lib(Lib::TcsTask, vec![tcs], Ty::task_of(Ty::Int));
        let result = match wait {
            None => Expr::await_(task),
            Some(f) => {
                self.blocks = true;
                Expr::lib(f, vec![task], Ty::Int)
            }
        };
        let r = self.fresh("r");
        let mut out = vec![
            Stmt::Local(tcs_ty.clone(), dn, Expr::new(ExprKind::NewTcs, tcs_ty)),
            Stmt::Expr(Expr::call(&sig.name, args, Ty::Void)),
            Stmt::Local(Ty::Int, r.clone(), result),
        ];
        self.declare(Var::new(&r, Ty::Int, true));
        if self.chance(50) {
            out.push(self.print(vec![Expr::local(&r, Ty::Int)]));
        }
        Some(out)
    }

    /// The arguments of method `i` but its first (an async void method's source).
    pub(super) fn args_after_first(&mut self, i: usize) -> Vec<Expr> {
        let sig = self.g.sigs[i].clone();
        sig.params[1..]
            .iter()
            .map(|p| self.expr(&p.ty, 1))
            .collect()
    }

    /// `try { F().Wait(); } catch (AggregateException ae) { ... }`
    pub(super) fn aggregate(&mut self) -> Option<Block> {
        let cands: Vec<usize> = (0..self.g.sigs.len())
            .filter(|&i| {
                self.g.sigs[i].kind == Kind::AsyncTask
                    && self.g.sigs[i].owner.is_none()
                    && self.callable(i)
                    && self.can_block_on(i)
                    && self.room_for(self.g.costs[i])
            })
            .collect();
        if cands.is_empty() {
            return None;
        }
        let i = *self.rng().pick(&cands);
        let sig = self.g.sigs[i].clone();
        let args = self.args(i, 1);
        self.note_call(i);
        self.blocks = true;
        let call = Expr::call(&sig.name, args, sig.call_ty());
        let body = if sig.ret == Ty::Void || self.chance(40) {
            vec![Stmt::Expr(Expr::lib(Lib::Wait, vec![call], Ty::Void))]
        } else {
            vec![self.print(vec![Expr::lib(Lib::Result, vec![call], sig.ret.clone())])]
        };
        let ae = self.fresh("ae");
        let e = Expr::local(&ae, Ty::Exc(Exc::Aggregate));
        let holes = vec![
            Expr::lib(Lib::Message, vec![e.clone()], Ty::Str),
            Expr::lib(Lib::InnerCount, vec![e.clone()], Ty::Int),
            Expr::lib(Lib::InnerMessage, vec![e], Ty::Str),
        ];
        let handler = vec![self.print(holes)];
        Some(vec![Stmt::Try {
            body,
            catches: vec![Catch {
                exc: Some(Exc::Aggregate),
                var: Some(ae),
                body: handler,
            }],
            finally: None,
        }])
    }
}
