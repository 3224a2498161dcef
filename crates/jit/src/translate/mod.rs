//! One SMIR function to Cranelift IR. Values become Cranelift variables; blocks map one to one,
//! plus small blocks for the checks after instructions that can throw.

mod arith;
mod awaiters;
mod builder;
mod calls;
mod delegates;
mod objects;
mod pending;
mod refs;
mod terminators;

use crate::abi::{self, cl_type, from_word, to_word};
use crate::Ctx;
use cranelift_codegen::ir::SigRef;
use cranelift_codegen::ir::{
    condcodes::IntCC, types, Block, Function, InstBuilder, MemFlagsData, StackSlot, StackSlotData,
    StackSlotKind, TrapCode, Value,
};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use unawait_runtime::task::{SM_SLOTS, SM_STATE};
use unawait_smir::{
    self as smir, liveness::can_throw, AwaiterKind, BinOp, Const, Inst, MachTy, MethodKind,
    Operand, ValueId,
};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// A synchronous method's body.
    Body,
    /// An async method's kickoff: start the state machine, return the task.
    Kickoff,
    /// An async method's `MoveNext(sm, args)`.
    MoveNext,
}

/// Arguments a resumed `MoveNext` reads instead of its first run's: every parameter zero.
pub(crate) static ZERO_ARGS: [u64; 256] = [0; 256];

struct T<'a, 'b> {
    runtime: &'a abi::Runtime,
    module: &'a smir::Module,
    cx: &'a Ctx,
    method: &'a smir::Method,
    /// The method's index in the module.
    index: usize,
    f: &'a smir::Function,
    what: What,
    b: FunctionBuilder<'b>,
    vars: Vec<Variable>,
    blocks: Vec<Block>,
    sm: Option<Value>,
    /// Where a function with an exception in flight and no handler leaves.
    propagate: Option<Block>,
    /// The unwind target of the SMIR block being translated.
    unwind: Option<Block>,
    /// The source line of the call being translated.
    site: u32,
    /// See `kickoff_slots`.
    kickoff_slots: Option<(StackSlot, StackSlot)>,
    /// The pending slot's address, defined in the entry block.
    pending_addr: Option<Value>,
    /// See `awaiters::owned_awaiters`.
    owned_awaiters: std::collections::HashSet<ValueId>,
    /// See `awaiters::completed_awaiters`.
    completed_awaiters: std::collections::HashMap<ValueId, bool>,
    /// Conditions known when translating: `IsCompleted` of a yield (false) or of an await of
    /// `Task.CompletedTask` (true), for values defined nowhere else.
    known_conditions: std::collections::HashMap<ValueId, bool>,
    /// How many times each value is defined (`awaiters::def_counts`).
    def_counts: Vec<u32>,
    /// Signatures of native calls, by parameter and return types.
    native_sigs: std::collections::HashMap<(Vec<types::Type>, Option<types::Type>), SigRef>,
    /// Signatures imported for indirect calls, by callee (`usize::MAX`: a `MoveNext`).
    sig_refs: std::collections::HashMap<usize, SigRef>,
    /// Quick code: the awaiters and `SetResult` call the runtime instead of their inline fast
    /// paths. Cranelift's time grows with instructions and blocks, and quick code runs briefly.
    compact: bool,
    /// See `frame`.
    elided_frames: Vec<(String, u32)>,
    /// The SMIR block being translated.
    current: usize,
    /// How many times each value is read (`awaiters::use_counts`).
    use_counts: Vec<u32>,
    /// An `IsCompleted` the block's branch tests directly: its result, the awaiter's word and
    /// the awaiter (`awaiters::fused_branch`).
    fused: Option<(ValueId, Value, ValueId)>,
    /// `fault_line` of the instruction being translated, for the throws it makes inline.
    fault_line: Option<u32>,
    /// See `check_pending_at`.
    framed: std::collections::HashMap<Block, Block>,
    /// The stack slot of each local passed by reference (`refs.rs`).
    ref_slots: std::collections::HashMap<ValueId, StackSlot>,
    /// Locals passed by reference to the call about to be translated.
    pending_reloads: Vec<ValueId>,
}

