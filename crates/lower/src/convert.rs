//! Conversions between C# types: numeric, boxing and unboxing, nullable, to string, and a
//! condition's `bool` as a value.

use crate::builder::Builder;
use crate::mach_ty;
use crate::support::{enum_helpers, value_task_result};
use unawait_sema::hir::{self, Conversion};
use unawait_sema::types::Ty;
use unawait_smir::{Callee, Const, Conv, Inst, MachTy, Operand, TestMode, TypeTarget};

impl<'p> Builder<'p> {
    pub(crate) fn stringify(&mut self, inner: &'p hir::Expr) -> Option<Operand> {
        let from = mach_ty(&inner.ty).unwrap_or(MachTy::Ref);
        let src = self.expr(inner)?;
        let dst = self.temp(MachTy::Ref);
        if let Some(kind) = value_task_result(&inner.ty) {
            // A ValueTask's word may hold its result inline: only the runtime can print it.
            self.emit(Inst::Call {
                dst: Some(dst),
                callee: Callee::Runtime("valuetask.to_str"),
                args: vec![src, Operand::Const(Const::I32(kind))],
                span: self.span,
            });
        } else if let Ty::Enum(class, _) = &inner.ty {
            // A user enum prints its member's name, from its descriptor.
            self.emit(Inst::Call {
                dst: Some(dst),
                callee: Callee::Runtime("enum.to_str"),
                args: vec![src, Operand::Const(Const::I32(class.0 as i32))],
                span: self.span,
            });
        } else if let Some((to_str, _)) = enum_helpers(&inner.ty) {
            // An enum prints its member's name, which only the runtime knows.
            self.emit(Inst::Call {
                dst: Some(dst),
                callee: Callee::Runtime(to_str),
                args: vec![src],
                span: self.span,
            });
        } else if inner.ty == Ty::Float {
            self.emit(Inst::Call {
                dst: Some(dst),
                callee: Callee::Runtime("float.to_str"),
                args: vec![src],
                span: self.span,
            });
        } else if inner.ty == Ty::ULong {
            // The JIT prints a 64-bit word as a signed number.
            self.emit(Inst::Call {
                dst: Some(dst),
                callee: Callee::Runtime("ulong.to_str"),
                args: vec![src],
                span: self.span,
            });
        } else {
            self.emit(Inst::ToStr { dst, src, from });
        }
        Some(Operand::Value(dst))
    }

    pub(crate) fn bool_from_cond(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        let result = self.temp(MachTy::Bool);
        let (t, f, join) = (self.new_block(), self.new_block(), self.new_block());
        self.cond(e, t, f);
        for (block, value) in [(t, true), (f, false)] {
            self.switch_to(block);
            self.emit(Inst::Copy {
                dst: result,
                src: Operand::Const(Const::Bool(value)),
            });
            self.goto(join);
        }
        self.switch_to(join);
        Some(Operand::Value(result))
    }

    pub(crate) fn convert(
        &mut self,
        c: Conversion,
        inner: &'p hir::Expr,
        to: &Ty,
    ) -> Option<Operand> {
        let src = self.expr(inner)?;
        self.convert_value(c, src, &inner.ty, to)
    }

