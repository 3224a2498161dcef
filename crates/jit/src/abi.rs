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

/// The runtime's entry points by name (`unawait_runtime::entries`, the one list of them). JIT
/// code calls them at their addresses.
pub struct Runtime {
    entries: HashMap<&'static str, unawait_runtime::Entry>,
    /// Entry names by address, for the names of runtime calls in the CLIF and asm dumps.
    names: HashMap<usize, &'static str>,
}

/// Helpers of the JIT itself that Cranelift has no instruction for.
pub extern "C" fn fmod(a: f64, b: f64) -> f64 {
    a % b
}

impl Runtime {
    pub fn new() -> Runtime {
        let mut entries = HashMap::new();
        let mut names = HashMap::new();
        for e in unawait_runtime::entries() {
            entries.entry(e.name).or_insert(e);
            names.entry(e.ptr as usize).or_insert(e.name);
        }
        Runtime { entries, names }
    }

    pub fn entry(&self, name: &str) -> Option<&unawait_runtime::Entry> {
        self.entries.get(name)
    }

    pub fn extra(&self, name: &str) -> Extra {
        self.entries.get(name).map_or(Extra::None, |e| e.extra)
    }

    /// Whether a call of entry `name` can leave an exception pending (unknown entries can).
    pub fn throws(&self, name: &str) -> bool {
        self.entries.get(name).is_none_or(|e| e.throws)
    }

    /// The entry at `address`, if one is there.
    pub fn name_at(&self, address: usize) -> Option<&'static str> {
        self.names.get(&address).copied()
    }
}
