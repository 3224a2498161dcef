//! What a call of the method allocates: on the synchronous path, when it suspends, and the
//! other allocations of its body (arrays, lists, tasks of the library, calls that suspend).

use unawait_sema::hir::{self, AsyncKind, Callee, ExprKind, MethodId};
use unawait_sema::types::{Lib, Ty};
use unawait_smir::{MethodKind, StateMachine};

use unawait_facts::display_name;
use unawait_facts::library::const_int;
use unawait_facts::walk::Pos;
use unawait_sema::behavior::TaskBehavior;
use unawait_sema::builtins::{library, Owner};

use crate::analysis::Analysis;
use unawait_syntax::Span;

use super::*;

/// What a completed task of the builder costs when the method finishes without suspending.
fn sync_path(a: &Analysis<'_>, id: MethodId) -> (u64, String) {
    let m = a.program.method(id);
    match &m.async_kind {
        AsyncKind::Task => (0, "the cached Task.CompletedTask is returned".into()),
        AsyncKind::ValueTask | AsyncKind::ValueTaskOf(_) => {
            (0, "the ValueTask holds the result inline, no task".into())
        }
        AsyncKind::TaskOf(Ty::Bool) => (
            0,
            "the completed Task<bool> is cached (.NET caches both)".into(),
        ),
        AsyncKind::TaskOf(Ty::Int) => {
            let facts = a.walk(id);
            let all_small = !facts.returns.is_empty()
                && facts.returns.iter().all(|r| {
                    r.value
                        .and_then(const_int)
                        .is_some_and(|v| (-1..=8).contains(&v))
                });
            if all_small {
                (
                    0,
                    "every returned value is in -1..8, whose completed Task<int> is cached".into(),
                )
            } else {
                (
                    a.layout.task_bytes(),
                    format!(
                        "one completed Task<int> ({} bytes) unless the result is in -1..8 (cached, 0 bytes) or the caller awaits the call directly (the result comes back inline, 0 bytes)",
                        a.layout.task_bytes()
                    ),
                )
            }
        }
        AsyncKind::TaskOf(t) => {
            // .NET caches the completed task of `default(T)` for these (`GetTaskForResult`).
            let cached = if *t == Ty::Long {
                "unless the result is 0 (cached)"
            } else if t.is_reference_type() {
                "unless the result is null (cached)"
            } else {
                "not cached"
            };
            (
                a.layout.task_bytes(),
                format!(
                    "one completed Task<{t}> ({} bytes), {cached}; none when the caller awaits the call directly (the result comes back inline)",
                    a.layout.task_bytes()
                ),
            )
        }
        AsyncKind::Void => (0, "an async void method returns no task".into()),
        _ => (0, String::new()),
    }
}

/// Where an allocation was found: the expression, its span and its place in the method.
type Where = (hir::ExprId, Span, Pos);

