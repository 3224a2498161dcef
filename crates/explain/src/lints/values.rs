//! UA0204 (a ValueTask stored or consumed twice) and UA0205 (Trap B: a large value held across
//! an await only for a summary of it).

use std::collections::HashSet;

use unawait_sema::hir::{self, Expr, ExprKind, LocalId, MethodId, Place, StmtKind};
use unawait_sema::types::Ty;

use unawait_facts::library::{const_int, is_collection, is_value_task};
use unawait_facts::walk::{self as facts, Use};

use crate::analysis::Analysis;

use super::*;

pub(super) fn value_tasks(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let f = a.walk(id);
    for (li, local) in m.locals.iter().enumerate() {
        if !is_value_task(&local.ty) {
            continue;
        }
        let l = LocalId(li as u32);
        let uses: Vec<_> = f
            .reads
            .iter()
            .filter(|r| r.local == l && r.how == Use::Consume)
            .collect();
        let mut reported = false;
        'pairs: for (j, second) in uses.iter().enumerate() {
            for first in &uses[..j] {
                if !first.pos.exclusive_with(&second.pos) {
                    out.push(Lint {
                        code: VALUE_TASK,
                        span: second.use_span,
                        message: format!(
                            "the ValueTask in `{}` is consumed a second time (first at line {})",
                            local.name,
                            a.line(first.use_span)
                        ),
                        label: "second use of the same ValueTask".into(),
                        hint: "a ValueTask may be awaited (or `.Result`/`.AsTask()`) only once: consume it once, or call `.AsTask()` once and await that Task as often as needed".into(),
                        tutorial: "Optimization 5, checklist 7",
                        notes: Vec::new(),
                    });
                    reported = true;
                    break 'pairs;
                }
            }
        }
        if reported {
            continue;
        }
        for u in &uses {
            let Some(lp) = u.pos.innermost_loop() else {
                continue;
            };
            let assigned_in_loop = f
                .writes
                .iter()
                .any(|w| w.local == l && w.pos.loops.contains(&lp));
            if !assigned_in_loop {
                out.push(Lint {
                    code: VALUE_TASK,
                    span: u.use_span,
                    message: format!(
                        "the ValueTask in `{}` is consumed on every iteration of the loop at line {}, but obtained only once",
                        local.name,
                        a.line(f.loop_span(lp))
                    ),
                    label: "consumed again on the next iteration".into(),
                    hint: "a ValueTask may be consumed only once: get a new one in each iteration, or convert it once with `.AsTask()`".into(),
                    tutorial: "Optimization 5, checklist 7",
                    notes: Vec::new(),
                });
                break;
            }
        }
    }
    for s in &f.value_task_stores {
        out.push(Lint {
            code: VALUE_TASK,
            span: *s,
            message: "a ValueTask is stored in a collection or a field, where it can be consumed more than once".into(),
            label: "ValueTask stored".into(),
            hint: "keep `Task`s in collections and fields (`.AsTask()`); a ValueTask is meant to be awaited once, right away".into(),
            tutorial: "Optimization 5, checklist 7",
            notes: Vec::new(),
        });
    }
}

/// Trap B: an array or list held across an await only for a summary of it (`.Length`,
/// `.Count`, a fixed element), or a large array created by the method held across an await.
pub(super) fn large_values(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let f = a.walk(id);
    let mut done: HashSet<LocalId> = HashSet::new();
    for site in a.await_sites(id) {
        let Some(af) = a.await_fact(id, site) else {
            continue;
        };
        for l in a.live_locals(id, site) {
            let Some(local) = m.locals.get(l.0 as usize) else {
                continue;
            };
            if !is_collection(&local.ty) || done.contains(&l) || !owns_collection(f, m, l) {
                continue;
            }
            // A `foreach` over it around the await holds it through its enumerator: reading a
            // summary first would not release it.
            let iterated = af.pos.loops.iter().any(|&lp| {
                matches!(&f.loops[lp].stmt.kind, StmtKind::Foreach { collection, .. }
                    if matches!(collection.kind, ExprKind::Local(c) if c == l))
            });
            if iterated {
                continue;
            }
            let mut reads = f.reads_after(af, l);
            reads.extend(f.reads.iter().filter(|r| {
                r.local == l && r.stmt == af.stmt && r.span.start < af.expr.span.start
            }));
            let summary_only = !reads.is_empty()
                && !handed_out(m, l)
                && reads
                    .iter()
                    .all(|r| matches!(r.how, Use::Length | Use::Count));
            let await_line = a.line(site.span);
            if summary_only {
                done.insert(l);
                let first = reads.iter().min_by_key(|r| r.span.start).copied();
                let what = first.map(|r| a.text(r.use_span)).unwrap_or_default();
                out.push(Lint {
                    code: LARGE,
                    span: site.span,
                    message: format!(
                        "`{}` ({}) is held across the await at line {await_line} only for `{what}`",
                        local.name, local.ty
                    ),
                    label: format!("`{}` is kept alive while suspended", local.name),
                    hint: format!(
                        "read `{what}` into a local before the await: the {} is then not held while the method is suspended",
                        if matches!(local.ty, Ty::Array(_)) { "array" } else { "list" }
                    ),
                    tutorial: "Trap B, checklist 11",
                    notes: Vec::new(),
                });
                continue;
            }
            if let Some(n) = large_array_init(f, m, l) {
                done.insert(l);
                out.push(Lint {
                    code: LARGE,
                    span: site.span,
                    message: format!(
                        "`{}` ({} of {n} elements) is held across the await at line {await_line}: it stays alive while the method is suspended",
                        local.name, local.ty
                    ),
                    label: format!("`{}` is kept alive while suspended", local.name),
                    hint: "finish with it before the await (or copy out only what is needed after it); the frame holds it until its last use, C#'s state machine until the method completes".into(),
                    tutorial: "Trap B, checklist 11",
                    notes: Vec::new(),
                });
            }
        }
    }
}

