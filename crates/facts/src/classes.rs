//! Which methods of the program never suspend, always suspend, may throw, or are free of side
//! effects, and why: fixpoints over the call graph, computed with a worklist (a method is
//! re-examined only when one it calls changed). "Never suspends" and "pure" start optimistic
//! and only ever become false, "always suspends" and "may throw" start pessimistic and only
//! ever become true, so each method changes at most once per property.

use std::collections::HashSet;

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::hir::{Callee, Expr, ExprKind, LocalId, MethodId, Place, Program, StmtKind};
use unawait_syntax::Span;

use crate::flow::FlowResult;
use crate::library::{behavior, const_int, is_task, strip_wrappers, task_of};
use crate::locals::LocalFacts;
use crate::paths::{Paths, Reach};
use crate::reason::{Never, SuspendPoint, Suspends};
use crate::reuse::Flows;
use crate::target::{call_target, object_overrides, ObjectCalls, Target};
use crate::throws::Throws;
use crate::walk::{self, Jump, MethodWalk};
use unawait_sema::types::Ty;

#[derive(Clone, Debug, Default)]
pub struct MethodClass {
    /// Every call completes synchronously (for an async method: every await it runs is
    /// complete; for a task-returning method: every return is a completed task), and why.
    pub never: Option<Never>,
    /// Every call suspends before completing: for an async method, the awaits that must
    /// suspend, the first of each path that completes a call, in source order (one when every
    /// path reaches the same); for a method that returns a task, its first return.
    pub always: Option<Vec<SuspendPoint>>,
    /// Returns that complete a call synchronously: reached without an await, or of a completed
    /// task.
    pub sync_returns: Vec<Span>,
    /// An async method can reach the end of its body without an await.
    pub sync_end: bool,
    /// The first `throw` the method (or a method it calls) can reach.
    pub may_throw: Option<Span>,
    /// The first place where a call can end in an exception: a `throw`, or an expression that
    /// can throw (`throws.rs`: an index, an integer division, an await of a task that may fail,
    /// a call of a method that may fail...). For an async method: its task may fail or be
    /// canceled; for another: a call may throw.
    pub may_fail: Option<Span>,
    /// No side effects and no reads of mutable state: its calls can move.
    pub pure_: bool,
}

pub struct Classes {
    pub methods: Vec<MethodClass>,
    /// What a call of each virtual method can be known to do, whichever override runs: nothing
    /// (`None` for the others, whose calls run the method itself).
    dispatched: Vec<Option<MethodClass>>,
}

pub fn display_name(program: &Program, id: MethodId) -> String {
    // An instantiation (`Id<int>`) is its generic method as written (`Id<T>`).
    if let Some(&t) = program.instance_of.get(&id) {
        let m = program.method(t);
        let class = &program.class(m.class).name;
        return format!("{class}.{}<{}>", m.name, m.type_params.join(", "));
    }
    let m = program.method(id);
    // A method closure conversion made (`<Main>b__0`, `<Main>g__Square|0_1`) is named by the
    // method it was written in: the class it lives in (a display class, `<>c`) was made too.
    if let Some(rest) = m.name.strip_prefix('<') {
        if let Some((method, kind)) = rest.split_once('>') {
            let mut class = m.class;
            while program.class(class).name.starts_with('<') {
                match program.class(class).outer {
                    Some(o) => class = o,
                    None => break,
                }
            }
            let owner = format!("{}.{method}", program.class(class).name);
            if let Some(local) = kind.strip_prefix("g__") {
                let name = local.split('|').next().unwrap_or(local);
                return format!("{owner}'s local function {name}");
            }
            return format!("{owner}'s lambda");
        }
    }
    format!("{}.{}", program.class(m.class).name, m.name)
}

