//! The report of one method: its frame and why each value is in it, what C#'s compiler would
//! keep, each await, the allocations of a call, the verdicts and the lints. Built from the
//! lowered module and the analysis; printed by `text.rs` and `json.rs`.

mod allocations;
mod awaits;
mod frame;
mod roslyn;
mod verdicts;

use unawait_sema::hir::{AsyncKind, MethodId};
use unawait_smir::MethodKind;

use unawait_facts::{display_name, Completion, MethodClass};

use crate::analysis::Analysis;
use crate::lints::{self, Lint};

pub struct Report {
    pub methods: Vec<MethodReport>,
    /// The runtime the module was lowered for: what the allocation lines and verdicts count.
    pub model: unawait_smir::Model,
}

pub struct MethodReport {
    pub name: String,
    /// The name `--stats` and `--trace` give the method when it is not `name`: a lambda's or
    /// local function's, as Roslyn names its method (`<>c.<Main>b__0_0`).
    pub runtime_name: Option<String>,
    pub line: usize,
    pub column: usize,
    pub return_type: String,
    pub is_async: bool,
    /// `state_machine`, `no_await` (async without await: no state machine), `sync`,
    /// `async_iterator`.
    pub shape: &'static str,
    /// An async iterator's `yield return`s: line, and what `MoveNextAsync` does there.
    pub yields: Vec<(usize, String)>,
    /// `never_suspends`, `always_suspends`, `depends`; `None` for a sync method.
    pub completion: Option<(&'static str, String)>,
    pub frame: Option<FrameReport>,
    pub roslyn: Option<RoslynReport>,
    pub awaits: Vec<AwaitReport>,
    pub allocations: Option<Allocations>,
    pub verdicts: Vec<Verdict>,
    pub lints: Vec<LintReport>,
}

pub struct FrameReport {
    pub bytes: u32,
    pub box_bytes: u64,
    pub slots: Vec<SlotReport>,
}

pub struct SlotReport {
    pub index: usize,
    pub offset: u32,
    pub ty: String,
    pub bytes: u32,
    /// `None` for an awaiter slot.
    pub holds: Option<Vec<HeldReport>>,
}

pub struct HeldReport {
    pub name: String,
    /// `local`, `parameter`, `temporary`, `compiler`.
    pub kind: &'static str,
    pub ty: String,
    /// Await states, and their lines.
    pub across: Vec<(i32, usize)>,
    pub reason: String,
}

pub struct RoslynReport {
    pub fields: Vec<RoslynField>,
    pub bytes: u32,
    pub same: bool,
    pub differences: Vec<String>,
}

pub struct RoslynField {
    pub name: String,
    pub ty: String,
    pub bytes: u32,
    /// The value of unawait's frame it stands for (a local's or a compiler value's name), or
    /// nothing (spills, awaiters, foreach's hidden locals): what compares the two frames.
    pub holds: Option<String>,
}

pub struct AwaitReport {
    pub state: i32,
    pub line: usize,
    pub column: usize,
    pub expression: String,
    pub awaited_type: String,
    pub awaiter: String,
    pub completes: Completion,
    /// Why, in words (`prose.rs`).
    pub why: String,
    /// `Some(b)` for `ConfigureAwait(b)` with a constant.
    pub configure_await: Option<bool>,
    pub captures_context: bool,
    /// A custom awaiter's await: its `OnCompleted` decides where the continuation runs.
    pub custom: bool,
    pub on_none: String,
    pub on_single: String,
    pub live: Vec<String>,
    /// The line of the innermost loop around it, and whether every iteration runs it.
    pub in_loop: Option<(usize, bool)>,
}

pub struct Allocations {
    /// Bytes on the synchronous path, when the method can complete synchronously.
    pub sync_bytes: Option<u64>,
    pub sync_note: String,
    /// The box allocated at the first real suspension, when the method can suspend.
    pub suspend_bytes: Option<u64>,
    /// Call sites of the method in the program: those that await the call directly (whose
    /// boxes go back to the method's pool, docs/runtime.md), and all of them.
    pub pooled_calls: (usize, usize),
    /// Where a call can fail (throw or be canceled), if it can: the box of a call that fails
    /// does not go back to the pool.
    pub fails_at: Option<usize>,
    /// Awaits that skip this `return await` wrapper and call what it awaits themselves
    /// (docs/lowering.md, pass 7).
    pub elided_calls: usize,
    pub other: Vec<AllocSite>,
}

pub struct AllocSite {
    pub line: usize,
    pub what: String,
    pub bytes: Option<u64>,
    /// Inside a loop.
    pub per_iteration: bool,
    /// Inside a loop, made by every iteration (not under a condition in the loop's body).
    pub every_iteration: bool,
}

pub struct Verdict {
    /// Where the tutorial discusses it: "Pattern 1", "Trap A".
    pub tutorial: &'static str,
    pub message: String,
}

pub struct LintReport {
    pub code: &'static str,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: String,
    pub tutorial: &'static str,
}

/// What the runtime's heap takes for an object of `n` bytes: its size class (16-byte steps up
/// to 128, wider above) or, for a large object, `n` rounded to 16.
fn round16(n: u64) -> u64 {
    unawait_runtime::gc::allocated_size(n as usize) as u64
}

/// The sizes of the runtime's objects the report counts: a suspended call's box is one task
/// with the state machine after it (the state and the builder word, then the frame).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Where the state machine starts in a box (`unawait_runtime::task::SM_OFFSET`).
    pub sm_offset: u64,
    /// A task object.
    pub task: u64,
    /// An array object before its elements (8 bytes each).
    pub array: u64,
    /// A list object (its items are a separate buffer).
    pub list: u64,
    /// The enumerator of a foreach over a list.
    pub enumerator: u64,
}

