//! UA0202: a blocking wait (`.Result`, `.Wait()`, `.GetAwaiter().GetResult()`) on a task the
//! facts do not know complete.

use unawait_sema::hir::MethodId;

use crate::analysis::Analysis;

use super::*;

pub(super) fn blocking(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    for b in &a.flow(id).blocking {
        if b.known.is_some() {
            continue;
        }
        let task = a.text(b.receiver);
        let notes = b
            .pending
            .iter()
            .map(|why| {
                format!(
                    "the task is certainly not complete here: {}",
                    crate::prose::suspends(a, why)
                )
            })
            .collect();
        let state = if b.pending.is_some() {
            "a task that cannot be complete yet"
        } else {
            "a task that is not known to be complete"
        };
        let (message, hint) = if m.is_async {
            (
                format!("`{task}{}` blocks the thread of an async method on {state}", b.how.written()),
                format!("await it instead: `await {task}`; blocking ties up the thread, and deadlocks when the task's continuation needs this thread (a single-threaded SynchronizationContext)"),
            )
        } else {
            (
                format!("`{task}{}` blocks the calling thread on {state}", b.how.written()),
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
