//! The function under construction: values with unique names, blocks, the block being filled,
//! and the scopes that decide where control goes (loops, handlers, `finally` bodies to run on the
//! way out). `stmt.rs` and `expr.rs` drive it.

use std::collections::HashMap;
use unawait_sema::hir::{self, LocalId};
use unawait_smir::{
    AwaiterKind, Block, BlockId, Function, Inst, MachTy, Operand, Origin, Synthetic, Terminator,
    ValueId, ValueInfo,
};
use unawait_syntax::fx::Fx;
use unawait_syntax::Span;

/// An await whose suspend and resume blocks `frame.rs` fills once liveness is known.
pub struct PendingAwait {
    pub state: i32,
    pub hir: u32,
    pub span: Span,
    pub kind: AwaiterKind,
    /// The awaiter's C# type (`TaskAwaiter<int>`).
    pub awaiter_ty: String,
    pub awaiter: ValueId,
    pub suspend: BlockId,
    pub resume: BlockId,
    /// The `return await` wrappers its call skipped (`crate::elide`).
    pub elided: Vec<unawait_smir::Elided>,
    /// A custom awaiter's await: the awaiter is an ordinary value carried in the frame, and
    /// the suspend block already holds the `OnCompleted` call (`frame.rs` puts the stores
    /// before it).
    pub custom: bool,
    /// An async iterator's `yield return` (`crate::async_iterator`): a suspension that is no
    /// await of C#'s.
    pub stream_yield: bool,
}

/// A loop, or a `switch` (which `break` leaves and `continue` passes).
pub struct LoopScope {
    pub break_to: BlockId,
    /// `None` for a `switch`.
    pub continue_to: Option<BlockId>,
    /// How many `finally` bodies were open when the loop started: a jump out of the loop runs
    /// the ones opened inside it.
    pub finally_depth: usize,
}

/// A way out of a `try` that must run its `finally` first: it is numbered, the number is stored
/// in `pending`, and after the `finally` code a switch on `pending` takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// To the loop (or `switch`) at this index of `loops`.
    Break(usize),
    Continue(usize),
    Return,
    /// `goto L`.
    Label(hir::LabelId),
    /// `goto case`/`goto default`: section `.1` of the switch at index `.0` of `switches`.
    Section(usize, u32),
}

/// A `switch` being lowered: its sections' first blocks.
pub struct SwitchScope {
    pub sections: Vec<BlockId>,
    pub finally_depth: usize,
}

/// What surrounds the point being lowered for an exception's first pass (docs/lowering.md):
/// `try` bodies with catch clauses, and the `finally` blocks that stop it.
#[derive(Clone)]
pub enum Region<'p> {
    /// The body of a `try` with catch clauses; for each clause with a filter whose verdict may
    /// be reached twice (a `finally` inside the `try` runs the first pass), the exception the
    /// filter last ran for and its result.
    Catches {
        clauses: &'p [hir::CatchClause],
        verdicts: Vec<Option<(ValueId, ValueId)>>,
    },
    /// The body or a catch block of a `try` whose `finally` awaits, in an async method: C#'s
    /// compiler turns that `finally` into a handler that catches everything, so the first pass
    /// ends there.
    Barrier,
}

pub struct FinallyScope {
    /// The one copy of the `finally` code.
    pub entry: BlockId,
    /// 0: fall through; -1: rethrow `exception`; k > 0: take `exits[k - 1]`.
    pub pending: ValueId,
    /// The exception in flight when the `finally` began (null on every other way in).
    pub exception: ValueId,
    pub exits: Vec<Exit>,
}

