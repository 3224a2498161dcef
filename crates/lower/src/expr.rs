//! Expressions to three-address code. Evaluating into temporaries in C#'s left-to-right order is
//! what spills awaits out of expressions: in `F(a, await b, c)` the value of `a` is a temporary
//! computed before the await, so if it is needed after the await it is live across it.

use crate::builder::Builder;
use crate::mach_ty;
use crate::support::{bin_op, builtin, constant, enum_helpers, value_task_result, writes_local};
use unawait_sema::hir::{
    self, BinOp, Callee as HCallee, Conversion, ExprKind, IncDec, Place, UnOp,
};
use unawait_sema::types::Ty;
use unawait_smir::{
    self as smir, Callee, Const, Conv, Inst, MachTy, Operand, Terminator, TestMode, TypeTarget,
};

impl<'p> Builder<'p> {
    /// Lowers an expression; `None` for a `void` one.
    pub fn expr(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        let outer = std::mem::replace(&mut self.span, e.span);
        let v = self.expr_here(e);
        let v = v.map(|v| self.owned(e, v));
        self.span = outer;
        v
    }

    /// Lowers an expression whose struct value, if it has one, is used in place: a variable's
    /// own object (`crate::structs`), or a value nothing keeps.
    pub fn expr_in_place(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        let outer = std::mem::replace(&mut self.span, e.span);
        let v = self.expr_here(e);
        self.span = outer;
        v
    }

