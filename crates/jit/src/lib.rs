//! SMIR -> Cranelift IR -> native code, linked against `unawait-runtime`. The JIT decides
//! nothing semantic: every choice was made by `lower` and is recorded in the SMIR it translates.
//!
//! Per method: a synchronous method is one function with the method's own signature; an async
//! method is its `MoveNext(sm, args)`, where `sm` points at the state machine (state, builder
//! word, frame slots: `unawait_runtime::task::SM_*`) and `args` at the first run's arguments
//! (null when resumed); each caller runs the kickoff in place, and the entry point's kickoff
//! is a function too, for the runtime to call. Calls between methods go through a code table,
//! so that optimized code compiled later (`tier`) replaces quick code. Library and runtime calls pass and return 64-bit words (docs/runtime.md).
//! Exceptions travel in the runtime's pending slot, checked after every instruction that can
//! throw (`smir::liveness::can_throw`).

mod abi;
mod parallel;
mod run;
mod tier;
mod translate;

use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module as _};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use unawait_runtime::task::{Builder, SmDesc, SM_SLOTS};
use unawait_smir::{self as smir, BuilderKind, MethodKind};

pub use run::{run, RunOptions};
pub use tier::Tier;
pub use translate::folded_awaits;
use translate::What;

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
    /// How long each phase of the JIT took: translating SMIR to Cranelift IR and compiling
    /// that to machine code (on every core), linking.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// Static storage, one word per static field, then one state word per static constructor
    /// (`unawait_runtime::init`); lives as long as the code.
    statics: Vec<u64>,
    tiering: Tiering,
}

/// What the thread that optimizes quick code while the program runs (`tier::optimize`)
/// shares with it.
pub(crate) struct Tiering {
    /// The code of every function, by `Ctx::slot`: calls between methods load their target
    /// here, so a function recompiled optimized replaces its quick code at once.
    table: Box<[AtomicUsize]>,
    cx: Ctx,
    /// The functions compiled quickly, to recompile optimized; how many of them are done
    /// (runs of the same code continue where the last one stopped).
    quick: Vec<(usize, What)>,
    optimized: AtomicUsize,
    /// Set when the program has ended: the thread stops after the function at hand.
    stop: AtomicBool,
}

impl Compiled {
    /// The entry point of a method (`Class.Method`): its body, or for an async method its
    /// kickoff; `extern "C"` with the method's SMIR signature.
    pub fn function(&self, name: &str) -> Option<*const u8> {
        self.functions.get(name).copied()
    }

    /// The functions still running quick code, that `tier::optimize` would replace.
    pub fn quick_functions(&self) -> usize {
        let t = &self.tiering;
        t.quick.len() - t.optimized.load(Ordering::Acquire)
    }
}

/// What translation needs to know about the program besides a method's SMIR: plain
/// addresses and sizes, so that a background thread can translate too (`tier`).
pub(crate) struct Ctx {
    /// The address of each async method's `SmDesc` (leaked, so it lives as long as the
    /// process; 0 for a synchronous method).
    pub descs: Vec<usize>,
    /// Address of the static storage.
    pub statics: usize,
    /// Static constructor (method index) -> index of its state word in the static storage.
    pub class_states: HashMap<u32, usize>,
    /// Count each await's executions (`unawait_runtime::sites`), for `--stats`.
    pub count_awaits: bool,
    /// Each `MoveNext` reports its start and its return (`unawait_runtime::timeline`), for
    /// `run --trace`.
    pub trace: bool,
    /// Where each line of the source starts, for the lines of exception traces.
    pub lines: unawait_syntax::span::LineIndex,
    /// Address of the code table (`Compiled::table`), and the number of methods.
    pub table: usize,
    pub methods: usize,
    /// The runtime's descriptor of each class of the program (`ClassDesc`), by class index.
    pub classes: Vec<usize>,
    /// The program uses `AsyncLocal<T>`: each kickoff restores its caller's execution context
    /// when the method's first `MoveNext` returns (runtime `exec_ctx.rs`). Other programs'
    /// kickoffs have nothing to restore and pay nothing.
    pub flows_context: bool,
}

impl Ctx {
    /// The 1-based line of a byte offset of the source.
    pub fn line(&self, offset: u32) -> u32 {
        self.lines.line(offset) as u32 + 1
    }

