//! How values cross into the runtime: machine types, words, and the runtime's entry points.

use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Type, Value};
use cranelift_frontend::FunctionBuilder;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;
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
/// code calls them at their addresses. Built once per process (`Runtime::get`): the compiler
/// and the tier-up thread share it.
pub struct Runtime {
    entries: HashMap<&'static str, unawait_runtime::Entry, BuildHasherDefault<NameHasher>>,
    /// Entry names by address, for the names of runtime calls in the CLIF and asm dumps (built
    /// only by a dump).
    names: OnceLock<HashMap<usize, &'static str>>,
}

/// Hashes an entry's name eight bytes at a time (FxHash's step). A thousand names are hashed
/// to build the table before the first function is compiled, which with SipHash was a
/// noticeable part of the fixed cost of running a small program.
#[derive(Default)]
pub struct NameHasher(u64);

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap_or_default());
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }
}

/// Helpers of the JIT itself that Cranelift has no instruction for.
pub extern "C" fn fmod(a: f64, b: f64) -> f64 {
    a % b
}

impl Runtime {
    pub fn get() -> &'static Runtime {
        static RUNTIME: OnceLock<Runtime> = OnceLock::new();
        RUNTIME.get_or_init(|| {
            let all = unawait_runtime::entries();
            let mut entries = HashMap::with_capacity_and_hasher(all.len(), Default::default());
            for e in all {
                entries.entry(e.name).or_insert(e);
            }
            Runtime {
                entries,
                names: OnceLock::new(),
            }
        })
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
        let names = self.names.get_or_init(|| {
            // The first entry of a name is the one `entry` finds; an address under several
            // names (aliases) is named by the first in the runtime's list.
            let mut names = HashMap::new();
            for e in unawait_runtime::entries() {
                names.entry(e.ptr as usize).or_insert(e.name);
            }
            names
        });
        names.get(&address).copied()
    }
}