pub struct Builder<'p> {
    pub program: &'p hir::Program,
    pub method: &'p hir::Method,
    pub f: Function,
    pub cur: BlockId,
    names: HashMap<String, u32, Fx>,
    /// The value of each local, by `LocalId`, once made.
    locals: Vec<Option<ValueId>>,
    temps: u32,
    pub loops: Vec<LoopScope>,
    pub switches: Vec<SwitchScope>,
    /// The first block of each label, made by its first `goto` or the label itself.
    pub labels: HashMap<hir::LabelId, BlockId>,
    /// How many `finally` scopes enclose each label (`crate::jumps::label_depths`).
    pub label_depths: HashMap<hir::LabelId, usize>,
    /// The innermost last: see `Region`.
    pub regions: Vec<Region<'p>>,
    /// The innermost handler last: blocks created now unwind there.
    pub handlers: Vec<BlockId>,
    /// `try` statements with a `finally` enclosing the current point, innermost last.
    pub finallies: Vec<FinallyScope>,
    /// Where a `return` that must first run `finally` code leaves its value.
    pub return_value: Option<ValueId>,
    /// How many `finally` bodies enclose the current point: `return_value` may hold a pending
    /// return there.
    pub in_finally: u32,
    /// The exception of each enclosing `catch`, for `throw;`.
    pub caught: Vec<ValueId>,
    pub is_async: bool,
    pub awaits: Vec<PendingAwait>,
    /// The innermost expression being lowered: what a call instruction records as its span.
    pub span: unawait_syntax::Span,
    /// Each class's static constructor (`crate::cctor_ids`).
    pub cctors: std::sync::Arc<Vec<Option<u32>>>,
    /// The static constructors of the classes whose fields the method uses, in order of first
    /// use, with the class names.
    pub class_inits: Vec<(u32, String)>,
    /// `this`, in an instance method: its first parameter.
    pub this: Option<ValueId>,
    /// Where each instance field lives in its object.
    pub layout: std::sync::Arc<crate::layout::Layouts>,
    /// For a method returning a struct: the caller's object it writes the struct into, and
    /// the struct's class (`structs::return_buffer_class`).
    pub return_buffer: Option<(ValueId, hir::ClassId)>,
    /// The return buffers of the calls lowered so far (`calls::call_with`): a struct local
    /// assigned one copies it (`places::store_place`).
    pub buffers: std::collections::HashSet<ValueId>,
    /// Locals passed by reference to a call being lowered: the address operand, the local,
    /// and whether the call may read it (`crate::refs`).
    pub ref_locals: Vec<(ValueId, ValueId, bool)>,
    /// While a custom awaiter's members are lowered: what their placeholders stand for, the
    /// awaiter and (for `OnCompleted`) the continuation (`awaits::custom_await`).
    pub custom_awaiter: Option<(Operand, Option<Operand>)>,
    /// The runtime lowered for: under .NET's no call is awaited directly (`awaits::direct_call`).
    pub model: unawait_smir::Model,
    /// In an iterator's `MoveNext`: its object (`crate::iterator`).
    pub iterator: Option<IteratorScope>,
    /// In an async iterator's body (`crate::async_iterator`): `iterator` is its object, and a
    /// `yield` suspends the async method.
    pub stream: bool,
}

/// The iterator object whose `MoveNext` is being lowered, and its class's name.
pub struct IteratorScope {
    pub object: ValueId,
    pub class: String,
}

impl<'p> Builder<'p> {
    pub fn new(
        program: &'p hir::Program,
        method: &'p hir::Method,
        layout: std::sync::Arc<crate::layout::Layouts>,
        cctors: std::sync::Arc<Vec<Option<u32>>>,
    ) -> Self {
        let mut b = Builder {
            program,
            method,
            f: Function::default(),
            cur: BlockId(0),
            names: HashMap::default(),
            locals: vec![None; method.locals.len()],
            temps: 0,
            loops: Vec::new(),
            switches: Vec::new(),
            labels: HashMap::new(),
            label_depths: method
                .body
                .as_ref()
                .map(crate::jumps::label_depths)
                .unwrap_or_default(),
            regions: Vec::new(),
            handlers: Vec::new(),
            finallies: Vec::new(),
            return_value: None,
            in_finally: 0,
            caught: Vec::new(),
            is_async: method.is_async,
            awaits: Vec::new(),
            cctors,
            model: unawait_smir::Model::Unawait,
            span: method.span,
            class_inits: Vec::new(),
            this: None,
            layout,
            ref_locals: Vec::new(),
            return_buffer: None,
            buffers: Default::default(),
            custom_awaiter: None,
            iterator: None,
            stream: false,
        };
        b.cur = b.new_block();
        b.f.entry = b.cur;
        if !method.is_static {
            let class = program.class(method.class).name.clone();
            // In a state machine `this` is the machine itself; C# keeps the object as `<>4__this`.
            let name = if method.is_async { "<>4__this" } else { "this" };
            let this = b.value(MachTy::Ref, name, Origin::This, class);
            b.this = Some(this);
            b.f.params.push(this);
        }
        for &p in &method.params {
            if let Some(v) = b.local(p) {
                b.f.params.push(v);
            }
        }
        if let Some(class) = crate::structs::return_buffer_class(method) {
            let cs = program.class(class).name.clone();
            let buffer = b.synthetic(Synthetic::ReturnBuffer, MachTy::Ref, &cs);
            b.f.params.push(buffer);
            b.return_buffer = Some((buffer, class));
        }
        b
    }

