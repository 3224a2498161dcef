//! Places a program assigns (locals, fields, statics, elements, properties, indexers, by-reference
//! parameters): their operands evaluated once, reads, writes, and the assignments, compound
//! assignments and increments that combine them.

use crate::builder::Builder;
use crate::mach_ty;
use crate::structs::struct_class;
use crate::support::{bin_op, builtin, writes_local};
use unawait_sema::hir::{self, BinOp, Callee as HCallee, ExprKind, IncDec, Place};
use unawait_sema::types::Ty;
use unawait_smir::{self as smir, Callee, Const, Inst, MachTy, Operand};

impl<'p> Builder<'p> {
    /// The operands that locate a place (array and index), evaluated once, before the value.
    pub(crate) fn place_operands(&mut self, p: &'p Place) -> Option<Vec<Operand>> {
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
    pub(crate) fn stable_place_operands(
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

    pub(crate) fn load_place(&mut self, p: &'p Place, ops: &[Operand], ty: &Ty) -> Option<Operand> {
        match p {
            Place::Local(id) => self.read_local(*id, ty),
            Place::This => self.this.map(Operand::Value),
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
                self.load_field(dst, ops.first()?.clone(), *field);
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
    pub(crate) fn method_callee(
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

    pub(crate) fn store_place(&mut self, p: &'p Place, ops: &[Operand], value: Operand) {
        match p {
            // `this = value` in a struct: the struct `this` refers to gets the value's fields.
            Place::This => {
                if let Some(this) = self.this {
                    self.copy_into(Operand::Value(this), value, self.method.class);
                }
            }
            Place::Local(id) if self.is_by_ref(*id) => {
                if let Some(ptr) = self.local(*id) {
                    // A struct through `ref`/`out` is the caller's variable: overwritten in place.
                    let ty = &self.method.locals[id.0 as usize].ty;
                    if let Some(class) = struct_class(ty) {
                        let held = self.temp(MachTy::Ref);
                        self.emit(Inst::LoadRef {
                            dst: held,
                            ptr: Operand::Value(ptr),
                        });
                        self.copy_into(Operand::Value(held), value, class);
                        return;
                    }
                    self.emit(Inst::StoreRef {
                        ptr: Operand::Value(ptr),
                        src: value,
                    });
                }
            }
            Place::Local(id) => {
                let Some(v) = self.local(*id) else { return };
                let ty = &self.method.locals[id.0 as usize].ty;
                match (struct_class(ty), &value) {
                    (Some(class), Operand::Value(b)) if self.buffers.contains(b) => {
                        self.copy_buffer_into_local(v, *b, class)
                    }
                    _ => self.emit(Inst::Copy { dst: v, src: value }),
                }
            }
            Place::StaticField(id) => {
                self.init_class(*id);
                let name = self.field_name(*id);
                if let Some(class) = struct_class(&self.program.field(*id).ty) {
                    let held = self.temp(MachTy::Ref);
                    self.emit(Inst::LoadStatic {
                        dst: held,
                        field: id.0,
                        name,
                    });
                    self.copy_into(Operand::Value(held), value, class);
                    return;
                }
                self.emit(Inst::StoreStatic {
                    field: id.0,
                    name,
                    src: value,
                });
            }
            Place::ArrayElement { array, .. } => {
                if let (Some(a), Some(i)) = (ops.first(), ops.get(1)) {
                    if let Some(class) = struct_class(&array.ty.arg0()) {
                        let held = self.temp(MachTy::Ref);
                        self.emit(Inst::ArrayLoad {
                            dst: held,
                            array: a.clone(),
                            index: i.clone(),
                        });
                        self.copy_into(Operand::Value(held), value, class);
                        return;
                    }
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
                    self.store_field(object.clone(), *field, value);
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

    pub(crate) fn assign(&mut self, target: &'p Place, value: &'p hir::Expr) -> Option<Operand> {
        let ops = self.stable_place_operands(target, value)?;
        // The assignment's value is the right side's operand, not a re-read of the target:
        // `F(x = 5, x = 6)` passes 5.
        let v = self.expr(value)?;
        self.store_place(target, &ops, v.clone());
        Some(v)
    }

    /// `t op= v`: the target is read before `v` is evaluated (and before any await in it).
    pub(crate) fn compound(
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
        } else if self.delegate_op(dst, op, ty, &[current.clone(), rhs.clone()]) {
        } else if !self.unsigned_binary(dst, op, ty, current.clone(), rhs.clone()) {
            self.emit(Inst::Binary {
                dst,
                op: bin_op(op),
                ty: mach_ty(ty)?,
                lhs: current,
                rhs,
            });
            if *ty == Ty::Float {
                self.round_to_float(dst);
            }
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
    pub(crate) fn snapshot(&mut self, v: Operand, ty: &Ty) -> Option<Operand> {
        let t = self.temp_for(ty)?;
        self.emit(Inst::Copy { dst: t, src: v });
        Some(Operand::Value(t))
    }

    pub(crate) fn inc_dec(
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
        if ty.is_unsigned() {
            let op = match (kind, checked) {
                (IncDec::PreInc | IncDec::PostInc, false) => BinOp::Add,
                (IncDec::PreDec | IncDec::PostDec, false) => BinOp::Sub,
                (IncDec::PreInc | IncDec::PostInc, true) => BinOp::CheckedAdd,
                (IncDec::PreDec | IncDec::PostDec, true) => BinOp::CheckedSub,
            };
            self.unsigned_binary(new, op, ty, old.clone(), Operand::Const(one));
            self.store_place(target, &ops, Operand::Value(new));
            return Some(match kind {
                IncDec::PreInc | IncDec::PreDec => Operand::Value(new),
                IncDec::PostInc | IncDec::PostDec => old,
            });
        }
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
        if *ty == Ty::Float {
            self.round_to_float(new);
        }
        self.store_place(target, &ops, Operand::Value(new));
        Some(match kind {
            IncDec::PreInc | IncDec::PreDec => Operand::Value(new),
            IncDec::PostInc | IncDec::PostDec => old,
        })
    }
}
