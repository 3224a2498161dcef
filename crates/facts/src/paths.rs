//! A walk over the paths of a method's body in evaluation order, following whether each path
//! has passed an expression that counts (an await that must suspend, any await, one of some
//! expressions). Only the branches of the code are paths: both arms of an `if` or `?:`, the right
//! operand of `&&`/`||` or not, a `while`, `for` or `foreach` body zero or more times (unless the
//! condition is constant true, or the first test of a `for` loop is known to pass), a `do` body
//! at least once. A loop body is walked once: each point of it is reached first by the first
//! iteration, with the least behind it. A path that leaves a `try` (by `return`, `throw`,
//! `break` or `continue`) runs its `finally` block first. Told which expressions can throw
//! (`throws.rs`), a walk also counts each of them, reached before an expression that counts, as
//! a way out of the method, as a `throw` is (unless a catch-all clause around it catches it).
//! A `switch`'s sections are branches from its subject (`break` leaves the switch); a `goto`
//! runs the `finally` blocks around it and ends its path; a label may be reached by any `goto`,
//! so some path gets there without having passed anything.

use std::collections::HashMap;

use unawait_sema::constants::ConstValue;
use unawait_sema::hir::{BinOp, Expr, ExprId, ExprKind, Stmt, StmtKind};
use unawait_syntax::Span;

use crate::walk::{for_each_child, MethodWalk};

/// Where the paths of a body stand at one point of a walk.
#[derive(Clone, Debug, Default)]
pub enum Reach<T> {
    /// No path gets here.
    #[default]
    Never,
    /// Some path gets here without having passed an expression that counts.
    NotYet,
    /// Every path that gets here has passed one: the first of each path, in source order.
    Passed(Vec<(Span, ExprId, T)>),
}

