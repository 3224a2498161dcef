//! Arithmetic: C#'s integer operators (a division throws on a zero divisor and on
//! `MinValue / -1`; shifts mask their count; checked operators and conversions throw
//! `OverflowException` when the result does not fit), double arithmetic and conversions.

use super::T;
use crate::abi::{self, from_word};
use cranelift_codegen::ir::{condcodes::FloatCC, condcodes::IntCC, types, InstBuilder, Value};
use unawait_smir::{BinOp, Conv, MachTy, Operand, UnOp, ValueId};

impl T<'_, '_> {
    pub(super) fn unary(&mut self, dst: ValueId, op: UnOp, src: &Operand) -> Result<(), String> {
        let ty = self.ty(dst);
        let x = self.val(src, ty);
        let v = match (op, ty) {
            (UnOp::Neg, MachTy::F64) => self.b.ins().fneg(x),
            (UnOp::Neg, _) => self.b.ins().ineg(x),
            (UnOp::Not, _) => self.b.ins().bxor_imm_u(x, 1),
            (UnOp::BitNot, _) => self.b.ins().bnot(x),
            (UnOp::NegOvf, _) => {
                let min = if ty == MachTy::I32 {
                    i64::from(i32::MIN)
                } else {
                    i64::MIN
                };
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, x, min);
                self.overflow_if(bad)?;
                self.b.ins().ineg(x)
            }
        };
        self.def(dst, v);
        Ok(())
    }

    pub(super) fn convert(
        &mut self,
        dst: ValueId,
        conv: Conv,
        src: &Operand,
    ) -> Result<(), String> {
        let from = match conv {
            Conv::IntToLong | Conv::IntToDouble => MachTy::I32,
            Conv::LongToDouble | Conv::LongToInt | Conv::LongToIntOvf => MachTy::I64,
            Conv::DoubleToInt
            | Conv::DoubleToLong
            | Conv::DoubleToIntOvf
            | Conv::DoubleToLongOvf
            | Conv::DoubleToFloat => MachTy::F64,
        };
        let x = self.val(src, from);
        let v = match conv {
            Conv::IntToLong => self.b.ins().sextend(types::I64, x),
            Conv::IntToDouble | Conv::LongToDouble => self.b.ins().fcvt_from_sint(types::F64, x),
            Conv::LongToInt => self.b.ins().ireduce(types::I32, x),
            // .NET 9 made these conversions saturating on every platform (NaN gives 0).
            Conv::DoubleToInt => self.b.ins().fcvt_to_sint_sat(types::I32, x),
            Conv::DoubleToLong => self.b.ins().fcvt_to_sint_sat(types::I64, x),
            Conv::DoubleToFloat => {
                let single = self.b.ins().fdemote(types::F32, x);
                self.b.ins().fpromote(types::F64, single)
            }
            Conv::LongToIntOvf => {
                let narrow = self.b.ins().ireduce(types::I32, x);
                let back = self.b.ins().sextend(types::I64, narrow);
                let bad = self.b.ins().icmp(IntCC::NotEqual, back, x);
                self.overflow_if(bad)?;
                narrow
            }
            Conv::DoubleToIntOvf | Conv::DoubleToLongOvf => {
                // In range when the value truncated toward zero fits (NaN fails both tests):
                // -2147483648.9 converts, -2147483649 does not; the long bounds are -2^63
                // (which converts) and 2^63 (which does not).
                let (to, low, low_cc) = if conv == Conv::DoubleToIntOvf {
                    (types::I32, -2147483649.0, FloatCC::GreaterThan)
                } else {
                    (
                        types::I64,
                        -9223372036854775808.0,
                        FloatCC::GreaterThanOrEqual,
                    )
                };
                let high = if conv == Conv::DoubleToIntOvf {
                    2147483648.0
                } else {
                    9223372036854775808.0
                };
                let lo = self.b.ins().f64const(low);
                let hi = self.b.ins().f64const(high);
                let above = self.b.ins().fcmp(low_cc, x, lo);
                let below = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
                let fits = self.b.ins().band(above, below);
                let bad = self.b.ins().bxor_imm_u(fits, 1);
                self.overflow_if(bad)?;
                self.b.ins().fcvt_to_sint_sat(to, x)
            }
        };
        self.def(dst, v);
        Ok(())
    }

    /// Throws `OverflowException` ("Arithmetic operation resulted in an overflow.") when `bad`
    /// is true: to the block's handler, as a division by zero does.
    fn overflow_if(&mut self, bad: Value) -> Result<(), String> {
        let (overflow, fine) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(overflow);
        self.b.ins().brif(bad, overflow, &[], fine, &[]);
        self.b.switch_to_block(overflow);
        self.call_rt("rt.overflow", &[])?;
        if let Some(line) = self.fault_line {
            self.frame(line)?;
        }
        let target = self.exception_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(fine);
        Ok(())
    }

    pub(super) fn binary(
        &mut self,
        op: BinOp,
        ty: MachTy,
        l: Value,
        r: Value,
    ) -> Result<Value, String> {
        if ty == MachTy::F64 {
            let cc = match op {
                BinOp::Add => return Ok(self.b.ins().fadd(l, r)),
                BinOp::Sub => return Ok(self.b.ins().fsub(l, r)),
                BinOp::Mul => return Ok(self.b.ins().fmul(l, r)),
                BinOp::Div => return Ok(self.b.ins().fdiv(l, r)),
                BinOp::Rem => {
                    let fmod = abi::fmod as *const u8 as usize;
                    let f64s = [types::F64, types::F64];
                    let r = self.call_address(fmod, &f64s, Some(types::F64), &[l, r]);
                    return Ok(r.expect("fmod returns a double"));
                }
                BinOp::Lt => FloatCC::LessThan,
                BinOp::Le => FloatCC::LessThanOrEqual,
                BinOp::Gt => FloatCC::GreaterThan,
                BinOp::Ge => FloatCC::GreaterThanOrEqual,
                BinOp::Eq => FloatCC::Equal,
                BinOp::Ne => FloatCC::NotEqual,
                // Sema gives doubles no bitwise, shift or checked operators.
                _ => return Err(format!("`{}` of doubles", op.symbol())),
            };
            return Ok(self.b.ins().fcmp(cc, l, r));
        }
        if ty == MachTy::Ref && matches!(op, BinOp::Eq | BinOp::Ne) {
            // Strings compare by value in C#; the runtime knows which references are strings.
            let eq = self.call_rt("rt.ref_equals", &[l, r])?;
            let eq = from_word(&mut self.b, eq, MachTy::Bool);
            return Ok(if op == BinOp::Eq {
                eq
            } else {
                self.b.ins().bxor_imm_u(eq, 1)
            });
        }
        let width = if ty == MachTy::I64 { 63 } else { 31 };
        let cc = match op {
            BinOp::Add => return Ok(self.b.ins().iadd(l, r)),
            BinOp::Sub => return Ok(self.b.ins().isub(l, r)),
            BinOp::Mul => return Ok(self.b.ins().imul(l, r)),
            BinOp::And => return Ok(self.b.ins().band(l, r)),
            BinOp::Or => return Ok(self.b.ins().bor(l, r)),
            BinOp::Xor => return Ok(self.b.ins().bxor(l, r)),
            BinOp::Shl | BinOp::Shr => {
                let count = self.b.ins().band_imm_u(r, width);
                return Ok(if op == BinOp::Shl {
                    self.b.ins().ishl(l, count)
                } else {
                    self.b.ins().sshr(l, count)
                });
            }
            BinOp::AddOvf | BinOp::SubOvf | BinOp::MulOvf => {
                let (v, bad) = match op {
                    BinOp::AddOvf => self.b.ins().sadd_overflow(l, r),
                    BinOp::SubOvf => self.b.ins().ssub_overflow(l, r),
                    _ => self.b.ins().smul_overflow(l, r),
                };
                self.overflow_if(bad)?;
                return Ok(v);
            }
            BinOp::Div | BinOp::Rem => return self.divide(op, ty, l, r),
            BinOp::Lt => IntCC::SignedLessThan,
            BinOp::Le => IntCC::SignedLessThanOrEqual,
            BinOp::Gt => IntCC::SignedGreaterThan,
            BinOp::Ge => IntCC::SignedGreaterThanOrEqual,
            BinOp::Eq => IntCC::Equal,
            BinOp::Ne => IntCC::NotEqual,
        };
        Ok(self.b.ins().icmp(cc, l, r))
    }

    /// Integer `/` and `%`: C# throws on a zero divisor, and on `MinValue / -1` (and `%`).
    pub(super) fn divide(
        &mut self,
        op: BinOp,
        ty: MachTy,
        l: Value,
        r: Value,
    ) -> Result<Value, String> {
        let min = if ty == MachTy::I32 {
            i64::from(i32::MIN)
        } else {
            i64::MIN
        };
        let (by_zero, not_zero) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(by_zero);
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
        self.b.ins().brif(is_zero, by_zero, &[], not_zero, &[]);
        self.b.switch_to_block(by_zero);
        self.call_rt("rt.divide_by_zero", &[])?;
        if let Some(line) = self.fault_line {
            self.frame(line)?;
        }
        let target = self.exception_target();
        self.b.ins().jump(target, &[]);

        self.b.switch_to_block(not_zero);
        let (overflow, fine) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(overflow);
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, r, -1);
        let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, l, min);
        let both = self.b.ins().band(minus_one, is_min);
        self.b.ins().brif(both, overflow, &[], fine, &[]);
        self.b.switch_to_block(overflow);
        self.call_rt("rt.overflow", &[])?;
        if let Some(line) = self.fault_line {
            self.frame(line)?;
        }
        let target = self.exception_target();
        self.b.ins().jump(target, &[]);

        self.b.switch_to_block(fine);
        Ok(if op == BinOp::Div {
            self.b.ins().sdiv(l, r)
        } else {
            self.b.ins().srem(l, r)
        })
    }
}
