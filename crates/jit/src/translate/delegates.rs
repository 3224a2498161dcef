//! Delegates: making one (the runtime allocates it) and invoking one inline: its method's code
//! is read from the cell the delegate holds (the method's cell of the code table, or a cell of
//! the runtime's for a delegate it makes itself), called with the delegate's target first when
//! the method takes it.

use super::T;
use crate::abi;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData, Signature};
use unawait_runtime::delegate::{HAS_TARGET_OFFSET, METHOD_OFFSET, TARGET_OFFSET};
use unawait_smir::{MachTy, Operand, ValueId};

impl T<'_, '_> {
    pub(super) fn new_delegate(
        &mut self,
        dst: ValueId,
        method: u32,
        target: Option<&Operand>,
    ) -> Result<(), String> {
        let (target, has) = match target {
            Some(t) => (self.word(t), 1),
            None => (self.imm(0), 0),
        };
        let cell = self.cx.table + 8 * self.cx.slot(method as usize, super::What::Body);
        let (m, h) = (self.imm(cell as i64), self.imm(has));
        let d = self.call_rt("rt.new_delegate", &[target, m, h])?;
        self.def(dst, d);
        Ok(())
    }

    /// `args[0]` is the delegate, the rest its arguments.
    pub(super) fn invoke_delegate(
        &mut self,
        dst: Option<ValueId>,
        args: &[Operand],
    ) -> Result<(), String> {
        let Some((first, rest)) = args.split_first() else {
            return Err("a delegate invocation without its delegate".into());
        };
        let delegate = self.val(first, MachTy::Ref);
        self.null_check(delegate)?;
        let tys: Vec<MachTy> = rest.iter().map(|a| self.op_ty(a)).collect();
        let values: Vec<_> = rest
            .iter()
            .zip(&tys)
            .map(|(a, t)| self.val(a, *t))
            .collect();
        let ret = dst.map(|d| abi::cl_type(self.ty(d)));
        let flags = MemFlagsData::trusted();
        let target = self
            .b
            .ins()
            .load(types::I64, flags, delegate, TARGET_OFFSET);
        let cell = self
            .b
            .ins()
            .load(types::I64, flags, delegate, METHOD_OFFSET);
        let has = self
            .b
            .ins()
            .load(types::I64, flags, delegate, HAS_TARGET_OFFSET);
        let code = self.b.ins().load(types::I64, flags, cell, 0);
        let signature = |this: bool| {
            let mut sig = Signature::new(self.b.func.signature.call_conv);
            if this {
                sig.params.push(AbiParam::new(types::I64));
            }
            sig.params
                .extend(tys.iter().map(|t| AbiParam::new(abi::cl_type(*t))));
            sig.returns.extend(ret.map(AbiParam::new));
            sig
        };
        let (with, without) = (signature(true), signature(false));
        let (with, without) = (
            self.b.import_signature(with),
            self.b.import_signature(without),
        );
        let (on_target, static_call, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        if let Some(t) = ret {
            self.b.append_block_param(join, t);
        }
        self.b.ins().brif(has, on_target, &[], static_call, &[]);
        self.b.switch_to_block(on_target);
        let mut all = vec![target];
        all.extend(&values);
        let call = self.b.ins().call_indirect(with, code, &all);
        let results: Vec<_> = self
            .b
            .inst_results(call)
            .iter()
            .map(|&v| v.into())
            .collect();
        self.b.ins().jump(join, &results);
        self.b.switch_to_block(static_call);
        let call = self.b.ins().call_indirect(without, code, &values);
        let results: Vec<_> = self
            .b
            .inst_results(call)
            .iter()
            .map(|&v| v.into())
            .collect();
        self.b.ins().jump(join, &results);
        self.b.switch_to_block(join);
        if let (Some(d), Some(&r)) = (dst, self.b.block_params(join).first()) {
            self.def(d, r);
        }
        Ok(())
    }
}
