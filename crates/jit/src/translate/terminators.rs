//! The end of each block: jumps, branches (a fused awaiter test, a condition the facts know),
//! switches, returns, throws, suspension.

use super::{What, T};
use cranelift_codegen::ir::{InstBuilder, TrapCode};
use cranelift_frontend::Switch;
use unawait_smir::{MachTy, Operand, Terminator};

impl T<'_, '_> {
    pub(super) fn terminator(&mut self, term: &Terminator) -> Result<(), String> {
        match term {
            Terminator::Goto(t) => {
                self.b.ins().jump(self.blocks[t.0 as usize], &[]);
            }
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                let (t, o) = (
                    self.blocks[then.0 as usize],
                    self.blocks[otherwise.0 as usize],
                );
                if let (Some((c, w, awaiter)), Operand::Value(v)) = (self.fused, cond) {
                    if c == *v {
                        self.fused = None;
                        self.fused_branch((w, awaiter), t, o);
                        return Ok(());
                    }
                }
                let known = match cond {
                    Operand::Value(v) => self.known_conditions.get(v).copied(),
                    _ => None,
                };
                match known {
                    Some(true) => {
                        self.b.ins().jump(t, &[]);
                    }
                    Some(false) => {
                        self.b.ins().jump(o, &[]);
                    }
                    None => {
                        let c = self.val(cond, MachTy::Bool);
                        self.b.ins().brif(c, t, &[], o, &[]);
                    }
                }
            }
            Terminator::Switch { on, cases, default } => {
                let mut s = Switch::new();
                for (v, blk) in cases {
                    s.set_entry(*v as u32 as u128, self.blocks[blk.0 as usize]);
                }
                let x = self.var(*on);
                s.emit(&mut self.b, x, self.blocks[default.0 as usize]);
            }
            Terminator::Return(_) | Terminator::Suspend
                if self.cx.trace && self.what == What::MoveNext =>
            {
                self.trace_hook("rt.trace_leave");
                self.b.ins().return_(&[]);
            }
            Terminator::Return(v) => match (self.what, v, self.method.ret) {
                (What::MoveNext, _, _) | (_, None, _) | (_, _, None) => {
                    self.b.ins().return_(&[]);
                }
                (_, Some(o), Some(ty)) => {
                    let x = self.val(o, ty);
                    self.b.ins().return_(&[x]);
                }
            },
            Terminator::Throw(o, span) => {
                let w = self.word(o);
                self.call_rt("rt.throw", &[w])?;
                // The throw's line is this method's line in the exception's trace (a frame
                // already there, from an earlier throw of the same exception, keeps its own).
                if *span != unawait_syntax::Span::default() {
                    let line = self.cx.line(span.start);
                    self.frame(line)?;
                }
                let target = self.exception_target();
                self.b.ins().jump(target, &[]);
            }
            Terminator::Suspend => {
                self.b.ins().return_(&[]);
            }
            Terminator::Unreachable => {
                self.call_rt("rt.unreachable", &[])?;
                self.b.ins().trap(TrapCode::unwrap_user(2));
            }
        }
        Ok(())
    }
}
