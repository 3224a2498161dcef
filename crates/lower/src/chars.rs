//! `char` in lowering: a `char` is an `int` word holding a UTF-16 code unit, so what C# does
//! when it makes one (explicit conversions, `++`, `+=`) is a mask to 16 bits, or in a checked
//! context the runtime's range check.

use crate::builder::Builder;
use unawait_sema::hir::Conversion;
use unawait_sema::types::Ty;
use unawait_smir::{self as smir, Callee, Const, Conv, Inst, MachTy, Operand};

impl<'p> Builder<'p> {
    /// `(char)x`: the low 16 bits (a `long` or `double` made an `int` first); checked, the
    /// value must be in range.
    pub(crate) fn convert_to_char(&mut self, c: Conversion, src: Operand, from: &Ty) -> Operand {
        match c {
            Conversion::CheckedToChar => {
                let int = match from {
                    Ty::Long => Operand::Value(self.convert_int(Conv::LongToIntOvf, src)),
                    Ty::Double => Operand::Value(self.convert_int(Conv::DoubleToIntOvf, src)),
                    _ => src,
                };
                let dst = self.temp(MachTy::I32);
                self.emit(Inst::Call {
                    dst: Some(dst),
                    callee: Callee::Runtime("char.checked"),
                    args: vec![int],
                    span: self.span,
                });
                Operand::Value(dst)
            }
            _ => {
                let int = match c {
                    Conversion::LongToChar => self.convert_int(Conv::LongToInt, src),
                    Conversion::DoubleToChar => self.convert_int(Conv::DoubleToInt, src),
                    _ => {
                        let t = self.temp(MachTy::I32);
                        self.emit(Inst::Copy { dst: t, src });
                        t
                    }
                };
                self.mask_char(int);
                Operand::Value(int)
            }
        }
    }

    pub(crate) fn convert_int(&mut self, conv: Conv, src: Operand) -> unawait_smir::ValueId {
        let dst = self.temp(MachTy::I32);
        self.emit(Inst::Convert { dst, conv, src });
        dst
    }

    /// A `char` computed as an `int`: wrapped to 16 bits, or in a checked context checked
    /// (`OverflowException` out of range).
    pub(crate) fn narrow_char(&mut self, v: unawait_smir::ValueId, checked: bool) {
        if !checked {
            self.mask_char(v);
            return;
        }
        self.emit(Inst::Call {
            dst: Some(v),
            callee: Callee::Runtime("char.checked"),
            args: vec![Operand::Value(v)],
            span: self.span,
        });
    }

    /// A `char` computed as an `int` wraps to its 16 bits (`c++` on '\uffff' is '\0').
    pub(crate) fn mask_char(&mut self, v: unawait_smir::ValueId) {
        self.emit(Inst::Binary {
            dst: v,
            op: smir::BinOp::And,
            ty: MachTy::I32,
            lhs: Operand::Value(v),
            rhs: Operand::Const(Const::I32(0xFFFF)),
        });
    }
}
