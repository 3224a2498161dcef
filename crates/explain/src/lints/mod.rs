//! The lints of the tutorial's checklist that C# itself does not report. Each has a UA code
//! (docs/diagnostics.md), a hint and the tutorial's pattern; CS1998 and CS4014 come from sema
//! and only get the tutorial's reference here (`annotate`).

mod blocking;
mod cancellation;
mod invariant;
mod loops;
mod offload;
mod semaphore;
mod sequential;
mod streams;
mod values;

pub use loops::independent_loop_await;

use unawait_sema::hir::{self, AsyncKind, Callee, Expr, ExprKind, MethodId, Stmt, StmtKind};
use unawait_sema::types::Ty;
use unawait_syntax::{Diagnostic, Span};

use unawait_facts::display_name;
use unawait_facts::library::{is_task, is_value_task, strip_wrappers};
use unawait_facts::walk::{self as facts, contains_await};

use crate::analysis::Analysis;

pub struct Lint {
    pub code: &'static str,
    pub span: Span,
    pub message: String,
    pub label: String,
    pub hint: String,
    /// Where the tutorial discusses it: "Pattern 3, Trap E".
    pub tutorial: &'static str,
    pub notes: Vec<String>,
}

impl Lint {
    pub fn diagnostic(&self) -> Diagnostic {
        let mut d = Diagnostic::warning(self.code, self.message.clone(), self.span)
            .with_primary(self.label.clone())
            .with_hint(format!("{} (tutorial: {})", self.hint, self.tutorial));
        for n in &self.notes {
            d = d.with_note(n.clone());
        }
        d
    }
}

pub const WRAPPER: &str = "UA0201";
pub const BLOCKING: &str = "UA0202";
pub const LOOP: &str = "UA0203";
pub const VALUE_TASK: &str = "UA0204";
pub const LARGE: &str = "UA0205";
pub const INVARIANT: &str = "UA0206";
pub const DROPPED: &str = "UA0207";
pub const ASYNC_VOID: &str = "UA0208";
pub const SWALLOWED_CANCEL: &str = "UA0209";
pub const IGNORED_TOKEN: &str = "UA0210";
pub const SEQUENTIAL: &str = "UA0211";
pub const SEMAPHORE: &str = "UA0212";
pub const OFFLOAD: &str = "UA0213";
pub const STREAM: &str = "UA0214";

/// Where the tutorial covers the two warnings sema reports.
pub fn tutorial_note(code: &str) -> Option<&'static str> {
    match code {
        "CS1998" => Some(
            "tutorial (checklist 2, Pattern 1): every call completes synchronously; without `async`, return `Task.FromResult(...)` or `Task.CompletedTask` (an exception would then throw at the call instead of faulting the task)",
        ),
        "CS4014" => Some(
            "tutorial (section 9, fire-and-forget tasks and lost failures; checklist 10): nothing observes this task, so its exception is lost",
        ),
        _ => None,
    }
}

/// C#'s own warnings in an async method, which sema reports to `check` (with
/// `tutorial_note`): no await in it (CS1998), a task dropped by a statement (CS4014). For the
/// report's list of the method's warnings; sema's rules, which they must follow, are simple
/// enough to restate.
pub fn csharp_warnings(a: &Analysis<'_>, id: MethodId) -> Vec<Lint> {
    let m = a.program.method(id);
    let Some(body) = m.body.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if m.is_async && a.walk(id).awaits.is_empty() {
        out.push(Lint {
            code: "CS1998",
            span: m.name_span,
            message: format!(
                "`{}` is async but has no await: it runs synchronously, and C# still builds a state machine for it",
                display_name(a.program, id)
            ),
            label: "async method without `await`".into(),
            hint: "remove `async` and return `Task.FromResult(...)` or `Task.CompletedTask` (an exception would then throw at the call instead of faulting the task), or await something".into(),
            tutorial: "checklist 2, Pattern 1",
            notes: Vec::new(),
        });
    }
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            let StmtKind::Expr(e) = &st.kind else {
                return;
            };
            if csharp_warns_unawaited(a, m.is_async, e) {
                out.push(Lint {
                    code: "CS4014",
                    span: e.span,
                    message: format!(
                        "`{}` is not awaited: the method goes on before its task completes, and nothing observes its failure",
                        a.text(e.span)
                    ),
                    label: "this task is not awaited".into(),
                    hint: "add `await`, or write `_ = ...;` to run it without waiting".into(),
                    tutorial: "section 9, checklist 10",
                    notes: Vec::new(),
                });
            }
        });
    }
    out
}