    fn expr_here(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        match &e.kind {
            ExprKind::Const(c) => Some(Operand::Const(constant(c))),
            ExprKind::Local(id) => self.read_local(*id, &e.ty),
            ExprKind::RefArg { kind, target } => self.ref_arg(*kind, target),
            ExprKind::StaticField(id) => {
                self.init_class(*id);
                let dst = self.temp_for(&e.ty)?;
                let name = self.field_name(*id);
                self.emit(Inst::LoadStatic {
                    dst,
                    field: id.0,
                    name,
                });
                Some(Operand::Value(dst))
            }
            ExprKind::Property {
                receiver,
                member,
                type_args,
            } => {
                // `base.Message` of an exception class: `Exception`'s own message, not the
                // class's override (which may be the one reading it).
                if let Some(r) = receiver
                    .as_deref()
                    .filter(|r| matches!(r.kind, ExprKind::Base))
                {
                    let key = unawait_sema::builtins::library()
                        .get(*member)
                        .display(type_args);
                    if let Some(helper) = library_base_member(&key) {
                        let this = self.expr(r)?;
                        return self.call_with(Callee::Runtime(helper), vec![this], &e.ty);
                    }
                }
                let args = receiver.iter().map(|r| &**r).collect::<Vec<_>>();
                let callee = builtin(*member, type_args);
                self.call(callee, &args, &e.ty)
            }
            ExprKind::Call {
                callee: HCallee::User(m),
                receiver: Some(r),
                args,
                type_args,
            } if crate::structs::struct_class(&r.ty).is_some() => {
                // A method of a struct, through a struct value: no dispatch, `this` is the
                // variable itself or a copy (`call_receiver`).
                let recv = self.call_receiver(r)?;
                let refs: Vec<&hir::Expr> = args.iter().collect();
                let mut ops = vec![recv];
                ops.extend(self.operands(&refs)?);
                let callee = self.callee(HCallee::User(*m), type_args);
                self.call_with(callee, ops, &e.ty)
            }
            ExprKind::Call {
                callee,
                receiver,
                args,
                type_args,
            } => {
                let all: Vec<&hir::Expr> =
                    receiver.iter().map(|r| &**r).chain(args.iter()).collect();
                // `: base(message, inner)` of an exception class: set them on `this`.
                if let (HCallee::Builtin(b), Some(_)) = (callee, receiver) {
                    let member = unawait_sema::builtins::library().get(*b);
                    if member.kind == unawait_sema::builtins::MemberKind::Constructor {
                        // `EventArgs()` sets nothing.
                        if member.owner_ty == Ty::lib(unawait_sema::types::Lib::EventArgs) {
                            return None;
                        }
                        let mut ops = self.operands(&all)?;
                        let helper = if ops.len() == 1 {
                            "rt.exception_init_default"
                        } else {
                            ops.resize(3, Operand::Const(Const::Null));
                            "rt.exception_init"
                        };
                        self.emit(Inst::Call {
                            dst: None,
                            callee: Callee::Runtime(helper),
                            args: ops,
                            span: self.span,
                        });
                        return None;
                    }
                }
                let callee = match callee {
                    HCallee::User(m) => self.method_callee(*m, receiver.as_deref(), type_args),
                    _ => self.callee(*callee, type_args),
                };
                if let (Callee::Builtin { key, .. }, Some(r)) = (&callee, receiver) {
                    // `5.ToString()` calls `int.ToString()` on the value itself, which is
                    // what concatenation prints: no box.
                    let by_value = mach_ty(&r.ty).is_some_and(|t| t != MachTy::Ref)
                        || value_task_result(&r.ty).is_some();
                    if key == "object.ToString()" && by_value {
                        return self.stringify(r);
                    }
                    if let (Some(helper), ExprKind::Base) = (library_base_member(key), &r.kind) {
                        let mut ops = vec![self.expr(r)?];
                        for a in args {
                            ops.push(self.expr(a)?);
                        }
                        return self.call_with(Callee::Runtime(helper), ops, &e.ty);
                    }
                    // `5.GetType()` and `5.Equals(x)` ask the box, as C# boxes the value to
                    // call them.
                    let boxed_receiver = matches!(
                        key.as_str(),
                        "object.GetType()" | "object.Equals(object)" | "object.GetHashCode()"
                    );
                    if boxed_receiver && by_value {
                        let v = self.expr(r)?;
                        let mut ops =
                            vec![self.convert_value(Conversion::Boxing, v, &r.ty, &Ty::Object)?];
                        for a in args {
                            ops.push(self.expr(a)?);
                        }
                        return self.call_with(callee, ops, &e.ty);
                    }
                }
                // A static method of a class with a static constructor: initialized after the
                // arguments, before the call.
                if let (Callee::User { id, .. }, None) = (&callee, receiver) {
                    let m = self.program.method(hir::MethodId(*id));
                    if m.is_static && m.kind != hir::MethodKind::StaticConstructor {
                        let class = m.class;
                        let ops = self.operands(&all)?;
                        self.init_precisely(class);
                        return self.call_with(callee, ops, &e.ty);
                    }
                }
                self.call(callee, &all, &e.ty)
            }
            ExprKind::New {
                ctor,
                args,
                type_args,
                initializer,
            } => {
                let callee = self.callee(*ctor, type_args);
                let args: Vec<&hir::Expr> = args.iter().collect();
                let obj = self.call(callee, &args, &e.ty)?;
                for item in initializer {
                    // A dictionary's items are calls of `Add` or the indexer's setter on it.
                    if let (
                        Ty::Lib(unawait_sema::types::Lib::Dictionary, _),
                        ExprKind::Call {
                            callee: HCallee::Builtin(b),
                            args,
                            type_args,
                            ..
                        },
                    ) = (&e.ty, &item.kind)
                    {
                        let args: Vec<&hir::Expr> = args.iter().collect();
                        let mut ops = vec![obj.clone()];
                        ops.extend(self.operands(&args)?);
                        let indexer = matches!(
                            unawait_sema::builtins::library().get(*b).kind,
                            unawait_sema::builtins::MemberKind::Indexer { .. }
                        );
                        let callee = if indexer {
                            Callee::Runtime("indexer.set")
                        } else {
                            builtin(*b, type_args)
                        };
                        self.call_with(callee, ops, &Ty::Void);
                        continue;
                    }
                    if let Some(v) = self.expr(item) {
                        self.emit(Inst::Call {
                            dst: None,
                            callee: Callee::Runtime("collection.Add"),
                            args: vec![obj.clone(), v],
                            span: self.span,
                        });
                    }
                }
                Some(obj)
            }
            ExprKind::NewArray { elem, size } => {
                let len = self.expr(size)?;
                let dst = self.temp_for(&e.ty)?;
                self.emit(Inst::NewArray {
                    dst,
                    elem: mach_ty(elem).unwrap_or(MachTy::Ref),
                    len: len.clone(),
                });
                if let Some(class) = crate::structs::struct_class(elem) {
                    self.fill_struct_array(Operand::Value(dst), len, class);
                }
                Some(Operand::Value(dst))
            }
            ExprKind::ArrayInit { elem, items } => {
                let dst = self.temp_for(&e.ty)?;
                self.emit(Inst::NewArray {
                    dst,
                    elem: mach_ty(elem).unwrap_or(MachTy::Ref),
                    len: Operand::Const(Const::I32(items.len() as i32)),
                });
                for (i, item) in items.iter().enumerate() {
                    if let Some(v) = self.expr(item) {
                        self.emit(Inst::ArrayStore {
                            array: Operand::Value(dst),
                            index: Operand::Const(Const::I32(i as i32)),
                            src: v,
                        });
                    }
                }
                Some(Operand::Value(dst))
            }
            ExprKind::ArrayElement { array, index } => {
                let ops = self.operands(&[array, index])?;
                let dst = self.temp_for(&e.ty)?;
                self.emit(Inst::ArrayLoad {
                    dst,
                    array: ops[0].clone(),
                    index: ops[1].clone(),
                });
                Some(Operand::Value(dst))
            }
            ExprKind::Indexer {
                target,
                index,
                indexer,
            } => self.call(builtin(*indexer, &[]), &[target, index], &e.ty),
            ExprKind::Unary { op, operand } => {
                let src = self.expr(operand)?;
                let dst = self.temp_for(&e.ty)?;
                let op = match op {
                    UnOp::Neg => smir::UnOp::Neg,
                    UnOp::Not => smir::UnOp::Not,
                    UnOp::BitNot => smir::UnOp::BitNot,
                    UnOp::CheckedNeg => smir::UnOp::NegOvf,
                };
                self.emit(Inst::Unary { dst, op, src });
                Some(Operand::Value(dst))
            }
            ExprKind::Binary {
                op: BinOp::And | BinOp::Or,
                ..
            } => self.bool_from_cond(e),
            ExprKind::Binary {
                op,
                operand_ty,
                lhs,
                rhs,
            } => {
                let ops = self.operands(&[lhs, rhs])?;
                let dst = self.temp_for(&e.ty)?;
                // `==` of references that are not strings compares identity: the words
                // themselves (strings compare by value, which the runtime does for `ref`).
                let ty = match mach_ty(operand_ty).unwrap_or(MachTy::Ref) {
                    MachTy::Ref
                        if *operand_ty != Ty::String && matches!(op, BinOp::Eq | BinOp::Ne) =>
                    {
                        MachTy::I64
                    }
                    t => t,
                };
                self.emit(Inst::Binary {
                    dst,
                    op: bin_op(*op),
                    ty,
                    lhs: ops[0].clone(),
                    rhs: ops[1].clone(),
                });
                Some(Operand::Value(dst))
            }
            ExprKind::Concat(parts) => {
                let refs: Vec<&hir::Expr> = parts.iter().collect();
                let parts = self.operands(&refs)?;
                let dst = self.temp(MachTy::Ref);
                self.emit(Inst::Concat { dst, parts });
                Some(Operand::Value(dst))
            }
            ExprKind::ToStr(inner) => self.stringify(inner),
            ExprKind::Convert { conversion, expr } => self.convert(*conversion, expr, &e.ty),
            ExprKind::Assign { target, value } => self.assign(target, value),
            ExprKind::Discard(inner) => {
                self.expr(inner);
                None
            }
            ExprKind::CompoundAssign {
                target,
                op,
                concat,
                value,
            } => self.compound(target, *op, *concat, value, &e.ty),
            ExprKind::IncDec {
                target,
                kind,
                checked,
            } => self.inc_dec(target, *kind, *checked, &e.ty),
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => {
                let ty = mach_ty(&e.ty)?;
                let result = self.temp(ty);
                let (t, f, join) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(cond, t, f);
                for (block, arm) in [(t, then), (f, otherwise)] {
                    self.switch_to(block);
                    if let Some(v) = self.expr(arm) {
                        self.emit(Inst::Copy {
                            dst: result,
                            src: v,
                        });
                    }
                    self.goto(join);
                }
                self.switch_to(join);
                Some(Operand::Value(result))
            }
            ExprKind::Await { expr, info } => self.await_expr(expr, info, &e.ty, e.span, e.id.0),
            ExprKind::This | ExprKind::Base => self.this.map(Operand::Value),
            ExprKind::InstanceField { receiver, field } => {
                let object = self.receiver(receiver)?;
                let dst = self.temp_for(&e.ty)?;
                let (offset, name) = (self.offsets[field.0 as usize], self.field_name(*field));
                self.emit(Inst::LoadField {
                    dst,
                    object,
                    offset,
                    name,
                });
                Some(Operand::Value(dst))
            }
            ExprKind::NewObject {
                class,
                ctor,
                args,
                init,
            } => {
                // C# evaluates the arguments, then allocates, then runs the constructor.
                let args: Vec<&hir::Expr> = args.iter().collect();
                let mut ops = self.operands(&args)?;
                self.init_precisely(*class);
                let dst = self.new_object(*class);
                if let Some(ctor) = ctor {
                    ops.insert(0, Operand::Value(dst));
                    let callee = self.callee(HCallee::User(*ctor), &[]);
                    self.call_with(callee, ops, &Ty::Void);
                }
                // The initializer's assignments, each value evaluated then stored, in order.
                for i in init {
                    let v = self.expr(&i.value)?;
                    match i.target {
                        hir::InitTarget::Field(f) => {
                            let (offset, name) = (self.offsets[f.0 as usize], self.field_name(f));
                            self.emit(Inst::StoreField {
                                object: Operand::Value(dst),
                                offset,
                                name,
                                src: v,
                            });
                        }
                        hir::InitTarget::Setter(m) => {
                            let callee = self.callee(HCallee::User(m), &[]);
                            self.call_with(callee, vec![Operand::Value(dst), v], &Ty::Void);
                        }
                    }
                }
                Some(Operand::Value(dst))
            }
            ExprKind::TypeTest {
                expr,
                target,
                kind,
                local,
            } => {
                let object = self.expr(expr)?;
                let struct_target = crate::structs::struct_class(target);
                let target = crate::support::type_target(target);
                match (kind, local) {
                    // `o is S s`: s gets a copy of the box's struct.
                    (hir::TypeTestKind::Is, Some(l)) if struct_target.is_some() => {
                        let class = struct_target?;
                        let t = self.temp(MachTy::Ref);
                        self.emit(Inst::TypeTest {
                            dst: t,
                            object,
                            target,
                            mode: TestMode::As,
                        });
                        let dst = self.temp(MachTy::Bool);
                        self.emit(Inst::Binary {
                            dst,
                            op: smir::BinOp::Ne,
                            ty: MachTy::Ref,
                            lhs: Operand::Value(t),
                            rhs: Operand::Const(Const::Null),
                        });
                        // Defined on every path, as `is T x` of a class (C# forbids reading it
                        // where the test failed).
                        let var = self.local(*l);
                        if let Some(v) = var {
                            self.emit(Inst::Copy {
                                dst: v,
                                src: Operand::Value(t),
                            });
                        }
                        let (copy, join) = (self.new_block(), self.new_block());
                        self.branch(Operand::Value(dst), copy, join);
                        self.switch_to(copy);
                        let c = self.copy_struct(Operand::Value(t), class);
                        if let Some(v) = var {
                            self.emit(Inst::Copy { dst: v, src: c });
                        }
                        self.goto(join);
                        self.switch_to(join);
                        Some(Operand::Value(dst))
                    }
                    (hir::TypeTestKind::Is, None) => {
                        let dst = self.temp(MachTy::Bool);
                        self.emit(Inst::TypeTest {
                            dst,
                            object,
                            target,
                            mode: TestMode::Is,
                        });
                        Some(Operand::Value(dst))
                    }
                    // `e is T x`: x is `e as T`, and the test is whether that is not null.
                    (hir::TypeTestKind::Is, Some(l)) => {
                        let v = self.local(*l)?;
                        self.emit(Inst::TypeTest {
                            dst: v,
                            object,
                            target,
                            mode: TestMode::As,
                        });
                        let dst = self.temp(MachTy::Bool);
                        self.emit(Inst::Binary {
                            dst,
                            op: smir::BinOp::Ne,
                            ty: MachTy::Ref,
                            lhs: Operand::Value(v),
                            rhs: Operand::Const(Const::Null),
                        });
                        Some(Operand::Value(dst))
                    }
                    (hir::TypeTestKind::As, _) => {
                        let dst = self.temp_for(&e.ty)?;
                        self.emit(Inst::TypeTest {
                            dst,
                            object,
                            target,
                            mode: TestMode::As,
                        });
                        Some(Operand::Value(dst))
                    }
                }
            }
            // The call leaves its out value with the runtime; the local takes it at once, so
            // nothing can see the local between the call and the store.
            ExprKind::OutCall { call, out } => {
                let result = self.expr(call)?;
                let by_ref = out.filter(|l| self.is_by_ref(*l));
                let dst = match (out, by_ref) {
                    (_, Some(l)) => Some(self.temp_for(&self.method.locals[l.0 as usize].ty)?),
                    (Some(l), None) => Some(self.local(*l)?),
                    (None, _) => None,
                };
                self.emit(Inst::Call {
                    dst,
                    callee: Callee::Runtime("rt.out_value"),
                    args: Vec::new(),
                    span: self.span,
                });
                if let (Some(l), Some(v)) = (by_ref, dst) {
                    let ptr = self.local(l)?;
                    self.emit(Inst::StoreRef {
                        ptr: Operand::Value(ptr),
                        src: Operand::Value(v),
                    });
                }
                Some(result)
            }
            // Later tiers, and recovery nodes: absent from checked programs.
            ExprKind::Lambda(_)
            | ExprKind::MethodGroup { .. }
            | ExprKind::InvokeDelegate { .. }
            | ExprKind::Error => {
                self.terminate(Terminator::Unreachable);
                None
            }
        }
    }

