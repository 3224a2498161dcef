//! Async iterators (`async IAsyncEnumerable<T>` / `IAsyncEnumerator<T>` methods), as Roslyn
//! compiles them: the method itself only makes the iterator object (its arguments kept as
//! `<>3__` copies) and returns it; the body runs when `MoveNextAsync` asks for an element.
//!
//! Roslyn makes one class that is the enumerable, the enumerator, the state machine and the
//! `IValueTaskSource<bool>` of `MoveNextAsync`. Here the object (crates/runtime/src/
//! async_iterator.rs) is the enumerable, the enumerator and the promise, and the body is an
//! async method of its own (`<Name>d__N.MoveNext`, appended after the iterators' `MoveNext`s)
//! taking the object: its first run loads the arguments from their copies, and its state
//! machine is `frame.rs`'s, an await suspending as in any async method. A `yield return e`
//! stores `e` in `<>2__current` and suspends (a custom await whose continuation the runtime
//! keeps and whose `OnCompleted` answers `MoveNextAsync` with `true`); its resumption asks
//! whether `DisposeAsync` resumed it, and then leaves as `yield break` does, through the
//! `finally` blocks around it. The body's end (`yield break`, the end, or that leaving) and
//! its exceptions answer the pending `MoveNextAsync` or `DisposeAsync` (`rt.aiter_done`,
//! `rt.aiter_fail`), so the consumer awaiting it resumes or gets the exception.

use crate::builder::{Builder, Exit, PendingAwait};
use crate::Tables;
use unawait_sema::hir::{self, AsyncKind};
use unawait_sema::types::{Lib, Ty};
use unawait_smir::{
    AwaiterKind, Callee, Const, Function, Inst, MachTy, Method, Operand, Origin, Terminator,
    ValueId, ValueInfo,
};

/// The runtime's object: header, the body's delegate, the descriptor, the state and thread,
/// `<>2__current`, the runtime's own words, then one word per argument.
pub const CURRENT: u32 = 40;
/// The `[EnumeratorCancellation]` parameter's value, which `GetAsyncEnumerator` sets.
pub const TOKEN: u32 = 88;
pub const ARGS: u32 = 104;

/// Whether method `m` is lowered as an async iterator.
pub(crate) fn is_stream(m: &hir::Method) -> bool {
    m.is_async
        && m.body.is_some()
        && m.type_params.is_empty()
        && matches!(
            m.async_kind,
            AsyncKind::AsyncEnumerable(_) | AsyncKind::AsyncEnumerator(_)
        )
}

pub(crate) fn count(program: &hir::Program) -> u32 {
    program.methods.iter().filter(|m| is_stream(m)).count() as u32
}

