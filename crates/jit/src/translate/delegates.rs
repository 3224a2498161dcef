//! Delegates: making one (the runtime allocates it) and invoking one inline: its method's code
//! is read from the cell the delegate holds (the method's cell of the code table, or a cell of
//! the runtime's for a delegate it makes itself), called with the delegate's target first when
//! the method takes it. A multicast delegate's list is walked by a loop whose body is that call.

use super::T;
use crate::abi;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, SigRef, Signature, Value,
};
use unawait_runtime::delegate::{COUNT_OFFSET, HAS_TARGET_OFFSET, METHOD_OFFSET, TARGET_OFFSET};
use unawait_smir::{DelegateDispatch, MachTy, Operand, ValueId};

impl T<'_, '_> {
    pub(super) fn new_delegate(
        &mut self,
        dst: ValueId,
        method: u32,
        target: Option<&Operand>,
        type_name: &str,
        dispatch: DelegateDispatch,
    ) -> Result<(), String> {
        let (target, has) = match target {
            Some(t) => (self.word(t), 1),
            None => (self.imm(0), 0),
        };
        let m = match dispatch {
            DelegateDispatch::Direct => {
                let cell = self.cx.table + 8 * self.cx.slot(method as usize, super::What::Body);
                self.imm(cell as i64)
            }
            // The target (checked for null by the checker's code) names its class's method.
            DelegateDispatch::Slot(_) | DelegateDispatch::Interface => {
                self.null_check(target)?;
                let index = self.dispatch_index(target, dispatch, method)?;
                let offset = self.b.ins().imul_imm_s(index, 8);
                let table = self.imm(self.cx.table as i64);
                self.b.ins().iadd(table, offset)
            }
        };
        let desc = unawait_runtime::delegate::desc_for(type_name) as *const _ as i64;
        let (h, t) = (self.imm(has), self.imm(desc));
        let d = self.call_rt("rt.new_delegate", &[target, m, h, t])?;
        self.def(dst, d);
        Ok(())
    }

    /// Calls single delegate `d` with `values` (with its target first when its method takes
    /// one), then jumps to `to` with the result followed by `extra`.
    fn call_single(
        &mut self,
        d: Value,
        values: &[Value],
        (with, without): (SigRef, SigRef),
        to: Block,
        extra: &[Value],
    ) -> Result<(), String> {
        let flags = MemFlagsData::trusted();
        let target = self.b.ins().load(types::I64, flags, d, TARGET_OFFSET);
        let cell = self.b.ins().load(types::I64, flags, d, METHOD_OFFSET);
        let has = self.b.ins().load(types::I64, flags, d, HAS_TARGET_OFFSET);
        let code = self.b.ins().load(types::I64, flags, cell, 0);
        let (on_target, static_call) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(has, on_target, &[], static_call, &[]);
        for (block, sig, this) in [(on_target, with, true), (static_call, without, false)] {
            self.b.switch_to_block(block);
            let mut all = if this { vec![target] } else { Vec::new() };
            all.extend(values);
            let call = self.b.ins().call_indirect(sig, code, &all);
            let mut results: Vec<BlockArg> = self
                .b
                .inst_results(call)
                .iter()
                .map(|&v| v.into())
                .collect();
            results.extend(extra.iter().map(|&v| BlockArg::from(v)));
            self.b.ins().jump(to, &results);
        }
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
        // A single delegate (count 0) is called straight away; a multicast one runs each
        // delegate of its list in order in a cold loop (stopping at an exception), giving the
        // last one's result.
        let count = self.b.ins().load(types::I64, flags, delegate, COUNT_OFFSET);
        let [single, multi, dispatch, after, next, join] = [(); 6].map(|_| self.b.create_block());
        for cold in [multi, dispatch, after, next] {
            self.b.set_cold_block(cold);
        }
        let (each, index) = (
            self.b.append_block_param(dispatch, types::I64),
            self.b.append_block_param(dispatch, types::I64),
        );
        if let Some(t) = ret {
            self.b.append_block_param(after, t);
            self.b.append_block_param(join, t);
        }
        self.b.append_block_param(after, types::I64);
        self.b.ins().brif(count, multi, &[], single, &[]);

        self.b.switch_to_block(single);
        self.call_single(delegate, &values, (with, without), join, &[])?;

        self.b.switch_to_block(multi);
        let zero = self.imm(0);
        let first = self.call_rt("rt.delegate_at", &[delegate, zero])?;
        self.b.ins().jump(dispatch, &[first.into(), zero.into()]);

        self.b.switch_to_block(dispatch);
        self.call_single(each, &values, (with, without), after, &[index])?;

        self.b.switch_to_block(after);
        let params = self.b.block_params(after).to_vec();
        let (results, index) = params.split_at(params.len() - 1);
        let results: Vec<_> = results.iter().map(|&v| v.into()).collect();
        let following = self.b.ins().iadd_imm_u(index[0], 1);
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