    /// Converts a value of C# type `from` (already evaluated) to `to`.
    pub(crate) fn convert_value(
        &mut self,
        c: Conversion,
        src: Operand,
        from: &Ty,
        to: &Ty,
    ) -> Option<Operand> {
        // A `float` converts as the `double` of the same value, which its word holds.
        let is_float = *from == Ty::Float;
        let from = if is_float { &Ty::Double } else { from };
        let conv = match c {
            Conversion::IntToLong => Conv::IntToLong,
            Conversion::IntToDouble => Conv::IntToDouble,
            Conversion::LongToDouble => Conv::LongToDouble,
            Conversion::LongToInt => Conv::LongToInt,
            Conversion::DoubleToInt => Conv::DoubleToInt,
            Conversion::DoubleToLong => Conv::DoubleToLong,
            Conversion::CheckedLongToInt => Conv::LongToIntOvf,
            Conversion::CheckedDoubleToInt => Conv::DoubleToIntOvf,
            Conversion::CheckedDoubleToLong => Conv::DoubleToLongOvf,
            Conversion::CharToInt => return Some(src),
            Conversion::CharToLong => Conv::IntToLong,
            Conversion::CharToDouble => Conv::IntToDouble,
            Conversion::IntToChar
            | Conversion::LongToChar
            | Conversion::DoubleToChar
            | Conversion::CheckedToChar => return Some(self.convert_to_char(c, src, from)),
            Conversion::WidenSmall => return Some(src),
            Conversion::SmallToLong => Conv::IntToLong,
            Conversion::SmallToDouble => Conv::IntToDouble,
            Conversion::ToSmall(_)
            | Conversion::LongToSmall(_)
            | Conversion::DoubleToSmall(_)
            | Conversion::CheckedToSmall(_) => return Some(self.convert_to_small(c, src, from)),
            Conversion::FloatToDouble => return Some(src),
            Conversion::ToFloat(k) => return Some(self.convert_to_float(k, src)),
            Conversion::Unsigned { from, to, checked } => {
                return Some(self.convert_unsigned(from, to, checked, src));
            }
            Conversion::Reference => return Some(src),
            // A struct is an object already: its copy (made by `expr`) is the box.
            Conversion::Boxing if crate::structs::struct_class(from).is_some() => return Some(src),
            Conversion::Boxing | Conversion::Unboxing | Conversion::Downcast => {
                let dst = self.temp_for(to)?;
                if let (Conversion::Boxing, Some(kind)) = (c, value_task_result(from)) {
                    self.emit(Inst::Call {
                        dst: Some(dst),
                        callee: Callee::Runtime("box.valuetask"),
                        args: vec![src, Operand::Const(Const::I32(kind))],
                        span: self.span,
                    });
                    return Some(Operand::Value(dst));
                }
                // Unboxing to a struct checks the box's class; `expr` then copies the struct.
                let delegate = to.delegate_sig().is_some();
                if let (Conversion::Downcast | Conversion::Unboxing, Ty::Class(id, _), false) =
                    (c, to, delegate)
                {
                    self.emit(Inst::TypeTest {
                        dst,
                        object: src,
                        target: TypeTarget::Class {
                            id: id.0,
                            name: to.to_string(),
                        },
                        mode: TestMode::Cast,
                    });
                    return Some(Operand::Value(dst));
                }
                // A collection interface is checked against what the collection is.
                if c == Conversion::Downcast && (to.is_collection_interface() || delegate) {
                    self.emit(Inst::TypeTest {
                        dst,
                        object: src,
                        target: crate::support::type_target(self.program, to),
                        mode: TestMode::Cast,
                    });
                    return Some(Operand::Value(dst));
                }
                // A user enum's box has the enum's descriptor (`GetType()`, `ToString()`).
                if let (Conversion::Boxing, Ty::Enum(class, _)) = (c, from) {
                    self.emit(Inst::Call {
                        dst: Some(dst),
                        callee: Callee::Runtime("box.enum"),
                        args: vec![src, Operand::Const(Const::I32(class.0 as i32))],
                        span: self.span,
                    });
                    return Some(Operand::Value(dst));
                }
                // A small integer boxes as its own type and unboxes only from it.
                let small = match (c, from, to) {
                    (Conversion::Boxing, Ty::Small(s), _) => Some(crate::chars::small_code(*s)),
                    (Conversion::Boxing, _, _) if is_float => Some(14),
                    (Conversion::Boxing, t, _) => crate::unsigned::box_code(t),
                    (Conversion::Unboxing, _, t) => crate::unsigned::box_code(t.underlying())
                        // An enum unboxes from a box of its underlying type (or of an enum of it).
                        .or_else(|| crate::small_of(t).map(crate::chars::small_code)),
                    _ => None,
                };
                if let Some(code) = small {
                    let name = if c == Conversion::Boxing {
                        "box.small"
                    } else {
                        "unbox.small"
                    };
                    self.emit(Inst::Call {
                        dst: Some(dst),
                        callee: Callee::Runtime(name),
                        args: vec![src, Operand::Const(Const::I32(code))],
                        span: self.span,
                    });
                    return Some(Operand::Value(dst));
                }
                let helper = match (c, enum_helpers(from)) {
                    (Conversion::Boxing, Some((_, boxing))) => boxing,
                    (Conversion::Boxing, None) => "box",
                    (Conversion::Unboxing, _) if *to == Ty::Char => "unbox.char",
                    (Conversion::Unboxing, _)
                        if matches!(to, Ty::Lib(unawait_sema::types::Lib::TimeSpan, _)) =>
                    {
                        "unbox.timespan"
                    }
                    (Conversion::Unboxing, _) => "unbox",
                    _ => "cast",
                };
                self.emit(Inst::Call {
                    dst: Some(dst),
                    callee: Callee::Runtime(helper),
                    args: vec![src],
                    span: self.span,
                });
                return Some(Operand::Value(dst));
            }
        };
        let dst = self.temp_for(to)?;
        self.emit(Inst::Convert { dst, conv, src });
        Some(Operand::Value(dst))
    }
}