/// The HIR awaits of each async method whose suspend path the JIT leaves out because the
/// facts know their task complete (`awaiters::completed_awaiters`): what a test compares with
/// the facts themselves.
pub fn folded_awaits(module: &smir::Module) -> Vec<std::collections::HashSet<u32>> {
    let folded = |f: &smir::Function, sites: &[smir::AwaitSite]| {
        let awaiters = awaiters::completed_awaiters(f, sites);
        f.blocks
            .iter()
            .flat_map(|b| &b.insts)
            .filter_map(|inst| match inst {
                Inst::GetAwaiter { dst, hir, .. } if awaiters.contains_key(dst) => Some(*hir),
                _ => None,
            })
            .collect()
    };
    module
        .methods
        .iter()
        .map(|m| match &m.kind {
            MethodKind::Async(sm) => folded(&m.body, &sm.awaits),
            _ => Default::default(),
        })
        .collect()
}

/// Translates function `what` of method `index` into `func` (whose signature is set), as
/// `compact` code (see `T::compact`) or with the inline fast paths.
#[allow(clippy::too_many_arguments)]
pub fn translate(
    runtime: &abi::Runtime,
    module: &smir::Module,
    cx: &Ctx,
    index: usize,
    what: What,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    target: TargetFrontendConfig,
    compact: bool,
) -> Result<(), String> {
    let method = &module.methods[index];
    let f = match (&method.kind, what) {
        (MethodKind::Async(sm), What::Kickoff) => &sm.kickoff,
        _ => &method.body,
    };
    let mut b = FunctionBuilder::new(func, fctx);
    let vars: Vec<Variable> = f
        .values
        .iter()
        .map(|v| b.declare_var(cl_type(v.ty)))
        .collect();
    let blocks: Vec<Block> = f.blocks.iter().map(|_| b.create_block()).collect();
    let def_counts = awaiters::def_counts(f);
    let mut t = T {
        runtime,
        module,
        cx,
        method,
        index,
        f,
        what,
        b,
        vars,
        blocks,
        sm: None,
        propagate: None,
        unwind: None,
        site: 0,
        kickoff_slots: None,
        pending_addr: None,
        owned_awaiters: awaiters::owned_awaiters(f, &def_counts),
        completed_awaiters: match (&method.kind, what) {
            (MethodKind::Async(sm), What::MoveNext) => awaiters::completed_awaiters(f, &sm.awaits),
            _ => Default::default(),
        },
        known_conditions: Default::default(),
        def_counts,
        native_sigs: Default::default(),
        sig_refs: Default::default(),
        compact,
        elided_frames: Vec::new(),
        current: 0,
        // Only optimized code fuses an `IsCompleted` into its branch.
        use_counts: if compact {
            Vec::new()
        } else {
            awaiters::use_counts(f)
        },
        fused: None,
        fault_line: None,
        framed: Default::default(),
        ref_slots: Default::default(),
        pending_reloads: Vec::new(),
    };
    t.prologue();
    for (i, block) in f.blocks.iter().enumerate() {
        t.b.switch_to_block(t.blocks[i]);
        t.current = i;
        t.unwind = block.unwind.map(|h| t.blocks[h.0 as usize]);
        for inst in &block.insts {
            t.fault_line = t.fault_line(inst);
            t.inst(inst)?;
            // The awaiter instructions and `SetResult` check for exceptions on their slow paths
            // themselves; an arithmetic instruction that throws jumps to the handler at once.
            let checked = matches!(
                inst,
                Inst::GetAwaiter { .. }
                    | Inst::IsCompleted { .. }
                    | Inst::GetResult { .. }
                    | Inst::SetResult { .. }
                    | Inst::Binary { .. }
                    | Inst::Unary { .. }
                    | Inst::Convert { .. }
            ) || t.constant_call(inst)
                || t.nothrow_call(inst);
            if can_throw(inst) && !checked {
                match t.fault_line {
                    Some(line) => t.check_pending_with_frame(line)?,
                    None => t.check_pending(),
                }
            }
        }
        t.terminator(&block.term)?;
    }
    if let Some(p) = t.propagate {
        t.b.switch_to_block(p);
        if what == What::Body {
            t.frame(0)?;
        }
        if cx.trace && what == What::MoveNext {
            t.trace_hook("rt.trace_leave");
        }
        t.return_default();
    }
    t.b.seal_all_blocks();
    t.b.finalize(target);
    Ok(())
}