/// A local that holds a collection only this method refers to (as far as it knows): assigned
/// only from creations and call results, never a parameter or a copy of another reference.
fn owns_collection(f: &facts::MethodWalk<'_>, m: &hir::Method, l: LocalId) -> bool {
    if m.locals
        .get(l.0 as usize)
        .is_none_or(|x| x.kind != hir::LocalKind::Local)
    {
        return false;
    }
    let Some(body) = &m.body else {
        return false;
    };
    let owned = |e: &Expr| {
        matches!(
            e.kind,
            ExprKind::NewArray { .. }
                | ExprKind::ArrayInit { .. }
                | ExprKind::New { .. }
                | ExprKind::Call { .. }
                | ExprKind::Await { .. }
        )
    };
    let mut ok = f.writes.iter().any(|w| w.local == l);
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            if let StmtKind::Local {
                local,
                init: Some(e),
            } = &st.kind
            {
                if *local == l && !owned(e) {
                    ok = false;
                }
            }
        });
        facts::visit_all_exprs(s, &mut |e| {
            if let ExprKind::Assign {
                target: Place::Local(t),
                value,
            } = &e.kind
            {
                if *t == l && !owned(value) {
                    ok = false;
                }
            }
        });
    }
    ok
}

/// Whether the method gives the collection in `l` to code that may change it while the method
/// is suspended (`await ClearAsync(list)`, `Task.Run(list.Clear)`, a copy in a field): a
/// summary read before the await could then differ from the one after it.
fn handed_out(m: &hir::Method, l: LocalId) -> bool {
    let is_l = |e: &Expr| {
        let mut e = e;
        while let ExprKind::Convert { expr, .. } = &e.kind {
            e = expr;
        }
        matches!(e.kind, ExprKind::Local(x) if x == l)
    };
    let Some(body) = &m.body else {
        return false;
    };
    let mut found = false;
    for s in &body.stmts {
        facts::visit_all_exprs(s, &mut |e| {
            found |= match &e.kind {
                ExprKind::Call { args, .. }
                | ExprKind::New { args, .. }
                | ExprKind::NewObject { args, .. }
                | ExprKind::InvokeDelegate { args, .. } => args.iter().any(is_l),
                ExprKind::Assign { value, .. } => is_l(value),
                ExprKind::MethodGroup {
                    receiver: Some(r), ..
                } => is_l(r),
                _ => false,
            };
        });
    }
    found
}

/// Arrays of at least this many elements are large.
pub const LARGE_ARRAY: i64 = 1024;

/// The constant length of the array a local is created with, when it is large and the local is
/// assigned once.
fn large_array_init(f: &facts::MethodWalk<'_>, m: &hir::Method, l: LocalId) -> Option<i64> {
    if f.writes.iter().filter(|w| w.local == l).count() != 1 {
        return None;
    }
    let body = m.body.as_ref()?;
    let mut n = None;
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            if let StmtKind::Local {
                local,
                init: Some(e),
            } = &st.kind
            {
                if *local == l {
                    n = match &e.kind {
                        ExprKind::NewArray { size, .. } => const_int(size),
                        ExprKind::ArrayInit { items, .. } => Some(items.len() as i64),
                        _ => None,
                    };
                }
            }
        });
    }
    n.filter(|&n| n >= LARGE_ARRAY)
}
