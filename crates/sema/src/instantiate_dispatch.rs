//! The instances no call names: those of the implementations and overrides a dispatched call
//! of a generic method may run. An instance of an interface's generic method runs, in each
//! class implementing it, that class's instance of its implementation (an itable entry); an
//! instance of a generic virtual method takes a vtable slot of its own, which every class
//! deriving from the method's class fills with its override's instance for the same arguments.

use crate::context::Ctx;
use crate::hir::*;
use crate::instantiate::{instance, Made};
use crate::types::Ty;

/// Makes the instances the dispatched instances made so far need: whether any was made (its
/// body is then to be built).
pub(crate) fn implementations(cx: &mut Ctx<'_>, made: &mut Made) -> bool {
    let before = made.queue.len();
    interface_implementations(cx, made);
    overrides(cx, made);
    made.queue.len() > before
}

/// The itable entries and slots found, in the program: after every instance is built, as
/// building copies its template (slot included).
pub(crate) fn install(cx: &mut Ctx<'_>, made: &mut Made) {
    for (c, im, m) in std::mem::take(&mut made.itable_entries) {
        cx.program.classes[c.0 as usize].itable.push((im, m));
    }
    for (&m, &slot) in &made.vslots {
        cx.program.methods[m.0 as usize].vslot = Some(slot);
    }
}

/// The instances made so far of templates that `keep`, in the order they were made: the
/// instances made from them, and so the program, are the same on every run.
fn instances_of(
    cx: &Ctx<'_>,
    made: &Made,
    keep: impl Fn(&Method) -> bool,
) -> Vec<(MethodId, Vec<Ty>, MethodId)> {
    let mut out: Vec<(MethodId, Vec<Ty>, MethodId)> = made
        .by_args
        .iter()
        .filter(|((t, _), _)| keep(cx.program.method(*t)))
        .map(|((t, a), &id)| (*t, a.clone(), id))
        .collect();
    out.sort_by_key(|(_, _, id)| *id);
    out
}

/// For each instance of an interface's generic method, each class implementing the method
/// gets its implementation's instance for the same arguments.
fn interface_implementations(cx: &mut Ctx<'_>, made: &mut Made) {
    let interface = |m: &Method| cx.program.class(m.class).kind == ClassKind::Interface;
    for (template, args, id) in instances_of(cx, made, interface) {
        for c in 0..cx.program.classes.len() {
            let c = ClassId(c as u32);
            if made.itable_done.contains(&(c, id)) {
                continue;
            }
            let itable = &cx.program.class(c).itable;
            let Some(&(_, implementation)) = itable.iter().find(|(i, _)| *i == template) else {
                continue;
            };
            made.itable_done.insert((c, id));
            if cx.method_generics.contains_key(&implementation) {
                let own = instance(cx, made, implementation, args.clone());
                made.itable_entries.push((c, id, own));
            }
        }
    }
}

/// For each instance of a generic virtual method (or of an override of one): the instance of
/// the method that opened the slot gets a slot of its own, and each class deriving from its
/// class puts there the instance, for the same arguments, of what it puts in the template's.
fn overrides(cx: &mut Ctx<'_>, made: &mut Made) {
    let dispatched = |m: &Method| {
        m.vslot.is_some()
            && m.virt != Virt::None
            && cx.program.class(m.class).kind != ClassKind::Interface
    };
    for (template, args, id) in instances_of(cx, made, dispatched) {
        let Some(template_slot) = cx.program.method(template).vslot else {
            continue;
        };
        let Some((root_class, root)) = opener(cx, template, template_slot) else {
            continue;
        };
        let root_instance = instance(cx, made, root, args.clone());
        let slot = match made.vslots.get(&root_instance) {
            Some(&s) => s,
            None => new_slot(cx, root_class),
        };
        made.vslots.insert(root_instance, slot);
        made.vslots.insert(id, slot);
        for c in 0..cx.program.classes.len() {
            let c = ClassId(c as u32);
            if !cx.derives(c, root_class) || made.vtable_done.contains(&(c, slot)) {
                continue;
            }
            let Some(&runs) = cx.program.class(c).vtable.get(template_slot as usize) else {
                continue;
            };
            made.vtable_done.insert((c, slot));
            let own = match cx.method_generics.contains_key(&runs) {
                true => instance(cx, made, runs, args.clone()),
                // Not generic: reported (its override matched no generic method).
                false => runs,
            };
            let vtable = &mut cx.program.classes[c.0 as usize].vtable;
            if vtable.len() <= slot as usize {
                vtable.resize(slot as usize + 1, root);
            }
            vtable[slot as usize] = own;
        }
    }
}

/// The class whose method opened slot `slot` that `m` fills, with that method: the topmost
/// of `m`'s class chain whose vtable has the slot.
fn opener(cx: &Ctx<'_>, m: MethodId, slot: u32) -> Option<(ClassId, MethodId)> {
    let chain = cx.class_chain(cx.program.method(m).class);
    chain.iter().rev().find_map(|&c| {
        let runs = *cx.program.class(c).vtable.get(slot as usize)?;
        Some((c, runs))
    })
}

/// A slot no class deriving from `root` uses: past the end of each of their vtables. The
/// vtables between are padded by the caller (the padding is never called: only calls of the
/// instances name the slot, and every class deriving from `root` fills it).
fn new_slot(cx: &Ctx<'_>, root: ClassId) -> u32 {
    (0..cx.program.classes.len())
        .map(|c| ClassId(c as u32))
        .filter(|&c| cx.derives(c, root))
        .map(|c| cx.program.class(c).vtable.len())
        .max()
        .unwrap_or(0) as u32
}
