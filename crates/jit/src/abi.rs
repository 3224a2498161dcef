//! How values cross into the runtime: machine types, words, and the runtime's entry points.

use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Type, Value};
use cranelift_frontend::FunctionBuilder;
use std::collections::HashMap;
use unawait_runtime::object::ElemKind;
use unawait_runtime::Extra;
use unawait_smir::MachTy;

pub fn cl_type(t: MachTy) -> Type {
    match t {
        MachTy::Bool => types::I8,
        MachTy::I32 => types::I32,
        MachTy::F64 => types::F64,
        MachTy::I64 | MachTy::Ref | MachTy::Awaiter(_) => types::I64,
    }
}

pub fn elem_kind(t: MachTy) -> ElemKind {
    match t {
        MachTy::Bool => ElemKind::Bool,
        MachTy::I32 => ElemKind::I32,
        MachTy::I64 => ElemKind::I64,
        MachTy::F64 => ElemKind::F64,
        MachTy::Ref | MachTy::Awaiter(_) => ElemKind::Ref,
    }
}

/// A native value as a word: `bool` zero-extended, `int` sign-extended, `double` by its bits.
pub fn to_word(b: &mut FunctionBuilder, v: Value, ty: MachTy) -> Value {
    match ty {
        MachTy::Bool => b.ins().uextend(types::I64, v),
        MachTy::I32 => b.ins().sextend(types::I64, v),
        MachTy::F64 => b.ins().bitcast(types::I64, MemFlagsData::new(), v),
        _ => v,
    }
}

pub fn from_word(b: &mut FunctionBuilder, w: Value, ty: MachTy) -> Value {
    match ty {
        MachTy::Bool => b.ins().ireduce(types::I8, w),
        MachTy::I32 => b.ins().ireduce(types::I32, w),
        MachTy::F64 => b.ins().bitcast(types::F64, MemFlagsData::new(), w),
        _ => w,
    }
}

/// The runtime's entry points, by name: address and extra arguments. JIT code calls them at
/// their addresses.
pub struct Runtime {
    entries: HashMap<&'static str, (usize, Extra)>,
}

/// Helpers of the JIT itself that Cranelift has no instruction for.
pub extern "C" fn fmod(a: f64, b: f64) -> f64 {
    a % b
}

impl Runtime {
    pub fn new() -> Runtime {
        let mut entries = HashMap::new();
        for e in unawait_runtime::entries() {
            entries.entry(e.name).or_insert((e.ptr as usize, e.extra));
        }
        Runtime { entries }
    }

    /// The address of entry `name`.
    pub fn address(&self, name: &str) -> Option<usize> {
        self.entries.get(name).map(|e| e.0)
    }

    pub fn extra(&self, name: &str) -> Extra {
        self.entries.get(name).map_or(Extra::None, |e| e.1)
    }
}
