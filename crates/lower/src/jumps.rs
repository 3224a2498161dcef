//! `switch` statements, labels and `goto`. A switch evaluates its subject once and tests the
//! labels in order (a jump table for an `int`, one branch for a `bool`), `default` last; each section is a block, and
//! `break` leaves through the switch's exit as it would a loop's. A `goto` is a way out like
//! `break`: it runs the `finally` blocks between it and its label (a label is never inside a
//! block the `goto` is not in, so the jump only leaves statements).

use std::collections::HashMap;

use crate::builder::{Builder, Exit, LoopScope, SwitchScope};
use unawait_sema::hir::{self, ConstValue, LabelId, StmtKind};
use unawait_sema::types::Ty;
use unawait_smir::{BinOp, BlockId, Inst, MachTy, Operand, Terminator};

impl<'p> Builder<'p> {
    pub fn switch(&mut self, subject: &'p hir::Expr, sections: &'p [hir::SwitchSection]) {
        let Some(v) = self.expr(subject) else {
            return;
        };
        let blocks: Vec<BlockId> = sections.iter().map(|_| self.new_block()).collect();
        let after = self.new_block();
        let default = sections
            .iter()
            .position(|s| s.labels.iter().any(Option::is_none))
            .map_or(after, |i| blocks[i]);
        let cases: Vec<(&ConstValue, BlockId)> = sections
            .iter()
            .zip(&blocks)
            .flat_map(|(s, b)| s.labels.iter().flatten().map(move |c| (c, *b)))
            .collect();
        match (&subject.ty, &v) {
            // C# decides a constant subject's section at compile time (and definite assignment
            // after the switch relies on it): only that section is entered by matching.
            _ if subject.constant().is_some() => {
                let target = subject
                    .constant()
                    .and_then(|k| cases.iter().find(|(c, _)| *c == k).map(|(_, b)| *b));
                self.goto(target.unwrap_or(default));
            }
            // A jump table.
            // (An enum's is its underlying type's.)
            (t, _) if matches!(t.underlying(), Ty::Int | Ty::Char | Ty::Small(_)) => {
                let on = self.temp(MachTy::I32);
                self.emit(Inst::Copy { dst: on, src: v });
                let table = cases
                    .iter()
                    .filter_map(|(c, b)| match c {
                        ConstValue::Int(k) => Some((*k, *b)),
                        ConstValue::Char(k) => Some((*k as i32, *b)),
                        ConstValue::Small(_, k) => Some((*k, *b)),
                        _ => None,
                    })
                    .collect();
                self.terminate(Terminator::Switch {
                    on,
                    cases: table,
                    default,
                });
            }
            // One branch: with both `case true` and `case false`, no other section can be
            // matched (C# 8's exhaustive bool switch), so no path reaches `default`.
            (Ty::Bool, _) => {
                let section_of = |b: bool| {
                    cases
                        .iter()
                        .find(|(c, _)| **c == ConstValue::Bool(b))
                        .map_or(default, |(_, s)| *s)
                };
                let (yes, no) = (section_of(true), section_of(false));
                self.branch(v, yes, no);
            }
            _ => {
                let ty = crate::mach_ty(&subject.ty).unwrap_or(MachTy::Ref);
                for (c, target) in cases {
                    let is = self.temp(MachTy::Bool);
                    self.emit(Inst::Binary {
                        dst: is,
                        op: BinOp::Eq,
                        ty,
                        lhs: v.clone(),
                        rhs: Operand::Const(crate::support::constant(c)),
                    });
                    let next = self.new_block();
                    self.branch(Operand::Value(is), target, next);
                    self.switch_to(next);
                }
                self.goto(default);
            }
        }
        self.loops.push(LoopScope {
            break_to: after,
            continue_to: None,
            finally_depth: self.finallies.len(),
        });
        self.switches.push(SwitchScope {
            sections: blocks.clone(),
            finally_depth: self.finallies.len(),
        });
        for (s, b) in sections.iter().zip(blocks) {
            self.switch_to(b);
            for x in &s.body {
                self.stmt(x);
            }
            // C# makes the end of a section unreachable (CS0163); this keeps the CFG closed.
            self.goto(after);
        }
        self.switches.pop();
        self.loops.pop();
        self.switch_to(after);
    }

    /// The first block of label `l`.
    pub fn label_block(&mut self, l: LabelId) -> BlockId {
        if let Some(b) = self.labels.get(&l) {
            return *b;
        }
        let b = self.new_block();
        self.labels.insert(l, b);
        b
    }

