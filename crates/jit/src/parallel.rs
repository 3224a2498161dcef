//! Translation and compilation of a module's functions, on every core. Neither needs the JIT
//! module: translated code calls the runtime at fixed addresses and other methods through the
//! code table (`crate::Ctx`), so each function is translated and compiled on whichever thread
//! takes it, and the calling thread then defines the machine code in the module in order.
//! This is most of the JIT's time, and most of the time of a large program that runs briefly.

use crate::translate::{self, What};
use crate::{abi, Ctx, Tier};
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Signature;
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{FuncId, ModuleReloc};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use unawait_smir as smir;

/// A function to generate: function `what` of method `method`, with its signature, compiled
/// at `tier`.
pub struct Job {
    /// Its id in the module the code will be defined in.
    pub id: FuncId,
    pub method: usize,
    pub what: What,
    pub signature: Signature,
    pub tier: Tier,
}

/// One function's machine code.
pub struct Code {
    pub bytes: Vec<u8>,
    pub alignment: u64,
    pub relocs: Vec<ModuleReloc>,
    /// Its Cranelift IR before compiling, or its disassembly, when asked for.
    pub text: Option<String>,
}

/// What to keep of each function as text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Text {
    None,
    Ir,
    Disassembly,
}

/// What every worker shares.
pub struct Shared<'a> {
    pub runtime: &'a abi::Runtime,
    pub module: &'a smir::Module,
    pub cx: &'a Ctx,
    pub quick: &'a dyn TargetIsa,
    pub optimizing: &'a dyn TargetIsa,
}

/// Generates the code of `jobs`, keeping their order; `Err` names the first that failed.
pub fn generate_all(shared: &Shared, jobs: Vec<Job>, text: Text) -> Result<Vec<Code>, String> {
    let n = jobs.len();
    let work: Vec<Mutex<Option<Job>>> = jobs.into_iter().map(|j| Mutex::new(Some(j))).collect();
    let done: Vec<Mutex<Option<Result<Code, String>>>> = (0..n).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |p| p.get())
        .min(n.div_ceil(16).max(1));
    let worker = || {
        let mut ctx = Context::new();
        let mut fctx = FunctionBuilderContext::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= n {
                break;
            }
            let Some(job) = work[i].lock().ok().and_then(|mut w| w.take()) else {
                continue;
            };
            let result = generate(shared, &mut ctx, &mut fctx, job, text);
            if let Ok(mut slot) = done[i].lock() {
                *slot = Some(result);
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            s.spawn(worker);
        }
        worker();
    });
    done.into_iter()
        .map(|slot| {
            slot.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err("a compiler thread failed".into()))
        })
        .collect()
}

/// Translates and compiles one function on this thread.
pub fn generate(
    shared: &Shared,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    job: Job,
    text: Text,
) -> Result<Code, String> {
    let isa = match job.tier {
        Tier::Quick => shared.quick,
        Tier::Optimized => shared.optimizing,
    };
    let m = &shared.module.methods[job.method];
    let label = crate::label(m, job.what);
    ctx.clear();
    ctx.set_disasm(text == Text::Disassembly);
    ctx.func.signature = job.signature;
    let translated = translate::translate(
        shared.runtime,
        shared.module,
        shared.cx,
        job.method,
        job.what,
        &mut ctx.func,
        fctx,
        isa.frontend_config(),
        job.tier == Tier::Quick,
    );
    if let Err(e) = translated {
        // A translation that stopped half way leaves the builder's context in use: the
        // thread's next function would find it so and panic instead of reporting this error.
        *fctx = FunctionBuilderContext::new();
        return Err(format!("{label}: {e}"));
    }
    let ir = (text == Text::Ir).then(|| ctx.func.display().to_string());
    let compiled = ctx
        .compile(isa, &mut ControlPlane::default())
        .map_err(|e| format!("{label}: {:?}", e.inner))?;
    let alignment = u64::from(compiled.buffer.alignment)
        .max(u64::from(isa.function_alignment().minimum))
        .max(isa.symbol_alignment());
    let bytes = compiled.code_buffer().to_vec();
    let asm = compiled.vcode.clone();
    let mach_relocs = compiled.buffer.relocs().to_vec();
    let relocs = mach_relocs
        .iter()
        .map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, job.id))
        .collect();
    Ok(Code {
        bytes,
        alignment,
        relocs,
        text: ir.or(asm),
    })
}
