//! The awaiter instructions, inline: a completed task is recognised and read without a call,
//! which is the fast path of every `await` (docs/runtime.md gives the word encodings). Calls
//! into the runtime remain for a null task, a task not completed successfully, and blocking.

use super::{kind_code, T};
use crate::abi::from_word;
use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, MemFlagsData, Value};
use std::collections::{HashMap, HashSet};
use unawait_runtime::object::TAG_MASK;
use unawait_runtime::task::{
    RELEASE_OFFSET, RESULT_OFFSET, RUNNING_OFFSET, SM_DESC_OFFSET, STATUS_OFFSET, SUCCEEDED,
};
use unawait_smir::liveness::visit;
use unawait_smir::{AwaitSite, AwaiterKind, Callee, Function, Inst, KnownAwait, Operand, ValueId};

impl T<'_, '_> {
    /// A task awaiter is the task itself: only a null task needs the runtime (it throws).
    pub(super) fn get_awaiter(
        &mut self,
        dst: ValueId,
        awaitable: &Operand,
        kind: AwaiterKind,
    ) -> Result<(), String> {
        let w = self.word(awaitable);
        self.def(dst, w);
        // A succeeded task is not null; a task only known complete may be (awaited before
        // inside a `try` that caught the NullReferenceException).
        if self.completed_awaiters.get(&dst) == Some(&true) {
            return Ok(());
        }
        // Compact code leaves a null task to `IsCompleted` (true) and `GetResult` (throws); the
        // word of a call awaited directly (an owned awaiter's task) is never null.
        let never_null = self.compact || self.owned_awaiters.contains(&dst);
        if !never_null && matches!(kind, AwaiterKind::Task | AwaiterKind::ConfiguredTask) {
            // Any non-zero word: a task, or an inline result (bit 0) of a direct await.
            let (null, next) = (self.b.create_block(), self.b.create_block());
            self.b.set_cold_block(null);
            self.b.ins().brif(w, next, &[], null, &[]);
            self.b.switch_to_block(null);
            self.call_rt("rt.null_reference", &[])?;
            let target = self.exception_target();
            self.b.ins().jump(target, &[]);
            self.b.switch_to_block(next);
        }
        Ok(())
    }

    pub(super) fn is_completed(&mut self, dst: ValueId, awaiter: ValueId) -> Result<(), String> {
        let kind = self.awaiter_kind(awaiter);
        let known = if self.completed_awaiters.contains_key(&awaiter) {
            if cfg!(debug_assertions) {
                // The facts are proofs: a debug build checks each one when it is used.
                let w = self.var(awaiter);
                let k = self.imm(kind_code(kind));
                self.call_rt("rt.assert_known_complete", &[w, k])?;
            }
            Some(true)
        } else if kind == AwaiterKind::Yield {
            Some(false)
        } else {
            None
        };
        if let Some(done) = known {
            let v = self.b.ins().iconst(types::I8, i64::from(done));
            self.def(dst, v);
            // The branch on it can be a jump (quick code folds no constants).
            if self.defined_once(dst) {
                self.known_conditions.insert(dst, done);
            }
            return Ok(());
        }
        let w = self.var(awaiter);
        let done = if self.compact {
            let k = self.imm(kind_code(kind));
            let done = self.call_rt("rt.awaiter_is_completed", &[w, k])?;
            self.b.ins().ireduce(types::I8, done)
        } else if self.only_branched_on(dst) {
            // The block's branch tests the task itself (`fused_branch`): no boolean to join.
            self.fused = Some((dst, w, awaiter));
            return Ok(());
        } else {
            // A task awaiter, or a ValueTask's; either word may hold an inline result (a
            // ValueTask's, or a directly awaited Task's: `Callee::User::awaited_directly`).
            let join = self.b.create_block();
            join_param(self, join, types::I8);
            let task = self.b.create_block();
            let inline = self.is_inline(w, awaiter);
            let yes = self.b.ins().iconst(types::I8, 1);
            self.b.ins().brif(inline, join, &[yes.into()], task, &[]);
            self.b.switch_to_block(task);
            let done = self.task_completed(w);
            self.b.ins().jump(join, &[done.into()]);
            self.b.switch_to_block(join);
            self.b.block_params(join)[0]
        };
        self.def(dst, done);
        Ok(())
    }

