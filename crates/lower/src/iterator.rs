//! Iterators (`yield return`), as Roslyn compiles them: the method itself only makes the
//! iterator object (its arguments kept as `<>3__` copies) and returns it; the body becomes a
//! synchronous `MoveNext(object)` of that object whose state is `<>1__state`, whose current
//! element is `<>2__current`, and whose values live across a `yield` are fields of the object.
//! The frame is `frame.rs`'s, computed as for an async method: a `yield return` is a
//! suspension (state, values stored, `return true`), and its resumption is a dispatch state.
//! The states: 0 not started, 2k+1 suspended at the k-th `yield return`, 2k+2 its disposal
//! (the runtime's `Dispose` sets it and runs `MoveNext`, which leaves through the `finally`
//! blocks around that `yield` as `yield break` would), -1 running or finished, -2 an
//! enumerable no `GetEnumerator()` has taken yet. The runtime object (crates/runtime/src/
//! iterator.rs) has the layout the constants below describe.

use crate::builder::{Builder, Exit, PendingAwait};
use crate::Tables;
use unawait_sema::hir;
use unawait_sema::types::Ty;
use unawait_smir::{
    AwaiterKind, Block, BlockId, Callee, Const, DelegateDispatch, Function, Inst, MachTy, Method,
    MethodKind, Operand, Origin, Terminator, ValueId, ValueInfo,
};

/// The runtime's iterator object: header, `MoveNext`'s delegate, the runtime's descriptor,
/// the state and the creating thread, the current element, then one word per argument
/// (`<>3__` copies), then the frame.
pub const STATE: u32 = 32;
pub const CURRENT: u32 = 40;
pub const ARGS: u32 = 48;

/// Whether method `m` is lowered as an iterator (it has a body; sema checked it as one).
fn is_iterator(m: &hir::Method) -> bool {
    m.iterator.is_some() && m.body.is_some()
}

/// How many iterators the program has.
pub(crate) fn count(program: &hir::Program) -> u32 {
    program.methods.iter().filter(|m| is_iterator(m)).count() as u32
}

