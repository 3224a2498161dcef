//! The operators C# defines on delegates, as calls of the runtime's `Delegate.Combine`,
//! `Delegate.Remove` and `Delegate.Equals` (a multicast delegate is a new object; equality
//! compares invocation lists, not references).

use crate::builder::Builder;
use unawait_sema::hir::BinOp;
use unawait_sema::types::Ty;
use unawait_smir::{self as smir, Callee, Inst, Operand, ValueId};

impl Builder<'_> {
    /// Emits `dst = lhs op rhs` when `operand` is a delegate type and `op` one of its operators;
    /// false (nothing emitted) otherwise.
    pub(crate) fn delegate_op(
        &mut self,
        dst: ValueId,
        op: BinOp,
        operand: &Ty,
        ops: &[Operand],
    ) -> bool {
        if !operand.is_delegate() {
            return false;
        }
        let name = match op {
            BinOp::Add => "rt.delegate_combine",
            BinOp::Sub => "rt.delegate_remove",
            BinOp::Eq | BinOp::Ne => "rt.delegate_equals",
            _ => return false,
        };
        let target = if op == BinOp::Ne {
            self.temp(smir::MachTy::Bool)
        } else {
            dst
        };
        self.emit(Inst::Call {
            dst: Some(target),
            callee: Callee::Runtime(name),
            args: ops.to_vec(),
            span: self.span,
        });
        if op == BinOp::Ne {
            self.emit(Inst::Unary {
                dst,
                op: smir::UnOp::Not,
                src: Operand::Value(target),
            });
        }
        true
    }
}
