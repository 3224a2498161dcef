//! Which tasks are known complete where, over the typed tree of one method: a task local is
//! known complete after it was awaited (or waited for), when it was assigned a completed task,
//! and inside `if (t.IsCompleted)`; an assignment forgets it; branches meet by intersection; a
//! loop forgets what it assigns. From that, what every await does (`Completion`), every
//! blocking wait, and every return.

use std::collections::HashMap;

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::hir::{
    BinOp, Callee, Expr, ExprId, ExprKind, LocalId, MethodId, Place, Program, Stmt, StmtKind,
};
use unawait_sema::types::{Lib, Ty};
use unawait_syntax::Span;

use crate::classes::{must_suspend, Classes};
use crate::library::{const_int, is_collection, is_task, lib_use, strip_wrappers, task_of};
use crate::reason::{Completion, Depends, Suspends, Sync, Wait};
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
    program: &'a Program,
    classes: &'a Classes,
    out: FlowResult,
    /// Task locals assigned from `Task.WhenAll(...)`: what completes with them.
    when_all: HashMap<LocalId, Vec<LocalId>>,
}

#[derive(Clone, Default)]
struct State {
    /// Task locals known complete, and why.
    done: HashMap<LocalId, Sync>,
    /// Lists and arrays of tasks whose every element is complete, and why.
    lists: HashMap<LocalId, Sync>,
}

type Env = Option<State>;

fn join(a: Env, b: Env) -> Env {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(mut a), Some(b)) => {
            a.done.retain(|k, _| b.done.contains_key(k));
            a.lists.retain(|k, _| b.lists.contains_key(k));
            Some(a)
        }
    }
}

fn forget(env: &mut Env, locals: &[LocalId]) {
    if let Some(s) = env {
        for l in locals {
            s.done.remove(l);
            s.lists.remove(l);
        }
    }
}

impl<'a> Flow<'a> {
    pub fn run(program: &'a Program, id: MethodId, classes: &'a Classes) -> FlowResult {
        let mut f = Flow {
            program,
            classes,
            out: FlowResult::default(),
            when_all: HashMap::new(),
        };
        if let Some(body) = &program.method(id).body {
            let mut env = Some(State::default());
            for s in &body.stmts {
                env = f.stmt(s, env);
            }
        }
        f.out
    }

    fn stmts(&mut self, stmts: &[Stmt], mut env: Env) -> Env {
        for s in stmts {
            env = self.stmt(s, env);
        }
        env
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
            StmtKind::While { cond, body } => {
                let mut entry = env;
                forget(&mut entry, &walk::assigned_locals(s));
                let after_cond = self.expr(cond, entry);
                self.stmt(body, after_cond.clone());
                after_cond
            }
            StmtKind::DoWhile { body, cond } => {
                let mut entry = env;
                forget(&mut entry, &walk::assigned_locals(s));
                let e = self.stmt(body, entry.clone());
                self.expr(cond, e.or(entry.clone()));
                entry
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                let mut env = env;
                for i in init {
                    env = self.stmt(i, env);
                }
                forget(&mut env, &walk::assigned_locals(s));
                let after_cond = match cond {
                    Some(c) => self.expr(c, env),
                    None => env,
                };
                let mut e = self.stmt(body, after_cond.clone());
                for u in update {
                    e = self.expr(u, e);
                }
                after_cond
            }
            StmtKind::Foreach {
                local,
                collection,
                body,
                ..
            } => {
                let mut env = self.expr(collection, env);
                forget(&mut env, &walk::assigned_locals(s));
                // Iterating tasks that have all completed: each element has.
                let mut body_env = env.clone();
                if let (ExprKind::Local(c), Some(st)) = (&collection.kind, body_env.as_mut()) {
                    if let Some(why) = st.lists.get(c).cloned() {
                        st.done.insert(*local, Sync::Element(Box::new(why)));
                    }
                }
                self.stmt(body, body_env);
                env
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
            StmtKind::Break | StmtKind::Continue | StmtKind::Rethrow => None,
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                let mut handler_entry = env.clone();
                forget(
                    &mut handler_entry,
                    &body
                        .stmts
                        .iter()
                        .flat_map(walk::assigned_locals)
                        .collect::<Vec<_>>(),
                );
                // `try { await t; } catch ...`: what can throw there is the await of `t`, which
                // then has completed (faulted or canceled).
                if let (Some(first), Some(st)) = (body.stmts.first(), handler_entry.as_mut()) {
                    if let Some(ExprKind::Await { expr: op, .. }) =
                        walk::statement_await(first).map(|e| &e.kind)
                    {
                        if let ExprKind::Local(t) = strip_wrappers(op).kind {
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
                }
                let mut out = self.stmts(&body.stmts, env);
                for c in catches {
                    let o = self.stmts(&c.body.stmts, handler_entry.clone());
                    out = join(out, o);
                }
                match finally {
                    Some(f) => {
                        let fin = self.stmts(&f.stmts, join(out.clone(), handler_entry));
                        out.and(fin)
                    }
                    None => out,
                }
            }
            _ => env,
        }
    }

    fn assign(&mut self, local: LocalId, value: &Expr, env: &mut Env) {
        // Only task locals (and collections, which may hold tasks, and the sources of tasks)
        // are tracked.
        if !is_task(&value.ty)
            && !is_collection(&value.ty)
            && !matches!(value.ty, Ty::Lib(Lib::TaskCompletionSource, _))
        {
            return;
        }
        let Some(st) = env.as_mut() else {
            return;
        };
        st.lists.remove(&local);
        match self.known(value, st) {
            Some(why) => {
                st.done.insert(local, why);
            }
            None => {
                st.done.remove(&local);
            }
        }
        self.when_all.remove(&local);
        if let Some((TaskBehavior::WhenAll { tasks }, u)) = task_of(strip_wrappers(value)) {
            let inputs = when_all_inputs(u.arg(tasks));
            self.when_all.insert(local, inputs);
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
                self.when_all.get(t).cloned().unwrap_or_default()
            }
            _ => match task_of(e) {
                Some((TaskBehavior::WhenAll { tasks }, u)) => when_all_inputs(u.arg(tasks)),
                _ => Vec::new(),
            },
        };
        for l in inputs {
            st.done.insert(l, why.clone());
            st.lists.insert(l, why.clone());
        }
    }