    /// The result of a completed awaiter: read inline from a task that succeeded or from an
    /// inline ValueTask word; anything else (fault, cancellation, not complete) goes to the
    /// runtime, whose exception gets this await in its trace.
    pub(super) fn get_result(
        &mut self,
        dst: Option<ValueId>,
        awaiter: ValueId,
        line: u32,
    ) -> Result<(), String> {
        let kind = self.awaiter_kind(awaiter);
        // A succeeded task without a result: nothing to read, nothing to throw.
        let succeeded = self.completed_awaiters.get(&awaiter) == Some(&true);
        if kind == AwaiterKind::Yield || (succeeded && dst.is_none()) {
            return Ok(());
        }
        let w = self.var(awaiter);
        let r = if self.compact {
            let k = self.imm(kind_code(kind));
            let owned = self.owned_awaiters.contains(&awaiter);
            let name = if owned {
                "rt.awaiter_get_result_owned"
            } else {
                "rt.awaiter_get_result"
            };
            let r = self.call_rt(name, &[w, k])?;
            self.check_pending_with_frame(line)?;
            r
        } else {
            self.inline_result(w, awaiter, kind, line)?
        };
        if let Some(d) = dst {
            let ty = self.ty(d);
            let v = from_word(&mut self.b, r, ty);
            self.def(d, v);
        }
        Ok(())
    }

