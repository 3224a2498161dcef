//! UA0203 (Pattern 3, Trap E): an await in a loop of independent calls that `Task.WhenAll`
//! could run together, and why a loop's awaits are not independent when they are not.

use std::collections::HashSet;

use unawait_sema::hir::{Callee, Expr, ExprKind, LocalId, MethodId, Place, Stmt, StmtKind};
use unawait_sema::types::{Lib, Ty};

use unawait_facts::library::{is_value_task, strip_wrappers};
use unawait_facts::walk::{self as facts, contains_await, read_locals, Jump, LoopKind};

use crate::analysis::Analysis;

use super::*;

pub(super) fn loops(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    if !m.is_async {
        return;
    }
    let f = a.walk(id);
    for (li, lp) in f.loops.iter().enumerate() {
        // An async iterator's loop that yields hands out each result as it comes: awaiting
        // them together would hold every element back until the last one is ready.
        if yields(lp.stmt) {
            continue;
        }
        if let Ok((await_expr, call)) = independent_loop_await(a, id, li) {
            let text = a.text(call.span);
            // A ValueTask may be consumed only once and is not kept in a list (UA0204): the
            // tasks to collect are its `.AsTask()`.
            let collect = match &strip_wrappers(call).ty {
                Ty::Lib(Lib::ValueTask, args) => format!(
                    "collect each call's `.AsTask()` in a `List<{}>`",
                    Ty::Lib(Lib::Task, args.clone())
                ),
                Ty::Lib(Lib::ValueTaskOf, args) => format!(
                    "collect each call's `.AsTask()` in a `List<{}>`",
                    Ty::Lib(Lib::TaskOf, args.clone())
                ),
                ty => format!("collect the tasks in a `List<{ty}>`"),
            };
            // An await whose call completes synchronously on some paths (a cache, a buffer)
            // only may suspend: WhenAll would lose that fast path (Optimization 1).
            let must = !matches!(
                a.completes(id, await_expr.id),
                Some(unawait_facts::Completion::Depends(
                    unawait_facts::Depends::CalleeReturnsEarly { .. }
                ))
            );
            let (how_often, label) = match (
                a.every_iteration(id, li, &[(await_expr.id, await_expr.span)]),
                must,
            ) {
                (true, true) => ("once per iteration", "suspends once per iteration"),
                (true, false) => ("once per iteration", "may suspend once per iteration"),
                (false, true) => (
                    "on each iteration that reaches it",
                    "suspends on each iteration that reaches it",
                ),
                (false, false) => (
                    "on each iteration that reaches it",
                    "may suspend on each iteration that reaches it",
                ),
            };
            let mut notes = vec![
                "with WhenAll the calls run concurrently: their side effects interleave"
                    .to_string(),
            ];
            if !must {
                notes.push("the call may complete synchronously (it suspends only on some paths): then it costs no suspension, and WhenAll would make each call return a task of its own; batch only when the calls usually suspend".into());
            }
            out.push(Lint {
                code: LOOP,
                span: await_expr.span,
                message: format!(
                    "the loop at line {} awaits `{text}` {how_often}: {} and one operation at a time",
                    a.line(lp.stmt.span),
                    if must { "one suspension" } else { "up to one suspension" }
                ),
                label: label.into(),
                hint: format!(
                    "the iterations do not depend on each other's results: start every call first ({collect}), then `await Task.WhenAll(tasks)` once"
                ),
                tutorial: "Pattern 3, Trap E, checklist 5 and 8",
                notes,
            });
        }
    }
}

