//! How values cross into the runtime: machine types, words, and the table of runtime entry points
//! registered as symbols of the JIT module.

use cranelift_codegen::ir::{types, AbiParam, FuncRef, InstBuilder, MemFlagsData, Type, Value};
use cranelift_frontend::FunctionBuilder;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{FuncId, Linkage, Module as _};
use std::cell::RefCell;
use std::collections::HashMap;
use unawait_runtime::object::ElemKind;
use unawait_runtime::{Entry, Extra};
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

/// The runtime's entry points, registered with the JIT builder as symbols `rt0`, `rt1`, ...
pub struct Runtime {
    entries: HashMap<&'static str, (usize, Entry)>,
    /// Declared imports: (symbol, arity) -> id, so each is declared once per module.
    declared: RefCell<HashMap<String, FuncId>>,
}

/// Helpers of the JIT itself that Cranelift has no instruction for.
extern "C" fn fmod(a: f64, b: f64) -> f64 {
    a % b
}

impl Runtime {
    pub fn new(builder: &mut JITBuilder) -> Runtime {
        let mut entries = HashMap::new();
        for (i, e) in unawait_runtime::entries().into_iter().enumerate() {
            builder.symbol(format!("rt{i}"), e.ptr);
            entries.entry(e.name).or_insert((i, e));
        }
        builder.symbol("fmod", fmod as *const u8);
        builder.symbol(
            "stack_overflow",
            unawait_runtime::sched::stack_overflow as *const u8,
        );
        Runtime {
            entries,
            declared: RefCell::new(HashMap::new()),
        }
    }

    pub fn entry(&self, name: &str) -> Option<Entry> {
        self.entries.get(name).map(|(_, e)| *e)
    }

    /// A reference, in the function being built, to entry `name` taking `arity` words.
    pub fn func(
        &self,
        jit: &mut JITModule,
        b: &mut FunctionBuilder,
        name: &str,
        arity: usize,
    ) -> Result<FuncRef, String> {
        let Some((i, _)) = self.entries.get(name) else {
            return Err(format!("the runtime has no entry point for `{name}`"));
        };
        let symbol = format!("rt{i}");
        let id = self.import(jit, &symbol, &vec![types::I64; arity], Some(types::I64))?;
        Ok(jit.declare_func_in_func(id, b.func))
    }

    pub fn import(
        &self,
        jit: &mut JITModule,
        symbol: &str,
        params: &[Type],
        ret: Option<Type>,
    ) -> Result<FuncId, String> {
        if let Some(id) = self.declared.borrow().get(symbol) {
            return Ok(*id);
        }
        let mut sig = jit.make_signature();
        sig.params.extend(params.iter().map(|t| AbiParam::new(*t)));
        sig.returns.extend(ret.map(AbiParam::new));
        let id = jit
            .declare_function(symbol, Linkage::Import, &sig)
            .map_err(|e| e.to_string())?;
        self.declared.borrow_mut().insert(symbol.to_string(), id);
        Ok(id)
    }

    pub fn extra(&self, name: &str) -> Extra {
        self.entry(name).map_or(Extra::None, |e| e.extra)
    }
}
