//! Delegates: making one (the runtime allocates it) and invoking one inline: its method's code
//! is read from the cell the delegate holds (the method's cell of the code table, or a cell of
//! the runtime's for a delegate it makes itself), called with the delegate's target first when
//! the method takes it. A multicast delegate's list is walked by a loop whose body is that call.

use super::T;
use crate::abi;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData, Signature};
use unawait_runtime::delegate::{COUNT_OFFSET, HAS_TARGET_OFFSET, METHOD_OFFSET, TARGET_OFFSET};
use unawait_smir::{MachTy, Operand, ValueId};

impl T<'_, '_> {
    pub(super) fn new_delegate(
        &mut self,
        dst: ValueId,
        method: u32,
        target: Option<&Operand>,
        type_name: &str,
    ) -> Result<(), String> {
        let (target, has) = match target {
            Some(t) => (self.word(t), 1),
            None => (self.imm(0), 0),
        };
        let cell = self.cx.table + 8 * self.cx.slot(method as usize, super::What::Body);
        let desc = unawait_runtime::delegate::desc_for(type_name) as *const _ as i64;
        let (m, h, t) = (self.imm(cell as i64), self.imm(has), self.imm(desc));
        let d = self.call_rt("rt.new_delegate", &[target, m, h, t])?;
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
        // A single delegate has count 0 and runs once; a multicast one runs each delegate of
        // its list in order (stopping at an exception), giving the last one's result.
        let count = self.b.ins().load(types::I64, flags, delegate, COUNT_OFFSET);
        let [dispatch, multi, on_target, static_call, after, next, join] =
            [(); 7].map(|_| self.b.create_block());
        self.b.set_cold_block(multi);
        self.b.set_cold_block(next);
        let (single, index) = (
            self.b.append_block_param(dispatch, types::I64),
            self.b.append_block_param(dispatch, types::I64),
        );
        if let Some(t) = ret {
            self.b.append_block_param(after, t);
            self.b.append_block_param(join, t);
        }
        let zero = self.imm(0);
        self.b
            .ins()
            .brif(count, multi, &[], dispatch, &[delegate.into(), zero.into()]);
        self.b.switch_to_block(multi);
        let first = self.call_rt("rt.delegate_at", &[delegate, zero])?;
        self.b.ins().jump(dispatch, &[first.into(), zero.into()]);

        self.b.switch_to_block(dispatch);
        let target = self.b.ins().load(types::I64, flags, single, TARGET_OFFSET);
        let cell = self.b.ins().load(types::I64, flags, single, METHOD_OFFSET);
        let has = self
            .b
            .ins()
            .load(types::I64, flags, single, HAS_TARGET_OFFSET);
        let code = self.b.ins().load(types::I64, flags, cell, 0);
        self.b.ins().brif(has, on_target, &[], static_call, &[]);
        for (block, sig, this) in [(on_target, with, true), (static_call, without, false)] {
            self.b.switch_to_block(block);
            let mut all = if this { vec![target] } else { Vec::new() };
            all.extend(&values);
            let call = self.b.ins().call_indirect(sig, code, &all);
            let results: Vec<_> = self
                .b
                .inst_results(call)
                .iter()
                .map(|&v| v.into())
                .collect();
            self.b.ins().jump(after, &results);
        }

        self.b.switch_to_block(after);
        let results: Vec<_> = self
            .b
            .block_params(after)
            .iter()
            .map(|&v| v.into())
            .collect();
        let following = self.b.ins().iadd_imm_u(index, 1);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, following, count);
        let (_, pending) = self.load_pending();
        let failed = self.b.ins().icmp_imm_u(IntCC::NotEqual, pending, 0);
        let stop = self.b.ins().bnot(failed);
        let go_on = self.b.ins().band(more, stop);
        self.b.ins().brif(go_on, next, &[], join, &results);
        self.b.switch_to_block(next);
        let single = self.call_rt("rt.delegate_at", &[delegate, following])?;
        self.b
            .ins()
            .jump(dispatch, &[single.into(), following.into()]);

        self.b.switch_to_block(join);
        if let (Some(d), Some(&r)) = (dst, self.b.block_params(join).first()) {
            self.def(d, r);
        }
        Ok(())
    }
}
