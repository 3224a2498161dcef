//! HIR to SMIR: every method becomes a control-flow graph; every async method with an `await`
//! becomes a state machine whose frame holds exactly the values live across each suspension.
//! docs/lowering.md describes the design.
//!
//! Architecture invariant: lowering a checked program never fails and never panics; the output of
//! every method passes `unawait_smir::verify`. No I/O.
//!
//! Passes: `expr.rs`/`stmt.rs` build the CFG (three-address code, which is what spills awaits out
//! of expressions in left-to-right order), `frame.rs` computes liveness, slots and the suspend and
//! resume code. Not yet: the kickoff stubs (issue 4 decides the calling convention).

mod async_iterator;
mod awaits;
mod builder;
mod calls;
mod chars;
mod compact;
mod convert;
mod delegate_ops;
mod elide;
mod enumerables;
mod expr;
mod frame;
mod handlers;
mod iterator;
mod jumps;
mod layout;
mod places;
mod refs;
mod stack_objects;
mod stmt;
mod structs;
mod support;
mod type_names;
mod unsigned;

use builder::Builder;
use unawait_sema::hir::{self, AsyncKind};
use unawait_sema::types::Ty;
pub use unawait_smir::Model;
use unawait_smir::{
    Block, BlockId, BuilderKind, Const, Function, Inst, MachTy, Method, MethodKind, Module,
    Operand, Origin, StateMachine, Synthetic, Terminator, ValueId, ValueInfo,
};

/// For each method of the program, the index in the lowered module of its async iterator's
/// body (`None` for other methods): what explain reports an async iterator's awaits from.
pub fn async_iterator_bodies(program: &hir::Program) -> Vec<Option<u32>> {
    async_iterator::body_ids(program)
}

pub fn lower(program: &hir::Program) -> Module {
    lower_for(program, Model::Unawait)
}

/// `lower`, for the runtime `model` describes.
pub fn lower_for(program: &hir::Program, model: Model) -> Module {
    let tables = Tables::for_model(program, model);
    let methods: Vec<Method> = (0..program.methods.len() as u32)
        .map(|i| lower_method_in(program, hir::MethodId(i), &tables))
        .collect();
    finish_module(program, &tables, methods)
}

/// What lowering any method needs to know of the whole program, computed once for all of them
/// (per method, finding the static constructors scanned every method of every class).
pub struct Tables {
    /// Where each instance field lives in its object.
    layout: std::sync::Arc<layout::Layouts>,
    /// Each class's static constructor (`cctor_ids`).
    cctors: std::sync::Arc<Vec<Option<u32>>>,
    model: Model,
    /// Each iterator's `MoveNext` (`iterator::move_next_ids`).
    iterators: std::sync::Arc<Vec<Option<u32>>>,
    /// Each async iterator's body (`async_iterator::body_ids`).
    streams: std::sync::Arc<Vec<Option<u32>>>,
}

impl Tables {
    pub fn new(program: &hir::Program) -> Tables {
        Tables::for_model(program, Model::Unawait)
    }

    pub fn for_model(program: &hir::Program, model: Model) -> Tables {
        Tables {
            layout: std::sync::Arc::new(layout::Layouts::of(program)),
            iterators: std::sync::Arc::new(iterator::move_next_ids(program)),
            streams: std::sync::Arc::new(async_iterator::body_ids(program)),
            cctors: std::sync::Arc::new(cctor_ids(program)),
            model,
        }
    }
}

