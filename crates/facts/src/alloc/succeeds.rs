//! Which async methods complete synchronously only by failing: every path on which a call
//! returns or ends normally first passes an await that must suspend, or an await of a call of
//! another such method (which completes at once only by failing, and then the await throws).
//! A caller of `RunAsync` that awaits `Task.Delay(20)` after a lock it may get at once suspends
//! on every call that succeeds, and so does a caller that awaits `RunAsync()`.
//!
//! A fixpoint over the calls: a method only ever becomes true, and after the first round only
//! the methods that await a call of the program are looked at again.

use unawait_sema::hir::{AsyncKind, Expr, ExprKind, MethodId};

use crate::paths::{Paths, Reach};
use crate::target::{call_target, Target};
use crate::Facts;

pub(super) fn only_by_suspending(facts: &Facts<'_>) -> Vec<bool> {
    let program = facts.program;
    let n = program.methods.len();
    let mut known = vec![false; n];
    let mut awaits_calls = vec![false; n];
    let mut first = true;
    loop {
        let mut changed = false;
        for i in 0..n {
            if known[i] || !(first || awaits_calls[i]) {
                continue;
            }
            let (fails_only, calls) = fails_only(facts, MethodId(i as u32), &known);
            awaits_calls[i] = calls;
            if fails_only {
                known[i] = true;
                changed = true;
            }
        }
        first = false;
        if !changed {
            return known;
        }
    }
}

/// Whether the method completes synchronously only by failing, given what is `known` of the
/// others, and whether it awaits a call of the program at all.
fn fails_only(facts: &Facts<'_>, id: MethodId, known: &[bool]) -> (bool, bool) {
    let program = facts.program;
    let m = program.method(id);
    let Some(body) = m.body.as_ref().filter(|_| m.is_async) else {
        return (false, false);
    };
    if matches!(m.async_kind, AsyncKind::Void) {
        return (false, false);
    }
    let awaits_calls = std::cell::Cell::new(false);
    let counts = |e: &Expr| match &e.kind {
        ExprKind::Await { expr: op, .. } => {
            if crate::classes::must_suspend(program, op, &facts.classes).is_some() {
                return Some(());
            }
            match call_target(program, crate::library::strip_wrappers(op)) {
                Some(Target::Direct(k) | Target::Resolved { runs: k, .. }) => {
                    awaits_calls.set(true);
                    known[k.0 as usize].then_some(())
                }
                _ => None,
            }
        }
        _ => None,
    };
    let paths = Paths::walk(&body.stmts, true, &counts);
    let succeeds_at_once = paths.early.iter().any(|(_, is_return)| *is_return)
        || !matches!(paths.end, Reach::Passed(_) | Reach::Never);
    (!succeeds_at_once, awaits_calls.get())
}
