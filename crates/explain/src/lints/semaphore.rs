//! UA0212 (section 9, "Async + locks = subtle contention"): `await s.WaitAsync();` then an
//! await that can fail, then `s.Release();` in the same statement list with no `try` around:
//! when the awaited operation throws or is canceled, the release is skipped and the permit is
//! not given back; every later `WaitAsync` waits for it.

use unawait_sema::hir::{Expr, FieldId, LocalId, MethodId, Stmt};
use unawait_sema::types::{Lib, Ty};

use unawait_facts::library::lib_use;

use crate::analysis::Analysis;

use super::*;

/// What a use of a semaphore does with a permit (its member's annotation in the library).
#[derive(Clone, Copy)]
enum Permit {
    Acquire,
    Release,
}

/// Where a semaphore is kept: a local or a static field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holder {
    Local(LocalId),
    Field(FieldId),
}

/// `s.M(...)` with `M` a member that does `what` and `s` a local or static field: `s`.
fn use_of(e: &Expr, what: Permit) -> Option<Holder> {
    let u = lib_use(e).filter(|u| match what {
        Permit::Acquire => u.behavior.acquires,
        Permit::Release => u.behavior.releases,
    })?;
    match u.receiver?.kind {
        ExprKind::Local(l) => Some(Holder::Local(l)),
        ExprKind::StaticField(f) => Some(Holder::Field(f)),
        _ => None,
    }
}

pub(super) fn held_across_await(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let Some(body) = m.body.as_ref().filter(|_| m.is_async) else {
        return;
    };
    for stmts in statement_lists(body) {
        for (i, s) in stmts.iter().enumerate() {
            let Some(acq) = facts::statement_await(s) else {
                continue;
            };
            let ExprKind::Await { expr: op, .. } = &acq.kind else {
                continue;
            };
            let Some(sem) = use_of(strip_wrappers(op), Permit::Acquire) else {
                continue;
            };
            // Inside a try block, a catch or finally of it may release the permit.
            let in_try = a
                .await_by_id(id, acq.id)
                .is_none_or(|af| af.pos.path.iter().any(|arm| arm.arm == 0 && !arm.exclusive));
            if in_try {
                continue;
            }
            let Some(j) = stmts[i + 1..].iter().position(|r| match &r.kind {
                StmtKind::Expr(e) => use_of(e, Permit::Release) == Some(sem),
                _ => false,
            }) else {
                continue;
            };
            let between = &stmts[i + 1..i + 1 + j];
            if let Some(l) = failing_await(a, id, sem, between) {
                out.push(lint(a, id, sem, s, &stmts[i + 1 + j], l));
            }
        }
    }
}

/// The first await among `between` of an operation that can fail, when none of them is a
/// `try` (which could release the permit) or reassigns the semaphore's local.
fn failing_await<'p>(
    a: &Analysis<'p>,
    id: MethodId,
    sem: Holder,
    between: &'p [Stmt],
) -> Option<(&'p Expr, String)> {
    let mut blocked = false;
    for s in between {
        facts::visit_stmts(s, &mut |st| {
            if matches!(st.kind, StmtKind::Try { .. }) {
                blocked = true;
            }
        });
        if let Holder::Local(l) = sem {
            blocked |= facts::assigned_locals(s).contains(&l);
        }
    }
    let (first, last) = (between.first()?.span.start, between.last()?.span.end);
    if blocked {
        return None;
    }
    a.walk(id)
        .awaits
        .iter()
        .filter(|aw| first <= aw.expr.span.start && aw.expr.span.end <= last)
        .find_map(|aw| {
            let op = strip_wrappers(aw.operand);
            if use_of(op, Permit::Acquire).is_some() {
                return None;
            }
            let why = match &op.kind {
                ExprKind::Call {
                    callee: Callee::User(m),
                    ..
                } if a.class(*m).is_some_and(|c| c.may_throw.is_some()) => {
                    let at = a.class(*m)?.may_throw?;
                    format!("which can throw (line {})", a.line(at))
                }
                ExprKind::Call { args, .. }
                    if args
                        .iter()
                        .any(|x| matches!(x.ty, Ty::Lib(Lib::CancellationToken, _))) =>
                {
                    "which can be canceled (it takes a CancellationToken)".to_string()
                }
                _ => return None,
            };
            Some((aw.expr, why))
        })
}

fn lint(
    a: &Analysis<'_>,
    id: MethodId,
    sem: Holder,
    acquire: &Stmt,
    release: &Stmt,
    (aw, why): (&Expr, String),
) -> Lint {
    let sem = match sem {
        Holder::Local(l) => a.local_name(id, l).to_string(),
        Holder::Field(f) => a.program.field(f).name.clone(),
    };
    let release_text = match &release.kind {
        StmtKind::Expr(e) => a.text(e.span),
        _ => a.text(release.span),
    };
    Lint {
        code: SEMAPHORE,
        span: aw.span,
        message: format!(
            "the permit of `{sem}` taken at line {} is held across `{}`, {why}, and released without `finally`: if it fails, `{release_text}` at line {} never runs and the permit is not given back",
            a.line(acquire.span),
            a.text(aw.span),
            a.line(release.span)
        ),
        label: format!("awaited while holding a permit of `{sem}`"),
        hint: format!(
            "release in a `finally`: `await {sem}.WaitAsync(); try {{ ... }} finally {{ {sem}.Release(); }}`; and keep the work under the permit short: every other `WaitAsync` waits for it"
        ),
        tutorial: "section 9 (async + locks)",
        notes: Vec::new(),
    }
}