/// Roslyn's `CouldBeAwaited`: a call of a method declared `async` that returns a value, in
/// any method; in an async method, any call whose result can be awaited.
fn csharp_warns_unawaited(a: &Analysis<'_>, in_async: bool, e: &Expr) -> bool {
    let ExprKind::Call { callee, .. } = &e.kind else {
        return false;
    };
    let callee_async = matches!(callee, Callee::User(t) if a.program.method(*t).is_async)
        && !matches!(e.ty, Ty::Void | Ty::Error);
    callee_async || (in_async && e.ty.is_awaitable())
}

/// Lints of one method, sorted by position.
pub fn method_lints(a: &Analysis<'_>, id: MethodId) -> Vec<Lint> {
    let m = a.program.method(id);
    if m.body.is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(l) = wrapper(a, id) {
        out.push(l);
    }
    if let Some(l) = async_void(a, id) {
        out.push(l);
    }
    blocking::blocking(a, id, &mut out);
    loops::loops(a, id, &mut out);
    values::value_tasks(a, id, &mut out);
    values::large_values(a, id, &mut out);
    invariant::invariant_work(a, id, &mut out);
    dropped(a, id, &mut out);
    cancellation::swallowed(a, id, &mut out);
    cancellation::ignored_token(a, id, &mut out);
    sequential::sequential(a, id, &mut out);
    semaphore::held_across_await(a, id, &mut out);
    offload::async_offload(a, id, &mut out);
    streams::per_element_awaits(a, id, &mut out);
    out.sort_by_key(|l| l.span.start);
    out
}

/// Every statement list of a body: the body's, and each nested block's, try's, catch's,
/// finally's and switch section's, outermost first.
fn statement_lists(body: &hir::Block) -> Vec<&[Stmt]> {
    let mut lists: Vec<&[Stmt]> = vec![&body.stmts];
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| match &st.kind {
            StmtKind::Block(b) => lists.push(&b.stmts),
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                lists.push(&body.stmts);
                for c in catches {
                    lists.push(&c.body.stmts);
                }
                if let Some(fb) = finally {
                    lists.push(&fb.stmts);
                }
            }
            StmtKind::Switch { sections, .. } => {
                lists.extend(sections.iter().map(|s| s.body.as_slice()));
            }
            _ => {}
        });
    }
    lists
}

/// Lints outside methods: static fields that store a `ValueTask`.
pub fn program_lints(a: &Analysis<'_>) -> Vec<Lint> {
    a.program
        .fields
        .iter()
        .filter(|f| is_value_task(&f.ty) && f.constant.is_none())
        .map(|f| Lint {
            code: VALUE_TASK,
            span: f.name_span,
            message: format!(
                "a `{}` is stored in the static field `{}`, where it can be consumed more than once",
                f.ty, f.name
            ),
            label: "a ValueTask kept in a field".into(),
            hint: "a ValueTask may be consumed (awaited, `.Result`, `.AsTask()`) only once: store a `Task` (`.AsTask()`) instead".into(),
            tutorial: "Optimization 5, checklist 7",
            notes: Vec::new(),
        })
        .collect()
}

/// The awaited task of a method whose body is only `return await E;` (or `await E;` for a
/// `Task`): `E` itself could be returned (Pattern 1).
pub fn wrapper_of(m: &hir::Method) -> Option<&Expr> {
    if !m.is_async {
        return None;
    }
    let body = m.body.as_ref()?;
    let stmts: Vec<&Stmt> = body
        .stmts
        .iter()
        .filter(|s| !matches!(s.kind, StmtKind::Empty))
        .collect();
    let [s] = stmts.as_slice() else {
        return None;
    };
    let (ExprKind::Await { expr: op, .. }, returns_value) = (match &s.kind {
        StmtKind::Return(Some(e)) => (&e.kind, true),
        StmtKind::Expr(e) => (&e.kind, false),
        _ => return None,
    }) else {
        return None;
    };
    let task = strip_wrappers(op);
    let wanted = &m.return_type;
    let fits = if returns_value {
        matches!(
            m.async_kind,
            AsyncKind::TaskOf(_) | AsyncKind::ValueTaskOf(_)
        ) && &task.ty == wanted
    } else {
        matches!(m.async_kind, AsyncKind::Task | AsyncKind::ValueTask) && &task.ty == wanted
    };
    (fits && !contains_await(task)).then_some(task)
}

fn wrapper(a: &Analysis<'_>, id: MethodId) -> Option<Lint> {
    let m = a.program.method(id);
    // The entry point stays async: `Main` is where the program's awaiting starts.
    if a.program.entry_point == Some(id) {
        return None;
    }
    let task = wrapper_of(m)?;
    let text = a.text(task.span);
    let what = if matches!(
        m.async_kind,
        AsyncKind::TaskOf(_) | AsyncKind::ValueTaskOf(_)
    ) {
        "and hands back its result"
    } else {
        "and completes when it does"
    };
    Some(Lint {
        code: WRAPPER,
        span: m.name_span,
        message: format!(
            "`{}` only awaits `{text}` {what}: it needs no state machine",
            display_name(a.program, id)
        ),
        label: "async wrapper: it only awaits a task it could return".into(),
        hint: format!(
            "remove `async` and `await` and return the task itself: `return {text};` (no state machine, no second task)"
        ),
        tutorial: "Pattern 1, Optimization 4, checklist 2",
        notes: Vec::new(),
    })
}

