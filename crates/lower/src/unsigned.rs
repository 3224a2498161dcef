//! `uint` and `ulong` (sema's `Ty::UInt`, `Ty::ULong`): both are `i64` words. A `uint` holds its
//! zero-extended value, so comparing, dividing and widening it are the signed 64-bit
//! operations, and what arithmetic makes is wrapped back to 32 bits. A `ulong` holds its bits:
//! `+ - * & | ^ <<` and `==` are the signed operations; `<`, `/`, `%`, `>>` and the
//! conversions from and to `double` are unsigned (comparisons flip the sign bit of both sides;
//! the others are runtime calls). Checked arithmetic and checked conversions are runtime calls.

use crate::builder::Builder;
use unawait_sema::hir::{BinOp, NumKind};
use unawait_sema::types::Ty;
use unawait_smir::{self as smir, Callee, Const, Conv, Inst, MachTy, Operand, ValueId};

const UINT_MASK: i64 = 0xFFFF_FFFF;

/// The runtime's kind code of a numeric type (`ElemKind`).
fn kind_code(k: NumKind) -> i32 {
    match k {
        NumKind::Int => 1,
        NumKind::Long => 2,
        NumKind::Double => 3,
        NumKind::Char => 7,
        NumKind::Small(s) => crate::chars::small_code(s),
        NumKind::UInt => 12,
        NumKind::ULong => 13,
    }
}

fn mach(k: NumKind) -> MachTy {
    match k {
        NumKind::Long | NumKind::UInt | NumKind::ULong => MachTy::I64,
        NumKind::Double => MachTy::F64,
        _ => MachTy::I32,
    }
}

impl<'p> Builder<'p> {
    fn runtime(&mut self, name: &'static str, ty: MachTy, args: Vec<Operand>) -> ValueId {
        let dst = self.temp(ty);
        self.emit(Inst::Call {
            dst: Some(dst),
            callee: Callee::Runtime(name),
            args,
            span: self.span,
        });
        dst
    }

    fn bin64(&mut self, dst: ValueId, op: smir::BinOp, lhs: Operand, rhs: Operand) {
        self.emit(Inst::Binary {
            dst,
            op,
            ty: MachTy::I64,
            lhs,
            rhs,
        });
    }

    fn widen(&mut self, v: Operand) -> Operand {
        let t = self.temp(MachTy::I64);
        self.emit(Inst::Convert {
            dst: t,
            conv: Conv::IntToLong,
            src: v,
        });
        Operand::Value(t)
    }

    /// A `uint` computed in 64 bits wrapped back to 32.
    pub(crate) fn wrap_uint(&mut self, v: ValueId) {
        self.bin64(
            v,
            smir::BinOp::And,
            Operand::Value(v),
            Operand::Const(Const::I64(UINT_MASK)),
        );
    }

    /// `lhs op rhs` with operands of `ty` (`uint` or `ulong`) into `dst`; `false` when `ty` is
    /// neither (the caller emits the signed operation).
    pub(crate) fn unsigned_binary(
        &mut self,
        dst: ValueId,
        op: BinOp,
        ty: &Ty,
        lhs: Operand,
        rhs: Operand,
    ) -> bool {
        let uint = match ty.underlying() {
            Ty::UInt => true,
            Ty::ULong => false,
            _ => return false,
        };
        let code = if uint { 12 } else { 13 };
        match op {
            BinOp::CheckedAdd | BinOp::CheckedSub | BinOp::CheckedMul => {
                let k = match op {
                    BinOp::CheckedAdd => 0,
                    BinOp::CheckedSub => 1,
                    _ => 2,
                };
                self.emit(Inst::Call {
                    dst: Some(dst),
                    callee: Callee::Runtime("unsigned.arith_checked"),
                    args: vec![lhs, rhs, Operand::Const(Const::I64(k | code << 8))],
                    span: self.span,
                });
            }
            BinOp::Shl | BinOp::Shr => {
                // The count is an `int`, masked to the type's width.
                let count = self.widen(rhs);
                let n = self.temp(MachTy::I64);
                let width = if uint { 31 } else { 63 };
                self.bin64(
                    n,
                    smir::BinOp::And,
                    count,
                    Operand::Const(Const::I64(width)),
                );
                match (op, uint) {
                    (BinOp::Shr, false) => {
                        self.emit(Inst::Call {
                            dst: Some(dst),
                            callee: Callee::Runtime("ulong.shr"),
                            args: vec![lhs, Operand::Value(n)],
                            span: self.span,
                        });
                    }
                    _ => {
                        self.bin64(dst, crate::support::bin_op(op), lhs, Operand::Value(n));
                        if uint && op == BinOp::Shl {
                            self.wrap_uint(dst);
                        }
                    }
                }
            }
            BinOp::Div | BinOp::Rem if !uint => {
                let name = if op == BinOp::Div {
                    "ulong.div"
                } else {
                    "ulong.rem"
                };
                self.emit(Inst::Call {
                    dst: Some(dst),
                    callee: Callee::Runtime(name),
                    args: vec![lhs, rhs],
                    span: self.span,
                });
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge if !uint => {
                let flip = |b: &mut Self, v: Operand| {
                    let t = b.temp(MachTy::I64);
                    b.bin64(t, smir::BinOp::Xor, v, Operand::Const(Const::I64(i64::MIN)));
                    Operand::Value(t)
                };
                let (l, r) = (flip(self, lhs), flip(self, rhs));
                self.bin64(dst, crate::support::bin_op(op), l, r);
            }
            _ => {
                self.bin64(dst, crate::support::bin_op(op), lhs, rhs);
                if uint && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul) {
                    self.wrap_uint(dst);
                }
            }
        }
        true
    }

