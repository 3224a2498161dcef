//! The lints of the tutorial's checklist that C# itself does not report. Each has a UA code
//! (docs/diagnostics.md), a hint and the tutorial's pattern; CS1998 and CS4014 come from sema
//! and only get the tutorial's reference here (`annotate`).

use std::collections::HashSet;

use unawait_sema::hir::{
    self, AsyncKind, Callee, Expr, ExprKind, LocalId, MethodId, Place, Stmt, StmtKind,
};
use unawait_sema::types::{Lib, Ty};
use unawait_syntax::{Diagnostic, Span};

use crate::analysis::Analysis;
use crate::completion::{display_name, Completes};
use crate::facts::{self, contains_await, read_locals, Jump, LoopKind, Use};
use crate::lib_names::{const_int, is_collection, is_task, is_value_task, strip_wrappers};

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
    let Some(body) = m.body.as_ref().filter(|_| m.is_async) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if a.facts[id.0 as usize].awaits.is_empty() {
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
            if matches!(e.kind, ExprKind::Call { .. }) && e.ty.is_awaitable() {
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
    blocking(a, id, &mut out);
    loops(a, id, &mut out);
    value_tasks(a, id, &mut out);
    large_values(a, id, &mut out);
    invariant_work(a, id, &mut out);
    dropped(a, id, &mut out);
    out.sort_by_key(|l| l.span.start);
    out
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

/// An event handler's signature: `(object sender, SomeEventArgs e)`.
fn is_event_handler(m: &hir::Method) -> bool {
    matches!(m.param_types.as_slice(), [Ty::Object, _])
}

/// `async void` outside an event handler: nothing can await it or observe its failure.
fn async_void(a: &Analysis<'_>, id: MethodId) -> Option<Lint> {
    let m = a.program.method(id);
    if m.async_kind != AsyncKind::Void || is_event_handler(m) {
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

fn blocking(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    for b in &a.flows[id.0 as usize].blocking {
        if b.known.is_some() {
            continue;
        }
        let task = a.text(b.receiver);
        let notes = b
            .pending
            .iter()
            .map(|why| format!("the task is certainly not complete here: {why}"))
            .collect();
        let state = if b.pending.is_some() {
            "a task that cannot be complete yet"
        } else {
            "a task that is not known to be complete"
        };
        let (message, hint) = if m.is_async {
            (
                format!("`{task}{}` blocks the thread of an async method on {state}", b.what),
                format!("await it instead: `await {task}`; blocking ties up the thread, and deadlocks when the task's continuation needs this thread (a single-threaded SynchronizationContext)"),
            )
        } else {
            (
                format!("`{task}{}` blocks the calling thread on {state}", b.what),
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

/// Locals a statement tree assigns from an await or from another such local, to a fixpoint: the
/// values that carry one iteration's results into the next.
fn tainted(stmt: &Stmt) -> HashSet<LocalId> {
    let mut assigns: Vec<(LocalId, &Expr)> = Vec::new();
    facts::visit_stmts(stmt, &mut |s| {
        if let StmtKind::Local {
            local,
            init: Some(e),
        } = &s.kind
        {
            assigns.push((*local, e));
        }
    });
    facts::visit_all_exprs(stmt, &mut |e| match &e.kind {
        ExprKind::Assign {
            target: Place::Local(l),
            value,
        }
        | ExprKind::CompoundAssign {
            target: Place::Local(l),
            value,
            ..
        } => assigns.push((*l, value)),
        _ => {}
    });
    let mut t: HashSet<LocalId> = HashSet::new();
    loop {
        let mut changed = false;
        for (l, v) in &assigns {
            if !t.contains(l) && (contains_await(v) || read_locals(v).iter().any(|r| t.contains(r)))
            {
                t.insert(*l);
                changed = true;
            }
        }
        if !changed {
            return t;
        }
    }
}

fn loops(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    if !m.is_async {
        return;
    }
    let f = &a.facts[id.0 as usize];
    for (li, lp) in f.loops.iter().enumerate() {
        if let Ok((await_span, call)) = independent_loop_await(a, id, li) {
            let text = a.text(call.span);
            // A ValueTask may be consumed only once and is not kept in a list (UA0204): the
            // tasks to collect are its `.AsTask()`.
            let collect = match &strip_wrappers(call).ty {
                Ty::Lib(Lib::ValueTask, args) => format!(
                    "collect each call's `.AsTask()` in a `List<{}>`",
                    Ty::Lib(Lib::Task, args.clone())
                ),
                Ty::Lib(Lib::ValueTaskOf, args) => format!(
                    "collect each call's `.AsTask()` in a `List<{}>`",
                    Ty::Lib(Lib::TaskOf, args.clone())
                ),
                ty => format!("collect the tasks in a `List<{ty}>`"),
            };
            let (how_often, label) = if a.every_iteration(id, li, &[await_span]) {
                ("once per iteration", "suspends once per iteration")
            } else {
                (
                    "on each iteration that reaches it",
                    "suspends on each iteration that reaches it",
                )
            };
            out.push(Lint {
                code: LOOP,
                span: await_span,
                message: format!(
                    "the loop at line {} awaits `{text}` {how_often}: one suspension and one operation at a time",
                    a.line(lp.stmt.span)
                ),
                label: label.into(),
                hint: format!(
                    "the iterations do not depend on each other's results: start every call first ({collect}), then `await Task.WhenAll(tasks)` once"
                ),
                tutorial: "Pattern 3, Trap E, checklist 5 and 8",
                notes: vec![
                    "with WhenAll the calls run concurrently: their side effects interleave".into(),
                ],
            });
        }
    }
}

/// The first await in loop `li` (directly, not in an inner loop) of a call to a method of the
/// program that may suspend, when no iteration depends on another's results; otherwise why the
/// loop's awaits are not independent work.
pub fn independent_loop_await<'p>(
    a: &Analysis<'p>,
    id: MethodId,
    li: usize,
) -> Result<(Span, &'p Expr), &'static str> {
    let f = &a.facts[id.0 as usize];
    let lp = &f.loops[li];
    if !matches!(lp.kind, LoopKind::For | LoopKind::Foreach) {
        return Err("a `while` loop runs until a condition changes, not over a known set of items");
    }
    // Leaving early (break, return, throw) makes the next iteration depend on this one.
    let leaves = f.jumps.iter().any(|(j, _, pos)| match j {
        Jump::Break => pos.innermost_loop() == Some(li),
        Jump::Return | Jump::Throw => pos.loops.contains(&li),
        Jump::Continue => false,
    });
    if leaves {
        return Err("the loop may stop early on a result (`break`, `return`, `throw`)");
    }
    const DEPENDS: &str = "each iteration needs a result of the previous one";
    let taint = tainted(lp.stmt);
    if let StmtKind::For { cond, update, .. } = &lp.stmt.kind {
        let reads: Vec<LocalId> = cond
            .iter()
            .chain(update.iter())
            .flat_map(read_locals)
            .collect();
        if reads.iter().any(|r| taint.contains(r)) {
            return Err(DEPENDS);
        }
    }
    // Awaits in the loop's body: one in a `for` condition or update is loop control.
    let body = match &lp.stmt.kind {
        StmtKind::For { body, .. } | StmtKind::Foreach { body, .. } => body.span,
        _ => return Err(DEPENDS),
    };
    let mut why = "its awaits are of tasks already started, or of no work of this program";
    for aw in f
        .awaits
        .iter()
        .filter(|x| x.pos.innermost_loop() == Some(li))
    {
        if aw.expr.span.start < body.start || aw.expr.span.end > body.end {
            why = "the awaits are in the loop's condition or update";
            continue;
        }
        if matches!(
            a.completes(id, aw.expr.span),
            Some(Completes::Sync(_)) | None
        ) {
            continue;
        }
        let op = strip_wrappers(aw.operand);
        let call = match &op.kind {
            ExprKind::Call {
                callee: Callee::User(_),
                ..
            } => op,
            // `var t = F(x); ... await t;` in the same iteration.
            ExprKind::Local(t) => match started_in_loop(lp.stmt, *t) {
                Some(c) => c,
                None => continue,
            },
            _ => continue,
        };
        let ExprKind::Call {
            callee: Callee::User(target),
            args,
            ..
        } = &call.kind
        else {
            continue;
        };
        let target_m = a.program.method(*target);
        let class = a.classes.of(*target);
        if class.is_some_and(|c| c.never.is_some()) {
            continue;
        }
        // The ValueTask is a promise to complete synchronously; one that always suspends
        // breaks it, and its loop is Trap E like any other.
        if is_value_task(&target_m.return_type) && class.is_none_or(|c| c.always.is_none()) {
            why = "it awaits a ValueTask method, which is meant to complete synchronously";
            continue;
        }
        if result_reads_shared_state(a, *target) {
            why = "each call's result depends on state the previous calls changed";
            continue;
        }
        if args
            .iter()
            .flat_map(read_locals)
            .any(|r| taint.contains(&r))
        {
            why = DEPENDS;
            continue;
        }
        return Ok((aw.expr.span, call));
    }
    Err(why)
}

/// Whether what a method returns depends on static state a previous call may have changed:
/// a return value, or the condition of a branch or loop that returns, reads a mutable static
/// field (directly or through a method it calls). Such calls are not independent work.
fn result_reads_shared_state(a: &Analysis<'_>, m: MethodId) -> bool {
    let Some(body) = &a.program.method(m).body else {
        return false;
    };
    let reads_state = |e: &Expr| {
        let mut found = false;
        facts::visit_exprs(e, &mut |x| match &x.kind {
            ExprKind::StaticField(f) if !a.program.field(*f).is_readonly => found = true,
            ExprKind::Call {
                callee: Callee::User(c),
                ..
            } if reads_static(a, *c) => {
                found = true;
            }
            _ => {}
        });
        found
    };
    let mut dependent = false;
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            let returns = || {
                let mut r = false;
                facts::visit_stmts(st, &mut |x| {
                    if matches!(x.kind, StmtKind::Return(Some(_))) {
                        r = true;
                    }
                });
                r
            };
            match &st.kind {
                StmtKind::Return(Some(e)) if reads_state(e) => dependent = true,
                StmtKind::If { cond, .. }
                | StmtKind::While { cond, .. }
                | StmtKind::DoWhile { cond, .. }
                    if reads_state(cond) && returns() =>
                {
                    dependent = true
                }
                _ => {}
            }
        });
    }
    dependent
}

/// A method's body reads a mutable static field.
fn reads_static(a: &Analysis<'_>, m: MethodId) -> bool {
    let Some(body) = &a.program.method(m).body else {
        return false;
    };
    let mut found = false;
    for s in &body.stmts {
        facts::visit_all_exprs(s, &mut |x| {
            if let ExprKind::StaticField(f) = x.kind {
                if !a.program.field(f).is_readonly {
                    found = true;
                }
            }
        });
    }
    found
}

/// The call a task local was assigned from inside a loop body, if it was (once).
fn started_in_loop(loop_stmt: &Stmt, t: LocalId) -> Option<&Expr> {
    let mut found = None;
    let mut count = 0;
    facts::visit_stmts(loop_stmt, &mut |s| {
        if let StmtKind::Local {
            local,
            init: Some(e),
        } = &s.kind
        {
            if *local == t {
                count += 1;
                found = Some(e);
            }
        }
    });
    facts::visit_all_exprs(loop_stmt, &mut |e| {
        if let ExprKind::Assign {
            target: Place::Local(l),
            value,
        } = &e.kind
        {
            if *l == t {
                count += 1;
                found = Some(value);
            }
        }
    });
    let e = found.filter(|_| count == 1)?;
    matches!(
        e.kind,
        ExprKind::Call {
            callee: Callee::User(_),
            ..
        }
    )
    .then_some(e)
}

fn value_tasks(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let f = &a.facts[id.0 as usize];
    for (li, local) in m.locals.iter().enumerate() {
        if !is_value_task(&local.ty) {
            continue;
        }
        let l = LocalId(li as u32);
        let uses: Vec<_> = f
            .reads
            .iter()
            .filter(|r| r.local == l && r.how == Use::Consume)
            .collect();
        let mut reported = false;
        'pairs: for (j, second) in uses.iter().enumerate() {
            for first in &uses[..j] {
                if !first.pos.exclusive_with(&second.pos) {
                    out.push(Lint {
                        code: VALUE_TASK,
                        span: second.use_span,
                        message: format!(
                            "the ValueTask in `{}` is consumed a second time (first at line {})",
                            local.name,
                            a.line(first.use_span)
                        ),
                        label: "second use of the same ValueTask".into(),
                        hint: "a ValueTask may be awaited (or `.Result`/`.AsTask()`) only once: consume it once, or call `.AsTask()` once and await that Task as often as needed".into(),
                        tutorial: "Optimization 5, checklist 7",
                        notes: Vec::new(),
                    });
                    reported = true;
                    break 'pairs;
                }
            }
        }
        if reported {
            continue;
        }
        for u in &uses {
            let Some(lp) = u.pos.innermost_loop() else {
                continue;
            };
            let assigned_in_loop = f
                .writes
                .iter()
                .any(|w| w.local == l && w.pos.loops.contains(&lp));
            if !assigned_in_loop {
                out.push(Lint {
                    code: VALUE_TASK,
                    span: u.use_span,
                    message: format!(
                        "the ValueTask in `{}` is consumed on every iteration of the loop at line {}, but obtained only once",
                        local.name,
                        a.line(f.loop_span(lp))
                    ),
                    label: "consumed again on the next iteration".into(),
                    hint: "a ValueTask may be consumed only once: get a new one in each iteration, or convert it once with `.AsTask()`".into(),
                    tutorial: "Optimization 5, checklist 7",
                    notes: Vec::new(),
                });
                break;
            }
        }
    }
    for s in &f.value_task_stores {
        out.push(Lint {
            code: VALUE_TASK,
            span: *s,
            message: "a ValueTask is stored in a collection or a field, where it can be consumed more than once".into(),
            label: "ValueTask stored".into(),
            hint: "keep `Task`s in collections and fields (`.AsTask()`); a ValueTask is meant to be awaited once, right away".into(),
            tutorial: "Optimization 5, checklist 7",
            notes: Vec::new(),
        });
    }
}

/// Trap B: an array or list held across an await only for a summary of it (`.Length`,
/// `.Count`, a fixed element), or a large array created by the method held across an await.
fn large_values(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let f = &a.facts[id.0 as usize];
    let mut done: HashSet<LocalId> = HashSet::new();
    for site in a.await_sites(id) {
        let Some(af) = a.await_fact(id, site.span) else {
            continue;
        };
        for l in a.live_locals(id, site) {
            let Some(local) = m.locals.get(l.0 as usize) else {
                continue;
            };
            if !is_collection(&local.ty) || done.contains(&l) || !owns_collection(f, m, l) {
                continue;
            }
            let mut reads = f.reads_after(af, l);
            reads.extend(f.reads.iter().filter(|r| {
                r.local == l && r.stmt == af.stmt && r.span.start < af.expr.span.start
            }));
            let summary_only = !reads.is_empty()
                && reads
                    .iter()
                    .all(|r| matches!(r.how, Use::Length | Use::Count));
            let await_line = a.line(site.span);
            if summary_only {
                done.insert(l);
                let first = reads.iter().min_by_key(|r| r.span.start).copied();
                let what = first.map(|r| a.text(r.use_span)).unwrap_or_default();
                out.push(Lint {
                    code: LARGE,
                    span: site.span,
                    message: format!(
                        "`{}` ({}) is held across the await at line {await_line} only for `{what}`",
                        local.name, local.ty
                    ),
                    label: format!("`{}` is kept alive while suspended", local.name),
                    hint: format!(
                        "read `{what}` into a local before the await: the {} is then not held while the method is suspended",
                        if matches!(local.ty, Ty::Array(_)) { "array" } else { "list" }
                    ),
                    tutorial: "Trap B, checklist 11",
                    notes: Vec::new(),
                });
                continue;
            }
            if let Some(n) = large_array_init(f, m, l) {
                done.insert(l);
                out.push(Lint {
                    code: LARGE,
                    span: site.span,
                    message: format!(
                        "`{}` ({} of {n} elements) is held across the await at line {await_line}: it stays alive while the method is suspended",
                        local.name, local.ty
                    ),
                    label: format!("`{}` is kept alive while suspended", local.name),
                    hint: "finish with it before the await (or copy out only what is needed after it); the frame holds it until its last use, C#'s state machine until the method completes".into(),
                    tutorial: "Trap B, checklist 11",
                    notes: Vec::new(),
                });
            }
        }
    }
}

/// A local that holds a collection only this method refers to (as far as it knows): assigned
/// only from creations and call results, never a parameter or a copy of another reference.
fn owns_collection(f: &facts::Facts<'_>, m: &hir::Method, l: LocalId) -> bool {
    if m.locals
        .get(l.0 as usize)
        .is_none_or(|x| x.kind != hir::LocalKind::Local)
    {
        return false;
    }
    let Some(body) = &m.body else {
        return false;
    };
    let owned = |e: &Expr| {
        matches!(
            e.kind,
            ExprKind::NewArray { .. }
                | ExprKind::ArrayInit { .. }
                | ExprKind::New { .. }
                | ExprKind::Call { .. }
                | ExprKind::Await { .. }
        )
    };
    let mut ok = f.writes.iter().any(|w| w.local == l);
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            if let StmtKind::Local {
                local,
                init: Some(e),
            } = &st.kind
            {
                if *local == l && !owned(e) {
                    ok = false;
                }
            }
        });
        facts::visit_all_exprs(s, &mut |e| {
            if let ExprKind::Assign {
                target: Place::Local(t),
                value,
            } = &e.kind
            {
                if *t == l && !owned(value) {
                    ok = false;
                }
            }
        });
    }
    ok
}

/// Arrays of at least this many elements are large.
pub const LARGE_ARRAY: i64 = 1024;

/// The constant length of the array a local is created with, when it is large and the local is
/// assigned once.
fn large_array_init(f: &facts::Facts<'_>, m: &hir::Method, l: LocalId) -> Option<i64> {
    if f.writes.iter().filter(|w| w.local == l).count() != 1 {
        return None;
    }
    let body = m.body.as_ref()?;
    let mut n = None;
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            if let StmtKind::Local {
                local,
                init: Some(e),
            } = &st.kind
            {
                if *local == l {
                    n = match &e.kind {
                        ExprKind::NewArray { size, .. } => const_int(size),
                        ExprKind::ArrayInit { items, .. } => Some(items.len() as i64),
                        _ => None,
                    };
                }
            }
        });
    }
    n.filter(|&n| n >= LARGE_ARRAY)
}

