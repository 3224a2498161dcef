//! Objects and arrays: allocation on the heap (the runtime's `rt.new_object`, `rt.new_array`) or,
//! for a struct value that cannot outlive the call (`Inst::StackObject`), in the stack frame;
//! fields read and written in place after a null check; elements through the runtime, which
//! checks bounds and element types; type tests.

use super::T;
use crate::abi::{self, cl_type, from_word};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind};
use unawait_smir::{self as smir, Inst, MachTy, ValueId};

impl T<'_, '_> {
    /// Translates the object and array instructions; false for any other.
    pub(super) fn object_inst(&mut self, inst: &Inst) -> Result<bool, String> {
        match inst {
            Inst::NewArray { dst, elem, len } => {
                let kind = self.imm(abi::elem_kind(*elem) as i64);
                let len = self.word(len);
                let w = self.call_rt("rt.new_array", &[kind, len])?;
                let w = self.exact_type(*dst, w)?;
                self.def(*dst, w);
            }
            Inst::ArrayLoad { dst, array, index } => {
                let (a, i) = (self.word(array), self.word(index));
                let w = self.call_rt("rt.array_load", &[a, i])?;
                let ty = self.ty(*dst);
                let v = from_word(&mut self.b, w, ty);
                self.def(*dst, v);
            }
            Inst::ArrayStore { array, index, src } => {
                let (a, i, v) = (self.word(array), self.word(index), self.word(src));
                self.call_rt("rt.array_store", &[a, i, v])?;
            }
            Inst::NewObject { dst, class } => {
                let desc = self.cx.classes.get(*class as usize).copied().unwrap_or(0);
                let d = self.imm(desc as i64);
                let w = self.call_rt("rt.new_object", &[d])?;
                self.def(*dst, w);
            }
            Inst::StackObject { dst, class } => self.stack_object(*dst, *class)?,
            Inst::TypeTest {
                dst,
                object,
                target,
                mode,
            } => {
                let desc = match target {
                    smir::TypeTarget::Class { id, .. } => {
                        self.cx.classes.get(*id as usize).copied().unwrap_or(0)
                    }
                    smir::TypeTarget::Library(name) => {
                        unawait_runtime::library::class_for_cast(name) as usize
                    }
                    smir::TypeTarget::Delegate(name) => {
                        unawait_runtime::delegate::desc_for(name) as *const _ as usize
                    }
                };
                let obj = self.word(object);
                let d = self.imm(desc as i64);
                let m = self.imm(match mode {
                    smir::TestMode::Is => 0,
                    smir::TestMode::As => 1,
                    smir::TestMode::Cast => 2,
                });
                let w = self.call_rt("rt.type_test", &[obj, d, m])?;
                let ty = self.ty(*dst);
                let v = from_word(&mut self.b, w, ty);
                self.def(*dst, v);
            }
            Inst::LoadField {
                dst,
                object,
                offset,
                ..
            } => {
                let obj = self.word(object);
                self.null_check(obj)?;
                let ty = self.ty(*dst);
                let v =
                    self.b
                        .ins()
                        .load(cl_type(ty), MemFlagsData::trusted(), obj, *offset as i32);
                self.def(*dst, v);
            }
            Inst::InnerObject {
                dst,
                object,
                offset,
                ..
            } => {
                let obj = self.word(object);
                self.null_check(obj)?;
                let v = self.b.ins().iadd_imm_s(obj, i64::from(*offset));
                self.def(*dst, v);
            }
            Inst::StoreField {
                object,
                offset,
                src,
                ..
            } => {
                let obj = self.word(object);
                self.null_check(obj)?;
                let ty = self.op_ty(src);
                let v = self.val(src, ty);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v, obj, *offset as i32);
            }
            Inst::ArrayLength { dst, array } => {
                let a = self.word(array);
                let w = self.call_rt("rt.array_length", &[a])?;
                let v = from_word(&mut self.b, w, MachTy::I32);
                self.def(*dst, v);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A struct value in this function's stack frame (`Inst::StackObject`): the headers an
    /// object of its class has on the heap (its descriptor and those of the structs it holds
    /// inline, empty collector words) and zeroed fields, written again at every execution. The collector never sees the object
    /// itself (no heap page holds it); it scans the frame's words, the fields among them.
    pub(super) fn stack_object(&mut self, dst: ValueId, class: u32) -> Result<(), String> {
        let desc = self.cx.classes.get(class as usize).copied().unwrap_or(0);
        if desc == 0 {
            return Err(format!("stack object of unknown class #{class}"));
        }
        let size = unawait_runtime::object::object_size(desc);
        // 16-aligned like every heap object: the runtime tags the low bits of references.
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            4,
        ));
        let zero = self.imm(0);
        for offset in (8..size).step_by(8) {
            self.b
                .ins()
                .stack_store(types::I64, zero, slot, offset as i32);
        }
        let own = std::iter::once((0, desc));
        for (offset, desc) in own.chain(unawait_runtime::object::headers(desc)) {
            let d = self.imm(desc as i64);
            self.b.ins().stack_store(types::I64, d, slot, offset as i32);
        }
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        self.def(dst, addr);
        Ok(())
    }
}
