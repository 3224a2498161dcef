//! Whole-program elision of `return await` wrappers (docs/lowering.md): where a caller awaits
//! `W(..)` directly and `W` is only `return await M(..);`, the caller calls `M` itself. C# keeps
//! the wrapper (its own state machine, box and resumption); unawait removes it where nothing a
//! program can observe changes:
//!
//! - `W`'s task is never seen: the call is awaited directly, so the task goes nowhere else, and
//!   both awaits (the caller's and `W`'s) are plain `await`s of the same task type, so the
//!   caller's continuation runs where it ran before (a context `W` captured is the caller's);
//! - `M` is an async method of the program: it faults its task instead of throwing, so an
//!   exception reaches the caller's `await` as it did through `W`, and the trace gets `W`'s frame
//!   back from the await site (`AwaitSite::elided`);
//! - `W`'s arguments to `M` are its parameters or constants, so nothing runs in `W` but the call;
//!   the caller still evaluates every argument of `W` in order;
//! - `W`'s class has no static initializer (or is `M`'s), so no initializer runs later than
//!   calling `W` would have run it.

use unawait_sema::hir::{self, AsyncKind, AwaiterKind, ConstValue, ExprKind, MethodId, StmtKind};
use unawait_syntax::Span;

/// Where one of the elided chain's arguments to its final target comes from.
#[derive(Clone, Debug)]
pub enum ArgSource {
    /// The wrapper's parameter at this position (the caller's argument).
    Param(usize),
    Const(ConstValue),
}

/// A call of a wrapper as its caller makes it instead: `target` with `args`, having skipped
/// `via` (each wrapper and the span of its await, innermost first, as a trace lists them).
#[derive(Clone, Debug)]
pub struct Forward {
    pub target: MethodId,
    pub args: Vec<ArgSource>,
    pub via: Vec<(MethodId, Span)>,
}

/// Wrappers of wrappers are followed this deep.
const MAX_CHAIN: usize = 8;

/// How a direct `await W(..)` can skip `W`, when it can.
pub fn forward(program: &hir::Program, cctors: &[Option<u32>], w: MethodId) -> Option<Forward> {
    let (mut target, mut args, span) = wrapper_call(program, cctors, w)?;
    let mut via = vec![(w, span)];
    while let Some((next, next_args, span)) = wrapper_call(program, cctors, target) {
        if via.len() >= MAX_CHAIN || next == w || via.iter().any(|&(m, _)| m == next) {
            // A cycle of wrappers never completes; keep the calls as written.
            return None;
        }
        // `next_args` refer to `target`'s parameters, which are `args`.
        args = next_args
            .into_iter()
            .map(|a| match a {
                ArgSource::Param(i) => args.get(i).cloned(),
                c @ ArgSource::Const(_) => Some(c),
            })
            .collect::<Option<Vec<_>>>()?;
        via.insert(0, (target, span));
        target = next;
    }
    Some(Forward { target, args, via })
}

/// `W`'s one call, when `W` is a wrapper: the callee, its arguments, the span of `W`'s await.
fn wrapper_call(
    program: &hir::Program,
    cctors: &[Option<u32>],
    w: MethodId,
) -> Option<(MethodId, Vec<ArgSource>, Span)> {
    let m = program.method(w);
    let [stmt] = m.body.as_ref()?.stmts.as_slice() else {
        return None;
    };
    let awaited = match (&stmt.kind, &m.async_kind) {
        (StmtKind::Return(Some(e)), AsyncKind::TaskOf(_) | AsyncKind::ValueTaskOf(_)) => e,
        (StmtKind::Expr(e), AsyncKind::Task | AsyncKind::ValueTask) => e,
        _ => return None,
    };
    let ExprKind::Await { expr, info } = &awaited.kind else {
        return None;
    };
    if !plain(info.awaiter) {
        return None;
    }
    let ExprKind::Call {
        callee: hir::Callee::User(target),
        receiver: None,
        args,
        type_args,
    } = &expr.kind
    else {
        return None;
    };
    let callee = program.method(*target);
    if !type_args.is_empty() || !callee.is_async || callee.async_kind != m.async_kind {
        return None;
    }
    let own_init = cctors.get(m.class.0 as usize).copied().flatten().is_some();
    if own_init && m.class != callee.class {
        return None;
    }
    let sources = args
        .iter()
        .map(|a| match &a.kind {
            ExprKind::Local(l) => m.params.iter().position(|p| p == l).map(ArgSource::Param),
            ExprKind::Const(c) => Some(ArgSource::Const(c.clone())),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some((*target, sources, awaited.span))
}

/// A plain `await` of a task or a `ValueTask` (no `ConfigureAwait`): the only kind a wrapper's
/// await and its caller's may be.
pub fn plain(awaiter: AwaiterKind) -> bool {
    matches!(
        awaiter,
        AwaiterKind::TaskAwaiter
            | AwaiterKind::TaskAwaiterOf
            | AwaiterKind::ValueTaskAwaiter
            | AwaiterKind::ValueTaskAwaiterOf
    )
}
