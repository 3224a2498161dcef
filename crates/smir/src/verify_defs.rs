//! The verifier's "assigned on every path before use" check. It follows the lowering's dispatch
//! values (a `finally`'s `<pending>`: assigned only constants, read only by a `switch`) along
//! each path, so that a `switch` edge is taken only by the paths that set its case: a `return`
//! inside a `lock` that jumps through the `finally` does not flow on to the code after the
//! `lock`, where a local it skipped assigning is read.

use std::collections::HashMap;

use crate::liveness::{can_throw, successors, term_uses, uses_and_def, ValueSet};
use crate::*;

/// What each dispatch value is known to hold on a path (`None`: not known).
type Key = Vec<Option<i32>>;

/// Per block: the values defined on entry, for each combination of dispatch values that
/// reaches it (the meet over the paths of one combination is intersection).
type States = HashMap<Key, ValueSet>;

pub(crate) fn defined_before_use(f: &Function, errors: &mut Vec<String>) {
    let dispatch = dispatch_values(f);
    let slot = |v: ValueId| dispatch.iter().position(|&d| d == v);
    let mut entry = ValueSet::new(f.values.len());
    for p in &f.params {
        entry.insert(*p);
    }
    let mut def_in: Vec<States> = vec![HashMap::new(); f.blocks.len()];
    def_in[f.entry.0 as usize].insert(vec![None; dispatch.len()], entry);
    let mut work = vec![f.entry];
    while let Some(b) = work.pop() {
        let block = f.block(b);
        let states: Vec<(Key, ValueSet)> = def_in[b.0 as usize]
            .iter()
            .map(|(k, s)| (k.clone(), s.clone()))
            .collect();
        for (key, set) in states {
            for (to, key, set) in transfer(block, &slot, key, set) {
                if to == f.entry {
                    continue;
                }
                let here = &mut def_in[to.0 as usize];
                let met = match here.get(&key) {
                    Some(old) => intersect(old, &set),
                    None => set,
                };
                if here.get(&key) != Some(&met) {
                    here.insert(key, met);
                    work.push(to);
                }
            }
        }
    }
    for (i, b) in f.blocks.iter().enumerate() {
        let mut reported: Vec<ValueId> = Vec::new();
        for (key, set) in &def_in[i] {
            let _ = key;
            let mut defined = set.clone();
            let mut check = |u: ValueId, defined: &ValueSet| {
                if !defined.contains(u) && !reported.contains(&u) {
                    reported.push(u);
                    errors.push(format!(
                        "b{i}: `{}` is used before it is assigned on some path",
                        f.value(u).name
                    ));
                }
            };
            for inst in &b.insts {
                let (uses, def) = uses_and_def(inst);
                for u in uses {
                    check(u, &defined);
                }
                if let Some(d) = def {
                    defined.insert(d);
                }
            }
            for u in term_uses(&b.term) {
                check(u, &defined);
            }
        }
    }
}

/// The values a `switch` dispatches on that are only ever assigned integer constants.
fn dispatch_values(f: &Function) -> Vec<ValueId> {
    let mut out: Vec<ValueId> = f
        .blocks
        .iter()
        .filter_map(|b| match &b.term {
            Terminator::Switch { on, .. } => Some(*on),
            _ => None,
        })
        .collect();
    out.sort_by_key(|v| v.0);
    out.dedup();
    out.retain(|&v| {
        !f.params.contains(&v)
            && f.blocks
                .iter()
                .flat_map(|b| &b.insts)
                .all(|inst| uses_and_def(inst).1 != Some(v) || constant_of(inst).is_some())
    });
    out
}

fn constant_of(inst: &Inst) -> Option<i32> {
    match inst {
        Inst::Copy {
            src: Operand::Const(Const::I32(k)),
            ..
        } => Some(*k),
        _ => None,
    }
}

/// Where a block sends one path's state: each successor with the state there (a handler gets
/// the values defined at the block's points that can throw).
fn transfer(
    b: &Block,
    slot: &impl Fn(ValueId) -> Option<usize>,
    mut key: Key,
    mut set: ValueSet,
) -> Vec<(BlockId, Key, ValueSet)> {
    let mut out = Vec::new();
    for inst in &b.insts {
        if let (Some(h), true) = (b.unwind, can_throw(inst)) {
            out.push((h, key.clone(), set.clone()));
        }
        if let (_, Some(d)) = uses_and_def(inst) {
            set.insert(d);
            if let Some(i) = slot(d) {
                key[i] = constant_of(inst);
            }
        }
    }
    if let (Some(h), Terminator::Throw(..)) = (b.unwind, &b.term) {
        out.push((h, key.clone(), set.clone()));
    }
    match &b.term {
        Terminator::Switch { on, cases, default } if slot(*on).is_some() => {
            let i = slot(*on).unwrap_or(0);
            let known = key[i];
            for &(k, to) in cases {
                if known.is_none() || known == Some(k) {
                    let mut key = key.clone();
                    key[i] = Some(k);
                    out.push((to, key, set.clone()));
                }
            }
            let in_cases = known.is_some_and(|k| cases.iter().any(|&(c, _)| c == k));
            if !in_cases {
                out.push((*default, key, set));
            }
        }
        _ => {
            let mut succ = successors(b);
            // The handler was given its states at the points that can throw.
            if let Some(h) = b.unwind {
                if let Some(p) = succ.iter().rposition(|&s| s == h) {
                    succ.remove(p);
                }
            }
            for to in succ {
                out.push((to, key.clone(), set.clone()));
            }
        }
    }
    out
}

fn intersect(a: &ValueSet, b: &ValueSet) -> ValueSet {
    let mut out = a.clone();
    for v in a.iter() {
        if !b.contains(v) {
            out.remove(v);
        }
    }
    out
}
