//! The sentences of the report, made from the facts' typed reasons and allocation records
//! (crates/facts): the one place that words them. Changing a sentence here changes the text
//! and JSON reports and the lints alike.

use unawait_facts::alloc::{
    Alloc, AllocKind, AllocSite, ArrayLen, CachedDefault, LibraryAlloc, ObjectSizes, SyncPathCost,
};
use unawait_facts::{display_name, Completion, Depends, Never, Suspends, Sync, Wait};
use unawait_sema::builtins::{library, MemberKind};
use unawait_sema::hir::BuiltinId;
use unawait_sema::types::{Lib, Ty};
use unawait_syntax::Span;

use crate::analysis::Analysis;

pub fn completion(a: &Analysis<'_>, c: &Completion) -> String {
    match c {
        Completion::Sync(s) => sync(a, s),
        Completion::Suspends(s) => suspends(a, s),
        Completion::Depends(d) => depends(a, d),
    }
}

/// `Task.CompletedTask`: the owner without its type parameters, and the member.
fn member_name(id: BuiltinId) -> (String, bool) {
    let b = library().get(id);
    let owner = b.owner_ty.to_string();
    let owner = owner.split('<').next().unwrap_or_default();
    (
        format!("{owner}.{}", b.name),
        matches!(b.kind, MemberKind::Property { .. }),
    )
}

pub fn sync(a: &Analysis<'_>, s: &Sync) -> String {
    match s {
        Sync::Library { member } => match member_name(*member) {
            (name, true) => format!("{name} is already complete"),
            (name, false) => format!("{name} returns a completed task"),
        },
        Sync::DelayZero { .. } => "Task.Delay(0) returns a completed task".into(),
        Sync::ValueTaskOfValue => {
            "a ValueTask made from a value holds its result: no task at all".into()
        }
        Sync::WaitedBefore { how, at } => {
            let line = a.line(*at);
            match how {
                Wait::Await => format!("awaited at line {line}"),
                _ => format!("waited for at line {line}"),
            }
        }
        Sync::CheckedIsCompleted => "checked with IsCompleted just before".into(),
        Sync::SourceSet { at } => format!(
            "its TaskCompletionSource was completed at line {}",
            a.line(*at)
        ),
        Sync::Element(why) => format!("its tasks completed ({})", sync(a, why)),
        Sync::BothArms(why) => sync(a, why),
        Sync::WhenAnyResult => "the task Task.WhenAny returns has completed".into(),
        Sync::WhenAllOfCompleted => "every task it waits for is complete".into(),
        Sync::CalleeNeverSuspends { callee, why } => format!(
            "`{}` never suspends: {}",
            display_name(a.program, *callee),
            never(a, why)
        ),
    }
}

pub fn never(a: &Analysis<'_>, n: &Never) -> String {
    match n {
        Never::NoAwait => "it has no await".into(),
        Never::AllAwaitsComplete => "every await in it is of a completed task".into(),
        Never::ReturnsCompleted(why) => format!("it returns a completed task ({})", sync(a, why)),
    }
}

/// `line 12: await Task.Delay(10)`: where a callee suspends.
pub fn place(a: &Analysis<'_>, span: Span) -> String {
    format!("line {}: {}", a.line(span), a.lines.text(span, 50))
}

pub fn suspends(a: &Analysis<'_>, s: &Suspends) -> String {
    match s {
        Suspends::Yield { .. } => "Task.Yield() always suspends: its awaiter is never complete, \
                                   the rest of the method is queued"
            .into(),
        Suspends::DelayForever { expr } => {
            format!("{} never completes", a.lines.text(*expr, 60))
        }
        Suspends::DelayTimer { expr, ms } => format!(
            "{} completes only when its timer fires, {ms} ms later",
            a.lines.text(*expr, 60)
        ),
        Suspends::CalleeAlwaysSuspends {
            callee,
            at,
            returns_pending_task,
        } => {
            let name = display_name(a.program, *callee);
            let places: Vec<String> = at.iter().map(|s| place(a, *s)).collect();
            if *returns_pending_task {
                let first = places.first().cloned().unwrap_or_default();
                return format!("`{name}` returns a task that is never complete yet ({first})");
            }
            let which = if places.len() > 1 {
                ", whichever path it takes"
            } else {
                ""
            };
            format!(
                "`{name}` always suspends before it completes (at {}{which})",
                places.join(", or at ")
            )
        }
        Suspends::EitherArm(x, y) => {
            let (x, y) = (suspends(a, x), suspends(a, y));
            if x == y {
                format!("either task the ?: picks must suspend: {x}")
            } else {
                format!("either task the ?: picks must suspend: {x}; {y}")
            }
        }
        Suspends::WhenAllWaits(why) => format!(
            "Task.WhenAll waits for an input that is not complete: {}",
            suspends(a, why)
        ),
        Suspends::WhenAnyAllPending(why) => format!(
            "Task.WhenAny waits for the first of its inputs, and none is complete yet: {}",
            suspends(a, why)
        ),
    }
}

