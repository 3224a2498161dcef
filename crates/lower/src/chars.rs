//! `char` in lowering: a `char` is an `int` word holding a UTF-16 code unit, so what C# does
//! when it makes one (explicit conversions, `++`, `+=`) is a mask to 16 bits, or in a checked
//! context the runtime's range check.

use crate::builder::Builder;
use unawait_sema::hir::Conversion;
use unawait_sema::types::{SmallInt, Ty};
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

/// The runtime's kind code of a small integer type (`ElemKind`): how its box says its type.
pub(crate) fn small_code(s: SmallInt) -> i32 {
    match s {
        SmallInt::Byte => 8,
        SmallInt::SByte => 9,
        SmallInt::Short => 10,
        SmallInt::UShort => 11,
    }
}

/// `byte`, `sbyte`, `short`, `ushort`: `int` words kept in their type's range, so that
/// printing, comparing and widening them need nothing.
impl<'p> Builder<'p> {
    /// `(byte)x`: the low bits (a `long` or `double` made an `int` first); checked, the value
    /// must be in range.
    pub(crate) fn convert_to_small(&mut self, c: Conversion, src: Operand, from: &Ty) -> Operand {
        let int = match (c, from) {
            (Conversion::CheckedToSmall(_), Ty::Long) => self.convert_int(Conv::LongToIntOvf, src),
            (Conversion::CheckedToSmall(_), Ty::Double) => {
                self.convert_int(Conv::DoubleToIntOvf, src)
            }
            (Conversion::LongToSmall(_), _) => self.convert_int(Conv::LongToInt, src),
            (Conversion::DoubleToSmall(_), _) => self.convert_int(Conv::DoubleToInt, src),
            _ => {
                let t = self.temp(MachTy::I32);
                self.emit(Inst::Copy { dst: t, src });
                t
            }
        };
        let (s, checked) = match c {
            Conversion::CheckedToSmall(s) => (s, true),
            Conversion::ToSmall(s) | Conversion::LongToSmall(s) | Conversion::DoubleToSmall(s) => {
                (s, false)
            }
            _ => return Operand::Value(int),
        };
        self.narrow_small(int, s, checked);
        Operand::Value(int)
    }

    /// A small integer computed as an `int`: wrapped to its type, or checked
    /// (`OverflowException` out of range).
    pub(crate) fn narrow_small(&mut self, v: unawait_smir::ValueId, s: SmallInt, checked: bool) {
        if checked {
            self.emit(Inst::Call {
                dst: Some(v),
                callee: Callee::Runtime("small.checked"),
                args: vec![Operand::Value(v), Operand::Const(Const::I32(small_code(s)))],
                span: self.span,
            });
            return;
        }
        let bin = |b: &mut Self, op, k| {
            b.emit(Inst::Binary {
                dst: v,
                op,
                ty: MachTy::I32,
                lhs: Operand::Value(v),
                rhs: Operand::Const(Const::I32(k)),
            })
        };
        match s {
            SmallInt::Byte => bin(self, smir::BinOp::And, 0xFF),
            SmallInt::UShort => bin(self, smir::BinOp::And, 0xFFFF),
            // Sign-extended from the low 8 or 16 bits.
            SmallInt::SByte => {
                bin(self, smir::BinOp::Shl, 24);
                bin(self, smir::BinOp::Shr, 24);
            }
            SmallInt::Short => {
                bin(self, smir::BinOp::Shl, 16);
                bin(self, smir::BinOp::Shr, 16);
            }
        }
    }
}
