//! Structs (docs/lowering.md, "Structs"): a struct value is an object of its class that exactly
//! one variable owns. Every read that C# makes a copy of (an assignment, an argument, a return,
//! a box, a defensive copy) is an explicit copy here, a new object with the fields copied one by
//! one (nested structs copied in turn); a member access or a method call through a variable
//! uses the variable's own object, so it mutates the variable, as C#'s reference to the
//! variable does. Every place a struct lives (a field, an array element, a local) holds its own
//! object from the start, zeroed: `new S()` and `default(S)` are a new object.

use crate::builder::Builder;
use unawait_sema::hir::{self, Callee as HCallee, ClassId, ExprKind, FieldId};
use unawait_sema::types::Ty;
use unawait_smir::{self as smir, Const, Inst, MachTy, Operand};

/// Nesting a struct in itself is C#'s CS0523, reported by sema; this bounds the recursion of
/// the zeroing and copying code on any input.
const MAX_DEPTH: usize = 64;

/// The struct class of a type, if it is a struct of the program.
pub(crate) fn struct_class(ty: &Ty) -> Option<ClassId> {
    match ty {
        Ty::Class(id, c) if c.is_struct => Some(*id),
        _ => None,
    }
}

/// The instance fields of an object of class `c` in object order (bases first).
pub(crate) fn object_fields(program: &hir::Program, c: ClassId) -> Vec<FieldId> {
    let mut chain = Vec::new();
    let mut cur = Some(c);
    while let Some(k) = cur.filter(|_| chain.len() < MAX_DEPTH) {
        chain.push(k);
        cur = program.class(k).base;
    }
    chain
        .iter()
        .rev()
        .flat_map(|&k| program.class(k).fields.iter().copied())
        .filter(|&f| !program.field(f).is_static)
        .collect()
}

/// The struct class a method returns through a return buffer: every synchronous method of
/// the program whose return type is a struct (an async one returns a task), except one that
/// delegates call (their callers, the library's included, pass no buffer: it returns a new
/// object).
pub(crate) fn return_buffer_class(m: &hir::Method) -> Option<ClassId> {
    if m.is_async || m.delegate_entry {
        return None;
    }
    struct_class(&m.return_type)
}

/// The struct class a call's target returns through a return buffer.
pub(crate) fn call_buffer_class(program: &hir::Program, callee: &smir::Callee) -> Option<ClassId> {
    match callee {
        smir::Callee::User { id, .. }
        | smir::Callee::Virtual { id, .. }
        | smir::Callee::Interface { id, .. } => {
            return_buffer_class(program.method(hir::MethodId(*id)))
        }
        _ => None,
    }
}

impl<'p> Builder<'p> {
    /// A new object of class `class`, its fields zeroed (the runtime writes the headers of the
    /// structs it holds inline).
    pub(crate) fn new_object(&mut self, class: ClassId) -> smir::ValueId {
        let name = self.program.class(class).name.clone();
        let dst = self.temp_named(MachTy::Ref, name);
        self.emit(Inst::NewObject {
            dst,
            class: class.0,
        });
        dst
    }

    /// `object.f` into `dst`: the word the field holds, or a reference to the struct it holds
    /// inline.
    pub(crate) fn load_field(&mut self, dst: smir::ValueId, object: Operand, f: FieldId) {
        let (offset, name) = (self.layout.offsets[f.0 as usize], self.field_name(f));
        if self.layout.inline[f.0 as usize] {
            self.emit(Inst::InnerObject {
                dst,
                object,
                offset,
                name,
            });
        } else {
            self.emit(Inst::LoadField {
                dst,
                object,
                offset,
                name,
            });
        }
    }

    /// A copy of the struct value `src` of class `class`.
    pub(crate) fn copy_struct(&mut self, src: Operand, class: ClassId) -> Operand {
        let dst = self.new_object(class);
        self.copy_into(Operand::Value(dst), src, class);
        Operand::Value(dst)
    }

    /// Copies the fields of struct `src` into the struct object `dst`, nested structs in turn:
    /// assigning a struct to a field, a static or an element overwrites the value the location
    /// holds, as C# copies into the location, so a method running on that value (its `this`)
    /// sees the new fields.
    pub(crate) fn copy_into(&mut self, dst: Operand, src: Operand, class: ClassId) {
        self.copy_into_at(dst, src, class, 0)
    }

