//! The tutorial's verdicts on a method: the patterns and traps it shows (Trap A, Pattern 1,
//! Pattern 3, Trap E, Pattern 7, section 9, Optimization 5, section 4).

use std::collections::HashSet;

use unawait_sema::hir::{AsyncKind, MethodId};

use unawait_facts::library::{strip_wrappers, task_of};
use unawait_sema::behavior::TaskBehavior;

use crate::analysis::Analysis;
use crate::lints::{self, independent_loop_await};

use super::*;

pub(super) fn verdicts(a: &Analysis<'_>, id: MethodId, report: &MethodReport) -> Vec<Verdict> {
    let m = a.program.method(id);
    let mut out = Vec::new();
    if !m.is_async {
        return out;
    }
    let class = a.class(id).cloned().unwrap_or_default();
    let facts = a.walk(id);
    // The box of a call that suspends; none only when nothing suspends.
    let b = a.allocations(id).and_then(|al| al.suspend_box).unwrap_or(0);
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
        let lines: Vec<usize> = at.iter().map(|p| a.line(p.span)).collect();
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
        let batched = matches!(
            task_of(strip_wrappers(aw.operand)),
            Some((
                TaskBehavior::WhenAll { .. } | TaskBehavior::WhenAny { .. },
                _
            ))
        );
        if batched || a.completes_sync(id, aw.expr.id) || !seen_loops.insert(li) {
            continue;
        }
        let line = a.line(facts.loops[li].stmt.span);
        let every = facts.awaits.iter().any(|x| {
            x.pos.innermost_loop() == Some(li)
                && !a.completes_sync(id, x.expr.id)
                && a.every_iteration(id, li, &[(x.expr.id, x.expr.span)])
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
            // The trade-off in numbers: two parts, each with about half the frame and an
            // awaiter slot, each allocating its own box when it suspends.
            let half = a.layout.box_bytes(frame.bytes.div_ceil(2) + 8);
            out.push(Verdict {
                tutorial: "Pattern 7",
                message: format!(
                    "large state machine: {} awaits, {} in a {}-byte frame (a {}-byte box); split it into smaller async methods? Each part then carries only its own values (Pattern 7). The trade-off: a part that suspends allocates its own box, so a call whose two halves both suspend allocates two boxes of about {half} bytes ({} bytes) instead of one {}-byte box; splitting shrinks what each suspension holds, not the allocations",
                    facts.awaits.len(),
                    counted(values as u64, "value"),
                    frame.bytes,
                    frame.box_bytes,
                    2 * half,
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
        .filter(|x| !x.completes.is_sync() && x.captures_context)
        .count();
    if captured > 0 && report.awaits.iter().any(|x| !x.captures_context) {
        out.push(Verdict {
            tutorial: "section 4, checklist 4",
            message: format!("{captured} await(s) that may suspend capture the context and some do not: under a SynchronizationContext this method resumes on different threads (section 4, checklist 4)"),
        });
    }
    out
}
