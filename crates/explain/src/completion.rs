//! Whether an await can complete synchronously, must suspend, or depends on run time; which
//! methods of the program never suspend, always suspend, may throw, or are free of side effects.
//!
//! Method facts are fixpoints over the call graph, computed with a worklist (a method is
//! re-examined only when one it calls changed): "never suspends" and "pure" start optimistic
//! and only ever become false, "always suspends" and "may throw" start pessimistic and only
//! ever become true, so each method changes at most once per property.
//!
//! The known-complete analysis is flow-sensitive over the typed tree of one method: a task
//! local is known complete after it was awaited (or waited on), when it was assigned a
//! completed task, and inside `if (t.IsCompleted)`; an assignment forgets it; branches meet by
//! intersection; a loop forgets what it assigns.

use std::collections::{HashMap, HashSet};

use unawait_sema::builtins::Owner;
use unawait_sema::hir::{
    self, BinOp, Callee, Expr, ExprKind, LocalId, MethodId, Place, Program, Stmt, StmtKind,
};
use unawait_sema::types::Lib;
use unawait_syntax::Span;

use crate::facts::{self, children, Facts, Jump};
use crate::lib_names::{
    const_int, is_member, is_task, lib_call, member, strip_wrappers, ALL_TASKS, AWAITERS, TASKS,
    VALUE_TASKS,
};
use crate::lines::Lines;

#[derive(Clone, Debug, PartialEq)]
pub enum Completes {
    /// Statically complete: the await takes the fast path and never suspends.
    Sync(String),
    /// Never complete when awaited: the await suspends.
    Suspends(String),
    Runtime(String),
}