    fn expr(&mut self, e: &Expr, env: Env) -> Env {
        let mut env = env;
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
                self.expr(rhs, rhs_env);
                return env;
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
        if let ExprKind::Await { expr: op, .. } = &e.kind {
            let st = env.clone().unwrap_or_default();
            let c = self.classify(op, &st);
            self.out.awaits.insert(e.id, c);
            let why = Sync::WaitedBefore {
                how: Wait::Await,
                at: e.span,
            };
            self.completed(op, &mut env, why);
            return env;
        }
        self.forget_changed_lists(e, &mut env);
        let Some(u) = lib_use(e) else {
            if let ExprKind::Assign {
                target: Place::Local(l),
                value,
            } = &e.kind
            {
                self.assign(*l, value, &mut env);
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
        if u.behavior.blocks {
            let waited = crate::library::blocked_task(e);
            if let Some((task, how)) = waited {
                self.blocking(e, task, how, &env);
                self.completed(task, &mut env, Sync::WaitedBefore { how, at: e.span });
            }
        }
        env
    }

    /// A collection of tasks that `e` may change (`list.Add(t)`, `a[i] = t`, passing it to a
    /// method) may hold a pending task afterwards.
    fn forget_changed_lists(&self, e: &Expr, env: &mut Env) {
        let Some(st) = env.as_mut() else {
            return;
        };
        let mut changed = Vec::new();
        match &e.kind {
            ExprKind::Assign { target, .. } | ExprKind::CompoundAssign { target, .. } => {
                if let Place::ArrayElement { array, .. } | Place::Indexer { target: array, .. } =
                    target
                {
                    changed.extend(local_of(array));
                }
            }
            ExprKind::Call {
                callee: Callee::User(_),
                args,
                ..
            } => changed.extend(args.iter().filter_map(local_of)),
            _ => {
                if let Some(u) = lib_use(e) {
                    if !u.behavior.pure_ {
                        changed.extend(u.receiver.and_then(local_of));
                    }
                }
            }
        }
        for l in changed {
            st.lists.remove(&l);
        }
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

    fn classify(&self, op: &Expr, st: &State) -> Completion {
        if let Some(why) = self.known(op, st) {
            return Completion::Sync(why);
        }
        if let Some(why) = must_suspend(self.program, op, self.classes) {
            return Completion::Suspends(why);
        }
        Completion::Depends(self.depends(op))
    }

    /// Why a task is complete, if it statically is.
    fn known(&self, e: &Expr, st: &State) -> Option<Sync> {
        let e = strip_wrappers(e);
        match &e.kind {
            ExprKind::Local(t) => return st.done.get(t).cloned(),
            ExprKind::ArrayElement { array, .. } | ExprKind::Indexer { target: array, .. } => {
                if let ExprKind::Local(l) = array.kind {
                    if let Some(why) = st.lists.get(&l) {
                        return Some(Sync::Element(Box::new(why.clone())));
                    }
                }
                return None;
            }
            ExprKind::Conditional {
                then, otherwise, ..
            } => {
                let a = self.known(then, st)?;
                self.known(otherwise, st)?;
                return Some(Sync::BothArms(Box::new(a)));
            }
            ExprKind::Await { expr: op, .. }
                if matches!(
                    task_of(strip_wrappers(op)),
                    Some((TaskBehavior::WhenAny { .. }, _))
                ) =>
            {
                return Some(Sync::WhenAnyResult)
            }
            ExprKind::Call {
                callee: Callee::User(m),
                ..
            } => {
                let why = self.classes.of(*m)?.never.as_ref()?;
                return Some(Sync::CalleeNeverSuspends {
                    callee: *m,
                    why: Box::new(why.clone()),
                });
            }
            _ => {}
        }
        let (behavior, u) = task_of(e)?;
        match behavior {
            TaskBehavior::Completed => Some(match e.kind {
                // `new ValueTask<T>(value)` holds its result: no task at all.
                ExprKind::New { .. } => Sync::ValueTaskOfValue,
                _ => Sync::Library { member: u.member },
            }),
            TaskBehavior::Timer { ms, .. } => (u.arg(ms).and_then(const_int) == Some(0))
                .then_some(Sync::DelayZero { member: u.member }),
            TaskBehavior::Same { param } => {
                let of = match param {
                    None => u.receiver?,
                    Some(p) => u.arg(p)?,
                };
                self.known(of, st)
            }
            TaskBehavior::SourceTask => match u.receiver.map(|r| &r.kind) {
                Some(ExprKind::Local(tcs)) => st.done.get(tcs).cloned(),
                _ => None,
            },
            TaskBehavior::WhenAll { tasks } => {
                let items = array_items(u.arg(tasks))?;
                items
                    .iter()
                    .all(|i| self.known(i, st).is_some())
                    .then_some(Sync::WhenAllOfCompleted)
            }
            TaskBehavior::WhenAny { .. } | TaskBehavior::Yields | TaskBehavior::None => None,
        }
    }

    fn depends(&self, op: &Expr) -> Depends {
        let e = strip_wrappers(op);
        if let ExprKind::Local(_) = e.kind {
            return Depends::Local { expr: e.span };
        }
        match task_of(e).map(|(b, _)| b) {
            Some(TaskBehavior::Timer { .. }) => return Depends::DelayRuntime { expr: e.span },
            Some(TaskBehavior::WhenAll { .. } | TaskBehavior::WhenAny { .. }) => {
                return Depends::Combinator { expr: e.span }
            }
            _ => {}
        }
        if let ExprKind::Call {
            callee: Callee::User(m),
            ..
        } = &e.kind
        {
            if let Some(r) = self.classes.of(*m).and_then(|c| c.sync_returns.first()) {
                return Depends::CalleeReturnsEarly {
                    callee: *m,
                    returns_at: *r,
                };
            }
            return Depends::Callee { callee: *m };
        }
        if is_task(&e.ty) {
            return Depends::Task { expr: e.span };
        }
        Depends::Unknown
    }
}

fn local_of(e: &Expr) -> Option<LocalId> {
    let mut e = e;
    while let ExprKind::Convert { expr, .. } = &e.kind {
        e = expr;
    }
    match e.kind {
        ExprKind::Local(l) => Some(l),
        _ => None,
    }
}

/// The items of `new[] { ... }` (a `params` argument).
fn array_items(arg: Option<&Expr>) -> Option<&[Expr]> {
    match &arg?.kind {
        ExprKind::ArrayInit { items, .. } => Some(items),
        _ => None,
    }
}

fn when_all_inputs(arg: Option<&Expr>) -> Vec<LocalId> {
    let mut out = Vec::new();
    let Some(a) = arg else {
        return out;
    };
    // `List<Task<T>>` passed as `IEnumerable<Task<T>>`.
    let mut a = strip_wrappers(a);
    while let ExprKind::Convert { expr, .. } = &a.kind {
        a = expr;
    }
    match &a.kind {
        ExprKind::Local(l) => out.push(*l),
        ExprKind::ArrayInit { items, .. } => {
            for i in items {
                if let ExprKind::Local(l) = strip_wrappers(i).kind {
                    out.push(l);
                }
            }
        }
        _ => {}
    }
    out
}

/// Where `cond` is true, the tasks it tests with `IsCompleted` are complete.
fn completed_if(cond: &Expr, env: &mut Env) {
    let Some(st) = env.as_mut() else {
        return;
    };
    let mut tested = Vec::new();
    let mut c = cond;
    // `a.IsCompleted && b.IsCompleted && ...`
    while let ExprKind::Binary {
        op: BinOp::And,
        lhs,
        rhs,
        ..
    } = &c.kind
    {
        tested.extend(is_completed_test(rhs));
        c = lhs;
    }
    tested.extend(is_completed_test(c));
    for t in tested {
        st.done.insert(t, Sync::CheckedIsCompleted);
    }
}

/// `t.IsCompleted` (for a task local `t`).
fn is_completed_test(cond: &Expr) -> Option<LocalId> {
    let u = lib_use(cond).filter(|u| u.behavior.is_completed)?;
    match u.receiver?.kind {
        ExprKind::Local(l) => Some(l),
        _ => None,
    }
}