pub(super) fn allocations(
    a: &Analysis<'_>,
    id: MethodId,
    sm: Option<&StateMachine>,
) -> Allocations {
    let class = a.class(id).cloned().unwrap_or_default();
    let (sync_b, sync_note) = sync_path(a, id);
    let (sync_bytes, sync_note) = if class.always.is_some() {
        (None, "the method never completes synchronously".into())
    } else {
        (Some(sync_b), sync_note)
    };
    let suspend_bytes = match sm {
        Some(sm) if class.never.is_none() => Some(a.layout.box_bytes(sm.frame.bytes)),
        _ => None,
    };
    // With where each was found, for the alternatives and the iterations that make it.
    let mut other: Vec<(AllocSite, Option<Where>)> = Vec::new();
    // A foreach over a list runs through an enumerator object (arrays are indexed in place).
    let f = a.walk(id);
    for (lp, l) in f.loops.iter().enumerate() {
        if let hir::StmtKind::Foreach {
            kind: hir::ForeachKind::List,
            collection,
            ..
        } = &l.stmt.kind
        {
            let per_iteration = f.loops.iter().enumerate().any(|(o, outer)| {
                o != lp
                    && outer.stmt.span.start < l.stmt.span.start
                    && l.stmt.span.end <= outer.stmt.span.end
            });
            let site = AllocSite {
                line: a.line(f.loop_span(lp)),
                what: format!("the foreach enumerator over `{}`", a.text(collection.span)),
                bytes: Some(a.layout.enumerator_bytes()),
                per_iteration,
                every_iteration: per_iteration,
            };
            other.push((site, None));
        }
    }
    for c in &a.walk(id).calls {
        let e = c.expr;
        let per_iteration = !c.pos.loops.is_empty();
        let line = a.line(e.span);
        let mut push = |what: String, bytes: Option<u64>| {
            let site = AllocSite {
                line,
                what,
                bytes,
                per_iteration,
                every_iteration: per_iteration,
            };
            other.push((site, Some((e.id, e.span, c.pos.clone()))));
        };
        match &e.kind {
            ExprKind::NewArray { elem, size } => match const_int(size) {
                Some(n) if n >= 0 => push(
                    format!("new {elem}[{n}]"),
                    Some(a.layout.array_bytes(n as u64)),
                ),
                _ => push(
                    format!(
                        "new {elem}[{}] ({} + 8 bytes per element)",
                        a.text(size.span),
                        a.layout.array_bytes(0)
                    ),
                    None,
                ),
            },
            ExprKind::ArrayInit { elem, items } => push(
                format!("an array of {} {elem}", items.len()),
                Some(a.layout.array_bytes(items.len() as u64)),
            ),
            ExprKind::New {
                ctor: Callee::Builtin(b),
                ..
            } => match library().get(*b).owner {
                Owner::Lib(Lib::List) => push(format!("new {}", e.ty), Some(a.layout.list_bytes())),
                // A value type: nothing on the heap.
                Owner::Lib(Lib::ValueTask | Lib::ValueTaskOf) => {}
                _ => push(format!("new {}", e.ty), None),
            },
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                ..
            } => {
                let behavior = unawait_facts::library::behavior(*b);
                match behavior.task {
                    TaskBehavior::WhenAll { .. } => match &e.ty {
                        Ty::Lib(Lib::TaskOf, _) => push(
                            format!(
                                "Task.WhenAll: its {} ({} bytes, the figure here) and, when it completes, the result array ({} + 8 bytes per task)",
                                e.ty,
                                a.layout.task_bytes(),
                                a.layout.array_bytes(0)
                            ),
                            Some(a.layout.task_bytes()),
                        ),
                        _ => push("Task.WhenAll: its Task".into(), Some(a.layout.task_bytes())),
                    },
                    TaskBehavior::WhenAny { .. } => push(
                        format!("Task.WhenAny: its {}", e.ty),
                        Some(a.layout.task_bytes()),
                    ),
                    // `Task.Delay(0)` returns a completed task and starts no timer.
                    TaskBehavior::Timer { ms, .. }
                        if args.get(ms as usize).and_then(const_int) != Some(0) =>
                    {
                        push(
                            format!("{}: a Task and a timer", a.text(e.span)),
                            Some(a.layout.task_bytes()),
                        )
                    }
                    TaskBehavior::Completed if !from_result_cached(&e.ty, args.first()) => push(
                        format!("{}: a completed {}", a.text(e.span), e.ty),
                        Some(a.layout.task_bytes()),
                    ),
                    _ if behavior.allocates => match &e.ty {
                        Ty::Array(_) => push(format!("{}: an array", a.text(e.span)), None),
                        _ => push(
                            format!(
                                "{}: a Task when the ValueTask holds a value",
                                a.text(e.span)
                            ),
                            Some(a.layout.task_bytes()),
                        ),
                    },
                    _ => {}
                }
            }
            ExprKind::Call {
                callee: Callee::User(target),
                ..
            } => {
                let callee = a.program.method(*target);
                if !callee.is_async {
                    continue;
                }
                let tc = a.class(*target);
                let boxed = match a.lowered(*target).map(|l| &l.kind) {
                    Some(MethodKind::Async(csm)) if !csm.awaits.is_empty() => {
                        Some(a.layout.box_bytes(csm.frame.bytes))
                    }
                    _ => None,
                };
                let name = display_name(a.program, *target);
                match (boxed, tc.map(|c| (c.never.is_some(), c.always.is_some()))) {
                    (Some(b), Some((false, true))) => push(
                        format!("call to `{name}`: its box (it always suspends)"),
                        Some(b),
                    ),
                    (Some(b), Some((false, false))) => push(
                        format!("call to `{name}`: its box, {b} bytes, if it suspends"),
                        None,
                    ),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let mut other = alternatives(a, id, other);
    other.sort_by_key(|s| s.line);
    Allocations {
        sync_bytes,
        sync_note,
        suspend_bytes,
        pooled_calls: call_sites(a, id),
        fails_at: class.may_fail.map(|at| a.line(at)),
        elided_calls: elided_sites(a, id),
        other,
    }
}

/// The awaits of the lowered program that skip method `id`, a `return await` wrapper.
fn elided_sites(a: &Analysis<'_>, id: MethodId) -> usize {
    let Some(name) = a.module.methods.get(id.0 as usize).map(|m| &m.name) else {
        return 0;
    };
    a.module
        .methods
        .iter()
        .filter_map(|m| match &m.kind {
            unawait_smir::MethodKind::Async(sm) => Some(&sm.awaits),
            unawait_smir::MethodKind::Sync => None,
        })
        .flatten()
        .filter(|aw| aw.elided.iter().any(|e| &e.name == name))
        .count()
}

/// Allocations with the same cost on exclusive paths (the arms of a `?:` or an `if`/`else`)
/// become one "one of" site: a call makes only one of them. In a loop, whether every iteration
/// makes the site (one of its alternatives).
fn alternatives(
    a: &Analysis<'_>,
    id: MethodId,
    found: Vec<(AllocSite, Option<Where>)>,
) -> Vec<AllocSite> {
    struct Group {
        site: AllocSite,
        subjects: Vec<(String, usize)>,
        cost: String,
        at: Vec<(hir::ExprId, Span, Pos)>,
    }
    let mut groups: Vec<Group> = Vec::new();
    for (site, at) in found {
        let (subject, cost) = match site.what.split_once(": ") {
            Some((s, c)) => (s.to_string(), c.to_string()),
            None => (site.what.clone(), String::new()),
        };
        if let Some((expr, span, pos)) = &at {
            let alternative = groups.iter_mut().find(|g| {
                !cost.is_empty()
                    && g.cost == cost
                    && g.site.bytes == site.bytes
                    && !g.at.is_empty()
                    && g.at.iter().all(|(_, _, p)| p.exclusive_with(pos))
            });
            if let Some(g) = alternative {
                g.subjects.push((subject, site.line));
                g.at.push((*expr, *span, pos.clone()));
                continue;
            }
        }
        groups.push(Group {
            subjects: vec![(subject, site.line)],
            site,
            cost,
            at: at.into_iter().collect(),
        });
    }
    groups
        .into_iter()
        .map(|mut g| {
            if g.subjects.len() > 1 {
                let one_line = g.subjects.iter().all(|(_, l)| *l == g.site.line);
                let mut names: Vec<String> = g
                    .subjects
                    .iter()
                    .map(|(s, l)| match one_line {
                        true => s.clone(),
                        false => format!("{s} (line {l})"),
                    })
                    .collect();
                names.dedup();
                g.site.what = match names.as_slice() {
                    [one] => format!("{one} (once, whichever arm runs): {}", g.cost),
                    _ => format!("one of {}: {}", names.join(", "), g.cost),
                };
            }
            if let Some(li) = g.at.first().and_then(|(_, _, p)| p.innermost_loop()) {
                let exprs: Vec<(hir::ExprId, Span)> =
                    g.at.iter().map(|(e, s, _)| (*e, *s)).collect();
                g.site.every_iteration = a.every_iteration(id, li, &exprs);
            }
            g.site
        })
        .collect()
}

/// The calls of method `id` in the lowered program: (awaited directly, all).
fn call_sites(a: &Analysis<'_>, id: MethodId) -> (usize, usize) {
    let mut sites = (0, 0);
    let insts = a
        .module
        .methods
        .iter()
        .flat_map(|m| m.body.blocks.iter().flat_map(|b| &b.insts));
    for inst in insts {
        if let unawait_smir::Inst::Call {
            callee:
                unawait_smir::Callee::User {
                    id: callee,
                    awaited_directly,
                    ..
                },
            ..
        } = inst
        {
            if *callee == id.0 {
                sites.0 += usize::from(*awaited_directly);
                sites.1 += 1;
            }
        }
    }
    sites
}

/// Whether `Task.FromResult(v)` returns one of the tasks the builders cache (since .NET 6):
/// `bool`s, `int`s from -1 to 8, `0L`, `null`.
fn from_result_cached(ty: &Ty, value: Option<&hir::Expr>) -> bool {
    match (ty, value) {
        (Ty::Lib(_, t), _) if t.first() == Some(&Ty::Bool) => true,
        (_, Some(v)) if matches!(v.ty, Ty::Int) => {
            const_int(v).is_some_and(|v| (-1..=8).contains(&v))
        }
        (_, Some(v)) if matches!(v.ty, Ty::Long) => const_int(v) == Some(0),
        (_, Some(v)) if matches!(v.ty, Ty::Null) => true,
        _ => false,
    }
}