impl Layout {
    /// The runtime's own sizes.
    pub fn runtime() -> Layout {
        Layout {
            sm_offset: unawait_runtime::task::SM_OFFSET as u64,
            task: std::mem::size_of::<unawait_runtime::task::Task>() as u64,
            array: std::mem::size_of::<unawait_runtime::collections::Array>() as u64,
            list: std::mem::size_of::<unawait_runtime::collections::List>() as u64,
            enumerator: std::mem::size_of::<unawait_runtime::collections::Enumerator>() as u64,
        }
    }

    /// The box of a suspended call: one allocation of the task, the state and builder words
    /// (16 bytes) and the frame, rounded up to the heap's size class.
    pub fn box_bytes(&self, frame_bytes: u32) -> u64 {
        round16(self.sm_offset + 16 + u64::from(frame_bytes))
    }
}

/// The facts count allocations in these sizes (`unawait_facts::alloc`), which the middle end
/// cannot read from the runtime itself.
impl unawait_facts::alloc::ObjectSizes for Layout {
    fn task(&self) -> u64 {
        round16(self.task)
    }

    fn array(&self, len: u64) -> u64 {
        round16(self.array + 8 * len)
    }

    fn list(&self) -> u64 {
        round16(self.list)
    }

    fn enumerator(&self) -> u64 {
        round16(self.enumerator)
    }

    fn boxed(&self, frame_bytes: u32) -> u64 {
        self.box_bytes(frame_bytes)
    }

    fn object(&self, bytes: u32) -> u64 {
        round16(u64::from(bytes))
    }

    fn delegate(&self) -> u64 {
        round16(unawait_runtime::delegate::SIZE as u64)
    }
}

pub fn build(a: &Analysis<'_>, filter: Option<&str>) -> Report {
    let mut methods = Vec::new();
    for (i, m) in a.program.methods.iter().enumerate() {
        let id = MethodId(i as u32);
        // An instantiation is reported as itself (`Program.Id<int>`): its types, frame and
        // allocations are its own.
        let name = match a.program.instance_of.contains_key(&id) {
            true => format!("{}.{}", a.program.class(m.class).name, m.name),
            false => display_name(a.program, id),
        };
        let plain = name.split('<').next().unwrap_or(&name);
        if !(selected(&name, filter) || selected(plain, filter)) || m.body.is_none() {
            continue;
        }
        let mut lints = lints::method_lints(a, id);
        if !m.is_async && lints.is_empty() && filter.is_none() {
            continue;
        }
        lints.extend(lints::csharp_warnings(a, id));
        lints.sort_by_key(|l| l.span.start);
        methods.push(method_report(a, id, name, &lints));
    }
    Report {
        methods,
        model: a.module.model,
    }
}

