//! Everything `explain` and the lints ask about a program, computed once: the middle end's
//! facts (crates/facts: every method's walk, the method classes, what each await does, what a
//! call allocates) and the map from the lowered module's values to the source's locals.

use std::collections::HashMap;

use unawait_facts::alloc::{Allocations, MethodAllocs};
use unawait_facts::walk::AwaitFact;
use unawait_facts::{Completion, Facts, FlowResult, MethodClass, MethodWalk};
use unawait_sema::hir::{ExprId, LocalId, MethodId, Program};
use unawait_smir::{AwaitSite, Function, Method, MethodKind, Module, Origin, ValueId};
use unawait_syntax::Span;

use crate::lines::Lines;

pub struct Analysis<'p> {
    pub program: &'p Program,
    pub layout: crate::report::Layout,
    pub module: &'p Module,
    pub lines: Lines<'p>,
    pub facts: Facts<'p>,
    /// Per method: the lowered value of each source local.
    pub locals: Vec<HashMap<ValueId, LocalId>>,
    /// What the awaits below a call of each method do with the caller's context, computed
    /// when a blocking wait first asks.
    below: std::cell::RefCell<HashMap<MethodId, unawait_facts::context::Below>>,
    /// What a call of each async method allocates, computed when the report first asks (the
    /// lints never do).
    allocations: std::cell::OnceCell<Allocations>,
    /// The methods subscribed to an event (`+=` on a field-like event, an event's `add`
    /// accessor), computed when the async void lint first asks.
    handlers: std::cell::OnceCell<std::collections::HashSet<MethodId>>,
}

impl<'p> Analysis<'p> {
    pub fn new(
        program: &'p Program,
        module: &'p Module,
        source: &'p str,
        layout: crate::report::Layout,
    ) -> Analysis<'p> {
        Analysis::with_facts(Facts::compute(program), module, source, layout)
    }

    pub fn with_facts(
        facts: Facts<'p>,
        module: &'p Module,
        source: &'p str,
        layout: crate::report::Layout,
    ) -> Analysis<'p> {
        let program = facts.program;
        let lines = Lines::new(source);
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
            locals,
            below: Default::default(),
            allocations: Default::default(),
            handlers: Default::default(),
        }
    }

    /// Whether `m`'s delegate is subscribed to an event somewhere: an event handler.
    pub fn is_subscribed(&self, m: MethodId) -> bool {
        self.handlers
            .get_or_init(|| crate::lints::event_handlers(self.program))
            .contains(&m)
    }

    /// What the awaits below a call of `callee` do with the calling thread's context.
    pub fn below_call(&self, callee: MethodId) -> unawait_facts::context::Below {
        self.below
            .borrow_mut()
            .entry(callee)
            .or_insert_with(|| unawait_facts::context::below_call(&self.facts, callee))
            .clone()
    }

    /// What a call of the async method `id` allocates, in the layout's sizes.
    pub fn allocations(&self, id: MethodId) -> Option<&MethodAllocs> {
        self.allocations
            .get_or_init(|| Allocations::compute(&self.facts, self.module, &self.layout))
            .of(id)
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

    /// One walk of a method's typed tree.
    pub fn walk(&self, id: MethodId) -> &MethodWalk<'p> {
        &self.facts.walks[id.0 as usize]
    }

    pub fn flow(&self, id: MethodId) -> &FlowResult {
        &self.facts.flows[id.0 as usize]
    }

    pub fn class(&self, id: MethodId) -> Option<&MethodClass> {
        self.facts.class(id)
    }

    /// The source await a lowered await site is (the lowering names it by id).
    pub fn await_fact(&self, id: MethodId, site: &AwaitSite) -> Option<&AwaitFact<'p>> {
        self.await_by_id(id, ExprId(site.hir))
    }

    pub fn await_by_id(&self, id: MethodId, expr: ExprId) -> Option<&AwaitFact<'p>> {
        self.walk(id).awaits.iter().find(|a| a.expr.id == expr)
    }

    /// Where the await `expr`'s continuation runs when it suspends.
    pub fn continuation(&self, id: MethodId, expr: ExprId) -> Option<&unawait_facts::Continuation> {
        self.facts.continuation(id, expr)
    }

    /// What the await `expr` does when it is reached.
    pub fn completes(&self, id: MethodId, expr: ExprId) -> Option<&Completion> {
        self.facts.completion(id, expr)
    }

    /// Whether the await `expr` is known to complete synchronously (an await the facts have no
    /// record of counts as complete: it is never reached).
    pub fn completes_sync(&self, id: MethodId, expr: ExprId) -> bool {
        self.completes(id, expr).is_none_or(Completion::is_sync)
    }

    /// The source locals live across an await (from the lowering's live set).
    pub fn live_locals(&self, id: MethodId, site: &AwaitSite) -> Vec<LocalId> {
        let map = &self.locals[id.0 as usize];
        site.live
            .iter()
            .filter_map(|v| map.get(v).copied())
            .collect()
    }

    /// Whether every iteration of loop `li` evaluates one of the expressions `exprs`.
    pub fn every_iteration(&self, id: MethodId, li: usize, exprs: &[(ExprId, Span)]) -> bool {
        unawait_facts::paths::every_iteration(self.walk(id), li, exprs)
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
            Origin::Temp | Origin::Synthetic(_) | Origin::This => None,
        })
        .collect()
}
