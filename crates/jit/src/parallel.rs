//! Cranelift's compilation of translated functions, on every core. Translation needs the
//! module (it declares what each function calls) and stays on the calling thread; compiling a
//! `Function` to machine code needs only the ISA, so the functions are shared out among
//! threads, and their code is then defined in the module in order. Compiling is most of the
//! JIT's time, and most of the time of a large program that runs briefly.

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::{Context, FinalizedMachReloc};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// One function's machine code.
pub struct Code {
    pub bytes: Vec<u8>,
    pub alignment: u64,
    pub relocs: Vec<FinalizedMachReloc>,
    /// The function, for the relocations' names.
    pub func: Function,
    /// Its disassembly, when asked for.
    pub asm: Option<String>,
}

/// Compiles `functions`, keeping their order; `Err` names the first that failed.
pub fn compile_all(
    isa: &dyn TargetIsa,
    functions: Vec<(String, Function)>,
    disasm: bool,
) -> Result<Vec<Code>, String> {
    let n = functions.len();
    let work: Vec<Mutex<Option<(String, Function)>>> =
        functions.into_iter().map(|f| Mutex::new(Some(f))).collect();
    let done: Vec<Mutex<Option<Result<Code, String>>>> = (0..n).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |p| p.get())
        .min(n.div_ceil(16).max(1));
    let worker = || {
        let mut ctx = Context::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= n {
                break;
            }
            let Some((label, func)) = work[i].lock().ok().and_then(|mut w| w.take()) else {
                continue;
            };
            let result =
                compile_one(isa, &mut ctx, func, disasm).map_err(|e| format!("{label}: {e}"));
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

fn compile_one(
    isa: &dyn TargetIsa,
    ctx: &mut Context,
    func: Function,
    disasm: bool,
) -> Result<Code, String> {
    ctx.clear();
    ctx.set_disasm(disasm);
    ctx.func = func;
    let compiled = ctx
        .compile(isa, &mut ControlPlane::default())
        .map_err(|e| format!("{:?}", e.inner))?;
    let alignment = u64::from(compiled.buffer.alignment)
        .max(u64::from(isa.function_alignment().minimum))
        .max(isa.symbol_alignment());
    let bytes = compiled.code_buffer().to_vec();
    let relocs = compiled.buffer.relocs().to_vec();
    let asm = compiled.vcode.clone();
    Ok(Code {
        bytes,
        alignment,
        relocs,
        func: std::mem::replace(&mut ctx.func, Function::new()),
        asm,
    })
}