/// `--method NAME` selects `Class.Method` by its full name or by the method's own name.
pub fn selected(name: &str, method: Option<&str>) -> bool {
    method.is_none_or(|m| {
        name == m
            || name
                .strip_suffix(m)
                .is_some_and(|class| class.ends_with('.'))
    })
}

fn method_report(a: &Analysis<'_>, id: MethodId, name: String, lints: &[Lint]) -> MethodReport {
    let m = a.program.method(id);
    let (line, column) = a.lines.line_col(m.name_span.start);
    let lowered = a.lowered(id);
    let sm = match lowered.map(|l| &l.kind) {
        Some(MethodKind::Async(sm)) if !sm.awaits.is_empty() => Some(sm),
        _ => None,
    };
    // An async iterator's code is its body's: an async method of its own (docs/lowering.md).
    let stream = matches!(
        m.async_kind,
        AsyncKind::AsyncEnumerable(_) | AsyncKind::AsyncEnumerator(_)
    );
    let (lowered, sm) = if stream {
        let body = unawait_lower::async_iterator_bodies(a.program)
            .get(id.0 as usize)
            .copied()
            .flatten()
            .and_then(|i| a.module.methods.get(i as usize));
        let sm = match body.map(|l| &l.kind) {
            Some(MethodKind::Async(sm)) => Some(sm),
            _ => None,
        };
        (body, sm)
    } else {
        (lowered, sm)
    };
    let shape = if !m.is_async {
        "sync"
    } else if stream {
        "async_iterator"
    } else if sm.is_some() {
        "state_machine"
    } else {
        "no_await"
    };
    let class = a.class(id).cloned().unwrap_or_default();
    let completion = match stream {
        true => Some(("depends", STREAM_COMPLETION.to_string())),
        false => m.is_async.then(|| completion(a, id, &class)),
    };
    let mut report = MethodReport {
        runtime_name: lowered.map(|l| l.name.clone()).filter(|n| *n != name),
        name,
        line,
        column,
        return_type: m.return_type.to_string(),
        is_async: m.is_async,
        shape,
        yields: Vec::new(),
        completion,
        frame: None,
        roslyn: None,
        awaits: Vec::new(),
        allocations: None,
        verdicts: Vec::new(),
        lints: lints
            .iter()
            .map(|l| {
                let (line, column) = a.lines.line_col(l.span.start);
                LintReport {
                    code: l.code,
                    line,
                    column,
                    message: l.message.clone(),
                    hint: l.hint.clone(),
                    tutorial: l.tutorial,
                }
            })
            .collect(),
    };
    if let (Some(sm), Some(lowered)) = (sm, lowered) {
        report.frame = Some(frame::frame_report(a, id, sm, &lowered.body));
        report.roslyn = Some(roslyn::roslyn(a, id, sm, &lowered.body));
        report.awaits = sm
            .awaits
            .iter()
            .filter(|site| !site.yield_return)
            .map(|site| awaits::await_report(a, id, site, &lowered.body))
            .collect();
        report.yields = sm
            .awaits
            .iter()
            .filter(|site| site.yield_return)
            .map(|site| (a.line(site.span), STREAM_YIELD.to_string()))
            .collect();
    }
    if stream {
        // Roslyn's estimate and the verdicts speak of a task's state machine.
        report.roslyn = None;
        return report;
    }
    if m.is_async {
        report.allocations = allocations::allocations(a, id);
    }
    report.verdicts = verdicts::verdicts(a, id, &report);
    report
}

/// What a call of an async iterator and each `MoveNextAsync` do (docs/lowering.md, "Async
/// iterators").
const STREAM_COMPLETION: &str = "the call runs nothing: it makes the iterator object (enumerable, enumerator and the promise of MoveNextAsync in one, the only allocation a consumer's loop makes for it); each MoveNextAsync runs the body to its next `yield return` and completes synchronously (true, nothing allocated) unless an await on the way suspends: then it returns a ValueTask<bool> pending on the iterator's one promise, reused for every element, and the body's box is allocated once, at its first suspension";

/// What a `yield return` does for the consumer.
const STREAM_YIELD: &str = "completes the pending MoveNextAsync with true (synchronously, when no await since the previous element suspended); the body stops here until the consumer asks for the next element";