/// The first await in loop `li` (directly, not in an inner loop) of a call to a method of the
/// program that may suspend, when no iteration depends on another's results; otherwise why the
/// loop's awaits are not independent work.
pub fn independent_loop_await<'p>(
    a: &Analysis<'p>,
    id: MethodId,
    li: usize,
) -> Result<(&'p Expr, &'p Expr), &'static str> {
    let f = a.walk(id);
    let lp = &f.loops[li];
    if lp.kind == LoopKind::Goto {
        return Err(
            "a loop made of `goto`s runs until a condition changes, not over a known set of items",
        );
    }
    if !matches!(lp.kind, LoopKind::For | LoopKind::Foreach) {
        return Err("a `while` loop runs until a condition changes, not over a known set of items");
    }
    // Leaving early (break, return, throw) makes the next iteration depend on this one.
    let leaves = f.jumps.iter().any(|(j, _, pos)| match j {
        Jump::Break => pos.innermost_loop() == Some(li),
        Jump::Return | Jump::Throw | Jump::Goto => pos.loops.contains(&li),
        Jump::Continue => false,
    });
    if leaves {
        return Err("the loop may stop early on a result (`break`, `return`, `throw`, `goto`)");
    }
    const DEPENDS: &str = "each iteration needs a result of the previous one";
    let taint = tainted(lp.stmt);
    if let StmtKind::For { cond, update, .. } = &lp.stmt.kind {
        let reads: Vec<LocalId> = cond
            .iter()
            .chain(update.iter())
            .flat_map(read_locals)
            .collect();
        if reads.iter().any(|r| taint.contains(r)) {
            return Err(DEPENDS);
        }
    }
    // Awaits in the loop's body: one in a `for` condition or update is loop control.
    let body = match &lp.stmt.kind {
        StmtKind::For { body, .. } | StmtKind::Foreach { body, .. } => body.span,
        _ => return Err(DEPENDS),
    };
    let mut why = "its awaits are of tasks already started, or of no work of this program";
    for aw in f
        .awaits
        .iter()
        .filter(|x| x.pos.innermost_loop() == Some(li))
    {
        if aw.expr.span.start < body.start || aw.expr.span.end > body.end {
            why = "the awaits are in the loop's condition or update";
            continue;
        }
        // The program's `GetAwaiter()` (a custom awaitable): no task to collect.
        if a.completes_sync(id, aw.expr.id) || matches!(aw.info.get_awaiter, Callee::User(_)) {
            continue;
        }
        let op = strip_wrappers(aw.operand);
        let call = match &op.kind {
            ExprKind::Call {
                callee: Callee::User(_),
                ..
            } => op,
            // `var t = F(x); ... await t;` in the same iteration.
            ExprKind::Local(t) => match started_in_loop(lp.stmt, *t) {
                Some(c) => c,
                None => continue,
            },
            _ => continue,
        };
        let ExprKind::Call {
            callee: Callee::User(target),
            args,
            ..
        } = &call.kind
        else {
            continue;
        };
        match independent_callee(a, *target) {
            Ok(()) => {}
            Err(None) => continue,
            Err(Some(w)) => {
                why = w;
                continue;
            }
        }
        if args
            .iter()
            .flat_map(read_locals)
            .any(|r| taint.contains(&r))
        {
            why = DEPENDS;
            continue;
        }
        return Ok((aw.expr, call));
    }
    Err(why)
}

/// Whether calls of `target` are work `Task.WhenAll` could run together with others: `Err(None)`
/// when a call never suspends (nothing to run together), `Err(Some(why))` when it is not
/// independent: a ValueTask method that does not always suspend (it is meant to complete
/// synchronously), or one whose result depends on static state another call may change.
pub(super) fn independent_callee(
    a: &Analysis<'_>,
    target: MethodId,
) -> Result<(), Option<&'static str>> {
    let class = a.class(target);
    if class.is_some_and(|c| c.never.is_some()) {
        return Err(None);
    }
    // The ValueTask is a promise to complete synchronously; one that always suspends breaks
    // it, and its loop is Trap E like any other.
    if is_value_task(&a.program.method(target).return_type)
        && class.is_none_or(|c| c.always.is_none())
    {
        return Err(Some(
            "it awaits a ValueTask method, which is meant to complete synchronously",
        ));
    }
    if result_reads_shared_state(a, target) {
        return Err(Some(
            "each call's result depends on state the previous calls changed",
        ));
    }
    Ok(())
}

