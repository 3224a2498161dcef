//! Local scopes with C#'s rules: a local's scope is its whole block (so a use before the
//! declaration is CS0841, not a field reference), a name cannot be declared twice in one block
//! (CS0128), nor in a nested block while an enclosing block declares it anywhere (CS0136).
//!
//! Each name maps to a stack of bindings, one per open scope that declares it, so lookup is one
//! hash probe regardless of how many locals the method has; leaving a scope pops exactly the names
//! it pushed.

use std::collections::HashMap;

use unawait_syntax::fx::Fx;
use unawait_syntax::Span;

use crate::hir::LocalId;

#[derive(Clone, Copy, Debug)]
pub struct Binding {
    /// `None` while the block declares the name further down (pre-declared at block entry).
    pub local: Option<LocalId>,
    pub depth: u32,
    pub span: Span,
    /// Declared by a construct already reported as unsupported (a pattern variable, `out var`,
    /// a local function): its exact C# scope is not modelled, so it never takes part in
    /// CS0128/CS0136, in either direction.
    pub soft: bool,
}

#[derive(Default)]
pub struct Scopes {
    names: HashMap<String, Vec<Binding>, Fx>,
    /// Names pushed by each open scope, innermost last.
    log: Vec<Vec<String>>,
    /// The depth of the innermost lambda's first scope: since C# 8 a lambda's parameters and
    /// locals may reuse the names of the enclosing function's, so CS0136 looks no further out.
    floor: u32,
}

pub enum Declared {
    Ok,
    /// CS0128: the same block already declares it (at `Span`).
    Duplicate(Span),
    /// CS0136: an enclosing scope declares it (at `Span`).
    Hides(Span),
}

impl Scopes {
    pub fn depth(&self) -> u32 {
        self.log.len() as u32
    }

    /// Sets the floor (see `floor`), returning the previous one.
    pub fn set_floor(&mut self, depth: u32) -> u32 {
        std::mem::replace(&mut self.floor, depth)
    }

    pub fn push(&mut self) {
        self.log.push(Vec::new());
    }

    pub fn pop(&mut self) {
        if let Some(names) = self.log.pop() {
            for n in names {
                if let Some(v) = self.names.get_mut(&n) {
                    v.pop();
                }
            }
        }
    }

    /// Registers a name the current block declares later, so uses before it are CS0841 and nested
    /// declarations of it are CS0136.
    pub fn predeclare(&mut self, name: &str, span: Span) {
        let depth = self.depth();
        let v = self.names.entry(name.to_string()).or_default();
        if v.last().is_some_and(|b| b.depth == depth) {
            return;
        }
        v.push(Binding {
            local: None,
            depth,
            span,
            soft: false,
        });
        if let Some(l) = self.log.last_mut() {
            l.push(name.to_string());
        }
    }

    /// Declares `name` as `local` in the current scope.
    pub fn declare(&mut self, name: &str, local: LocalId, span: Span) -> Declared {
        let depth = self.depth();
        let floor = self.floor;
        let v = self.names.entry(name.to_string()).or_default();
        let outer = v
            .iter()
            .rev()
            .find(|b| b.depth < depth && b.depth >= floor && !b.soft)
            .map(|b| b.span);
        match v.last_mut() {
            Some(b) if b.depth == depth => {
                if b.local.is_some() && !b.soft {
                    return Declared::Duplicate(b.span);
                }
                b.local = Some(local);
                b.span = span;
                b.soft = false;
            }
            _ => {
                v.push(Binding {
                    local: Some(local),
                    depth,
                    span,
                    soft: false,
                });
                if let Some(l) = self.log.last_mut() {
                    l.push(name.to_string());
                }
            }
        }
        match outer {
            Some(s) => Declared::Hides(s),
            None => Declared::Ok,
        }
    }

    /// Binds `name` to `local` in the current scope without any duplicate or hiding check (see
    /// `Binding::soft`); a local the block already declared keeps its binding.
    pub fn declare_soft(&mut self, name: &str, local: LocalId, span: Span) {
        let depth = self.depth();
        let v = self.names.entry(name.to_string()).or_default();
        if let Some(b) = v.last_mut().filter(|b| b.depth == depth) {
            if b.local.is_none() || b.soft {
                b.local = Some(local);
                b.soft = true;
            }
            return;
        }
        v.push(Binding {
            local: Some(local),
            depth,
            span,
            soft: true,
        });
        if let Some(l) = self.log.last_mut() {
            l.push(name.to_string());
        }
    }

    pub fn lookup(&self, name: &str) -> Option<Binding> {
        self.names.get(name).and_then(|v| v.last().copied())
    }
}