    /// Evaluates operands left to right. A local read is used in place unless a later operand
    /// writes that local (`x + (x = 5)` must add the old `x`), so a plain `x + await y` keeps
    /// `x` itself live across the await rather than a copy.
    pub(crate) fn operands(&mut self, es: &[&'p hir::Expr]) -> Option<Vec<Operand>> {
        let mut out = Vec::with_capacity(es.len());
        for (i, e) in es.iter().enumerate() {
            let mut v = self.expr(e)?;
            if let (ExprKind::Local(id), Operand::Value(_)) = (&e.kind, &v) {
                if es[i + 1..].iter().any(|later| writes_local(later, *id)) {
                    let copy = self.temp_for(&e.ty)?;
                    self.emit(Inst::Copy { dst: copy, src: v });
                    v = Operand::Value(copy);
                }
            }
            out.push(v);
        }
        Some(out)
    }

    pub(crate) fn call(
        &mut self,
        callee: Callee,
        args: &[&'p hir::Expr],
        ret: &Ty,
    ) -> Option<Operand> {
        let args = self.operands(args)?;
        self.call_with(callee, args, ret)
    }

    /// A call of arguments already evaluated.
    pub(crate) fn call_with(
        &mut self,
        callee: Callee,
        args: Vec<Operand>,
        ret: &Ty,
    ) -> Option<Operand> {
        let dst = self.temp_for(ret);
        let refs = self.take_ref_locals(&args);
        self.emit(Inst::Call {
            dst,
            callee,
            args,
            span: self.span,
        });
        self.reload_ref_locals(refs);
        dst.map(Operand::Value)
    }

    /// The string of a value as concatenation and `ToString()` print it.
    fn stringify(&mut self, inner: &'p hir::Expr) -> Option<Operand> {
        let from = mach_ty(&inner.ty).unwrap_or(MachTy::Ref);
        let src = self.expr(inner)?;
        let dst = self.temp(MachTy::Ref);
        if let Some(kind) = value_task_result(&inner.ty) {
            // A ValueTask's word may hold its result inline: only the runtime can print it.
            self.emit(Inst::Call {
                dst: Some(dst),
                callee: Callee::Runtime("valuetask.to_str"),
                args: vec![src, Operand::Const(Const::I32(kind))],
                span: self.span,
            });
        } else if let Ty::Enum(class, _) = &inner.ty {
            // A user enum prints its member's name, from its descriptor.
            self.emit(Inst::Call {
                dst: Some(dst),
                callee: Callee::Runtime("enum.to_str"),
                args: vec![src, Operand::Const(Const::I32(class.0 as i32))],
                span: self.span,
            });
        } else if let Some((to_str, _)) = enum_helpers(&inner.ty) {
            // An enum prints its member's name, which only the runtime knows.
            self.emit(Inst::Call {
                dst: Some(dst),
                callee: Callee::Runtime(to_str),
                args: vec![src],
                span: self.span,
            });
        } else {
            self.emit(Inst::ToStr { dst, src, from });
        }
        Some(Operand::Value(dst))
    }

    pub(crate) fn callee(&self, c: HCallee, type_args: &[Ty]) -> Callee {
        match c {
            HCallee::User(id) => Callee::User {
                id: id.0,
                name: self.qualified_name(id),
                awaited_directly: false,
            },
            HCallee::Builtin(id) => builtin(id, type_args),
        }
    }

    /// `Class.Method`, as calls, traces and dumps name a method of the program.
    pub(crate) fn qualified_name(&self, id: hir::MethodId) -> String {
        let m = self.program.method(id);
        format!("{}.{}", self.program.class(m.class).name, m.name)
    }

    /// Records that this method uses a static field of the field's class: the class's static
    /// constructor must have run before the method does (`lower_body` adds the checks).
    pub(crate) fn init_class(&mut self, field: hir::FieldId) {
        let class = self.program.field(field).class;
        if self.init_precisely(class) {
            return;
        }
        let Some(cctor) = self.cctors.get(class.0 as usize).copied().flatten() else {
            return;
        };
        let own =
            self.method.kind == hir::MethodKind::StaticConstructor && self.method.class == class;
        if !own && !self.class_inits.iter().any(|(c, _)| *c == cctor) {
            let class = self.program.class(class).name.clone();
            self.class_inits.push((cctor, class));
        }
    }

    /// A class with a static constructor of its own is initialized exactly when code of another
    /// class first uses it (C#'s rule without `beforefieldinit`): the check goes right before
    /// the use, here. True when it did (or needs none).
    pub(crate) fn init_precisely(&mut self, class: hir::ClassId) -> bool {
        let c = self.program.class(class);
        if crate::user_cctor(self.program, c).is_none() {
            return false;
        }
        if self.method.class != class {
            if let Some(cctor) = self.cctors.get(class.0 as usize).copied().flatten() {
                self.emit(Inst::InitClass {
                    cctor,
                    class: c.name.clone(),
                });
            }
            return true;
        }
        false
    }

    pub(crate) fn field_name(&self, id: hir::FieldId) -> String {
        let f = self.program.field(id);
        format!("{}.{}", self.program.class(f.class).name, f.name)
    }

    fn bool_from_cond(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        let result = self.temp(MachTy::Bool);
        let (t, f, join) = (self.new_block(), self.new_block(), self.new_block());
        self.cond(e, t, f);
        for (block, value) in [(t, true), (f, false)] {
            self.switch_to(block);
            self.emit(Inst::Copy {
                dst: result,
                src: Operand::Const(Const::Bool(value)),
            });
            self.goto(join);
        }
        self.switch_to(join);
        Some(Operand::Value(result))
    }

    fn convert(&mut self, c: Conversion, inner: &'p hir::Expr, to: &Ty) -> Option<Operand> {
        let src = self.expr(inner)?;
        self.convert_value(c, src, &inner.ty, to)
    }

    /// Converts a value of C# type `from` (already evaluated) to `to`.
    pub(crate) fn convert_value(
        &mut self,
        c: Conversion,
        src: Operand,
        from: &Ty,
        to: &Ty,
    ) -> Option<Operand> {
        let conv = match c {
            Conversion::IntToLong => Conv::IntToLong,
            Conversion::IntToDouble => Conv::IntToDouble,
            Conversion::LongToDouble => Conv::LongToDouble,
            Conversion::LongToInt => Conv::LongToInt,
            Conversion::DoubleToInt => Conv::DoubleToInt,
            Conversion::DoubleToLong => Conv::DoubleToLong,
            Conversion::CheckedLongToInt => Conv::LongToIntOvf,
            Conversion::CheckedDoubleToInt => Conv::DoubleToIntOvf,
            Conversion::CheckedDoubleToLong => Conv::DoubleToLongOvf,
            Conversion::CharToInt => return Some(src),
            Conversion::CharToLong => Conv::IntToLong,
            Conversion::CharToDouble => Conv::IntToDouble,
            Conversion::IntToChar
            | Conversion::LongToChar
            | Conversion::DoubleToChar
            | Conversion::CheckedToChar => return Some(self.convert_to_char(c, src, from)),
            Conversion::WidenSmall => return Some(src),
            Conversion::SmallToLong => Conv::IntToLong,
            Conversion::SmallToDouble => Conv::IntToDouble,
            Conversion::ToSmall(_)
            | Conversion::LongToSmall(_)
            | Conversion::DoubleToSmall(_)
            | Conversion::CheckedToSmall(_) => return Some(self.convert_to_small(c, src, from)),
            Conversion::Reference => return Some(src),
            // A struct is an object already: its copy (made by `expr`) is the box.
            Conversion::Boxing if crate::structs::struct_class(from).is_some() => return Some(src),
            Conversion::Boxing | Conversion::Unboxing | Conversion::Downcast => {
                let dst = self.temp_for(to)?;
                if let (Conversion::Boxing, Some(kind)) = (c, value_task_result(from)) {
                    self.emit(Inst::Call {
                        dst: Some(dst),
                        callee: Callee::Runtime("box.valuetask"),
                        args: vec![src, Operand::Const(Const::I32(kind))],
                        span: self.span,
                    });
                    return Some(Operand::Value(dst));
                }
                // Unboxing to a struct checks the box's class; `expr` then copies the struct.
                if let (Conversion::Downcast | Conversion::Unboxing, Ty::Class(id, _)) = (c, to) {
                    self.emit(Inst::TypeTest {
                        dst,
                        object: src,
                        target: TypeTarget::Class {
                            id: id.0,
                            name: to.to_string(),
                        },
                        mode: TestMode::Cast,
                    });
                    return Some(Operand::Value(dst));
                }
                // A user enum's box has the enum's descriptor (`GetType()`, `ToString()`).
                if let (Conversion::Boxing, Ty::Enum(class, _)) = (c, from) {
                    self.emit(Inst::Call {
                        dst: Some(dst),
                        callee: Callee::Runtime("box.enum"),
                        args: vec![src, Operand::Const(Const::I32(class.0 as i32))],
                        span: self.span,
                    });
                    return Some(Operand::Value(dst));
                }
                // A small integer boxes as its own type and unboxes only from it.
                let small = match (c, from, to) {
                    (Conversion::Boxing, Ty::Small(s), _) => Some(*s),
                    // An enum unboxes from a box of its underlying type (or of an enum of it).
                    (Conversion::Unboxing, _, t) => crate::small_of(t),
                    _ => None,
                };
                if let Some(s) = small {
                    let name = if c == Conversion::Boxing {
                        "box.small"
                    } else {
                        "unbox.small"
                    };
                    self.emit(Inst::Call {
                        dst: Some(dst),
                        callee: Callee::Runtime(name),
                        args: vec![src, Operand::Const(Const::I32(crate::chars::small_code(s)))],
                        span: self.span,
                    });
                    return Some(Operand::Value(dst));
                }
                let helper = match (c, enum_helpers(from)) {
                    (Conversion::Boxing, Some((_, boxing))) => boxing,
                    (Conversion::Boxing, None) => "box",
                    (Conversion::Unboxing, _) if *to == Ty::Char => "unbox.char",
                    (Conversion::Unboxing, _) => "unbox",
                    _ => "cast",
                };
                self.emit(Inst::Call {
                    dst: Some(dst),
                    callee: Callee::Runtime(helper),
                    args: vec![src],
                    span: self.span,
                });
                return Some(Operand::Value(dst));
            }
        };
        let dst = self.temp_for(to)?;
        self.emit(Inst::Convert { dst, conv, src });
        Some(Operand::Value(dst))
    }

    /// The operands that locate a place (array and index), evaluated once, before the value.
    fn place_operands(&mut self, p: &'p Place) -> Option<Vec<Operand>> {
        match p {
            Place::ArrayElement { array, index } => self.operands(&[array, index]),
            Place::Indexer { target, index, .. } => self.operands(&[target, index]),
            Place::InstanceField { receiver, .. }
                if crate::structs::struct_class(&receiver.ty).is_some() =>
            {
                Some(vec![self.receiver(receiver)?])
            }
            Place::InstanceField { receiver, .. } => self.operands(&[receiver]),
            // An indexer's receiver, then its arguments (C#'s order), before the value.
            Place::Property {
                receiver: Some(receiver),
                args,
                ..
            } if crate::structs::struct_class(&receiver.ty).is_some() => {
                let mut ops = vec![self.receiver(receiver)?];
                let rest: Vec<&hir::Expr> = args.iter().collect();
                ops.extend(self.operands(&rest)?);
                Some(ops)
            }
            Place::Property {
                receiver: Some(receiver),
                args,
                ..
            } => {
                let mut all: Vec<&hir::Expr> = vec![receiver];
                all.extend(args.iter());
                self.operands(&all)
            }
            _ => Some(Vec::new()),
        }
    }

    /// The place's operands for an assignment whose right side is `value`: C# evaluates the
    /// array and the index first, so a local among them that `value` assigns (`a[k] = k++`,
    /// `b[0] = (b = c)[1]`) is copied before `value` runs.
    fn stable_place_operands(
        &mut self,
        p: &'p Place,
        value: &'p hir::Expr,
    ) -> Option<Vec<Operand>> {
        let ops = self.place_operands(p)?;
        let exprs: Vec<&hir::Expr> = match p {
            Place::ArrayElement { array, index } => vec![array, index],
            Place::Indexer { target, index, .. } => vec![target, index],
            Place::InstanceField { receiver, .. } => vec![receiver],
            Place::Property {
                receiver: Some(receiver),
                args,
                ..
            } => std::iter::once(&**receiver).chain(args.iter()).collect(),
            _ => Vec::new(),
        };
        let mut stable = Vec::with_capacity(ops.len());
        for (op, e) in ops.into_iter().zip(exprs) {
            stable.push(match &e.kind {
                ExprKind::Local(id) if writes_local(value, *id) => self.snapshot(op, &e.ty)?,
                _ => op,
            });
        }
        Some(stable)
    }

    fn load_place(&mut self, p: &'p Place, ops: &[Operand], ty: &Ty) -> Option<Operand> {
        match p {
            Place::Local(id) => self.read_local(*id, ty),
            Place::StaticField(id) => {
                self.init_class(*id);
                let dst = self.temp_for(ty)?;
                let name = self.field_name(*id);
                self.emit(Inst::LoadStatic {
                    dst,
                    field: id.0,
                    name,
                });
                Some(Operand::Value(dst))
            }
            Place::ArrayElement { .. } => {
                let dst = self.temp_for(ty)?;
                self.emit(Inst::ArrayLoad {
                    dst,
                    array: ops.first()?.clone(),
                    index: ops.get(1)?.clone(),
                });
                Some(Operand::Value(dst))
            }
            Place::Indexer { indexer, .. } => {
                let dst = self.temp_for(ty)?;
                self.emit(Inst::Call {
                    dst: Some(dst),
                    callee: builtin(*indexer, &[]),
                    args: ops.to_vec(),
                    span: self.span,
                });
                Some(Operand::Value(dst))
            }
            Place::InstanceField { field, .. } => {
                let dst = self.temp_for(ty)?;
                let (offset, name) = (self.offsets[field.0 as usize], self.field_name(*field));
                self.emit(Inst::LoadField {
                    dst,
                    object: ops.first()?.clone(),
                    offset,
                    name,
                });
                Some(Operand::Value(dst))
            }
            Place::Property {
                getter, receiver, ..
            } => {
                let callee = self.method_callee(*getter, receiver.as_deref(), &[]);
                self.call_with(callee, ops.to_vec(), ty)
            }
        }
    }

    /// The callee of a call of user method `m` through `receiver`: an interface's method runs
    /// through the object's itable, a virtual one its class's override (a `base.` call the
    /// base's own implementation), any other directly.
    fn method_callee(
        &mut self,
        m: hir::MethodId,
        receiver: Option<&hir::Expr>,
        type_args: &[Ty],
    ) -> Callee {
        match (m, receiver) {
            // Through an object, a virtual method runs its class's override; through
            // `base`, the base's own implementation.
            (m, Some(_))
                if self.program.class(self.program.method(m).class).kind
                    == hir::ClassKind::Interface =>
            {
                Callee::Interface {
                    id: m.0,
                    name: self.qualified_name(m),
                }
            }
            (m, Some(r)) if !matches!(r.kind, ExprKind::Base) => {
                match self.program.method(m).vslot {
                    Some(slot) => Callee::Virtual {
                        slot,
                        id: m.0,
                        name: self.qualified_name(m),
                    },
                    None => self.callee(HCallee::User(m), type_args),
                }
            }
            // `base.M()`: the implementation the base class runs (an override there
            // of a method declared further up).
            (m, Some(_)) => {
                let own = self.program.method(m);
                let base = self.program.class(self.method.class).base;
                let target = match (own.vslot, base) {
                    (Some(slot), Some(b)) => self
                        .program
                        .class(b)
                        .vtable
                        .get(slot as usize)
                        .copied()
                        .unwrap_or(m),
                    _ => m,
                };
                self.callee(HCallee::User(target), type_args)
            }
            (m, _) => self.callee(HCallee::User(m), type_args),
        }
    }

    fn store_place(&mut self, p: &'p Place, ops: &[Operand], value: Operand) {
        match p {
            Place::Local(id) if self.is_by_ref(*id) => {
                if let Some(ptr) = self.local(*id) {
                    self.emit(Inst::StoreRef {
                        ptr: Operand::Value(ptr),
                        src: value,
                    });
                }
            }
            Place::Local(id) => {
                if let Some(v) = self.local(*id) {
                    self.emit(Inst::Copy { dst: v, src: value });
                }
            }
            Place::StaticField(id) => {
                self.init_class(*id);
                let name = self.field_name(*id);
                self.emit(Inst::StoreStatic {
                    field: id.0,
                    name,
                    src: value,
                });
            }
            Place::ArrayElement { .. } => {
                if let (Some(a), Some(i)) = (ops.first(), ops.get(1)) {
                    self.emit(Inst::ArrayStore {
                        array: a.clone(),
                        index: i.clone(),
                        src: value,
                    });
                }
            }
            Place::Indexer { indexer, .. } => {
                let mut args = ops.to_vec();
                args.push(value);
                // The indexer's setter: a StringBuilder's char, or an element of a list.
                let owner = unawait_sema::builtins::library().get(*indexer).owner;
                let setter = if owner
                    == unawait_sema::builtins::Owner::Lib(unawait_sema::types::Lib::StringBuilder)
                {
                    "StringBuilder.set_this"
                } else {
                    "indexer.set"
                };
                self.emit(Inst::Call {
                    dst: None,
                    callee: Callee::Runtime(setter),
                    args,
                    span: self.span,
                });
            }
            Place::InstanceField { field, .. } => {
                if let Some(object) = ops.first() {
                    let (offset, name) = (self.offsets[field.0 as usize], self.field_name(*field));
                    self.emit(Inst::StoreField {
                        object: object.clone(),
                        offset,
                        name,
                        src: value,
                    });
                }
            }
            Place::Property {
                setter, receiver, ..
            } => {
                let mut args = ops.to_vec();
                args.push(value);
                let callee = self.method_callee(*setter, receiver.as_deref(), &[]);
                self.call_with(callee, args, &Ty::Void);
            }
        }
    }

    fn assign(&mut self, target: &'p Place, value: &'p hir::Expr) -> Option<Operand> {
        let ops = self.stable_place_operands(target, value)?;
        // The assignment's value is the right side's operand, not a re-read of the target:
        // `F(x = 5, x = 6)` passes 5.
        let v = self.expr(value)?;
        self.store_place(target, &ops, v.clone());
        Some(v)
    }

    /// `t op= v`: the target is read before `v` is evaluated (and before any await in it).
    fn compound(
        &mut self,
        target: &'p Place,
        op: BinOp,
        concat: bool,
        value: &'p hir::Expr,
        ty: &Ty,
    ) -> Option<Operand> {
        let ops = self.stable_place_operands(target, value)?;
        let current = self.load_place(target, &ops, ty)?;
        // A local's old value is copied only if the right side may assign the local; otherwise
        // the local itself is what `total += await G()` keeps across the await.
        let current = match target {
            Place::Local(id) if !writes_local(value, *id) => current,
            _ => self.snapshot(current, ty)?,
        };
        let rhs = self.expr(value)?;
        let dst = self.temp_for(ty)?;
        if concat {
            self.emit(Inst::Concat {
                dst,
                parts: vec![current, rhs],
            });
        } else {
            self.emit(Inst::Binary {
                dst,
                op: bin_op(op),
                ty: mach_ty(ty)?,
                lhs: current,
                rhs,
            });
            let checked = matches!(
                op,
                BinOp::CheckedAdd | BinOp::CheckedSub | BinOp::CheckedMul
            );
            if *ty == Ty::Char {
                self.narrow_char(dst, checked);
            }
            if let Some(s) = crate::small_of(ty) {
                self.narrow_small(dst, s, checked);
            }
        }
        self.store_place(target, &ops, Operand::Value(dst));
        Some(Operand::Value(dst))
    }

    /// A read of a local that later code may overwrite before the value is used.
    fn snapshot(&mut self, v: Operand, ty: &Ty) -> Option<Operand> {
        let t = self.temp_for(ty)?;
        self.emit(Inst::Copy { dst: t, src: v });
        Some(Operand::Value(t))
    }

    fn inc_dec(
        &mut self,
        target: &'p Place,
        kind: IncDec,
        checked: bool,
        ty: &Ty,
    ) -> Option<Operand> {
        let ops = self.place_operands(target)?;
        let current = self.load_place(target, &ops, ty)?;
        let old = self.snapshot(current, ty)?;
        let mty = mach_ty(ty)?;
        let one = match mty {
            MachTy::I64 => Const::I64(1),
            MachTy::F64 => Const::F64(1.0),
            _ => Const::I32(1),
        };
        let new = self.temp(mty);
        let op = match (kind, checked) {
            (IncDec::PreInc | IncDec::PostInc, false) => smir::BinOp::Add,
            (IncDec::PreDec | IncDec::PostDec, false) => smir::BinOp::Sub,
            (IncDec::PreInc | IncDec::PostInc, true) => smir::BinOp::AddOvf,
            (IncDec::PreDec | IncDec::PostDec, true) => smir::BinOp::SubOvf,
        };
        self.emit(Inst::Binary {
            dst: new,
            op,
            ty: mty,
            lhs: old.clone(),
            rhs: Operand::Const(one),
        });
        if *ty == Ty::Char {
            self.narrow_char(new, checked);
        }
        if let Some(s) = crate::small_of(ty) {
            self.narrow_small(new, s, checked);
        }
        self.store_place(target, &ops, Operand::Value(new));
        Some(match kind {
            IncDec::PreInc | IncDec::PreDec => Operand::Value(new),
            IncDec::PostInc | IncDec::PostDec => old,
        })
    }
}

/// `base.M()` where the base's `M` is the library's (`object`'s or `Exception`'s) and the class
/// overrides it: the runtime helper that runs the library's own member, never the override
/// (which may be the caller).
fn library_base_member(key: &str) -> Option<&'static str> {
    match key {
        "object.ToString()" => Some("rt.to_string_base"),
        "object.Equals(object)" => Some("rt.equals_base"),
        "object.GetHashCode()" => Some("rt.hash_code_base"),
        "Exception.Message" => Some("rt.message_base"),
        _ => None,
    }
}
