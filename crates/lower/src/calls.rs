//! Calls of the program's methods and the library's members, and the static constructors a
//! method's code must run before it uses a class.

use crate::builder::Builder;
use crate::support::builtin;
use unawait_sema::hir::{self, Callee as HCallee};
use unawait_sema::types::Ty;
use unawait_smir::{Callee, Inst, Operand};

impl<'p> Builder<'p> {
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
        // A method returning a struct writes it into an object the caller passes: a new one,
        // which is the call's value (and a `stack_object` when nothing keeps it).
        if let Some(class) = crate::structs::call_buffer_class(self.program, &callee) {
            let buffer = self.new_object(class);
            self.buffers.insert(buffer);
            let mut args = args;
            args.push(Operand::Value(buffer));
            let refs = self.take_ref_locals(&args);
            self.emit(Inst::Call {
                dst: None,
                callee,
                args,
                span: self.span,
            });
            self.reload_ref_locals(refs);
            return Some(Operand::Value(buffer));
        }
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
}
