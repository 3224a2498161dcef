//! Which tasks are known complete where, over the typed tree of one method: a task local is
//! known complete after it was awaited (or waited for), when it was assigned a completed task,
//! and inside `if (t.IsCompleted)`; an assignment forgets it; branches meet by intersection. A
//! loop's head knows only what nothing in the loop can change (so every back edge knows it
//! too), and the code after it what both the exit by the condition and every `break` know; a
//! catch clause knows only what nothing in its `try` body can change, and a `finally` only what
//! nothing in the try statement can. A label knows nothing (any `goto` may lead there); a
//! `switch` section knows what the subject's evaluation knows, less what the switch can change
//! when its sections `goto case` one another. From that, what every await does (`Completion`),
//! every blocking wait, and every return.

use std::collections::HashMap;

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::constants::ConstValue;
use unawait_sema::hir::{
    BinOp, Expr, ExprId, ExprKind, LocalId, Method, MethodId, Place, Program, Stmt, StmtKind,
};
use unawait_sema::types::{Lib, Ty};
use unawait_syntax::Span;

use crate::classes::{must_suspend, Classes};
use crate::known::{completed_if, when_all_inputs};
use crate::library::{is_collection, is_task, lib_use, strip_wrappers, task_of};
use crate::locals::LocalFacts;
use crate::reason::{Completion, Depends, Suspends, Sync, Wait};
use crate::state::{forget, join, kills, kills_all, kills_of_exprs, Env, State};
use crate::target::call_target;
use crate::walk;

/// A `.Result`, `.Wait()` or `.GetAwaiter().GetResult()` on a task.
#[derive(Clone, Debug)]
pub struct Blocking {
    pub span: Span,
    pub expr: ExprId,
    pub receiver: Span,
    pub how: Wait,
    /// Why the task is certainly complete, when it is.
    pub known: Option<Sync>,
    /// Why the task is certainly not complete yet, when it is not.
    pub pending: Option<Suspends>,
}

/// A `return e;` of a method that returns a task: whether the task is complete or pending.
#[derive(Clone, Debug)]
pub struct Return {
    pub span: Span,
    pub known: Option<Sync>,
    pub pending: Option<Suspends>,
}

#[derive(Default)]
pub struct FlowResult {
    pub awaits: HashMap<ExprId, Completion>,
    pub blocking: Vec<Blocking>,
    pub returns: Vec<Return>,
}

pub struct Flow<'a> {
    pub(crate) program: &'a Program,
    pub(crate) classes: &'a Classes,
    method: &'a Method,
    locals: &'a LocalFacts<'a>,
    out: FlowResult,
    /// For each loop (or `switch`: `true`) being walked, innermost last: what its `break`s and
    /// its `continue`s know.
    loops: Vec<(Env, Env, bool)>,
    /// For each `finally` around the point being walked, innermost last: what it can change,
    /// and how many loops enclosed its `try` (a `break` or `continue` out of the `try` runs it).
    finallies: Vec<(Vec<LocalId>, usize)>,
    /// The method each call (or `new`) walked runs: every method whose class the run can read
    /// (`Classes::at` of a call inside an expression walked), for `reuse.rs`.
    callees: Vec<MethodId>,
}

impl<'a> Flow<'a> {
    /// The flow of method `id`; `locals` are its `LocalFacts` (computed once per method).
    pub fn run(
        program: &'a Program,
        id: MethodId,
        classes: &'a Classes,
        locals: &'a LocalFacts<'a>,
    ) -> FlowResult {
        Flow::run_reading(program, id, classes, locals).0
    }

