//! The report of one method: its frame and why each value is in it, what C#'s compiler would
//! keep, each await, the allocations of a call, the verdicts and the lints. Built from the
//! lowered module and the analysis; printed by `text.rs` and `json.rs`.

use std::collections::{BTreeMap, HashMap, HashSet};

use unawait_sema::hir::{self, AsyncKind, Callee, ExprKind, LocalKind, MethodId};
use unawait_sema::types::{Lib, Ty};
use unawait_smir::{
    AwaitSite, AwaiterKind, Const, Function, Inst, MachTy, MethodKind, Operand, Origin,
    StateMachine, ValueId,
};

use crate::analysis::Analysis;
use crate::completion::{display_name, Completes, MethodClass};
use crate::facts::{LoopKind, Pos};
use crate::lib_names::{
    configure_await, const_int, is_member, lib_call, member, strip_wrappers, TASKS,
};
use crate::lints::{self, independent_loop_await, Lint};
use unawait_syntax::Span;

pub struct Report {
    pub methods: Vec<MethodReport>,
}

pub struct MethodReport {
    pub name: String,
    pub line: usize,
    pub column: usize,
    pub return_type: String,
    pub is_async: bool,
    /// `state_machine`, `no_await` (async without await: no state machine), `sync`.
    pub shape: &'static str,
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
}

pub struct AwaitReport {
    pub state: i32,
    pub line: usize,
    pub column: usize,
    pub expression: String,
    pub awaited_type: String,
    pub awaiter: String,
    pub completes: Completes,
    /// `Some(b)` for `ConfigureAwait(b)` with a constant.
    pub configure_await: Option<bool>,
    pub captures_context: bool,
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

    fn task_bytes(&self) -> u64 {
        round16(self.task)
    }

    fn array_bytes(&self, len: u64) -> u64 {
        round16(self.array + 8 * len)
    }

    fn list_bytes(&self) -> u64 {
        round16(self.list)
    }

    fn enumerator_bytes(&self) -> u64 {
        round16(self.enumerator)
    }
}