impl Classes {
    /// The classes of every method, and every method's flow under them (`flow.rs`: the
    /// fixpoints run the flows anyway, and `reuse.rs` keeps the runs that still hold).
    pub fn compute<'p>(
        program: &'p Program,
        walks: &[MethodWalk<'_>],
        locals: &[LocalFacts<'p>],
    ) -> (Classes, Vec<FlowResult>) {
        let n = program.methods.len();
        let mut callers: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, f) in walks.iter().enumerate() {
            for c in &f.calls {
                if let Some(t) = call_target(program, c.expr) {
                    for m in [
                        t.method(),
                        crate::tree::user_callee(c.expr).unwrap_or(t.method()),
                    ] {
                        if (m.0 as usize) < n {
                            callers[m.0 as usize].push(i);
                        }
                    }
                }
            }
        }
        // Callees first (a method's class follows from its callees'), so that each fixpoint
        // runs each method about once; ids alone are not that order (a generic method's
        // instantiations are numbered from the caller down). From the calls written: the
        // implicit callers below add nothing to it.
        let order = callees_first(&callers);
        // The library runs `object` overrides implicitly (concatenation, `Console.WriteLine`,
        // `Equals`...): any method may be their caller.
        let implicit = object_overrides(program, &Ty::Object, ObjectCalls::Any);
        for m in implicit {
            if (m.0 as usize) < n {
                callers[m.0 as usize].extend(0..n);
            }
        }
        for c in &mut callers {
            c.sort_unstable();
            c.dedup();
        }
        let mut classes = Classes {
            methods: (0..n)
                .map(|_| MethodClass {
                    never: Some(Never::NoAwait),
                    pure_: true,
                    ..Default::default()
                })
                .collect(),
            dispatched: program
                .methods
                .iter()
                .map(|m| {
                    crate::tree::dispatched(program, m).then(|| MethodClass {
                        may_throw: Some(m.name_span),
                        may_fail: Some(m.name_span),
                        ..Default::default()
                    })
                })
                .collect(),
        };
        // Methods that return no task never complete a caller's await; start them as such.
        for (i, m) in program.methods.iter().enumerate() {
            if m.body.is_none() || (!m.is_async && !is_task(&m.return_type)) {
                classes.methods[i].never = None;
            }
        }
        let mut flows = Flows::new(program, locals);
        fixpoint(&callers, &order, |i| {
            if classes.methods[i].never.is_none() {
                return false;
            }
            let now = never_reason(program, MethodId(i as u32), &walks[i], &classes, &mut flows);
            let changed = now.is_none();
            // A flow reads the reason too, not only whether there is one.
            if now != classes.methods[i].never {
                flows.class_changed(i);
            }
            classes.methods[i].never = now;
            changed
        });
        fixpoint(&callers, &order, |i| {
            if classes.methods[i].may_throw.is_some() {
                return false;
            }
            let now = throws_at(program, &walks[i], &classes);
            let changed = now.is_some();
            classes.methods[i].may_throw = now;
            changed
        });
        fixpoint(&callers, &order, |i| {
            if classes.methods[i].may_fail.is_some() {
                return false;
            }
            let now = fails_at(program, MethodId(i as u32), &classes, &locals[i]);
            let changed = now.is_some();
            classes.methods[i].may_fail = now;
            changed
        });
        fixpoint(&callers, &order, |i| {
            let c = &classes.methods[i];
            if c.always.is_some() || c.never.is_some() {
                return false;
            }
            let now = always_reason(
                program,
                MethodId(i as u32),
                &classes,
                &locals[i],
                &mut flows,
            );
            let changed = now.is_some();
            if changed {
                flows.class_changed(i);
            }
            classes.methods[i].always = now;
            changed
        });
        fixpoint(&callers, &order, |i| {
            if !classes.methods[i].pure_ {
                return false;
            }
            let now = is_pure(program, MethodId(i as u32), &classes);
            classes.methods[i].pure_ = now;
            !now
        });
        for i in 0..n {
            let (returns, end) = sync_exits(program, MethodId(i as u32), &classes, &mut flows);
            if returns != classes.methods[i].sync_returns {
                flows.class_changed(i);
            }
            classes.methods[i].sync_returns = returns;
            classes.methods[i].sync_end = end;
        }
        let flows = flows.finish(&classes);
        (classes, flows)
    }

    pub fn of(&self, m: MethodId) -> Option<&MethodClass> {
        self.methods.get(m.0 as usize)
    }

    /// What a call of `m` is known to do: `m`'s own class, or for a virtual method (whose
    /// call may run any override) only what holds of every method: nothing.
    pub fn at_call(&self, m: MethodId) -> Option<&MethodClass> {
        match self.dispatched.get(m.0 as usize) {
            Some(Some(unknown)) => Some(unknown),
            _ => self.of(m),
        }
    }

