//! The dataflow of a method (`flow.rs`) runs inside the class fixpoints (`classes.rs`: "never
//! suspends" of an async method is "every await completes", "always suspends" and the
//! synchronous returns of a task-returning method are its returns' facts) and again for the
//! final facts. A run reads only the `never`, `always` and `sync_returns` classes of the methods
//! its body calls, so its result still holds at the end when none of those changed after it ran:
//! then it is kept instead of running the dataflow again (on a program of many small methods,
//! that second run was a fifth of the front end's time).

use unawait_sema::hir::{MethodId, Program, Stmt};

use crate::classes::Classes;
use crate::flow::{Flow, FlowResult};
use crate::locals::LocalFacts;
use crate::target::call_target;
use crate::tree::{for_each_child, for_each_stmt_expr, visit_stmts};

pub(crate) struct Flows<'a, 'p> {
    program: &'p Program,
    locals: &'a [LocalFacts<'p>],
    /// Per method: its last run's result and the clock when it ran.
    runs: Vec<Option<(FlowResult, u64)>>,
    /// Per method: the clock of the last change of a class a run reads.
    changed: Vec<u64>,
    /// Per method, found once when first needed: the methods whose classes its runs read.
    callees: Vec<Option<Vec<MethodId>>>,
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
            callees: vec![None; n],
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
            let r = Flow::run(self.program, MethodId(m as u32), classes, &self.locals[m]);
            self.runs[m] = Some((r, self.clock));
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
            .map(|r| r.map(|(f, _)| f).unwrap_or_default())
            .collect()
    }

    fn fresh(&mut self, m: usize) -> bool {
        let Some((_, ran_at)) = &self.runs[m] else {
            return false;
        };
        let program = self.program;
        let callees = self.callees[m].get_or_insert_with(|| {
            let mut out = Vec::new();
            if let Some(body) = &program.method(MethodId(m as u32)).body {
                for_each_callee(program, &body.stmts, &mut |c| out.push(c));
            }
            out
        });
        callees
            .iter()
            .all(|c| self.changed.get(c.0 as usize).is_none_or(|t| t <= ran_at))
    }
}

/// Every method whose class a flow run may read: the method each call or `new` of the body
/// runs (`Target::method`, what `Classes::at` looks up), over every expression the flow can
/// reach (a superset of those it asks about).
fn for_each_callee(program: &Program, stmts: &[Stmt], f: &mut impl FnMut(MethodId)) {
    fn expr(program: &Program, e: &unawait_sema::hir::Expr, f: &mut impl FnMut(MethodId)) {
        if let Some(t) = call_target(program, e) {
            f(t.method());
        }
        for_each_child(e, &mut |c| expr(program, c, f));
    }
    for s in stmts {
        visit_stmts(s, &mut |st| for_each_stmt_expr(st, &mut |e| expr(program, e, f)));
    }
}
