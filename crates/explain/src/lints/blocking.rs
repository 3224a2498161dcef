//! UA0202: a blocking wait (`.Result`, `.Wait()`, `.Wait(token)`, `.GetAwaiter().GetResult()`) on a task the
//! facts do not know complete; when the task is a call of a method of the program, whether the
//! awaits below it can post a continuation back to the blocked thread (`facts::context`).

use unawait_facts::context::Below;
use unawait_facts::flow::Blocking;
use unawait_facts::library::blocked_task;
use unawait_sema::hir::{Expr, LocalId, MethodId, Place};

use crate::analysis::Analysis;

use super::*;

pub(super) fn blocking(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let mut continuations = None;
    for b in &a.flow(id).blocking {
        if b.known.is_some() || antecedent(a, id, b, &mut continuations) {
            continue;
        }
        let task = a.text(b.receiver);
        // `.Wait(token)` is written with its argument.
        let written = match b.how {
            unawait_facts::Wait::Wait => a.text(b.span),
            how => format!("{task}{}", how.written()),
        };
        let mut notes: Vec<String> = b
            .pending
            .iter()
            .map(|why| {
                format!(
                    "the task is certainly not complete here: {}",
                    crate::prose::suspends(a, why)
                )
            })
            .collect();
        if let Some((call, callee)) = blocked_call(a, id, b) {
            notes.extend(context_note(a, &a.below_call(callee), call));
        }
        let state = if b.pending.is_some() {
            "a task that cannot be complete yet"
        } else {
            "a task that is not known to be complete"
        };
        let (message, hint) = if m.is_async {
            (
                format!("`{written}` blocks the thread of an async method on {state}"),
                format!("await it instead: `await {task}`; blocking ties up the thread, and deadlocks when the task's continuation needs this thread (a single-threaded SynchronizationContext)"),
            )
        } else {
            (
                format!("`{written}` blocks the calling thread on {state}"),
                format!("await it from an async caller instead (`await {task}`); under a single-threaded SynchronizationContext (`--sync-context single`), blocking the main thread on a task whose continuation is posted back to it deadlocks"),
            )
        };
        out.push(Lint {
            code: BLOCKING,
            span: b.span,
            message,
            label: format!("blocks until `{task}` completes"),
            hint,
            tutorial: "section 9 (deadlocks), checklist 9",
            notes,
        });
    }
}

/// Whether `b` waits on the antecedent of a `ContinueWith` continuation (`t => t.Result + 1`):
/// the continuation's first parameter, never assigned, is a task that completed before the
/// continuation ran. `continuations` caches the program's continuation methods.
fn antecedent(
    a: &Analysis<'_>,
    id: MethodId,
    b: &Blocking,
    continuations: &mut Option<Vec<MethodId>>,
) -> bool {
    let m = a.program.method(id);
    let Some(&p) = m.params.first() else {
        return false;
    };
    let f = a.walk(id);
    let Some((task, _)) = (f.calls.iter())
        .find(|c| c.expr.id == b.expr)
        .and_then(|site| blocked_task(site.expr))
    else {
        return false;
    };
    if !matches!(strip_wrappers(task).kind, ExprKind::Local(l) if l == p) {
        return false;
    }
    let mut assigned = false;
    for s in m.body.iter().flat_map(|b| &b.stmts) {
        facts::visit_all_exprs(s, &mut |e| {
            assigned |= matches!(&e.kind,
                ExprKind::Assign { target: Place::Local(l), .. }
                | ExprKind::CompoundAssign { target: Place::Local(l), .. } if *l == p);
        });
    }
    !assigned
        && continuations
            .get_or_insert_with(|| continuation_methods(a.program))
            .contains(&id)
}

/// The methods of the program passed as a `ContinueWith` continuation: lambdas (after closure
/// conversion, a method group) and named methods.
fn continuation_methods(program: &unawait_sema::hir::Program) -> Vec<MethodId> {
    let mut out = Vec::new();
    for m in &program.methods {
        for s in m.body.iter().flat_map(|b| &b.stmts) {
            facts::visit_all_exprs(s, &mut |e| {
                let ExprKind::Call {
                    callee: Callee::Builtin(c),
                    args,
                    ..
                } = &e.kind
                else {
                    return;
                };
                if unawait_sema::builtins::library().get(*c).name != "ContinueWith" {
                    return;
                }
                if let Some(first) = args.first() {
                    facts::visit_exprs(first, &mut |x| {
                        if let ExprKind::MethodGroup {
                            method: Callee::User(c),
                            ..
                        } = &x.kind
                        {
                            out.push(*c);
                        }
                    });
                }
            });
        }
    }
    out
}