    /// What the call (or `new`) `e` is known to do: that of the method it runs, when the
    /// program decides which (`target.rs`), else what holds of every method.
    pub fn at(&self, program: &Program, e: &Expr) -> Option<&MethodClass> {
        match call_target(program, e)? {
            Target::Direct(m) | Target::Resolved { runs: m, .. } => self.of(m),
            Target::Dispatched(m) => self.at_call(m),
        }
    }
}

/// Runs `step` on every method, then again on the callers of each method for which it reports
/// a change, until nothing changes.
fn fixpoint(callers: &[Vec<usize>], order: &[usize], mut step: impl FnMut(usize) -> bool) {
    let n = callers.len();
    let mut queued = vec![true; n];
    let mut work: Vec<usize> = order.iter().rev().copied().collect();
    while let Some(i) = work.pop() {
        queued[i] = false;
        if step(i) {
            for &c in &callers[i] {
                if !queued[c] {
                    queued[c] = true;
                    work.push(c);
                }
            }
        }
    }
}

/// Every method, each after the methods it calls (except around cycles): a post-order walk of
/// the call graph, whose edges `callers` gives reversed.
fn callees_first(callers: &[Vec<usize>]) -> Vec<usize> {
    let n = callers.len();
    let mut callees: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (callee, cs) in callers.iter().enumerate() {
        for &c in cs {
            callees[c].push(callee);
        }
    }
    let mut seen = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if seen[root] {
            continue;
        }
        seen[root] = true;
        stack.push((root, 0));
        while let Some(&mut (m, ref mut next)) = stack.last_mut() {
            if let Some(&c) = callees[m].get(*next) {
                *next += 1;
                if !seen[c] {
                    seen[c] = true;
                    stack.push((c, 0));
                }
            } else {
                order.push(m);
                stack.pop();
            }
        }
    }
    order
}

fn never_reason(
    program: &Program,
    id: MethodId,
    walk: &MethodWalk<'_>,
    classes: &Classes,
    flows: &mut Flows,
) -> Option<Never> {
    let m = program.method(id);
    if m.is_async {
        if walk.awaits.is_empty() {
            return Some(Never::NoAwait);
        }
        let flow = flows.get(id.0 as usize, classes);
        let all = walk
            .awaits
            .iter()
            .all(|a| flow.awaits.get(&a.expr.id).is_some_and(|c| c.is_sync()));
        all.then_some(Never::AllAwaitsComplete)
    } else {
        let flow = flows.get(id.0 as usize, classes);
        if flow.returns.is_empty() || flow.returns.iter().any(|r| r.known.is_none()) {
            return None;
        }
        let why = flow.returns[0].known.clone()?;
        Some(Never::ReturnsCompleted(Box::new(why)))
    }
}

/// The awaits that must suspend, one on every path of an async method before it can return;
/// or, for a task-returning method, whether every return is a task that is never complete when
/// returned.
fn always_reason(
    program: &Program,
    id: MethodId,
    classes: &Classes,
    locals: &LocalFacts,
    flows: &mut Flows,
) -> Option<Vec<SuspendPoint>> {
    let m = program.method(id);
    let body = m.body.as_ref()?;
    if m.is_async {
        // A catch clause is a path that completes the call without suspending unless the
        // `try` starts with an await that suspends before anything in it can throw; so is an
        // exception before the first await that suspends, from a `throw` or any expression
        // that can throw.
        let counts = |e: &Expr| match &e.kind {
            ExprKind::Await { expr: op, .. } => must_suspend(program, op, classes),
            _ => None,
        };
        let throws = Throws {
            program,
            classes,
            locals,
        };
        let paths = Paths::walk_knowing(&body.stmts, false, &counts, &throws);
        match paths.out {
            Reach::Passed(at) if paths.early.is_empty() => Some(
                at.into_iter()
                    .map(|(span, expr, why)| SuspendPoint { span, expr, why })
                    .collect(),
            ),
            _ => None,
        }
    } else {
        if !is_task(&m.return_type) {
            return None;
        }
        let flow = flows.get(id.0 as usize, classes);
        if flow.returns.is_empty() || flow.returns.iter().any(|r| r.pending.is_none()) {
            return None;
        }
        let r = &flow.returns[0];
        Some(vec![SuspendPoint {
            span: r.span,
            expr: unawait_sema::hir::ExprId::NONE,
            why: r.pending.clone()?,
        }])
    }
}

