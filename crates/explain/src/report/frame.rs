//! The frame of a state machine, slot by slot: what each slot holds and why each value is live
//! across an await (a local read after it, an operand pending at it, a finally's pending
//! exception).

use std::collections::HashMap;

use unawait_sema::hir::{self, ExprKind, MethodId};
use unawait_smir::{
    AwaitSite, Const, Function, Inst, MachTy, Operand, Origin, StateMachine, Synthetic, ValueId,
};

use crate::analysis::Analysis;

use super::*;

fn held_kind(f: &Function, v: ValueId) -> &'static str {
    let info = f.value(v);
    match info.origin {
        // `p.X`: the frame holds a struct local's fields (`lower/frame.rs`); no C# name has a dot.
        Origin::Local { .. } if info.name.contains('.') => "field",
        Origin::Local { .. } => "local",
        Origin::Param { .. } => "parameter",
        Origin::This => "this",
        Origin::Temp if info.name.starts_with("<t") => "temporary",
        Origin::Temp | Origin::Synthetic(_) => "compiler",
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
    if f.value(v).origin == Origin::This {
        let of_struct =
            a.program.classes.iter().any(|c| {
                c.name == f.value(v).cs_ty && c.kind == unawait_sema::hir::ClassKind::Struct
            });
        if of_struct {
            return "`this`, the method's own copy of the struct it was called on (C# copies it too), used after the await".into();
        }
        return "`this`, the object the method runs on, used after the await".into();
    }
    if let Origin::Synthetic(kind) = f.value(v).origin {
        return match kind {
            Synthetic::PendingBranch => {
                "which way out of a `try` was taken, kept while its `finally` awaits"
            }
            Synthetic::PendingException => {
                "the exception in flight when the `finally` began (null when none), rethrown once the `finally` has run, kept while it awaits"
            }
            Synthetic::Caught => "the exception the `catch` caught, kept while it awaits",
            Synthetic::ReturnValue => "the value being returned, kept while a `finally` awaits",
            // A method with a return buffer is synchronous: nothing of it is in a frame.
            Synthetic::ReturnBuffer => "where the struct being returned is written",
            Synthetic::Awaiter => {
                "the awaiter of a custom awaitable, whose GetResult() runs after the resumption"
            }
        }
        .into();
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
    let Some(af) = a.await_fact(id, site) else {
        return "live across {A}".into();
    };
    let f = a.walk(id);
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

pub(super) fn frame_report(
    a: &Analysis<'_>,
    id: MethodId,
    sm: &StateMachine,
    f: &Function,
) -> FrameReport {
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
                            let reason = match closure_variables(a, id, &info.cs_ty) {
                                Some(vars) => format!(
                                    "the display class of the variables lambdas capture ({vars}), made where their scope begins; {reason}"
                                ),
                                None => reason,
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
                ty: sm.slot_csharp_type(i, f).to_string(),
                bytes: s.ty.bytes(),
                holds,
            }
        })
        .collect();
    FrameReport {
        bytes: sm.frame.bytes,
        // A method with a state machine is async, so the facts know its box.
        box_bytes: a
            .allocations(id)
            .and_then(|al| al.box_bytes)
            // An async iterator's body: the facts count its object, not the body's box.
            .unwrap_or_else(|| a.layout.box_bytes(sm.frame.bytes)),
        slots,
    }
}

/// The variables a display class of closure conversion holds (`calls`, `log`), when `ty` names
/// one: what the frame keeps alive by keeping it.
fn closure_variables(a: &Analysis<'_>, id: MethodId, ty: &str) -> Option<String> {
    if !ty.starts_with("<>c__DisplayClass") {
        return None;
    }
    // Display classes are nested in the class of the method they were made for (or in a
    // display class of it, for a lambda's own).
    let mut owner = a.program.method(id).class;
    while let Some(o) = a
        .program
        .class(owner)
        .outer
        .filter(|_| a.program.class(owner).name.starts_with('<'))
    {
        owner = o;
    }
    let class = (a.program.classes.iter()).find(|c| c.name == ty && c.outer == Some(owner))?;
    let vars: Vec<String> = class
        .fields
        .iter()
        .map(|&f| &a.program.field(f).name)
        .filter(|n| !n.starts_with('<') && !n.starts_with("CS$"))
        .map(|n| format!("`{n}`"))
        .collect();
    Some(vars.join(", "))
}