impl<T: Clone> Reach<T> {
    /// Where two sets of paths that meet stand.
    pub fn join(self, other: Reach<T>) -> Reach<T> {
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

/// What can throw, for a walk that follows exceptions (`throws.rs`).
pub trait MayThrow {
    /// Evaluating the node `e`, once its operands are, can throw.
    fn here(&self, e: &Expr) -> bool;
    /// Iterating the `foreach` statement `s` (its collection evaluated) can throw.
    fn foreach(&self, s: &Stmt) -> bool;
}

pub struct Paths<'c, T> {
    counts: &'c dyn Fn(&Expr) -> Option<T>,
    /// Whether evaluating an expression (its operands already evaluated) can throw; `None`
    /// when the walk is not told, and then only `throw` statements leave.
    throws: Option<&'c dyn MayThrow>,
    /// For each `try` body being walked, innermost last: whether a catch clause catches every
    /// exception (an exception thrown there does not leave the method).
    caught: Vec<bool>,
    /// Where the paths stand at each await, before it counts (when asked for).
    pub at_awaits: Option<HashMap<ExprId, Reach<T>>>,
    /// Whether catch clauses are always paths, entered where their `try` starts. When not, a
    /// catch clause is left out only where nothing can throw before the `try` passes an
    /// expression that counts (`passes_first`).
    handlers: bool,
    /// Returns and throws a path reaches without having passed an expression that counts, and
    /// whether each is a return.
    pub early: Vec<(Span, bool)>,
    /// Where the paths stand when they leave the method: returns, throws, the end of the body.
    pub out: Reach<T>,
    /// Where the paths stand at the end of the body.
    pub end: Reach<T>,
    /// For each loop (or `switch`: `true`) being walked, innermost last: its `break`s and its
    /// `continue`s.
    loops: Vec<(Reach<T>, Reach<T>, bool)>,
    /// The `finally` blocks around the point being walked, innermost last, each with how many
    /// loops and `try` bodies enclosed its `try`: a jump out of the `try` runs them.
    finallies: Vec<(&'c [Stmt], usize, usize)>,
}

impl<'c, T: Clone> Paths<'c, T> {
    pub fn new(handlers: bool, counts: &'c dyn Fn(&Expr) -> Option<T>) -> Self {
        Paths {
            counts,
            throws: None,
            caught: Vec::new(),
            at_awaits: None,
            handlers,
            early: Vec::new(),
            out: Reach::Never,
            end: Reach::Never,
            loops: Vec::new(),
            finallies: Vec::new(),
        }
    }

    pub fn walk(body: &'c [Stmt], handlers: bool, counts: &'c dyn Fn(&Expr) -> Option<T>) -> Self {
        Paths::new(handlers, counts).run(body)
    }

    /// `walk`, told which expressions can throw: each one reached before an expression that
    /// counts is a way out (`early`), and it decides whether a `try` can throw before its
    /// first await (`passes_first`).
    pub fn walk_knowing(
        body: &'c [Stmt],
        handlers: bool,
        counts: &'c dyn Fn(&Expr) -> Option<T>,
        throws: &'c dyn MayThrow,
    ) -> Self {
        let mut p = Paths::new(handlers, counts);
        p.throws = Some(throws);
        p.run(body)
    }

    /// Records where the paths stand at each await (`at_awaits`).
    pub fn recording(mut self) -> Self {
        self.at_awaits = Some(HashMap::new());
        self
    }

    pub fn run(mut self, body: &'c [Stmt]) -> Self {
        self.end = self.stmts(body, Reach::NotYet);
        self.out = std::mem::take(&mut self.out).join(self.end.clone());
        self
    }

    fn stmts(&mut self, stmts: &'c [Stmt], mut r: Reach<T>) -> Reach<T> {
        for s in stmts {
            r = self.stmt(s, r);
        }
        r
    }

    /// The `finally` blocks a jump passes on its way out of the `try` blocks it leaves: all of
    /// them for a `return` or `throw`, those inside the target loop for `break`/`continue`.
    fn through_finallies(&mut self, mut r: Reach<T>, to_loop_depth: Option<usize>) -> Reach<T> {
        let outer = self.finallies.clone();
        for (i, &(f, loops, tries)) in outer.iter().enumerate().rev() {
            if to_loop_depth.is_some_and(|d| loops < d) {
                break;
            }
            // While the finally runs, the finallies around it are still pending, and its own
            // try's catch clauses no longer catch.
            let saved = std::mem::replace(&mut self.finallies, outer[..i].to_vec());
            let caught = self.caught.clone();
            self.caught.truncate(tries);
            r = self.stmts(f, r);
            self.caught = caught;
            self.finallies = saved;
        }
        r
    }

    /// An exception that `throws` says can happen at `span`, with nothing passed yet, ends the
    /// call unless a catch-all clause around it catches it.
    fn may_leave(&mut self, span: Span, throws: bool) {
        if throws && !self.caught.contains(&true) {
            self.leave(span, false, Reach::NotYet);
        }
    }

    fn leave(&mut self, span: Span, is_return: bool, r: Reach<T>) -> Reach<T> {
        let r = self.through_finallies(r, None);
        if matches!(r, Reach::NotYet) {
            self.early.push((span, is_return));
        }
        self.out = std::mem::take(&mut self.out).join(r);
        Reach::Never
    }

    fn stmt(&mut self, s: &'c Stmt, r: Reach<T>) -> Reach<T> {
        if let StmtKind::Label(_) = s.kind {
            return r.join(Reach::NotYet);
        }
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
                let (end, breaks, continues) = self.loop_body(body, r.clone());
                if first_test_passes(init, cond.as_ref()) {
                    // The body runs at least once, as a `do` loop's does.
                    let again = end.join(continues);
                    let r = match cond {
                        Some(c) => self.expr(c, again),
                        None => again,
                    };
                    loop_exit(cond.as_ref(), r, breaks)
                } else {
                    loop_exit(cond.as_ref(), r, breaks)
                }
            }
            StmtKind::Foreach {
                collection, body, ..
            } => {
                let r = self.expr(collection, r);
                if matches!(r, Reach::NotYet) {
                    let throws = self.throws.is_some_and(|t| t.foreach(s));
                    self.may_leave(s.span, throws);
                }
                let (_, breaks, _) = self.loop_body(body, r.clone());
                r.join(breaks)
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                // `break` leaves the innermost loop or switch, `continue` the innermost loop.
                let Some(target) = self.loops.iter().rposition(|l| is_break || !l.2) else {
                    return Reach::Never;
                };
                let r = self.through_finallies(r, Some(target + 1));
                let (breaks, continues, _) = &mut self.loops[target];
                let to = if is_break { breaks } else { continues };
                *to = std::mem::take(to).join(r);
                Reach::Never
            }
            // Its label (or section) is reached by some path anyway (`Label` above); the
            // `finally` blocks it may leave run (all of them, to be safe).
            StmtKind::Goto(_) | StmtKind::GotoSection(_) => {
                self.through_finallies(r, None);
                Reach::Never
            }
            StmtKind::Label(_) => r,
            StmtKind::Switch { subject, sections } => {
                let r = self.expr(subject, r);
                self.loops.push((Reach::Never, Reach::Never, true));
                let mut after = Reach::Never;
                for sec in sections {
                    let end = self.stmts(&sec.body, r.clone());
                    after = after.join(end);
                }
                if let Some((breaks, _, _)) = self.loops.pop() {
                    after = after.join(breaks);
                }
                if !sections
                    .iter()
                    .any(|s| s.labels.iter().any(Option::is_none))
                {
                    after = after.join(r);
                }
                after
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                if let Some(f) = finally {
                    self.finallies
                        .push((&f.stmts, self.loops.len(), self.caught.len()));
                }
                let catch_all = catches.iter().any(crate::throws::catches_all);
                self.caught.push(catch_all);
                let mut after = self.stmts(&body.stmts, r.clone());
                self.caught.pop();
                if self.handlers || !self.passes_first(&body.stmts) {
                    for c in catches {
                        let handled = self.stmts(&c.body.stmts, r.clone());
                        after = after.join(handled);
                    }
                }
                match finally {
                    Some(f) => {
                        self.finallies.pop();
                        self.stmts(&f.stmts, after)
                    }
                    None => after,
                }
            }
            // Tier 2 and 3 statements (never in a program that checks): as if a path could
            // leave the method there.
            StmtKind::Using { .. } | StmtKind::YieldReturn(_) | StmtKind::YieldBreak => {
                self.leave(s.span, false, r.clone());
                r
            }
        }
    }