    fn copy_into_at(&mut self, dst: Operand, src: Operand, class: ClassId, depth: usize) {
        for f in object_fields(self.program, class) {
            let field = self.program.field(f);
            let Some(mty) = crate::mach_ty(&field.ty) else {
                continue;
            };
            let v = self.temp_named(mty, field.ty.to_string());
            self.load_field(v, src.clone(), f);
            match struct_class(&field.ty).filter(|_| depth < MAX_DEPTH) {
                Some(s) => {
                    let inner = self.temp_named(MachTy::Ref, field.ty.to_string());
                    self.load_field(inner, dst.clone(), f);
                    self.copy_into_at(Operand::Value(inner), Operand::Value(v), s, depth + 1);
                }
                None => self.store_field(dst.clone(), f, Operand::Value(v)),
            }
        }
    }

    /// `local = F(..)` of a struct: the local keeps its own object and gets the returned
    /// fields, so the call's return buffer is only read and can live in the stack frame. (A
    /// local that took the buffer would share the buffer's stack slot with the next execution
    /// of the call, as in `acc = acc.Add(v)` in a loop, and keep the buffer on the heap.) A
    /// local whose declaration never ran (a `switch` section's, assigned in another section)
    /// holds nothing yet and gets a new object first.
    pub(crate) fn copy_buffer_into_local(
        &mut self,
        local: smir::ValueId,
        buffer: smir::ValueId,
        class: ClassId,
    ) {
        let none = self.null_test(smir::BinOp::Eq, Operand::Value(local));
        let (fresh, copy) = (self.new_block(), self.new_block());
        self.branch(Operand::Value(none), fresh, copy);
        self.switch_to(fresh);
        let z = self.new_object(class);
        self.emit(Inst::Copy {
            dst: local,
            src: Operand::Value(z),
        });
        self.goto(copy);
        self.switch_to(copy);
        self.copy_into(Operand::Value(local), Operand::Value(buffer), class);
    }

    /// A copy of the struct `v` holds, or a zeroed struct when it holds none (the library's
    /// `default` of a struct type is the word 0).
    pub(crate) fn struct_or_zeroed(&mut self, v: smir::ValueId, class: ClassId) -> Operand {
        let out = self.temp_named(MachTy::Ref, self.program.class(class).name.clone());
        let none = self.null_test(smir::BinOp::Eq, Operand::Value(v));
        let (zeroed, copied, join) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(Operand::Value(none), zeroed, copied);
        self.switch_to(zeroed);
        let z = self.new_object(class);
        self.emit(Inst::Copy {
            dst: out,
            src: Operand::Value(z),
        });
        self.goto(join);
        self.switch_to(copied);
        let c = self.copy_struct(Operand::Value(v), class);
        self.emit(Inst::Copy { dst: out, src: c });
        self.goto(join);
        self.switch_to(join);
        Operand::Value(out)
    }

    /// Stores `src` into `object.f`: the word, or for a field of a struct type, a copy of the
    /// struct `src` into the one the field holds (which is the field's own storage).
    pub(crate) fn store_field(&mut self, object: Operand, f: FieldId, src: Operand) {
        if let Some(class) = struct_class(&self.program.field(f).ty) {
            let held = self.temp_named(MachTy::Ref, self.program.class(class).name.clone());
            self.load_field(held, object, f);
            self.copy_into(Operand::Value(held), src, class);
            return;
        }
        let (offset, name) = (self.layout.offsets[f.0 as usize], self.field_name(f));
        self.emit(Inst::StoreField {
            object,
            offset,
            name,
            src,
        });
    }

    /// Replaces each element of a new array of structs with a copy of it (a zeroed struct for
    /// an empty one): the array the library made shares its elements' objects with a
    /// collection or with tasks' results, whose values must not change through the array.
    pub(crate) fn copy_struct_elements(&mut self, array: Operand, class: ClassId) {
        let len = self.temp(MachTy::I32);
        self.emit(Inst::ArrayLength {
            dst: len,
            array: array.clone(),
        });
        self.copy_elements_between(array.clone(), array, Operand::Value(len), class);
    }

