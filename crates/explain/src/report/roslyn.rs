//! What C#'s compiler keeps in its state machine for the same method (hoisted locals, spills,
//! awaiters, by Roslyn's rules) and the size of its box, beside unawait's own frame.

use std::collections::{BTreeMap, HashSet};

use unawait_sema::hir::{self, AwaiterKind, LocalKind, MethodId};
use unawait_sema::types::{Lib, Ty};
use unawait_smir::{
    roslyn_field_name, FieldRole, Function, MachTy, Origin, StateMachine, Synthetic,
};

use unawait_facts::walk::LoopKind;

use crate::analysis::Analysis;

use super::*;

/// The size of a field of C# type `ty` in a struct (references and 8-byte values 8; a struct
/// of the program its fields laid out inline, as the CLR does).
fn clr_bytes(program: &hir::Program, ty: &Ty) -> u32 {
    struct_bytes(program, ty, 0).unwrap_or_else(|| scalar_bytes(ty))
}

/// The CLR size of a struct of the program: its instance fields laid out (an empty struct
/// takes 1 byte, rounded up by `layout`).
fn struct_bytes(program: &hir::Program, ty: &Ty, depth: usize) -> Option<u32> {
    let Ty::Class(id, c) = ty else {
        return None;
    };
    if !c.is_struct || depth > 16 {
        return None;
    }
    Some(fields_bytes(program, *id, depth))
}

/// The CLR size of struct `id`'s instance fields laid out.
fn fields_bytes(program: &hir::Program, id: hir::ClassId, depth: usize) -> u32 {
    let sizes: Vec<u32> = program
        .class(id)
        .fields
        .iter()
        .map(|&f| program.field(f))
        .filter(|f| !f.is_static)
        .map(|f| struct_bytes(program, &f.ty, depth + 1).unwrap_or_else(|| scalar_bytes(&f.ty)))
        .collect();
    if sizes.is_empty() {
        1
    } else {
        layout(&sizes)
    }
}