    /// Whether a `try` body's first statement is an await that counts (`await E;`,
    /// `var x = await E;`) of an operand that cannot throw before it is awaited: then no
    /// exception reaches a catch clause before that await has passed.
    fn passes_first(&self, body: &[Stmt]) -> bool {
        let Some(first) = body.first().and_then(crate::walk::statement_await) else {
            return false;
        };
        let ExprKind::Await { expr: op, .. } = &first.kind else {
            return false;
        };
        let op_throws = match self.throws {
            Some(throws) => {
                let mut found = false;
                crate::walk::visit_exprs(op, &mut |x| found |= throws.here(x));
                found
            }
            None => !cannot_throw(op),
        };
        (self.counts)(first).is_some() && !op_throws
    }

    /// Walks a loop body from `r`; where its end, its `break`s and its `continue`s stand.
    fn loop_body(&mut self, body: &'c Stmt, r: Reach<T>) -> (Reach<T>, Reach<T>, Reach<T>) {
        self.loops.push((Reach::Never, Reach::Never, false));
        let end = self.stmt(body, r);
        let (breaks, continues, _) = self.loops.pop().unwrap_or_default();
        (end, breaks, continues)
    }

    fn expr(&mut self, e: &'c Expr, r: Reach<T>) -> Reach<T> {
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
            _ => {
                let mut r = r;
                for_each_child(e, &mut |c| r = self.expr(c, std::mem::take(&mut r)));
                r
            }
        };
        if let (Some(at), ExprKind::Await { .. }) = (&mut self.at_awaits, &e.kind) {
            let before = at.remove(&e.id).unwrap_or_default();
            at.insert(e.id, before.join(r.clone()));
        }
        match r {
            Reach::NotYet => match (self.counts)(e) {
                Some(why) => Reach::Passed(vec![(e.span, e.id, why)]),
                None => {
                    // An exception here, with nothing passed yet, ends the call.
                    let throws = self.throws.is_some_and(|t| t.here(e));
                    self.may_leave(e.span, throws);
                    Reach::NotYet
                }
            },
            r => r,
        }
    }
}

