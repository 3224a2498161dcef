//! Calls: of the runtime (at fixed addresses), of synchronous methods (through the code
//! table), and of async methods, whose kickoff runs in place in the caller.

use super::{What, T};
use crate::abi::{self, from_word, to_word};
use cranelift_codegen::ir::{
    types, AbiParam, InstBuilder, MemFlagsData, SigRef, Signature, StackSlot, StackSlotData,
    StackSlotKind, Value,
};
use unawait_runtime::task::{SM_BUILDER, SM_FLAGS, SM_SLOTS, SM_STATE};
use unawait_runtime::Extra;
use unawait_smir::{
    BuilderKind, Callee, DelegateDispatch, Inst, MachTy, MethodKind, Operand, ValueId,
};

impl T<'_, '_> {
    /// Calls runtime entry `name` with word arguments; returns its word.
    pub(super) fn call_rt(&mut self, name: &str, args: &[Value]) -> Result<Value, String> {
        let Some(entry) = self.runtime.entry(name) else {
            return Err(format!("the runtime has no entry point for `{name}`"));
        };
        if entry.params as usize != args.len() {
            return Err(format!(
                "`{name}` takes {} words, the call passes {}",
                entry.params,
                args.len()
            ));
        }
        let address = entry.ptr as usize;
        let params = vec![types::I64; args.len()];
        let r = self.call_address(address, &params, Some(types::I64), args);
        Ok(r.expect("a runtime entry returns a word"))
    }

    /// Calls the native function at `addr` (the runtime's code, at a fixed address: no symbol
    /// to resolve, so translation needs no module and runs on any thread).
    pub(super) fn call_address(
        &mut self,
        addr: usize,
        params: &[types::Type],
        ret: Option<types::Type>,
        args: &[Value],
    ) -> Option<Value> {
        let key = (params.to_vec(), ret);
        let sig = match self.native_sigs.get(&key) {
            Some(s) => *s,
            None => {
                let mut sig = Signature::new(self.b.func.signature.call_conv);
                sig.params.extend(params.iter().map(|t| AbiParam::new(*t)));
                sig.returns.extend(ret.map(AbiParam::new));
                let s = self.b.import_signature(sig);
                self.native_sigs.insert(key, s);
                s
            }
        };
        let f = self.imm(addr as i64);
        let call = self.b.ins().call_indirect(sig, f, args);
        self.b.inst_results(call).first().copied()
    }

    /// Whether `inst` calls a runtime entry that never raises an exception: no check after it.
    pub(super) fn nothrow_call(&self, inst: &Inst) -> bool {
        match inst {
            Inst::Call {
                callee: Callee::Builtin { key: name, .. },
                ..
            } => !self.runtime.throws(name),
            Inst::Call {
                callee: Callee::Runtime(name),
                ..
            } => !self.runtime.throws(name),
            _ => false,
        }
    }

    /// Whether `inst` is a call that translates to a constant (`constant_builtin`), which
    /// cannot throw.
    pub(super) fn constant_call(&self, inst: &Inst) -> bool {
        matches!(
            inst,
            Inst::Call {
                callee: Callee::Builtin { key, .. },
                ..
            } if constant_builtin(key).is_some()
        )
    }

