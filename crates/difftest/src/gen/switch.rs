//! `switch` statements and `checked`/`unchecked` blocks (docs/difftest.md): sections end with
//! a jump of their own, `goto case` only goes forward, and subjects are never constant.

use super::body::{Body, Ctl};
use crate::ast::*;

impl Body<'_> {
    /// `checked { ... }` or `unchecked { ... }`: the block's arithmetic, `++`, compound
    /// assignments and casts throw OverflowException when checked.
    pub(super) fn checked_stmt(&mut self, d: u32) -> Block {
        let checked = self.chance(70);
        vec![Stmt::Checked(checked, self.block(d - 1))]
    }

    /// A switch on an int (mostly), a long, a string or a bool: distinct constant labels, a
    /// `default` sometimes (anywhere), each section in a scope of its own ending with a jump:
    /// `break`, `goto case`/`goto default` to a later section (so that sections never loop), a
    /// `return`, or a `continue` of an enclosing loop. Sections await like any statements.
    pub(super) fn switch_stmt(&mut self, d: u32) -> Option<Block> {
        if !self.room_for(6) {
            return None;
        }
        let ty =
            [Ty::Int, Ty::Long, Ty::Str, Ty::Bool][self.rng().weighted(&[60, 15, 15, 10])].clone();
        // A constant subject would make all sections but one dead code (and mcs mishandles awaits
        // there, oracle fault 4).
        let mut subject = self.expr(&ty, 2);
        for _ in 0..4 {
            if !subject.is_const() {
                break;
            }
            subject = self.expr(&ty, 2);
        }
        if subject.is_const() {
            subject = self.var_of(&ty)?;
        }
        let mut pool: Vec<Lit> = match &ty {
            Ty::Int => (-2..9).map(Lit::Int).collect(),
            Ty::Long => [-1i64, 0, 1, 2, 3, 4_294_967_296, 1 << 40]
                .into_iter()
                .map(Lit::Long)
                .collect(),
            Ty::Str => ["a", "bc", "def", "x1", "Q", "zz", "", "Mix"]
                .into_iter()
                .map(|w| Lit::Str(w.into()))
                .collect(),
            _ => vec![Lit::Bool(true), Lit::Bool(false)],
        };
        let n = if ty == Ty::Bool {
            1 + self.rng().below(2)
        } else {
            1 + self.rng().below(4)
        };
        let default_at = self.chance(45).then(|| self.rng().below(n));
        let mut labels: Vec<Vec<Option<Lit>>> = Vec::new();
        for i in 0..n {
            let mut own = Vec::new();
            let count = 1 + usize::from(self.chance(25));
            for _ in 0..count {
                if pool.is_empty() {
                    break;
                }
                let k = self.rng().below(pool.len());
                own.push(Some(pool.remove(k)));
            }
            if default_at == Some(i) {
                let at = self.rng().below(own.len() + 1);
                own.insert(at, None);
            }
            // Out of values (a bool has two): no more sections.
            if !own.is_empty() {
                labels.push(own);
            }
        }
        // Nested jumps other than the section's own end do not leave the switch.
        let outer = self.ctl;
        let mut sections = Vec::new();
        for (i, own) in labels.iter().enumerate() {
            self.ctl = Ctl {
                loop_ok: false,
                ..outer
            };
            self.scopes.push(vec![]);
            let mut body = self.stmt_list(d - 1);
            self.scopes.pop();
            self.ctl = outer;
            if !body.last().is_some_and(|s| s.is_jump()) {
                let later: Vec<Option<Lit>> = labels[i + 1..].iter().flatten().cloned().collect();
                let k = self.rng().weighted(&[
                    60,
                    if later.is_empty() { 0 } else { 20 },
                    if outer.return_ok { 8 } else { 0 },
                    if outer.loop_ok { 12 } else { 0 },
                ]);
                body.push(match k {
                    1 => Stmt::GotoCase(self.rng().pick(&later).clone()),
                    2 => {
                        let ret = self.ret.clone();
                        Stmt::Return((ret != Ty::Void).then(|| self.expr(&ret, 2)))
                    }
                    3 => Stmt::Continue,
                    _ => Stmt::Break,
                });
            }
            sections.push(Section {
                labels: own.clone(),
                body,
            });
        }
        Some(vec![Stmt::Switch { subject, sections }])
    }
}
