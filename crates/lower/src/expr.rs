//! Expressions to three-address code. Evaluating into temporaries in C#'s left-to-right order is
//! what spills awaits out of expressions: in `F(a, await b, c)` the value of `a` is a temporary
//! computed before the await, so if it is needed after the await it is live across it.

use crate::builder::{Builder, PendingAwait};
use crate::mach_ty;
use unawait_sema::builtins::library;
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
        self.span = outer;
        v
    }

    fn expr_here(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        match &e.kind {
            ExprKind::Const(c) => Some(Operand::Const(constant(c))),
            ExprKind::Local(id) => self.local(*id).map(Operand::Value),
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
                let args = receiver.iter().map(|r| &**r).collect::<Vec<_>>();
                let callee = builtin(*member, type_args);
                self.call(callee, &args, &e.ty)
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
                let callee = match (callee, receiver) {
                    // Through an object, a virtual method runs its class's override; through
                    // `base`, the base's own implementation.
                    (HCallee::User(m), Some(r)) if !matches!(r.kind, ExprKind::Base) => {
                        match self.program.method(*m).vslot {
                            Some(slot) => Callee::Virtual {
                                slot,
                                id: m.0,
                                name: self.qualified_name(*m),
                            },
                            None => self.callee(HCallee::User(*m), type_args),
                        }
                    }
                    // `base.M()`: the implementation the base class runs (an override there
                    // of a method declared further up).
                    (HCallee::User(m), Some(_)) => {
                        let own = self.program.method(*m);
                        let base = self.program.class(self.method.class).base;
                        let target = match (own.vslot, base) {
                            (Some(slot), Some(b)) => self
                                .program
                                .class(b)
                                .vtable
                                .get(slot as usize)
                                .copied()
                                .unwrap_or(*m),
                            _ => *m,
                        };
                        self.callee(HCallee::User(target), type_args)
                    }
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
                    len,
                });
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
                self.emit(Inst::Binary {
                    dst,
                    op: bin_op(*op),
                    ty: mach_ty(operand_ty).unwrap_or(MachTy::Ref),
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
            ExprKind::IncDec { target, kind } => self.inc_dec(target, *kind, &e.ty),
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
                let object = self.expr(receiver)?;
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
                let dst = self.temp_for(&e.ty)?;
                self.emit(Inst::NewObject {
                    dst,
                    class: class.0,
                });
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
                let target = type_target(target);
                match (kind, local) {
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
    fn operands(&mut self, es: &[&'p hir::Expr]) -> Option<Vec<Operand>> {
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

    fn call(&mut self, callee: Callee, args: &[&'p hir::Expr], ret: &Ty) -> Option<Operand> {
        let args = self.operands(args)?;
        self.call_with(callee, args, ret)
    }

    /// A call of arguments already evaluated.
    fn call_with(&mut self, callee: Callee, args: Vec<Operand>, ret: &Ty) -> Option<Operand> {
        let dst = self.temp_for(ret);
        self.emit(Inst::Call {
            dst,
            callee,
            args,
            span: self.span,
        });
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

    fn callee(&self, c: HCallee, type_args: &[Ty]) -> Callee {
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
    fn qualified_name(&self, id: hir::MethodId) -> String {
        let m = self.program.method(id);
        format!("{}.{}", self.program.class(m.class).name, m.name)
    }

    /// Records that this method uses a static field of the field's class: the class's static
    /// constructor must have run before the method does (`lower_body` adds the checks).
    fn init_class(&mut self, field: hir::FieldId) {
        let class = self.program.field(field).class;
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

    fn field_name(&self, id: hir::FieldId) -> String {
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
        let conv = match c {
            Conversion::IntToLong => Conv::IntToLong,
            Conversion::IntToDouble => Conv::IntToDouble,
            Conversion::LongToDouble => Conv::LongToDouble,
            Conversion::LongToInt => Conv::LongToInt,
            Conversion::DoubleToInt => Conv::DoubleToInt,
            Conversion::DoubleToLong => Conv::DoubleToLong,
            Conversion::Reference => return Some(src),
            Conversion::Boxing | Conversion::Unboxing | Conversion::Downcast => {
                let dst = self.temp_for(to)?;
                if let (Conversion::Boxing, Some(kind)) = (c, value_task_result(&inner.ty)) {
                    self.emit(Inst::Call {
                        dst: Some(dst),
                        callee: Callee::Runtime("box.valuetask"),
                        args: vec![src, Operand::Const(Const::I32(kind))],
                        span: self.span,
                    });
                    return Some(Operand::Value(dst));
                }
                if let (Conversion::Downcast, Ty::Class(id, _)) = (c, to) {
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
                let helper = match (c, enum_helpers(&inner.ty)) {
                    (Conversion::Boxing, Some((_, boxing))) => boxing,
                    (Conversion::Boxing, None) => "box",
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
            | Place::Property {
                receiver: Some(receiver),
                ..
            } => self.operands(&[receiver]),
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
            Place::InstanceField { receiver, .. }
            | Place::Property {
                receiver: Some(receiver),
                ..
            } => vec![receiver],
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
            Place::Local(id) => self.local(*id).map(Operand::Value),
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
            Place::Property { getter, .. } => {
                let callee = self.callee(HCallee::User(*getter), &[]);
                self.call_with(callee, ops.to_vec(), ty)
            }
        }
    }

    fn store_place(&mut self, p: &'p Place, ops: &[Operand], value: Operand) {
        match p {
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
            Place::Indexer { .. } => {
                let mut args = ops.to_vec();
                args.push(value);
                self.emit(Inst::Call {
                    dst: None,
                    callee: Callee::Runtime("indexer.set"),
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
            Place::Property { setter, .. } => {
                let mut args = ops.to_vec();
                args.push(value);
                let callee = self.callee(HCallee::User(*setter), &[]);
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

    fn inc_dec(&mut self, target: &'p Place, kind: IncDec, ty: &Ty) -> Option<Operand> {
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
        let op = match kind {
            IncDec::PreInc | IncDec::PostInc => smir::BinOp::Add,
            IncDec::PreDec | IncDec::PostDec => smir::BinOp::Sub,
        };
        self.emit(Inst::Binary {
            dst: new,
            op,
            ty: mty,
            lhs: old.clone(),
            rhs: Operand::Const(one),
        });
        self.store_place(target, &ops, Operand::Value(new));
        Some(match kind {
            IncDec::PreInc | IncDec::PreDec => Operand::Value(new),
            IncDec::PostInc | IncDec::PostDec => old,
        })
    }

    /// `GetAwaiter; IsCompleted ? fast : suspend`, with the suspend and resume blocks left for
    /// `frame.rs` to fill once it knows what is live across this await.
    fn await_expr(
        &mut self,
        awaited: &'p hir::Expr,
        info: &hir::AwaitInfo,
        result: &Ty,
        span: unawait_syntax::Span,
        hir: u32,
    ) -> Option<Operand> {
        let mut elided = Vec::new();
        let task = match self.direct_call(awaited, info.awaiter, &mut elided) {
            Some(call) => call?,
            None => self.expr(awaited)?,
        };
        let kind = awaiter_kind(info.awaiter);
        let awaiter_ty = info.awaiter_ty.to_string();
        let awaiter = self.temp_named(MachTy::Awaiter(kind), awaiter_ty.clone());
        self.emit(Inst::GetAwaiter {
            dst: awaiter,
            awaitable: task,
            kind,
            hir,
        });
        let done = self.temp(MachTy::Bool);
        self.emit(Inst::IsCompleted { dst: done, awaiter });
        let (suspend, resume, fast) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(Operand::Value(done), fast, suspend);
        self.f.blocks[suspend.0 as usize].term = Terminator::Suspend;
        self.f.blocks[resume.0 as usize].term = Terminator::Goto(fast);
        self.awaits.push(PendingAwait {
            state: self.awaits.len() as i32,
            hir,
            span,
            kind,
            awaiter_ty,
            awaiter,
            suspend,
            resume,
            elided,
        });
        self.switch_to(fast);
        let dst = self.temp_for(result);
        self.emit(Inst::GetResult { dst, awaiter, span });
        dst.map(Operand::Value)
    }

    /// `await M(..)` of an async method of the program returning a task or a `ValueTask`: the
    /// task is a temporary only this await reads, so the call may return a synchronous result
    /// inline, and the awaiter that reads a box's result may return the box to its method's
    /// pool (docs/runtime.md). A `return await` wrapper is skipped (`elide.rs`): its frames go
    /// to `elided`. `None` when the awaited expression is anything else.
    fn direct_call(
        &mut self,
        awaited: &'p hir::Expr,
        awaiter: hir::AwaiterKind,
        elided: &mut Vec<smir::Elided>,
    ) -> Option<Option<Operand>> {
        let ExprKind::Call {
            callee: HCallee::User(id),
            receiver: None,
            args,
            type_args,
        } = &awaited.kind
        else {
            return None;
        };
        let m = self.program.method(*id);
        if !matches!(
            m.async_kind,
            hir::AsyncKind::Task
                | hir::AsyncKind::TaskOf(_)
                | hir::AsyncKind::ValueTask
                | hir::AsyncKind::ValueTaskOf(_)
        ) {
            return None;
        }
        let forward = crate::elide::plain(awaiter)
            .then(|| crate::elide::forward(self.program, &self.cctors, *id))
            .flatten();
        let target = forward.as_ref().map_or(*id, |f| f.target);
        let mut callee = self.callee(HCallee::User(target), type_args);
        if let Callee::User {
            awaited_directly, ..
        } = &mut callee
        {
            *awaited_directly = true;
        }
        let outer = std::mem::replace(&mut self.span, awaited.span);
        let all: Vec<&hir::Expr> = args.iter().collect();
        let v = match forward {
            None => self.call(callee, &all, &awaited.ty),
            Some(f) => {
                // Every argument of the wrapper is evaluated, in order, as its call would.
                let given = self.operands(&all);
                let args = given.and_then(|given| {
                    f.args
                        .iter()
                        .map(|a| match a {
                            crate::elide::ArgSource::Param(i) => given.get(*i).cloned(),
                            crate::elide::ArgSource::Const(c) => Some(Operand::Const(constant(c))),
                        })
                        .collect::<Option<Vec<_>>>()
                });
                elided.extend(f.via.iter().map(|&(m, span)| smir::Elided {
                    name: self.qualified_name(m),
                    span,
                    method: m.0,
                }));
                args.and_then(|args| self.call_with(callee, args, &awaited.ty))
            }
        };
        self.span = outer;
        Some(v)
    }

    pub fn foreach(
        &mut self,
        kind: hir::ForeachKind,
        local: hir::LocalId,
        collection: &'p hir::Expr,
        body: &'p hir::Stmt,
    ) {
        let Some(coll) = self.expr(collection) else {
            return;
        };
        let var = self.local(local);
        let (head, body_b, step, exit) = (
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
        );
        if kind == hir::ForeachKind::Array {
            let index = self.temp(MachTy::I32);
            let len = self.temp(MachTy::I32);
            self.emit(Inst::Copy {
                dst: index,
                src: Operand::Const(Const::I32(0)),
            });
            self.emit(Inst::ArrayLength {
                dst: len,
                array: coll.clone(),
            });
            self.goto(head);
            self.switch_to(head);
            let more = self.temp(MachTy::Bool);
            self.emit(Inst::Binary {
                dst: more,
                op: smir::BinOp::Lt,
                ty: MachTy::I32,
                lhs: Operand::Value(index),
                rhs: Operand::Value(len),
            });
            self.branch(Operand::Value(more), body_b, exit);
            self.switch_to(body_b);
            if let Some(v) = var {
                self.emit(Inst::ArrayLoad {
                    dst: v,
                    array: coll,
                    index: Operand::Value(index),
                });
            }
            self.in_loop(body, exit, step);
            self.switch_to(step);
            self.emit(Inst::Binary {
                dst: index,
                op: smir::BinOp::Add,
                ty: MachTy::I32,
                lhs: Operand::Value(index),
                rhs: Operand::Const(Const::I32(1)),
            });
            self.goto(head);
        } else {
            // Lists enumerate through the runtime's enumerator, which throws when the list
            // changes during the loop, as C#'s does.
            let it = self.temp(MachTy::Ref);
            self.emit(Inst::Call {
                dst: Some(it),
                callee: Callee::Runtime("enumerator.start"),
                args: vec![coll],
                span: self.span,
            });
            self.goto(head);
            self.switch_to(head);
            let more = self.temp(MachTy::Bool);
            self.emit(Inst::Call {
                dst: Some(more),
                callee: Callee::Runtime("enumerator.move_next"),
                args: vec![Operand::Value(it)],
                span: self.span,
            });
            self.branch(Operand::Value(more), body_b, exit);
            self.switch_to(body_b);
            if let Some(v) = var {
                self.emit(Inst::Call {
                    dst: Some(v),
                    callee: Callee::Runtime("enumerator.current"),
                    args: vec![Operand::Value(it)],
                    span: self.span,
                });
            }
            self.in_loop(body, exit, step);
            self.switch_to(step);
            self.goto(head);
        }
        self.switch_to(exit);
    }
}

/// The type a type test checks: a class of the program, or a library type by its C# name.
fn type_target(t: &Ty) -> TypeTarget {
    match t {
        Ty::Class(id, name) => TypeTarget::Class {
            id: id.0,
            name: name.to_string(),
        },
        other => TypeTarget::Library(other.to_string()),
    }
}

fn constant(c: &hir::ConstValue) -> Const {
    match c {
        hir::ConstValue::Int(i) => Const::I32(*i),
        hir::ConstValue::Long(l) => Const::I64(*l),
        hir::ConstValue::Bool(b) => Const::Bool(*b),
        hir::ConstValue::Double(d) => Const::F64(*d),
        hir::ConstValue::String(s) => Const::Str(s.to_string()),
        hir::ConstValue::Null => Const::Null,
    }
}

fn builtin(id: hir::BuiltinId, type_args: &[Ty]) -> Callee {
    let member = library().get(id);
    Callee::Builtin {
        id: id.0,
        name: member.display(type_args),
        key: member.display(&[]),
        type_args: type_args
            .iter()
            .map(|t| mach_ty(t).unwrap_or(MachTy::Ref))
            .collect(),
    }
}

/// For the library's structs whose word the runtime must interpret to print or box them: a
/// `ValueTask<T>`, the runtime's kind code of `T` (its word may hold the result inline,
/// docs/runtime.md); `-1` for the non-generic `ValueTask`, `-2` for `CancellationToken`.
fn value_task_result(ty: &Ty) -> Option<i32> {
    use unawait_sema::types::Lib;
    match ty {
        Ty::Lib(Lib::ValueTask, _) => Some(-1),
        Ty::Lib(Lib::CancellationToken, _) => Some(-2),
        Ty::Lib(Lib::ValueTaskOf, args) => Some(match args.first() {
            Some(Ty::Lib(Lib::TaskStatus, _)) => 5,
            Some(Ty::Lib(Lib::TaskCreationOptions, _)) => 6,
            Some(t) => match mach_ty(t) {
                Some(MachTy::Bool) => 0,
                Some(MachTy::I32) => 1,
                Some(MachTy::I64) => 2,
                Some(MachTy::F64) => 3,
                _ => 4,
            },
            None => 4,
        }),
        _ => None,
    }
}

/// The library's enums print by member name, which only the runtime knows: the runtime helpers
/// that turn a value of one into a string and into a box (which prints the same way).
fn enum_helpers(ty: &Ty) -> Option<(&'static str, &'static str)> {
    use unawait_sema::types::Lib;
    match ty {
        Ty::Lib(Lib::TaskStatus, _) => Some(("status.to_str", "box.status")),
        Ty::Lib(Lib::TaskCreationOptions, _) => Some(("options.to_str", "box.options")),
        _ => None,
    }
}

fn bin_op(op: BinOp) -> smir::BinOp {
    match op {
        BinOp::Add => smir::BinOp::Add,
        BinOp::Sub => smir::BinOp::Sub,
        BinOp::Mul => smir::BinOp::Mul,
        BinOp::Div => smir::BinOp::Div,
        BinOp::Rem => smir::BinOp::Rem,
        BinOp::Lt => smir::BinOp::Lt,
        BinOp::Le => smir::BinOp::Le,
        BinOp::Gt => smir::BinOp::Gt,
        BinOp::Ge => smir::BinOp::Ge,
        BinOp::Eq => smir::BinOp::Eq,
        BinOp::Ne => smir::BinOp::Ne,
        // `&&` and `||` are lowered as control flow (`cond`) and never reach here.
        BinOp::And | BinOp::Or => smir::BinOp::Ne,
    }
}

fn awaiter_kind(k: hir::AwaiterKind) -> smir::AwaiterKind {
    use hir::AwaiterKind as H;
    match k {
        H::TaskAwaiter | H::TaskAwaiterOf | H::Custom => smir::AwaiterKind::Task,
        H::ConfiguredTaskAwaiter | H::ConfiguredTaskAwaiterOf => smir::AwaiterKind::ConfiguredTask,
        H::ValueTaskAwaiter
        | H::ValueTaskAwaiterOf
        | H::ConfiguredValueTaskAwaiter
        | H::ConfiguredValueTaskAwaiterOf => smir::AwaiterKind::ValueTask,
        H::YieldAwaiter => smir::AwaiterKind::Yield,
    }
}

/// Whether evaluating `e` may assign local `id`.
fn writes_local(e: &hir::Expr, id: hir::LocalId) -> bool {
    // The place itself, or what locates it (`z[w = 1] = ..` assigns `w`).
    let place_is = |p: &Place| match p {
        Place::Local(l) => *l == id,
        Place::ArrayElement { array, index } => writes_local(array, id) || writes_local(index, id),
        Place::Indexer { target, index, .. } => writes_local(target, id) || writes_local(index, id),
        Place::InstanceField { receiver, .. }
        | Place::Property {
            receiver: Some(receiver),
            ..
        } => writes_local(receiver, id),
        _ => false,
    };
    let any = |es: &[&hir::Expr]| es.iter().any(|x| writes_local(x, id));
    match &e.kind {
        ExprKind::Assign { target, value } => place_is(target) || writes_local(value, id),
        ExprKind::CompoundAssign { target, value, .. } => {
            place_is(target) || writes_local(value, id)
        }
        ExprKind::IncDec { target, .. } => place_is(target),
        ExprKind::Call { receiver, args, .. } => {
            receiver.as_deref().is_some_and(|r| writes_local(r, id))
                || args.iter().any(|a| writes_local(a, id))
        }
        ExprKind::Property { receiver, .. } => {
            receiver.as_deref().is_some_and(|r| writes_local(r, id))
        }
        ExprKind::New {
            args, initializer, ..
        } => args.iter().chain(initializer).any(|a| writes_local(a, id)),
        ExprKind::NewArray { size, .. } => writes_local(size, id),
        ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => {
            items.iter().any(|a| writes_local(a, id))
        }
        ExprKind::ArrayElement { array, index } => any(&[array, index]),
        ExprKind::Indexer { target, index, .. } => any(&[target, index]),
        ExprKind::Binary { lhs, rhs, .. } => any(&[lhs, rhs]),
        ExprKind::Conditional {
            cond,
            then,
            otherwise,
        } => any(&[cond, then, otherwise]),
        ExprKind::Unary { operand: x, .. }
        | ExprKind::ToStr(x)
        | ExprKind::Convert { expr: x, .. }
        | ExprKind::Discard(x)
        | ExprKind::InstanceField { receiver: x, .. }
        | ExprKind::Await { expr: x, .. } => writes_local(x, id),
        ExprKind::NewObject { args, init, .. } => args
            .iter()
            .chain(init.iter().map(|i| &i.value))
            .any(|a| writes_local(a, id)),
        _ => false,
    }
}