    /// The bytes of a method's state machine (`SmDesc::size`; a synchronous method has none
    /// but the header).
    pub fn sm_size(&self, method: usize) -> usize {
        match self.descs[method] {
            0 => SM_SLOTS as usize,
            // SAFETY: a leaked `SmDesc` (`sm_desc`); its size never changes.
            d => unsafe { (*(d as *const SmDesc)).size },
        }
    }

    /// The code table entry of a method's body (or the entry point's kickoff) or `MoveNext`.
    pub fn slot(&self, method: usize, what: What) -> usize {
        match what {
            What::MoveNext => self.methods + method,
            What::Body | What::Kickoff => method,
        }
    }
}

/// What an address in generated code is, for the dumps: a runtime entry point, a slot of the
/// code table (a method's code), or one of the runtime's cells JIT code reads.
fn address_name(
    runtime: &abi::Runtime,
    cx: &Ctx,
    module: &unawait_smir::Module,
    a: u64,
) -> Option<String> {
    let a = a as usize;
    if let Some(name) = runtime.name_at(a) {
        return Some(name.to_string());
    }
    if a == unawait_runtime::sched::stack_overflow as *const u8 as usize {
        return Some("rt.stack_overflow".into());
    }
    if a == unawait_runtime::pending::pending_address() as usize {
        return Some("the pending exception".into());
    }
    if a == unawait_runtime::sched::stack_limit_address() as usize {
        return Some("the stack limit".into());
    }
    if a == translate::ZERO_ARGS.as_ptr() as usize {
        return Some("no arguments (zeros)".into());
    }
    if let Some(i) = cx.descs.iter().position(|&d| d == a && d != 0) {
        return Some(format!("state machine of {}", module.methods[i].name));
    }
    let word = std::mem::size_of::<usize>();
    let end = cx.table + 2 * cx.methods * word;
    if a >= cx.table && a < end && (a - cx.table).is_multiple_of(word) {
        let slot = (a - cx.table) / word;
        let (method, what) = if slot < cx.methods {
            (slot, What::Body)
        } else {
            (slot - cx.methods, What::MoveNext)
        };
        return module
            .methods
            .get(method)
            .map(|m| format!("code of {}", label(m, what)));
    }
    None
}