/// The layout of every class's objects, for the runtime's type descriptors.
fn class_layouts(
    program: &hir::Program,
    layouts: &layout::Layouts,
) -> Vec<unawait_smir::ClassLayout> {
    program
        .classes
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let id = hir::ClassId(k as u32);
            let fields = &layouts.fields[k];
            let double_offsets = fields
                .iter()
                .filter(|&&f| program.field(f).ty == Ty::Double)
                .map(|&f| layouts.offsets[f.0 as usize])
                .collect();
            let embedded = fields
                .iter()
                .filter_map(|&f| {
                    let s = layouts.inline_struct(program, f)?;
                    Some((layouts.offsets[f.0 as usize], s.0))
                })
                .collect();
            let name = type_names::class_name(program, id);
            // `object.ToString()` of such an object runs the class's override, if any.
            let to_string = c.vtable.iter().copied().find(|&m| {
                let m = program.method(m);
                m.name == "ToString" && m.params.is_empty() && m.virt == hir::Virt::Override
            });
            let equals = c.vtable.iter().copied().find(|&m| {
                let m = program.method(m);
                m.name == "Equals"
                    && m.param_types == [Ty::Object]
                    && m.return_type == Ty::Bool
                    && m.virt == hir::Virt::Override
            });
            let hash_code = c.vtable.iter().copied().find(|&m| {
                let m = program.method(m);
                m.name == "GetHashCode" && m.params.is_empty() && m.virt == hir::Virt::Override
            });
            let message = c.vtable.iter().copied().find(|&m| {
                let m = program.method(m);
                m.name == "get_Message" && m.params.is_empty() && m.virt == hir::Virt::Override
            });
            let lib_overrides = lib_overrides(program, c);
            unawait_smir::ClassLayout {
                lib_overrides,
                name,
                size: layouts.sizes[k],
                ref_offsets: layouts.ref_offsets(program, id),
                embedded,
                base: c.base.map(|b| b.0),
                vtable: c.vtable.iter().map(|m| m.0).collect(),
                to_string: to_string.map(|m| m.0),
                equals: equals.map(|m| m.0),
                equatable: c.equatable.map(|m| m.0),
                comparable: c.comparable.map(|m| m.0),
                hash_code: hash_code.map(|m| m.0),
                dispose: c.dispose.map(|m| m.0),
                message: message.map(|m| m.0),
                exception_base: c.lib_base.as_ref().map(|t| t.to_string()),
                is_interface: c.kind == hir::ClassKind::Interface,
                is_struct: c.kind == hir::ClassKind::Struct,
                double_offsets,
                interfaces: c.interfaces.iter().map(|i| i.0).collect(),
                itable: c.itable.iter().map(|(i, m)| (i.0, m.0)).collect(),
                enum_members: (c.kind == hir::ClassKind::Enum).then(|| {
                    let members = c
                        .fields
                        .iter()
                        .map(|&f| {
                            let f = program.field(f);
                            let v = f.constant.as_ref().and_then(|c| c.as_i64()).unwrap_or(0);
                            (f.name.clone(), v)
                        })
                        .collect();
                    unawait_smir::EnumLayout {
                        flags: c.enum_flags,
                        underlying: c.enum_underlying.to_string(),
                        members,
                    }
                }),
            }
        })
        .collect()
}

/// `lower`, the methods shared out among `threads` threads with stacks of `stack` bytes
/// (lowering recurses as deep as the program's expressions nest). Methods lower independently;
/// the result is the same as `lower`'s.
pub fn lower_in_parallel(
    program: &hir::Program,
    model: Model,
    threads: usize,
    stack: usize,
) -> Module {
    let n = program.methods.len();
    let threads = threads.clamp(1, n.div_ceil(64).max(1));
    if threads == 1 {
        return lower_for(program, model);
    }
    let chunk = n.div_ceil(threads);
    let tables = Tables::for_model(program, model);
    let lowered: Option<Vec<Vec<Method>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let range = (t * chunk).min(n)..((t + 1) * chunk).min(n);
                let tables = &tables;
                std::thread::Builder::new()
                    .stack_size(stack)
                    .spawn_scoped(s, move || {
                        range
                            .map(|i| lower_method_in(program, hir::MethodId(i as u32), tables))
                            .collect::<Vec<_>>()
                    })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.ok().and_then(|h| h.join().ok()))
            .collect()
    });
    match lowered {
        Some(parts) => finish_module(program, &tables, parts.into_iter().flatten().collect()),
        // No thread to be had: lower here.
        None => lower_for(program, model),
    }
}