    fn value(&mut self, ty: MachTy, name: &str, origin: Origin, cs_ty: String) -> ValueId {
        let name = match self.names.get_mut(name) {
            Some(count) => {
                *count += 1;
                format!("{name}#{count}")
            }
            None => {
                self.names.insert(name.to_string(), 1);
                name.to_string()
            }
        };
        self.push_value(ty, name, origin, cs_ty)
    }

    fn push_value(&mut self, ty: MachTy, name: String, origin: Origin, cs_ty: String) -> ValueId {
        self.f.values.push(ValueInfo {
            ty,
            name,
            origin,
            cs_ty,
        });
        ValueId(self.f.values.len() as u32 - 1)
    }

    pub fn temp(&mut self, ty: MachTy) -> ValueId {
        self.temp_named(ty, ty.csharp().to_string())
    }

    /// A temporary holding a value of C# type `ty`; `None` for `void`.
    pub fn temp_for(&mut self, ty: &unawait_sema::types::Ty) -> Option<ValueId> {
        let mty = crate::mach_ty(ty)?;
        Some(self.temp_named(mty, ty.to_string()))
    }

    pub fn temp_named(&mut self, ty: MachTy, cs_ty: String) -> ValueId {
        self.temps += 1;
        // `<tN>` is unique as it is: no other value's name starts `<t` (locals are C#
        // identifiers, the synthetic names are fixed), so it needs no entry in `names`.
        let mut digits = [0u8; 10];
        let mut at = digits.len();
        let mut n = self.temps;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let mut name = String::with_capacity(3 + digits.len() - at);
        name.push_str("<t");
        name.extend(digits[at..].iter().map(|&d| d as char));
        name.push('>');
        self.push_value(ty, name, Origin::Temp, cs_ty)
    }

    /// A compiler variable with a name that says what it is for (`<pending>`, `<exception>`,
    /// `<return>`), as dumps show it.
    pub fn synthetic(&mut self, kind: Synthetic, ty: MachTy, cs_ty: &str) -> ValueId {
        self.value(ty, kind.name(), Origin::Synthetic(kind), cs_ty.to_string())
    }

    /// The value that holds a local or parameter; `None` for a `void`-typed one (none exist in
    /// checked programs, but lowering must not panic on an error type).
    pub fn local(&mut self, id: LocalId) -> Option<ValueId> {
        if let Some(Some(v)) = self.locals.get(id.0 as usize) {
            return Some(*v);
        }
        let method = self.method;
        let info = method.locals.get(id.0 as usize)?;
        // A by-reference parameter holds the address of the caller's variable.
        let ty = match info.by_ref {
            Some(_) => MachTy::I64,
            None => crate::mach_ty(&info.ty)?,
        };
        let origin = match info.kind {
            hir::LocalKind::Param => Origin::Param { local: id.0 },
            _ => Origin::Local {
                span: info.span,
                local: id.0,
            },
        };
        let v = self.value(ty, &info.name, origin, info.ty.to_string());
        self.locals[id.0 as usize] = Some(v);
        Some(v)
    }

    pub fn new_block(&mut self) -> BlockId {
        self.f.blocks.push(Block {
            insts: Vec::new(),
            term: Terminator::Unreachable,
            unwind: self.handlers.last().copied(),
        });
        BlockId(self.f.blocks.len() as u32 - 1)
    }

    pub fn emit(&mut self, inst: Inst) {
        if unawait_smir::liveness::can_throw(&inst) {
            if let Some(dst) = unawait_smir::liveness::visit(&inst, |_| {}) {
                self.f.fault_spans.insert(dst, self.span);
            }
        }
        self.f.blocks[self.cur.0 as usize].insts.push(inst);
    }

    /// Ends the current block; code that follows (unreachable in the source) goes to a fresh
    /// block that nothing jumps to.
    pub fn terminate(&mut self, term: Terminator) {
        self.f.blocks[self.cur.0 as usize].term = term;
        self.cur = self.new_block();
    }

    pub fn goto(&mut self, target: BlockId) {
        self.terminate(Terminator::Goto(target));
    }

    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }

    pub fn branch(&mut self, cond: Operand, then: BlockId, otherwise: BlockId) {
        self.terminate(Terminator::Branch {
            cond,
            then,
            otherwise,
        });
    }
}