/// The `completes` line: never suspends, always suspends, or on which paths a call completes
/// synchronously.
fn completion(a: &Analysis<'_>, id: MethodId, class: &MethodClass) -> (&'static str, String) {
    if let Some(why) = &class.never {
        return ("never_suspends", crate::prose::never(a, why));
    }
    if let Some(at) = &class.always {
        let lines: Vec<usize> = at.iter().map(|p| a.line(p.span)).collect();
        let mut whys: Vec<String> = Vec::new();
        for p in at {
            let why = crate::prose::suspends(a, &p.why);
            if !whys.contains(&why) {
                whys.push(why);
            }
        }
        let which = if at.len() > 1 {
            ", and every path reaches one of them"
        } else {
            ""
        };
        return (
            "always_suspends",
            format!(
                "{} must suspend{which}: {}",
                awaits_at(&lines),
                whys.join("; ")
            ),
        );
    }
    let mut ways = Vec::new();
    if !class.sync_returns.is_empty() {
        let lines: Vec<usize> = class.sync_returns.iter().map(|r| a.line(*r)).collect();
        ways.push(format!(
            "it returns at {} before any await",
            lines_or(&lines)
        ));
    }
    if class.sync_end {
        ways.push("it ends without reaching an await".to_string());
    }
    let awaits = &a.flow(id).awaits;
    let every_await_suspends = !awaits.is_empty() && awaits.values().all(Completion::suspends);
    // Every call that completes normally suspends first (the allocation facts' `OnlyFailing`):
    // said this way unless every await in it must suspend, which says more.
    let only_failing = a
        .allocations(id)
        .is_some_and(|al| al.sync_path == unawait_facts::alloc::SyncPathCost::OnlyFailing);
    if only_failing && !(ways.is_empty() && every_await_suspends) {
        return (
            "depends",
            "completes synchronously only by failing (an exception before it first suspends faults its task at once); every call that completes normally suspends".into(),
        );
    }
    // A custom awaiter completes when its `IsCompleted` says so, not with a task.
    let custom = awaits.values().any(|c| {
        matches!(
            c,
            Completion::Depends(unawait_facts::Depends::Awaiter { .. })
        )
    });
    let (completed, already) = if custom {
        (
            "a completed task or of a custom awaiter whose IsCompleted is true",
            "a task that has already completed or of a custom awaiter whose IsCompleted is true",
        )
    } else {
        ("a completed task", "a task that has already completed")
    };
    let text = match (ways.is_empty(), every_await_suspends) {
        (false, false) => format!(
            "completes synchronously when {}, or when every await it reaches is of {completed}",
            ways.join(", or when ")
        ),
        (true, false) => {
            format!("completes synchronously only when every await it reaches is of {already}")
        }
        (false, true) => format!(
            "completes synchronously only when {}; otherwise it suspends (every await in it must suspend)",
            ways.join(", or when ")
        ),
        // Only a `throw` before any await keeps it from always suspending.
        (true, true) => "completes synchronously only if an exception leaves it before any await (the task faults); otherwise it suspends (every await in it must suspend)".into(),
    };
    ("depends", text)
}

/// "line 3", "line 3 or 7", "line 3, 5 or 7".
pub(crate) fn lines_or(lines: &[usize]) -> String {
    let mut lines = lines.to_vec();
    lines.sort_unstable();
    lines.dedup();
    match lines.as_slice() {
        [init @ .., last] if !init.is_empty() => format!(
            "line {} or {last}",
            init.iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => format!("line {}", lines.first().copied().unwrap_or(0)),
    }
}

/// "the await at line 3", "the awaits at lines 3, 4 and 6", "the awaits at line 3" (two on it).
fn awaits_at(lines: &[usize]) -> String {
    let mut unique = lines.to_vec();
    unique.sort_unstable();
    unique.dedup();
    match unique.as_slice() {
        [one] if lines.len() > 1 => format!("the awaits at line {one}"),
        [one] => format!("the await at line {one}"),
        [init @ .., last] => format!(
            "the awaits at lines {} and {last}",
            init.iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        [] => "an await".into(),
    }
}

/// "1 value", "2 values".
pub fn counted(n: u64, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// A frame of at least this many bytes, or this many awaits, is a large state machine.
pub const LARGE_FRAME: u32 = 64;
pub const MANY_AWAITS: usize = 8;
