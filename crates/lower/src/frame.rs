//! The frame: which values cross each suspension, which slot holds each, and the suspend and
//! resume code that moves them. Values are the nodes of an interference graph whose edges join
//! two values live across the same await; colouring it greedily gives the slots.

use std::collections::HashMap;

use crate::builder::PendingAwait;
use crate::stack_objects::Embeddable;
use unawait_smir::liveness::Liveness;
use unawait_smir::{
    AwaitSite, AwaiterKind, BlockId, Frame, Function, Held, Inst, MachTy, Operand, Slot, SlotId,
    Terminator, ValueId, ValueInfo,
};

/// Two values may share a slot only if they have the same size and both or neither are traced.
fn class(ty: MachTy) -> (u32, bool) {
    (ty.bytes(), ty.has_refs())
}

struct SlotPlan {
    ty: MachTy,
    /// Which awaits the slot is busy at.
    busy: Vec<bool>,
    holds: Vec<Held>,
}

pub fn build(
    f: &mut Function,
    awaits: &[PendingAwait],
    dispatch: BlockId,
    embed: (&[Embeddable], &[usize]),
) -> (Frame, Vec<AwaitSite>) {
    build_inner(f, awaits, dispatch, embed, None)
}

/// `build`, with `object` (an iterator's `MoveNext` parameter: the frame itself) kept out of
/// the frame.
pub fn build_excluding(
    f: &mut Function,
    awaits: &[PendingAwait],
    dispatch: BlockId,
    embed: (&[Embeddable], &[usize]),
    object: ValueId,
) -> (Frame, Vec<AwaitSite>) {
    build_inner(f, awaits, dispatch, embed, Some(object))
}

