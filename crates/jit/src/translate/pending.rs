//! Exceptions in flight: the runtime's pending-exception slot, checked after every instruction
//! that can throw, the jump to the block's handler or out of the function, and the trace frame
//! (method and line, and the `return await` wrappers lowering elided) each exit adds.

use super::T;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use unawait_smir::{Inst, MethodKind};

impl T<'_, '_> {
    /// Where an exception raised now goes: the block's handler, or out of the function.
    pub(super) fn exception_target(&mut self) -> Block {
        if let Some(h) = self.unwind {
            return h;
        }
        *self.propagate.get_or_insert_with(|| self.b.create_block())
    }

    /// The pending-exception slot's address, and the exception in it (0 when none).
    pub(super) fn load_pending(&mut self) -> (Value, Value) {
        let addr = match self.pending_addr {
            Some(a) => a,
            None => self.imm(unawait_runtime::pending::pending_address() as i64),
        };
        let p = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0);
        (addr, p)
    }

    pub(super) fn check_pending(&mut self) {
        let (_, p) = self.load_pending();
        let target = self.exception_target();
        let next = self.b.create_block();
        self.b.ins().brif(p, target, &[], next, &[]);
        self.b.switch_to_block(next);
    }

    /// Adds this method (and `line`, 0 if unknown) to the trace of the exception in flight.
    /// The trace frames of the `return await` wrappers the await at `span` skips (lowering
    /// elided them): their names and the lines of their awaits, innermost first.
    pub(super) fn elided_at(&self, span: unawait_syntax::Span) -> Vec<(String, u32)> {
        let MethodKind::Async(sm) = &self.method.kind else {
            return Vec::new();
        };
        sm.awaits
            .iter()
            .find(|a| a.span == span)
            .map(|a| {
                a.elided
                    .iter()
                    .map(|e| {
                        let name = self
                            .module
                            .methods
                            .get(e.method as usize)
                            .map_or(&e.name, |m| &m.trace_name);
                        (name.clone(), self.cx.line(e.span.start))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Records this method in the trace of the exception in flight, after the wrappers the
    /// await being translated skipped (`elided_frames`), as if they had rethrown it.
    pub(super) fn frame(&mut self, line: u32) -> Result<(), String> {
        let own = (self.method.trace_name.clone(), line);
        for (name, line) in self.elided_frames.clone().into_iter().chain([own]) {
            let name = unawait_runtime::string::intern(&name);
            let (n, l) = (self.imm(name as i64), self.imm(i64::from(line)));
            self.call_rt("rt.frame", &[n, l])?;
        }
        Ok(())
    }

    /// The line of the source expression an instruction that throws belongs to: a call's own
    /// span, else the lowering's record of it (`Function::fault_spans`).
    pub(super) fn fault_line(&self, inst: &Inst) -> Option<u32> {
        let span = match inst {
            Inst::Call { span, .. } => *span,
            _ => *self
                .f
                .fault_spans
                .get(&unawait_smir::liveness::visit(inst, |_| {})?)?,
        };
        (span != unawait_syntax::Span::default()).then(|| self.cx.line(span.start))
    }

    pub(super) fn check_pending_with_frame(&mut self, line: u32) -> Result<(), String> {
        if self.elided_frames.is_empty() {
            return self.check_pending_at(line);
        }
        let (_, p) = self.load_pending();
        let (thrown, next) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(thrown);
        self.b.ins().brif(p, thrown, &[], next, &[]);
        self.b.switch_to_block(thrown);
        self.frame(line)?;
        let target = self.exception_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(next);
        Ok(())
    }

    /// `check_pending_with_frame` for a frame of this method alone: the cold path is one block
    /// per exception target, shared by every check that goes there, with the line as its
    /// parameter (a block per check would cost the code generator a quarter more time).
    pub(super) fn check_pending_at(&mut self, line: u32) -> Result<(), String> {
        let (_, p) = self.load_pending();
        let target = self.exception_target();
        let next = self.b.create_block();
        let (shared, new) = match self.framed.get(&target) {
            Some(&b) => (b, false),
            None => {
                let b = self.b.create_block();
                self.b.set_cold_block(b);
                self.b.append_block_param(b, types::I64);
                self.framed.insert(target, b);
                (b, true)
            }
        };
        let l = self.imm(i64::from(line));
        self.b.ins().brif(p, shared, &[l.into()], next, &[]);
        if new {
            self.b.switch_to_block(shared);
            let l = self.b.block_params(shared)[0];
            let name = unawait_runtime::string::intern(&self.method.trace_name);
            let n = self.imm(name as i64);
            self.call_rt("rt.frame", &[n, l])?;
            self.b.ins().jump(target, &[]);
        }
        self.b.switch_to_block(next);
        Ok(())
    }
}
