//! UA0206 (Pattern 6): work right after an await that uses only values from before it, which
//! could run before the await and leave the frame smaller.

use std::collections::HashSet;

use unawait_sema::hir::{self, Callee, Expr, ExprKind, LocalId, MethodId, Place, Stmt, StmtKind};

use unawait_facts::walk::{self as facts, contains_await, read_locals};

use crate::analysis::Analysis;

use super::*;

/// Pattern 6: a computation right after an await that uses only values from before it, with
/// no side effects, whose inputs are held across the await only for it.
pub(super) fn invariant_work(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    if !m.is_async {
        return;
    }
    let Some(body) = &m.body else {
        return;
    };
    let lists = statement_lists(body);
    for stmts in lists {
        for (i, s) in stmts.iter().enumerate() {
            let Some(await_expr) = facts::statement_await(s) else {
                continue;
            };
            if let Some(l) = movable_after(a, id, await_expr, s, &stmts[i + 1..]) {
                out.push(l);
            }
        }
    }
}

fn movable_after(
    a: &Analysis<'_>,
    id: MethodId,
    await_expr: &Expr,
    await_stmt: &Stmt,
    rest: &[Stmt],
) -> Option<Lint> {
    let site = a
        .await_sites(id)
        .iter()
        .find(|s| s.hir == await_expr.id.0)?;
    let af = a.await_fact(id, site)?;
    let live: HashSet<LocalId> = a.live_locals(id, site).into_iter().collect();
    let mut assigned: HashSet<LocalId> = facts::assigned_locals(await_stmt).into_iter().collect();
    let f = a.walk(id);
    for s in rest {
        let (target, e) = match &s.kind {
            StmtKind::Local {
                local,
                init: Some(e),
            } => (*local, e),
            StmtKind::Expr(x) => match &x.kind {
                ExprKind::Assign {
                    target: Place::Local(l),
                    value,
                } => (*l, &**value),
                _ => {
                    if contains_await(x) {
                        return None;
                    }
                    assigned.extend(facts::assigned_locals(s));
                    continue;
                }
            },
            _ => return None,
        };
        if contains_await(e) {
            return None;
        }
        let inputs = read_locals(e);
        let candidate =
            does_work(e) && is_pure_expr(a, e) && !inputs.iter().any(|l| assigned.contains(l));
        if candidate {
            // Inputs the frame holds across the await only for this computation. In a loop,
            // moved before the await it still reads them on the next iteration, after the
            // await: only a value each iteration makes afresh would be freed.
            let freed: Vec<LocalId> = inputs
                .iter()
                .copied()
                .filter(|l| live.contains(l))
                .filter(|l| {
                    f.reads_after(af, *l)
                        .iter()
                        .all(|r| r.span.start >= e.span.start && r.span.end <= e.span.end)
                })
                .filter(|l| {
                    af.pos
                        .innermost_loop()
                        .is_none_or(|lp| made_each_iteration(a, id, lp, *l))
                })
                .collect::<HashSet<_>>()
                .into_iter()
                .collect();
            if !freed.is_empty() {
                let mut names: Vec<&str> = freed.iter().map(|l| a.local_name(id, *l)).collect();
                names.sort_unstable();
                let names = names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let target_name = a.local_name(id, target);
                let mut notes = Vec::new();
                if f.reads
                    .iter()
                    .any(|r| r.local == target && r.span.start > s.span.end)
                {
                    notes.push(format!(
                        "`{target_name}` would be held across the await instead, since it is read after it"
                    ));
                }
                return Some(Lint {
                    code: INVARIANT,
                    span: s.span,
                    message: format!(
                        "`{}` does not depend on the await at line {}: computed before it, {names} would not be held across the await",
                        a.text(e.span),
                        a.line(await_expr.span)
                    ),
                    label: "invariant work after an await".into(),
                    hint: format!("compute `{target_name}` before the await: move the statement up"),
                    tutorial: "Pattern 6",
                    notes,
                });
            }
        }
        assigned.insert(target);
    }
    None
}

/// A local that every iteration of loop `lp` assigns before any read: declared in its body
/// (C# requires it assigned before it is read, in each iteration), or its foreach variable.
fn made_each_iteration(a: &Analysis<'_>, id: MethodId, lp: usize, l: LocalId) -> bool {
    let Some(loop_fact) = a.walk(id).loops.get(lp) else {
        return false;
    };
    let body = match &loop_fact.stmt.kind {
        StmtKind::Foreach { local, .. } if *local == l => return true,
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::Foreach { body, .. } => body.span,
        _ => return false,
    };
    a.program
        .method(id)
        .locals
        .get(l.0 as usize)
        .is_some_and(|local| {
            local.kind == hir::LocalKind::Local
                && body.start <= local.span.start
                && local.span.end <= body.end
        })
}

/// Calls a method of the program: work worth moving (not a copy or an addition).
fn does_work(e: &Expr) -> bool {
    let mut work = false;
    facts::visit_exprs(e, &mut |x| {
        if let ExprKind::Call {
            callee: Callee::User(_),
            ..
        } = x.kind
        {
            work = true;
        }
    });
    work
}

/// No side effects and no reads of state that could change while the method is suspended.
pub(super) fn is_pure_expr(a: &Analysis<'_>, e: &Expr) -> bool {
    let mut pure_ = true;
    facts::visit_exprs(e, &mut |x| match &x.kind {
        ExprKind::Call {
            callee: Callee::User(m),
            ..
        } if !a.class(*m).is_some_and(|c| c.pure_) => {
            pure_ = false;
        }
        ExprKind::Call {
            callee: Callee::Builtin(b),
            ..
        }
        | ExprKind::Property { member: b, .. }
            if !unawait_facts::library::behavior(*b).pure_ =>
        {
            pure_ = false;
        }
        ExprKind::Indexer { .. } => {}
        ExprKind::StaticField(f) if !a.program.field(*f).is_readonly => {
            pure_ = false;
        }
        ExprKind::Assign { .. }
        | ExprKind::CompoundAssign { .. }
        | ExprKind::IncDec { .. }
        | ExprKind::New { .. }
        | ExprKind::Await { .. } => pure_ = false,
        _ => {}
    });
    pure_
}