    /// A new array of copies of the struct array `src`'s elements, or null for a null `src`
    /// (whose callee reports it, as .NET's does).
    pub(crate) fn copied_struct_array(&mut self, src: Operand, class: ClassId) -> Operand {
        let out = self.temp(MachTy::Ref);
        let null = self.null_test(smir::BinOp::Eq, src.clone());
        let (none, some, join) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(Operand::Value(null), none, some);
        self.switch_to(none);
        self.emit(Inst::Copy {
            dst: out,
            src: Operand::Const(Const::Null),
        });
        self.goto(join);
        self.switch_to(some);
        let len = self.temp(MachTy::I32);
        self.emit(Inst::ArrayLength {
            dst: len,
            array: src.clone(),
        });
        self.emit(Inst::NewArray {
            dst: out,
            elem: MachTy::Ref,
            len: Operand::Value(len),
        });
        self.copy_elements_between(src, Operand::Value(out), Operand::Value(len), class);
        self.goto(join);
        self.switch_to(join);
        Operand::Value(out)
    }

    /// `dst[i] = copy of src[i]` for each `i < len`.
    fn copy_elements_between(
        &mut self,
        src: Operand,
        array: Operand,
        len: Operand,
        class: ClassId,
    ) {
        self.for_each_index(len, |b, index| {
            let element = b.temp(MachTy::Ref);
            b.emit(Inst::ArrayLoad {
                dst: element,
                array: src,
                index: index.clone(),
            });
            let copy = b.struct_or_zeroed(element, class);
            b.emit(Inst::ArrayStore {
                array,
                index,
                src: copy,
            });
        });
    }

    /// The result of library call `e` where it holds structs the library still holds:
    /// `GetValueOrDefault` of a dictionary or an `S?` gives a copy or a zeroed struct (the
    /// library's `default` is null),
    /// `ToArray` an array of copies.
    pub(crate) fn struct_result(&mut self, e: &'p hir::Expr, v: Operand) -> Operand {
        let ExprKind::Call {
            callee: HCallee::Builtin(b),
            ..
        } = &e.kind
        else {
            return v;
        };
        let member = unawait_sema::builtins::library().get(*b);
        // A dictionary's, a nullable's (`S?`) and LINQ's default of a struct is the word 0.
        use unawait_sema::types::Lib;
        let defaulting = match member.owner {
            unawait_sema::builtins::Owner::Lib(Lib::Dictionary | Lib::Nullable) => {
                member.name == "GetValueOrDefault"
            }
            unawait_sema::builtins::Owner::Lib(Lib::List) => {
                matches!(member.name.as_str(), "Find" | "FindLast")
            }
            unawait_sema::builtins::Owner::Lib(Lib::IEnumerable) => matches!(
                member.name.as_str(),
                "FirstOrDefault" | "LastOrDefault" | "SingleOrDefault" | "ElementAtOrDefault"
            ),
            _ => false,
        };
        match (member.name.as_str(), &e.ty, &v) {
            (_, ty, Operand::Value(id)) if defaulting => match struct_class(ty) {
                Some(class) => self.struct_or_zeroed(*id, class),
                None => v,
            },
            ("ToArray", Ty::Array(elem), _) => {
                if let Some(class) = struct_class(elem) {
                    self.copy_struct_elements(v.clone(), class);
                }
                v
            }
            _ => v,
        }
    }

