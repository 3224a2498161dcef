//! Everything `explain` and the lints ask about a program, computed once: the facts of every
//! method's typed tree, the method classes, the flow results, and the map from the lowered
//! module's values to the source's locals.

use std::collections::HashMap;

use unawait_sema::hir::{LocalId, MethodId, Program, StmtKind};
use unawait_smir::{AwaitSite, Function, Method, MethodKind, Module, Origin, ValueId};
use unawait_syntax::Span;

use crate::completion::{Classes, Completes, Flow, FlowResult};
use crate::facts::{AwaitFact, Facts};
use crate::lines::Lines;

pub struct Analysis<'p> {
    pub program: &'p Program,
    pub layout: crate::report::Layout,
    pub module: &'p Module,
    pub lines: Lines<'p>,
    pub facts: Vec<Facts<'p>>,
    pub classes: Classes,
    pub flows: Vec<FlowResult>,
    /// Per method: the lowered value of each source local.
    pub locals: Vec<HashMap<ValueId, LocalId>>,
}

impl<'p> Analysis<'p> {
    pub fn new(
        program: &'p Program,
        module: &'p Module,
        source: &'p str,
        layout: crate::report::Layout,
    ) -> Analysis<'p> {
        let lines = Lines::new(source);
        let facts: Vec<Facts<'p>> = program.methods.iter().map(Facts::of).collect();
        let classes = Classes::compute(program, &facts, &lines);
        let flows = (0..program.methods.len())
            .map(|i| Flow::run(program, MethodId(i as u32), &classes, &lines))
            .collect();
        let locals = (0..program.methods.len())
            .map(|i| match module.methods.get(i) {
                Some(m) => value_locals(&m.body),
                None => HashMap::new(),
            })
            .collect();
        Analysis {
            program,
            layout,
            module,
            lines,
            facts,
            classes,
            flows,
            locals,
        }
    }

    pub fn lowered(&self, id: MethodId) -> Option<&'p Method> {
        self.module.methods.get(id.0 as usize)
    }

    pub fn await_sites(&self, id: MethodId) -> &'p [AwaitSite] {
        match self.lowered(id).map(|m| &m.kind) {
            Some(MethodKind::Async(sm)) => &sm.awaits,
            _ => &[],
        }
    }

    /// The source await a lowered await site is.
    pub fn await_fact(&self, id: MethodId, span: Span) -> Option<&AwaitFact<'p>> {
        self.facts[id.0 as usize]
            .awaits
            .iter()
            .find(|a| a.expr.span == span)
    }

    pub fn completes(&self, id: MethodId, span: Span) -> Option<&Completes> {
        self.flows[id.0 as usize].awaits.get(&span.start)
    }

    /// The source locals live across an await (from the lowering's live set).
    pub fn live_locals(&self, id: MethodId, site: &AwaitSite) -> Vec<LocalId> {
        let map = &self.locals[id.0 as usize];
        site.live
            .iter()
            .filter_map(|v| map.get(v).copied())
            .collect()
    }

    /// Whether every iteration of loop `li` evaluates one of the expressions at `spans` (an
    /// await, an allocation): one in the loop's condition or update does; one in its body,
    /// unless it is under a condition there or after a `continue`.
    pub fn every_iteration(&self, id: MethodId, li: usize, spans: &[Span]) -> bool {
        let Some(lp) = self.facts[id.0 as usize].loops.get(li) else {
            return true;
        };
        let body = match &lp.stmt.kind {
            StmtKind::While { body, .. }
            | StmtKind::DoWhile { body, .. }
            | StmtKind::For { body, .. }
            | StmtKind::Foreach { body, .. } => body,
            _ => return true,
        };
        let in_body = |s: &Span| body.span.start <= s.start && s.end <= body.span.end;
        if !spans.iter().all(in_body) {
            return true;
        }
        crate::completion::every_iteration_evaluates(body, spans)
    }

    pub fn line(&self, span: Span) -> usize {
        self.lines.line(span.start)
    }

    pub fn text(&self, span: Span) -> String {
        self.lines.text(span, 70)
    }

    /// What an await awaits, as written: `(a ? b : c)` keeps its parentheses, which the
    /// operand's own span leaves out.
    pub fn awaited_text(&self, af: &AwaitFact<'_>) -> String {
        let whole = self.lines.text(af.expr.span, 76);
        match whole.strip_prefix("await") {
            Some(rest) if rest.starts_with([' ', '(']) => rest.trim_start().to_string(),
            _ => self.text(af.operand.span),
        }
    }

    pub fn local_name(&self, id: MethodId, l: LocalId) -> &'p str {
        self.program
            .method(id)
            .locals
            .get(l.0 as usize)
            .map_or("?", |x| x.name.as_str())
    }
}

/// The source local of each value that holds one, by the lowering's record of it.
fn value_locals(f: &Function) -> HashMap<ValueId, LocalId> {
    f.values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| match v.origin {
            Origin::Local { local, .. } | Origin::Param { local } => {
                Some((ValueId(i as u32), LocalId(local)))
            }
            Origin::Temp => None,
        })
        .collect()
}