pub fn depends(a: &Analysis<'_>, d: &Depends) -> String {
    let text = |span: &Span| a.lines.text(*span, 60);
    match d {
        Depends::Local { expr } => {
            format!("`{}` may or may not have completed by then", text(expr))
        }
        Depends::DelayRuntime { expr } => format!(
            "{}: the delay is known only at run time (0 completes at once)",
            text(expr)
        ),
        Depends::DelayCancelable { expr, ms } => match ms {
            Some(-1) => format!(
                "{}: completes at once (canceled) if the token is canceled already, and otherwise only when it is canceled",
                text(expr)
            ),
            Some(_) => format!(
                "{}: completes at once (canceled) if the token is canceled already; otherwise when its timer fires or the token is canceled",
                text(expr)
            ),
            None => format!(
                "{}: the delay is known only at run time (0 completes at once), and the token may be canceled already (then it completes at once, canceled)",
                text(expr)
            ),
        },
        Depends::Combinator { expr } => format!("{} completes when its inputs do", text(expr)),
        Depends::CalleeReturnsEarly { callee, returns_at } => {
            let name = display_name(a.program, *callee);
            let lines: Vec<usize> = returns_at.iter().map(|r| a.line(*r)).collect();
            let at = crate::report::lines_or(&lines);
            let paths = if lines.len() > 1 { "paths" } else { "path" };
            if a.program.method(*callee).is_async {
                format!(
                    "`{name}` completes synchronously when it returns at {at}, before any \
                     await; otherwise it suspends"
                )
            } else {
                format!(
                    "`{name}` returns a completed task on the {paths} at {at}; otherwise a \
                     task that may be pending"
                )
            }
        }
        Depends::Callee { callee } => {
            let name = display_name(a.program, *callee);
            use unawait_sema::types::{Lib, Ty};
            let awaiter = matches!(
                a.program.method(*callee).return_type,
                Ty::Lib(
                    Lib::TaskAwaiter
                        | Lib::TaskAwaiterOf
                        | Lib::ValueTaskAwaiter
                        | Lib::ValueTaskAwaiterOf
                        | Lib::ConfiguredTaskAwaiter
                        | Lib::ConfiguredTaskAwaiterOf
                        | Lib::ConfiguredValueTaskAwaiter
                        | Lib::ConfiguredValueTaskAwaiterOf,
                    _
                )
            );
            if a.program.method(*callee).is_async {
                format!("`{name}` suspends only when one of its own awaits does")
            } else if awaiter {
                format!("`{name}` returns the awaiter of a task that may or may not be complete")
            } else {
                format!("`{name}` returns a task that may or may not be complete")
            }
        }
        Depends::Virtual { callee } => {
            let name = display_name(a.program, *callee);
            format!("`{name}` is virtual: the override of the object's class runs, and only the run knows which")
        }
        Depends::Task { expr } => {
            format!("`{}` may or may not be complete when awaited", text(expr))
        }
        Depends::Awaiter { awaiter } => format!(
            "a custom awaiter: `{awaiter}.IsCompleted`, read when the await runs, says whether it suspends"
        ),
        Depends::Unknown => "depends on run time".into(),
    }
}