    /// `run`, and the methods whose classes the result may depend on (`Flow::callees`).
    pub(crate) fn run_reading(
        program: &'a Program,
        id: MethodId,
        classes: &'a Classes,
        locals: &'a LocalFacts<'a>,
    ) -> (FlowResult, Vec<MethodId>) {
        let method = program.method(id);
        let mut f = Flow {
            program,
            classes,
            method,
            locals,
            out: FlowResult::default(),
            loops: Vec::new(),
            finallies: Vec::new(),
            callees: Vec::new(),
        };
        if let Some(body) = &method.body {
            f.stmts(&body.stmts, Some(State::default()));
        }
        (f.out, f.callees)
    }

    fn stmts(&mut self, stmts: &[Stmt], mut env: Env) -> Env {
        for s in stmts {
            env = self.stmt(s, env);
        }
        env
    }

    /// Walks a loop body: where its end stands, and what its `break`s and `continue`s know.
    fn loop_body(&mut self, body: &Stmt, env: Env) -> (Env, Env, Env) {
        self.loops.push((None, None, false));
        let end = self.stmt(body, env);
        let (breaks, continues, _) = self.loops.pop().unwrap_or_default();
        (end, breaks, continues)
    }

    fn stmt(&mut self, s: &Stmt, env: Env) -> Env {
        match &s.kind {
            StmtKind::Block(b) => self.stmts(&b.stmts, env),
            StmtKind::Local { local, init } => {
                let mut env = env;
                if let Some(e) = init {
                    env = self.expr(e, env);
                    self.assign(*local, e, &mut env);
                }
                env
            }
            StmtKind::Expr(e) => self.expr(e, env),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let env = self.expr(cond, env);
                let mut then_env = env.clone();
                completed_if(cond, &mut then_env);
                let a = self.stmt(then, then_env);
                let b = match otherwise {
                    Some(o) => self.stmt(o, env),
                    None => env,
                };
                join(a, b)
            }
            // Every iteration starts from the head, which knows only what the loop cannot
            // change: what every back edge knows too.
            StmtKind::While { cond, body } => {
                let mut head = env;
                forget(&mut head, &kills(s));
                let after_cond = self.expr(cond, head);
                let (_, breaks, _) = self.loop_body(body, after_cond.clone());
                loop_exit(Some(cond), after_cond, breaks)
            }
            StmtKind::DoWhile { body, cond } => {
                let mut head = env;
                forget(&mut head, &kills(s));
                let (end, breaks, continues) = self.loop_body(body, head.clone());
                let before_cond = join(end, continues);
                let after_cond = match before_cond {
                    Some(_) => self.expr(cond, before_cond),
                    // No iteration gets to the condition: it never runs.
                    None => {
                        self.expr(cond, head);
                        None
                    }
                };
                loop_exit(Some(cond), after_cond, breaks)
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                let mut head = self.stmts(init, env);
                let mut changed = kills(body);
                changed.extend(kills_of_exprs(cond.iter().chain(update)));
                forget(&mut head, &changed);
                let after_cond = match cond {
                    Some(c) => self.expr(c, head.clone()),
                    None => head.clone(),
                };
                let (end, breaks, continues) = self.loop_body(body, after_cond.clone());
                let mut e = join(end, continues).or(head);
                for u in update {
                    e = self.expr(u, e);
                }
                loop_exit(cond.as_ref(), after_cond, breaks)
            }
            StmtKind::Foreach {
                local,
                collection,
                body,
                ..
            } => {
                let mut head = self.expr(collection, env);
                forget(&mut head, &kills(s));
                // Iterating tasks that have all completed: each element has.
                let mut body_env = head.clone();
                if let (ExprKind::Local(c), Some(st)) = (&collection.kind, body_env.as_mut()) {
                    if let Some(why) = st.lists.get(c).cloned() {
                        st.done.insert(*local, Sync::Element(Box::new(why)));
                    }
                }
                let (_, breaks, _) = self.loop_body(body, body_env);
                join(head, breaks)
            }
            StmtKind::Return(value) => {
                if let Some(e) = value {
                    let env = self.expr(e, env.clone());
                    let st = env.unwrap_or_default();
                    let known = self.known(e, &st);
                    let pending = must_suspend(self.program, e, self.classes);
                    self.out.returns.push(Return {
                        span: s.span,
                        known,
                        pending,
                    });
                }
                None
            }
            StmtKind::Throw(e) => {
                self.expr(e, env);
                None
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                // `break` leaves the innermost loop or switch, `continue` the innermost loop.
                let target = self.loops.iter().rposition(|l| is_break || !l.2)?;
                // The `finally` blocks the jump runs on its way out change what it knows.
                let mut env = env;
                for (changed, loops) in self.finallies.iter().rev() {
                    if *loops <= target {
                        break;
                    }
                    forget(&mut env, changed);
                }
                let (breaks, continues, _) = &mut self.loops[target];
                let to = if is_break { breaks } else { continues };
                *to = join(to.take(), env);
                None
            }
            // Where it goes, nothing is known (`Label`, and a section's entry).
            StmtKind::Goto(_) | StmtKind::GotoSection(_) => None,
            StmtKind::Label(_) => Some(State::default()),
            StmtKind::Switch { subject, sections } => {
                let env = self.expr(subject, env);
                let mut head = env.clone();
                let jumps_between = sections.iter().flat_map(|sec| &sec.body).any(|x| {
                    let mut found = false;
                    walk::visit_stmts(x, &mut |st| {
                        found |= matches!(st.kind, StmtKind::GotoSection(_))
                    });
                    found
                });
                if jumps_between {
                    forget(&mut head, &kills(s));
                }
                self.loops.push((None, None, true));
                let mut out = None;
                for sec in sections {
                    let end = self.stmts(&sec.body, head.clone());
                    out = join(out, end);
                }
                let (breaks, _, _) = self.loops.pop().unwrap_or_default();
                out = join(out, breaks);
                if !sections
                    .iter()
                    .any(|sec| sec.labels.iter().any(Option::is_none))
                {
                    out = join(out, env);
                }
                out
            }
            StmtKind::Rethrow => None,
            StmtKind::Try {
                body,
                catches,
                finally,
            } => self.try_stmt(body, catches, finally.as_ref(), env),
            _ => env,
        }
    }

    fn try_stmt(
        &mut self,
        body: &unawait_sema::hir::Block,
        catches: &[unawait_sema::hir::CatchClause],
        finally: Option<&unawait_sema::hir::Block>,
        env: Env,
    ) -> Env {
        // An exception can come from anywhere in the body: a catch clause knows what the body
        // cannot change (nor the filters, which run before the clauses they guard, or instead).
        let filters = kills_of_exprs(catches.iter().filter_map(|c| c.filter.as_ref()));
        let mut handler_entry = env.clone();
        forget(&mut handler_entry, &kills_all(&body.stmts));
        forget(&mut handler_entry, &filters);
        // `try { await t; } catch ...`: what can throw there is the await of `t` (which is
        // never null), which then has completed (faulted or canceled), unless the body assigns
        // `t` afterwards.
        let body_kills = kills_all(&body.stmts);
        if let (Some(first), Some(st)) = (body.stmts.first(), handler_entry.as_mut()) {
            if let Some(t) = self
                .first_await_of_local(first)
                .filter(|t| !body_kills.contains(t) && !filters.contains(t))
            {
                let at = walk::statement_await(first).map_or(first.span, |e| e.span);
                st.done.insert(
                    t,
                    Sync::WaitedBefore {
                        how: Wait::Await,
                        at,
                    },
                );
            }
        }
        if let Some(f) = finally {
            self.finallies.push((kills_all(&f.stmts), self.loops.len()));
        }
        let mut out = self.stmts(&body.stmts, env.clone());
        for c in catches {
            let o = self.stmts(&c.body.stmts, handler_entry.clone());
            out = join(out, o);
        }
        let Some(f) = finally else {
            return out;
        };
        self.finallies.pop();
        // The finally also runs after an exception or a jump anywhere in the body or a catch
        // clause: it knows what none of them can change.
        let mut abnormal = env;
        let mut changed = kills_all(&body.stmts);
        changed.extend(kills_all(catches.iter().flat_map(|c| &c.body.stmts)));
        changed.extend(filters);
        forget(&mut abnormal, &changed);
        let fin = self.stmts(&f.stmts, join(out.clone(), abnormal));
        out.and(fin)
    }

    /// The task local `t` of a statement `await t;`, `var x = await t;` or `x = await t;` (a
    /// local `x`: nothing else there can throw), when `t` is never null.
    fn first_await_of_local(&self, first: &Stmt) -> Option<LocalId> {
        let simple = match &first.kind {
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Assign { target, .. } => matches!(target, Place::Local(_)),
                _ => true,
            },
            StmtKind::Local { .. } => true,
            _ => false,
        };
        let aw = walk::statement_await(first).filter(|_| simple)?;
        let ExprKind::Await { expr: op, .. } = &aw.kind else {
            return None;
        };
        match strip_wrappers(op).kind {
            ExprKind::Local(t) if self.locals.nonnull.contains(&t) => Some(t),
            _ => None,
        }
    }

    fn assign(&mut self, local: LocalId, value: &Expr, env: &mut Env) {
        // Whatever the local held before, it holds something else now.
        forget(env, &[local]);
        // Only task locals (and collections, which may hold tasks, and the sources of tasks)
        // are tracked.
        if !is_task(&value.ty)
            && !is_collection(&value.ty)
            && !matches!(
                value.ty,
                Ty::Lib(Lib::TaskCompletionSource | Lib::TaskCompletionSourceVoid, _)
            )
        {
            return;
        }
        let Some(st) = env.as_mut() else {
            return;
        };
        if let Some(why) = self.known(value, st) {
            st.done.insert(local, why);
        }
        if let Some((TaskBehavior::WhenAll { tasks }, u)) = task_of(strip_wrappers(value)) {
            let mut inputs = when_all_inputs(u.arg(tasks));
            inputs.retain(|i| *i != local);
            st.when_all.insert(local, inputs);
        }
    }

    /// `e` has completed: an awaited, waited-for or `.Result`-read task.
    fn completed(&mut self, e: &Expr, env: &mut Env, why: Sync) {
        let Some(st) = env.as_mut() else {
            return;
        };
        let e = strip_wrappers(e);
        let inputs = match &e.kind {
            ExprKind::Local(t) => {
                st.done.insert(*t, why.clone());
                st.when_all.get(t).cloned().unwrap_or_default()
            }
            _ => match task_of(e) {
                Some((TaskBehavior::WhenAll { tasks }, u)) => when_all_inputs(u.arg(tasks)),
                _ => Vec::new(),
            },
        };
        for l in inputs {
            let ty = self.method.locals.get(l.0 as usize).map(|x| &x.ty);
            if ty.is_some_and(is_task) {
                st.done.insert(l, why.clone());
            } else if self.locals.own_collections.contains(&l) {
                // Only a collection no other code can change keeps what `WhenAll` saw.
                st.lists.insert(l, why.clone());
            }
        }
    }

    fn expr(&mut self, e: &Expr, env: Env) -> Env {
        let mut env = env;
        if let Some(t) = call_target(self.program, e) {
            self.callees.push(t.method());
        }
        match &e.kind {
            ExprKind::Binary {
                op: op @ (BinOp::And | BinOp::Or),
                lhs,
                rhs,
                ..
            } => {
                env = self.expr(lhs, env);
                let mut rhs_env = env.clone();
                if *op == BinOp::And {
                    completed_if(lhs, &mut rhs_env);
                }
                let after_rhs = self.expr(rhs, rhs_env);
                // Whether the right operand ran or not: what both know.
                return join(env, after_rhs);
            }
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => {
                env = self.expr(cond, env);
                let mut then_env = env.clone();
                completed_if(cond, &mut then_env);
                let a = self.expr(then, then_env);
                let b = self.expr(otherwise, env);
                return join(a, b);
            }
            _ => {}
        }
        walk::for_each_child(e, &mut |c| env = self.expr(c, env.take()));
        if let ExprKind::Await { expr: op, info } = &e.kind {
            let st = env.clone().unwrap_or_default();
            let c = match info.awaiter {
                unawait_sema::hir::AwaiterKind::Custom => Completion::Depends(Depends::Awaiter {
                    awaiter: info.awaiter_ty.to_string(),
                }),
                _ => self.classify(op, &st),
            };
            self.out.awaits.insert(e.id, c);
            let why = Sync::WaitedBefore {
                how: Wait::Await,
                at: e.span,
            };
            self.completed(op, &mut env, why);
            return env;
        }
        // A collection of tasks that `e` may change may hold a pending task afterwards.
        forget(&mut env, &crate::state::changed_collections(e));
        // A local passed by `ref` or `out` holds whatever the callee (or the library) left.
        match &e.kind {
            ExprKind::RefArg { kind, target } if *kind != unawait_sema::hir::RefKind::In => {
                if let ExprKind::Local(l) = target.kind {
                    forget(&mut env, &[l]);
                }
            }
            ExprKind::OutCall { out: Some(l), .. } => forget(&mut env, &[*l]),
            _ => {}
        }
        let Some(u) = lib_use(e) else {
            if let ExprKind::Assign {
                target: Place::Local(l),
                value,
            } = &e.kind
            {
                self.assign(*l, value, &mut env);
            } else if let ExprKind::CompoundAssign {
                target: Place::Local(l),
                ..
            }
            | ExprKind::IncDec {
                target: Place::Local(l),
                ..
            } = &e.kind
            {
                forget(&mut env, &[*l]);
            }
            return env;
        };
        // `tcs.SetResult(v)` and the like complete `tcs.Task` (`TrySet*` does too: if it
        // returns false, the task was complete already).
        if u.behavior.sets_source {
            if let (Some(ExprKind::Local(tcs)), Some(st)) =
                (u.receiver.map(|r| &r.kind), env.as_mut())
            {
                st.done.insert(*tcs, Sync::SourceSet { at: e.span });
            }
        }
        // `Task.WaitAll(a, b)` returns only once `a` and `b` have completed.
        if let (Some(p), Some(st)) = (u.behavior.waits_all, env.as_mut()) {
            for l in when_all_inputs(u.arg(p)) {
                if self
                    .method
                    .locals
                    .get(l.0 as usize)
                    .is_some_and(|x| is_task(&x.ty))
                {
                    let how = Wait::Wait;
                    st.done.insert(l, Sync::WaitedBefore { how, at: e.span });
                }
            }
        }
        if u.behavior.blocks {
            let waited = crate::library::blocked_task(e);
            if let Some((task, how)) = waited {
                self.blocking(e, task, how, &env);
                self.completed(task, &mut env, Sync::WaitedBefore { how, at: e.span });
            }
        }
        env
    }

    fn blocking(&mut self, e: &Expr, task: &Expr, how: Wait, env: &Env) {
        let st = env.clone().unwrap_or_default();
        let known = self.known(task, &st);
        let pending = must_suspend(self.program, task, self.classes);
        self.out.blocking.push(Blocking {
            span: e.span,
            expr: e.id,
            receiver: task.span,
            how,
            known,
            pending,
        });
    }
}

/// What the code after a loop knows: what its `break`s know, and, unless its condition is
/// absent or the constant `true`, what the exit by the condition knows.
fn loop_exit(cond: Option<&Expr>, after_cond: Env, breaks: Env) -> Env {
    let forever = cond.is_none_or(|c| matches!(c.constant(), Some(ConstValue::Bool(true))));
    if forever {
        breaks
    } else {
        join(after_cond, breaks)
    }
}