impl Completes {
    pub fn word(&self) -> &'static str {
        match self {
            Completes::Sync(_) => "sync",
            Completes::Suspends(_) => "suspends",
            Completes::Runtime(_) => "runtime",
        }
    }

    pub fn why(&self) -> &str {
        match self {
            Completes::Sync(w) | Completes::Suspends(w) | Completes::Runtime(w) => w,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct MethodClass {
    /// Every call completes synchronously (for an async method: every await it runs is
    /// complete; for a task-returning method: every return is a completed task), and why.
    pub never: Option<String>,
    /// Every call suspends before completing: for an async method, the awaits that must
    /// suspend, the first of each path that completes a call, in source order (one when every
    /// path reaches the same); for a method that returns a task, its first return. With why.
    pub always: Option<Vec<(Span, String)>>,
    /// Returns that complete a call synchronously: reached without an await, or of a completed
    /// task.
    pub sync_returns: Vec<Span>,
    /// An async method can reach the end of its body without an await.
    pub sync_end: bool,
    /// The first `throw` the method (or a method it calls) can reach.
    pub may_throw: Option<Span>,
    /// No side effects and no reads of mutable state: its calls can move.
    pub pure_: bool,
}

/// A `.Result`, `.Wait()` or `.GetAwaiter().GetResult()` on a task.
pub struct Blocking {
    pub span: Span,
    pub receiver: Span,
    pub what: &'static str,
    pub known: Option<String>,
    /// Why the task is certainly not complete yet, when it is not.
    pub pending: Option<String>,
}

#[derive(Default)]
pub struct FlowResult {
    /// By the await expression's start.
    pub awaits: HashMap<u32, Completes>,
    pub blocking: Vec<Blocking>,
    /// Every return's value: known complete (why), must suspend (why).
    pub returns: Vec<(Span, Option<String>, Option<String>)>,
}

pub struct Classes {
    pub methods: Vec<MethodClass>,
}

pub fn display_name(program: &Program, id: MethodId) -> String {
    let m = program.method(id);
    format!("{}.{}", program.class(m.class).name, m.name)
}

impl Classes {
    pub fn compute(program: &Program, facts: &[Facts<'_>], lines: &Lines<'_>) -> Classes {
        let n = program.methods.len();
        let mut callers: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, f) in facts.iter().enumerate() {
            for c in &f.calls {
                if let ExprKind::Call {
                    callee: Callee::User(m),
                    ..
                } = c.expr.kind
                {
                    if (m.0 as usize) < n {
                        callers[m.0 as usize].push(i);
                    }
                }
            }
        }
        for c in &mut callers {
            c.sort_unstable();
            c.dedup();
        }
        let mut classes = Classes {
            methods: (0..n)
                .map(|_| MethodClass {
                    never: Some(String::new()),
                    pure_: true,
                    ..Default::default()
                })
                .collect(),
        };
        // Methods that return no task never complete a caller's await; start them as such.
        for (i, m) in program.methods.iter().enumerate() {
            if m.body.is_none() || (!m.is_async && !is_task(&m.return_type)) {
                classes.methods[i].never = None;
            }
        }
        fixpoint(&callers, |i| {
            if classes.methods[i].never.is_none() {
                return false;
            }
            let now = never_reason(program, MethodId(i as u32), &facts[i], &classes, lines);
            let changed = now.is_none();
            classes.methods[i].never = now;
            changed
        });
        fixpoint(&callers, |i| {
            let c = &classes.methods[i];
            if c.always.is_some() || c.never.is_some() {
                return false;
            }
            let now = always_reason(program, MethodId(i as u32), &classes, lines);
            let changed = now.is_some();
            classes.methods[i].always = now;
            changed
        });
        fixpoint(&callers, |i| {
            if classes.methods[i].may_throw.is_some() {
                return false;
            }
            let now = throws_at(&facts[i], &classes);
            let changed = now.is_some();
            classes.methods[i].may_throw = now;
            changed
        });
        fixpoint(&callers, |i| {
            if !classes.methods[i].pure_ {
                return false;
            }
            let now = is_pure(program, MethodId(i as u32), &classes);
            classes.methods[i].pure_ = now;
            !now
        });
        for i in 0..n {
            let (returns, end) = sync_exits(program, MethodId(i as u32), &classes, lines);
            classes.methods[i].sync_returns = returns;
            classes.methods[i].sync_end = end;
        }
        classes
    }

    pub fn of(&self, m: MethodId) -> Option<&MethodClass> {
        self.methods.get(m.0 as usize)
    }
}

/// Runs `step` on every method, then again on the callers of each method for which it reports
/// a change, until nothing changes.
fn fixpoint(callers: &[Vec<usize>], mut step: impl FnMut(usize) -> bool) {
    let n = callers.len();
    let mut queued = vec![true; n];
    let mut work: Vec<usize> = (0..n).rev().collect();
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

fn never_reason(
    program: &Program,
    id: MethodId,
    facts: &Facts<'_>,
    classes: &Classes,
    lines: &Lines<'_>,
) -> Option<String> {
    let m = program.method(id);
    if m.is_async {
        if facts.awaits.is_empty() {
            return Some("it has no await".into());
        }
        let flow = Flow::run(program, id, classes, lines);
        let all = facts.awaits.iter().all(|a| {
            matches!(
                flow.awaits.get(&a.expr.span.start),
                Some(Completes::Sync(_))
            )
        });
        all.then(|| "every await in it is of a completed task".into())
    } else {
        let flow = Flow::run(program, id, classes, lines);
        if flow.returns.is_empty() || flow.returns.iter().any(|r| r.1.is_none()) {
            return None;
        }
        let why = flow.returns[0].1.clone().unwrap_or_default();
        Some(format!("it returns a completed task ({why})"))
    }
}

/// The awaits that must suspend, one on every path of an async method before it can return;
/// or, for a task-returning method, whether every return is a task that is never complete when
/// returned.
fn always_reason(
    program: &Program,
    id: MethodId,
    classes: &Classes,
    lines: &Lines<'_>,
) -> Option<Vec<(Span, String)>> {
    let m = program.method(id);
    let body = m.body.as_ref()?;
    if m.is_async {
        // Catch clauses are left out: a path into one starts with an exception, and a call
        // that throws is not followed anywhere else either (docs/explain.md, "Limits").
        let counts = |e: &Expr| match &e.kind {
            ExprKind::Await { expr: op, .. } => must_suspend(program, op, classes, lines),
            _ => None,
        };
        let paths = Paths::walk(&body.stmts, false, &counts);
        match paths.out {
            Reach::Passed(at) if paths.early.is_empty() => Some(at),
            _ => None,
        }
    } else {
        if !is_task(&m.return_type) {
            return None;
        }
        let flow = Flow::run(program, id, classes, lines);
        if flow.returns.is_empty() || flow.returns.iter().any(|r| r.2.is_none()) {
            return None;
        }
        let (span, _, why) = &flow.returns[0];
        Some(vec![(*span, why.clone().unwrap_or_default())])
    }
}

/// Where the paths of a method's body stand at one point of a `Paths` walk.
#[derive(Clone, Debug, Default)]
enum Reach {
    /// No path gets here.
    #[default]
    Never,
    /// Some path gets here without having passed an expression that counts.
    NotYet,
    /// Every path that gets here has passed one: the first of each path, in the order found.
    Passed(Vec<(Span, String)>),
}

impl Reach {
    /// Where two sets of paths that meet stand.
    fn join(self, other: Reach) -> Reach {
        match (self, other) {
            (Reach::Never, x) | (x, Reach::Never) => x,
            (Reach::NotYet, _) | (_, Reach::NotYet) => Reach::NotYet,
            (Reach::Passed(mut a), Reach::Passed(b)) => {
                for w in b {
                    if !a.iter().any(|x| x.0 == w.0) {
                        a.push(w);
                    }
                }
                a.sort_by_key(|w| w.0.start);
                Reach::Passed(a)
            }
        }
    }
}

/// A walk over the paths of a method's body in evaluation order, following whether each has
/// passed an expression that counts (`counts` says why it does: an await that must suspend,
/// any await, one expression). Only the branches of the code are paths: both arms of an `if`
/// or `?:`, the right operand of `&&`/`||` or not, a `while`, `for` or `foreach` body zero or
/// more times (unless the condition is constant true), a `do` body at least once. A loop body
/// is walked once: each point of it is reached first by the first iteration, with the least
/// behind it.
struct Paths<'c> {
    counts: &'c dyn Fn(&Expr) -> Option<String>,
    /// Whether catch clauses are paths, entered where their `try` starts.
    handlers: bool,
    /// Returns and throws a path reaches without having passed an expression that counts, and
    /// whether each is a return.
    early: Vec<(Span, bool)>,
    /// Where the paths stand when they leave the method: returns, throws, the end of the body.
    out: Reach,
    /// Where the paths stand at the end of the body.
    end: Reach,
    /// For each loop being walked, innermost last: its `break`s and its `continue`s.
    loops: Vec<(Reach, Reach)>,
}

impl<'c> Paths<'c> {
    fn new(handlers: bool, counts: &'c dyn Fn(&Expr) -> Option<String>) -> Self {
        Paths {
            counts,
            handlers,
            early: Vec::new(),
            out: Reach::Never,
            end: Reach::Never,
            loops: Vec::new(),
        }
    }

    fn walk(body: &[Stmt], handlers: bool, counts: &'c dyn Fn(&Expr) -> Option<String>) -> Self {
        let mut p = Paths::new(handlers, counts);
        p.end = p.stmts(body, Reach::NotYet);
        p.out = std::mem::take(&mut p.out).join(p.end.clone());
        p
    }

    fn stmts(&mut self, stmts: &[Stmt], mut r: Reach) -> Reach {
        for s in stmts {
            r = self.stmt(s, r);
        }
        r
    }

    fn leave(&mut self, span: Span, is_return: bool, r: Reach) -> Reach {
        if matches!(r, Reach::NotYet) {
            self.early.push((span, is_return));
        }
        self.out = std::mem::take(&mut self.out).join(r);
        Reach::Never
    }

    fn stmt(&mut self, s: &Stmt, r: Reach) -> Reach {
        if matches!(r, Reach::Never) {
            return r;
        }
        match &s.kind {
            StmtKind::Block(b) => self.stmts(&b.stmts, r),
            StmtKind::Local { init: Some(e), .. } | StmtKind::Expr(e) => self.expr(e, r),
            StmtKind::Local { init: None, .. } | StmtKind::Empty => r,
            StmtKind::Return(value) => {
                let r = match value {
                    Some(e) => self.expr(e, r),
                    None => r,
                };
                self.leave(s.span, true, r)
            }
            StmtKind::Throw(e) => {
                let r = self.expr(e, r);
                self.leave(s.span, false, r)
            }
            StmtKind::Rethrow => self.leave(s.span, false, r),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let r = self.expr(cond, r);
                let taken = self.stmt(then, r.clone());
                let not_taken = match otherwise {
                    Some(o) => self.stmt(o, r),
                    None => r,
                };
                taken.join(not_taken)
            }
            StmtKind::While { cond, body } => {
                let r = self.expr(cond, r);
                let (_, breaks, _) = self.loop_body(body, r.clone());
                loop_exit(Some(cond), r, breaks)
            }
            StmtKind::DoWhile { body, cond } => {
                let (end, breaks, continues) = self.loop_body(body, r);
                let r = self.expr(cond, end.join(continues));
                loop_exit(Some(cond), r, breaks)
            }
            StmtKind::For {
                init, cond, body, ..
            } => {
                let mut r = self.stmts(init, r);
                if let Some(c) = cond {
                    r = self.expr(c, r);
                }
                // The update runs after an iteration: nothing is reached first through it.
                let (_, breaks, _) = self.loop_body(body, r.clone());
                loop_exit(cond.as_ref(), r, breaks)
            }
            StmtKind::Foreach {
                collection, body, ..
            } => {
                let r = self.expr(collection, r);
                let (_, breaks, _) = self.loop_body(body, r.clone());
                r.join(breaks)
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                if let Some((breaks, continues)) = self.loops.last_mut() {
                    let to = if is_break { breaks } else { continues };
                    *to = std::mem::take(to).join(r);
                }
                Reach::Never
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                let mut after = self.stmts(&body.stmts, r.clone());
                if self.handlers {
                    for c in catches {
                        let handled = self.stmts(&c.body.stmts, r.clone());
                        after = after.join(handled);
                    }
                }
                match finally {
                    Some(f) => self.stmts(&f.stmts, after),
                    None => after,
                }
            }
            // Tier 2 and 3 statements (never in a program that checks): as if a path could
            // leave the method there.
            StmtKind::Switch { .. }
            | StmtKind::Using { .. }
            | StmtKind::YieldReturn(_)
            | StmtKind::YieldBreak => {
                self.leave(s.span, false, r.clone());
                r
            }
        }
    }

    /// Walks a loop body from `r`; where its end, its `break`s and its `continue`s stand.
    fn loop_body(&mut self, body: &Stmt, r: Reach) -> (Reach, Reach, Reach) {
        self.loops.push((Reach::Never, Reach::Never));
        let end = self.stmt(body, r);
        let (breaks, continues) = self.loops.pop().unwrap_or_default();
        (end, breaks, continues)
    }

    fn expr(&mut self, e: &Expr, r: Reach) -> Reach {
        let r = match &e.kind {
            ExprKind::Binary {
                op: BinOp::And | BinOp::Or,
                lhs,
                rhs,
                ..
            } => {
                let r = self.expr(lhs, r);
                let evaluated = self.expr(rhs, r.clone());
                r.join(evaluated)
            }
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => {
                let r = self.expr(cond, r);
                let a = self.expr(then, r.clone());
                a.join(self.expr(otherwise, r))
            }
            _ => children(e).into_iter().fold(r, |r, c| self.expr(c, r)),
        };
        match r {
            Reach::NotYet => match (self.counts)(e) {
                Some(why) => Reach::Passed(vec![(e.span, why)]),
                None => Reach::NotYet,
            },
            r => r,
        }
    }
}

/// Whether every iteration of a loop that goes on to the next (or ends the loop by its
/// condition) evaluates one of the expressions at `targets`, in the loop's `body`.
pub fn every_iteration_evaluates(body: &Stmt, targets: &[Span]) -> bool {
    let counts = |e: &Expr| targets.contains(&e.span).then(String::new);
    let mut paths = Paths::new(false, &counts);
    let (end, _, continues) = paths.loop_body(body, Reach::NotYet);
    matches!(end.join(continues), Reach::Passed(_))
}

/// Where the paths leaving a loop stand: those its condition ends (none when it is absent or
/// constant true) and its `break`s. The condition's first evaluation stands for every later
/// one, which only has more behind it.
fn loop_exit(cond: Option<&Expr>, after_cond: Reach, breaks: Reach) -> Reach {
    let forever = cond.is_none_or(|c| {
        matches!(
            c.constant(),
            Some(unawait_sema::constants::ConstValue::Bool(true))
        )
    });
    if forever {
        breaks
    } else {
        after_cond.join(breaks)
    }
}

fn throws_at(facts: &Facts<'_>, classes: &Classes) -> Option<Span> {
    if let Some((_, span, _)) = facts.jumps.iter().find(|j| j.0 == Jump::Throw) {
        return Some(*span);
    }
    for c in &facts.calls {
        match &c.expr.kind {
            ExprKind::Call {
                callee: Callee::User(m),
                ..
            } if classes.of(*m).is_some_and(|k| k.may_throw.is_some()) => {
                return Some(c.expr.span);
            }
            ExprKind::Call {
                callee: Callee::Builtin(id),
                ..
            } if member(*id).1 == "ThrowIfCancellationRequested" => return Some(c.expr.span),
            _ => {}
        }
    }
    None
}

/// Library members without side effects or reads of mutable shared state.
fn pure_builtin(id: hir::BuiltinId) -> bool {
    let (owner, name) = member(id);
    match owner {
        Owner::Int | Owner::Long | Owner::Bool | Owner::Double | Owner::String | Owner::Array => {
            true
        }
        Owner::Object => name == "ToString",
        Owner::Lib(Lib::Math) => true,
        Owner::Lib(Lib::List) | Owner::Lib(Lib::ReadOnlyCollection) => {
            matches!(name, "Count" | "this" | "ToArray" | "List") || name.is_empty()
        }
        Owner::Lib(l) => matches!(
            l,
            Lib::Exception
                | Lib::SystemException
                | Lib::ArgumentException
                | Lib::ArgumentOutOfRangeException
                | Lib::ArgumentNullException
                | Lib::InvalidOperationException
                | Lib::NotSupportedException
                | Lib::NotImplementedException
                | Lib::TimeoutException
                | Lib::ArithmeticException
                | Lib::DivideByZeroException
                | Lib::NullReferenceException
                | Lib::IndexOutOfRangeException
        ),
    }
}

fn is_pure(program: &Program, id: MethodId, classes: &Classes) -> bool {
    let m = program.method(id);
    if m.is_async || m.body.is_none() {
        return false;
    }
    let Some(body) = &m.body else {
        return false;
    };
    // Arrays and lists the method creates itself may be written.
    let mut own: HashSet<LocalId> = HashSet::new();
    let mut pure_ = true;
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
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
    for s in &body.stmts {
        facts::visit_all_exprs(s, &mut |e| match &e.kind {
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
                callee: Callee::User(c),
                ..
            } if !classes.of(*c).is_some_and(|k| k.pure_) => {
                pure_ = false;
            }
            ExprKind::Call {
                callee: Callee::Builtin(b),
                receiver,
                ..
            } => {
                let (owner, name) = member(*b);
                let own_list = owner == Owner::Lib(Lib::List)
                    && name == "Add"
                    && matches!(receiver.as_deref().map(|r| &r.kind), Some(ExprKind::Local(l)) if own.contains(l));
                if !pure_builtin(*b) && !own_list {
                    pure_ = false;
                }
            }
            ExprKind::Property { member: b, .. } if !pure_builtin(*b) => {
                pure_ = false;
            }
            ExprKind::New {
                ctor: Callee::Builtin(b),
                ..
            } if !pure_builtin(*b) => {
                pure_ = false;
            }
            ExprKind::Await { .. } => pure_ = false,
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
    lines: &Lines<'_>,
) -> (Vec<Span>, bool) {
    let m = program.method(id);
    match &m.body {
        Some(body) if m.is_async => {
            let any_await = |e: &Expr| matches!(e.kind, ExprKind::Await { .. }).then(String::new);
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
            let returns = Flow::run(program, id, classes, lines)
                .returns
                .iter()
                .filter(|r| r.1.is_some())
                .map(|r| r.0)
                .collect();
            (returns, false)
        }
        _ => (Vec::new(), false),
    }
}

/// An expression whose task is never complete when it is produced.
pub fn must_suspend(
    program: &Program,
    e: &Expr,
    classes: &Classes,
    lines: &Lines<'_>,
) -> Option<String> {
    let e = strip_wrappers(e);
    if lib_call(e, &[Lib::Task], "Yield").is_some() {
        return Some(
            "Task.Yield() always suspends: its awaiter is never complete, the rest of the method is queued"
                .into(),
        );
    }
    if let Some((_, args)) = lib_call(e, &[Lib::Task], "Delay") {
        let text = lines.text(e.span, 60);
        // With a token, a delay completes at once (canceled) when the token already is: not
        // certain to suspend (the run-time validation test caught that).
        if args.len() > 1 {
            return None;
        }
        return match args.first().and_then(const_int) {
            Some(-1) => Some(format!("{text} never completes")),
            Some(n) if n > 0 => Some(format!(
                "{text} completes only when its timer fires, {n} ms later"
            )),
            _ => None,
        };
    }
    if let ExprKind::Call {
        callee: Callee::User(m),
        ..
    } = &e.kind
    {
        let at = classes.of(*m)?.always.as_ref()?;
        let name = display_name(program, *m);
        let place =
            |span: &Span| format!("line {}: {}", lines.line(span.start), lines.text(*span, 50));
        if !program.method(*m).is_async {
            let (span, _) = at.first()?;
            return Some(format!(
                "`{name}` returns a task that is never complete yet ({})",
                place(span)
            ));
        }
        let places: Vec<String> = at.iter().map(|(span, _)| place(span)).collect();
        let which = if places.len() > 1 {
            ", whichever path it takes"
        } else {
            ""
        };
        return Some(format!(
            "`{name}` always suspends before it completes (at {}{which})",
            places.join(", or at ")
        ));
    }
    // `c ? a : b` is the task of one of them.
    if let ExprKind::Conditional {
        then, otherwise, ..
    } = &e.kind
    {
        let a = must_suspend(program, then, classes, lines)?;
        let b = must_suspend(program, otherwise, classes, lines)?;
        return Some(if a == b {
            format!("either task the ?: picks must suspend: {a}")
        } else {
            format!("either task the ?: picks must suspend: {a}; {b}")
        });
    }
    // WhenAll waits for every input, WhenAny for the first.
    let inputs = |args: &[Expr]| -> Option<Vec<Option<String>>> {
        let items = match args {
            [a] => match &a.kind {
                ExprKind::ArrayInit { items, .. } => items.as_slice(),
                _ => return None,
            },
            _ => return None,
        };
        Some(
            items
                .iter()
                .map(|i| must_suspend(program, i, classes, lines))
                .collect(),
        )
    };
    if let Some(ins) = lib_call(e, TASKS, "WhenAll").and_then(|(_, args)| inputs(args)) {
        if let Some(why) = ins.into_iter().flatten().next() {
            return Some(format!(
                "Task.WhenAll waits for an input that is not complete: {why}"
            ));
        }
    }
    if let Some(ins) = lib_call(e, TASKS, "WhenAny").and_then(|(_, args)| inputs(args)) {
        if !ins.is_empty() && ins.iter().all(Option::is_some) {
            return Some(format!(
                "Task.WhenAny waits for the first of its inputs, and none is complete yet: {}",
                ins[0].clone().unwrap_or_default()
            ));
        }
    }
    None
}

pub struct Flow<'a> {
    program: &'a Program,
    classes: &'a Classes,
    lines: &'a Lines<'a>,
    out: FlowResult,
    /// Task locals assigned from `Task.WhenAll(...)`: what completes with them.
    when_all: HashMap<LocalId, Vec<LocalId>>,
}

#[derive(Clone, Default)]
struct State {
    /// Task locals known complete, and why.
    done: HashMap<LocalId, String>,
    /// Lists and arrays of tasks whose every element is complete, and why.
    lists: HashMap<LocalId, String>,
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
    pub fn run(
        program: &'a Program,
        id: MethodId,
        classes: &'a Classes,
        lines: &'a Lines<'a>,
    ) -> FlowResult {
        let mut f = Flow {
            program,
            classes,
            lines,
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
                forget(&mut entry, &facts::assigned_locals(s));
                let after_cond = self.expr(cond, entry);
                self.stmt(body, after_cond.clone());
                after_cond
            }
            StmtKind::DoWhile { body, cond } => {
                let mut entry = env;
                forget(&mut entry, &facts::assigned_locals(s));
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
                forget(&mut env, &facts::assigned_locals(s));
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
                forget(&mut env, &facts::assigned_locals(s));
                // Iterating tasks that have all completed: each element has.
                let mut body_env = env.clone();
                if let (ExprKind::Local(c), Some(st)) = (&collection.kind, body_env.as_mut()) {
                    if let Some(why) = st.lists.get(c).cloned() {
                        st.done
                            .insert(*local, format!("its tasks completed ({why})"));
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
                    let must = must_suspend(self.program, e, self.classes, self.lines);
                    self.out.returns.push((s.span, known, must));
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
                        .flat_map(facts::assigned_locals)
                        .collect::<Vec<_>>(),
                );
                // `try { await t; } catch ...`: what can throw there is the await of `t`, which
                // then has completed (faulted or canceled).
                if let (Some(first), Some(st)) = (body.stmts.first(), handler_entry.as_mut()) {
                    if let Some(ExprKind::Await { expr: op, .. }) =
                        crate::lints::statement_await(first).map(|e| &e.kind)
                    {
                        if let ExprKind::Local(t) = strip_wrappers(op).kind {
                            let (line, _) = self.lines.line_col(first.span.start);
                            st.done.insert(t, format!("awaited at line {line}"));
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
            && !crate::lib_names::is_collection(&value.ty)
            && !matches!(
                value.ty,
                unawait_sema::types::Ty::Lib(Lib::TaskCompletionSource, _)
            )
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
        if let Some((_, args)) = lib_call(strip_wrappers(value), TASKS, "WhenAll") {
            let inputs = when_all_inputs(args);
            self.when_all.insert(local, inputs);
        }
    }

    /// `e` has completed: an awaited, waited-on or `.Result`-read task.
    fn completed(&mut self, e: &Expr, env: &mut Env, why: String) {
        let Some(st) = env.as_mut() else {
            return;
        };
        let e = strip_wrappers(e);
        let inputs = match &e.kind {
            ExprKind::Local(t) => {
                st.done.insert(*t, why.clone());
                self.when_all.get(t).cloned().unwrap_or_default()
            }
            _ => match lib_call(e, TASKS, "WhenAll") {
                Some((_, args)) => when_all_inputs(args),
                None => Vec::new(),
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
        facts::for_each_child(e, &mut |c| env = self.expr(c, env.take()));
        let line = match e.kind {
            ExprKind::Await { .. } | ExprKind::Property { .. } | ExprKind::Call { .. } => {
                self.lines.line(e.span.start)
            }
            _ => 0,
        };
        match &e.kind {
            ExprKind::Await { expr: op, .. } => {
                let st = env.clone().unwrap_or_default();
                let c = self.classify(op, &st);
                self.out.awaits.insert(e.span.start, c);
                self.completed(op, &mut env, format!("awaited at line {line}"));
            }
            ExprKind::Property {
                receiver: Some(r),
                member: m,
                ..
            } if is_member(*m, &[Lib::TaskOf, Lib::ValueTaskOf], "Result") => {
                self.blocking(e, r, ".Result", &env);
                self.completed(r, &mut env, format!("waited for at line {line}"));
            }
            ExprKind::Call {
                callee: Callee::Builtin(m),
                receiver: Some(r),
                ..
            } => {
                // `tcs.SetResult(v)` and the like complete `tcs.Task` (`TrySet*` does too: if it
                // returns false, the task was complete already).
                let (_, name) = member(*m);
                if is_member(*m, &[Lib::TaskCompletionSource], name)
                    && (name.starts_with("Set") || name.starts_with("TrySet"))
                {
                    if let (ExprKind::Local(tcs), Some(st)) = (&r.kind, env.as_mut()) {
                        st.done.insert(
                            *tcs,
                            format!("its TaskCompletionSource was completed at line {line}"),
                        );
                    }
                }
                if is_member(*m, &[Lib::Task], "Wait") {
                    self.blocking(e, r, ".Wait()", &env);
                    self.completed(r, &mut env, format!("waited for at line {line}"));
                } else if is_member(*m, AWAITERS, "GetResult") {
                    if let ExprKind::Call {
                        receiver: Some(task),
                        ..
                    } = &r.kind
                    {
                        self.blocking(e, task, ".GetAwaiter().GetResult()", &env);
                        self.completed(task, &mut env, format!("waited for at line {line}"));
                    }
                }
            }
            ExprKind::Assign {
                target: Place::Local(l),
                value,
            } => self.assign(*l, value, &mut env),
            _ => {}
        }
        env
    }

    fn blocking(&mut self, e: &Expr, task: &Expr, what: &'static str, env: &Env) {
        let st = env.clone().unwrap_or_default();
        let known = self.known(task, &st);
        let pending = must_suspend(self.program, task, self.classes, self.lines);
        self.out.blocking.push(Blocking {
            span: e.span,
            receiver: task.span,
            what,
            known,
            pending,
        });
    }

    fn classify(&self, op: &Expr, st: &State) -> Completes {
        if let Some(why) = self.known(op, st) {
            return Completes::Sync(why);
        }
        if let Some(why) = must_suspend(self.program, op, self.classes, self.lines) {
            return Completes::Suspends(why);
        }
        Completes::Runtime(self.runtime_why(op))
    }

    /// Why a task is complete, if it statically is.
    fn known(&self, e: &Expr, st: &State) -> Option<String> {
        let e = strip_wrappers(e);
        match &e.kind {
            ExprKind::Local(t) => return st.done.get(t).cloned(),
            ExprKind::Property { member, .. }
                if is_member(*member, &[Lib::Task], "CompletedTask") =>
            {
                return Some("Task.CompletedTask is already complete".into())
            }
            ExprKind::ArrayElement { array, .. } | ExprKind::Indexer { target: array, .. } => {
                if let ExprKind::Local(l) = array.kind {
                    if let Some(why) = st.lists.get(&l) {
                        return Some(format!("its tasks completed ({why})"));
                    }
                }
                return None;
            }
            ExprKind::Conditional {
                then, otherwise, ..
            } => {
                let a = self.known(then, st)?;
                self.known(otherwise, st)?;
                return Some(a);
            }
            ExprKind::New {
                ctor: Callee::Builtin(_),
                args,
                ..
            } if crate::lib_names::is_value_task(&e.ty) => {
                return match args.first() {
                    Some(a) if is_task(&a.ty) => self.known(a, st),
                    _ => Some(
                        "a ValueTask made from a value holds its result: no task at all".into(),
                    ),
                };
            }
            ExprKind::Property {
                receiver: Some(r),
                member: m,
                ..
            } if is_member(*m, &[Lib::TaskCompletionSource], "Task") => {
                if let ExprKind::Local(tcs) = r.kind {
                    return st.done.get(&tcs).cloned();
                }
                return None;
            }
            ExprKind::Await { expr: op, .. }
                if lib_call(strip_wrappers(op), TASKS, "WhenAny").is_some() =>
            {
                return Some("the task Task.WhenAny returns has completed".into())
            }
            ExprKind::Call {
                callee: Callee::User(m),
                ..
            } => {
                let why = self.classes.of(*m)?.never.as_ref()?;
                return Some(format!(
                    "`{}` never suspends: {why}",
                    display_name(self.program, *m)
                ));
            }
            _ => {}
        }
        if lib_call(e, &[Lib::Task], "FromResult").is_some() {
            return Some("Task.FromResult returns a completed task".into());
        }
        if let Some((_, args)) = lib_call(e, &[Lib::Task], "Delay") {
            if args.first().and_then(const_int) == Some(0) {
                return Some("Task.Delay(0) returns a completed task".into());
            }
        }
        if let Some((Some(r), _)) = lib_call(e, VALUE_TASKS, "AsTask") {
            return self.known(r, st);
        }
        if let Some((_, args)) = lib_call(e, TASKS, "WhenAll") {
            let items = match args {
                [a] => match &a.kind {
                    ExprKind::ArrayInit { items, .. } => items.as_slice(),
                    _ => return None,
                },
                _ => return None,
            };
            if items.iter().all(|i| self.known(i, st).is_some()) {
                return Some("every task it waits for is complete".into());
            }
        }
        None
    }

    fn runtime_why(&self, op: &Expr) -> String {
        let e = strip_wrappers(op);
        let text = self.lines.text(e.span, 60);
        if let ExprKind::Local(_) = e.kind {
            return format!("`{text}` may or may not have completed by then");
        }
        if lib_call(e, &[Lib::Task], "Delay").is_some() {
            return format!("{text}: the delay is known only at run time (0 completes at once)");
        }
        if lib_call(e, TASKS, "WhenAll").is_some() || lib_call(e, TASKS, "WhenAny").is_some() {
            return format!("{text} completes when its inputs do");
        }
        if let ExprKind::Call {
            callee: Callee::User(m),
            ..
        } = &e.kind
        {
            let name = display_name(self.program, *m);
            let class = self.classes.of(*m);
            let target = self.program.method(*m);
            if let Some(r) = class.and_then(|c| c.sync_returns.first()) {
                let (line, _) = self.lines.line_col(r.start);
                return if target.is_async {
                    format!("`{name}` completes synchronously when it returns at line {line}, before any await; otherwise it suspends")
                } else {
                    format!("`{name}` returns a completed task on the path at line {line}; otherwise a task that may be pending")
                };
            }
            return if target.is_async {
                format!("`{name}` suspends only when one of its own awaits does")
            } else {
                format!("`{name}` returns a task that may or may not be complete")
            };
        }
        if is_task(&e.ty) {
            return format!("`{text}` may or may not be complete when awaited");
        }
        "depends on run time".into()
    }
}

fn when_all_inputs(args: &[Expr]) -> Vec<LocalId> {
    let mut out = Vec::new();
    for a in args {
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
        st.done
            .insert(t, "checked with IsCompleted just before".into());
    }
}

/// `t.IsCompleted` (for a task local `t`).
fn is_completed_test(cond: &Expr) -> Option<LocalId> {
    match &cond.kind {
        ExprKind::Property {
            receiver: Some(r),
            member,
            ..
        } if is_member(*member, ALL_TASKS, "IsCompleted") => match r.kind {
            ExprKind::Local(l) => Some(l),
            _ => None,
        },
        _ => None,
    }
}
