//! The order in which instantiation visits generic methods: every caller before its callees,
//! so that when a template's turn comes no instance of it can still be discovered, and its
//! last instance may take the checked body instead of a copy (instantiate.rs).

use std::collections::{HashMap, HashSet};

use crate::context::Ctx;
use crate::hir::visit::{self, VisitMut};
use crate::hir::{Callee, Expr, ExprKind, MethodId};

/// The generic methods no recursion reaches, callers first (Kahn's order over the calls
/// between them). Those in or below a cycle are left out: they are instantiated by copies.
pub(crate) fn callers_first(cx: &mut Ctx<'_>) -> Vec<MethodId> {
    let mut templates: Vec<MethodId> = cx.method_generics.keys().copied().collect();
    templates.sort_unstable();
    let mut callees: HashMap<MethodId, HashSet<MethodId>> = HashMap::new();
    for &t in &templates {
        let mut found = Callees {
            generic: &cx.method_generics,
            found: HashSet::new(),
        };
        let mut body = cx.program.methods[t.0 as usize].body.take();
        if let Some(b) = &mut body {
            visit::block(&mut found, b);
        }
        let found = found.found;
        cx.program.methods[t.0 as usize].body = body;
        callees.insert(t, found);
    }
    let mut callers: HashMap<MethodId, usize> = templates.iter().map(|&t| (t, 0)).collect();
    for set in callees.values() {
        for c in set {
            *callers.entry(*c).or_default() += 1;
        }
    }
    let mut ready: Vec<MethodId> = templates
        .iter()
        .copied()
        .filter(|t| callers[t] == 0)
        .collect();
    let mut order = Vec::with_capacity(templates.len());
    while let Some(t) = ready.pop() {
        order.push(t);
        let mut next: Vec<MethodId> = callees[&t].iter().copied().collect();
        next.sort_unstable();
        for c in next {
            let n = callers.entry(c).or_default();
            *n -= 1;
            if *n == 0 {
                ready.push(c);
            }
        }
    }
    order
}

/// The generic methods a body calls or converts to delegates.
struct Callees<'g> {
    generic: &'g HashMap<MethodId, Vec<crate::types::Ty>>,
    found: HashSet<MethodId>,
}

impl VisitMut for Callees<'_> {
    fn expr(&mut self, e: &mut Expr) {
        let m = match &e.kind {
            ExprKind::Call {
                callee: Callee::User(m),
                ..
            }
            | ExprKind::MethodGroup {
                method: Callee::User(m),
                ..
            } => *m,
            _ => return,
        };
        if self.generic.contains_key(&m) {
            self.found.insert(m);
        }
    }
}
