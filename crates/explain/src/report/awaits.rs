//! One await of the report: what it awaits, whether it completes synchronously (the facts'
//! record), and where its continuation runs with no context and with a single-threaded one.

use unawait_sema::hir::{self, MethodId};
use unawait_smir::{AwaitSite, Function};

use unawait_facts::{Completion, Resumer};

use crate::analysis::Analysis;

use super::*;

pub(super) fn await_report(
    a: &Analysis<'_>,
    id: MethodId,
    site: &AwaitSite,
    f: &Function,
) -> AwaitReport {
    let (line, column) = a.lines.line_col(site.span.start);
    let af = a.await_fact(id, site);
    let completes = a
        .completes(id, hir::ExprId(site.hir))
        .cloned()
        .unwrap_or(Completion::Depends(unawait_facts::Depends::Unknown));
    let why = crate::prose::completion(a, &completes);
    let (expression, awaited_type, awaiter) = match af {
        Some(af) => (
            a.awaited_text(af),
            af.operand.ty.to_string(),
            af.info.awaiter_ty.to_string(),
        ),
        None => (String::new(), String::new(), site.awaiter_ty.clone()),
    };
    let continuation = a.continuation(id, hir::ExprId(site.hir));
    let configure = continuation.and_then(|c| c.configure).flatten();
    let captures = continuation.is_none_or(|c| c.captures_context);
    let resumer = match continuation.map(|c| c.resumer) {
        Some(Resumer::YieldQueue) => {
            "a pool thread (Task.Yield queues the rest of the method to the pool)"
        }
        Some(Resumer::Timer) => {
            "a pool thread (the timer completes the delay's task, and the continuation runs inline there)"
        }
        _ => "the thread that completes the awaited task (the continuation runs inline there)",
    };
    let (on_none, on_single) = match &completes {
        Completion::Sync(_) => {
            let s = "continues at once on the same thread: no suspension".to_string();
            (s.clone(), s)
        }
        c => {
            let maybe = if matches!(c, Completion::Depends(_)) {
                "; if the task has already completed, at once on the same thread"
            } else {
                ""
            };
            let single = if captures {
                format!("posted back to the main thread's context (captured when the await runs there){maybe}")
            } else {
                format!("{resumer}: ConfigureAwait(false) does not capture the context{maybe}")
            };
            (format!("{resumer}{maybe}"), single)
        }
    };
    let live = site.live.iter().map(|v| f.value(*v).name.clone()).collect();
    AwaitReport {
        state: site.state,
        line,
        column,
        expression,
        awaited_type,
        awaiter,
        completes,
        why,
        configure_await: configure,
        captures_context: captures,
        on_none,
        on_single,
        live,
        in_loop: af.and_then(|x| {
            let l = x.pos.innermost_loop()?;
            Some((
                a.line(a.walk(id).loop_span(l)),
                a.every_iteration(id, l, &[(x.expr.id, x.expr.span)]),
            ))
        }),
    }
}