    /// `GetResult`'s word, inline: an inline result, or a succeeded task's (which may go back
    /// to its pool); the runtime for anything else.
    fn inline_result(
        &mut self,
        w: Value,
        awaiter: ValueId,
        kind: AwaiterKind,
        line: u32,
    ) -> Result<Value, String> {
        let join = self.b.create_block();
        join_param(self, join, types::I64);
        let (from_task, slow) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        {
            let inline = self.is_inline(w, awaiter);
            let (value, task) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(inline, value, &[], task, &[]);
            self.b.switch_to_block(value);
            let r = self.b.ins().sshr_imm_s(w, 1);
            self.b.ins().jump(join, &[r.into()]);
            self.b.switch_to_block(task);
        }
        let (t, status) = self.task_status(w);
        let ok = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, status, i64::from(SUCCEEDED));
        self.b.ins().brif(ok, from_task, &[], slow, &[]);
        self.b.switch_to_block(from_task);
        let r = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), t, RESULT_OFFSET);
        if self.owned_awaiters.contains(&awaiter) {
            self.release_box(w, t)?;
        }
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow);
        let k = self.imm(kind_code(kind));
        let r = self.call_rt("rt.awaiter_get_result", &[w, k])?;
        self.check_pending_with_frame(line)?;
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        Ok(self.b.block_params(join)[0])
    }

    /// `task::release_box` of the task `t` (word `w`) that succeeded, inline for a box whose
    /// `MoveNext` is on the stack: it is only marked, to go back to its pool when that returns.
    fn release_box(&mut self, w: Value, t: Value) -> Result<(), String> {
        let flags = MemFlagsData::trusted();
        let (is_box, mark, call, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let sm = self.b.ins().load(types::I64, flags, t, SM_DESC_OFFSET);
        self.b.ins().brif(sm, is_box, &[], done, &[]);
        self.b.switch_to_block(is_box);
        let running = self.b.ins().uload8(types::I32, flags, t, RUNNING_OFFSET);
        self.b.ins().brif(running, mark, &[], call, &[]);
        self.b.switch_to_block(mark);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(flags, one, t, RELEASE_OFFSET);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(call);
        self.call_rt("rt.release_box", &[w])?;
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    /// Whether `dst`, the result of the block's last instruction, is read only by the block's
    /// branch.
    fn only_branched_on(&self, dst: ValueId) -> bool {
        let block = &self.f.blocks[self.current];
        let last =
            matches!(block.insts.last(), Some(Inst::IsCompleted { dst: d, .. }) if *d == dst);
        let branch = matches!(
            &block.term,
            unawait_smir::Terminator::Branch { cond: Operand::Value(c), .. } if *c == dst
        );
        last && branch && self.defined_once(dst) && self.use_counts[dst.0 as usize] == 1
    }

    /// The branch on a fused `IsCompleted`: to `done` when the awaiter's word holds its result
    /// or its task is no longer pending, else to `pending`.
    pub(super) fn fused_branch(
        &mut self,
        (w, awaiter): (Value, ValueId),
        done: cranelift_codegen::ir::Block,
        pending: cranelift_codegen::ir::Block,
    ) {
        let task = self.b.create_block();
        let inline = self.is_inline(w, awaiter);
        self.b.ins().brif(inline, done, &[], task, &[]);
        self.b.switch_to_block(task);
        let completed = self.task_completed(w);
        self.b.ins().brif(completed, done, &[], pending, &[]);
    }

    /// `IsCompleted` of a task word: its status is not pending.
    fn task_completed(&mut self, w: Value) -> Value {
        let (_, status) = self.task_status(w);
        self.b.ins().icmp_imm_s(IntCC::NotEqual, status, 0)
    }

    /// The task a task word points at (tag bits masked), and its status byte.
    fn task_status(&mut self, w: Value) -> (Value, Value) {
        let t = self.b.ins().band_imm_s(w, !(TAG_MASK as i64));
        let status = self
            .b
            .ins()
            .uload8(types::I32, MemFlagsData::trusted(), t, STATUS_OFFSET);
        (t, status)
    }

    /// Whether awaiter `awaiter`'s word `w` holds its result (bit 0 set) or is a `default`
    /// ValueTask (0), as a value to branch on. The task of a call awaited directly (an owned
    /// awaiter's) is never 0: bit 0 alone says it.
    fn is_inline(&mut self, w: Value, awaiter: ValueId) -> Value {
        if self.owned_awaiters.contains(&awaiter) {
            return self.b.ins().band_imm_s(w, 1);
        }
        let odd = self.b.ins().band_imm_s(w, 1);
        let odd = self.b.ins().icmp_imm_s(IntCC::NotEqual, odd, 0);
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, w, 0);
        self.b.ins().bor(odd, zero)
    }
}

fn join_param(t: &mut T<'_, '_>, block: cranelift_codegen::ir::Block, ty: types::Type) {
    t.b.append_block_param(block, ty);
}