/// Appends `; name` to each line of a CLIF or asm dump that uses an address `name_of` knows,
/// so that runtime calls read as calls and not as bare numbers.
fn annotate_addresses(text: &str, name_of: impl Fn(u64) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line);
        let mut names: Vec<String> = Vec::new();
        let mut rest = line;
        while let Some(i) = rest.find("0x") {
            let digits: String = rest[i + 2..]
                .chars()
                .take_while(|c| c.is_ascii_hexdigit() || *c == '_')
                .filter(|c| *c != '_')
                .collect();
            rest = &rest[i + 2..];
            if let Some(n) = u64::from_str_radix(&digits, 16).ok().and_then(&name_of) {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        if !names.is_empty() {
            out.push_str("  ; ");
            out.push_str(&names.join(", "));
        }
        out.push('\n');
    }
    out
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
/// Functions without loops get quick code first (`Tier`); `run` recompiles them optimized
/// on another core while the program runs.
pub fn compile(module: &smir::Module, source: &str) -> Result<Compiled, String> {
    build(module, source, Keep::Nothing, Hooks::default(), true)
}

/// `compile`, with every await counting its executions (`unawait_runtime::sites`): what
/// `unawait run --stats` compiles, at the cost of a call per await.
pub fn compile_counting(module: &smir::Module, source: &str) -> Result<Compiled, String> {
    let hooks = Hooks {
        count_awaits: true,
        trace: false,
    };
    build(module, source, Keep::Nothing, hooks, true)
}

/// What code compiled for observing a run reports to the runtime.
#[derive(Clone, Copy, Default)]
pub struct Hooks {
    /// Each await's executions (`--stats`).
    pub count_awaits: bool,
    /// Each `MoveNext`'s start and return (`--trace`).
    pub trace: bool,
}

/// `compile` or `compile_counting`, with every function optimized at once when `tiered` is
/// false (then nothing is left to optimize while the program runs).
pub fn compile_tiered(
    module: &smir::Module,
    source: &str,
    hooks: Hooks,
    tiered: bool,
) -> Result<Compiled, String> {
    build(module, source, Keep::Nothing, hooks, tiered)
}

/// `compile`, every function optimized at once, keeping the IR or the machine code of each
/// as text in `Compiled::text` (printing costs a tenth of the compile time).
pub fn compile_with(module: &smir::Module, source: &str, keep: Keep) -> Result<Compiled, String> {
    build(module, source, keep, Hooks::default(), false)
}

/// The native signature of a method's body (or kickoff): its parameters, its return value.
fn signature(m: &smir::Method, call_conv: cranelift_codegen::isa::CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    let f = match &m.kind {
        MethodKind::Sync => &m.body,
        MethodKind::Async(sm) => &sm.kickoff,
    };
    for p in &f.params {
        sig.params.push(AbiParam::new(abi::cl_type(f.value(*p).ty)));
    }
    if let Some(t) = m.ret {
        sig.returns.push(AbiParam::new(abi::cl_type(t)));
    }
    sig
}

fn move_next_signature(call_conv: cranelift_codegen::isa::CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.push(AbiParam::new(types::I64));
    sig.params.push(AbiParam::new(types::I64));
    sig
}

/// The runtime's descriptor of each class (`ClassDesc` addresses, by class index), bases
/// registered before the classes that derive from them. `table` is the code table: a class's
/// `ToString()` override is found through its cell there.
fn register_classes(module: &smir::Module, table: usize) -> Vec<usize> {
    // Lowering lays out exception classes after the runtime's exception object.
    assert_eq!(
        unawait_runtime::exception::EXCEPTION_OBJECT_BYTES,
        smir::EXCEPTION_OBJECT_BYTES as usize
    );
    fn register(
        module: &smir::Module,
        table: usize,
        i: usize,
        out: &mut Vec<usize>,
        depth: usize,
    ) -> usize {
        if out[i] != 0 {
            return out[i];
        }
        use unawait_runtime::object::{ClassDesc, Kind, TypeDesc};
        let c = &module.classes[i];
        if let Some(e) = &c.enum_members {
            let d =
                unawait_runtime::enums::register_enum(&c.name, e.flags, &e.underlying, &e.members);
            out[i] = d as *const _ as usize;
            return out[i];
        }
        let base: Option<&'static TypeDesc> = match (&c.exception_base, c.base) {
            (Some(lib), _) if lib == "EventArgs" => Some(&unawait_runtime::object::EVENT_ARGS),
            (Some(lib), _) if lib == "SynchronizationContext" => {
                Some(&unawait_runtime::sync_context::SYNC_CONTEXT)
            }
            (Some(lib), _) if lib == "TaskScheduler" => {
                Some(&unawait_runtime::task_scheduler::TASK_SCHEDULER)
            }
            (Some(lib), _) => unawait_runtime::exception::class_by_name(lib),
            (None, Some(b)) if depth < 64 => {
                let d = register(module, table, b as usize, out, depth + 1);
                // SAFETY: `register` returns addresses of leaked `ClassDesc`s.
                Some(unsafe { &(*(d as *const ClassDesc)).desc })
            }
            _ => None,
        };
        let exception =
            base.is_some_and(|b| matches!(b.kind, Kind::Exception | Kind::ProgramException));
        let spec = unawait_runtime::object::ClassSpec {
            name: &c.name,
            size: c.size,
            refs: &c.ref_offsets,
            embedded: c
                .embedded
                .iter()
                .map(|&(offset, k)| (offset, register(module, table, k as usize, out, depth + 1)))
                .collect(),
            base,
            kind: if exception {
                Kind::ProgramException
            } else {
                Kind::Object
            },
            vtable: c.vtable.iter().map(|&m| u64::from(m)).collect(),
            is_interface: c.is_interface,
            is_struct: c.is_struct,
            double_offsets: &c.double_offsets,
            interfaces: c
                .interfaces
                .iter()
                .map(|&k| register(module, table, k as usize, out, depth + 1))
                .collect(),
            itable: c.itable.clone(),
            to_string: c.to_string.map_or(0, |m| table + 8 * m as usize),
            equals: c.equals.map_or(0, |m| table + 8 * m as usize),
            equatable: c.equatable.map_or(0, |m| table + 8 * m as usize),
            comparable: c.comparable.map_or(0, |m| table + 8 * m as usize),
            hash_code: c.hash_code.map_or(0, |m| table + 8 * m as usize),
            dispose: c.dispose.map_or(0, |m| table + 8 * m as usize),
            message: c.message.map_or(0, |m| table + 8 * m as usize),
            lib_overrides: c
                .lib_overrides
                .iter()
                .map(|(k, m)| (k.clone(), table + 8 * *m as usize))
                .collect(),
        };
        let d = unawait_runtime::object::register_class(spec) as *const _ as usize;
        out[i] = d;
        d
    }
    let mut out = vec![0; module.classes.len()];
    for i in 0..module.classes.len() {
        register(module, table, i, &mut out, 0);
    }
    out
}