/// Whether every iteration of loop `li` of a method evaluates one of the expressions `exprs`
/// (an await, an allocation): one in the loop's condition or update does; one in its body,
/// unless it is under a condition there or after a `continue`.
pub fn every_iteration(walk: &MethodWalk<'_>, li: usize, exprs: &[(ExprId, Span)]) -> bool {
    let Some(lp) = walk.loops.get(li) else {
        return true;
    };
    let body = match &lp.stmt.kind {
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::Foreach { body, .. } => body,
        // A cycle of `goto`s: nothing is said of its iterations.
        _ => return false,
    };
    let in_body = |(_, s): &(ExprId, Span)| body.span.start <= s.start && s.end <= body.span.end;
    if !exprs.iter().all(in_body) {
        return true;
    }
    let ids: Vec<ExprId> = exprs.iter().map(|(id, _)| *id).collect();
    every_iteration_evaluates(body, &ids)
}

/// Whether every iteration of a loop that goes on to the next (or ends the loop by its
/// condition) evaluates one of the expressions `targets`, in the loop's `body`.
pub fn every_iteration_evaluates(body: &Stmt, targets: &[ExprId]) -> bool {
    let counts = |e: &Expr| targets.contains(&e.id).then_some(());
    let mut paths = Paths::new(false, &counts);
    let (end, _, continues) = paths.loop_body(body, Reach::NotYet);
    matches!(end.join(continues), Reach::Passed(_))
}

/// Where the paths leaving a loop stand: those its condition ends (none when it is absent or
/// constant true) and its `break`s. The condition's first evaluation stands for every later
/// one, which only has more behind it.
fn loop_exit<T: Clone>(cond: Option<&Expr>, after_cond: Reach<T>, breaks: Reach<T>) -> Reach<T> {
    let forever = cond.is_none_or(|c| matches!(c.constant(), Some(ConstValue::Bool(true))));
    if forever {
        breaks
    } else {
        after_cond.join(breaks)
    }
}

/// `for (int i = A; i < B; ...)` with constants `A` and `B` for which the condition holds at
/// first: the body runs at least once. (The initializer declares `i`, so nothing else can
/// change it before the first test.)
fn first_test_passes(init: &[Stmt], cond: Option<&Expr>) -> bool {
    let Some(cond) = cond else {
        return false;
    };
    let [Stmt {
        kind: StmtKind::Local {
            local,
            init: Some(start),
        },
        ..
    }] = init
    else {
        return false;
    };
    let Some(start) = int_constant(start) else {
        return false;
    };
    let ExprKind::Binary { op, lhs, rhs, .. } = &cond.kind else {
        return false;
    };
    let (var_on_left, other) = match (&lhs.kind, &rhs.kind) {
        (ExprKind::Local(l), _) if l == local => (true, rhs),
        (_, ExprKind::Local(l)) if l == local => (false, lhs),
        _ => return false,
    };
    let Some(bound) = int_constant(other) else {
        return false;
    };
    let (a, b) = if var_on_left {
        (start, bound)
    } else {
        (bound, start)
    };
    match op {
        BinOp::Lt => a < b,
        BinOp::Le => a <= b,
        BinOp::Gt => a > b,
        BinOp::Ge => a >= b,
        BinOp::Ne => a != b,
        BinOp::Eq => a == b,
        _ => false,
    }
}

fn int_constant(e: &Expr) -> Option<i64> {
    match e.constant()? {
        ConstValue::Int(v) => Some(i64::from(*v)),
        ConstValue::Long(v) => Some(*v),
        _ => None,
    }
}

/// An expression that cannot throw when evaluated, for a walk not told which can: constants,
/// locals, and the library's completed tasks, `Task.Yield()` and delays of a constant of at
/// least -1, with such arguments. Anything else might.
fn cannot_throw(e: &Expr) -> bool {
    use unawait_sema::behavior::TaskBehavior;
    match &e.kind {
        ExprKind::Const(_) | ExprKind::Local(_) => true,
        ExprKind::Call { receiver, args, .. } => {
            let callee_ok = receiver.is_none()
                && match crate::library::task_of(e) {
                    Some((TaskBehavior::Completed | TaskBehavior::Yields, _)) => true,
                    Some((TaskBehavior::Timer { ms, .. }, u)) => u
                        .arg(ms)
                        .and_then(crate::library::const_int)
                        .is_some_and(|n| n >= -1),
                    _ => false,
                };
            callee_ok && args.iter().all(cannot_throw)
        }
        ExprKind::Convert { expr, .. } => cannot_throw(expr),
        _ => false,
    }
}
