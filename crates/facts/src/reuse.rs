//! The dataflow of a method (`flow.rs`) runs inside the class fixpoints (`classes.rs`: "never
//! suspends" of an async method is "every await completes", "always suspends" and the
//! synchronous returns of a task-returning method are its returns' facts) and again for the
//! final facts. A run reads only the `never`, `always` and `sync_returns` classes of the methods
//! it walks a call of (`Flow::run_reading` lists them), so its result still holds at the end
//! when none of those changed after it ran: then it is kept instead of running the dataflow
//! again (on a program of many small methods, that second run was a fifth of the facts' time).

use unawait_sema::hir::{MethodId, Program};

use crate::classes::Classes;
use crate::flow::{Flow, FlowResult};
use crate::locals::LocalFacts;

pub(crate) struct Flows<'a, 'p> {
    program: &'p Program,
    locals: &'a [LocalFacts<'p>],
    /// Per method: its last run's result, the clock when it ran, and the methods whose classes
    /// it may have read (`Flow::run_reading`).
    runs: Vec<Option<(FlowResult, u64, Vec<MethodId>)>>,
    /// Per method: the clock of the last change of a class a run reads.
    changed: Vec<u64>,
    clock: u64,
}

impl<'a, 'p> Flows<'a, 'p> {
    pub(crate) fn new(program: &'p Program, locals: &'a [LocalFacts<'p>]) -> Self {
        let n = program.methods.len();
        Flows {
            program,
            locals,
            runs: (0..n).map(|_| None).collect(),
            changed: vec![0; n],
            clock: 0,
        }
    }

    /// The `never`, `always` or `sync_returns` class of `m` changed: runs that read it before
    /// are stale.
    pub(crate) fn class_changed(&mut self, m: usize) {
        self.clock += 1;
        self.changed[m] = self.clock;
    }

    /// The flow of `m` under the classes as they are now: the last run's, when nothing it reads
    /// changed since, else a new run's.
    pub(crate) fn get(&mut self, m: usize, classes: &Classes) -> &FlowResult {
        if !self.fresh(m) {
            let (r, read) =
                Flow::run_reading(self.program, MethodId(m as u32), classes, &self.locals[m]);
            self.runs[m] = Some((r, self.clock, read));
        }
        &self.runs[m].as_ref().expect("just run").0
    }

    /// Every method's flow under the final classes.
    pub(crate) fn finish(mut self, classes: &Classes) -> Vec<FlowResult> {
        for m in 0..self.runs.len() {
            self.get(m, classes);
        }
        self.runs
            .into_iter()
            .map(|r| r.map(|(f, _, _)| f).unwrap_or_default())
            .collect()
    }

    fn fresh(&self, m: usize) -> bool {
        let Some((_, ran_at, read)) = &self.runs[m] else {
            return false;
        };
        read.iter()
            .all(|c| self.changed.get(c.0 as usize).is_none_or(|t| t <= ran_at))
    }
}
