//! Expressions to three-address code. Evaluating into temporaries in C#'s left-to-right order is
//! what spills awaits out of expressions: in `F(a, await b, c)` the value of `a` is a temporary
//! computed before the await, so if it is needed after the await it is live across it.

use crate::builder::Builder;
use crate::mach_ty;
use crate::support::{bin_op, builtin, constant, value_task_result, writes_local};
use unawait_sema::hir::{self, BinOp, Callee as HCallee, Conversion, ExprKind, UnOp};
use unawait_sema::types::Ty;
use unawait_smir::{self as smir, Callee, Const, Inst, MachTy, Operand, Terminator, TestMode};

impl<'p> Builder<'p> {
    /// Lowers an expression; `None` for a `void` one.
    pub fn expr(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        if let Some(v) = self.placeholder(e) {
            return Some(v);
        }
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
        if let Some(v) = self.placeholder(e) {
            return Some(v);
        }
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
                // The value may exist without any constructor having run: the first call of
                // one of its methods runs the static constructor, as the CLR does.
                self.init_precisely(self.program.method(*m).class);
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
                // `typeof(T)`: the runtime finds the `Type` by .NET's full name.
                if let (HCallee::Builtin(b), [t]) = (callee, &type_args[..]) {
                    if unawait_sema::builtins::library().get(*b).name
                        == unawait_sema::builtins::TYPE_OF
                    {
                        let name = crate::type_names::dotnet_name(self.program, t);
                        let op = Operand::Const(Const::Str(name));
                        return self.call_with(builtin(*b, type_args), vec![op], &e.ty);
                    }
                }
                // `: base(message, inner)` of an exception class: set them on `this`.
                if let (HCallee::Builtin(b), Some(_)) = (callee, receiver) {
                    let member = unawait_sema::builtins::library().get(*b);
                    if member.kind == unawait_sema::builtins::MemberKind::Constructor {
                        // `EventArgs()` sets nothing.
                        // Nor do `SynchronizationContext()` and `TaskScheduler()`.
                        if matches!(
                            member.owner_ty,
                            Ty::Lib(
                                unawait_sema::types::Lib::EventArgs
                                    | unawait_sema::types::Lib::SynchronizationContext
                                    | unawait_sema::types::Lib::TaskScheduler,
                                _
                            )
                        ) {
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
                // The calls that first use a class with a static constructor (it runs after the
                // arguments, before the call): a static method; a base class's constructor run
                // by `: base(...)`, which creates an instance of it (a struct's methods: above).
                if let Callee::User { id, .. } = &callee {
                    let m = self.program.method(hir::MethodId(*id));
                    let first_use = match m.kind {
                        hir::MethodKind::StaticConstructor => false,
                        hir::MethodKind::Constructor => receiver.is_some(),
                        _ => m.is_static,
                    };
                    if first_use {
                        let ops = self.operands(&all)?;
                        self.init_precisely(m.class);
                        return self.call_with(callee, ops, &e.ty);
                    }
                }
                let hcallee = match &e.kind {
                    ExprKind::Call { callee, .. } => *callee,
                    _ => return None,
                };
                let ops = self.operands(&all)?;
                let ops = self.struct_sources(hcallee, &all, ops);
                let v = self.call_with(callee, ops, &e.ty)?;
                Some(self.struct_result(e, v))
            }
            ExprKind::New {
                ctor,
                args,
                type_args,
                initializer,
            } => {
                let callee = self.callee(*ctor, type_args);
                let args: Vec<&hir::Expr> = args.iter().collect();
                let ops = self.operands(&args)?;
                let ops = self.struct_sources(*ctor, &args, ops);
                let obj = self.call_with(callee, ops, &e.ty)?;
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
                if e.ty == Ty::UInt {
                    self.wrap_uint(dst);
                }
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
                if self.delegate_op(dst, *op, operand_ty, &ops) {
                    return Some(Operand::Value(dst));
                }
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
                if self.unsigned_binary(dst, *op, operand_ty, ops[0].clone(), ops[1].clone()) {
                    return Some(Operand::Value(dst));
                }
                self.emit(Inst::Binary {
                    dst,
                    op: bin_op(*op),
                    ty,
                    lhs: ops[0].clone(),
                    rhs: ops[1].clone(),
                });
                if e.ty == Ty::Float {
                    self.round_to_float(dst);
                }
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
            ExprKind::Await { expr, info } => {
                let v = self.await_expr(expr, info, &e.ty, e.span, e.id.0)?;
                Some(self.awaited_struct_array(expr, &e.ty, v))
            }
            ExprKind::This | ExprKind::Base => self.this.map(Operand::Value),
            ExprKind::InstanceField { receiver, field } => {
                let object = self.receiver(receiver)?;
                let dst = self.temp_for(&e.ty)?;
                self.load_field(dst, object, *field);
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
                // `new S()` of a struct without a constructor call is its default value: C#
                // runs no constructor, so no static one either.
                if ctor.is_some() || self.program.class(*class).kind != hir::ClassKind::Struct {
                    self.init_precisely(*class);
                }
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
                        hir::InitTarget::Field(f) => self.store_field(Operand::Value(dst), f, v),
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
                let value_target =
                    Some(target).filter(|t| t.is_value_type() && struct_target.is_none());
                let target = crate::support::type_target(self.program, target);
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
                        let dst = self.null_test(smir::BinOp::Ne, Operand::Value(t));
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
                    // `o is int n`: n gets the box's value (a nullable value's box is the
                    // value boxed, so `x is int n` of an `int?` is the same test).
                    (hir::TypeTestKind::Is, Some(l)) if value_target.is_some() => {
                        let to = value_target?;
                        let t = self.temp(MachTy::Ref);
                        self.emit(Inst::TypeTest {
                            dst: t,
                            object,
                            target,
                            mode: TestMode::As,
                        });
                        let dst = self.null_test(smir::BinOp::Ne, Operand::Value(t));
                        let var = self.local(*l)?;
                        let zero = crate::default_of(self.f.value(var).ty);
                        self.emit(Inst::Copy {
                            dst: var,
                            src: Operand::Const(zero),
                        });
                        let (unbox, join) = (self.new_block(), self.new_block());
                        self.branch(Operand::Value(dst), unbox, join);
                        self.switch_to(unbox);
                        let c = hir::Conversion::Unboxing;
                        let v = self.convert_value(c, Operand::Value(t), &Ty::Object, to)?;
                        self.emit(Inst::Copy { dst: var, src: v });
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
                        let dst = self.null_test(smir::BinOp::Ne, Operand::Value(v));
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
                let struct_out = out.and_then(|l| {
                    crate::structs::struct_class(&self.method.locals[l.0 as usize].ty)
                });
                let dst = match (out, by_ref) {
                    (_, Some(l)) => Some(self.temp_for(&self.method.locals[l.0 as usize].ty)?),
                    (Some(_), None) if struct_out.is_some() => Some(self.temp(MachTy::Ref)),
                    (Some(l), None) => Some(self.local(*l)?),
                    (None, _) => None,
                };
                self.emit(Inst::Call {
                    dst,
                    callee: Callee::Runtime("rt.out_value"),
                    args: Vec::new(),
                    span: self.span,
                });
                // A struct the library hands out stays the collection's: the variable gets a
                // copy, or a zeroed struct where the library gives `default` (not found).
                if let (Some(class), Some(v), Some(l)) = (struct_out, dst, out) {
                    let value = self.struct_or_zeroed(v, class);
                    match by_ref {
                        Some(_) => {
                            let ptr = self.local(*l)?;
                            let held = self.temp(MachTy::Ref);
                            self.emit(Inst::LoadRef {
                                dst: held,
                                ptr: Operand::Value(ptr),
                            });
                            self.copy_into(Operand::Value(held), value, class);
                        }
                        None => {
                            let local = self.local(*l)?;
                            self.emit(Inst::Copy {
                                dst: local,
                                src: value,
                            });
                        }
                    }
                    return Some(result);
                }
                if let (Some(l), Some(v)) = (by_ref, dst) {
                    let ptr = self.local(l)?;
                    self.emit(Inst::StoreRef {
                        ptr: Operand::Value(ptr),
                        src: Operand::Value(v),
                    });
                }
                Some(result)
            }
            ExprKind::MethodGroup {
                method: hir::Callee::User(m),
                receiver,
                ..
            } => {
                let target = match receiver {
                    Some(r) => Some(self.expr(r)?),
                    None => None,
                };
                // Through an object, a virtual or interface method binds the override of the
                // object's class (`base.M` the base's own), as a call through it would.
                let (method, dispatch) = match self.method_callee(*m, receiver.as_deref(), &[]) {
                    Callee::Virtual { slot, id, .. } => (id, smir::DelegateDispatch::Slot(slot)),
                    Callee::Interface { id, .. } => (id, smir::DelegateDispatch::Interface),
                    Callee::User { id, .. } => (id, smir::DelegateDispatch::Direct),
                    _ => (m.0, smir::DelegateDispatch::Direct),
                };
                let dst = self.temp_named(smir::MachTy::Ref, e.ty.to_string());
                let name = self.qualified_name(hir::MethodId(method));
                let type_name = crate::type_names::dotnet_name(self.program, &e.ty);
                self.emit(Inst::NewDelegate {
                    dst,
                    method,
                    name,
                    target,
                    type_name,
                    dispatch,
                });
                Some(Operand::Value(dst))
            }
            ExprKind::InvokeDelegate { target, args } => {
                let all: Vec<&hir::Expr> = std::iter::once(&**target).chain(args).collect();
                let ops = self.operands(&all)?;
                self.call_with(smir::Callee::Delegate, ops, &e.ty)
            }
            // Closure conversion leaves no lambda; recovery nodes are absent from checked
            // programs; a library method group is not a value yet.
            ExprKind::Lambda(_)
            | ExprKind::UnboundLambda(_)
            | ExprKind::MethodGroup { .. }
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
        "SynchronizationContext.Post(SendOrPostCallback, object)" => Some("rt.sync_post_base"),
        "SynchronizationContext.Send(SendOrPostCallback, object)" => Some("rt.sync_send_base"),
        "SynchronizationContext.CreateCopy()" => Some("rt.sync_copy_base"),
        "TaskScheduler.MaximumConcurrencyLevel" => Some("rt.scheduler_max_level_base"),
        _ => None,
    }
}