/// The module of `methods` (the program's own, lowered): static constructors appended.
fn finish_module(program: &hir::Program, tables: &Tables, mut methods: Vec<Method>) -> Module {
    // Each iterator's `MoveNext`, at the index `iterator::move_next_ids` gave it.
    for (i, m) in tables.iterators.iter().enumerate() {
        if m.is_some() {
            let id = hir::MethodId(i as u32);
            methods.push(iterator::move_next(program, program.method(id), id, tables).0);
        }
    }
    // Each async iterator's body, at the index `async_iterator::body_ids` gave it.
    for (i, m) in tables.streams.iter().enumerate() {
        if m.is_some() {
            let id = hir::MethodId(i as u32);
            methods.push(async_iterator::body(
                program,
                program.method(id),
                id,
                tables,
            ));
        }
    }
    let mut static_inits = Vec::new();
    for (i, &id) in tables.cctors.iter().enumerate() {
        let class = program.class(hir::ClassId(i as u32));
        if user_cctor(program, class).is_some() {
            // Lowered with the program's methods; only its state word is needed here.
            static_inits.extend(id);
            continue;
        }
        let cctor = id.and_then(|_| static_constructor(program, hir::ClassId(i as u32)));
        if let (Some(id), Some(cctor)) = (id, cctor) {
            static_inits.push(id);
            methods.push(lower_body(program, &cctor, hir::MethodId(id), tables));
        }
    }
    Module {
        model: tables.model,
        methods,
        static_inits,
        entry: program.entry_point.map(|m| m.0),
        // The program's static fields, then each iterator's cached `MoveNext` delegate.
        // and each async iterator's body delegate.
        statics: program.fields.len() as u32
            + iterator::count(program)
            + async_iterator::count(program),
        classes: class_layouts(program, &tables.layout),
    }
}