    pub fn label(&mut self, l: LabelId) {
        let b = self.label_block(l);
        self.goto(b);
        self.switch_to(b);
    }

    /// Where an exit that needs no `finally` goes.
    pub fn exit_target(&mut self, exit: Exit) -> Option<BlockId> {
        Some(match exit {
            Exit::Break(l) => self.loops.get(l)?.break_to,
            Exit::Continue(l) => self.loops.get(l)?.continue_to?,
            Exit::Label(l) => self.label_block(l),
            Exit::Section(s, n) => *self.switches.get(s)?.sections.get(n as usize)?,
            Exit::Return => return None,
        })
    }

    /// How many `finally` scopes stay open at the exit's target.
    pub fn exit_depth(&self, exit: Exit) -> usize {
        match exit {
            Exit::Break(l) | Exit::Continue(l) => self.loops.get(l).map_or(0, |l| l.finally_depth),
            Exit::Label(l) => self.label_depths.get(&l).copied().unwrap_or(0),
            Exit::Section(s, _) => self.switches.get(s).map_or(0, |s| s.finally_depth),
            Exit::Return => 0,
        }
    }

    pub fn jump_stmt(&mut self, s: &'p hir::Stmt) {
        let exit = match &s.kind {
            StmtKind::Break => self.loops.len().checked_sub(1).map(Exit::Break),
            StmtKind::Continue => self
                .loops
                .iter()
                .rposition(|l| l.continue_to.is_some())
                .map(Exit::Continue),
            StmtKind::Goto(l) => Some(Exit::Label(*l)),
            StmtKind::GotoSection(n) => self
                .switches
                .len()
                .checked_sub(1)
                .map(|i| Exit::Section(i, *n)),
            _ => None,
        };
        if let Some(exit) = exit {
            self.jump(exit, None);
        }
    }
}

/// How many `finally` scopes (`try` bodies and catch blocks of a `try` with a `finally`, as the
/// builder opens them) enclose each label of a body.
pub fn label_depths(body: &hir::Block) -> HashMap<LabelId, usize> {
    let mut out = HashMap::new();
    stmts(&body.stmts, 0, &mut out);
    out
}

fn stmts(list: &[hir::Stmt], depth: usize, out: &mut HashMap<LabelId, usize>) {
    for s in list {
        stmt(s, depth, out);
    }
}

fn stmt(s: &hir::Stmt, depth: usize, out: &mut HashMap<LabelId, usize>) {
    match &s.kind {
        StmtKind::Label(l) => {
            out.insert(*l, depth);
        }
        StmtKind::Block(b) => stmts(&b.stmts, depth, out),
        StmtKind::If {
            then, otherwise, ..
        } => {
            stmt(then, depth, out);
            if let Some(o) = otherwise {
                stmt(o, depth, out);
            }
        }
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::Foreach { body, .. } => stmt(body, depth, out),
        StmtKind::For { init, body, .. } => {
            stmts(init, depth, out);
            stmt(body, depth, out);
        }
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            let inner = depth + usize::from(finally.is_some());
            stmts(&body.stmts, inner, out);
            for c in catches {
                stmts(&c.body.stmts, inner, out);
            }
            if let Some(f) = finally {
                stmts(&f.stmts, depth, out);
            }
        }
        StmtKind::Switch { sections, .. } => {
            for sec in sections {
                stmts(&sec.body, depth, out);
            }
        }
        StmtKind::Using { resource, body } => {
            stmts(resource, depth, out);
            stmt(body, depth, out);
        }
        _ => {}
    }
}

/// Whether a statement list holds a `try` with a `finally` (at any depth).
pub fn has_finally(list: &[hir::Stmt]) -> bool {
    list.iter().any(stmt_has_finally)
}

pub fn stmt_has_finally(s: &hir::Stmt) -> bool {
    match &s.kind {
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            finally.is_some()
                || has_finally(&body.stmts)
                || catches.iter().any(|c| has_finally(&c.body.stmts))
        }
        StmtKind::Block(b) => has_finally(&b.stmts),
        StmtKind::If {
            then, otherwise, ..
        } => stmt_has_finally(then) || otherwise.as_deref().is_some_and(stmt_has_finally),
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::Foreach { body, .. } => stmt_has_finally(body),
        StmtKind::Switch { sections, .. } => sections.iter().any(|s| has_finally(&s.body)),
        _ => false,
    }
}
