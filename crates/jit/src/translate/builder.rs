//! The builder's `SetResult`, inline on the synchronous path. Before the first suspension the
//! builder word is zero and completing means storing the result word: inline (bit 0) for a
//! `ValueTask` or for a kickoff whose caller awaits at once (`SM_FLAGS`), else the runtime's
//! cached or fresh completed task. Only that last case, a result too wide to shift, and a boxed
//! state machine (whose completion runs continuations) call `rt.sm_set_result`.

use super::T;
use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, MemFlagsData, Value};
use unawait_runtime::task::{SM_BUILDER, SM_FLAGS};
use unawait_smir::{BuilderKind, MachTy, MethodKind};

impl T<'_, '_> {
    pub(super) fn set_result(&mut self, value: Value) -> Result<(), String> {
        let MethodKind::Async(machine) = &self.method.kind else {
            return Err("SetResult outside a state machine".into());
        };
        let builder = machine.builder.clone();
        let sm = self.sm();
        // `--stats` sees every synchronous result, to count the `Task<T>` .NET would make.
        if self.compact || self.cx.count_awaits {
            let d = self.own_desc();
            self.call_rt("rt.sm_set_result", &[sm, value, d])?;
            self.check_pending();
            return Ok(());
        }
        let (slow, done) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let flags = MemFlagsData::trusted();
        let word = self.b.ins().load(types::I64, flags, sm, SM_BUILDER);
        let unboxed = self.b.create_block();
        self.b.ins().brif(word, slow, &[], unboxed, &[]);
        self.b.switch_to_block(unboxed);

        if let BuilderKind::Task | BuilderKind::TaskOf(_) = builder {
            let f = self.b.ins().load(types::I32, flags, sm, SM_FLAGS);
            let inline = self.b.ins().icmp_imm_s(IntCC::Equal, f, 1);
            let encode = self.b.create_block();
            self.b.ins().brif(inline, encode, &[], slow, &[]);
            self.b.switch_to_block(encode);
        }
        match builder {
            BuilderKind::Task | BuilderKind::ValueTask => {
                let one = self.imm(1);
                self.b.ins().store(flags, one, sm, SM_BUILDER);
                self.b.ins().jump(done, &[]);
            }
            BuilderKind::TaskOf(ty) | BuilderKind::ValueTaskOf(ty) => {
                // `task::inline_value`: the result shifted left, if shifting loses nothing,
                // which a 32-bit or boolean result (extended to the word) never does.
                let shifted = self.b.ins().ishl_imm_u(value, 1);
                if !matches!(ty, MachTy::I32 | MachTy::Bool) {
                    let back = self.b.ins().sshr_imm_u(shifted, 1);
                    let fits = self.b.ins().icmp(IntCC::Equal, back, value);
                    let store = self.b.create_block();
                    self.b.ins().brif(fits, store, &[], slow, &[]);
                    self.b.switch_to_block(store);
                }
                let w = self.b.ins().bor_imm_u(shifted, 1);
                self.b.ins().store(flags, w, sm, SM_BUILDER);
                self.b.ins().jump(done, &[]);
            }
            // An `async void` method finished without suspending: nothing waits for it.
            BuilderKind::Void => {
                self.b.ins().jump(done, &[]);
            }
        }

        self.b.switch_to_block(slow);
        let d = self.own_desc();
        self.call_rt("rt.sm_set_result", &[sm, value, d])?;
        self.check_pending();
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }
}
