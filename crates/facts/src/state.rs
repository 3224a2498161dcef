//! What the flow analysis (`flow.rs`) knows at one point of a method: the task locals known
//! complete, the collections whose every task is, and the `Task.WhenAll` tasks kept in locals
//! with the inputs they complete; how two such states meet, and what a statement can change
//! (its kills: what a loop forgets at its head, a catch clause at its entry).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use unawait_sema::hir::{Callee, Expr, ExprKind, LocalId, Place, Stmt};

use crate::library::{is_collection, lib_use};
use crate::reason::Sync;
use crate::walk;

#[derive(Clone, Default)]
pub struct State {
    /// Task locals known complete, and why.
    pub done: LocalMap<Sync>,
    /// Lists and arrays of tasks whose every element is complete, and why.
    pub lists: LocalMap<Sync>,
    /// Task locals holding a `Task.WhenAll(...)`: the task locals and collections given to it
    /// that still hold what they held then (what its completion completes).
    pub when_all: LocalMap<Vec<LocalId>>,
}

/// A map keyed by locals. The flow makes, clones and queries these at every node of every
/// method, and nothing iterates them in an order that shows: a multiplicative hash of the id
/// (`IdHasher`) instead of std's keyed SipHash, whose keys are also drawn per map.
pub type LocalMap<V> = HashMap<LocalId, V, BuildHasherDefault<IdHasher>>;

/// A set of locals, hashed as `LocalMap` (`LocalFacts` makes several per method).
pub type LocalSet = HashSet<LocalId, BuildHasherDefault<IdHasher>>;

/// Fibonacci hashing of a small integer id (`LocalId` hashes one `u32`).
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// `None`: no path gets here.
pub type Env = Option<State>;

/// Where two sets of paths meet: what both know.
pub fn join(a: Env, b: Env) -> Env {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(mut a), Some(b)) => {
            a.done.retain(|k, _| b.done.contains_key(k));
            a.lists.retain(|k, _| b.lists.contains_key(k));
            a.when_all.retain(|k, inputs| match b.when_all.get(k) {
                Some(other) => {
                    inputs.retain(|i| other.contains(i));
                    true
                }
                None => false,
            });
            Some(a)
        }
    }
}

/// Forgets everything about `locals`: they were assigned, or the collections changed. A
/// `Task.WhenAll` kept in a local no longer completes what they hold now.
pub fn forget(env: &mut Env, locals: &[LocalId]) {
    if let Some(s) = env {
        if locals.is_empty() {
            return;
        }
        for l in locals {
            s.done.remove(l);
            s.lists.remove(l);
            s.when_all.remove(l);
        }
        for inputs in s.when_all.values_mut() {
            inputs.retain(|i| !locals.contains(i));
        }
    }
}

/// What a statement tree can change: the locals it assigns and the collections it may change.
pub fn kills(s: &Stmt) -> Vec<LocalId> {
    let mut out = walk::assigned_locals(s);
    walk::visit_all_exprs(s, &mut |e| out.extend(changed_collections(e)));
    out
}

/// `kills` of several statements.
pub fn kills_all<'s>(stmts: impl IntoIterator<Item = &'s Stmt>) -> Vec<LocalId> {
    stmts.into_iter().flat_map(kills).collect()
}

/// `kills` of expressions (a loop's condition and update).
pub fn kills_of_exprs<'e>(exprs: impl IntoIterator<Item = &'e Expr>) -> Vec<LocalId> {
    let mut out = Vec::new();
    for e in exprs {
        walk::visit_exprs(e, &mut |x| {
            out.extend(changed_collections(x));
            if let ExprKind::Assign {
                target: Place::Local(l),
                ..
            }
            | ExprKind::CompoundAssign {
                target: Place::Local(l),
                ..
            }
            | ExprKind::IncDec {
                target: Place::Local(l),
                ..
            } = &x.kind
            {
                out.push(*l);
            }
        });
    }
    out
}

/// The collection locals the node `e` itself may change: `a[i] = t`, `list.Add(t)` (a library
/// member that is not `pure`), passing it to a method of the program.
pub fn changed_collections(e: &Expr) -> Vec<LocalId> {
    let mut changed = Vec::new();
    match &e.kind {
        ExprKind::Assign { target, .. }
        | ExprKind::CompoundAssign { target, .. }
        | ExprKind::IncDec { target, .. } => {
            if let Place::ArrayElement { array, .. } | Place::Indexer { target: array, .. } = target
            {
                changed.extend(local_of(array));
            }
        }
        ExprKind::Call {
            callee: Callee::User(_),
            args,
            ..
        } => changed.extend(args.iter().filter_map(local_of)),
        // Stored in the new object, a collection can be changed through it.
        ExprKind::NewObject { args, init, .. } => changed.extend(
            args.iter()
                .chain(init.iter().map(|i| &i.value))
                .filter_map(local_of),
        ),
        _ => {
            if let Some(u) = lib_use(e) {
                if !u.behavior.pure_ {
                    changed.extend(u.receiver.and_then(local_of));
                }
            }
        }
    }
    changed
}

/// The collection local `e` is, through conversions.
fn local_of(e: &Expr) -> Option<LocalId> {
    let mut e = e;
    loop {
        match &e.kind {
            ExprKind::Convert { expr, .. } => e = expr,
            // By reference: the collection itself, or one whose element the callee may write.
            ExprKind::RefArg { target, .. } => match &target.kind {
                ExprKind::ArrayElement { array, .. } => e = array,
                _ => e = target,
            },
            _ => break,
        }
    }
    match e.kind {
        ExprKind::Local(l) if is_collection(&e.ty) => Some(l),
        _ => None,
    }
}