/// The module index of each iterator's `MoveNext`, by sema's method index: they follow the
/// program's methods, before the static constructors `lower` synthesizes (`crate::cctor_ids`).
pub(crate) fn move_next_ids(program: &hir::Program) -> Vec<Option<u32>> {
    let mut next = program.methods.len() as u32;
    program
        .methods
        .iter()
        .map(|m| {
            is_iterator(m).then(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// Roslyn's name of an iterator's class (`<Numbers>d__3`, the number the method's place
/// among its class's methods).
fn class_name(program: &hir::Program, m: &hir::Method, id: hir::MethodId) -> String {
    let ordinal = program
        .class(m.class)
        .methods
        .iter()
        .position(|&x| x == id)
        .unwrap_or(id.0 as usize);
    format!("<{}>d__{ordinal}", m.name)
}

/// The kind code the runtime gives elements of type `t` (`ElemKind`'s): the value types
/// that print or box as their own (`char`, the small and unsigned integers, `float`), else
/// the machine type's.
pub(crate) fn kind_code(t: &Ty) -> u32 {
    use unawait_sema::types::SmallInt;
    match t {
        Ty::Char => return 7,
        Ty::Small(SmallInt::Byte) => return 8,
        Ty::Small(SmallInt::SByte) => return 9,
        Ty::Small(SmallInt::Short) => return 10,
        Ty::Small(SmallInt::UShort) => return 11,
        Ty::UInt => return 12,
        Ty::ULong => return 13,
        Ty::Float => return 14,
        _ => {}
    }
    match crate::mach_ty(t) {
        Some(MachTy::Bool) => 0,
        Some(MachTy::I32) => 1,
        Some(MachTy::I64) => 2,
        Some(MachTy::F64) => 3,
        _ => 4,
    }
}

/// The iterator method's own code: make the iterator object, keep the arguments in it.
pub(crate) fn kickoff(
    program: &hir::Program,
    m: &hir::Method,
    id: hir::MethodId,
    tables: &Tables,
) -> Option<Function> {
    let move_next_id = tables.iterators.get(id.0 as usize).copied().flatten()?;
    let mut b = Builder::new(program, m, tables.layout.clone(), tables.cctors.clone());
    let start = b.cur;
    let elem = m.iterator.as_ref()?;
    let d = b.temp_named(MachTy::Ref, "Func<object, bool>".into());
    let class = program.class(m.class).name.clone();
    let cls = class_name(program, m, id);
    // The delegate the runtime runs `MoveNext` through, made once and kept in a static of
    // its own (after the program's): the object is the call's one allocation, as in .NET.
    let cached = program.fields.len() as u32 + (move_next_id - program.methods.len() as u32);
    cached_delegate(
        &mut b,
        d,
        cached,
        format!("{class}.{cls}"),
        move_next_id,
        "System.Func`2[System.Object,System.Boolean]",
    );
    let params = b.f.params.clone();
    // The object's size needs the frame's: `MoveNext` lowered here too, for its frame only.
    let frame = move_next(program, m, id, tables).1;
    let enumerable = matches!(
        m.return_type,
        Ty::Lib(unawait_sema::types::Lib::IEnumerable, _)
    );
    // What the runtime needs to know of the object: its .NET name, whether it is an
    // enumerable, its elements' kind, its size and where its references are.
    let mut refs: Vec<u32> = Vec::new();
    if crate::mach_ty(elem) == Some(MachTy::Ref) {
        refs.push(CURRENT);
    }
    for (i, p) in params.iter().enumerate() {
        if b.f.value(*p).ty == MachTy::Ref {
            refs.push(ARGS + 8 * i as u32);
        }
    }
    let base = ARGS + 8 * params.len() as u32;
    refs.extend(frame.1.iter().map(|o| base + o));
    // The class name last: a local function's (`<<Main>g__Evens|0_0>d__1`) has `|` in it.
    let layout = format!(
        "{}|{}|{}|{}|{}|{}|{class}+{cls}",
        u8::from(enumerable),
        kind_code(elem),
        params.len(),
        base - ARGS + frame.0,
        refs.iter()
            .map(|r| r.to_string())
            .collect::<Vec<_>>()
            .join(","),
        crate::type_names::dotnet_name(program, elem),
    );
    let obj = b.temp_named(MachTy::Ref, m.return_type.to_string());
    b.emit(Inst::Call {
        dst: Some(obj),
        callee: Callee::Runtime("rt.iter_new"),
        args: vec![Operand::Value(d), Operand::Const(Const::Str(layout))],
        span: m.span,
    });
    for (i, p) in params.iter().enumerate() {
        // A struct's `this` is the caller's variable: the iterator keeps a copy of the value.
        let src = match (Some(*p) == b.this, struct_of(program, m, &b, *p)) {
            (true, Some(class)) => b.copy_struct(Operand::Value(*p), class),
            _ => Operand::Value(*p),
        };
        let name = b.f.value(*p).name.clone();
        let field = if name == "this" {
            "<>3__<>4__this".to_string()
        } else {
            format!("<>3__{name}")
        };
        b.emit(Inst::StoreField {
            object: Operand::Value(obj),
            offset: ARGS + 8 * i as u32,
            name: format!("{cls}.{field}"),
            src,
        });
    }
    b.terminate(Terminator::Return(Some(Operand::Value(obj))));
    let mut f = b.f;
    f.entry = start;
    crate::compact::compact(&mut f, &[]);
    Some(f)
}

/// `MoveNext` of iterator `id`, and its frame's size and reference offsets (for the kickoff).
pub(crate) fn move_next(
    program: &hir::Program,
    m: &hir::Method,
    id: hir::MethodId,
    tables: &Tables,
) -> (Method, (u32, Vec<u32>)) {
    let class = program.class(m.class).name.clone();
    let cls = class_name(program, m, id);
    let mut b = Builder::new(program, m, tables.layout.clone(), tables.cctors.clone());
    b.model = tables.model;
    let entry = b.cur;
    // The arguments become values the first run loads from the object's copies.
    let args = std::mem::take(&mut b.f.params);
    if let Some(this) = b.this {
        b.f.values[this.0 as usize].name = "<>4__this".into();
        b.f.values[this.0 as usize].origin = Origin::Temp;
    }
    b.f.values.push(ValueInfo {
        ty: MachTy::Ref,
        name: "this".into(),
        origin: Origin::This,
        cs_ty: cls.clone(),
    });
    let obj = ValueId(b.f.values.len() as u32 - 1);
    b.f.params.push(obj);
    b.iterator = Some(crate::builder::IteratorScope {
        object: obj,
        class: cls.clone(),
    });
    let has_finally = m
        .body
        .as_ref()
        .is_some_and(|body| crate::jumps::has_finally(&body.stmts));
    let body_start = b.new_block();
    let start = b.new_block();
    let unused = b.new_block();
    b.f.blocks[start.0 as usize].term = Terminator::Goto(body_start);
    b.f.blocks[unused.0 as usize].term = Terminator::Unreachable;
    b.awaits.push(PendingAwait {
        state: 0,
        hir: 0,
        span: m.span,
        kind: AwaiterKind::Custom,
        awaiter_ty: String::new(),
        awaiter: obj,
        suspend: unused,
        resume: start,
        elided: Vec::new(),
        custom: true,
        stream_yield: false,
    });
    b.switch_to(body_start);
    for (i, a) in args.iter().enumerate() {
        b.emit(Inst::LoadField {
            dst: *a,
            object: Operand::Value(obj),
            offset: ARGS + 8 * i as u32,
            name: format!("{cls}.<>3__{}", b.f.value(*a).name),
        });
        // Each enumeration works on its own copy of a struct argument (or `this`), as C#'s
        // `GetEnumerator()` copies `<>3__p` into `p`: what one changes the next does not see.
        if let Some(class) = struct_of(program, m, &b, *a) {
            let copy = b.copy_struct(Operand::Value(*a), class);
            b.emit(Inst::Copy { dst: *a, src: copy });
        }
    }
    if has_finally {
        let r = b.synthetic(unawait_smir::Synthetic::ReturnValue, MachTy::Bool, "bool");
        b.emit(Inst::Copy {
            dst: r,
            src: Operand::Const(Const::Bool(false)),
        });
        b.return_value = Some(r);
    }
    if let Some(body) = &m.body {
        b.block(body);
    }
    b.jump(Exit::Return, Some(Operand::Const(Const::Bool(false))));

    let done = b.new_block();
    b.f.blocks[done.0 as usize].term = Terminator::Return(Some(Operand::Const(Const::Bool(false))));
    b.f.blocks[done.0 as usize].unwind = None;
    let state = crate::dispatch_on_state(&mut b, entry, done);
    let awaits = std::mem::take(&mut b.awaits);
    let (frame, _) = crate::frame::build_excluding(&mut b.f, &awaits, entry, (&[], &[]), obj);
    // The object is never null, so the field accesses that stand for the frame's loads and
    // stores cannot throw: outside the `try` they are in, no handler sees the values they
    // define still undefined.
    for a in &awaits {
        for blk in [a.resume, a.suspend] {
            b.f.blocks[blk.0 as usize].unwind = None;
        }
    }
    let base = ARGS + 8 * args.len() as u32;
    // The frame's instructions as the object's fields, named as Roslyn names them.
    let slot_names: Vec<String> = frame
        .slots
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let held = s.holds.first().map(|h| b.f.value(h.value));
            let name = held.map_or("", |v| v.name.split('#').next().unwrap_or(""));
            // Roslyn's names: a parameter's field is the parameter's name, a local's
            // `<name>5__N`.
            match held.map(|v| &v.origin) {
                Some(Origin::Param { .. }) if s.holds.len() == 1 => format!("{cls}.{name}"),
                _ if name == "<>4__this" => format!("{cls}.<>4__this"),
                // A compiler temporary (a `foreach`'s array and index): Roslyn's wraps.
                _ if name.starts_with('<') => format!("{cls}.<>7__wrap{}", i + 1),
                _ => format!("{cls}.<{name}>5__{}", i + 1),
            }
        })
        .collect();
    for block in &mut b.f.blocks {
        for inst in &mut block.insts {
            *inst = match std::mem::replace(inst, Inst::LoadState { dst: state }) {
                Inst::LoadState { dst } => Inst::LoadField {
                    dst,
                    object: Operand::Value(obj),
                    offset: STATE,
                    name: format!("{cls}.<>1__state"),
                },
                Inst::StoreState { state } => Inst::StoreField {
                    object: Operand::Value(obj),
                    offset: STATE,
                    name: format!("{cls}.<>1__state"),
                    src: Operand::Const(Const::I32(state)),
                },
                Inst::FrameLoad { dst, slot } => Inst::LoadField {
                    dst,
                    object: Operand::Value(obj),
                    offset: base + frame.slots[slot.0 as usize].offset,
                    name: slot_names[slot.0 as usize].clone(),
                },
                Inst::FrameStore { slot, src } => Inst::StoreField {
                    object: Operand::Value(obj),
                    offset: base + frame.slots[slot.0 as usize].offset,
                    name: slot_names[slot.0 as usize].clone(),
                    src: Operand::Value(src),
                },
                Inst::FrameClear { slot } => Inst::StoreField {
                    object: Operand::Value(obj),
                    offset: base + frame.slots[slot.0 as usize].offset,
                    name: slot_names[slot.0 as usize].clone(),
                    src: Operand::Const(Const::Null),
                },
                other => other,
            };
        }
    }
    crate::stack_objects::place(&mut b.f, program);
    let inits: Vec<Inst> = std::mem::take(&mut b.class_inits)
        .into_iter()
        .map(|(cctor, class)| Inst::InitClass { cctor, class })
        .collect();
    if !inits.is_empty() {
        let entry = b.f.entry;
        b.f.blocks.push(Block {
            insts: inits,
            term: Terminator::Goto(entry),
            unwind: None,
        });
        b.f.entry = BlockId(b.f.blocks.len() as u32 - 1);
    }
    crate::compact::compact(&mut b.f, &[]);
    let refs = frame
        .slots
        .iter()
        .filter(|s| s.ty.has_refs())
        .map(|s| s.offset)
        .collect();
    let name = format!("{class}.{cls}.MoveNext");
    let trace_name = crate::trace_name(program, m, &name);
    let method = Method {
        name,
        trace_name,
        return_type: "bool".into(),
        ret: Some(MachTy::Bool),
        kind: MethodKind::Sync,
        body: b.f,
        span: m.span,
        generic: false,
    };
    (method, (frame.bytes, refs))
}

/// The struct type of an argument of the iterator (`this` of a struct, a struct parameter).
fn struct_of(
    program: &hir::Program,
    m: &hir::Method,
    b: &Builder<'_>,
    v: ValueId,
) -> Option<hir::ClassId> {
    if Some(v) == b.this {
        return (program.class(m.class).kind == hir::ClassKind::Struct).then_some(m.class);
    }
    match b.f.value(v).origin {
        Origin::Param { local } => crate::structs::struct_class(&m.locals.get(local as usize)?.ty),
        _ => None,
    }
}

impl<'p> Builder<'p> {
    /// `yield return e;`: the element in `<>2__current`, then a suspension whose resumption
    /// goes on after the statement and whose disposal leaves as `yield break` would here.
    pub(crate) fn yield_return(&mut self, e: &'p hir::Expr) {
        let Some(scope) = self.iterator.as_ref() else {
            self.terminate(Terminator::Unreachable);
            return;
        };
        let (obj, cls) = (scope.object, scope.class.clone());
        let Some(v) = self.expr(e) else { return };
        // `<>2__current` holds its own copy of a struct value: the body may change its local.
        let v = match crate::structs::struct_class(&e.ty) {
            Some(class) => self.copy_struct(v, class),
            None => v,
        };
        self.emit(Inst::StoreField {
            object: Operand::Value(obj),
            offset: CURRENT,
            name: format!("{cls}.<>2__current"),
            src: v,
        });
        let (suspend, resume, dispose, after) = (
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
        );
        self.goto(suspend);
        self.f.blocks[suspend.0 as usize].term =
            Terminator::Return(Some(Operand::Const(Const::Bool(true))));
        self.f.blocks[resume.0 as usize].term = Terminator::Goto(after);
        let unused = self.new_block();
        self.f.blocks[unused.0 as usize].term = Terminator::Unreachable;
        for (resume, suspend) in [(resume, suspend), (dispose, unused)] {
            self.awaits.push(PendingAwait {
                state: self.awaits.len() as i32,
                hir: e.id.0,
                span: e.span,
                kind: AwaiterKind::Custom,
                awaiter_ty: String::new(),
                awaiter: obj,
                suspend,
                resume,
                elided: Vec::new(),
                custom: true,
                stream_yield: false,
            });
        }
        // `frame.rs` replaces the resumption block's instructions with the frame's loads.
        let leave = self.new_block();
        self.f.blocks[dispose.0 as usize].term = Terminator::Goto(leave);
        self.switch_to(leave);
        self.jump(Exit::Return, Some(Operand::Const(Const::Bool(false))));
        self.switch_to(after);
    }
}

/// `d` = the delegate of method `method` (`{owner}.MoveNext`) kept in static `field`
/// (`{owner}.<>9__MoveNext`), made and stored on first use: an iterator's call allocates only
/// its object, as in .NET.
pub(crate) fn cached_delegate(
    b: &mut Builder,
    d: ValueId,
    field: u32,
    owner: String,
    method: u32,
    type_name: &str,
) {
    let cache_name = format!("{owner}.<>9__MoveNext");
    b.emit(Inst::LoadStatic {
        dst: d,
        field,
        name: cache_name.clone(),
    });
    let missing = b.temp(MachTy::Bool);
    b.emit(Inst::Binary {
        dst: missing,
        op: unawait_smir::BinOp::Eq,
        ty: MachTy::Ref,
        lhs: Operand::Value(d),
        rhs: Operand::Const(Const::Null),
    });
    let (make, made) = (b.new_block(), b.new_block());
    b.branch(Operand::Value(missing), make, made);
    b.switch_to(make);
    b.emit(Inst::NewDelegate {
        dst: d,
        method,
        name: format!("{owner}.MoveNext"),
        target: None,
        type_name: type_name.into(),
        dispatch: DelegateDispatch::Direct,
    });
    b.emit(Inst::StoreStatic {
        field,
        name: cache_name,
        src: Operand::Value(d),
    });
    b.goto(made);
    b.switch_to(made);
}
