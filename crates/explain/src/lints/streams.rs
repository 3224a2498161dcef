//! UA0214 (Pattern 5): an await for every element of an `await foreach` loop. Sema expands the
//! loop into `while (await e.MoveNextAsync()) { ... }`; an await in that body that may suspend
//! costs a suspension (and its continuation) per element, where buffering the elements and
//! awaiting once per batch costs one per batch.

use unawait_sema::builtins::library;
use unawait_sema::hir::{Callee, Expr, ExprKind, MethodId, StmtKind};

use crate::analysis::Analysis;

use super::*;

pub(super) fn per_element_awaits(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    if !a.program.method(id).is_async {
        return;
    }
    let f = a.walk(id);
    let stream_loops: Vec<usize> = (0..f.loops.len())
        .filter(|&li| is_await_foreach(f.loops[li].stmt))
        .collect();
    let mut said = Vec::new();
    for w in &f.awaits {
        let Some(&li) = w.pos.loops.iter().rev().find(|l| stream_loops.contains(l)) else {
            continue;
        };
        let lp = f.loops[li].stmt;
        // The loop's own `MoveNextAsync` (its condition) is the stream's, not the body's.
        if let StmtKind::While { cond, .. } = &lp.kind {
            if cond.span == w.expr.span || w.stmt == cond.span {
                continue;
            }
        }
        // A batch's await (under an `if` that fills the batch first) is Pattern 5's remedy.
        let every = a.every_iteration(id, li, &[(w.expr.id, w.expr.span)]);
        if !every || a.completes_sync(id, w.expr.id) || said.contains(&li) {
            continue;
        }
        said.push(li);
        let text = a.text(w.operand.span);
        out.push(Lint {
            code: STREAM,
            span: w.expr.span,
            message: format!(
                "the `await foreach` at line {} awaits `{text}` for every element: up to one suspension per element",
                a.line(lp.span)
            ),
            label: "may suspend once per element".into(),
            hint: "buffer the elements and process them in batches (collect, say, 100, then await one call for the batch): one suspension per batch instead of one per element".into(),
            tutorial: "Pattern 5",
            notes: Vec::new(),
        });
    }
}

/// `while (await e.MoveNextAsync())`: the loop of an `await foreach`.
fn is_await_foreach(s: &unawait_sema::hir::Stmt) -> bool {
    let StmtKind::While { cond, .. } = &s.kind else {
        return false;
    };
    let ExprKind::Await { expr, .. } = &cond.kind else {
        return false;
    };
    move_next_async(expr)
}

fn move_next_async(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call {
            callee: Callee::Builtin(b),
            receiver,
            ..
        } => {
            library().get(*b).name == "MoveNextAsync"
                || library().get(*b).name == "ConfigureAwait"
                    && receiver.as_deref().is_some_and(move_next_async)
        }
        ExprKind::Convert { expr, .. } => move_next_async(expr),
        _ => false,
    }
}
