//! By-reference arguments and parameters (docs/lowering.md, "By-reference parameters"): a
//! local passed by reference lives in a stack slot of its own for the call, reloaded right
//! after it (before the check for an exception, so a handler sees what the callee wrote); a
//! field's or an array element's address is an interior pointer whose object stays in a stack
//! slot until the function returns (the collector scans stacks conservatively); reads and
//! writes through an address move whole words, as every field, element, static and slot is one.

use super::T;
use crate::abi::{cl_type, from_word, to_word};
use cranelift_codegen::ir::{
    types, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, Value,
};
use unawait_smir::{Inst, Operand, ValueId};

impl T<'_, '_> {
    fn word_slot(&mut self) -> StackSlot {
        self.b
            .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3))
    }

    fn local_slot(&mut self, local: ValueId) -> StackSlot {
        if let Some(s) = self.ref_slots.get(&local) {
            return *s;
        }
        let s = self.word_slot();
        self.ref_slots.insert(local, s);
        s
    }

    /// Keeps `object` reachable while an address into it is in use.
    fn keep_alive(&mut self, object: Value) {
        let slot = self.word_slot();
        self.b.ins().stack_store(types::I64, object, slot, 0);
    }

    /// Takes back the values of the locals the call just made passed by reference.
    pub(super) fn reload_ref_locals(&mut self) {
        for local in std::mem::take(&mut self.pending_reloads) {
            self.reload(local);
        }
    }

    fn reload(&mut self, local: ValueId) {
        let slot = self.local_slot(local);
        let w = self.b.ins().stack_load(types::I64, types::I64, slot, 0);
        let ty = self.ty(local);
        let v = from_word(&mut self.b, w, ty);
        self.def(local, v);
    }

    /// Translates the by-reference instructions; false for any other.
    pub(super) fn ref_inst(&mut self, inst: &Inst) -> Result<bool, String> {
        match inst {
            Inst::LocalAddr { dst, local, read } => {
                // An `out` argument (`read` false) is stored too: if the callee throws before
                // assigning it, the reload must give back the variable's value (zero where the
                // function never defined it, as cranelift-frontend reads an undefined variable).
                let _ = read;
                let slot = self.local_slot(*local);
                let w = self.word(&Operand::Value(*local));
                self.b.ins().stack_store(types::I64, w, slot, 0);
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                self.def(*dst, addr);
                self.pending_reloads.push(*local);
            }
            Inst::LocalReload { local } => self.reload(*local),
            Inst::FieldAddr {
                dst,
                object,
                offset,
            } => {
                let obj = self.word(object);
                self.null_check(obj)?;
                self.keep_alive(obj);
                let addr = self.b.ins().iadd_imm_s(obj, i64::from(*offset));
                self.def(*dst, addr);
            }
            Inst::ElemAddr { dst, array, index } => {
                let (a, i) = (self.word(array), self.word(index));
                self.keep_alive(a);
                let addr = self.call_rt("rt.array_addr", &[a, i])?;
                self.def(*dst, addr);
            }
            Inst::StaticAddr { dst, field } => {
                let addr = self.imm(self.cx.statics as i64 + 8 * i64::from(*field));
                self.def(*dst, addr);
            }
            Inst::LoadRef { dst, ptr } => {
                let p = self.word(ptr);
                let ty = self.ty(*dst);
                let v = self
                    .b
                    .ins()
                    .load(cl_type(ty), MemFlagsData::trusted(), p, 0);
                self.def(*dst, v);
            }
            Inst::StoreRef { ptr, src } => {
                let p = self.word(ptr);
                let ty = self.op_ty(src);
                let v = self.val(src, ty);
                let w = to_word(&mut self.b, v, ty);
                self.b.ins().store(MemFlagsData::trusted(), w, p, 0);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