/// The module index of each async iterator's body, by sema's method index: after the
/// iterators' `MoveNext`s.
pub(crate) fn body_ids(program: &hir::Program) -> Vec<Option<u32>> {
    let mut next = program.methods.len() as u32 + crate::iterator::count(program);
    program
        .methods
        .iter()
        .map(|m| {
            is_stream(m).then(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// Roslyn's name of the iterator's class (`<Numbers>d__3`).
fn class_name(program: &hir::Program, m: &hir::Method, id: hir::MethodId) -> String {
    let ordinal = program
        .class(m.class)
        .methods
        .iter()
        .position(|&x| x == id)
        .unwrap_or(id.0 as usize);
    format!("<{}>d__{ordinal}", m.name)
}

fn element(m: &hir::Method) -> Ty {
    match &m.async_kind {
        AsyncKind::AsyncEnumerable(t) | AsyncKind::AsyncEnumerator(t) => t.clone(),
        _ => Ty::Error,
    }
}

/// The method's own code: make the object, keep the arguments in it.
pub(crate) fn kickoff(
    program: &hir::Program,
    m: &hir::Method,
    id: hir::MethodId,
    tables: &Tables,
) -> Option<Function> {
    let body_id = tables.streams.get(id.0 as usize).copied().flatten()?;
    let mut b = Builder::new(program, m, tables.layout.clone(), tables.cctors.clone());
    let start = b.cur;
    let elem = element(m);
    let d = b.temp_named(MachTy::Ref, "Func<object, Task>".into());
    let class = program.class(m.class).name.clone();
    let cls = class_name(program, m, id);
    // The body's delegate, made once and kept in a static of its own after the iterators'.
    let first = program.methods.len() as u32 + crate::iterator::count(program);
    let cached = program.fields.len() as u32 + crate::iterator::count(program) + (body_id - first);
    crate::iterator::cached_delegate(
        &mut b,
        d,
        cached,
        format!("{class}.{cls}"),
        body_id,
        "System.Func`2[System.Object,System.Threading.Tasks.Task]",
    );
    let params = b.f.params.clone();
    let enumerable = matches!(m.return_type, Ty::Lib(Lib::IAsyncEnumerable, _));
    let refs: Vec<String> = params
        .iter()
        .enumerate()
        .filter(|(_, p)| b.f.value(**p).ty == MachTy::Ref)
        .map(|(i, _)| (ARGS + 8 * i as u32).to_string())
        .collect();
    // The `[EnumeratorCancellation]` parameter's word (after `this`).
    let token = program
        .enumerator_cancellation
        .get(&id)
        .map(|&p| (p + u32::from(!m.is_static)).to_string())
        .unwrap_or_default();
    let layout = format!(
        "{}|{}|{}|{}|{token}|{class}+{cls}",
        u8::from(enumerable),
        crate::iterator::kind_code(&elem),
        params.len(),
        refs.join(","),
    );
    let obj = b.temp_named(MachTy::Ref, m.return_type.to_string());
    b.emit(Inst::Call {
        dst: Some(obj),
        callee: Callee::Runtime("rt.aiter_new"),
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
        let field = if Some(*p) == b.this {
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

/// The struct type of an argument (`this` of a struct, a struct parameter).
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

/// The body of async iterator `id`: an async method returning `Task` that takes the object.
pub(crate) fn body(
    program: &hir::Program,
    m: &hir::Method,
    id: hir::MethodId,
    tables: &Tables,
) -> Method {
    let mut body = m.clone();
    body.async_kind = AsyncKind::Task;
    body.return_type = Ty::lib(Lib::Task);
    let mut method = crate::lower_body_as(program, &body, id, tables, true);
    let class = &program.class(m.class).name;
    method.name = format!("{class}.{}.MoveNext", class_name(program, m, id));
    // The iterator method's type: the dumps show the body as its class.
    method.return_type = m.return_type.to_string();
    method
}

/// The body's kickoff: `Start` with the object, the one argument the runtime passes.
pub(crate) fn body_kickoff(id: u32) -> Function {
    let mut f = Function::default();
    f.values.push(ValueInfo {
        ty: MachTy::Ref,
        name: "this".into(),
        origin: Origin::This,
        cs_ty: "object".into(),
    });
    f.params.push(ValueId(0));
    f.values.push(ValueInfo {
        ty: MachTy::Ref,
        name: "<task>".into(),
        origin: Origin::Temp,
        cs_ty: "Task".into(),
    });
    let task = ValueId(1);
    f.blocks.push(unawait_smir::Block {
        insts: vec![Inst::Start {
            dst: Some(task),
            builder: unawait_smir::BuilderKind::Task,
            method: id,
            args: vec![Operand::Value(ValueId(0))],
        }],
        term: Terminator::Return(Some(Operand::Value(task))),
        unwind: None,
    });
    f
}

impl<'p> Builder<'p> {
    /// At the body's start: the object is the one parameter; the method's arguments are loaded
    /// from their copies (a struct copied again: each enumeration starts from the values
    /// passed).
    pub(crate) fn bind_stream_arguments(&mut self, program: &hir::Program, id: hir::MethodId) {
        let m = self.method;
        let cls = class_name(program, m, id);
        let args = std::mem::take(&mut self.f.params);
        if let Some(this) = self.this {
            self.f.values[this.0 as usize].name = "<>4__this".into();
        }
        self.f.values.push(ValueInfo {
            ty: MachTy::Ref,
            name: "this".into(),
            origin: Origin::This,
            cs_ty: cls.clone(),
        });
        let obj = ValueId(self.f.values.len() as u32 - 1);
        self.f.params.push(obj);
        let token = program
            .enumerator_cancellation
            .get(&id)
            .map(|&p| (p + u32::from(!m.is_static)) as usize);
        for (i, a) in args.iter().enumerate() {
            let name = self.f.value(*a).name.clone();
            // Roslyn's `GetAsyncEnumerator` gives the parameter the argument and its token
            // combined: the runtime's (`<>x__combinedTokens`).
            let (offset, field) = match token == Some(i) {
                true => (TOKEN, format!("{cls}.<>x__combinedTokens")),
                false => (ARGS + 8 * i as u32, format!("{cls}.<>3__{name}")),
            };
            self.emit(Inst::LoadField {
                dst: *a,
                object: Operand::Value(obj),
                offset,
                name: field,
            });
            if let Some(class) = struct_of(program, m, self, *a) {
                let copy = self.copy_struct(Operand::Value(*a), class);
                self.emit(Inst::Copy { dst: *a, src: copy });
            }
        }
        self.iterator = Some(crate::builder::IteratorScope {
            object: obj,
            class: cls,
        });
        self.stream = true;
    }

    /// `yield return e;` in an async iterator: the element in `<>2__current`, then a
    /// suspension the runtime resumes at the next `MoveNextAsync` (or `DisposeAsync`, and then
    /// the body leaves as `yield break` would here).
    pub(crate) fn stream_yield(&mut self, e: &'p hir::Expr) {
        let Some(scope) = self.iterator.as_ref() else {
            self.terminate(Terminator::Unreachable);
            return;
        };
        let (obj, cls) = (scope.object, scope.class.clone());
        let Some(v) = self.expr(e) else { return };
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
        let (suspend, resume, after) = (self.new_block(), self.new_block(), self.new_block());
        self.goto(suspend);
        self.switch_to(suspend);
        let k = self.temp_named(MachTy::Ref, "Action".into());
        self.emit(Inst::AwaitContinuation { dst: k });
        self.emit(Inst::Call {
            dst: None,
            callee: Callee::Runtime("rt.aiter_yield"),
            args: vec![Operand::Value(obj), Operand::Value(k)],
            span: e.span,
        });
        self.terminate(Terminator::Suspend);
        self.f.blocks[resume.0 as usize].term = Terminator::Goto(after);
        self.awaits.push(PendingAwait {
            state: self.awaits.len() as i32,
            hir: e.id.0,
            span: e.span,
            kind: AwaiterKind::Custom,
            awaiter_ty: "yield return".into(),
            awaiter: obj,
            suspend,
            resume,
            elided: Vec::new(),
            custom: true,
            stream_yield: true,
        });
        self.switch_to(after);
        let disposing = self.temp(MachTy::Bool);
        self.emit(Inst::Call {
            dst: Some(disposing),
            callee: Callee::Runtime("rt.aiter_resumed"),
            args: vec![Operand::Value(obj)],
            span: e.span,
        });
        let (leave, next) = (self.new_block(), self.new_block());
        self.branch(Operand::Value(disposing), leave, next);
        self.switch_to(leave);
        self.jump(Exit::Return, None);
        self.switch_to(next);
    }

    /// The body's end answers the consumer: each `SetResult` first tells the runtime the
    /// iterator finished, and the handler that would fault the body's task hands the
    /// exception to the consumer instead (nobody awaits the body's own task).
    pub(crate) fn signal_stream_end(&mut self) {
        let Some(obj) = self.iterator.as_ref().map(|s| s.object) else {
            return;
        };
        for block in &mut self.f.blocks {
            let mut out = Vec::with_capacity(block.insts.len() + 1);
            for inst in std::mem::take(&mut block.insts) {
                match inst {
                    Inst::SetResult { value } => {
                        out.push(Inst::Call {
                            dst: None,
                            callee: Callee::Runtime("rt.aiter_done"),
                            args: vec![Operand::Value(obj)],
                            span: self.span,
                        });
                        out.push(Inst::SetResult { value });
                    }
                    Inst::SetException { exception } => {
                        out.push(Inst::Call {
                            dst: None,
                            callee: Callee::Runtime("rt.aiter_fail"),
                            args: vec![Operand::Value(obj), Operand::Value(exception)],
                            span: self.span,
                        });
                        out.push(Inst::SetResult { value: None });
                    }
                    other => out.push(other),
                }
            }
            block.insts = out;
        }
    }
}