/// The methods called through a vtable (or by the runtime, `ToString()`): an async one needs
/// a kickoff function, since no caller knows which method it starts.
fn called_indirectly(module: &smir::Module) -> std::collections::HashSet<u32> {
    let delegates = module.methods.iter().flat_map(|m| {
        let kickoff = match &m.kind {
            MethodKind::Async(sm) => Some(&sm.kickoff),
            MethodKind::Sync => None,
        };
        std::iter::once(&m.body)
            .chain(kickoff)
            .flat_map(|f| &f.blocks)
            .flat_map(|b| &b.insts)
            .filter_map(|i| match i {
                smir::Inst::NewDelegate { method, .. } => Some(*method),
                _ => None,
            })
    });
    module
        .classes
        .iter()
        .flat_map(|c| {
            c.vtable
                .iter()
                .chain(&c.to_string)
                .chain(&c.equals)
                .chain(&c.hash_code)
                .chain(&c.message)
                .chain(&c.dispose)
                .chain(c.lib_overrides.iter().map(|(_, m)| m))
                .chain(c.itable.iter().map(|(_, m)| m))
                .copied()
        })
        .chain(delegates)
        .collect()
}

/// The functions of a module: every synchronous method's body, the entry point's kickoff
/// and those of methods called through a vtable (callers run other kickoffs in place:
/// `translate::call_async`), every `MoveNext`.
fn functions_of(module: &smir::Module) -> Vec<(usize, What)> {
    let mut v = Vec::new();
    let indirect = called_indirectly(module);
    for (i, m) in module.methods.iter().enumerate() {
        match m.kind {
            MethodKind::Sync => v.push((i, What::Body)),
            MethodKind::Async(_) => {
                if module.entry == Some(i as u32) || indirect.contains(&(i as u32)) {
                    v.push((i, What::Kickoff));
                }
                v.push((i, What::MoveNext));
            }
        }
    }
    v
}

/// Declares function `what` of method `i` (`m`) in `jit`, by its code table slot.
fn declare(
    jit: &mut JITModule,
    cx: &Ctx,
    m: &smir::Method,
    i: usize,
    what: What,
) -> Result<(cranelift_module::FuncId, Signature), String> {
    let call_conv = jit.isa().default_call_conv();
    let sig = match what {
        What::MoveNext => move_next_signature(call_conv),
        _ => signature(m, call_conv),
    };
    let id = jit
        .declare_function(&format!("f{}", cx.slot(i, what)), Linkage::Local, &sig)
        .map_err(|e| e.to_string())?;
    Ok((id, sig))
}

fn label(m: &smir::Method, what: What) -> String {
    match what {
        What::MoveNext => format!("{}.MoveNext", m.name),
        _ => m.name.clone(),
    }
}

/// Whether any method calls a member of `AsyncLocal<T>`.
fn uses_async_local(module: &smir::Module) -> bool {
    let calls = |f: &smir::Function| {
        f.blocks.iter().flat_map(|b| &b.insts).any(|i| {
            matches!(i, smir::Inst::Call { callee: smir::Callee::Builtin { key, .. }, .. }
                if key.starts_with("AsyncLocal<"))
        })
    };
    module.methods.iter().any(|m| calls(&m.body))
}