/// Why a call of a virtual method that the facts resolved runs one known implementation (empty
/// for other expressions).
pub fn direct_call(a: &Analysis<'_>, operand: &unawait_sema::hir::Expr) -> String {
    use unawait_facts::target::{call_target, Direct, Target};
    let e = unawait_facts::library::strip_wrappers(operand);
    let Some(Target::Resolved { callee, runs, why }) = call_target(a.program, e) else {
        return String::new();
    };
    let name = display_name(a.program, callee);
    match why {
        Direct::Base if runs == callee => {
            format!(" (`{name}` is virtual, but a `base.` call is not: `{name}` itself runs)")
        }
        Direct::Base => format!(
            " (`{name}` is virtual, but a `base.` call is not: it runs `{}`)",
            display_name(a.program, runs)
        ),
        Direct::OnlyImplementation { class } => format!(
            " (`{name}` is virtual, but every object of type `{}` or of a class derived from it runs `{}`)",
            a.program.class(class).name,
            display_name(a.program, runs)
        ),
    }
}

/// For an await of `Task.Run(delegate)` (a member that queues its delegate to the pool): the
/// hop and the extra task it costs (Trap D), else nothing.
pub fn queued(operand: &unawait_sema::hir::Expr) -> String {
    let e = unawait_facts::library::strip_wrappers(operand);
    match unawait_facts::library::lib_use(e) {
        Some(u) if u.behavior.queues.is_some() => {
            " (its delegate is queued to the pool: it starts \
            on a pool thread, one thread hop before any of its work runs, and the awaited task \
            is Run's own, one more task that completes when the delegate's task does: Trap D)"
                .into()
        }
        _ => String::new(),
    }
}

/// Whether the module hands a synchronous result back inline to a caller that awaits the call
/// directly (unawait's model; .NET's returns a task).
fn inline_results(a: &Analysis<'_>) -> bool {
    a.module.model == unawait_smir::Model::Unawait
}

/// What the synchronous path costs (`alloc::SyncPathCost`), after its bytes.
pub fn sync_path(a: &Analysis<'_>, cost: &SyncPathCost) -> String {
    let task = a.layout.task();
    match cost {
        SyncPathCost::NeverSynchronous => "the method never completes synchronously".into(),
        SyncPathCost::OnlyFailing => "a faulted task, for a call that fails before it first suspends; every call that succeeds suspends".into(),
        SyncPathCost::CachedCompletedTask => "the cached Task.CompletedTask is returned".into(),
        SyncPathCost::InlineValueTask => "the ValueTask holds the result inline, no task".into(),
        SyncPathCost::CachedBool => "the completed Task<bool> is cached (.NET caches both)".into(),
        SyncPathCost::SmallIntCache {
            all_returns_small: true,
        } => "every returned value is in -1..8, whose completed Task<int> is cached".into(),
        SyncPathCost::SmallIntCache {
            all_returns_small: false,
        } => format!(
            "one completed Task<int> ({task} bytes) unless the result is in -1..8 (cached, 0 bytes){}",
            if inline_results(a) {
                " or the caller awaits the call directly (the result comes back inline, 0 bytes)"
            } else {
                ""
            }
        ),
        SyncPathCost::CompletedTaskOf { result, cached } => {
            let cached = match cached {
                Some(CachedDefault::Zero) => "unless the result is 0 (cached)",
                Some(CachedDefault::Null) => "unless the result is null (cached)",
                None => "not cached",
            };
            let inline = match inline_results(a) {
                true => "; none when the caller awaits the call directly (the result comes back inline)",
                false => "",
            };
            format!("one completed Task<{result}> ({task} bytes), {cached}{inline}")
        }
        SyncPathCost::NoTask => "an async void method returns no task".into(),
        SyncPathCost::Unmodelled => String::new(),
    }
}

/// An allocation of the method's code: `subject: cost`, or for alternatives on exclusive paths
/// `one of A, B: cost` (a call makes one of them).
pub fn alloc_site(a: &Analysis<'_>, site: &AllocSite) -> String {
    let parts: Vec<(String, Option<String>, usize)> = site
        .made_by
        .iter()
        .map(|m| {
            let (subject, cost) = alloc_parts(a, m);
            (subject, cost, a.line(m.span))
        })
        .collect();
    match parts.as_slice() {
        [] => String::new(),
        [(subject, None, _)] => subject.clone(),
        [(subject, Some(cost), _)] => format!("{subject}: {cost}"),
        [(_, cost, first), ..] => {
            let cost = cost.clone().unwrap_or_default();
            let one_line = parts.iter().all(|(_, _, l)| l == first);
            let mut names: Vec<String> = parts
                .iter()
                .map(|(s, _, l)| match one_line {
                    true => s.clone(),
                    false => format!("{s} (line {l})"),
                })
                .collect();
            names.dedup();
            match names.as_slice() {
                [one] => format!("{one} (once, whichever arm runs): {cost}"),
                _ => format!("one of {}: {cost}", names.join(", ")),
            }
        }
    }
}