    /// The current code of a method's function, from the code table (`crate::tier`).
    pub(super) fn code_address(&mut self, method: usize, what: What) -> Value {
        let entry = self.cx.table + 8 * self.cx.slot(method, what);
        let addr = self.imm(entry as i64);
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0)
    }

    /// The signature of a method's body for an indirect call (`usize::MAX`: `MoveNext`'s).
    pub(super) fn sig_ref(&mut self, method: usize) -> SigRef {
        if let Some(s) = self.sig_refs.get(&method) {
            return *s;
        }
        let call_conv = self.b.func.signature.call_conv;
        let sig = if method == usize::MAX {
            crate::move_next_signature(call_conv)
        } else {
            crate::signature(&self.module.methods[method], call_conv)
        };
        let s = self.b.import_signature(sig);
        self.sig_refs.insert(method, s);
        s
    }

    /// The kickoff: the state machine on this stack, zeroed, state -1, the arguments in a
    /// buffer; run `MoveNext`; the builder word is the task (the box if it suspended). With
    /// `inline`, the caller awaits the task at once and takes a synchronous result inline in
    /// the task word (`SM_FLAGS`). Callers run it in place of calling a kickoff function.
    pub(super) fn start(
        &mut self,
        dst: Option<ValueId>,
        method: usize,
        args: &[Value],
        inline: bool,
    ) -> Result<(), String> {
        let (sm_slot, args_slot) = self.kickoff_slots();
        let size = self.cx.sm_size(method);
        // One address per slot, stores at offsets from it: quick code is as short as the IR.
        let sm = self.b.ins().stack_addr(types::I64, sm_slot, 0);
        let argv = self.b.ins().stack_addr(types::I64, args_slot, 0);
        let flags = MemFlagsData::trusted();
        let z = self.imm(0);
        for off in (0..size).step_by(8) {
            self.b.ins().store(flags, z, sm, off as i32);
        }
        let minus_one = self.b.ins().iconst(types::I32, -1);
        self.b.ins().store(flags, minus_one, sm, SM_STATE);
        if inline {
            let one = self.b.ins().iconst(types::I32, 1);
            self.b.ins().store(flags, one, sm, SM_FLAGS);
        }
        for (i, w) in args.iter().enumerate() {
            self.b.ins().store(flags, *w, argv, 8 * i as i32);
        }
        let code = self.code_address(method, What::MoveNext);
        let sig = self.sig_ref(usize::MAX);
        // .NET's builder `Start`: what the method sets in its execution context stays in it.
        let context = if self.cx.flows_context {
            Some(self.call_rt("rt.ec_save", &[])?)
        } else {
            None
        };
        self.b.ins().call_indirect(sig, code, &[sm, argv]);
        if let Some(context) = context {
            self.call_rt("rt.ec_restore", &[context])?;
        }
        if let Some(d) = dst {
            let task = self.b.ins().load(types::I64, flags, sm, SM_BUILDER);
            self.def(d, task);
        }
        Ok(())
    }

    /// The state machine and argument buffer every kickoff in this function shares: a kickoff
    /// uses them only until its `MoveNext` returns, so one of each, sized for the largest
    /// callee, serves them all.
    pub(super) fn kickoff_slots(&mut self) -> (StackSlot, StackSlot) {
        if let Some(slots) = self.kickoff_slots {
            return slots;
        }
        let (mut size, mut args) = (SM_SLOTS as usize, 1);
        let mut measure = |method: usize, n: usize| {
            size = size.max(self.cx.sm_size(method));
            args = args.max(n);
        };
        for inst in self.f.blocks.iter().flat_map(|b| &b.insts) {
            match inst {
                Inst::Start { method, args, .. } => measure(*method as usize, args.len()),
                Inst::Call {
                    callee: Callee::User { id, .. },
                    args,
                    ..
                } => measure(*id as usize, args.len()),
                _ => {}
            }
        }
        let sm = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            ((size + 7) & !7) as u32,
            4,
        ));
        let argv = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            8 * args as u32,
            3,
        ));
        self.kickoff_slots = Some((sm, argv));
        (sm, argv)
    }

    /// A call of an async method: its kickoff (static constructors, then `start`), in place.
    pub(super) fn call_async(
        &mut self,
        dst: Option<ValueId>,
        method: usize,
        args: &[Value],
        awaited_directly: bool,
    ) -> Result<(), String> {
        let MethodKind::Async(sm) = &self.module.methods[method].kind else {
            return Err(format!("method {method} is not async"));
        };
        for inst in sm.kickoff.blocks.iter().flat_map(|b| &b.insts) {
            if let Inst::InitClass { cctor, class } = inst {
                self.init_class(*cctor, class)?;
                self.check_pending();
            }
        }
        let inline =
            awaited_directly && matches!(sm.builder, BuilderKind::Task | BuilderKind::TaskOf(_));
        self.start(dst, method, args, inline)
    }

    pub(super) fn call(
        &mut self,
        dst: Option<ValueId>,
        callee: &Callee,
        args: &[Operand],
    ) -> Result<(), String> {
        match callee {
            Callee::User {
                id,
                awaited_directly,
                ..
            } => {
                let id = *id as usize;
                let m = &self.module.methods[id];
                let f = match &m.kind {
                    MethodKind::Async(sm) => &sm.kickoff,
                    MethodKind::Sync => &m.body,
                };
                let param_tys: Vec<MachTy> = f.params.iter().map(|p| f.value(*p).ty).collect();
                let values: Vec<Value> = args
                    .iter()
                    .zip(param_tys)
                    .map(|(a, ty)| self.val(a, ty))
                    .collect();
                // C# checks the object before the call (`callvirt`): a null one throws here,
                // before any of the method runs.
                let takes_this = f
                    .params
                    .first()
                    .is_some_and(|p| f.value(*p).origin == unawait_smir::Origin::This);
                if let (true, Some(&object)) = (takes_this, values.first()) {
                    self.null_check(object)?;
                }
                if let MethodKind::Async(_) = m.kind {
                    let words: Vec<Value> = values
                        .iter()
                        .zip(&f.params)
                        .map(|(v, p)| to_word(&mut self.b, *v, f.value(*p).ty))
                        .collect();
                    return self.call_async(dst, id, &words, *awaited_directly);
                }
                let code = self.code_address(id, What::Body);
                let sig = self.sig_ref(id);
                let call = self.b.ins().call_indirect(sig, code, &values);
                if let (Some(d), Some(&r)) = (dst, self.b.inst_results(call).first()) {
                    self.def(d, r);
                }
                Ok(())
            }
            Callee::Virtual { slot, id, .. } => {
                self.call_dispatched(dst, Dispatch::Slot(*slot), *id as usize, args)
            }
            Callee::Interface { id, .. } => {
                self.call_dispatched(dst, Dispatch::Interface, *id as usize, args)
            }
            Callee::Delegate => self.invoke_delegate(dst, args),
            Callee::Builtin { key, .. } if constant_builtin(key).is_some() => {
                if let (Some(d), Some(word)) = (dst, constant_builtin(key)) {
                    let t = self.imm(word as i64);
                    self.def(d, t);
                }
                Ok(())
            }
            Callee::Builtin {
                key,
                type_args,
                enum_args,
                ..
            } => {
                let extra: Vec<i64> = match self.runtime.extra(key) {
                    Extra::TypeArgs => type_args
                        .iter()
                        .map(|t| abi::elem_kind(*t) as i64)
                        .collect(),
                    Extra::TypeArgsEnums => {
                        let kinds = type_args.iter().map(|t| abi::elem_kind(*t) as i64);
                        let descs = enum_args.iter().map(|c| {
                            c.and_then(|c| self.cx.classes.get(c as usize).copied())
                                .unwrap_or(0) as i64
                        });
                        kinds.chain(descs).collect()
                    }
                    e => self.extra(e, dst, args),
                };
                self.call_entry(key, dst, args, &extra)
            }
            Callee::Runtime(name) => {
                let extra = self.extra(self.runtime.extra(name), dst, args);
                self.call_entry(name, dst, args, &extra)
            }
        }
    }

    /// A virtual call: the object's class descriptor gives the method index of `slot`, the
    /// code table its code (an async method's kickoff function).
    fn call_dispatched(
        &mut self,
        dst: Option<ValueId>,
        how: Dispatch,
        id: usize,
        args: &[Operand],
    ) -> Result<(), String> {
        let m = &self.module.methods[id];
        let f = match &m.kind {
            MethodKind::Async(sm) => &sm.kickoff,
            MethodKind::Sync => &m.body,
        };
        let param_tys: Vec<MachTy> = f.params.iter().map(|p| f.value(*p).ty).collect();
        let values: Vec<Value> = args
            .iter()
            .zip(param_tys)
            .map(|(a, ty)| self.val(a, ty))
            .collect();
        let Some(&object) = values.first() else {
            return Err("a virtual call without an object".into());
        };
        self.null_check(object)?;
        let flags = MemFlagsData::trusted();
        let how = match how {
            Dispatch::Slot(slot) => DelegateDispatch::Slot(slot),
            Dispatch::Interface => DelegateDispatch::Interface,
        };
        let index = self.dispatch_index(object, how, id as u32)?;
        let cell_offset = self.b.ins().imul_imm_s(index, 8);
        let table = self.imm(self.cx.table as i64);
        let cell = self.b.ins().iadd(table, cell_offset);
        let code = self.b.ins().load(types::I64, flags, cell, 0);
        let sig = self.sig_ref(id);
        let call = self.b.ins().call_indirect(sig, code, &values);
        if let (Some(d), Some(&r)) = (dst, self.b.inst_results(call).first()) {
            self.def(d, r);
        }
        Ok(())
    }

    /// The method-table index of the code `object`'s class runs for method `id` through
    /// `how` (a vtable slot, or its itable).
    pub(super) fn dispatch_index(
        &mut self,
        object: Value,
        how: DelegateDispatch,
        id: u32,
    ) -> Result<Value, String> {
        let flags = MemFlagsData::trusted();
        Ok(match how {
            DelegateDispatch::Slot(slot) => {
                let desc = self.b.ins().load(types::I64, flags, object, 0);
                let offset = unawait_runtime::object::VTABLE_OFFSET as i32;
                let vtable = self.b.ins().load(types::I64, flags, desc, offset);
                self.b
                    .ins()
                    .load(types::I64, flags, vtable, 8 * slot as i32)
            }
            DelegateDispatch::Interface | DelegateDispatch::Direct => {
                let m = self.imm(id as i64);
                self.call_rt("rt.interface_method", &[object, m])?
            }
        })
    }

    pub(super) fn extra(&self, e: Extra, dst: Option<ValueId>, args: &[Operand]) -> Vec<i64> {
        match e {
            Extra::None | Extra::TypeArgs | Extra::TypeArgsEnums => Vec::new(),
            Extra::ArgKind => vec![args
                .first()
                .map_or(4, |a| abi::elem_kind(self.op_ty(a)) as i64)],
            Extra::DstKind => vec![dst.map_or(4, |d| abi::elem_kind(self.ty(d)) as i64)],
            Extra::ClassDesc => {
                let class = match args.last() {
                    Some(Operand::Const(unawait_smir::Const::I32(c))) => *c as usize,
                    _ => usize::MAX,
                };
                vec![self.cx.classes.get(class).copied().unwrap_or(0) as i64]
            }
            Extra::Site => {
                let site = format!("{} at line {}", self.method.name, self.site);
                vec![unawait_runtime::string::intern(&site) as i64]
            }
            Extra::CastTarget => vec![dst.map_or(0, |d| {
                unawait_runtime::library::class_for_cast(&self.f.value(d).cs_ty) as i64
            })],
        }
    }

    /// An array or list of references gets the descriptor of its exact C# type, so that it prints
    /// as .NET names it (`System.String[]`); the shared one would say `System.Object[]`.
    pub(super) fn exact_type(&mut self, dst: ValueId, obj: Value) -> Result<Value, String> {
        let desc = unawait_runtime::library::named_desc(&self.f.value(dst).cs_ty);
        if desc == 0 {
            return Ok(obj);
        }
        let d = self.imm(desc as i64);
        self.call_rt("rt.set_type", &[obj, d])
    }

    pub(super) fn call_entry(
        &mut self,
        name: &str,
        dst: Option<ValueId>,
        args: &[Operand],
        extra: &[i64],
    ) -> Result<(), String> {
        let mut words: Vec<Value> = args.iter().map(|a| self.word(a)).collect();
        for x in extra {
            let v = self.imm(*x);
            words.push(v);
        }
        // `ToDictionary` adds as it goes: its dictionary needs its exact type (a `char` key
        // prints as one in a duplicate key's message) before the first `Add`.
        if name.starts_with("IEnumerable<T>.ToDictionary<") {
            let desc = dst.map_or(0, |d| {
                unawait_runtime::library::named_desc(&self.f.value(d).cs_ty)
            });
            let v = self.imm(desc as i64);
            words.push(v);
        }
        let mut r = self.call_rt(name, &words)?;
        if let (
            Some(d),
            "List<T>.List()"
            | "List<T>.List(int)"
            | "List<T>.List(IEnumerable<T>)"
            | "HashSet<T>.HashSet(IEnumerable<T>)"
            | "Queue<T>.Queue(IEnumerable<T>)"
            | "Stack<T>.Stack(IEnumerable<T>)"
            | "Dictionary<TKey, TValue>.Dictionary()"
            | "Dictionary<TKey, TValue>.Dictionary(Dictionary<TKey, TValue>)"
            | "HashSet<T>.HashSet()"
            | "Queue<T>.Queue()"
            | "Stack<T>.Stack()"
            | "T[,].T[,](int, int)"
            | "T[,].T[,](T[], int, int)"
            | "IEnumerable<T>.ToList()"
            | "IEnumerable<T>.ToArray()"
            | "IEnumerable<T>.ToHashSet()"
            | "IEnumerable<T>.ToDictionary<TKey>(Func<T, TKey>)"
            | "IEnumerable<T>.ToDictionary<TKey, TElement>(Func<T, TKey>, Func<T, TElement>)",
        ) = (dst, name)
        {
            r = self.exact_type(d, r)?;
        }
        // A LINQ query of `char`s (or another kind the machine type does not tell) learns it.
        if let Some(d) = dst.filter(|_| {
            name.starts_with("IEnumerable<T>.")
                || name.starts_with("IOrderedEnumerable<T>.")
                || name.starts_with("Enumerable.")
        }) {
            if let Some(k) = unawait_runtime::library::query_elem_kind(&self.f.value(d).cs_ty) {
                let k = self.imm(k as i64);
                r = self.call_rt("rt.query_kind", &[r, k])?;
            }
        }
        if let Some(d) = dst {
            let ty = self.ty(d);
            let v = from_word(&mut self.b, r, ty);
            self.def(d, v);
        }
        Ok(())
    }
}

/// The word of a library member that is a constant: the cached completed task is immortal,
/// How a dispatched call finds the method that runs: a vtable slot, or the class's itable.
#[derive(Clone, Copy)]
enum Dispatch {
    Slot(u32),
    Interface,
}

/// and a `YieldAwaitable` is the word 0.
fn constant_builtin(key: &str) -> Option<u64> {
    match key {
        "Task.CompletedTask" => Some(unawait_runtime::task::completed_task_word()),
        "Task.Yield()" => Some(0),
        _ => None,
    }
}
