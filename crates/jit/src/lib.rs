//! SMIR -> Cranelift IR -> native code, linked against `unawait-runtime`. The JIT decides
//! nothing semantic: every choice was made by `lower` and is recorded in the SMIR it translates.
//!
//! Per method `i`: a synchronous method is function `m{i}` with the method's own signature; an
//! async method is its kickoff `m{i}` (same parameters, returns the task word) plus its
//! `MoveNext` `n{i}(sm, args)`, where `sm` points at the state machine (state, builder word,
//! frame slots: `unawait_runtime::task::SM_*`) and `args` at the first run's arguments (null
//! when resumed). Library and runtime calls pass and return 64-bit words (docs/runtime.md).
//! Exceptions travel in the runtime's pending slot, checked after every instruction that can
//! throw (`smir::liveness::can_throw`).

mod abi;
mod parallel;
mod run;
mod translate;

use cranelift_codegen::ir::Function;
use cranelift_codegen::ir::{types, AbiParam};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Linkage, Module as _, ModuleReloc};
use std::collections::HashMap;
use unawait_runtime::task::{Builder, SmDesc, SM_SLOTS};
use unawait_smir::{self as smir, BuilderKind, MethodKind};

pub use run::{run, RunOptions};

/// The native code of a module, ready to run.
pub struct Compiled {
    // Owns the code memory the pointers point into.
    _module: JITModule,
    /// Kickoff or body of each method, by index.
    entry_points: Vec<*const u8>,
    functions: HashMap<String, *const u8>,
    /// Each generated function's IR or machine code as `compile_with` kept it:
    /// (`Class.Method` or `Class.Method.MoveNext`, text).
    pub text: Vec<(String, String)>,
    /// How long each phase of the JIT took: translating SMIR to Cranelift IR, compiling that
    /// to machine code (on every core), linking.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// Static storage, one word per static field, then one state word per static constructor
    /// (`unawait_runtime::init`); lives as long as the code.
    statics: Vec<u64>,
}

impl Compiled {
    /// The entry point of a method (`Class.Method`): its body, or for an async method its
    /// kickoff; `extern "C"` with the method's SMIR signature.
    pub fn function(&self, name: &str) -> Option<*const u8> {
        self.functions.get(name).copied()
    }
}

/// Everything a function's translation needs to know about the others.
pub(crate) struct Ctx<'m> {
    pub module: &'m smir::Module,
    /// The function of each synchronous method, and the entry point's kickoff.
    pub bodies: Vec<Option<FuncId>>,
    pub move_nexts: Vec<Option<FuncId>>,
    pub sm_descs: Vec<Option<&'static SmDesc>>,
    pub runtime: abi::Runtime,
    pub statics: *mut u64,
    /// Static constructor (method index) -> index of its state word in `statics`.
    pub class_states: HashMap<u32, usize>,
    /// Count each await's executions (`unawait_runtime::sites`), for `--stats`.
    pub count_awaits: bool,
    /// Where each line of the source starts, for the lines of exception traces.
    pub lines: unawait_syntax::span::LineIndex,
}

impl Ctx<'_> {
    /// The 1-based line of a byte offset of the source.
    pub fn line(&self, offset: u32) -> u32 {
        self.lines.line(offset) as u32 + 1
    }
}

/// What `compile_with` keeps of each function, as text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Keep {
    Nothing,
    /// Its Cranelift IR, as translated (`unawait dump --stage clif`).
    Clif,
    /// Its machine code, disassembled (`unawait dump --stage asm`).
    Asm,
}

/// Compiles every method of `module`; `source` is the program's text (for exception traces).
pub fn compile(module: &smir::Module, source: &str) -> Result<Compiled, String> {
    build(module, source, Keep::Nothing, false)
}

/// `compile`, with every await counting its executions (`unawait_runtime::sites`): what
/// `unawait run --stats` compiles, at the cost of a call per await.
pub fn compile_counting(module: &smir::Module, source: &str) -> Result<Compiled, String> {
    build(module, source, Keep::Nothing, true)
}