/// The method id of each class's static constructor, for the classes that have one (a field
/// initializer): they follow the program's own methods, in class order.
pub(crate) fn cctor_ids(program: &hir::Program) -> Vec<Option<u32>> {
    // After the iterators' `MoveNext` methods (`iterator::move_next_ids`).
    let mut next =
        program.methods.len() as u32 + iterator::count(program) + async_iterator::count(program);
    program
        .classes
        .iter()
        .map(|c| {
            // A static constructor of the source is the class's (its initializers first).
            if let Some(m) = user_cctor(program, c) {
                return Some(m);
            }
            // A static field of a struct type holds a zeroed struct from the start.
            let has = c.fields.iter().any(|&f| {
                let field = program.field(f);
                field.is_static
                    && field.constant.is_none()
                    && (field.init.is_some() || structs::struct_class(&field.ty).is_some())
            });
            has.then(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// The class's own `static C() { ... }`, if it declares one.
pub(crate) fn user_cctor(program: &hir::Program, c: &hir::Class) -> Option<u32> {
    c.methods
        .iter()
        .find(|&&m| program.method(m).kind == hir::MethodKind::StaticConstructor)
        .map(|m| m.0)
}

/// C#'s compiler-generated static constructor: the class's field initializers, in source order.
fn static_constructor(program: &hir::Program, class: hir::ClassId) -> Option<hir::Method> {
    let c = program.class(class);
    let stmts: Vec<hir::Stmt> = c
        .fields
        .iter()
        .filter_map(|&f| {
            let field = program.field(f);
            let init = field
                .init
                .as_ref()
                .filter(|_| field.is_static && field.constant.is_none())?;
            let assign = hir::Expr {
                id: unawait_sema::hir::ExprId::NONE,
                kind: hir::ExprKind::Assign {
                    target: hir::Place::StaticField(f),
                    value: Box::new(init.clone()),
                },
                ty: field.ty.clone(),
                span: init.span,
            };
            Some(hir::Stmt {
                id: unawait_sema::hir::StmtId::NONE,
                kind: hir::StmtKind::Expr(assign),
                span: init.span,
            })
        })
        .collect();
    let zeroed = c.fields.iter().any(|&f| {
        let field = program.field(f);
        field.is_static && structs::struct_class(&field.ty).is_some()
    });
    (!stmts.is_empty() || zeroed).then(|| hir::Method {
        is_static: true,
        body: Some(hir::Block {
            stmts,
            span: c.span,
        }),
        name_span: c.name_span,
        ..hir::Method::new(class, ".cctor", hir::MethodKind::StaticConstructor, c.span)
    })
}

pub fn lower_method(program: &hir::Program, id: hir::MethodId) -> Method {
    lower_method_in(program, id, &Tables::new(program))
}

/// `lower_method`, with the program's `Tables` computed once for many methods.
pub fn lower_method_in(program: &hir::Program, id: hir::MethodId, tables: &Tables) -> Method {
    lower_body(program, program.method(id), id, tables)
}

fn lower_body(
    program: &hir::Program,
    m: &hir::Method,
    id: hir::MethodId,
    tables: &Tables,
) -> Method {
    lower_body_as(program, m, id, tables, false)
}

/// `lower_body`; `stream_body`: `m` is an async iterator's body (`async_iterator::body`).
pub(crate) fn lower_body_as(
    program: &hir::Program,
    m: &hir::Method,
    id: hir::MethodId,
    tables: &Tables,
    stream_body: bool,
) -> Method {
    let class = &program.class(m.class).name;
    let name = format!("{class}.{}", m.name);
    // A generic declaration has no code: its instantiations are the methods that run (sema's
    // `instantiate.rs`).
    if !m.type_params.is_empty() || program.class(m.class).open {
        return Method {
            trace_name: trace_name(program, m, &name),
            name,
            return_type: m.return_type.to_string(),
            ret: None,
            kind: MethodKind::Sync,
            // One block that returns: never called, but every function has an entry.
            body: Function {
                blocks: vec![unawait_smir::Block {
                    insts: Vec::new(),
                    term: Terminator::Return(None),
                    unwind: None,
                }],
                ..Function::default()
            },
            span: m.span,
            generic: true,
        };
    }
    let stream = (!stream_body && async_iterator::is_stream(m))
        .then(|| async_iterator::kickoff(program, m, id, tables))
        .flatten();
    if let Some(body) = m
        .iterator
        .as_ref()
        .and_then(|_| iterator::kickoff(program, m, id, tables))
        .or(stream)
    {
        let trace_name = trace_name(program, m, &name);
        return Method {
            name,
            trace_name,
            return_type: m.return_type.to_string(),
            ret: Some(MachTy::Ref),
            kind: MethodKind::Sync,
            body,
            span: m.span,
            generic: false,
        };
    }
    let mut b = Builder::new(program, m, tables.layout.clone(), tables.cctors.clone());
    b.model = tables.model;
    let entry = b.cur;

    // An async method's body runs under a handler that faults its task.
    let top_handler = m.is_async.then(|| {
        let h = b.new_block();
        b.switch_to(h);
        let e = b.synthetic(Synthetic::Caught, MachTy::Ref, "Exception");
        b.emit(Inst::Caught { dst: e });
        b.emit(Inst::StoreState { state: -2 });
        b.emit(Inst::SetException { exception: e });
        b.terminate(Terminator::Return(None));
        h
    });
    if let Some(h) = top_handler {
        b.handlers.push(h);
    }
    let start = b.new_block();
    b.switch_to(start);
    if stream_body {
        b.bind_stream_arguments(program, id);
    }
    // An async method of a struct works on a copy of `this` (Roslyn's state machine keeps
    // one as `<>4__this`), however it is called: the caller's variable never changes.
    if let (true, Some(this)) = (m.is_async, b.this) {
        if program.class(m.class).kind == hir::ClassKind::Struct {
            let copy = b.copy_struct(Operand::Value(this), m.class);
            b.emit(Inst::Copy {
                dst: this,
                src: copy,
            });
        }
    }
    // A method delegates call gets its struct arguments from callers that may keep them (the
    // library passes a list's own elements): one it may change works on a copy, as C#'s
    // callee does.
    if m.delegate_entry {
        for p in structs::params_changed_in_place(m) {
            let class = m
                .locals
                .get(p.0 as usize)
                .and_then(|l| structs::struct_class(&l.ty));
            if let (Some(class), Some(v)) = (class, b.local(p)) {
                let copy = b.copy_struct(Operand::Value(v), class);
                b.emit(Inst::Copy { dst: v, src: copy });
            }
        }
    }
    // A `return` that runs `finally` code first leaves its value in a variable assigned here,
    // so that it is defined on every path to the dispatch after the `finally`.
    let value_ty = match &m.async_kind {
        AsyncKind::TaskOf(t) | AsyncKind::ValueTaskOf(t) => mach_ty(t),
        AsyncKind::NotAsync => mach_ty(&m.return_type),
        _ => None,
    };
    if let (Some(ty), true) = (
        value_ty,
        m.body
            .as_ref()
            .is_some_and(|b| jumps::has_finally(&b.stmts)),
    ) {
        let cs = match &m.async_kind {
            AsyncKind::TaskOf(t) | AsyncKind::ValueTaskOf(t) => t.to_string(),
            _ => m.return_type.to_string(),
        };
        let r = b.synthetic(Synthetic::ReturnValue, ty, &cs);
        b.emit(Inst::Copy {
            dst: r,
            src: Operand::Const(default_of(ty)),
        });
        b.return_value = Some(r);
    }
    if m.kind == hir::MethodKind::StaticConstructor {
        // Before any initializer: the class's static structs, zeroed.
        for &f in &program.class(m.class).fields {
            let field = program.field(f);
            if let (true, Some(class)) = (field.is_static, structs::struct_class(&field.ty)) {
                let v = b.new_object(class);
                b.emit(Inst::StoreStatic {
                    field: f.0,
                    name: format!("{}.{}", program.class(m.class).name, field.name),
                    src: Operand::Value(v),
                });
            }
        }
    }
    // The hidden struct locals of the user-operator expansions (`x++`'s old value, `&&`'s left
    // operand, a spilled operand, a converted `foreach` element) have no declaration to zero
    // them: a store of a call's result into one copies into the struct it holds, which must
    // exist.
    let operator_local = |name: &str| {
        ["<old>", "<left>", "<operand>", "<elem>"]
            .iter()
            .any(|p| name.starts_with(p))
    };
    for (i, l) in m.locals.iter().enumerate() {
        if let (true, Some(class)) = (operator_local(&l.name), structs::struct_class(&l.ty)) {
            if l.kind == hir::LocalKind::Local {
                if let Some(v) = b.local(hir::LocalId(i as u32)) {
                    let z = b.new_object(class);
                    b.emit(Inst::Copy {
                        dst: v,
                        src: Operand::Value(z),
                    });
                }
            }
        }
    }
    if let Some(body) = &m.body {
        b.block(body);
    }
    // Falling off the end: only `void`-like methods can (C# rejects the others, CS0161). The
    // block exists anyway in a method with a result; its `SetResult` gets the type's default,
    // as every `SetResult` of a `Task<T>` builder has a value.
    if m.is_async || m.return_type == Ty::Void {
        let result = match &m.async_kind {
            AsyncKind::TaskOf(t) | AsyncKind::ValueTaskOf(t) => {
                mach_ty(t).map(|ty| Operand::Const(default_of(ty)))
            }
            _ => None,
        };
        b.ret(result);
    }

    if stream_body {
        b.signal_stream_end();
    }
    let mut kind = if m.is_async {
        let awaits = std::mem::take(&mut b.awaits);
        let builder = builder_kind(&m.async_kind);
        // An async iterator's body is started by its `MoveNextAsync`, not by a call.
        let kickoff = if stream_body {
            let stream = tables.streams.get(id.0 as usize).copied().flatten();
            async_iterator::body_kickoff(stream.unwrap_or(id.0))
        } else {
            kickoff(program, m, id, &builder)
        };
        if awaits.is_empty() {
            // No await, no state machine: the body runs straight through.
            b.f.blocks[entry.0 as usize].term = Terminator::Goto(start);
            MethodKind::Async(StateMachine {
                kickoff,
                builder,
                frame: Default::default(),
                awaits: Vec::new(),
            })
        } else {
            dispatch_on_state(&mut b, entry, start);
            let embed = stack_objects::embeddable(&b.f, program, &b.layout);
            let (frame, awaits) = frame::build(&mut b.f, &awaits, entry, (&embed.0, &embed.1));
            MethodKind::Async(StateMachine {
                kickoff,
                builder,
                frame,
                awaits,
            })
        }
    } else {
        b.f.blocks[entry.0 as usize].term = Terminator::Goto(start);
        MethodKind::Sync
    };
    // After the frame: a value it holds across an await is stored there, so it is not stack memory.
    stack_objects::place(&mut b.f, program);
    // .NET runs the static constructors of the classes a method uses when it compiles the method,
    // that is before the method first runs (and outside any `try` of the method): at the start
    // of a synchronous body, in the kickoff of an async method (so a failure throws at the call).
    let inits: Vec<Inst> = std::mem::take(&mut b.class_inits)
        .into_iter()
        .map(|(cctor, class)| Inst::InitClass { cctor, class })
        .collect();
    if !inits.is_empty() {
        match &mut kind {
            MethodKind::Async(sm) => {
                let block = &mut sm.kickoff.blocks[0];
                block.insts.splice(0..0, inits);
            }
            MethodKind::Sync => {
                let entry = b.f.entry;
                b.f.blocks.push(Block {
                    insts: inits,
                    term: Terminator::Goto(entry),
                    unwind: None,
                });
                b.f.entry = BlockId(b.f.blocks.len() as u32 - 1);
            }
        }
    }
    let resumes: Vec<_> = match &kind {
        MethodKind::Async(sm) => sm.awaits.iter().map(|a| a.resume).collect(),
        MethodKind::Sync => Vec::new(),
    };
    let map = compact::compact(&mut b.f, &resumes);
    if let MethodKind::Async(sm) = &mut kind {
        for a in &mut sm.awaits {
            a.resume = map[a.resume.0 as usize].unwrap_or(a.resume);
        }
    }
    let trace_name = trace_name(program, m, &name);
    Method {
        name,
        trace_name,
        return_type: m.return_type.to_string(),
        ret: mach_ty(&m.return_type),
        kind,
        body: b.f,
        span: m.span,
        generic: !m.type_params.is_empty(),
    }
}

/// A state machine's entry block: load the state and switch on it (the resume cases are
/// added by frame building), to `default` when no await has suspended. The state's value.
pub(crate) fn dispatch_on_state(b: &mut Builder, entry: BlockId, default: BlockId) -> ValueId {
    let state = b.temp(MachTy::I32);
    let block = &mut b.f.blocks[entry.0 as usize];
    block.insts.push(Inst::LoadState { dst: state });
    block.term = Terminator::Switch {
        on: state,
        cases: Vec::new(),
        default,
    };
    state
}

/// How .NET's stack traces name method `m` (`name` is `Class.Method`): with its namespace.
pub(crate) fn trace_name(program: &hir::Program, m: &hir::Method, name: &str) -> String {
    match &program.class(m.class).namespace {
        Some(ns) => format!("{ns}.{name}"),
        None => name.to_string(),
    }
}

/// The code a call of an async method runs: start its state machine with the arguments and
/// return the builder's task. One shape for every builder; `Start` carries the kind.
fn kickoff(
    program: &hir::Program,
    m: &hir::Method,
    id: hir::MethodId,
    builder: &BuilderKind,
) -> Function {
    let mut f = Function::default();
    if !m.is_static {
        f.values.push(ValueInfo {
            ty: MachTy::Ref,
            name: "this".into(),
            origin: Origin::This,
            cs_ty: program.class(m.class).name.clone(),
        });
        f.params.push(ValueId(0));
    }
    for (p, ty_cs) in m.params.iter().zip(&m.param_types) {
        let Some(ty) = mach_ty(ty_cs) else { continue };
        let name = m
            .locals
            .get(p.0 as usize)
            .map_or_else(|| format!("<p{}>", p.0), |l| l.name.clone());
        f.values.push(ValueInfo {
            ty,
            name,
            origin: Origin::Param { local: p.0 },
            cs_ty: ty_cs.to_string(),
        });
        f.params.push(ValueId(f.values.len() as u32 - 1));
    }
    let task = (*builder != BuilderKind::Void).then(|| {
        f.values.push(ValueInfo {
            ty: MachTy::Ref,
            name: "<task>".into(),
            origin: Origin::Temp,
            cs_ty: m.return_type.to_string(),
        });
        ValueId(f.values.len() as u32 - 1)
    });
    let args = f.params.iter().map(|p| Operand::Value(*p)).collect();
    f.blocks.push(Block {
        insts: vec![Inst::Start {
            dst: task,
            builder: builder.clone(),
            method: id.0,
            args,
        }],
        term: Terminator::Return(task.map(Operand::Value)),
        unwind: None,
    });
    f
}

fn builder_kind(k: &AsyncKind) -> BuilderKind {
    match k {
        AsyncKind::TaskOf(t) => BuilderKind::TaskOf(mach_ty(t).unwrap_or(MachTy::Ref)),
        AsyncKind::ValueTask => BuilderKind::ValueTask,
        AsyncKind::ValueTaskOf(t) => BuilderKind::ValueTaskOf(mach_ty(t).unwrap_or(MachTy::Ref)),
        AsyncKind::Void => BuilderKind::Void,
        _ => BuilderKind::Task,
    }
}

/// The small integer type whose range a value of `ty` keeps: a small integer, or an enum with
/// one as its underlying type (arithmetic on them narrows back).
pub(crate) fn small_of(ty: &Ty) -> Option<unawait_sema::types::SmallInt> {
    match ty.underlying() {
        Ty::Small(s) => Some(*s),
        _ => None,
    }
}

/// The machine type of a C# type; `None` for `void`.
pub(crate) fn mach_ty(ty: &Ty) -> Option<MachTy> {
    Some(match ty {
        Ty::Void => return None,
        Ty::Int => MachTy::I32,
        Ty::Long => MachTy::I64,
        Ty::Bool => MachTy::Bool,
        Ty::Double => MachTy::F64,
        Ty::Char | Ty::Small(_) => MachTy::I32,
        Ty::UInt | Ty::ULong => MachTy::I64,
        Ty::Float => MachTy::F64,
        Ty::Lib(l, _) if l.is_enum() => MachTy::I32,
        // Its ticks.
        Ty::Lib(unawait_sema::types::Lib::TimeSpan, _) => MachTy::I64,
        Ty::Enum(_, e) => return mach_ty(&e.underlying),
        _ => MachTy::Ref,
    })
}

pub(crate) fn default_of(ty: MachTy) -> Const {
    match ty {
        MachTy::Bool => Const::Bool(false),
        MachTy::I32 => Const::I32(0),
        MachTy::I64 => Const::I64(0),
        MachTy::F64 => Const::F64(0.0),
        MachTy::Ref | MachTy::Awaiter(_) => Const::Null,
    }
}

/// The overrides of library virtual members the runtime calls, by their runtime keys
/// (`unawait_sema::lib_virtuals`).
fn lib_overrides(program: &hir::Program, c: &hir::Class) -> Vec<(String, u32)> {
    let mut out = enumerables::iteration_overrides(program, c);
    out.extend(lib_virtual_overrides(program, c));
    out
}

/// The overrides of the library classes' virtual members the runtime calls.
fn lib_virtual_overrides(program: &hir::Program, c: &hir::Class) -> Vec<(String, u32)> {
    // The nearest library class the chain derives from.
    let mut lib = c.lib_base.clone();
    let mut cur = c.base;
    let mut depth = 0;
    while let (None, Some(b), true) = (&lib, cur, depth < 64) {
        lib = program.class(b).lib_base.clone();
        cur = program.class(b).base;
        depth += 1;
    }
    let Some(lib) = lib else { return Vec::new() };
    c.vtable
        .iter()
        .filter_map(|&m| {
            let method = program.method(m);
            match unawait_sema::lib_virtuals::find(&lib, &method.name, &method.param_types)? {
                unawait_sema::lib_virtuals::Found::Supported(v) => Some((v.key.to_string(), m.0)),
                unawait_sema::lib_virtuals::Found::Unsupported(_) => None,
            }
        })
        .collect()
}
