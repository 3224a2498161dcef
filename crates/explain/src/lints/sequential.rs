//! UA0211 (Optimization 7, checklist 8): consecutive statements that await calls of the
//! program one after the other when none needs an earlier one's result; `Task.WhenAll` could
//! run them together. The callees are held to UA0203's test of independent work
//! (`loops::independent_callee`), the arguments to UA0206's test of side effects.

use std::collections::HashSet;

use unawait_sema::hir::{Expr, LocalId, MethodId, Place, Stmt};
use unawait_sema::types::{Lib, Ty};

use unawait_facts::walk::read_locals;

use crate::analysis::Analysis;

use super::invariant::is_pure_expr;
use super::loops::{independent_callee, independent_loop_await};
use super::*;

pub(super) fn sequential(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let Some(body) = m.body.as_ref().filter(|_| m.is_async) else {
        return;
    };
    for stmts in statement_lists(body) {
        let mut i = 0;
        while i < stmts.len() {
            let run = run_from(a, id, &stmts[i..]);
            if run.len() >= 2 && !in_serial_loop(a, id, &run[0]) {
                out.push(lint(a, id, &run));
                i += run.len();
            } else {
                i += 1;
            }
        }
    }
}

/// A statement that is one await of a call: `await F(x);`, `var v = await F(x);` or
/// `v = await F(x);`.
struct Step<'p> {
    await_expr: &'p Expr,
    call: &'p Expr,
    target: MethodId,
    args: &'p [Expr],
    /// The local the result goes to, and whether the statement declares it.
    result: Option<(LocalId, bool)>,
}

fn step<'p>(a: &Analysis<'p>, id: MethodId, s: &'p Stmt) -> Option<Step<'p>> {
    let (await_expr, result) = match &s.kind {
        StmtKind::Local {
            local,
            init: Some(e),
        } => (e, Some((*local, true))),
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Assign {
                target: Place::Local(l),
                value,
            } => (&**value, Some((*l, false))),
            _ => (e, None),
        },
        _ => return None,
    };
    let ExprKind::Await { expr: call, info } = &await_expr.kind else {
        return None;
    };
    // The program's `GetAwaiter()` (a custom awaitable): the call is no task to start.
    if matches!(info.get_awaiter, Callee::User(_)) {
        return None;
    }
    // The call itself, without ConfigureAwait: the rewrite starts and awaits it as written.
    let ExprKind::Call {
        callee: Callee::User(target),
        receiver: None,
        args,
        ..
    } = &call.kind
    else {
        return None;
    };
    if a.completes_sync(id, await_expr.id) || independent_callee(a, *target).is_err() {
        return None;
    }
    // Started earlier, the arguments are evaluated before the earlier calls complete: only
    // values that nothing in between can change, of types no call can change either.
    let fixed = args
        .iter()
        .all(|x| is_pure_expr(a, x) && !contains_await(x) && plain(&x.ty));
    fixed.then_some(Step {
        await_expr,
        call,
        target: *target,
        args,
        result,
    })
}

/// Values a callee cannot change for another: numbers, strings, tokens.
fn plain(ty: &Ty) -> bool {
    matches!(
        ty,
        Ty::Int
            | Ty::Long
            | Ty::Bool
            | Ty::Double
            | Ty::Char
            | Ty::Small(_)
            | Ty::UInt
            | Ty::ULong
            | Ty::Enum(..)
            | Ty::String
            | Ty::Lib(Lib::CancellationToken, _)
    )
}

/// The longest run of steps from the start of `stmts` in which no call reads a local an
/// earlier step assigned (and no two assign the same local).
fn run_from<'p>(a: &Analysis<'p>, id: MethodId, stmts: &'p [Stmt]) -> Vec<Step<'p>> {
    let mut run: Vec<Step<'p>> = Vec::new();
    let mut assigned: HashSet<LocalId> = HashSet::new();
    for s in stmts {
        let Some(st) = step(a, id, s) else {
            break;
        };
        let depends = st
            .args
            .iter()
            .flat_map(read_locals)
            .any(|l| assigned.contains(&l));
        if depends || st.result.is_some_and(|(l, _)| assigned.contains(&l)) {
            break;
        }
        assigned.extend(st.result.map(|(l, _)| l));
        run.push(st);
    }
    run
}

/// The run is in a loop UA0203 reports: its hint already starts every call first.
fn in_serial_loop(a: &Analysis<'_>, id: MethodId, first: &Step<'_>) -> bool {
    a.await_by_id(id, first.await_expr.id)
        .and_then(|af| af.pos.innermost_loop())
        .is_some_and(|li| independent_loop_await(a, id, li).is_ok())
}

fn lint(a: &Analysis<'_>, id: MethodId, run: &[Step<'_>]) -> Lint {
    let id_text =
        |s: &Step<'_>| format!("`{}` (line {})", a.text(s.call.span), a.line(s.call.span));
    let names: Vec<String> = run.iter().map(id_text).collect();
    let listed = match names.split_last() {
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    let message = if run.len() == 2 {
        format!("{listed} are awaited one after the other, but the second does not use the first's result: they run one at a time")
    } else {
        format!("{listed} are awaited one after the other, but none uses an earlier one's result: they run one at a time")
    };
    let program = a.program;
    let mut starts = Vec::new();
    let mut tasks = Vec::new();
    let mut results = Vec::new();
    for (k, s) in run.iter().enumerate() {
        let task = match s.result {
            Some((l, _)) => format!("{}Task", a.local_name(id, l)),
            None => format!("t{}", k + 1),
        };
        let as_task = if is_value_task(&program.method(s.target).return_type) {
            ".AsTask()"
        } else {
            ""
        };
        starts.push(format!("var {task} = {}{as_task};", a.text(s.call.span)));
        match s.result {
            Some((l, true)) => results.push(format!(
                " {} {} = await {task};",
                program.method(id).locals[l.0 as usize].ty,
                a.local_name(id, l)
            )),
            Some((l, false)) => results.push(format!(" {} = await {task};", a.local_name(id, l))),
            None => {}
        }
        tasks.push(task);
    }
    let after = if results.is_empty() {
        String::new()
    } else {
        " (awaiting a task WhenAll has completed does not suspend)".into()
    };
    let mut notes =
        vec!["with WhenAll the calls run concurrently: their side effects interleave".to_string()];
    let last = run.len() - 1;
    if let Some((s, at)) = run[..last]
        .iter()
        .find_map(|s| Some((s, a.class(s.target)?.may_throw?)))
    {
        notes.push(format!(
            "`{}` can fail (line {}): started together, the calls after it run even when it does, and `await Task.WhenAll` throws once all have completed",
            a.text(s.call.span),
            a.line(at)
        ));
    }
    Lint {
        code: SEQUENTIAL,
        span: run[1].await_expr.span,
        message,
        label: format!(
            "starts only after `{}` has completed",
            a.text(run[0].call.span)
        ),
        hint: format!(
            "start them all, then await them together: `{} await Task.WhenAll({});{}`{after}",
            starts.join(" "),
            tasks.join(", "),
            results.concat()
        ),
        tutorial: "Optimization 7, checklist 8",
        notes,
    }
}