/// `compile`, keeping the IR or the machine code of every function as text in
/// `Compiled::text` (printing costs a tenth of the compile time).
pub fn compile_with(module: &smir::Module, source: &str, keep: Keep) -> Result<Compiled, String> {
    build(module, source, keep, false)
}

fn build(
    module: &smir::Module,
    source: &str,
    keep: Keep,
    count_awaits: bool,
) -> Result<Compiled, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v).map_err(|e| format!("cranelift flag {k}: {e}"))
    };
    set(&mut flags, "opt_level", "speed")?;
    // Cranelift's IR verifier checks the JIT's own output; debug builds (and so the tests,
    // the fuzzers among them) keep it, release builds save its share of compile time.
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    set(&mut flags, "enable_verifier", verify)?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    // JITModule requires non-PIC code.
    set(&mut flags, "is_pic", "false")?;
    let isa = cranelift_native::builder()
        .map_err(|e| format!("no native ISA: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("ISA: {e}"))?;
    let mut builder = JITBuilder::with_isa(isa, default_libcall_names());
    let runtime = abi::Runtime::new(&mut builder);
    let mut jit = JITModule::new(builder);

    let lines = unawait_syntax::span::LineIndex::new(source);
    // Declare every function first (calls may go forward), then define each.
    let mut bodies = Vec::new();
    let mut move_nexts = Vec::new();
    let mut sm_descs = Vec::new();
    for (i, m) in module.methods.iter().enumerate() {
        let mut sig = jit.make_signature();
        let params = match &m.kind {
            MethodKind::Sync => &m.body.params,
            MethodKind::Async(sm) => &sm.kickoff.params,
        };
        let f = match &m.kind {
            MethodKind::Sync => &m.body,
            MethodKind::Async(sm) => &sm.kickoff,
        };
        for p in params {
            sig.params.push(AbiParam::new(abi::cl_type(f.value(*p).ty)));
        }
        if let Some(t) = m.ret {
            sig.returns.push(AbiParam::new(abi::cl_type(t)));
        }
        let needed = matches!(m.kind, MethodKind::Sync) || module.entry == Some(i as u32);
        let id = if needed {
            let id = jit
                .declare_function(&format!("m{i}"), Linkage::Local, &sig)
                .map_err(|e| e.to_string())?;
            Some(id)
        } else {
            None
        };
        bodies.push(id);
        if let MethodKind::Async(sm) = &m.kind {
            let mut sig = jit.make_signature();
            sig.params.push(AbiParam::new(types::I64));
            sig.params.push(AbiParam::new(types::I64));
            let id = jit
                .declare_function(&format!("n{i}"), Linkage::Local, &sig)
                .map_err(|e| e.to_string())?;
            move_nexts.push(Some(id));
            sm_descs.push(Some(sm_desc(m, sm, &lines)));
        } else {
            move_nexts.push(None);
            sm_descs.push(None);
        }
    }
    let mut statics = vec![0u64; module.statics as usize + module.static_inits.len() + 1];
    let cx = Ctx {
        module,
        bodies,
        move_nexts,
        sm_descs,
        runtime,
        statics: statics.as_mut_ptr(),
        class_states: module
            .static_inits
            .iter()
            .enumerate()
            .map(|(i, &m)| (m, module.statics as usize + i))
            .collect(),
        lines,
        count_awaits,
    };

    let t0 = std::time::Instant::now();
    let mut func = Function::new();
    let mut fctx = FunctionBuilderContext::new();
    let mut text = Vec::new();
    let mut ids = Vec::new();
    let mut functions = Vec::new();
    for (i, m) in module.methods.iter().enumerate() {
        let mut translate = |id: FuncId, what: translate::What, label: String| {
            func.clear();
            func.signature = jit.declarations().get_function_decl(id).signature.clone();
            translate::translate(&mut jit, &cx, m, i, what, &mut func, &mut fctx)?;
            if keep == Keep::Clif {
                text.push((label.clone(), func.display().to_string()));
            }
            ids.push(id);
            functions.push((label, std::mem::replace(&mut func, Function::new())));
            Ok::<(), String>(())
        };
        if let Some(id) = cx.bodies[i] {
            let what = match m.kind {
                MethodKind::Sync => translate::What::Body,
                // Callers run an async method's kickoff in place (`translate::call_async`):
                // only the entry point's is a function, for the runtime to call.
                MethodKind::Async(_) => translate::What::Kickoff,
            };
            translate(id, what, m.name.clone())?;
        }
        if let Some(n) = cx.move_nexts[i] {
            translate(n, translate::What::MoveNext, format!("{}.MoveNext", m.name))?;
        }
    }
    let labels: Vec<String> = functions.iter().map(|(l, _)| l.clone()).collect();
    let t1 = std::time::Instant::now();
    let codes = parallel::compile_all(jit.isa(), functions, keep == Keep::Asm)?;
    let t2 = std::time::Instant::now();
    for ((id, code), label) in ids.into_iter().zip(codes).zip(labels) {
        let relocs: Vec<ModuleReloc> = code
            .relocs
            .iter()
            .map(|r| ModuleReloc::from_mach_reloc(r, &code.func, id))
            .collect();
        jit.define_function_bytes(id, code.alignment, &code.bytes, &relocs)
            .map_err(|e| e.to_string())?;
        if let Some(asm) = code.asm {
            text.push((label, asm));
        }
    }
    jit.finalize_definitions().map_err(|e| e.to_string())?;

    let mut functions = HashMap::new();
    let mut entry_points = Vec::new();
    for (i, m) in module.methods.iter().enumerate() {
        let p = cx.bodies[i].map_or(std::ptr::null(), |id| jit.get_finalized_function(id));
        if !p.is_null() {
            functions.insert(m.name.clone(), p);
        }
        entry_points.push(p);
        if let (Some(n), Some(d)) = (cx.move_nexts[i], cx.sm_descs[i]) {
            d.move_next.set(jit.get_finalized_function(n) as usize);
        }
    }
    Ok(Compiled {
        _module: jit,
        entry_points,
        functions,
        text,
        timings: vec![
            ("translate", t1 - t0),
            ("codegen", t2 - t1),
            ("link", t2.elapsed()),
        ],
        statics,
    })
}

/// The runtime's description of an async method's state machine (leaked: code refers to it).
fn sm_desc(
    m: &smir::Method,
    sm: &smir::StateMachine,
    lines: &unawait_syntax::span::LineIndex,
) -> &'static SmDesc {
    let kind = |t: &smir::MachTy| abi::elem_kind(*t);
    let builder = match &sm.builder {
        BuilderKind::Task => Builder::Task,
        BuilderKind::TaskOf(t) => Builder::TaskOf(kind(t)),
        BuilderKind::ValueTask => Builder::ValueTask,
        BuilderKind::ValueTaskOf(t) => Builder::ValueTaskOf(kind(t)),
        BuilderKind::Void => Builder::Void,
    };
    Box::leak(Box::new(SmDesc {
        name: m.name.clone(),
        size: SM_SLOTS as usize + sm.frame.bytes as usize,
        builder,
        move_next: Default::default(),
        ref_offsets: sm
            .frame
            .ref_map()
            .iter()
            .map(|o| o + SM_SLOTS as u32)
            .collect(),
        await_lines: sm
            .awaits
            .iter()
            .map(|a| lines.line(a.span.start) as u32 + 1)
            .collect(),
        await_slots: sm
            .awaits
            .iter()
            .map(|a| {
                let slot = &sm.frame.slots[a.awaiter_slot.0 as usize];
                // A yield awaiter has no state: no task to point at.
                if slot.ty.bytes() == 0 {
                    u32::MAX
                } else {
                    SM_SLOTS as u32 + slot.offset
                }
            })
            .collect(),
        line: lines.line(m.span.start) as u32 + 1,
        pool: Default::default(),
    }))
}