/// Whether what a method returns depends on static state a previous call may have changed:
/// a return value, or the condition of a branch or loop that returns, reads a mutable static
/// field (directly or through a method it calls). Such calls are not independent work.
fn result_reads_shared_state(a: &Analysis<'_>, m: MethodId) -> bool {
    let Some(body) = &a.program.method(m).body else {
        return false;
    };
    let reads_state = |e: &Expr| {
        let mut found = false;
        facts::visit_exprs(e, &mut |x| match &x.kind {
            ExprKind::StaticField(f) if !a.program.field(*f).is_readonly => found = true,
            ExprKind::Call {
                callee: Callee::User(c),
                ..
            } if reads_static(a, *c) => {
                found = true;
            }
            _ => {}
        });
        found
    };
    let mut dependent = false;
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            let returns = || {
                let mut r = false;
                facts::visit_stmts(st, &mut |x| {
                    if matches!(x.kind, StmtKind::Return(Some(_))) {
                        r = true;
                    }
                });
                r
            };
            match &st.kind {
                StmtKind::Return(Some(e)) if reads_state(e) => dependent = true,
                StmtKind::If { cond, .. }
                | StmtKind::While { cond, .. }
                | StmtKind::DoWhile { cond, .. }
                    if reads_state(cond) && returns() =>
                {
                    dependent = true
                }
                _ => {}
            }
        });
    }
    dependent
}

/// A method's body reads a mutable static field.
fn reads_static(a: &Analysis<'_>, m: MethodId) -> bool {
    let Some(body) = &a.program.method(m).body else {
        return false;
    };
    let mut found = false;
    for s in &body.stmts {
        facts::visit_all_exprs(s, &mut |x| {
            if let ExprKind::StaticField(f) = x.kind {
                if !a.program.field(f).is_readonly {
                    found = true;
                }
            }
        });
    }
    found
}

/// The call a task local was assigned from inside a loop body, if it was (once).
fn started_in_loop(loop_stmt: &Stmt, t: LocalId) -> Option<&Expr> {
    let mut found = None;
    let mut count = 0;
    facts::visit_stmts(loop_stmt, &mut |s| {
        if let StmtKind::Local {
            local,
            init: Some(e),
        } = &s.kind
        {
            if *local == t {
                count += 1;
                found = Some(e);
            }
        }
    });
    facts::visit_all_exprs(loop_stmt, &mut |e| {
        if let ExprKind::Assign {
            target: Place::Local(l),
            value,
        } = &e.kind
        {
            if *l == t {
                count += 1;
                found = Some(value);
            }
        }
    });
    let e = found.filter(|_| count == 1)?;
    matches!(
        e.kind,
        ExprKind::Call {
            callee: Callee::User(_),
            ..
        }
    )
    .then_some(e)
}

/// Locals a statement tree assigns from an await or from another such local, to a fixpoint: the
/// values that carry one iteration's results into the next.
fn tainted(stmt: &Stmt) -> HashSet<LocalId> {
    let mut assigns: Vec<(LocalId, &Expr)> = Vec::new();
    facts::visit_stmts(stmt, &mut |s| {
        if let StmtKind::Local {
            local,
            init: Some(e),
        } = &s.kind
        {
            assigns.push((*local, e));
        }
    });
    facts::visit_all_exprs(stmt, &mut |e| match &e.kind {
        ExprKind::Assign {
            target: Place::Local(l),
            value,
        }
        | ExprKind::CompoundAssign {
            target: Place::Local(l),
            value,
            ..
        } => assigns.push((*l, value)),
        _ => {}
    });
    let mut t: HashSet<LocalId> = HashSet::new();
    loop {
        let mut changed = false;
        for (l, v) in &assigns {
            if !t.contains(l) && (contains_await(v) || read_locals(v).iter().any(|r| t.contains(r)))
            {
                t.insert(*l);
                changed = true;
            }
        }
        if !changed {
            return t;
        }
    }
}

/// The loop's body has a `yield return`.
fn yields(s: &Stmt) -> bool {
    let mut found = false;
    facts::visit_stmts(s, &mut |st| {
        found |= matches!(st.kind, StmtKind::YieldReturn(_));
    });
    found
}
