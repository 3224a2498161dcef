//! One await of the report: what it awaits, whether it completes synchronously (the facts'
//! record), and where its continuation runs with no context and with a single-threaded one.

use unawait_sema::hir::{self, MethodId};
use unawait_smir::{AwaitSite, Function};

use unawait_facts::{display_name, Completion, Resumer, RunsOn};

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
    let mut why = crate::prose::completion(a, &completes);
    let custom = af.is_some_and(|af| af.info.awaiter == hir::AwaiterKind::Custom);
    if let Some(af) = af.filter(|_| !custom) {
        if !matches!(
            completes,
            Completion::Depends(unawait_facts::Depends::Virtual { .. })
        ) {
            why.push_str(&crate::prose::direct_call(a, af.operand));
        }
    }
    let (expression, awaited_type, awaiter) = match af {
        Some(af) => (
            a.awaited_text(af),
            awaitable(af).ty.to_string(),
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
        Some(Resumer::TimerOrCanceler) => {
            "the thread that completes the delay's task: a pool thread when the timer fires, the thread that cancels the token when that comes first (the continuation runs inline there)"
        }
        _ => "the thread that completes the awaited task (the continuation runs inline there)",
    };
    let (on_none, on_single) = match &completes {
        _ if custom => {
            let s = "the thread on which the awaiter runs the continuation (its OnCompleted or \
                     UnsafeOnCompleted receives it; the await posts it to no context); if \
                     IsCompleted is true, at once on the same thread"
                .to_string();
            (s.clone(), s)
        }
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
            let runs_on = continuation.map_or(
                RunsOn::Either {
                    after: None,
                    called_elsewhere: true,
                },
                |c| c.runs_on,
            );
            let single = match continuation.and_then(|c| c.configure) {
                // `ConfigureAwait(b)` with `b` known only at run time.
                Some(None) => format!(
                    "as the ConfigureAwait argument says: with false, {resumer}; with true, {}",
                    on_single(a, id, runs_on, true, resumer)
                ),
                _ => on_single(a, id, runs_on, captures, resumer),
            };
            let yields = matches!(continuation.map(|c| c.resumer), Some(Resumer::YieldQueue));
            let program = if captures {
                program_contexts(a, yields)
            } else {
                String::new()
            };
            // The program's own context or scheduler, when it has one, comes first: the rest
            // holds only where neither takes the continuation.
            if program.is_empty() {
                (format!("{resumer}{maybe}"), format!("{single}{maybe}"))
            } else {
                (
                    format!("{program}; otherwise {resumer}{maybe}"),
                    format!("{program}; otherwise {single}{maybe}"),
                )
            }
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
        custom,
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

/// Where the continuation of an await that suspends runs under `--sync-context single`: the
/// main thread's context is captured only by an await that runs on the main thread.
fn on_single(
    a: &Analysis<'_>,
    id: MethodId,
    runs_on: RunsOn,
    captures: bool,
    resumer: &str,
) -> String {
    if !captures {
        return format!("{resumer}: ConfigureAwait(false) does not capture the context");
    }
    let name = display_name(a.program, id);
    match runs_on {
        RunsOn::Main => {
            let called = if a.program.entry_point == Some(id) {
                format!("`{name}` starts there")
            } else {
                format!("every call of `{name}` is made there")
            };
            format!(
                "posted back to the main thread's context (captured when the await runs there): it runs on the main thread, since {called} and no await before it resumes the method elsewhere"
            )
        }
        RunsOn::Pool { after } => format!(
            "{resumer}: the await runs on a pool thread (the ConfigureAwait(false) await at line {} resumed the method there), where there is no context to capture",
            a.line(after)
        ),
        RunsOn::Either {
            after,
            called_elsewhere,
        } => {
            let mut when = Vec::new();
            let custom_at = |at: unawait_syntax::Span| {
                a.walk(id).awaits.iter().any(|x| {
                    x.expr.span == at && x.info.awaiter == hir::AwaiterKind::Custom
                })
            };
            let mut other = "a pool thread";
            if let Some(at) = after {
                if custom_at(at) {
                    // Its awaiter runs the continuation on a thread of its choosing.
                    other = "another thread";
                    when.push(format!(
                        "after the custom awaiter's await at line {} suspends",
                        a.line(at)
                    ));
                } else {
                    when.push(format!(
                        "after the ConfigureAwait(false) await at line {} suspends",
                        a.line(at)
                    ));
                }
            }
            if called_elsewhere || when.is_empty() {
                when.push(format!("when `{name}` is called there"));
            }
            let pool = when.join(", or ");
            format!(
                "where the await runs: on the main thread, posted back to its context; on {other} ({pool}), nothing is captured and it continues on {resumer}"
            )
        }
    }
}

/// What an await awaits: its operand, or for the program's own `GetAwaiter()` (a custom
/// awaitable) that call's receiver (the first argument of an extension method).
fn awaitable<'p>(af: &unawait_facts::walk::AwaitFact<'p>) -> &'p hir::Expr {
    match &af.operand.kind {
        hir::ExprKind::Call {
            callee: hir::Callee::User(_),
            receiver,
            args,
            ..
        } if matches!(af.info.get_awaiter, hir::Callee::User(_)) => {
            receiver.as_deref().or(args.first()).unwrap_or(af.operand)
        }
        _ => af.operand,
    }
}

/// Where an await that captures the context resumes when the program installs contexts of its
/// own classes (`SetSynchronizationContext`): through the `Post` of the one current as it
/// suspends. Empty when it installs none.
fn program_contexts(a: &Analysis<'_>, yields: bool) -> String {
    if a.facts.contexts.is_empty() {
        return String::new();
    }
    let named = |scheduler: bool| {
        let mut named: Vec<String> = Vec::new();
        for c in a
            .facts
            .contexts
            .iter()
            .filter(|c| c.task_scheduler == scheduler)
        {
            let s = format!(
                "`{}` at line {}",
                a.program.class(c.class).name,
                a.line(c.span)
            );
            if !named.contains(&s) {
                named.push(s);
            }
        }
        named.join(", ")
    };
    let mut out = String::new();
    let contexts = named(false);
    if !contexts.is_empty() {
        out.push_str(&format!(
            "where a SynchronizationContext of the program is current when it suspends (installed: {contexts}), through that context's Post{}",
            if yields { "" } else { " (the continuation runs inline only when the task completes on a thread where the same context is current)" }
        ));
    }
    let schedulers = named(true);
    if !schedulers.is_empty() {
        out.push_str(&format!(
            "{}inside a task of a TaskScheduler of the program with no context to capture (used: {schedulers}), through that scheduler: {}",
            if contexts.is_empty() { "" } else { "; " },
            if yields { "its QueueTask" } else { "its TryExecuteTaskInline when the task completes on a pool thread or under it, else its QueueTask" }
        ));
    }
    out
}