fn build_inner(
    f: &mut Function,
    awaits: &[PendingAwait],
    dispatch: BlockId,
    (embed, group_of): (&[Embeddable], &[usize]),
    object: Option<ValueId>,
) -> (Frame, Vec<AwaitSite>) {
    // Liveness follows each suspension to its resumption: what a later await (or `yield`)
    // carries must be live at an earlier one even on a path where the earlier one resumes
    // only through the dispatch (a `yield` has no path that does not suspend).
    let terms: Vec<Terminator> = awaits
        .iter()
        .map(|a| {
            let b = &mut f.blocks[a.suspend.0 as usize];
            std::mem::replace(&mut b.term, Terminator::Goto(a.resume))
        })
        .collect();
    let liveness = Liveness::compute(f);
    for (a, t) in awaits.iter().zip(terms) {
        f.blocks[a.suspend.0 as usize].term = t;
    }
    // What each await carries across: live into its resume point, except its own awaiter,
    // which has a slot of its own (a custom awaiter is an ordinary value).
    let carried: Vec<Vec<ValueId>> = awaits
        .iter()
        .map(|a| {
            liveness
                .live_in(a.resume)
                .filter(|v| (a.custom || *v != a.awaiter) && Some(*v) != object)
                .collect()
        })
        .collect();
    // A struct local held by fields, when no other value of its group crosses the same awaits
    // (`stack_objects::Embeddable`): the frame holds values for its fields instead.
    let mut by_fields: HashMap<ValueId, (&Embeddable, Vec<ValueId>)> = HashMap::new();
    for e in embed {
        let crosses: Vec<&Vec<ValueId>> = carried.iter().filter(|l| l.contains(&e.value)).collect();
        let alone = crosses.iter().all(|l| {
            l.iter()
                .all(|v| *v == e.value || group_of.get(v.0 as usize) != Some(&e.group))
        });
        if crosses.is_empty() || !alone {
            continue;
        }
        let parent = f.value(e.value).clone();
        let ids = e
            .fields
            .iter()
            .map(|field| {
                f.values.push(ValueInfo {
                    ty: field.ty,
                    name: format!("{}.{}", parent.name, field.name),
                    origin: parent.origin.clone(),
                    cs_ty: field.cs_ty.clone(),
                });
                ValueId(f.values.len() as u32 - 1)
            })
            .collect();
        by_fields.insert(e.value, (e, ids));
    }
    let live: Vec<Vec<ValueId>> = carried
        .iter()
        .map(|l| {
            let mut out = Vec::with_capacity(l.len());
            for v in l {
                match by_fields.get(v) {
                    Some((_, ids)) => out.extend_from_slice(ids),
                    None => out.push(*v),
                }
            }
            out
        })
        .collect();

    let mut across: Vec<Vec<i32>> = vec![Vec::new(); f.values.len()];
    for (i, vs) in live.iter().enumerate() {
        for v in vs {
            across[v.0 as usize].push(i as i32);
        }
    }

    let mut plans: Vec<SlotPlan> = Vec::new();
    let mut slot_of: Vec<Option<usize>> = vec![None; f.values.len()];
    // Values in the order they first cross an await, so slots fill in source order.
    let mut order: Vec<ValueId> = (0..f.values.len() as u32)
        .map(ValueId)
        .filter(|v| !across[v.0 as usize].is_empty())
        .collect();
    order.sort_by_key(|v| (across[v.0 as usize][0], v.0));
    for v in order {
        let ty = f.value(v).ty;
        let states = &across[v.0 as usize];
        let free = plans
            .iter()
            .position(|p| class(p.ty) == class(ty) && states.iter().all(|s| !p.busy[*s as usize]));
        let i = free.unwrap_or_else(|| {
            plans.push(SlotPlan {
                ty,
                busy: vec![false; awaits.len()],
                holds: Vec::new(),
            });
            plans.len() - 1
        });
        for s in states {
            plans[i].busy[*s as usize] = true;
        }
        plans[i].holds.push(Held {
            value: v,
            across: states.clone(),
        });
        slot_of[v.0 as usize] = Some(i);
    }

    // One awaiter slot per awaiter kind: only one awaiter is ever live at a suspension.
    let mut awaiter_slot: Vec<(AwaiterKind, usize)> = Vec::new();
    for a in awaits.iter().filter(|a| !a.custom) {
        if !awaiter_slot.iter().any(|(k, _)| *k == a.kind) {
            plans.push(SlotPlan {
                ty: MachTy::Awaiter(a.kind),
                busy: vec![false; awaits.len()],
                holds: Vec::new(),
            });
            awaiter_slot.push((a.kind, plans.len() - 1));
        }
    }
    // Largest alignment first, so mixed sizes leave no padding; slot ids follow that order.
    let mut order: Vec<usize> = (0..plans.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(plans[i].ty.bytes().min(8)), i));
    let mut new_index = vec![0; plans.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    for s in slot_of.iter_mut().flatten() {
        *s = new_index[*s];
    }
    for (_, s) in awaiter_slot.iter_mut() {
        *s = new_index[*s];
    }
    let mut plans: Vec<Option<SlotPlan>> = plans.into_iter().map(Some).collect();
    let plans: Vec<SlotPlan> = order.iter().filter_map(|&i| plans[i].take()).collect();
    let frame = layout(plans);
    let awaiter_slot_of = |k: AwaiterKind| {
        awaiter_slot
            .iter()
            .find(|(x, _)| *x == k)
            .map_or(0, |(_, s)| *s)
    };
    let mut sites = Vec::new();
    for (i, a) in awaits.iter().enumerate() {
        let slot = |v: &ValueId| SlotId(slot_of[v.0 as usize].unwrap_or(0) as u32);
        let aw_slot = if a.custom {
            slot(&a.awaiter)
        } else {
            SlotId(awaiter_slot_of(a.kind) as u32)
        };
        // Room for the usual case: one store per carried value and a clear per slot.
        let mut suspend = Vec::with_capacity(3 + carried[i].len() + frame.slots.len());
        suspend.push(Inst::StoreState { state: a.state });
        if !a.custom {
            suspend.push(Inst::FrameStore {
                slot: aw_slot,
                src: a.awaiter,
            });
        }
        for v in &carried[i] {
            match by_fields.get(v) {
                Some((e, ids)) => {
                    for (field, id) in e.fields.iter().zip(ids) {
                        suspend.push(Inst::LoadField {
                            dst: *id,
                            object: Operand::Value(*v),
                            offset: field.offset,
                            name: field.qualified.clone(),
                        });
                        suspend.push(Inst::FrameStore {
                            slot: slot(id),
                            src: *id,
                        });
                    }
                }
                None => suspend.push(Inst::FrameStore {
                    slot: slot(v),
                    src: *v,
                }),
            }
        }
        // A reference slot that holds nothing live here may still hold an earlier value: clear
        // it, so a parked method keeps no dead object alive.
        for (s, plan) in frame.slots.iter().enumerate() {
            let holds_live = plan.holds.iter().any(|h| h.across.contains(&a.state));
            let is_awaiter = matches!(plan.ty, MachTy::Awaiter(_));
            if plan.ty.has_refs() && !holds_live && !is_awaiter {
                suspend.push(Inst::FrameClear {
                    slot: SlotId(s as u32),
                });
            }
        }
        if a.custom {
            // The continuation and the `OnCompleted` call the lowering put there come after.
            suspend.append(&mut f.blocks[a.suspend.0 as usize].insts);
        } else {
            suspend.push(Inst::AwaitOnCompleted { slot: aw_slot });
        }
        f.blocks[a.suspend.0 as usize].insts = suspend;

        let mut resume: Vec<Inst> = Vec::with_capacity(3 + carried[i].len());
        // Each struct's own stack memory in this run of `MoveNext`, all made before any field
        // is restored: a handler of the try the await is in may use any of them, and a field
        // store counts as an instruction that can throw.
        for v in &carried[i] {
            if let Some((e, _)) = by_fields.get(v) {
                resume.push(Inst::StackObject {
                    dst: *v,
                    class: e.class,
                });
            }
        }
        for v in &carried[i] {
            match by_fields.get(v) {
                Some((e, ids)) => {
                    for (field, id) in e.fields.iter().zip(ids) {
                        resume.push(Inst::FrameLoad {
                            dst: *id,
                            slot: slot(id),
                        });
                        resume.push(Inst::StoreField {
                            object: Operand::Value(*v),
                            offset: field.offset,
                            name: field.qualified.clone(),
                            src: Operand::Value(*id),
                        });
                    }
                }
                None => resume.push(Inst::FrameLoad {
                    dst: *v,
                    slot: slot(v),
                }),
            }
        }
        if !a.custom {
            resume.push(Inst::FrameLoad {
                dst: a.awaiter,
                slot: aw_slot,
            });
            if a.kind.bytes() > 0 {
                resume.push(Inst::FrameClear { slot: aw_slot });
            }
        }
        resume.push(Inst::StoreState { state: -1 });
        f.blocks[a.resume.0 as usize].insts = resume;

        sites.push(AwaitSite {
            state: a.state,
            hir: a.hir,
            span: a.span,
            awaiter: a.kind,
            awaiter_ty: a.awaiter_ty.clone(),
            awaiter_slot: aw_slot,
            live: live[i].clone(),
            resume: a.resume,
            elided: a.elided.clone(),
            known: Default::default(),
            yield_return: a.stream_yield,
        });
    }
    if let Terminator::Switch { cases, .. } = &mut f.blocks[dispatch.0 as usize].term {
        *cases = awaits.iter().map(|a| (a.state, a.resume)).collect();
    }
    (frame, sites)
}

/// Offsets in slot order, each aligned to its size (at most 8).
fn layout(plans: Vec<SlotPlan>) -> Frame {
    let mut offset = 0u32;
    let mut slots = Vec::with_capacity(plans.len());
    for p in plans {
        let align = p.ty.bytes().clamp(1, 8);
        offset = offset.div_ceil(align) * align;
        slots.push(Slot {
            ty: p.ty,
            offset,
            holds: p.holds,
        });
        offset += p.ty.bytes();
    }
    Frame {
        bytes: offset.div_ceil(8) * 8,
        slots,
    }
}