fn build(
    module: &smir::Module,
    source: &str,
    keep: Keep,
    hooks: Hooks,
    tiered: bool,
) -> Result<Compiled, String> {
    let optimizing = tier::isa(Tier::Optimized)?;
    let quick = tier::isa(Tier::Quick)?;
    let builder = JITBuilder::with_isa(optimizing.clone(), default_libcall_names());
    let runtime = abi::Runtime::get();
    let mut jit = JITModule::new(builder);

    let lines = unawait_syntax::span::LineIndex::new(source);
    let n = module.methods.len();
    let table: Box<[AtomicUsize]> = (0..2 * n).map(|_| AtomicUsize::new(0)).collect();
    let mut statics = vec![0u64; module.statics as usize + module.static_inits.len() + 1];
    let descs = module
        .methods
        .iter()
        .map(|m| match &m.kind {
            MethodKind::Async(sm) => sm_desc(m, sm, &lines) as *const SmDesc as usize,
            MethodKind::Sync => 0,
        })
        .collect();
    let cx = Ctx {
        descs,
        statics: statics.as_mut_ptr() as usize,
        class_states: module
            .static_inits
            .iter()
            .enumerate()
            .map(|(i, &m)| (m, module.statics as usize + i))
            .collect(),
        lines,
        count_awaits: hooks.count_awaits,
        trace: hooks.trace,
        table: table.as_ptr() as usize,
        methods: n,
        classes: register_classes(module, table.as_ptr() as usize),
        flows_context: uses_async_local(module),
    };

    let t0 = std::time::Instant::now();
    let mut ids = Vec::new();
    let mut jobs = Vec::new();
    let mut quick_list = Vec::new();
    for (i, what) in functions_of(module) {
        let m = &module.methods[i];
        let (id, sig) = declare(&mut jit, &cx, m, i, what)?;
        // A function with a loop may run for long in one call: no later code could replace
        // it (there is no on-stack replacement), so it is optimized from the start. So is a
        // method that calls itself: its calls are the program's hot path from the first one.
        let hot = tier::has_loop(m, what) || tier::calls_itself(m, i);
        let tier = if tiered && !hot {
            // The entry point's kickoff runs once: not worth optimizing later.
            if what != What::Kickoff {
                quick_list.push((i, what));
            }
            Tier::Quick
        } else {
            Tier::Optimized
        };
        ids.push((id, i, what));
        jobs.push(parallel::Job {
            id,
            method: i,
            what,
            signature: sig,
            tier,
        });
    }
    let shared = parallel::Shared {
        runtime,
        module,
        cx: &cx,
        quick: &*quick,
        optimizing: &*optimizing,
    };
    let kept = match keep {
        Keep::Nothing => parallel::Text::None,
        Keep::Clif => parallel::Text::Ir,
        Keep::Asm => parallel::Text::Disassembly,
    };
    let codes = parallel::generate_all(&shared, jobs, kept)?;
    let t1 = std::time::Instant::now();
    let mut text = Vec::new();
    for (&(id, i, what), code) in ids.iter().zip(codes) {
        jit.define_function_bytes(id, code.alignment, &code.bytes, &code.relocs)
            .map_err(|e| e.to_string())?;
        if let Some(t) = code.text {
            let named = annotate_addresses(&t, |a| address_name(runtime, &cx, module, a));
            text.push((label(&module.methods[i], what), named));
        }
    }
    jit.finalize_definitions().map_err(|e| e.to_string())?;

    let mut functions = HashMap::new();
    let mut entry_points = vec![std::ptr::null(); n];
    for &(id, i, what) in &ids {
        let p = jit.get_finalized_function(id);
        table[cx.slot(i, what)].store(p as usize, Ordering::Release);
        match what {
            What::MoveNext => {
                let d = cx.descs[i] as *const SmDesc;
                unsafe { (*d).move_next.store(p as usize, Ordering::Release) };
            }
            _ => {
                functions.insert(module.methods[i].name.clone(), p);
                entry_points[i] = p;
            }
        }
    }
    Ok(Compiled {
        _module: jit,
        entry_points,
        functions,
        text,
        timings: vec![("translate+codegen", t1 - t0), ("link", t1.elapsed())],
        statics,
        tiering: Tiering {
            table,
            cx,
            quick: quick_list,
            optimized: AtomicUsize::new(0),
            stop: AtomicBool::new(false),
        },
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
        trace_name: m.trace_name.clone(),
        size: SM_SLOTS as usize + sm.frame.bytes as usize,
        builder,
        move_next: AtomicUsize::new(0),
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
                // A yield awaiter has no state, a custom awaiter no task: none to point at.
                match sm.frame.slots.get(a.awaiter_slot.0 as usize) {
                    Some(slot)
                        if slot.ty.bytes() > 0
                            && a.awaiter != unawait_smir::AwaiterKind::Custom =>
                    {
                        SM_SLOTS as u32 + slot.offset
                    }
                    _ => u32::MAX,
                }
            })
            .collect(),
        yields: sm.awaits.iter().map(|a| a.yield_return).collect(),
        line: lines.line(m.span.start) as u32 + 1,
        pool: Default::default(),
        pooled: Default::default(),
        pool_listed: Default::default(),
    }))
}