/// The methods (lambdas included) whose delegates the program subscribes to an event: the
/// value of `+=` on a field-like event, or the argument of an event's `add` accessor.
pub fn event_handlers(program: &hir::Program) -> std::collections::HashSet<MethodId> {
    let mut out = std::collections::HashSet::new();
    let mut subscribed = |e: &Expr| {
        facts::visit_exprs(e, &mut |x| {
            if let ExprKind::MethodGroup {
                method: Callee::User(m),
                ..
            } = &x.kind
            {
                out.insert(*m);
            }
        })
    };
    for m in &program.methods {
        let Some(body) = m.body.as_ref() else {
            continue;
        };
        for s in &body.stmts {
            facts::visit_stmts(s, &mut |st| {
                for e in facts::stmt_exprs(st) {
                    facts::visit_exprs(e, &mut |x| match &x.kind {
                        ExprKind::CompoundAssign {
                            target:
                                hir::Place::InstanceField { field, .. } | hir::Place::StaticField(field),
                            op: hir::BinOp::Add,
                            value,
                            ..
                        } if program.field(*field).is_event => subscribed(value),
                        ExprKind::Call {
                            callee: Callee::User(add),
                            args,
                            ..
                        } if program.method(*add).kind == hir::MethodKind::EventAdder => {
                            args.iter().for_each(&mut subscribed)
                        }
                        _ => {}
                    });
                }
            });
        }
    }
    out
}

/// An event handler's signature: `(object sender, SomeEventArgs e)`.
fn is_event_handler(m: &hir::Method) -> bool {
    matches!(m.param_types.as_slice(), [Ty::Object, _])
}

/// `async void` outside an event handler: nothing can await it or observe its failure.
fn async_void(a: &Analysis<'_>, id: MethodId) -> Option<Lint> {
    let m = a.program.method(id);
    if m.async_kind != AsyncKind::Void || is_event_handler(m) || a.is_subscribed(id) {
        return None;
    }
    Some(Lint {
        code: ASYNC_VOID,
        span: m.name_span,
        message: format!(
            "`{}` is `async void`: no caller can await it, and an exception escaping it ends the process",
            display_name(a.program, id)
        ),
        label: "`async void` outside an event handler".into(),
        hint: format!(
            "return `Task` (`static async Task {}(...)`) and await it where it is called; `async void` is for event handlers only, whose signature is fixed",
            m.name
        ),
        tutorial: "section 9 (async void changes failure semantics)",
        notes: Vec::new(),
    })
}

fn dropped(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let Some(body) = &m.body else {
        return;
    };
    let mut found: Vec<Lint> = Vec::new();
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            let StmtKind::Expr(e) = &st.kind else {
                return;
            };
            match &e.kind {
                // Where C# reports CS4014 itself, one warning is enough.
                ExprKind::Call { .. }
                    if is_task(&e.ty) && !csharp_warns_unawaited(a, m.is_async, e) =>
                {
                    let text = a.text(e.span);
                    found.push(Lint {
                        code: DROPPED,
                        span: e.span,
                        message: format!(
                            "the task of `{text}` is dropped: nothing waits for it, and its failure is never observed"
                        ),
                        label: "this task is dropped".into(),
                        hint: "keep the task and await it (from an async caller), or wait for it before the method returns; write `_ = ...;` only for a task that cannot fail or whose failure does not matter".into(),
                        tutorial: "section 9 (fire-and-forget tasks and lost failures), checklist 10",
                        notes: Vec::new(),
                    });
                }
                ExprKind::Discard(x) => {
                    let ExprKind::Call {
                        callee: Callee::User(target),
                        ..
                    } = &strip_wrappers(x).kind
                    else {
                        return;
                    };
                    if !is_task(&x.ty) {
                        return;
                    }
                    let Some(throw) = a.class(*target).and_then(|c| c.may_throw) else {
                        return;
                    };
                    let text = a.text(x.span);
                    found.push(Lint {
                        code: DROPPED,
                        span: e.span,
                        message: format!(
                            "`_ = {text}` discards a task that can fail (line {}): the failure would never be observed",
                            a.line(throw)
                        ),
                        label: "fire-and-forget of a task that can fail".into(),
                        hint: format!("keep the task and await it later (`Task t = {text}; ... await t;`), or handle the failure inside `{}`", display_name(a.program, *target)),
                        tutorial: "section 9 (fire-and-forget tasks and lost failures), checklist 10",
                        notes: Vec::new(),
                    });
                }
                _ => {}
            }
        });
    }
    out.extend(found);
}