/// Pattern 6: a computation right after an await that uses only values from before it, with
/// no side effects, whose inputs are held across the await only for it.
fn invariant_work(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    if !m.is_async {
        return;
    }
    let Some(body) = &m.body else {
        return;
    };
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
            _ => {}
        });
    }
    for stmts in lists {
        for (i, s) in stmts.iter().enumerate() {
            let Some(await_expr) = statement_await(s) else {
                continue;
            };
            if let Some(l) = movable_after(a, id, await_expr, s, &stmts[i + 1..]) {
                out.push(l);
            }
        }
    }
}

/// The await a statement is made of: `await e;`, `var x = await e;`, `x = await e;`.
pub fn statement_await(s: &Stmt) -> Option<&Expr> {
    let e = match &s.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Assign { value, .. } => value,
            _ => e,
        },
        StmtKind::Local { init: Some(e), .. } => e,
        _ => return None,
    };
    matches!(e.kind, ExprKind::Await { .. }).then_some(e)
}

fn movable_after(
    a: &Analysis<'_>,
    id: MethodId,
    await_expr: &Expr,
    await_stmt: &Stmt,
    rest: &[Stmt],
) -> Option<Lint> {
    let site = a
        .await_sites(id)
        .iter()
        .find(|s| s.span == await_expr.span)?;
    let af = a.await_fact(id, await_expr.span)?;
    let live: HashSet<LocalId> = a.live_locals(id, site).into_iter().collect();
    let mut assigned: HashSet<LocalId> = facts::assigned_locals(await_stmt).into_iter().collect();
    let f = &a.facts[id.0 as usize];
    for s in rest {
        let (target, e) = match &s.kind {
            StmtKind::Local {
                local,
                init: Some(e),
            } => (*local, e),
            StmtKind::Expr(x) => match &x.kind {
                ExprKind::Assign {
                    target: Place::Local(l),
                    value,
                } => (*l, &**value),
                _ => {
                    if contains_await(x) {
                        return None;
                    }
                    assigned.extend(facts::assigned_locals(s));
                    continue;
                }
            },
            _ => return None,
        };
        if contains_await(e) {
            return None;
        }
        let inputs = read_locals(e);
        let candidate =
            does_work(e) && is_pure_expr(a, e) && !inputs.iter().any(|l| assigned.contains(l));
        if candidate {
            // Inputs the frame holds across the await only for this computation. In a loop,
            // moved before the await it still reads them on the next iteration, after the
            // await: only a value each iteration makes afresh would be freed.
            let freed: Vec<LocalId> = inputs
                .iter()
                .copied()
                .filter(|l| live.contains(l))
                .filter(|l| {
                    f.reads_after(af, *l)
                        .iter()
                        .all(|r| r.span.start >= e.span.start && r.span.end <= e.span.end)
                })
                .filter(|l| {
                    af.pos
                        .innermost_loop()
                        .is_none_or(|lp| made_each_iteration(a, id, lp, *l))
                })
                .collect::<HashSet<_>>()
                .into_iter()
                .collect();
            if !freed.is_empty() {
                let mut names: Vec<&str> = freed.iter().map(|l| a.local_name(id, *l)).collect();
                names.sort_unstable();
                let names = names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let target_name = a.local_name(id, target);
                let mut notes = Vec::new();
                if f.reads
                    .iter()
                    .any(|r| r.local == target && r.span.start > s.span.end)
                {
                    notes.push(format!(
                        "`{target_name}` would be held across the await instead, since it is read after it"
                    ));
                }
                return Some(Lint {
                    code: INVARIANT,
                    span: s.span,
                    message: format!(
                        "`{}` does not depend on the await at line {}: computed before it, {names} would not be held across the await",
                        a.text(e.span),
                        a.line(await_expr.span)
                    ),
                    label: "invariant work after an await".into(),
                    hint: format!("compute `{target_name}` before the await: move the statement up"),
                    tutorial: "Pattern 6",
                    notes,
                });
            }
        }
        assigned.insert(target);
    }
    None
}