    /// A conversion from or to `uint`/`ulong`.
    pub(crate) fn convert_unsigned(
        &mut self,
        from: NumKind,
        to: NumKind,
        checked: bool,
        src: Operand,
    ) -> Operand {
        use NumKind::*;
        if checked {
            let dst = self.runtime(
                "unsigned.checked",
                mach(to),
                vec![
                    src,
                    Operand::Const(Const::I32(kind_code(from))),
                    Operand::Const(Const::I32(kind_code(to))),
                ],
            );
            return Operand::Value(dst);
        }
        // First a 64-bit word of the source's value (its bits for `ulong`).
        let word = match from {
            Int | Char | Small(_) => self.widen(src),
            Long | UInt | ULong => src,
            Double => {
                let name = if to == UInt {
                    "double.to_uint"
                } else {
                    "double.to_ulong"
                };
                return Operand::Value(self.runtime(name, MachTy::I64, vec![src]));
            }
        };
        match to {
            Long | ULong => word,
            UInt => {
                let t = self.temp(MachTy::I64);
                self.bin64(
                    t,
                    smir::BinOp::And,
                    word,
                    Operand::Const(Const::I64(UINT_MASK)),
                );
                Operand::Value(t)
            }
            Double if from == ULong => {
                Operand::Value(self.runtime("ulong.to_double", MachTy::F64, vec![word]))
            }
            Double => {
                let t = self.temp(MachTy::F64);
                self.emit(Inst::Convert {
                    dst: t,
                    conv: Conv::LongToDouble,
                    src: word,
                });
                Operand::Value(t)
            }
            Int | Char | Small(_) => {
                let t = self.convert_int(Conv::LongToInt, word);
                match to {
                    Char => self.emit(Inst::Binary {
                        dst: t,
                        op: smir::BinOp::And,
                        ty: MachTy::I32,
                        lhs: Operand::Value(t),
                        rhs: Operand::Const(Const::I32(0xFFFF)),
                    }),
                    Small(s) => self.narrow_small(t, s, false),
                    _ => {}
                }
                Operand::Value(t)
            }
        }
    }
}

impl<'p> Builder<'p> {
    /// A `double` rounded to the nearest `float` in place.
    pub(crate) fn round_to_float(&mut self, v: ValueId) {
        self.emit(Inst::Convert {
            dst: v,
            conv: Conv::DoubleToFloat,
            src: Operand::Value(v),
        });
    }

    /// To `float` from a number of kind `from`: to `double` first where that is exact (or is
    /// the source), from the integer directly for `long` and `ulong` (through `double` they
    /// could round twice).
    pub(crate) fn convert_to_float(&mut self, from: NumKind, src: Operand) -> Operand {
        let d = match from {
            NumKind::Long => {
                return Operand::Value(self.runtime("long.to_float", MachTy::F64, vec![src]))
            }
            NumKind::ULong => {
                return Operand::Value(self.runtime("ulong.to_float", MachTy::F64, vec![src]))
            }
            NumKind::Double => {
                let t = self.temp(MachTy::F64);
                self.emit(Inst::Copy { dst: t, src });
                t
            }
            NumKind::UInt => {
                let t = self.temp(MachTy::F64);
                self.emit(Inst::Convert {
                    dst: t,
                    conv: Conv::LongToDouble,
                    src,
                });
                t
            }
            NumKind::Int | NumKind::Char | NumKind::Small(_) => {
                let t = self.temp(MachTy::F64);
                self.emit(Inst::Convert {
                    dst: t,
                    conv: Conv::IntToDouble,
                    src,
                });
                t
            }
        };
        self.round_to_float(d);
        Operand::Value(d)
    }
}

/// The box kind code of `uint`/`ulong`/`float` (for `box.small`/`unbox.small`).
pub(crate) fn box_code(ty: &Ty) -> Option<i32> {
    match ty {
        Ty::UInt => Some(12),
        Ty::ULong => Some(13),
        Ty::Float => Some(14),
        _ => None,
    }
}