    /// The arguments of a library call that fills a collection from an array of structs: a
    /// copy of the array, whose elements the program may change in place later.
    pub(crate) fn struct_sources(
        &mut self,
        callee: HCallee,
        exprs: &[&'p hir::Expr],
        ops: Vec<Operand>,
    ) -> Vec<Operand> {
        let HCallee::Builtin(b) = callee else {
            return ops;
        };
        let name = unawait_sema::builtins::library().get(b).name.as_str();
        if !matches!(name, ".ctor" | "AddRange" | "InsertRange") {
            return ops;
        }
        ops.into_iter()
            .zip(exprs)
            .map(|(op, e)| match source_ty(e) {
                Ty::Array(elem) => match struct_class(elem) {
                    Some(class) => self.copied_struct_array(op, class),
                    None => op,
                },
                _ => op,
            })
            .collect()
    }

    /// `await Task.WhenAll(tasks)` of `Task<S>`s: the result array holds copies, not the
    /// tasks' own results (sema allows `WhenAll` of structs only awaited at once, so this
    /// await is the only one that sees the array).
    pub(crate) fn awaited_struct_array(
        &mut self,
        awaited: &'p hir::Expr,
        ty: &Ty,
        v: Operand,
    ) -> Operand {
        let Ty::Array(elem) = ty else {
            return v;
        };
        let Some(class) = struct_class(elem) else {
            return v;
        };
        let when_all = matches!(&awaited.kind, ExprKind::Call { callee: HCallee::Builtin(b), .. }
            if unawait_sema::builtins::library().get(*b).name == "WhenAll");
        if when_all {
            self.copy_struct_elements(v.clone(), class);
        }
        v
    }

    /// Fills a new array of structs with zeroed structs, one object per element.
    pub(crate) fn fill_struct_array(&mut self, array: Operand, len: Operand, class: ClassId) {
        self.for_each_index(len, |b, index| {
            let v = b.new_object(class);
            b.emit(Inst::ArrayStore {
                array,
                index,
                src: Operand::Value(v),
            });
        });
    }

    /// `for (int i = 0; i < len; i++) body(i)`.
    fn for_each_index(&mut self, len: Operand, body: impl FnOnce(&mut Self, Operand)) {
        let index = self.temp(MachTy::I32);
        self.emit(Inst::Copy {
            dst: index,
            src: Operand::Const(Const::I32(0)),
        });
        let (head, block, exit) = (self.new_block(), self.new_block(), self.new_block());
        self.goto(head);
        self.switch_to(head);
        let more = self.temp(MachTy::Bool);
        self.emit(Inst::Binary {
            dst: more,
            op: smir::BinOp::Lt,
            ty: MachTy::I32,
            lhs: Operand::Value(index),
            rhs: len,
        });
        self.branch(Operand::Value(more), block, exit);
        self.switch_to(block);
        body(self, Operand::Value(index));
        self.emit(Inst::Binary {
            dst: index,
            op: smir::BinOp::Add,
            ty: MachTy::I32,
            lhs: Operand::Value(index),
            rhs: Operand::Const(Const::I32(1)),
        });
        self.goto(head);
        self.switch_to(exit);
    }

    /// A `bool`: whether the reference `v` is (`Eq`) or is not (`Ne`) null.
    pub(crate) fn null_test(&mut self, op: smir::BinOp, v: Operand) -> smir::ValueId {
        let dst = self.temp(MachTy::Bool);
        self.emit(Inst::Binary {
            dst,
            op,
            ty: MachTy::Ref,
            lhs: v,
            rhs: Operand::Const(Const::Null),
        });
        dst
    }

    /// The value of `e` as an operand that no variable owns: a copy, unless `e` made a new
    /// struct already.
    pub(crate) fn owned(&mut self, e: &'p hir::Expr, v: Operand) -> Operand {
        match struct_class(&e.ty) {
            // A by-reference argument is an address, not a struct value.
            _ if matches!(e.kind, ExprKind::RefArg { .. }) => v,
            Some(class) if !makes_new(e) => self.copy_struct(v, class),
            _ => v,
        }
    }

    /// The receiver of a member access: a struct variable is used itself (a field assignment
    /// or a method call through it changes the variable), anything else is a value.
    pub(crate) fn receiver(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        if struct_class(&e.ty).is_some() && is_variable(self.program, e) {
            self.expr_in_place(e)
        } else {
            self.expr(e)
        }
    }

    /// The receiver of a call of a method of a struct: C# passes a struct variable itself,
    /// except a read-only one (a defensive copy). An async method copies `this` itself
    /// (`lower_body`).
    pub(crate) fn call_receiver(&mut self, e: &'p hir::Expr) -> Option<Operand> {
        if struct_class(&e.ty).is_some() && self.is_readonly_variable(e) {
            return self.expr(e);
        }
        self.receiver(e)
    }

    /// A field C# lets no code change: a `readonly` one outside its class's constructors, and
    /// the fields of those. (A `foreach` or `using` variable is read-only too, but C# calls
    /// methods on the variable itself: a struct enumerator's `MoveNext()` changes it.)
    fn is_readonly_variable(&self, e: &hir::Expr) -> bool {
        match &e.kind {
            // An `in` parameter.
            ExprKind::Local(id) => self
                .method
                .locals
                .get(id.0 as usize)
                .is_some_and(|l| l.by_ref == Some(hir::RefKind::In)),
            ExprKind::StaticField(f) => {
                let field = self.program.field(*f);
                field.is_readonly
                    && !(self.method.kind == hir::MethodKind::StaticConstructor
                        && self.method.class == field.class)
            }
            ExprKind::InstanceField { receiver, field } => {
                let field = self.program.field(*field);
                let in_ctor = self.method.kind == hir::MethodKind::Constructor
                    && self.method.class == field.class
                    && matches!(receiver.kind, ExprKind::This);
                (field.is_readonly && !in_ctor)
                    || (struct_class(&receiver.ty).is_some() && self.is_readonly_variable(receiver))
            }
            _ => false,
        }
    }
}

/// The struct parameters a method that delegates call must copy on entry: those its body may
/// change in place (a field assigned, a method or property of the struct run on it, a `ref` to
/// it or a field of it), since its caller may be the library passing a collection's own
/// element. The others are only read, or copied where they go (a capture, a store, an
/// argument).
pub(crate) fn params_changed_in_place(m: &hir::Method) -> Vec<hir::LocalId> {
    let structs: Vec<hir::LocalId> = (m.params.iter().copied())
        .filter(|p| {
            m.locals
                .get(p.0 as usize)
                .is_some_and(|l| l.by_ref.is_none() && struct_class(&l.ty).is_some())
        })
        .collect();
    let Some(body) = m.body.as_ref().filter(|_| !structs.is_empty()) else {
        return Vec::new();
    };
    struct Changed {
        params: Vec<hir::LocalId>,
        found: Vec<hir::LocalId>,
    }
    impl Changed {
        /// The parameter `e` is, or whose (nested) struct field it is.
        fn root(&self, e: &hir::Expr) -> Option<hir::LocalId> {
            match &e.kind {
                ExprKind::Local(id) if self.params.contains(id) => Some(*id),
                ExprKind::InstanceField { receiver, .. }
                    if struct_class(&receiver.ty).is_some() =>
                {
                    self.root(receiver)
                }
                _ => None,
            }
        }
        fn place(&mut self, p: &hir::Place) {
            let r = match p {
                hir::Place::InstanceField { receiver, .. } => self.root(receiver),
                hir::Place::Property {
                    receiver: Some(r), ..
                } => self.root(r),
                _ => None,
            };
            self.found.extend(r);
        }
    }
    impl hir::visit::VisitMut for Changed {
        fn expr(&mut self, e: &mut hir::Expr) {
            let r = match &e.kind {
                ExprKind::Assign { target, .. }
                | ExprKind::CompoundAssign { target, .. }
                | ExprKind::IncDec { target, .. } => {
                    self.place(target);
                    None
                }
                ExprKind::Call {
                    receiver: Some(r), ..
                }
                | ExprKind::Property {
                    receiver: Some(r), ..
                } if struct_class(&r.ty).is_some() => self.root(r),
                ExprKind::RefArg { target, .. } => self.root(target),
                ExprKind::Await { .. } => {
                    // A custom awaiter of the struct itself runs its members on it.
                    self.found.extend(self.params.iter().copied());
                    None
                }
                _ => None,
            };
            self.found.extend(r);
        }
    }
    let mut v = Changed {
        params: structs,
        found: Vec::new(),
    };
    hir::visit::block(&mut v, &mut body.clone());
    v.found.sort_by_key(|l| l.0);
    v.found.dedup();
    v.found
}

/// An expression that denotes a variable (a storage location C# can take a reference to).
fn is_variable(program: &hir::Program, e: &hir::Expr) -> bool {
    match &e.kind {
        ExprKind::Local(_) | ExprKind::This | ExprKind::ArrayElement { .. } => true,
        // An auto-property's backing field is read through its getter: a copy.
        ExprKind::InstanceField { field, .. } | ExprKind::StaticField(field) => {
            !program.field(*field).name.ends_with(">k__BackingField")
        }
        _ => false,
    }
}

/// An expression whose struct value is new, owned by nothing yet: no copy needed.
/// The type of a collection argument before its conversion to `IEnumerable<T>`.
fn source_ty(e: &hir::Expr) -> &Ty {
    match &e.kind {
        ExprKind::Convert { expr, .. } => &expr.ty,
        _ => &e.ty,
    }
}

fn makes_new(e: &hir::Expr) -> bool {
    matches!(
        &e.kind,
        ExprKind::NewObject { .. }
            | ExprKind::Conditional { .. }
            // Every method a delegate calls returns a new struct (`return_buffer_class`).
            | ExprKind::InvokeDelegate { .. }
            | ExprKind::Call {
                callee: HCallee::User(_),
                ..
            }
    )
}
