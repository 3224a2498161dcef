//! Two tiers of code, as .NET's tiered compilation has. Quick code (Cranelift without its
//! optimizer, single-pass register allocation) costs about a third of the compile time of
//! optimized code, and a large program that runs briefly spends most of its time compiling;
//! a program that runs for long wants optimized code. So every function without a loop starts
//! quick, and while the program runs one background thread recompiles those functions
//! optimized and swaps each into the code table (`Compiled::table`; a `MoveNext` also into its
//! `SmDesc`). Calls already running finish in the old code, which stays mapped. A function
//! with a loop is optimized from the start: one call of it may be the whole run, and nothing
//! replaces code in the middle of a call (.NET without on-stack replacement did the same).

use crate::translate::What;
use crate::{abi, declare, parallel, Tiering};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Module as _};
use std::sync::atomic::Ordering;
use unawait_runtime::task::SmDesc;
use unawait_smir::{self as smir, liveness::successors, MethodKind};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tier {
    Quick,
    Optimized,
}

/// The host's ISA with the settings of a tier.
pub fn isa(tier: Tier) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let mut set = |k: &str, v: &str| {
        flags
            .set(k, v)
            .map_err(|e| format!("cranelift flag {k}: {e}"))
    };
    match tier {
        Tier::Quick => {
            set("opt_level", "none")?;
            set("regalloc_algorithm", "single_pass")?;
        }
        Tier::Optimized => set("opt_level", "speed")?,
    }
    // Cranelift's IR verifier checks the JIT's own output; debug builds (and so the tests,
    // the fuzzers among them) keep it, release builds save its share of compile time.
    set(
        "enable_verifier",
        if cfg!(debug_assertions) {
            "true"
        } else {
            "false"
        },
    )?;
    set("preserve_frame_pointers", "true")?;
    // JITModule requires non-PIC code.
    set("is_pic", "false")?;
    cranelift_native::builder()
        .map_err(|e| format!("no native ISA: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("ISA: {e}"))
}

/// Whether the function `what` of `m` has a loop: a branch back to a block on the current
/// path of a depth-first walk.
pub fn has_loop(m: &smir::Method, what: What) -> bool {
    let f = match (&m.kind, what) {
        (MethodKind::Async(sm), What::Kickoff) => &sm.kickoff,
        _ => &m.body,
    };
    let n = f.blocks.len();
    // 0: not seen, 1: on the path, 2: done.
    let mut state = vec![0u8; n];
    let mut stack = vec![(f.entry.0 as usize, 0usize)];
    state[f.entry.0 as usize] = 1;
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let succ = successors(&f.blocks[b]);
        if let Some(s) = succ.get(*next) {
            *next += 1;
            let s = s.0 as usize;
            match state.get(s) {
                Some(1) => return true,
                Some(0) => {
                    state[s] = 1;
                    stack.push((s, 0));
                }
                _ => {}
            }
        } else {
            state[b] = 2;
            stack.pop();
        }
    }
    false
}

/// Whether method `index` (`m`) calls itself directly.
pub fn calls_itself(m: &smir::Method, index: usize) -> bool {
    m.body.blocks.iter().flat_map(|b| &b.insts).any(|inst| {
        matches!(inst, smir::Inst::Call { callee: smir::Callee::User { id, .. }, .. }
            if *id as usize == index)
    })
}

/// Recompiles the quick functions of a module optimized, one at a time, installing each as
/// it is ready, until all are done or `stop` is set (the program ended). Runs on its own
/// thread; touches only the code table, the `SmDesc`s and code memory of its own.
pub fn optimize(module: &smir::Module, compiled: &Tiering) -> Result<(), String> {
    let done = compiled.optimized.load(Ordering::Acquire);
    if done >= compiled.quick.len() {
        return Ok(());
    }
    let optimizing = isa(Tier::Optimized)?;
    let builder = JITBuilder::with_isa(optimizing.clone(), default_libcall_names());
    let mut jit = JITModule::new(builder);
    let runtime = abi::Runtime::get();
    let cx = &compiled.cx;
    let shared = parallel::Shared {
        runtime,
        module,
        cx,
        quick: &*optimizing,
        optimizing: &*optimizing,
    };
    let mut ctx = Context::new();
    let mut fctx = FunctionBuilderContext::new();
    for (k, &(i, what)) in compiled.quick.iter().enumerate().skip(done) {
        if compiled.stop.load(Ordering::Acquire) {
            break;
        }
        let (id, sig) = declare(&mut jit, cx, &module.methods[i], i, what)?;
        let job = parallel::Job {
            id,
            method: i,
            what,
            signature: sig,
            tier: Tier::Optimized,
        };
        let code = parallel::generate(&shared, &mut ctx, &mut fctx, job, parallel::Text::None)?;
        jit.define_function_bytes(id, code.alignment, &code.bytes, &code.relocs)
            .map_err(|e| e.to_string())?;
        // Makes the code executable before anything can jump to it.
        jit.finalize_definitions().map_err(|e| e.to_string())?;
        let p = jit.get_finalized_function(id) as usize;
        compiled.table[cx.slot(i, what)].store(p, Ordering::Release);
        if what == What::MoveNext {
            let d = cx.descs[i] as *const SmDesc;
            unsafe { (*d).move_next.store(p, Ordering::Release) };
        }
        compiled.optimized.store(k + 1, Ordering::Release);
    }
    // The code stays: the program may be running it, and a later run of `compiled` will.
    std::mem::forget(jit);
    Ok(())
}