/// The awaiters of `f` that hold the only reference to their task: every definition is the
/// awaiter of a directly awaited call's result (`Callee::User::awaited_directly`, whose task
/// word goes nowhere else) or its reload from the frame after a suspension. Reading such an
/// awaiter's result may free the task's box (`task::release_box`).
pub(super) fn owned_awaiters(f: &Function, def_counts: &[u32]) -> HashSet<ValueId> {
    let insts = || f.blocks.iter().flat_map(|b| &b.insts);
    let n = f.values.len();
    // The values every definition of which is a directly awaited call (flags per value: this
    // runs on every function, and most await no call directly).
    let mut direct_defs = vec![0u32; n];
    let mut any = false;
    for inst in insts() {
        if let Inst::Call {
            dst: Some(t),
            callee:
                Callee::User {
                    awaited_directly: true,
                    ..
                },
            ..
        } = inst
        {
            direct_defs[t.0 as usize] += 1;
            any = true;
        }
    }
    if !any {
        return HashSet::new();
    }
    let direct: Vec<bool> = direct_defs
        .iter()
        .zip(def_counts)
        .map(|(&d, &all)| d > 0 && d == all)
        .collect();
    let mut owned = vec![false; n];
    let mut disowned = vec![false; n];
    let is_direct = |v: ValueId| direct[v.0 as usize];
    for inst in insts() {
        let mut escapes = false;
        let keeps = !matches!(
            inst,
            Inst::IsCompleted { .. } | Inst::GetResult { .. } | Inst::FrameStore { .. }
        );
        let def = visit(inst, |u| {
            // Every use of a direct call's task is its awaiter: a copy would let it escape.
            escapes |= is_direct(u) && !matches!(inst, Inst::GetAwaiter { .. });
            // An awaiter only asks, reads, or waits in its frame slot; anything else might
            // keep it.
            if keeps {
                disowned[u.0 as usize] = true;
            }
        });
        if escapes {
            return HashSet::new();
        }
        match inst {
            Inst::GetAwaiter {
                dst,
                awaitable: Operand::Value(t),
                ..
            } if is_direct(*t) => owned[dst.0 as usize] = true,
            // An awaiter is reloaded from its frame slot after a suspension.
            Inst::FrameLoad { .. } => {}
            _ => {
                if let Some(d) = def {
                    disowned[d.0 as usize] = true;
                }
            }
        }
    }
    (0..n)
        .filter(|&i| owned[i] && !disowned[i])
        .map(|i| ValueId(i as u32))
        .collect()
}

/// The awaiters of `f` whose await the facts know complete (`AwaitSite::known`, by the HIR
/// await each `GetAwaiter` names), with whether their task is also known to have succeeded.
/// Each must be defined only by that `GetAwaiter` (and, on a resume path that never runs,
/// reloaded from the frame): then its `IsCompleted` is the constant true, and the suspend path
/// is dead code.
pub(super) fn completed_awaiters(f: &Function, sites: &[AwaitSite]) -> HashMap<ValueId, bool> {
    if sites.iter().all(|s| s.known == KnownAwait::Unknown) {
        return HashMap::new();
    }
    let known: HashMap<u32, KnownAwait> = sites.iter().map(|s| (s.hir, s.known)).collect();
    let insts = || f.blocks.iter().flat_map(|b| &b.insts);
    let mut awaiters: HashMap<ValueId, bool> = insts()
        .filter_map(|inst| match inst {
            Inst::GetAwaiter { dst, hir, .. } => match known.get(hir)? {
                KnownAwait::Unknown => None,
                k => Some((*dst, *k == KnownAwait::Succeeded)),
            },
            _ => None,
        })
        .collect();
    let mut defined = HashSet::new();
    for inst in insts() {
        let defines = match inst {
            Inst::FrameLoad { .. } => None,
            // A second `GetAwaiter` into the same value is a second definition too.
            Inst::GetAwaiter { dst, .. } if defined.insert(*dst) => None,
            _ => visit(inst, |_| {}),
        };
        if let Some(d) = defines {
            awaiters.remove(&d);
        }
    }
    awaiters
}

/// How many times each value of `f` is defined (a parameter once, on entry).
/// How many times each value of `f` is read (terminators included).
pub(super) fn use_counts(f: &Function) -> Vec<u32> {
    let mut counts = vec![0u32; f.values.len()];
    for b in &f.blocks {
        for inst in &b.insts {
            unawait_smir::liveness::visit(inst, |u| counts[u.0 as usize] += 1);
        }
        for u in unawait_smir::liveness::term_uses(&b.term) {
            counts[u.0 as usize] += 1;
        }
    }
    counts
}

pub(super) fn def_counts(f: &Function) -> Vec<u32> {
    let mut counts = vec![0u32; f.values.len()];
    for p in &f.params {
        counts[p.0 as usize] += 1;
    }
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Some(d) = unawait_smir::liveness::visit(inst, |_| {}) {
            counts[d.0 as usize] += 1;
        }
    }
    counts
}
