//! By-reference arguments and parameters (`ref`, `out`, `in`). A by-reference parameter is the
//! address of the caller's variable: reads and writes go through it (`LoadRef`, `StoreRef`), so
//! a callee that writes it and then throws, or reaches the same variable two ways, behaves as
//! C#. A caller's local passed by reference lives in a stack slot for the duration of the call:
//! `LocalAddr` right before the call (after every argument, so `F(ref x, x = 5)` passes the
//! new `x`), `LocalReload` right after it. Nothing else can reach a local while the callee
//! runs (locals are not captured, and a call with a by-reference argument contains no await),
//! so the slot is the variable for as long as anyone can observe it. A field or an array
//! element is passed as an interior pointer; the JIT keeps its object in a stack slot until the
//! function returns, so the collector (which scans stacks conservatively) keeps it alive.

use crate::builder::Builder;
use unawait_sema::hir::{self, ExprKind, LocalId, RefKind};
use unawait_sema::types::Ty;
use unawait_smir::{Inst, MachTy, Operand, ValueId};

impl<'p> Builder<'p> {
    pub(crate) fn is_by_ref(&self, id: LocalId) -> bool {
        self.method
            .locals
            .get(id.0 as usize)
            .is_some_and(|l| l.by_ref.is_some())
    }

    /// The value of local `id` (of type `ty`): through its address for a by-reference
    /// parameter.
    pub(crate) fn read_local(&mut self, id: LocalId, ty: &Ty) -> Option<Operand> {
        let v = self.local(id)?;
        if !self.is_by_ref(id) {
            return Some(Operand::Value(v));
        }
        let dst = self.temp_for(ty)?;
        self.emit(Inst::LoadRef {
            dst,
            ptr: Operand::Value(v),
        });
        Some(Operand::Value(dst))
    }

    /// The address a by-reference argument passes.
    pub(crate) fn ref_arg(&mut self, kind: RefKind, target: &'p hir::Expr) -> Option<Operand> {
        match &target.kind {
            ExprKind::Local(id) if self.is_by_ref(*id) => self.local(*id).map(Operand::Value),
            // A struct variable passed `out` is written in place, field by field if the callee
            // likes, as C#'s `out` parameter is the variable itself (a callee that throws
            // halfway leaves the fields it did not reach; a struct local holds a zeroed struct
            // from its declaration on). One declared by the argument (`out P p`, `out var p`)
            // gets a zeroed struct first.
            ExprKind::Local(id) if kind == RefKind::Out => {
                let local = self.local(*id)?;
                if let Some(class) = crate::structs::struct_class(&target.ty) {
                    let declared_here =
                        self.method.locals.get(id.0 as usize).map(|l| l.span) == Some(target.span);
                    if declared_here {
                        let zeroed = self.new_object(class);
                        self.emit(Inst::Copy {
                            dst: local,
                            src: Operand::Value(zeroed),
                        });
                    }
                    return Some(self.pass_local(local, true));
                }
                Some(self.pass_local(local, false))
            }
            ExprKind::Local(id) => {
                let local = self.local(*id)?;
                Some(self.pass_local(local, true))
            }
            // A struct held inline has no word of its own to point at: the callee gets the
            // address of a word holding a reference to it. That word is never written, since
            // every write of a whole struct through a reference copies into the struct.
            ExprKind::InstanceField { receiver, field } if self.layout.inline[field.0 as usize] => {
                let object = self.receiver(receiver)?;
                let inner = self.temp(MachTy::Ref);
                self.load_field(inner, object, *field);
                Some(self.pass_local(inner, true))
            }
            ExprKind::InstanceField { receiver, field } => {
                let object = self.receiver(receiver)?;
                let dst = self.temp(MachTy::I64);
                let offset = self.layout.offsets[field.0 as usize];
                self.emit(Inst::FieldAddr {
                    dst,
                    object,
                    offset,
                });
                Some(Operand::Value(dst))
            }
            ExprKind::StaticField(id) => {
                self.init_class(*id);
                let dst = self.temp(MachTy::I64);
                self.emit(Inst::StaticAddr { dst, field: id.0 });
                Some(Operand::Value(dst))
            }
            ExprKind::ArrayElement { array, index } => {
                let ops = self.operands(&[array, index])?;
                let dst = self.temp(MachTy::I64);
                self.emit(Inst::ElemAddr {
                    dst,
                    array: ops[0].clone(),
                    index: ops[1].clone(),
                });
                Some(Operand::Value(dst))
            }
            // A value for an `in` parameter: the address of a copy.
            _ => {
                let v = self.expr(target)?;
                let copy = self.temp_for(&target.ty)?;
                self.emit(Inst::Copy { dst: copy, src: v });
                Some(self.pass_local(copy, true))
            }
        }
    }

    /// The address operand of `local` passed by reference; its `LocalAddr` waits for the call.
    fn pass_local(&mut self, local: ValueId, read: bool) -> Operand {
        let addr = self.temp(MachTy::I64);
        self.ref_locals.push((addr, local, read));
        Operand::Value(addr)
    }

    /// Emits the `LocalAddr` of each local a call with arguments `args` passes by reference
    /// (nested calls among the arguments took theirs already); returns those locals.
    pub(crate) fn take_ref_locals(&mut self, args: &[Operand]) -> Vec<ValueId> {
        if self.ref_locals.is_empty() {
            return Vec::new();
        }
        let mut mine = Vec::new();
        let pending = std::mem::take(&mut self.ref_locals);
        for (addr, local, read) in pending {
            if args.contains(&Operand::Value(addr)) {
                self.emit(Inst::LocalAddr {
                    dst: addr,
                    local,
                    read,
                });
                mine.push(local);
            } else {
                self.ref_locals.push((addr, local, read));
            }
        }
        mine
    }

    pub(crate) fn reload_ref_locals(&mut self, locals: Vec<ValueId>) {
        for local in locals {
            self.emit(Inst::LocalReload { local });
        }
    }
}
