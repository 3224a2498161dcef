//! Checks that a function or method is well formed. Every pass's output goes through it in tests;
//! a failure is a bug in `lower`, reported as text that names the block and the value.

use crate::liveness::{successors, term_uses, uses_and_def, Liveness};
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
        crate::verify_defs::defined_before_use(f, &mut errors);
    }
    errors
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