/// A local that every iteration of loop `lp` assigns before any read: declared in its body
/// (C# requires it assigned before it is read, in each iteration), or its foreach variable.
fn made_each_iteration(a: &Analysis<'_>, id: MethodId, lp: usize, l: LocalId) -> bool {
    let Some(loop_fact) = a.facts[id.0 as usize].loops.get(lp) else {
        return false;
    };
    let body = match &loop_fact.stmt.kind {
        StmtKind::Foreach { local, .. } if *local == l => return true,
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::Foreach { body, .. } => body.span,
        _ => return false,
    };
    a.program
        .method(id)
        .locals
        .get(l.0 as usize)
        .is_some_and(|local| {
            local.kind == hir::LocalKind::Local
                && body.start <= local.span.start
                && local.span.end <= body.end
        })
}

/// Calls a method of the program: work worth moving (not a copy or an addition).
fn does_work(e: &Expr) -> bool {
    let mut work = false;
    facts::visit_exprs(e, &mut |x| {
        if let ExprKind::Call {
            callee: Callee::User(_),
            ..
        } = x.kind
        {
            work = true;
        }
    });
    work
}

/// No side effects and no reads of state that could change while the method is suspended.
fn is_pure_expr(a: &Analysis<'_>, e: &Expr) -> bool {
    let mut pure_ = true;
    facts::visit_exprs(e, &mut |x| match &x.kind {
        ExprKind::Call {
            callee: Callee::User(m),
            ..
        } if !a.classes.of(*m).is_some_and(|c| c.pure_) => {
            pure_ = false;
        }
        ExprKind::Call {
            callee: Callee::Builtin(b),
            ..
        }
        | ExprKind::Property { member: b, .. } => {
            let (owner, name) = crate::lib_names::member(*b);
            use unawait_sema::builtins::Owner;
            let ok = match owner {
                Owner::Int
                | Owner::Long
                | Owner::Bool
                | Owner::Double
                | Owner::String
                | Owner::Array => true,
                Owner::Object => name == "ToString",
                Owner::Lib(Lib::Math) => true,
                Owner::Lib(Lib::List) => matches!(name, "Count" | "ToArray"),
                _ => false,
            };
            if !ok {
                pure_ = false;
            }
        }
        ExprKind::Indexer { .. } => {}
        ExprKind::StaticField(f) if !a.program.field(*f).is_readonly => {
            pure_ = false;
        }
        ExprKind::Assign { .. }
        | ExprKind::CompoundAssign { .. }
        | ExprKind::IncDec { .. }
        | ExprKind::New { .. }
        | ExprKind::Await { .. } => pure_ = false,
        _ => {}
    });
    pure_
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
                // In an async method C# reports CS4014 itself.
                ExprKind::Call { .. } if !m.is_async && is_task(&e.ty) => {
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
                    let Some(throw) = a.classes.of(*target).and_then(|c| c.may_throw) else {
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
