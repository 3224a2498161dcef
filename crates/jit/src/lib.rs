//! SMIR -> Cranelift IR -> native code. The JIT decides nothing semantic: every choice was made
//! by `lower` and is recorded in the SMIR it translates.
//!
//! Status (issue 4, first step): synchronous methods over `bool`, `int`, `long` and `double` —
//! arithmetic that cannot throw, comparisons, conversions, branches and calls between such
//! methods. A method using anything else (objects, the library, exceptions, division, async) is
//! reported as not compiled and left to the runtime work of issue 4.

use cranelift_codegen::ir::{condcodes::FloatCC, condcodes::IntCC, types, AbiParam, InstBuilder};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Linkage, Module as _};
use std::collections::HashMap;
use unawait_smir::{self as smir, BinOp, Callee, Const, Conv, Inst, MachTy, Operand, Terminator};

/// Native code of the methods that could be compiled, by `Class.Method` name.
pub struct Compiled {
    // Owns the code memory the pointers point into.
    _module: JITModule,
    functions: HashMap<String, *const u8>,
    /// Methods left out, with the reason.
    pub skipped: Vec<(String, String)>,
    /// The Cranelift IR of each compiled method, for `unawait dump --stage clif`.
    pub clif: Vec<(String, String)>,
}

impl Compiled {
    /// The entry point of a compiled method; the caller must call it with the signature the
    /// method's SMIR has (scalars in, scalar or nothing out, `extern "C"`).
    pub fn function(&self, name: &str) -> Option<*const u8> {
        self.functions.get(name).copied()
    }
}

fn cl_type(t: MachTy) -> Option<types::Type> {
    match t {
        MachTy::Bool => Some(types::I8),
        MachTy::I32 => Some(types::I32),
        MachTy::I64 => Some(types::I64),
        MachTy::F64 => Some(types::F64),
        MachTy::Ref | MachTy::Awaiter(_) => None,
    }
}

/// Why a method cannot be compiled yet, or `None` if it can.
fn unsupported(m: &smir::Method, compilable: &dyn Fn(u32) -> bool) -> Option<String> {
    if !matches!(m.kind, smir::MethodKind::Sync) {
        return Some("async methods need the runtime".into());
    }
    if m.ret.is_some_and(|t| cl_type(t).is_none()) {
        return Some("returns an object".into());
    }
    if let Some(v) = m.body.values.iter().find(|v| cl_type(v.ty).is_none()) {
        return Some(format!("`{}` is an object", v.name));
    }
    for b in &m.body.blocks {
        if b.unwind.is_some() {
            return Some("exception handlers need the runtime".into());
        }
        for i in &b.insts {
            let ok = match i {
                Inst::Copy { .. } | Inst::Unary { .. } | Inst::Convert { .. } => true,
                Inst::Binary { op, .. } => !matches!(op, BinOp::Div | BinOp::Rem),
                Inst::Call {
                    callee: Callee::User { id, .. },
                    ..
                } => compilable(*id),
                _ => false,
            };
            if !ok {
                return Some(format!(
                    "`{}` needs the runtime",
                    smir::print::inst(&m.body, i)
                ));
            }
        }
        if matches!(b.term, Terminator::Throw(_) | Terminator::Switch { .. }) {
            return Some("throw and switch need the runtime".into());
        }
    }
    None
}