/// The call of a method of the program whose task `b` blocks on, made on the thread that
/// blocks: `F(x).Result`, or `t.Result` where `t` is assigned once, from `F(x)`, with no await
/// between the call and the wait (after an await the method may run on another thread).
fn blocked_call<'p>(a: &Analysis<'p>, id: MethodId, b: &Blocking) -> Option<(&'p Expr, MethodId)> {
    let f = a.walk(id);
    let site = f.calls.iter().find(|c| c.expr.id == b.expr)?;
    let (task, _) = blocked_task(site.expr)?;
    let task = strip_wrappers(task);
    let call = match &task.kind {
        ExprKind::Local(t) => {
            let call = assigned_once(a, id, *t)?;
            let between =
                |s: unawait_syntax::Span| s.start >= call.span.end && s.end <= b.span.start;
            // In a loop, an await anywhere in it can run between (on the previous iteration).
            let loops = &site.pos.loops;
            let moved = f
                .awaits
                .iter()
                .any(|aw| between(aw.expr.span) || aw.pos.loops.iter().any(|l| loops.contains(l)));
            if moved || call.span.end > b.span.start {
                return None;
            }
            call
        }
        _ => task,
    };
    match &call.kind {
        ExprKind::Call {
            callee: Callee::User(m),
            ..
        } => Some((call, *m)),
        _ => None,
    }
}

/// The value of a local assigned exactly once in the method (its declaration's or one
/// assignment's).
fn assigned_once<'p>(a: &Analysis<'p>, id: MethodId, t: LocalId) -> Option<&'p Expr> {
    let body = a.program.method(id).body.as_ref()?;
    let mut found = Vec::new();
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            if let StmtKind::Local {
                local,
                init: Some(e),
            } = &st.kind
            {
                if *local == t {
                    found.push(strip_wrappers(e));
                }
            }
        });
        facts::visit_all_exprs(s, &mut |e| match &e.kind {
            ExprKind::Assign {
                target: Place::Local(l),
                value,
            } if *l == t => found.push(strip_wrappers(value)),
            ExprKind::CompoundAssign {
                target: Place::Local(l),
                ..
            }
            | ExprKind::IncDec {
                target: Place::Local(l),
                ..
            } if *l == t => found.push(e),
            _ => {}
        });
    }
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// What the awaits below the blocked call do with the blocked thread's context: nothing (the
/// wait cannot deadlock on a single-threaded context), or some use `ConfigureAwait(false)` but
/// one on the blocked thread does not.
fn context_note(a: &Analysis<'_>, below: &Below, call: &Expr) -> Option<String> {
    let text = a.text(call.span);
    if below.never_captures {
        let every = match (below.awaits, below.methods) {
            (0, _) => format!("`{text}` has no await"),
            (1, _) => format!("the one await below `{text}` uses ConfigureAwait(false) or completes at once"),
            (n, 1) => format!("every await below `{text}` ({n}) uses ConfigureAwait(false) or completes at once"),
            (n, m) => format!("every await below `{text}` ({n}, in {m} methods) uses ConfigureAwait(false) or completes at once"),
        };
        return Some(format!(
            "{every}: no continuation is posted back to this thread's context, so this wait cannot deadlock on a single-threaded one; it still ties up the thread until the task completes"
        ));
    }
    let (captures, _) = (below.captures?, below.configured?);
    let af = a.await_by_id(captures.method, captures.expr)?;
    let verb = if captures.suspends {
        "captures"
    } else {
        "can capture"
    };
    Some(format!(
        "ConfigureAwait(false) on some awaits below `{text}` does not prevent a deadlock on a single-threaded context: `{}`'s await at line {} (`{}`) does not use it and {verb} the context",
        display_name(a.program, captures.method),
        a.line(captures.span),
        a.awaited_text(af)
    ))
}