fn throws_at(program: &Program, walk: &MethodWalk<'_>, classes: &Classes) -> Option<Span> {
    if let Some((_, span, _)) = walk.jumps.iter().find(|j| j.0 == Jump::Throw) {
        return Some(*span);
    }
    for c in &walk.calls {
        if classes
            .at(program, c.expr)
            .is_some_and(|k| k.may_throw.is_some())
        {
            return Some(c.expr.span);
        }
        match &c.expr.kind {
            ExprKind::Call {
                callee: Callee::Builtin(id),
                ..
            } if behavior(*id).throws => return Some(c.expr.span),
            _ => {}
        }
    }
    None
}

/// The first place where a call of the method can end in an exception (`MethodClass::may_fail`).
fn fails_at(
    program: &Program,
    id: MethodId,
    classes: &Classes,
    locals: &LocalFacts,
) -> Option<Span> {
    let throws = Throws {
        program,
        classes,
        locals,
    };
    throws.first_escaping(&program.method(id).body.as_ref()?.stmts)
}

fn is_pure(program: &Program, id: MethodId, classes: &Classes) -> bool {
    let m = program.method(id);
    // A by-reference parameter is the caller's variable: reading or writing it is not local.
    if m.is_async || m.locals.iter().any(|l| l.by_ref.is_some()) {
        return false;
    }
    let Some(body) = &m.body else {
        return false;
    };
    // Arrays and lists the method creates itself may be written.
    let mut own: HashSet<LocalId> = HashSet::new();
    for s in &body.stmts {
        walk::visit_stmts(s, &mut |st| {
            if let StmtKind::Local {
                local,
                init: Some(e),
            } = &st.kind
            {
                if matches!(
                    e.kind,
                    ExprKind::NewArray { .. } | ExprKind::ArrayInit { .. } | ExprKind::New { .. }
                ) {
                    own.insert(*local);
                }
            }
        });
    }
    let mut pure_ = true;
    for s in &body.stmts {
        walk::visit_all_exprs(s, &mut |e| match &e.kind {
            ExprKind::Call {
                callee: Callee::User(_),
                ..
            }
            | ExprKind::NewObject { ctor: Some(_), .. }
                if !classes.at(program, e).is_some_and(|k| k.pure_) =>
            {
                pure_ = false;
            }
            ExprKind::StaticField(f) if !program.field(*f).is_readonly => {
                pure_ = false;
            }
            ExprKind::Assign { target, .. }
            | ExprKind::CompoundAssign { target, .. }
            | ExprKind::IncDec { target, .. } => match target {
                Place::Local(_) => {}
                Place::ArrayElement { array, .. } | Place::Indexer { target: array, .. } => {
                    if !matches!(array.kind, ExprKind::Local(l) if own.contains(&l)) {
                        pure_ = false;
                    }
                }
                _ => pure_ = false,
            },
            ExprKind::Call {
                callee: Callee::Builtin(b),
                receiver,
                ..
            } => {
                // Writing a list the method made itself is local work.
                let own_receiver = receiver.as_deref().is_some_and(|r| {
                    matches!(r.kind, ExprKind::Local(l) if own.contains(&l))
                        && matches!(
                            r.ty,
                            unawait_sema::types::Ty::Lib(unawait_sema::types::Lib::List, _)
                        )
                });
                if !behavior(*b).pure_ && !own_receiver {
                    pure_ = false;
                }
            }
            ExprKind::Property { member: b, .. } if !behavior(*b).pure_ => {
                pure_ = false;
            }
            ExprKind::New {
                ctor: Callee::Builtin(b),
                ..
            } if !behavior(*b).pure_ => {
                pure_ = false;
            }
            // A delegate may run any method.
            ExprKind::Await { .. } | ExprKind::InvokeDelegate { .. } => pure_ = false,
            // Concatenation runs the value's `ToString()` override, if it has one.
            ExprKind::ToStr(v)
                if object_overrides(program, &v.ty, ObjectCalls::ToString)
                    .iter()
                    .any(|m| !classes.of(*m).is_some_and(|k| k.pure_)) =>
            {
                pure_ = false;
            }
            _ => {}
        });
    }
    pure_
}

