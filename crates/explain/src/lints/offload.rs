//! UA0213, Trap D (the tutorial's section 5): `await Task.Run(async () => await WorkAsync())`.
//! Only awaited `Task.Run` calls are looked at (the trap's shape; it keeps `check` cheap).
//! `Task.Run` is for work that would otherwise block the caller's thread; around an async
//! lambda that only awaits async work it adds a task (Run's, which unwraps the lambda's), the
//! lambda's delegate (and closure), and a hop to a pool thread before the work even starts.

use unawait_sema::hir::{Callee, Expr, ExprKind, MethodId};

use unawait_facts::library::lib_use;

use crate::analysis::Analysis;

use super::*;

pub(super) fn async_offload(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    // Trap D is the awaited `Task.Run`: the awaits' operands are all there is to look at.
    for aw in &a.walk(id).awaits {
        if let Some(l) = offload(a, strip_wrappers(aw.operand)) {
            out.push(l);
        }
    }
}

fn offload(a: &Analysis<'_>, e: &Expr) -> Option<Lint> {
    let u = lib_use(e)?;
    let delegate = u.args.get(usize::from(u.behavior.queues?))?;
    let lambda = lambda_in(delegate)?;
    let m = a.program.method(lambda);
    let work = wrapper_of(m)?;
    let work = a.text(work.span);
    // A capturing lambda is a method of its display class; the others are `<>c`'s.
    let captures = a
        .program
        .class(m.class)
        .name
        .starts_with("<>c__DisplayClass");
    Some(Lint {
        code: OFFLOAD,
        span: e.span,
        message: format!(
            "`{}` queues an async lambda that only awaits `{work}`: a task, a delegate{} and a hop to a pool thread around work that is already asynchronous",
            a.text(e.span),
            if captures { ", a closure" } else { "" }
        ),
        label: "Trap D: Task.Run around async work".into(),
        hint: format!(
            "await `{work}` directly; `Task.Run` is for work that would block the calling thread (CPU-bound or synchronous I/O)"
        ),
        tutorial: "Trap D",
        notes: Vec::new(),
    })
}

/// The method a delegate-valued expression makes its delegate of: a lambda's method after
/// closure conversion (possibly inside the cache test of a static lambda).
fn lambda_in(e: &Expr) -> Option<MethodId> {
    let mut found = None;
    facts::visit_exprs(e, &mut |x| {
        if let ExprKind::MethodGroup {
            method: Callee::User(m),
            ..
        } = &x.kind
        {
            found = found.or(Some(*m));
        }
    });
    found
}
