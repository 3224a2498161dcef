//! C#'s definite assignment for local functions: a call (or a conversion to a delegate) of a
//! local function reads every variable of the enclosing functions that the local function reads,
//! and those that the local functions it calls read, so each must be assigned there.

use std::collections::HashMap;

use crate::hir::{Block, ExprKind, LocalId, LocalKind, Method, Place, StmtKind};

/// For each local function of `body`: the outer variables it reads, directly or through the
/// local functions it calls.
pub(super) fn reads(method: &Method, body: &Block) -> HashMap<LocalId, Vec<LocalId>> {
    let is_fn = |l: LocalId| {
        method
            .locals
            .get(l.0 as usize)
            .is_some_and(|x| x.kind == LocalKind::LocalFunction)
    };
    let mut direct: HashMap<LocalId, (Vec<LocalId>, Vec<LocalId>)> = HashMap::new();
    crate::filters::stmts(
        &body.stmts,
        &mut |s| {
            let StmtKind::Local {
                local,
                init: Some(init),
            } = &s.kind
            else {
                return;
            };
            let ExprKind::Lambda(l) = &init.kind else {
                return;
            };
            if !is_fn(*local) {
                return;
            }
            let (mut reads, mut calls) = (Vec::new(), Vec::new());
            crate::filters::stmts(&l.body.stmts, &mut |_| {}, &mut |e| {
                let used = match &e.kind {
                    ExprKind::Local(v) => Some(*v),
                    ExprKind::CompoundAssign {
                        target: Place::Local(v),
                        ..
                    }
                    | ExprKind::IncDec {
                        target: Place::Local(v),
                        ..
                    } => Some(*v),
                    _ => None,
                };
                match used {
                    Some(v) if is_fn(v) => calls.push(v),
                    Some(v) if v.0 < l.first_local => reads.push(v),
                    _ => {}
                }
            });
            direct.insert(*local, (reads, calls));
        },
        &mut |_| {},
    );
    let mut all: HashMap<LocalId, Vec<LocalId>> =
        direct.iter().map(|(f, (r, _))| (*f, r.clone())).collect();
    // Through the local functions each calls, until nothing is added.
    loop {
        let mut changed = false;
        for (f, (_, calls)) in &direct {
            for g in calls {
                let add: Vec<LocalId> = all.get(g).cloned().unwrap_or_default();
                let mine = all.entry(*f).or_default();
                for v in add {
                    if !mine.contains(&v) {
                        mine.push(v);
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    all
}