/// The returns that complete a call synchronously, and whether the end of an async method's
/// body does: for an async method, those a path reaches without any await (catch clauses
/// included: an exception before the first await leads there); for a task-returning method,
/// those of a completed task.
fn sync_exits(
    program: &Program,
    id: MethodId,
    classes: &Classes,
    flows: &mut Flows,
) -> (Vec<Span>, bool) {
    let m = program.method(id);
    match &m.body {
        Some(body) if m.is_async => {
            let any_await = |e: &Expr| matches!(e.kind, ExprKind::Await { .. }).then_some(());
            let paths = Paths::walk(&body.stmts, true, &any_await);
            let returns = paths
                .early
                .iter()
                .filter(|(_, is_return)| *is_return)
                .map(|(span, _)| *span)
                .collect();
            (returns, matches!(paths.end, Reach::NotYet))
        }
        Some(_) if is_task(&m.return_type) => {
            let returns = flows
                .get(id.0 as usize, classes)
                .returns
                .iter()
                .filter(|r| r.known.is_some())
                .map(|r| r.span)
                .collect();
            (returns, false)
        }
        _ => (Vec::new(), false),
    }
}

/// An expression whose task is never complete when it is produced.
pub fn must_suspend(program: &Program, e: &Expr, classes: &Classes) -> Option<Suspends> {
    let e = strip_wrappers(e);
    if let Some((behavior, u)) = task_of(e) {
        return match behavior {
            TaskBehavior::Yields => Some(Suspends::Yield { member: u.member }),
            // With a token, a delay completes at once (canceled) when the token already is:
            // not certain to suspend (the run-time validation test caught that).
            TaskBehavior::Timer { token: Some(_), .. } => None,
            TaskBehavior::Timer { ms, token: None } => match u.arg(ms).and_then(const_int) {
                Some(-1) => Some(Suspends::DelayForever { expr: e.span }),
                Some(n) if n > 0 => Some(Suspends::DelayTimer {
                    expr: e.span,
                    ms: n,
                }),
                _ => None,
            },
            // WhenAll waits for every input, WhenAny for the first.
            TaskBehavior::WhenAll { tasks } => {
                let ins = inputs(program, u.arg(tasks), classes)?;
                ins.into_iter()
                    .flatten()
                    .next()
                    .map(|why| Suspends::WhenAllWaits(Box::new(why)))
            }
            TaskBehavior::WhenAny { tasks } => {
                let ins = inputs(program, u.arg(tasks), classes)?;
                if !ins.is_empty() && ins.iter().all(Option::is_some) {
                    ins.into_iter()
                        .next()
                        .flatten()
                        .map(|why| Suspends::WhenAnyAllPending(Box::new(why)))
                } else {
                    None
                }
            }
            _ => None,
        };
    }
    if let ExprKind::Call {
        callee: Callee::User(_),
        ..
    } = &e.kind
    {
        let at = classes.at(program, e)?.always.as_ref()?;
        let m = call_target(program, e)?.method();
        return Some(Suspends::CalleeAlwaysSuspends {
            callee: m,
            at: at.iter().map(|p| p.span).collect(),
            returns_pending_task: !program.method(m).is_async,
        });
    }
    // `c ? a : b` is the task of one of them.
    if let ExprKind::Conditional {
        then, otherwise, ..
    } = &e.kind
    {
        let a = must_suspend(program, then, classes)?;
        let b = must_suspend(program, otherwise, classes)?;
        return Some(Suspends::EitherArm(Box::new(a), Box::new(b)));
    }
    None
}

/// What each item of a combinator's `params` argument must do, when it is written out.
fn inputs(
    program: &Program,
    arg: Option<&Expr>,
    classes: &Classes,
) -> Option<Vec<Option<Suspends>>> {
    let ExprKind::ArrayInit { items, .. } = &arg?.kind else {
        return None;
    };
    Some(
        items
            .iter()
            .map(|i| must_suspend(program, i, classes))
            .collect(),
    )
}
