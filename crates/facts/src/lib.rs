//! The facts of the middle end, computed once per program as typed data keyed by ids: what
//! every await does when reached (completes synchronously, must suspend, or depends on run
//! time, with the reason as data: `reason.rs`), which methods never suspend, always suspend, may
//! throw or are pure (`classes.rs`), every blocking wait and return (`flow.rs`), which awaits
//! below a call capture the calling thread's context (`context.rs`), what a call allocates
//! (`alloc/`: computed on the lowered module, with the object sizes passed in). The JIT reads
//! them (an await known complete needs no suspend path), and so do `explain`, the lints and the
//! dumps; prose is made from them by `explain`'s renderer only.
//!
//! Architecture invariant: decides nothing the lowering decides, and reads the library's
//! behaviour from sema's table (`library.rs`), never from member names. A fact is keyed by
//! `(MethodId, ExprId)`: the lowered IR names the HIR await of each await site, so every
//! layer joins by id.

pub mod alloc;
pub mod classes;
pub mod context;
pub mod continuation;
pub mod flow;
mod known;
pub mod library;
pub mod locals;
pub mod paths;
pub mod reason;
mod reuse;
pub mod state;
pub mod target;
pub mod throws;
pub mod tree;
pub mod walk;

use std::collections::{HashMap, HashSet};

use unawait_sema::hir::{ExprId, MethodId, Program};
use unawait_smir::{KnownAwait, MethodKind, Module};

pub use classes::{display_name, Classes, MethodClass};
pub use continuation::{Continuation, Resumer, RunsOn};
pub use flow::{Blocking, FlowResult, Return};
pub use reason::{Completion, Depends, Never, SuspendPoint, Suspends, Sync, Wait};
pub use walk::MethodWalk;

pub struct Facts<'p> {
    pub program: &'p Program,
    /// Per method: one walk of its typed tree (positions, reads, writes, loops, calls).
    pub walks: Vec<MethodWalk<'p>>,
    pub classes: Classes,
    /// Per method: what each await does, the blocking waits, the returns.
    pub flows: Vec<FlowResult>,
    /// Per method: where each await's continuation runs when it suspends.
    pub continuations: Vec<HashMap<ExprId, Continuation>>,
    /// The SynchronizationContexts of the program's classes it installs, and where.
    pub contexts: Vec<continuation::ProgramScheduler>,
}

impl<'p> Facts<'p> {
    pub fn compute(program: &'p Program) -> Facts<'p> {
        let walks: Vec<MethodWalk<'p>> = program.methods.iter().map(MethodWalk::of).collect();
        let locals: Vec<locals::LocalFacts<'p>> = program
            .methods
            .iter()
            .map(|m| locals::LocalFacts::of(program, m))
            .collect();
        let (classes, flows) = Classes::compute(program, &walks, &locals);
        let continuations = continuation::compute(program, &walks, &flows);
        let contexts = continuation::installed_contexts(&walks);
        Facts {
            contexts,
            program,
            walks,
            classes,
            flows,
            continuations,
        }
    }

    /// Where the continuation of the await `expr` of method `m` runs when it suspends.
    pub fn continuation(&self, m: MethodId, expr: ExprId) -> Option<&Continuation> {
        self.continuations.get(m.0 as usize)?.get(&expr)
    }

    /// What the await `expr` of method `m` does.
    pub fn completion(&self, m: MethodId, expr: ExprId) -> Option<&Completion> {
        self.flows.get(m.0 as usize)?.awaits.get(&expr)
    }

    pub fn class(&self, m: MethodId) -> Option<&MethodClass> {
        self.classes.of(m)
    }

    /// The awaits known to complete synchronously, by method: the HIR ids of their await
    /// expressions. The JIT gives these no suspend path (their `IsCompleted` is true).
    pub fn completed_awaits(&self) -> Vec<HashSet<u32>> {
        self.flows
            .iter()
            .map(|f| {
                f.awaits
                    .iter()
                    .filter(|(_, c)| c.is_sync())
                    .map(|(id, _)| id.0)
                    .collect()
            })
            .collect()
    }

    /// Writes what the facts know about each await onto the lowered module's await sites,
    /// where the JIT reads it.
    pub fn annotate(&self, module: &mut Module) {
        for (i, method) in module.methods.iter_mut().enumerate() {
            let MethodKind::Async(sm) = &mut method.kind else {
                continue;
            };
            for site in &mut sm.awaits {
                site.known = match self.completion(MethodId(i as u32), ExprId(site.hir)) {
                    Some(Completion::Sync(why)) if why.succeeded() => KnownAwait::Succeeded,
                    Some(Completion::Sync(_)) => KnownAwait::Complete,
                    _ => KnownAwait::Unknown,
                };
            }
        }
    }
}