impl T<'_, '_> {
    fn prologue(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        if self.calls_methods() {
            self.stack_check();
        }
        // The pending slot's address, once: every check after a call loads through it.
        let pending = unawait_runtime::pending::pending_address() as i64;
        self.pending_addr = Some(self.b.ins().iconst(types::I64, pending));
        // A value read on a path that never defined it (which the SMIR verifier allows only
        // where the read cannot happen) is zero: cranelift-frontend's SSA builder says so.
        if self.what == What::MoveNext {
            let (sm, args) = (params[0], params[1]);
            self.sm = Some(sm);
            let zeros = self.b.ins().iconst(types::I64, ZERO_ARGS.as_ptr() as i64);
            let args = self.b.ins().select(args, args, zeros);
            for (i, p) in self.f.params.iter().enumerate().take(ZERO_ARGS.len()) {
                let ty = self.f.value(*p).ty;
                let w = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), args, 8 * i as i32);
                let v = from_word(&mut self.b, w, ty);
                self.b.def_var(self.vars[p.0 as usize], v);
            }
        } else {
            for (p, v) in self.f.params.iter().zip(params) {
                self.b.def_var(self.vars[p.0 as usize], v);
            }
        }
        if self.cx.trace && self.what == What::MoveNext {
            self.trace_hook("rt.trace_enter");
        }
        let first = self.blocks[self.f.entry.0 as usize];
        self.b.ins().jump(first, &[]);
    }

    /// `run --trace`: tells the runtime this `MoveNext` starts or returns (its descriptor and
    /// state machine say which method, and the state which await).
    pub(super) fn trace_hook(&mut self, entry: &str) {
        let (Some(sm), MethodKind::Async(_)) = (self.sm, &self.method.kind) else {
            return;
        };
        let d = self.own_desc();
        // The runtime entries never throw: nothing to check after the call.
        let _ = self.call_rt(entry, &[d, sm]);
    }

    /// Whether the function calls a method of the program. Only such a function needs the
    /// stack check: every cycle of calls between methods passes through one, and what else
    /// reaches JIT code from the runtime (continuations run inline, static constructors) is
    /// bounded and lands in functions that check for themselves.
    fn calls_methods(&self) -> bool {
        self.f.blocks.iter().flat_map(|b| &b.insts).any(|i| {
            matches!(
                i,
                Inst::Start { .. }
                    | Inst::Call {
                        callee: smir::Callee::User { .. },
                        ..
                    }
            )
        })
    }

    /// Deep recursion ends the process the way .NET's stack overflow does, instead of a crash.
    fn stack_check(&mut self) {
        let addr = unawait_runtime::sched::stack_limit_address() as i64;
        let addr = self.b.ins().iconst(types::I64, addr);
        let limit = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let (overflow, ok) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(overflow);
        self.b.ins().brif(low, overflow, &[], ok, &[]);
        self.b.switch_to_block(overflow);
        let overflow = unawait_runtime::sched::stack_overflow as *const u8 as usize;
        self.call_address(overflow, &[], None, &[]);
        self.b.ins().trap(TrapCode::unwrap_user(1));
        self.b.switch_to_block(ok);
    }

    fn zero(&mut self, ty: MachTy) -> Value {
        match cl_type(ty) {
            types::F64 => self.b.ins().f64const(0.0),
            t => self.b.ins().iconst(t, 0),
        }
    }

    fn return_default(&mut self) {
        match (self.what, self.method.ret) {
            (What::MoveNext, _) | (_, None) => {
                self.b.ins().return_(&[]);
            }
            (_, Some(ty)) => {
                let z = self.zero(ty);
                self.b.ins().return_(&[z]);
            }
        }
    }

    fn var(&mut self, v: ValueId) -> Value {
        self.b.use_var(self.vars[v.0 as usize])
    }

    fn def(&mut self, v: ValueId, x: Value) {
        self.b.def_var(self.vars[v.0 as usize], x);
    }

    fn ty(&self, v: ValueId) -> MachTy {
        self.f.value(v).ty
    }

    fn op_ty(&self, o: &Operand) -> MachTy {
        match o {
            Operand::Value(v) => self.ty(*v),
            Operand::Const(c) => match c {
                Const::Bool(_) => MachTy::Bool,
                Const::I32(_) => MachTy::I32,
                Const::I64(_) => MachTy::I64,
                Const::F64(_) => MachTy::F64,
                Const::Str(_) | Const::Null => MachTy::Ref,
            },
        }
    }

    /// An operand as a native value of type `ty`.
    fn val(&mut self, o: &Operand, ty: MachTy) -> Value {
        match o {
            Operand::Value(v) => self.var(*v),
            Operand::Const(c) => match c {
                Const::Bool(x) => self.b.ins().iconst(types::I8, i64::from(*x)),
                Const::I32(x) => self.b.ins().iconst(types::I32, i64::from(*x)),
                Const::I64(x) => self.b.ins().iconst(types::I64, *x),
                Const::F64(x) => self.b.ins().f64const(*x),
                Const::Str(s) => {
                    let w = unawait_runtime::string::intern(s);
                    self.b.ins().iconst(types::I64, w as i64)
                }
                Const::Null => self.zero(ty),
            },
        }
    }

    fn word(&mut self, o: &Operand) -> Value {
        let ty = self.op_ty(o);
        let v = self.val(o, ty);
        to_word(&mut self.b, v, ty)
    }

    fn imm(&mut self, x: i64) -> Value {
        self.b.ins().iconst(types::I64, x)
    }

    /// Whether `v` is defined by one instruction of the function (and is no parameter).
    fn defined_once(&self, v: ValueId) -> bool {
        self.def_counts.get(v.0 as usize) == Some(&1)
    }

    fn sm(&self) -> Value {
        self.sm.expect("frame instructions only occur in MoveNext")
    }

    fn desc(&mut self, method: usize) -> Value {
        let d = self.cx.descs[method] as i64;
        self.imm(d)
    }

    fn own_desc(&mut self) -> Value {
        self.desc(self.index)
    }

    fn slot(&self, s: smir::SlotId) -> &smir::Slot {
        match &self.method.kind {
            MethodKind::Async(sm) => &sm.frame.slots[s.0 as usize],
            MethodKind::Sync => unreachable!("slots only exist in state machines"),
        }
    }

    fn inst(&mut self, inst: &Inst) -> Result<(), String> {
        if self.ref_inst(inst)? || self.object_inst(inst)? {
            return Ok(());
        }
        match inst {
            Inst::NewArray { .. }
            | Inst::ArrayLoad { .. }
            | Inst::ArrayStore { .. }
            | Inst::ArrayLength { .. }
            | Inst::NewObject { .. }
            | Inst::StackObject { .. }
            | Inst::TypeTest { .. }
            | Inst::LoadField { .. }
            | Inst::InnerObject { .. }
            | Inst::StoreField { .. }
            | Inst::LocalAddr { .. }
            | Inst::LocalReload { .. }
            | Inst::FieldAddr { .. }
            | Inst::ElemAddr { .. }
            | Inst::StaticAddr { .. }
            | Inst::LoadRef { .. }
            | Inst::StoreRef { .. } => {}
            Inst::NewDelegate {
                dst,
                method,
                target,
                type_name,
                dispatch,
                ..
            } => self.new_delegate(*dst, *method, target.as_ref(), type_name, *dispatch)?,
            Inst::Copy { dst, src } => {
                let v = self.val(src, self.ty(*dst));
                self.def(*dst, v);
                if self.cx.count_awaits {
                    self.count_custom_await(*dst)?;
                }
            }
            Inst::Unary { dst, op, src } => self.unary(*dst, *op, src)?,
            Inst::Binary {
                dst,
                op,
                ty,
                lhs,
                rhs,
            } => {
                let l = self.val(lhs, *ty);
                let r = self.val(rhs, *ty);
                // A constant divisor other than 0 and -1 cannot throw: no checks.
                let safe_divisor = matches!(ty, MachTy::I32 | MachTy::I64)
                    && match rhs {
                        Operand::Const(Const::I32(k)) => *k != 0 && *k != -1,
                        Operand::Const(Const::I64(k)) => *k != 0 && *k != -1,
                        _ => false,
                    };
                let v = match op {
                    BinOp::Div if safe_divisor => self.b.ins().sdiv(l, r),
                    BinOp::Rem if safe_divisor => self.b.ins().srem(l, r),
                    _ => self.binary(*op, *ty, l, r)?,
                };
                self.def(*dst, v);
            }
            Inst::Convert { dst, conv, src } => self.convert(*dst, *conv, src)?,
            Inst::Call {
                dst,
                callee,
                args,
                span,
            } => {
                self.site = self.cx.line(span.start);
                self.call(*dst, callee, args)?;
                self.reload_ref_locals();
            }
            Inst::InitClass { cctor, class } => self.init_class(*cctor, class)?,
            Inst::LoadStatic { dst, field, .. } => {
                let addr = self.imm(self.cx.statics as i64 + 8 * i64::from(*field));
                let ty = cl_type(self.ty(*dst));
                let v = self.b.ins().load(ty, MemFlagsData::trusted(), addr, 0);
                self.def(*dst, v);
            }
            Inst::StoreStatic { field, src, .. } => {
                let addr = self.imm(self.cx.statics as i64 + 8 * i64::from(*field));
                let ty = self.op_ty(src);
                let v = self.val(src, ty);
                self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            }
            Inst::ToStr { dst, src, from } => {
                let v = self.val(src, *from);
                let w = to_word(&mut self.b, v, *from);
                let kind = self.imm(abi::elem_kind(*from) as i64);
                let s = self.call_rt("rt.to_str", &[w, kind])?;
                self.def(*dst, s);
            }
            Inst::Concat { dst, parts } => {
                let slot = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    8 * parts.len().max(1) as u32,
                    3,
                ));
                for (i, p) in parts.iter().enumerate() {
                    let w = self.word(p);
                    self.b.ins().stack_store(types::I64, w, slot, 8 * i as i32);
                }
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                let n = self.imm(parts.len() as i64);
                let s = self.call_rt("rt.concat", &[addr, n])?;
                self.def(*dst, s);
            }
            Inst::GetAwaiter {
                dst,
                awaitable,
                kind,
                hir,
            } => {
                if self.cx.count_awaits {
                    self.count_elided(awaitable, *hir)?;
                }
                self.get_awaiter(*dst, awaitable, *kind)?
            }
            Inst::IsCompleted { dst, awaiter } => self.is_completed(*dst, *awaiter)?,
            Inst::GetResult {
                dst, awaiter, span, ..
            } => {
                if self.cx.count_awaits {
                    self.count_await(*span)?;
                }
                let line = self.cx.line(span.start);
                self.elided_frames = self.elided_at(*span);
                self.get_result(*dst, *awaiter, line)?;
                self.elided_frames.clear();
            }
            Inst::AwaitOnCompleted { slot } => {
                let s = self.slot(*slot);
                let (ty, offset) = (s.ty, s.offset);
                let kind = match ty {
                    MachTy::Awaiter(k) => k,
                    _ => AwaiterKind::Task,
                };
                let sm = self.sm();
                let w = if ty.bytes() == 0 {
                    self.imm(0)
                } else {
                    self.b.ins().load(
                        types::I64,
                        MemFlagsData::trusted(),
                        sm,
                        SM_SLOTS + offset as i32,
                    )
                };
                let k = self.imm(kind_code(kind));
                let d = self.own_desc();
                self.call_rt("rt.sm_await", &[sm, w, k, d])?;
            }
            Inst::AwaitContinuation { dst } => {
                let sm = self.sm();
                let d = self.own_desc();
                let k = self.call_rt("rt.sm_continuation", &[sm, d])?;
                self.def(*dst, k);
            }
            Inst::LoadState { dst } => {
                let sm = self.sm();
                let v = self
                    .b
                    .ins()
                    .load(types::I32, MemFlagsData::trusted(), sm, SM_STATE);
                self.def(*dst, v);
            }
            Inst::StoreState { state } => {
                let sm = self.sm();
                let v = self.b.ins().iconst(types::I32, i64::from(*state));
                self.b.ins().store(MemFlagsData::trusted(), v, sm, SM_STATE);
            }
            Inst::FrameLoad { dst, slot } => {
                let offset = SM_SLOTS + self.slot(*slot).offset as i32;
                let sm = self.sm();
                let ty = cl_type(self.ty(*dst));
                let v = self.b.ins().load(ty, MemFlagsData::trusted(), sm, offset);
                self.def(*dst, v);
            }
            Inst::FrameStore { slot, src } => {
                let s = self.slot(*slot);
                if s.ty.bytes() > 0 {
                    let offset = SM_SLOTS + s.offset as i32;
                    let sm = self.sm();
                    let v = self.var(*src);
                    self.b.ins().store(MemFlagsData::trusted(), v, sm, offset);
                }
            }
            Inst::FrameClear { slot } => {
                let s = self.slot(*slot);
                if s.ty.bytes() == 8 {
                    let offset = SM_SLOTS + s.offset as i32;
                    let sm = self.sm();
                    let z = self.imm(0);
                    self.b.ins().store(MemFlagsData::trusted(), z, sm, offset);
                }
            }
            Inst::SetResult { value } => {
                let w = match value {
                    Some(v) => self.word(v),
                    None => self.imm(0),
                };
                self.set_result(w)?;
            }
            Inst::SetException { exception } => {
                let e = self.var(*exception);
                let (sm, d) = (self.sm(), self.own_desc());
                self.call_rt("rt.sm_set_exception", &[sm, e, d])?;
            }
            Inst::Start {
                dst, method, args, ..
            } => {
                let words: Vec<Value> = args.iter().map(|a| self.word(a)).collect();
                self.start(*dst, *method as usize, &words, false)?
            }
            Inst::Caught { dst } => {
                let (addr, e) = self.load_pending();
                let z = self.imm(0);
                self.b.ins().store(MemFlagsData::trusted(), z, addr, 0);
                self.def(*dst, e);
            }
            Inst::ExceptionIs {
                dst,
                exception,
                class,
            } => {
                let desc = unawait_runtime::exception::class_by_name(class)
                    .map_or(0, |d| d as *const _ as i64);
                let (e, d) = (self.var(*exception), self.imm(desc));
                let r = self.call_rt("rt.exception_is", &[e, d])?;
                let v = from_word(&mut self.b, r, MachTy::Bool);
                self.def(*dst, v);
            }
        }
        Ok(())
    }

    /// The state word says whether the static constructor has run: one load on the fast path,
    /// the runtime (`rt.init_class`) otherwise.
    fn init_class(&mut self, cctor: u32, class: &str) -> Result<(), String> {
        let Some(&slot) = self.cx.class_states.get(&cctor) else {
            return Err(format!("no static constructor state for {class}"));
        };
        let addr = self.imm(self.cx.statics as i64 + 8 * slot as i64);
        let state = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0);
        let done = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state, unawait_runtime::init::DONE as i64);
        let (slow, next) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.ins().brif(done, next, &[], slow, &[]);
        self.b.switch_to_block(slow);
        let f = self.code_address(cctor as usize, What::Body);
        let name = self.imm(unawait_runtime::string::intern(class) as i64);
        self.call_rt("rt.init_class", &[f, addr, name])?;
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(next);
        Ok(())
    }

    /// `--stats`: what the `return await` wrappers this await's call skips would have
    /// allocated in .NET, once the call has returned its task word (`rt.count_elided`).
    fn count_elided(&mut self, awaitable: &Operand, hir: u32) -> Result<(), String> {
        let MethodKind::Async(sm) = &self.method.kind else {
            return Ok(());
        };
        let Some(site) = sm
            .awaits
            .iter()
            .find(|a| a.hir == hir && !a.elided.is_empty())
        else {
            return Ok(());
        };
        // The wrappers' descriptors, for the life of the program (like the descriptors).
        let wrappers: Vec<usize> = (site.elided.iter())
            .filter_map(|e| self.cx.descs.get(e.method as usize).copied())
            .filter(|&d| d != 0)
            .collect();
        let table = Box::leak(Box::new(wrappers)) as *const Vec<usize> as i64;
        let (w, table) = (self.word(awaitable), self.imm(table));
        self.call_rt("rt.count_elided", &[w, table])?;
        Ok(())
    }

    /// `--stats`: counts this await's execution (the await whose span this is).
    fn count_await(&mut self, span: unawait_syntax::Span) -> Result<(), String> {
        let MethodKind::Async(sm) = &self.method.kind else {
            return Ok(());
        };
        let Some(site) = sm.awaits.iter().find(|a| a.span == span) else {
            return Ok(());
        };
        let (d, state) = (self.own_desc(), self.imm(i64::from(site.state)));
        self.call_rt("rt.count_await", &[d, state])?;
        Ok(())
    }

    /// A custom await runs when its awaiter is taken (it has no `GetResult` instruction): the
    /// copy into the awaiter's value, which is live across its own await.
    fn count_custom_await(&mut self, dst: ValueId) -> Result<(), String> {
        let origin = &self.f.value(dst).origin;
        if *origin != unawait_smir::Origin::Synthetic(unawait_smir::Synthetic::Awaiter) {
            return Ok(());
        }
        let MethodKind::Async(sm) = &self.method.kind else {
            return Ok(());
        };
        let site = sm
            .awaits
            .iter()
            .find(|a| a.awaiter == AwaiterKind::Custom && a.live.contains(&dst));
        if let Some(site) = site {
            let (d, state) = (self.own_desc(), self.imm(i64::from(site.state)));
            self.call_rt("rt.count_await", &[d, state])?;
        }
        Ok(())
    }

    fn awaiter_kind(&self, v: ValueId) -> AwaiterKind {
        match self.ty(v) {
            MachTy::Awaiter(k) => k,
            _ => AwaiterKind::Task,
        }
    }

    /// A member access through `obj`: NullReferenceException when it is null, on a cold path.
    pub(super) fn null_check(&mut self, obj: Value) -> Result<(), String> {
        let (null, fine) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(null);
        self.b.ins().brif(obj, fine, &[], null, &[]);
        self.b.switch_to_block(null);
        self.call_rt("rt.null_reference", &[])?;
        if let Some(line) = self.fault_line {
            self.frame(line)?;
        }
        let target = self.exception_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(fine);
        Ok(())
    }
}

fn kind_code(k: AwaiterKind) -> i64 {
    match k {
        AwaiterKind::Task => 0,
        AwaiterKind::ConfiguredTask => 1,
        AwaiterKind::ValueTask => 2,
        AwaiterKind::Yield => 3,
        // Never an awaiter instruction's kind: a custom await calls the awaiter's members.
        AwaiterKind::Custom => 0,
    }
}
