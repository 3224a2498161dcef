//! Checks that a function or method is well formed. Every pass's output goes through it in tests;
//! a failure is a bug in `lower`, reported as text that names the block and the value.

use crate::liveness::{can_throw, successors, term_uses, uses_and_def, Liveness, ValueSet};
use crate::*;

pub fn method(m: &Method) -> Vec<String> {
    let mut errors = function(&m.body);
    if !errors.is_empty() {
        return errors;
    }
    if let MethodKind::Async(sm) = &m.kind {
        errors.extend(
            function(&sm.kickoff)
                .into_iter()
                .map(|e| format!("kickoff: {e}")),
        );
        state_machine(&m.body, sm, &mut errors);
    }
    errors
        .into_iter()
        .map(|e| format!("{}: {e}", m.name))
        .collect()
}

/// The CFG is closed (every target and handler exists, every value is declared) and every use
/// is dominated by a definition (the value is assigned on every path to it).
pub fn function(f: &Function) -> Vec<String> {
    let mut errors = Vec::new();
    let nblocks = f.blocks.len() as u32;
    let nvalues = f.values.len() as u32;
    if f.entry.0 >= nblocks {
        errors.push(format!("entry b{} does not exist", f.entry.0));
        return errors;
    }
    for (i, b) in f.blocks.iter().enumerate() {
        for s in successors(b) {
            if s.0 >= nblocks {
                errors.push(format!("b{i} jumps to b{}, which does not exist", s.0));
            }
        }
        for inst in &b.insts {
            let (uses, def) = uses_and_def(inst);
            for v in uses
                .iter()
                .chain(def.iter())
                .chain(term_uses(&b.term).iter())
            {
                if v.0 >= nvalues {
                    errors.push(format!("b{i} mentions v{}, which is not declared", v.0));
                }
            }
        }
    }
    if errors.is_empty() {
        defined_before_use(f, &mut errors);
    }
    errors
}

/// Forward "definitely assigned" analysis: the meet over predecessors is intersection. A handler
/// is entered from the instructions of its protected blocks that can throw, so it gets what was
/// defined at each of them.
fn defined_before_use(f: &Function, errors: &mut Vec<String>) {
    let n = f.values.len();
    let all = {
        let mut s = ValueSet::new(n);
        for i in 0..n {
            s.insert(ValueId(i as u32));
        }
        s
    };
    let mut entry = ValueSet::new(n);
    for p in &f.params {
        entry.insert(*p);
    }
    let mut def_in = vec![all.clone(); f.blocks.len()];
    def_in[f.entry.0 as usize] = entry;
    let mut changed = true;
    while changed {
        changed = false;
        for (i, b) in f.blocks.iter().enumerate() {
            let mut out = def_in[i].clone();
            // What reaches the handler: the values defined at every point that can throw.
            let mut at_throw = all.clone();
            for inst in &b.insts {
                if can_throw(inst) {
                    at_throw = intersect(&at_throw, &out);
                }
                if let (_, Some(d)) = uses_and_def(inst) {
                    out.insert(d);
                }
            }
            if matches!(b.term, Terminator::Throw(..)) {
                at_throw = intersect(&at_throw, &out);
            }
            for s in successors(b) {
                let given = if Some(s) == b.unwind { &at_throw } else { &out };
                let met = intersect(&def_in[s.0 as usize], given);
                if met != def_in[s.0 as usize] && s != f.entry {
                    def_in[s.0 as usize] = met;
                    changed = true;
                }
            }
        }
    }
    for (i, b) in f.blocks.iter().enumerate() {
        if !reachable_placeholder(&def_in[i], &all) {
            continue;
        }
        let mut defined = def_in[i].clone();
        for inst in &b.insts {
            let (uses, def) = uses_and_def(inst);
            for u in uses {
                if !defined.contains(u) {
                    errors.push(format!(
                        "b{i}: `{}` is used before it is assigned on some path",
                        f.value(u).name
                    ));
                }
            }
            if let Some(d) = def {
                defined.insert(d);
            }
        }
        for u in term_uses(&b.term) {
            if !defined.contains(u) {
                errors.push(format!(
                    "b{i}: `{}` is used before it is assigned on some path",
                    f.value(u).name
                ));
            }
        }
    }
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

/// A block no path reaches keeps the "everything defined" start value; it has nothing to check.
fn reachable_placeholder(def_in: &ValueSet, all: &ValueSet) -> bool {
    def_in != all || all.iter().next().is_none()
}

/// Every resume state is a case of the dispatch at the entry, every resume point starts with
/// nothing live but what it loads from the frame, and every value live across a suspension has a
/// slot that holds it.
fn state_machine(f: &Function, sm: &StateMachine, errors: &mut Vec<String>) {
    let entry = f.block(f.entry);
    let cases: Vec<(i32, BlockId)> = match &entry.term {
        Terminator::Switch { cases, .. } => cases.clone(),
        _ => Vec::new(),
    };
    let liveness = Liveness::compute(f);
    for site in &sm.awaits {
        if !cases.contains(&(site.state, site.resume)) {
            errors.push(format!(
                "state {} is not dispatched to its resume block b{}",
                site.state, site.resume.0
            ));
        }
        for v in liveness.live_in(site.resume) {
            errors.push(format!(
                "`{}` is live into the resume block b{} of state {} but not loaded from the frame",
                f.value(v).name,
                site.resume.0,
                site.state
            ));
        }
        for v in &site.live {
            let held = sm
                .frame
                .slots
                .iter()
                .any(|s| s.holds.iter().any(|h| h.value == *v));
            if !held {
                errors.push(format!(
                    "`{}` is live across state {} but no slot holds it",
                    f.value(*v).name,
                    site.state
                ));
            }
        }
    }
}