/// What makes an allocation, and what it costs when alternatives can share that.
fn alloc_parts(a: &Analysis<'_>, alloc: &Alloc) -> (String, Option<String>) {
    match &alloc.kind {
        AllocKind::ForeachEnumerator { collection } => (
            format!("the foreach enumerator over `{}`", a.text(*collection)),
            None,
        ),
        AllocKind::NewArray {
            elem,
            len: ArrayLen::Const(n),
        } => (format!("new {elem}[{n}]"), None),
        AllocKind::NewArray {
            elem,
            len: ArrayLen::Runtime { size },
        } => (
            format!(
                "new {elem}[{}] ({} + 8 bytes per element)",
                a.text(*size),
                a.layout.array(0)
            ),
            None,
        ),
        AllocKind::ArrayInit { elem, items } => (format!("an array of {items} {elem}"), None),
        AllocKind::NewObject { ty } if ty.to_string().starts_with("<>c__DisplayClass") => (
            format!("a closure (`{ty}`, the variables lambdas capture)"),
            None,
        ),
        AllocKind::List { ty } | AllocKind::Object { ty } | AllocKind::NewObject { ty } => {
            (format!("new {ty}"), None)
        }
        // A delegate of a static method (a lambda that captures nothing, in `<>c`, or a method
        // group) is made on first use and cached, as .NET does (sema's closures/).
        AllocKind::Delegate { method } if a.program.method(*method).is_static => (
            format!(
                "a delegate of {}, made on the first run and cached after",
                unawait_facts::display_name(a.program, *method)
            ),
            None,
        ),
        AllocKind::Delegate { method } => (
            format!(
                "a delegate of {}",
                unawait_facts::display_name(a.program, *method)
            ),
            None,
        ),
        AllocKind::Library { makes, member } => {
            let text = || a.text(alloc.span);
            // `Task.Run` of a delegate returning a task: .NET's is `StartNew`'s `Task<Task>`
            // unwrapped by a proxy, two tasks where unawait's runtime makes the proxy only.
            let key = unawait_sema::builtins::library().get(*member).key();
            let run_unwraps = key.starts_with("Task.Run") && key.contains("Func<Task");
            let (subject, cost) = match makes {
                LibraryAlloc::WhenAll { task } => (
                    "Task.WhenAll".to_string(),
                    match task {
                        Ty::Lib(Lib::TaskOf, _) => format!(
                            "its {task} ({} bytes, the figure here) and, when it completes, the result array ({} + 8 bytes per task)",
                            a.layout.task(),
                            a.layout.array(0)
                        ),
                        _ => "its Task".into(),
                    },
                ),
                LibraryAlloc::WhenAny { task } => ("Task.WhenAny".into(), format!("its {task}")),
                LibraryAlloc::Timer => (text(), "a Task and a timer".into()),
                LibraryAlloc::Completed { task } => (text(), format!("a completed {task}")),
                LibraryAlloc::Array => (text(), "an array".into()),
                LibraryAlloc::TaskOfValueTask => {
                    (text(), "a Task when the ValueTask holds a value".into())
                }
                LibraryAlloc::Object { ty } if run_unwraps => (
                    text(),
                    match a.module.model {
                        unawait_smir::Model::DotNet => format!(
                            "two tasks: StartNew's Task<{ty}> and the unwrap proxy {ty} it returns"
                        ),
                        unawait_smir::Model::Unawait => format!(
                            "a new {ty} (.NET makes two: StartNew's Task<{ty}> and this unwrap proxy)"
                        ),
                    },
                ),
                LibraryAlloc::Object { ty } => (text(), format!("a new {ty}")),
            };
            (subject, Some(cost))
        }
        AllocKind::CallBox {
            callee,
            box_bytes,
            always_suspends,
        } => (
            format!("call to `{}`", display_name(a.program, *callee)),
            Some(match always_suspends {
                true => "its box (it always suspends)".into(),
                false => format!("its box, {box_bytes} bytes, if it suspends"),
            }),
        ),
    }
}