pub fn build(a: &Analysis<'_>, filter: Option<&str>) -> Report {
    let mut methods = Vec::new();
    for (i, m) in a.program.methods.iter().enumerate() {
        let id = MethodId(i as u32);
        let name = display_name(a.program, id);
        if !selected(&name, filter) || m.body.is_none() {
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
    Report { methods }
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
    let shape = if !m.is_async {
        "sync"
    } else if sm.is_some() {
        "state_machine"
    } else {
        "no_await"
    };
    let class = a.classes.of(id).cloned().unwrap_or_default();
    let completion = m.is_async.then(|| completion(a, id, &class));
    let mut report = MethodReport {
        name,
        line,
        column,
        return_type: m.return_type.to_string(),
        is_async: m.is_async,
        shape,
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
        report.frame = Some(frame_report(a, id, sm, &lowered.body));
        report.roslyn = Some(roslyn(a, id, sm, &lowered.body));
        report.awaits = sm
            .awaits
            .iter()
            .map(|site| await_report(a, id, site, &lowered.body))
            .collect();
    }
    if m.is_async {
        report.allocations = Some(allocations(a, id, sm));
    }
    report.verdicts = verdicts(a, id, sm, &report);
    report
}

/// The `completes` line: never suspends, always suspends, or on which paths a call completes
/// synchronously.
fn completion(a: &Analysis<'_>, id: MethodId, class: &MethodClass) -> (&'static str, String) {
    if let Some(why) = &class.never {
        return ("never_suspends", why.clone());
    }
    if let Some(at) = &class.always {
        let lines: Vec<usize> = at.iter().map(|(span, _)| a.line(*span)).collect();
        let mut whys: Vec<&str> = Vec::new();
        for (_, why) in at {
            if !whys.contains(&why.as_str()) {
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
    let awaits = &a.flows[id.0 as usize].awaits;
    let every_await_suspends =
        !awaits.is_empty() && awaits.values().all(|c| matches!(c, Completes::Suspends(_)));
    let text = match (ways.is_empty(), every_await_suspends) {
        (false, false) => format!(
            "completes synchronously when {}, or when every await it reaches is of a completed task",
            ways.join(", or when ")
        ),
        (true, false) => "completes synchronously only when every await it reaches is of a task that has already completed".into(),
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
fn lines_or(lines: &[usize]) -> String {
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

fn held_kind(f: &Function, v: ValueId) -> &'static str {
    let info = f.value(v);
    match info.origin {
        Origin::Local { .. } => "local",
        Origin::Param { .. } => "parameter",
        Origin::Temp if info.name.starts_with("<t") => "temporary",
        Origin::Temp => "compiler",
    }
}

fn operand_text(a: &Analysis<'_>, f: &Function, o: &Operand) -> String {
    match o {
        Operand::Value(v) => match await_result_line(a, f, *v) {
            Some(line) => format!("the result of the await at line {line}"),
            None => format!("`{}`", value_text(f, *v, 3)),
        },
        Operand::Const(Const::I32(n)) => n.to_string(),
        Operand::Const(Const::I64(n)) => n.to_string(),
        Operand::Const(Const::Bool(b)) => b.to_string(),
        Operand::Const(Const::F64(d)) => d.to_string(),
        Operand::Const(Const::Str(s)) => format!("{s:?}"),
        Operand::Const(Const::Null) => "null".into(),
    }
}

/// A value as C# source, as far as its definition says: a variable's name, `t.Status` for a
/// temporary holding a property of one, the value itself for its string form.
fn value_text(f: &Function, v: ValueId, depth: u32) -> String {
    let info = f.value(v);
    if depth == 0 || !matches!(info.origin, Origin::Temp) || !info.name.starts_with("<t") {
        return info.name.clone();
    }
    let def = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .find(|i| defines(i) == Some(v) && !matches!(i, Inst::FrameLoad { .. }));
    let arg = |o: &Operand| match o {
        Operand::Value(x) => Some(value_text(f, *x, depth - 1)),
        _ => None,
    };
    match def {
        Some(Inst::Call {
            callee: unawait_smir::Callee::Builtin { name, .. },
            args,
            ..
        }) if args.len() == 1 && !name.contains('(') => {
            let member = name.rsplit('.').next().unwrap_or(name);
            match args.first().and_then(arg) {
                Some(r) => format!("{r}.{member}"),
                None => info.name.clone(),
            }
        }
        Some(Inst::Call {
            callee: unawait_smir::Callee::Runtime(n),
            args,
            ..
        }) if n.ends_with("to_str") => args.first().and_then(arg).unwrap_or(info.name.clone()),
        Some(Inst::ToStr { src, .. }) | Some(Inst::Copy { src, .. }) => {
            arg(src).unwrap_or(info.name.clone())
        }
        Some(Inst::LoadStatic { name, .. }) => name.clone(),
        _ => info.name.clone(),
    }
}

/// The line of the await whose result a compiler value is, if it is one.
fn await_result_line(a: &Analysis<'_>, f: &Function, v: ValueId) -> Option<usize> {
    if !matches!(f.value(v).origin, Origin::Temp) {
        return None;
    }
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .find_map(|i| match i {
            Inst::GetResult {
                dst: Some(d), span, ..
            } if *d == v => Some(a.line(*span)),
            _ => None,
        })
}

/// What a compiler value is, from the instructions that define it.
fn describe_temp(a: &Analysis<'_>, f: &Function, v: ValueId) -> String {
    let name = &f.value(v).name;
    match name.as_str() {
        "<pending>" => {
            return "which way out of a `try` was taken, kept while its `finally` awaits".into()
        }
        "<exception>" => {
            return "the exception being handled (or pending) while a `catch` or `finally` awaits"
                .into()
        }
        "<return>" => return "the value being returned, kept while a `finally` awaits".into(),
        _ => {}
    }
    let mut defs = Vec::new();
    let mut indexes_array = None;
    for b in &f.blocks {
        for inst in &b.insts {
            match inst {
                Inst::FrameLoad { .. } => {}
                Inst::ArrayLoad {
                    array,
                    index: Operand::Value(i),
                    ..
                } if *i == v => indexes_array = Some(operand_text(a, f, array)),
                i if defines(i) == Some(v) => defs.push(i),
                _ => {}
            }
        }
    }
    if let Some(arr) = indexes_array {
        return format!("the index of the foreach loop over {arr}");
    }
    match defs.first() {
        Some(Inst::GetResult { span, .. }) => format!(
            "the result of the await at line {}, kept for the rest of the expression (C# evaluates left to right)",
            a.line(*span)
        ),
        Some(Inst::ArrayLength { array, .. }) => {
            format!("the length of {}, kept by its foreach loop", operand_text(a, f, array))
        }
        Some(Inst::Call {
            callee: unawait_smir::Callee::Runtime("enumerator.start"),
            args,
            ..
        }) => format!(
            "the enumerator of the foreach loop over {}",
            args.first().map_or("a list".into(), |x| operand_text(a, f, x))
        ),
        Some(Inst::Call {
            callee: unawait_smir::Callee::Runtime(n),
            args,
            ..
        }) if n.ends_with("to_str") => format!(
            "{} as a string, a part of a concatenation computed before the await (C# evaluates left to right)",
            args.first().map_or("a value".into(), |x| operand_text(a, f, x))
        ),
        Some(Inst::Call {
            callee: unawait_smir::Callee::Builtin { name, .. },
            args,
            ..
        }) if args.len() == 1 && !name.contains('(') => format!(
            "`{}`, computed before the await and used after it (C# evaluates left to right)",
            value_text(f, v, 3)
        ),
        Some(Inst::Call {
            callee: unawait_smir::Callee::User { name, .. } | unawait_smir::Callee::Builtin { name, .. },
            ..
        }) => format!("the result of `{name}`, computed before the await and used after it"),
        Some(Inst::Copy { src, .. }) => format!(
            "the value of {} read before the await, an operand of the expression (C# evaluates left to right)",
            operand_text(a, f, src)
        ),
        Some(Inst::LoadStatic { name, .. }) => format!(
            "the value of the static field `{name}` read before the await, an operand of the expression (C# evaluates left to right)"
        ),
        Some(Inst::ToStr { src, .. }) => format!(
            "{} as a string, a part of a concatenation computed before the await (C# evaluates left to right)",
            operand_text(a, f, src)
        ),
        Some(Inst::Concat { .. }) => {
            "the part of a concatenation computed before the await (C# evaluates left to right)".into()
        }
        Some(Inst::Binary { op, lhs, rhs, .. }) => format!(
            "{} {} {}, computed before the await and used after it",
            operand_text(a, f, lhs),
            op.symbol(),
            operand_text(a, f, rhs)
        ),
        Some(Inst::ArrayLoad { array, index, .. }) => format!(
            "the element {}[{}] read before the await, an operand of the expression (C# evaluates left to right)",
            operand_text(a, f, array),
            operand_text(a, f, index)
        ),
        _ => "an operand computed before the await and used after it (C# evaluates left to right)".into(),
    }
}

fn defines(i: &Inst) -> Option<ValueId> {
    match i {
        Inst::Copy { dst, .. }
        | Inst::Unary { dst, .. }
        | Inst::Binary { dst, .. }
        | Inst::Convert { dst, .. }
        | Inst::LoadStatic { dst, .. }
        | Inst::NewArray { dst, .. }
        | Inst::ArrayLoad { dst, .. }
        | Inst::ArrayLength { dst, .. }
        | Inst::ToStr { dst, .. }
        | Inst::Concat { dst, .. }
        | Inst::GetAwaiter { dst, .. }
        | Inst::IsCompleted { dst, .. }
        | Inst::LoadState { dst }
        | Inst::FrameLoad { dst, .. }
        | Inst::Caught { dst }
        | Inst::ExceptionIs { dst, .. } => Some(*dst),
        Inst::Call { dst, .. } | Inst::GetResult { dst, .. } | Inst::Start { dst, .. } => *dst,
        _ => None,
    }
}

/// Why a source local is live across the await of `site`: a sentence with `{A}` where the
/// await's line goes, so that the reasons of several awaits can share one sentence.
fn local_reason(a: &Analysis<'_>, id: MethodId, site: &AwaitSite, l: hir::LocalId) -> String {
    let Some(af) = a.await_fact(id, site.span) else {
        return "live across {A}".into();
    };
    let f = &a.facts[id.0 as usize];
    // Read before the await in the same statement, used after it (`x += await f()`).
    if let Some(r) = f
        .reads
        .iter()
        .find(|r| r.local == l && r.stmt == af.stmt && r.span.start < af.expr.span.start)
    {
        return format!(
            "read before {{A}} in the same statement (`{}`, line {}) and used after it",
            a.text(r.use_span),
            a.line(r.use_span)
        );
    }
    // The collection of a foreach loop around the await: the loop reads its next element.
    for &lp in af.pos.loops.iter().rev() {
        if let hir::StmtKind::Foreach { collection, .. } = &f.loops[lp].stmt.kind {
            if matches!(collection.kind, ExprKind::Local(c) if c == l) {
                return format!(
                    "the foreach loop at line {} reads its next element after {{A}}",
                    a.line(f.loop_span(lp))
                );
            }
        }
    }
    let reads = f.reads_after(af, l);
    if let Some(r) = reads
        .iter()
        .filter(|r| r.span.start >= af.expr.span.end)
        .min_by_key(|r| r.span.start)
    {
        return format!("read at line {}, after {{A}}", a.line(r.span));
    }
    if let Some(r) = reads.iter().min_by_key(|r| r.span.start) {
        let lp = r
            .pos
            .loops
            .iter()
            .rev()
            .find(|lp| af.pos.loops.contains(lp))
            .copied();
        if let Some(lp) = lp {
            return format!(
                "read again at line {} when the loop at line {} runs its next iteration, after {{A}}",
                a.line(r.span),
                a.line(f.loop_span(lp))
            );
        }
    }
    "live across {A}".into()
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

fn frame_report(a: &Analysis<'_>, id: MethodId, sm: &StateMachine, f: &Function) -> FrameReport {
    let lines_of: HashMap<i32, usize> = sm
        .awaits
        .iter()
        .map(|s| (s.state, a.line(s.span)))
        .collect();
    let locals = &a.locals[id.0 as usize];
    let slots = sm
        .frame
        .slots
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let holds = match s.ty {
                MachTy::Awaiter(_) => None,
                _ => Some(
                    s.holds
                        .iter()
                        .map(|h| {
                            let info = f.value(h.value);
                            let across: Vec<(i32, usize)> = h
                                .across
                                .iter()
                                .map(|st| (*st, lines_of.get(st).copied().unwrap_or(0)))
                                .collect();
                            let sites: Vec<&AwaitSite> = sm
                                .awaits
                                .iter()
                                .filter(|site| h.across.contains(&site.state))
                                .collect();
                            let reason = match locals.get(&h.value) {
                                Some(l) => {
                                    // One sentence per reason, with the lines of its awaits.
                                    let mut rs: Vec<(String, Vec<usize>)> = Vec::new();
                                    for site in &sites {
                                        let r = local_reason(a, id, site, *l);
                                        let line = a.line(site.span);
                                        match rs.iter_mut().find(|(t, _)| *t == r) {
                                            Some((_, lines)) => lines.push(line),
                                            None => rs.push((r, vec![line])),
                                        }
                                    }
                                    let mut text: Vec<String> = rs
                                        .iter()
                                        .take(3)
                                        .map(|(t, lines)| t.replace("{A}", &awaits_at(lines)))
                                        .collect();
                                    if rs.len() > 3 {
                                        let more: usize =
                                            rs[3..].iter().map(|(_, l)| l.len()).sum();
                                        text.push(format!(
                                            "and likewise at {more} more await{}",
                                            if more == 1 { "" } else { "s" }
                                        ));
                                    }
                                    text.join("; ")
                                }
                                None => {
                                    let lines: Vec<usize> =
                                        across.iter().map(|(_, l)| *l).collect();
                                    format!(
                                        "{}; kept across {}",
                                        describe_temp(a, f, h.value),
                                        awaits_at(&lines)
                                    )
                                }
                            };
                            HeldReport {
                                name: info.name.clone(),
                                kind: held_kind(f, h.value),
                                ty: info.cs_ty.clone(),
                                across,
                                reason,
                            }
                        })
                        .collect(),
                ),
            };
            SlotReport {
                index: i,
                offset: s.offset,
                ty: match s.ty {
                    MachTy::Awaiter(k) => k.name().to_string(),
                    _ => s.csharp_type(f).to_string(),
                },
                bytes: s.ty.bytes(),
                holds,
            }
        })
        .collect();
    FrameReport {
        bytes: sm.frame.bytes,
        box_bytes: a.layout.box_bytes(sm.frame.bytes),
        slots,
    }
}

/// The size of a field of C# type `ty` in a struct (references and 8-byte values 8).
fn clr_bytes(ty: &Ty) -> u32 {
    match ty {
        Ty::Int => 4,
        Ty::Bool => 1,
        Ty::Lib(Lib::TaskStatus, _) => 4,
        Ty::Lib(Lib::ValueTask, _) => 16,
        Ty::Lib(Lib::ValueTaskOf, args) => match args.first() {
            Some(Ty::Int) | Some(Ty::Bool) => 16,
            _ => 24,
        },
        _ => 8,
    }
}

/// The size of an awaiter struct in .NET.
fn awaiter_bytes(ty: &Ty) -> u32 {
    match ty {
        Ty::Lib(Lib::TaskAwaiter | Lib::TaskAwaiterOf, _) => 8,
        Ty::Lib(Lib::ConfiguredTaskAwaiter | Lib::ConfiguredTaskAwaiterOf, _) => 16,
        Ty::Lib(Lib::ValueTaskAwaiter | Lib::ConfiguredValueTaskAwaiter, _) => 16,
        Ty::Lib(Lib::ValueTaskAwaiterOf | Lib::ConfiguredValueTaskAwaiterOf, args) => {
            match args.first() {
                Some(Ty::Int) | Some(Ty::Bool) => 16,
                _ => 24,
            }
        }
        Ty::Lib(Lib::YieldAwaiter, _) => 1,
        _ => 8,
    }
}

/// Fields laid out by decreasing size, each aligned to its size (at most 8), the total a
/// multiple of 8: how the CLR lays out a struct's fields.
fn layout(sizes: &[u32]) -> u32 {
    let mut s: Vec<u32> = sizes.to_vec();
    s.sort_unstable_by(|a, b| b.cmp(a));
    let mut at = 0u32;
    for n in s {
        let align = n.clamp(1, 8).next_power_of_two().min(8);
        at = at.div_ceil(align) * align + n;
    }
    at.div_ceil(8) * 8
}

/// The fields C#'s compiler (Release) would give the state machine: every local live across
/// an await (for its whole scope), every parameter the body reads, one spill field per operand
/// computed before an await and used after it, the hidden locals of a foreach loop that
/// awaits, and one awaiter field per awaiter type.
fn roslyn(a: &Analysis<'_>, id: MethodId, sm: &StateMachine, f: &Function) -> RoslynReport {
    let m = a.program.method(id);
    let facts = &a.facts[id.0 as usize];
    let locals = &a.locals[id.0 as usize];
    let mut fields: Vec<RoslynField> = Vec::new();
    let mut differences = Vec::new();
    // Parameters the body reads.
    let read: HashSet<hir::LocalId> = facts.reads.iter().map(|r| r.local).collect();
    let in_frame: HashSet<hir::LocalId> = sm
        .frame
        .slots
        .iter()
        .flat_map(|s| s.holds.iter())
        .filter_map(|h| locals.get(&h.value).copied())
        .collect();
    let mut copied_params = Vec::new();
    for p in &m.params {
        let l = &m.locals[p.0 as usize];
        if read.contains(p) || in_frame.contains(p) {
            fields.push(RoslynField {
                name: l.name.clone(),
                ty: l.ty.to_string(),
                bytes: clr_bytes(&l.ty),
            });
            if !in_frame.contains(p) {
                copied_params.push(format!("`{}`", l.name));
            }
        }
    }
    if !copied_params.is_empty() {
        differences.push(format!(
            "C# copies every parameter the body uses into a field ({}); unawait passes the arguments to the first run and stores only those read after an await",
            copied_params.join(", ")
        ));
    }
    let mut hoisted: Vec<hir::LocalId> = in_frame
        .iter()
        .copied()
        .filter(|l| m.locals[l.0 as usize].kind != LocalKind::Param)
        .collect();
    hoisted.sort();
    for l in &hoisted {
        let local = &m.locals[l.0 as usize];
        fields.push(RoslynField {
            name: local.name.clone(),
            ty: local.ty.to_string(),
            bytes: clr_bytes(&local.ty),
        });
    }
    // Spills: per type, the most operands pending at one await.
    let mut spills: BTreeMap<String, (usize, u32)> = BTreeMap::new();
    for aw in &facts.awaits {
        let mut count: BTreeMap<String, (usize, u32)> = BTreeMap::new();
        for t in &aw.spills {
            let e = count.entry(t.to_string()).or_insert((0, clr_bytes(t)));
            e.0 += 1;
        }
        for (k, (n, b)) in count {
            let e = spills.entry(k).or_insert((0, b));
            e.0 = e.0.max(n);
        }
    }
    let mut spill_no = 0;
    for (ty, (n, b)) in &spills {
        for _ in 0..*n {
            spill_no += 1;
            fields.push(RoslynField {
                name: format!("<>s__{spill_no}"),
                ty: ty.clone(),
                bytes: *b,
            });
        }
    }
    if spill_no > 0 {
        differences.push(format!(
            "C# spills {spill_no} operand value(s) computed before an await into field(s) of their own (`<>s__N`); unawait keeps them as ordinary values and stores them only while suspended"
        ));
    }
    // foreach loops that await keep their collection and position in hidden fields.
    let mut wrap = 0;
    for lp in &facts.loops {
        if lp.kind != LoopKind::Foreach {
            continue;
        }
        let span = lp.stmt.span;
        if !facts
            .awaits
            .iter()
            .any(|aw| aw.expr.span.start >= span.start && aw.expr.span.end <= span.end)
        {
            continue;
        }
        if let hir::StmtKind::Foreach {
            kind, collection, ..
        } = &lp.stmt.kind
        {
            match kind {
                hir::ForeachKind::Array => {
                    wrap += 1;
                    fields.push(RoslynField {
                        name: format!("<>7__wrap{wrap}"),
                        ty: collection.ty.to_string(),
                        bytes: 8,
                    });
                    wrap += 1;
                    fields.push(RoslynField {
                        name: format!("<>7__wrap{wrap}"),
                        ty: "int".into(),
                        bytes: 4,
                    });
                }
                _ => {
                    wrap += 1;
                    fields.push(RoslynField {
                        name: format!("<>7__wrap{wrap}"),
                        ty: format!("{}.Enumerator", collection.ty),
                        bytes: 24,
                    });
                }
            }
        }
    }
    // try/finally and catch bookkeeping.
    for s in &sm.frame.slots {
        for h in &s.holds {
            let info = f.value(h.value);
            let (name, ty, bytes) = match info.name.as_str() {
                "<pending>" => ("<>s__pending", "int".to_string(), 4),
                "<exception>" => ("<>s__exception", "object".to_string(), 8),
                "<return>" => ("<>s__return", info.cs_ty.clone(), 8),
                _ => continue,
            };
            fields.push(RoslynField {
                name: name.into(),
                ty,
                bytes,
            });
        }
    }
    // One awaiter field per awaiter type.
    let mut awaiter_types: Vec<Ty> = Vec::new();
    for aw in &facts.awaits {
        if !awaiter_types.contains(&aw.info.awaiter_ty) {
            awaiter_types.push(aw.info.awaiter_ty.clone());
        }
    }
    for (i, t) in awaiter_types.iter().enumerate() {
        fields.push(RoslynField {
            name: format!("<>u__{}", i + 1),
            ty: t.to_string(),
            bytes: awaiter_bytes(t),
        });
    }
    let awaiter_slots = sm
        .frame
        .slots
        .iter()
        .filter(|s| matches!(s.ty, MachTy::Awaiter(_)))
        .count();
    if awaiter_types.len() > awaiter_slots {
        differences.push(format!(
            "C# keeps one awaiter field per awaiter type ({} here); unawait one slot per awaiter kind ({awaiter_slots})",
            awaiter_types.len()
        ));
    }
    for s in &sm.frame.slots {
        let names: Vec<String> = s
            .holds
            .iter()
            .map(|h| format!("`{}`", f.value(h.value).name))
            .collect();
        if names.len() > 1 {
            differences.push(format!(
                "{} share one slot here (never live across the same await); C# gives each its own field",
                names.join(", ")
            ));
        }
    }
    let bytes = layout(&fields.iter().map(|x| x.bytes).collect::<Vec<_>>());
    let mut ours: Vec<String> = sm
        .frame
        .slots
        .iter()
        .flat_map(|s| s.holds.iter())
        .map(|h| f.value(h.value).name.clone())
        .collect();
    ours.sort();
    let mut theirs: Vec<String> = fields
        .iter()
        .filter(|x| !x.name.starts_with("<>u__"))
        .map(|x| x.name.clone())
        .collect();
    theirs.sort();
    let same = differences.is_empty() && ours == theirs && bytes == sm.frame.bytes.div_ceil(8) * 8;
    if !same && bytes != sm.frame.bytes {
        differences.push(format!(
            "frame: C# about {bytes} bytes of fields, unawait {} bytes",
            sm.frame.bytes
        ));
    }
    RoslynReport {
        fields,
        bytes,
        same,
        differences,
    }
}

fn await_report(a: &Analysis<'_>, id: MethodId, site: &AwaitSite, f: &Function) -> AwaitReport {
    let (line, column) = a.lines.line_col(site.span.start);
    let af = a.await_fact(id, site.span);
    let completes = a
        .completes(id, site.span)
        .cloned()
        .unwrap_or(Completes::Runtime("depends on run time".into()));
    let (expression, awaited_type, awaiter, configure, task) = match af {
        Some(af) => (
            a.awaited_text(af),
            af.operand.ty.to_string(),
            af.info.awaiter_ty.to_string(),
            configure_await(af.operand).flatten(),
            Some(strip_wrappers(af.operand)),
        ),
        None => (
            String::new(),
            String::new(),
            site.awaiter.name().into(),
            None,
            None,
        ),
    };
    let configured = af.is_some_and(|af| configure_await(af.operand).is_some());
    let captures = configure != Some(false) && !(configured && configure.is_none());
    let is_yield = site.awaiter == AwaiterKind::Yield;
    let is_delay = task.is_some_and(|t| lib_call(t, &[Lib::Task], "Delay").is_some());
    let resumer = if is_yield {
        "a pool thread (Task.Yield queues the rest of the method to the pool)"
    } else if is_delay {
        "a pool thread (the timer completes the delay's task, and the continuation runs inline there)"
    } else {
        "the thread that completes the awaited task (the continuation runs inline there)"
    };
    let (on_none, on_single) = match &completes {
        Completes::Sync(_) => {
            let s = "continues at once on the same thread: no suspension".to_string();
            (s.clone(), s)
        }
        c => {
            let maybe = if matches!(c, Completes::Runtime(_)) {
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
        configure_await: configure,
        captures_context: captures,
        on_none,
        on_single,
        live,
        in_loop: af.and_then(|x| {
            let l = x.pos.innermost_loop()?;
            Some((
                a.line(a.facts[id.0 as usize].loop_span(l)),
                a.every_iteration(id, l, &[x.expr.span]),
            ))
        }),
    }
}

/// What a completed task of the builder costs when the method finishes without suspending.
fn sync_path(a: &Analysis<'_>, id: MethodId) -> (u64, String) {
    let m = a.program.method(id);
    match &m.async_kind {
        AsyncKind::Task => (0, "the cached Task.CompletedTask is returned".into()),
        AsyncKind::ValueTask | AsyncKind::ValueTaskOf(_) => {
            (0, "the ValueTask holds the result inline, no task".into())
        }
        AsyncKind::TaskOf(Ty::Bool) => (
            0,
            "the completed Task<bool> is cached (.NET caches both)".into(),
        ),
        AsyncKind::TaskOf(Ty::Int) => {
            let facts = &a.facts[id.0 as usize];
            let all_small = !facts.returns.is_empty()
                && facts.returns.iter().all(|r| {
                    r.value
                        .and_then(const_int)
                        .is_some_and(|v| (-1..=8).contains(&v))
                });
            if all_small {
                (
                    0,
                    "every returned value is in -1..8, whose completed Task<int> is cached".into(),
                )
            } else {
                (
                    a.layout.task_bytes(),
                    format!(
                        "one completed Task<int> ({} bytes) unless the result is in -1..8 (cached, 0 bytes) or the caller awaits the call directly (the result comes back inline, 0 bytes)",
                        a.layout.task_bytes()
                    ),
                )
            }
        }
        AsyncKind::TaskOf(t) => {
            // .NET caches the completed task of `default(T)` for these (`GetTaskForResult`).
            let cached = if *t == Ty::Long {
                "unless the result is 0 (cached)"
            } else if t.is_reference_type() {
                "unless the result is null (cached)"
            } else {
                "not cached"
            };
            (
                a.layout.task_bytes(),
                format!(
                    "one completed Task<{t}> ({} bytes), {cached}; none when the caller awaits the call directly (the result comes back inline)",
                    a.layout.task_bytes()
                ),
            )
        }
        AsyncKind::Void => (0, "an async void method returns no task".into()),
        _ => (0, String::new()),
    }
}

fn allocations(a: &Analysis<'_>, id: MethodId, sm: Option<&StateMachine>) -> Allocations {
    let class = a.classes.of(id).cloned().unwrap_or_default();
    let (sync_b, sync_note) = sync_path(a, id);
    let (sync_bytes, sync_note) = if class.always.is_some() {
        (None, "the method never completes synchronously".into())
    } else {
        (Some(sync_b), sync_note)
    };
    let suspend_bytes = match sm {
        Some(sm) if class.never.is_none() => Some(a.layout.box_bytes(sm.frame.bytes)),
        _ => None,
    };
    // With where each was found, for the alternatives and the iterations that make it.
    let mut other: Vec<(AllocSite, Option<(Span, Pos)>)> = Vec::new();
    // A foreach over a list runs through an enumerator object (arrays are indexed in place).
    let f = &a.facts[id.0 as usize];
    for (lp, l) in f.loops.iter().enumerate() {
        if let hir::StmtKind::Foreach {
            kind: hir::ForeachKind::List,
            collection,
            ..
        } = &l.stmt.kind
        {
            let per_iteration = f.loops.iter().enumerate().any(|(o, outer)| {
                o != lp
                    && outer.stmt.span.start < l.stmt.span.start
                    && l.stmt.span.end <= outer.stmt.span.end
            });
            let site = AllocSite {
                line: a.line(f.loop_span(lp)),
                what: format!("the foreach enumerator over `{}`", a.text(collection.span)),
                bytes: Some(a.layout.enumerator_bytes()),
                per_iteration,
                every_iteration: per_iteration,
            };
            other.push((site, None));
        }
    }
    for c in &a.facts[id.0 as usize].calls {
        let e = c.expr;
        let per_iteration = !c.pos.loops.is_empty();
        let line = a.line(e.span);
        let mut push = |what: String, bytes: Option<u64>| {
            let site = AllocSite {
                line,
                what,
                bytes,
                per_iteration,
                every_iteration: per_iteration,
            };
            other.push((site, Some((e.span, c.pos.clone()))));
        };
        match &e.kind {
            ExprKind::NewArray { elem, size } => match const_int(size) {
                Some(n) if n >= 0 => push(
                    format!("new {elem}[{n}]"),
                    Some(a.layout.array_bytes(n as u64)),
                ),
                _ => push(
                    format!(
                        "new {elem}[{}] ({} + 8 bytes per element)",
                        a.text(size.span),
                        a.layout.array_bytes(0)
                    ),
                    None,
                ),
            },
            ExprKind::ArrayInit { elem, items } => push(
                format!("an array of {} {elem}", items.len()),
                Some(a.layout.array_bytes(items.len() as u64)),
            ),
            ExprKind::New {
                ctor: Callee::Builtin(b),
                ..
            } => {
                let (owner, _) = member(*b);
                match owner {
                    unawait_sema::builtins::Owner::Lib(Lib::List) => {
                        push(format!("new {}", e.ty), Some(a.layout.list_bytes()))
                    }
                    unawait_sema::builtins::Owner::Lib(Lib::ValueTask | Lib::ValueTaskOf) => {}
                    _ => push(format!("new {}", e.ty), None),
                }
            }
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                ..
            } => {
                if is_member(*b, TASKS, "WhenAll") {
                    match &e.ty {
                        Ty::Lib(Lib::TaskOf, _) => push(
                            format!(
                                "Task.WhenAll: its {} ({} bytes, the figure here) and, when it completes, the result array ({} + 8 bytes per task)",
                                e.ty,
                                a.layout.task_bytes(),
                                a.layout.array_bytes(0)
                            ),
                            Some(a.layout.task_bytes()),
                        ),
                        _ => push("Task.WhenAll: its Task".into(), Some(a.layout.task_bytes())),
                    }
                } else if is_member(*b, TASKS, "WhenAny") {
                    push(
                        format!("Task.WhenAny: its {}", e.ty),
                        Some(a.layout.task_bytes()),
                    );
                } else if is_member(*b, TASKS, "Delay") {
                    if args.first().and_then(const_int) != Some(0) {
                        push(
                            format!("{}: a Task and a timer", a.text(e.span)),
                            Some(a.layout.task_bytes()),
                        );
                    }
                } else if is_member(*b, TASKS, "FromResult") {
                    // Since .NET 6, FromResult shares the builders' cached tasks.
                    let cached = match (&e.ty, args.first()) {
                        (Ty::Lib(_, t), _) if t.first() == Some(&Ty::Bool) => true,
                        (_, Some(v)) if matches!(v.ty, Ty::Int) => {
                            const_int(v).is_some_and(|v| (-1..=8).contains(&v))
                        }
                        (_, Some(v)) if matches!(v.ty, Ty::Long) => const_int(v) == Some(0),
                        (_, Some(v)) if matches!(v.ty, Ty::Null) => true,
                        _ => false,
                    };
                    if !cached {
                        push(
                            format!("{}: a completed {}", a.text(e.span), e.ty),
                            Some(a.layout.task_bytes()),
                        );
                    }
                } else if is_member(*b, &[Lib::ValueTask, Lib::ValueTaskOf], "AsTask") {
                    push(
                        format!(
                            "{}: a Task when the ValueTask holds a value",
                            a.text(e.span)
                        ),
                        Some(a.layout.task_bytes()),
                    );
                } else if is_member(*b, &[Lib::List], "ToArray") {
                    push(format!("{}: an array", a.text(e.span)), None);
                }
            }
            ExprKind::Call {
                callee: Callee::User(target),
                ..
            } => {
                let callee = a.program.method(*target);
                if !callee.is_async {
                    continue;
                }
                let tc = a.classes.of(*target);
                let boxed = match a.lowered(*target).map(|l| &l.kind) {
                    Some(MethodKind::Async(csm)) if !csm.awaits.is_empty() => {
                        Some(a.layout.box_bytes(csm.frame.bytes))
                    }
                    _ => None,
                };
                let name = display_name(a.program, *target);
                match (boxed, tc.map(|c| (c.never.is_some(), c.always.is_some()))) {
                    (Some(b), Some((false, true))) => push(
                        format!("call to `{name}`: its box (it always suspends)"),
                        Some(b),
                    ),
                    (Some(b), Some((false, false))) => push(
                        format!("call to `{name}`: its box, {b} bytes, if it suspends"),
                        None,
                    ),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let mut other = alternatives(a, id, other);
    other.sort_by_key(|s| s.line);
    Allocations {
        sync_bytes,
        sync_note,
        suspend_bytes,
        pooled_calls: call_sites(a, id),
        elided_calls: elided_sites(a, id),
        other,
    }
}

/// The awaits of the lowered program that skip method `id`, a `return await` wrapper.
fn elided_sites(a: &Analysis<'_>, id: MethodId) -> usize {
    let Some(name) = a.module.methods.get(id.0 as usize).map(|m| &m.name) else {
        return 0;
    };
    a.module
        .methods
        .iter()
        .filter_map(|m| match &m.kind {
            unawait_smir::MethodKind::Async(sm) => Some(&sm.awaits),
            unawait_smir::MethodKind::Sync => None,
        })
        .flatten()
        .filter(|aw| aw.elided.iter().any(|e| &e.name == name))
        .count()
}

/// Allocations with the same cost on exclusive paths (the arms of a `?:` or an `if`/`else`)
/// become one "one of" site: a call makes only one of them. In a loop, whether every iteration
/// makes the site (one of its alternatives).
fn alternatives(
    a: &Analysis<'_>,
    id: MethodId,
    found: Vec<(AllocSite, Option<(Span, Pos)>)>,
) -> Vec<AllocSite> {
    struct Group {
        site: AllocSite,
        subjects: Vec<(String, usize)>,
        cost: String,
        at: Vec<(Span, Pos)>,
    }
    let mut groups: Vec<Group> = Vec::new();
    for (site, at) in found {
        let (subject, cost) = match site.what.split_once(": ") {
            Some((s, c)) => (s.to_string(), c.to_string()),
            None => (site.what.clone(), String::new()),
        };
        if let Some((span, pos)) = &at {
            let alternative = groups.iter_mut().find(|g| {
                !cost.is_empty()
                    && g.cost == cost
                    && g.site.bytes == site.bytes
                    && !g.at.is_empty()
                    && g.at.iter().all(|(_, p)| p.exclusive_with(pos))
            });
            if let Some(g) = alternative {
                g.subjects.push((subject, site.line));
                g.at.push((*span, pos.clone()));
                continue;
            }
        }
        groups.push(Group {
            subjects: vec![(subject, site.line)],
            site,
            cost,
            at: at.into_iter().collect(),
        });
    }
    groups
        .into_iter()
        .map(|mut g| {
            if g.subjects.len() > 1 {
                let one_line = g.subjects.iter().all(|(_, l)| *l == g.site.line);
                let mut names: Vec<String> = g
                    .subjects
                    .iter()
                    .map(|(s, l)| match one_line {
                        true => s.clone(),
                        false => format!("{s} (line {l})"),
                    })
                    .collect();
                names.dedup();
                g.site.what = match names.as_slice() {
                    [one] => format!("{one} (once, whichever arm runs): {}", g.cost),
                    _ => format!("one of {}: {}", names.join(", "), g.cost),
                };
            }
            if let Some(li) = g.at.first().and_then(|(_, p)| p.innermost_loop()) {
                let spans: Vec<Span> = g.at.iter().map(|(s, _)| *s).collect();
                g.site.every_iteration = a.every_iteration(id, li, &spans);
            }
            g.site
        })
        .collect()
}

/// The calls of method `id` in the lowered program: (awaited directly, all).
fn call_sites(a: &Analysis<'_>, id: MethodId) -> (usize, usize) {
    let mut sites = (0, 0);
    let insts = a
        .module
        .methods
        .iter()
        .flat_map(|m| m.body.blocks.iter().flat_map(|b| &b.insts));
    for inst in insts {
        if let unawait_smir::Inst::Call {
            callee:
                unawait_smir::Callee::User {
                    id: callee,
                    awaited_directly,
                    ..
                },
            ..
        } = inst
        {
            if *callee == id.0 {
                sites.0 += usize::from(*awaited_directly);
                sites.1 += 1;
            }
        }
    }
    sites
}

fn verdicts(
    a: &Analysis<'_>,
    id: MethodId,
    sm: Option<&StateMachine>,
    report: &MethodReport,
) -> Vec<Verdict> {
    let m = a.program.method(id);
    let mut out = Vec::new();
    if !m.is_async {
        return out;
    }
    let class = a.classes.of(id).cloned().unwrap_or_default();
    let facts = &a.facts[id.0 as usize];
    if let Some(task) = lints::wrapper_of(m).filter(|_| a.program.entry_point != Some(id)) {
        out.push(Verdict {
            tutorial: "Pattern 1",
            message: format!(
                "no state machine needed: the method only returns another task (Pattern 1): `return {};`",
                a.text(task.span)
            ),
        });
    }
    if facts.awaits.is_empty() {
        out.push(Verdict {
            tutorial: "checklist 2",
            message: "no await: every call completes synchronously; unawait builds no state machine (C# still does, CS1998; checklist 2)".into(),
        });
    } else if class.never.is_some() {
        out.push(Verdict {
            tutorial: "Trap A",
            message: "never suspends: every await is of a completed task, so no call allocates a box (Trap A avoided)".into(),
        });
    } else if let Some(at) = &class.always {
        let b = sm.map_or(0, |s| a.layout.box_bytes(s.frame.bytes));
        let lines: Vec<usize> = at.iter().map(|(span, _)| a.line(*span)).collect();
        let which = if at.len() > 1 {
            ", one on every path"
        } else {
            ""
        };
        out.push(Verdict {
            tutorial: "Trap A",
            message: format!(
                "suspends on every call ({}{which}): each call allocates its {b}-byte box (Trap A: async methods that suspend allocate)",
                awaits_at(&lines)
            ),
        });
    } else {
        let b = sm.map_or(0, |s| a.layout.box_bytes(s.frame.bytes));
        out.push(Verdict {
            tutorial: "Trap A",
            message: format!(
                "allocates its {b}-byte box only on calls that really suspend; calls that complete synchronously allocate nothing for it (Trap A)"
            ),
        });
    }
    // Awaits in loops: one verdict per loop, on its awaits that may suspend. An await of
    // WhenAll or WhenAny waits for a batch: that loop is batched already.
    let mut seen_loops = HashSet::new();
    for aw in &facts.awaits {
        let Some(li) = aw.pos.innermost_loop() else {
            continue;
        };
        let batched = lib_call(strip_wrappers(aw.operand), TASKS, "WhenAll").is_some()
            || lib_call(strip_wrappers(aw.operand), TASKS, "WhenAny").is_some();
        if batched
            || matches!(
                a.completes(id, aw.expr.span),
                Some(Completes::Sync(_)) | None
            )
            || !seen_loops.insert(li)
        {
            continue;
        }
        let line = a.line(facts.loops[li].stmt.span);
        let every = facts.awaits.iter().any(|x| {
            x.pos.innermost_loop() == Some(li)
                && !matches!(
                    a.completes(id, x.expr.span),
                    Some(Completes::Sync(_)) | None
                )
                && a.every_iteration(id, li, &[x.expr.span])
        });
        let suspensions = if every {
            "one suspension per iteration".to_string()
        } else {
            format!(
                "a suspension on each iteration that reaches the await at line {}",
                a.line(aw.expr.span)
            )
        };
        out.push(match independent_loop_await(a, id, li) {
            Ok(_) => Verdict {
                tutorial: "Pattern 3, Trap E",
                message: format!("await in a loop (line {line}): {suspensions}; batch with WhenAll? (Pattern 3, Trap E)"),
            },
            Err(why) => Verdict {
                tutorial: "Trap E",
                message: format!("await in a loop (line {line}): {suspensions}; not batched with WhenAll: {why} (Trap E)"),
            },
        });
    }
    for aw in facts.awaits.iter().filter(|x| x.nested) {
        out.push(Verdict {
            tutorial: "Pattern 2",
            message: format!(
                "nested await at line {}: the outer await's task is built from the inner await's result; written as two statements it reads better, and the frame is the same (Pattern 2)",
                a.line(aw.expr.span)
            ),
        });
    }
    if let Some(frame) = &report.frame {
        let values = frame
            .slots
            .iter()
            .filter_map(|s| s.holds.as_ref())
            .map(|h| h.len())
            .sum::<usize>();
        // Splitting needs several awaits: a method with one has nothing to split between.
        let large = frame.bytes >= LARGE_FRAME || facts.awaits.len() >= MANY_AWAITS;
        if large && facts.awaits.len() >= 2 {
            out.push(Verdict {
                tutorial: "Pattern 7",
                message: format!(
                    "large state machine: {} awaits, {} in a {}-byte frame (a {}-byte box); split it into smaller async methods? Each part then carries only its own values (Pattern 7)",
                    facts.awaits.len(),
                    counted(values as u64, "value"),
                    frame.bytes,
                    frame.box_bytes
                ),
            });
        }
    }
    if m.async_kind == AsyncKind::Void {
        out.push(Verdict {
            tutorial: "section 9",
            message: "async void: there is no task to await or to observe; an exception escaping the method ends the process (section 9: async void is for event handlers)".into(),
        });
    }
    if matches!(
        m.async_kind,
        AsyncKind::ValueTask | AsyncKind::ValueTaskOf(_)
    ) && class.always.is_some()
    {
        out.push(Verdict {
            tutorial: "Optimization 5, checklist 7",
            message: "returns a ValueTask but suspends on every call: ValueTask saves an allocation only when calls complete synchronously (Optimization 5, checklist 7)".into(),
        });
    }
    let captured = report
        .awaits
        .iter()
        .filter(|x| !matches!(x.completes, Completes::Sync(_)) && x.captures_context)
        .count();
    if captured > 0 && report.awaits.iter().any(|x| !x.captures_context) {
        out.push(Verdict {
            tutorial: "section 4, checklist 4",
            message: format!("{captured} await(s) that may suspend capture the context and some do not: under a SynchronizationContext this method resumes on different threads (section 4, checklist 4)"),
        });
    }
    out
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