fn scalar_bytes(ty: &Ty) -> u32 {
    match ty {
        Ty::Int | Ty::UInt | Ty::Float => 4,
        Ty::Char => 2,
        Ty::Small(s) => match s {
            unawait_sema::types::SmallInt::Byte | unawait_sema::types::SmallInt::SByte => 1,
            _ => 2,
        },
        Ty::Bool => 1,
        Ty::Lib(Lib::TaskStatus, _) | Ty::Enum(..) => 4,
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
pub(super) fn roslyn(
    a: &Analysis<'_>,
    id: MethodId,
    sm: &StateMachine,
    f: &Function,
) -> RoslynReport {
    let m = a.program.method(id);
    let facts = a.walk(id);
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
    // Roslyn's count of hoisted fields, shared by locals, spills and hidden locals.
    let mut n = 0;
    let mut next = |role: FieldRole<'_>| {
        n += 1;
        roslyn_field_name(role, n)
    };
    // `this`: C# copies it into `<>4__this` when the body uses it at all (its code runs in the
    // state machine's `MoveNext`); unawait's frame keeps it only across an await.
    let is_this = |v: unawait_smir::ValueId| f.value(v).origin == Origin::This;
    let uses_this = f.blocks.iter().flat_map(|b| &b.insts).any(|i| {
        let mut used = false;
        unawait_smir::liveness::visit(i, |v| used |= is_this(v));
        used
    });
    // Of a struct, `<>4__this` is a copy of the struct itself (its fields inline).
    let this_bytes = match a.program.class(m.class).kind {
        hir::ClassKind::Struct => fields_bytes(a.program, m.class, 0),
        _ => 8,
    };
    if uses_this {
        fields.push(RoslynField {
            name: roslyn_field_name(FieldRole::This, 0),
            ty: a.program.class(m.class).name.clone(),
            bytes: this_bytes,
            holds: Some("<>4__this".into()),
        });
        let kept = sm
            .frame
            .slots
            .iter()
            .flat_map(|s| &s.holds)
            .any(|h| is_this(h.value));
        if !kept {
            differences.push(
                "C# copies `this` into a field (`<>4__this`) because the body uses it; unawait keeps it only when it is used after an await (the tutorial's Optimization 3: read what you need from `this` before the first await)".to_string(),
            );
        }
    }
    for p in &m.params {
        let l = &m.locals[p.0 as usize];
        if read.contains(p) || in_frame.contains(p) {
            fields.push(RoslynField {
                name: roslyn_field_name(FieldRole::Param(&l.name), 0),
                ty: l.ty.to_string(),
                bytes: clr_bytes(a.program, &l.ty),
                holds: Some(l.name.clone()),
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
            name: next(FieldRole::Local(&local.name)),
            ty: local.ty.to_string(),
            bytes: clr_bytes(a.program, &local.ty),
            holds: Some(local.name.clone()),
        });
    }
    // Spills: per type, the most operands pending at one await.
    let mut spills: BTreeMap<String, (usize, u32)> = BTreeMap::new();
    for aw in &facts.awaits {
        let mut count: BTreeMap<String, (usize, u32)> = BTreeMap::new();
        for t in &aw.spills {
            let e = count
                .entry(t.to_string())
                .or_insert((0, clr_bytes(a.program, t)));
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
                name: next(FieldRole::Spill),
                ty: ty.clone(),
                bytes: *b,
                holds: None,
            });
        }
    }
    if spill_no > 0 {
        differences.push(format!(
            "C# spills {spill_no} operand value(s) computed before an await into field(s) of their own (`<>s__N`); unawait keeps them as ordinary values and stores them only while suspended"
        ));
    }
    // foreach loops that await keep their collection and position in hidden fields.
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
                hir::ForeachKind::Array | hir::ForeachKind::String => {
                    fields.push(RoslynField {
                        name: next(FieldRole::Wrap),
                        ty: collection.ty.to_string(),
                        bytes: 8,
                        holds: None,
                    });
                    fields.push(RoslynField {
                        name: next(FieldRole::Wrap),
                        ty: "int".into(),
                        bytes: 4,
                        holds: None,
                    });
                }
                _ => {
                    fields.push(RoslynField {
                        name: next(FieldRole::Wrap),
                        ty: format!("{}.Enumerator", collection.ty),
                        bytes: 24,
                        holds: None,
                    });
                }
            }
        }
    }
    // try/finally and catch bookkeeping: the hidden locals C# keeps for the same purpose.
    for s in &sm.frame.slots {
        for h in &s.holds {
            let info = f.value(h.value);
            let Origin::Synthetic(kind) = info.origin else {
                continue;
            };
            let (ty, bytes) = match kind {
                // In C#'s awaiter fields, counted below.
                Synthetic::Awaiter => continue,
                Synthetic::PendingBranch => ("int".to_string(), 4),
                Synthetic::PendingException | Synthetic::Caught => ("object".to_string(), 8),
                Synthetic::ReturnValue | Synthetic::ReturnBuffer => (info.cs_ty.clone(), 8),
            };
            fields.push(RoslynField {
                name: next(FieldRole::Wrap),
                ty,
                bytes,
                holds: Some(info.name.clone()),
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
            name: roslyn_field_name(FieldRole::Awaiter, i + 1),
            ty: t.to_string(),
            bytes: awaiter_bytes(t),
            holds: None,
        });
    }
    let awaiter_slots = sm
        .frame
        .slots
        .iter()
        .filter(|s| matches!(s.ty, MachTy::Awaiter(_)))
        .count();
    // A custom awaiter is an ordinary value of unawait's frame.
    let custom = |t: &Ty| {
        facts
            .awaits
            .iter()
            .any(|aw| aw.info.awaiter == AwaiterKind::Custom && aw.info.awaiter_ty == *t)
    };
    let library_types = awaiter_types.iter().filter(|t| !custom(t)).count();
    if library_types > awaiter_slots {
        differences.push(format!(
            "C# keeps one awaiter field per awaiter type ({library_types} here); unawait one slot per awaiter kind ({awaiter_slots})"
        ));
    }
    if library_types < awaiter_types.len() {
        differences.push(
            "C# keeps a custom awaiter in an awaiter field of its type; unawait in an ordinary slot, like any value live across the await".into(),
        );
    }
    for s in &sm.frame.slots {
        let names: Vec<String> = s
            .holds
            .iter()
            .filter(|h| f.value(h.value).origin != Origin::Synthetic(Synthetic::Awaiter))
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
    // Spills and hidden locals stand for nothing of unawait's frame: a frame with them differs.
    let mut theirs: Vec<String> = fields
        .iter()
        .filter(|x| !x.name.starts_with("<>u__"))
        .map(|x| x.holds.clone().unwrap_or_else(|| x.name.clone()))
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