pub fn compile(module: &smir::Module) -> Result<Compiled, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v).map_err(|e| format!("cranelift flag {k}: {e}"))
    };
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    // JITModule requires non-PIC code.
    set(&mut flags, "is_pic", "false")?;
    let isa = cranelift_native::builder()
        .map_err(|e| format!("no native ISA: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("ISA: {e}"))?;
    let mut jit = JITModule::new(JITBuilder::with_isa(isa, default_libcall_names()));

    // Which methods can be compiled: a method calling one that cannot, cannot either. Iterate to
    // a fixpoint, since calls can be recursive.
    let n = module.methods.len();
    let mut ok = vec![true; n];
    let mut skipped = vec![None; n];
    loop {
        let mut changed = false;
        for (i, m) in module.methods.iter().enumerate() {
            if !ok[i] {
                continue;
            }
            let snapshot = ok.clone();
            if let Some(why) = unsupported(m, &|id| snapshot.get(id as usize) == Some(&true)) {
                ok[i] = false;
                skipped[i] = Some(why);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    // Declare every compilable method first (calls may go forward), then define each.
    let mut ids: Vec<Option<FuncId>> = vec![None; n];
    for (i, m) in module.methods.iter().enumerate() {
        if !ok[i] {
            continue;
        }
        let mut sig = jit.make_signature();
        for p in &m.body.params {
            sig.params.push(AbiParam::new(
                cl_type(m.body.value(*p).ty).unwrap_or(types::I64),
            ));
        }
        if let Some(t) = m.ret.and_then(cl_type) {
            sig.returns.push(AbiParam::new(t));
        }
        let id = jit
            .declare_function(&format!("m{i}"), Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        ids[i] = Some(id);
    }
    let mut ctx = jit.make_context();
    let mut fctx = FunctionBuilderContext::new();
    let mut clif = Vec::new();
    for (i, m) in module.methods.iter().enumerate() {
        let Some(id) = ids[i] else { continue };
        ctx.func.signature = jit.declarations().get_function_decl(id).signature.clone();
        translate(&mut jit, &ids, m, &mut ctx.func, &mut fctx);
        clif.push((m.name.clone(), ctx.func.display().to_string()));
        jit.define_function(id, &mut ctx)
            .map_err(|e| format!("{}: {e:?}", m.name))?;
        jit.clear_context(&mut ctx);
    }
    jit.finalize_definitions().map_err(|e| e.to_string())?;

    let mut functions = HashMap::new();
    for (i, m) in module.methods.iter().enumerate() {
        if let Some(id) = ids[i] {
            functions.insert(m.name.clone(), jit.get_finalized_function(id));
        }
    }
    let skipped = module
        .methods
        .iter()
        .zip(skipped)
        .filter_map(|(m, why)| why.map(|w| (m.name.clone(), w)))
        .collect();
    Ok(Compiled {
        _module: jit,
        functions,
        skipped,
        clif,
    })
}

fn translate(
    jit: &mut JITModule,
    ids: &[Option<FuncId>],
    m: &smir::Method,
    func: &mut cranelift_codegen::ir::Function,
    fctx: &mut FunctionBuilderContext,
) {
    let f = &m.body;
    let mut b = FunctionBuilder::new(func, fctx);
    let vars: Vec<Variable> = f
        .values
        .iter()
        .map(|v| b.declare_var(cl_type(v.ty).unwrap_or(types::I64)))
        .collect();
    let blocks: Vec<_> = f.blocks.iter().map(|_| b.create_block()).collect();
    let entry = blocks[f.entry.0 as usize];
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params: Vec<_> = b.block_params(entry).to_vec();
    for (p, v) in f.params.iter().zip(params) {
        b.def_var(vars[p.0 as usize], v);
    }
    // Every value starts defined (as zero), so a path the verifier accepts never reads an
    // undefined variable in Cranelift's eyes either.
    for (i, v) in f.values.iter().enumerate() {
        if f.params.iter().any(|p| p.0 as usize == i) {
            continue;
        }
        let ty = cl_type(v.ty).unwrap_or(types::I64);
        let zero = if ty == types::F64 {
            b.ins().f64const(0.0)
        } else {
            b.ins().iconst(ty, 0)
        };
        b.def_var(vars[i], zero);
    }

    for (bi, block) in f.blocks.iter().enumerate() {
        if bi != f.entry.0 as usize {
            b.switch_to_block(blocks[bi]);
        }
        let get = |b: &mut FunctionBuilder, o: &Operand, ty: MachTy| read(b, &vars, o, ty);
        for inst in &block.insts {
            match inst {
                Inst::Copy { dst, src } => {
                    let v = get(&mut b, src, f.value(*dst).ty);
                    b.def_var(vars[dst.0 as usize], v);
                }
                Inst::Unary { dst, op, src } => {
                    let ty = f.value(*dst).ty;
                    let x = get(&mut b, src, ty);
                    let v = match (op, ty) {
                        (smir::UnOp::Neg, MachTy::F64) => b.ins().fneg(x),
                        (smir::UnOp::Neg, _) => b.ins().ineg(x),
                        (smir::UnOp::Not, _) => b.ins().bxor_imm_u(x, 1),
                    };
                    b.def_var(vars[dst.0 as usize], v);
                }
                Inst::Binary {
                    dst,
                    op,
                    ty,
                    lhs,
                    rhs,
                } => {
                    let l = get(&mut b, lhs, *ty);
                    let r = get(&mut b, rhs, *ty);
                    let v = binary(&mut b, *op, *ty, l, r);
                    b.def_var(vars[dst.0 as usize], v);
                }
                Inst::Convert { dst, conv, src } => {
                    let from = match conv {
                        Conv::IntToLong | Conv::IntToDouble => MachTy::I32,
                        Conv::LongToDouble | Conv::LongToInt => MachTy::I64,
                        Conv::DoubleToInt | Conv::DoubleToLong => MachTy::F64,
                    };
                    let x = get(&mut b, src, from);
                    let v = match conv {
                        Conv::IntToLong => b.ins().sextend(types::I64, x),
                        Conv::IntToDouble | Conv::LongToDouble => {
                            b.ins().fcvt_from_sint(types::F64, x)
                        }
                        Conv::LongToInt => b.ins().ireduce(types::I32, x),
                        // C#'s unchecked conversion of an out-of-range double is unspecified;
                        // the saturating form never traps.
                        Conv::DoubleToInt => b.ins().fcvt_to_sint_sat(types::I32, x),
                        Conv::DoubleToLong => b.ins().fcvt_to_sint_sat(types::I64, x),
                    };
                    b.def_var(vars[dst.0 as usize], v);
                }
                Inst::Call {
                    dst,
                    callee: Callee::User { id, .. },
                    args,
                } => {
                    let Some(Some(fid)) = ids.get(*id as usize) else {
                        continue;
                    };
                    let callee_ref = jit.declare_func_in_func(*fid, b.func);
                    let sig = jit.declarations().get_function_decl(*fid).signature.clone();
                    let arg_values: Vec<_> = args
                        .iter()
                        .zip(&sig.params)
                        .map(|(a, p)| get(&mut b, a, mach_of(p.value_type)))
                        .collect();
                    let call = b.ins().call(callee_ref, &arg_values);
                    if let Some(d) = dst {
                        if let Some(&r) = b.inst_results(call).first() {
                            b.def_var(vars[d.0 as usize], r);
                        }
                    }
                }
                _ => {}
            }
        }
        match &block.term {
            Terminator::Goto(t) => {
                b.ins().jump(blocks[t.0 as usize], &[]);
            }
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                let c = get(&mut b, cond, MachTy::Bool);
                b.ins().brif(
                    c,
                    blocks[then.0 as usize],
                    &[],
                    blocks[otherwise.0 as usize],
                    &[],
                );
            }
            Terminator::Return(v) => {
                let vals: Vec<_> = v
                    .iter()
                    .map(|o| get(&mut b, o, m.ret.unwrap_or(MachTy::I32)))
                    .collect();
                b.ins().return_(&vals);
            }
            _ => {
                b.ins()
                    .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
            }
        }
    }
    b.seal_all_blocks();
    b.finalize(jit.target_config());
}

fn read(
    b: &mut FunctionBuilder,
    vars: &[Variable],
    o: &Operand,
    ty: MachTy,
) -> cranelift_codegen::ir::Value {
    match o {
        Operand::Value(v) => b.use_var(vars[v.0 as usize]),
        Operand::Const(c) => constant(b, c, ty),
    }
}

fn mach_of(t: types::Type) -> MachTy {
    match t {
        types::I8 => MachTy::Bool,
        types::I32 => MachTy::I32,
        types::F64 => MachTy::F64,
        _ => MachTy::I64,
    }
}

fn constant(b: &mut FunctionBuilder, c: &Const, ty: MachTy) -> cranelift_codegen::ir::Value {
    match c {
        Const::Bool(v) => b.ins().iconst(types::I8, i64::from(*v)),
        Const::I32(v) => b.ins().iconst(types::I32, i64::from(*v)),
        Const::I64(v) => b.ins().iconst(types::I64, *v),
        Const::F64(v) => b.ins().f64const(*v),
        // Objects never reach here (`unsupported` refuses them); a zero of the expected type.
        Const::Str(_) | Const::Null => b.ins().iconst(cl_type(ty).unwrap_or(types::I64), 0),
    }
}

fn binary(
    b: &mut FunctionBuilder,
    op: BinOp,
    ty: MachTy,
    l: cranelift_codegen::ir::Value,
    r: cranelift_codegen::ir::Value,
) -> cranelift_codegen::ir::Value {
    if ty == MachTy::F64 {
        let cc = match op {
            BinOp::Add => return b.ins().fadd(l, r),
            BinOp::Sub => return b.ins().fsub(l, r),
            BinOp::Mul => return b.ins().fmul(l, r),
            BinOp::Div => return b.ins().fdiv(l, r),
            BinOp::Rem => return b.ins().fdiv(l, r),
            BinOp::Lt => FloatCC::LessThan,
            BinOp::Le => FloatCC::LessThanOrEqual,
            BinOp::Gt => FloatCC::GreaterThan,
            BinOp::Ge => FloatCC::GreaterThanOrEqual,
            BinOp::Eq => FloatCC::Equal,
            BinOp::Ne => FloatCC::NotEqual,
        };
        return b.ins().fcmp(cc, l, r);
    }
    let cc = match op {
        BinOp::Add => return b.ins().iadd(l, r),
        BinOp::Sub => return b.ins().isub(l, r),
        BinOp::Mul => return b.ins().imul(l, r),
        // Refused by `unsupported`: division needs DivideByZeroException.
        BinOp::Div => return b.ins().sdiv(l, r),
        BinOp::Rem => return b.ins().srem(l, r),
        BinOp::Lt => IntCC::SignedLessThan,
        BinOp::Le => IntCC::SignedLessThanOrEqual,
        BinOp::Gt => IntCC::SignedGreaterThan,
        BinOp::Ge => IntCC::SignedGreaterThanOrEqual,
        BinOp::Eq => IntCC::Equal,
        BinOp::Ne => IntCC::NotEqual,
    };
    b.ins().icmp(cc, l, r)
}
