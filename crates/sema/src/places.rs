//! Places: what `=`, compound assignments and `++`/`--` may write (locals, static fields, array
//! and list elements), with C#'s errors for the rest (read-only fields, properties and
//! collections, foreach variables, method groups, values).

use unawait_syntax::ast::{self, ExprKind as A, UnaryOp as AU};
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, MemberKind};
use crate::check_expr::mk;
use crate::hir::{Callee, Expr, ExprKind, IncDec, LocalKind, Place};
use crate::resolve::Resolved;
use crate::types::Ty;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceUse {
    Assign,
    IncDec,
}

impl Body<'_, '_> {
    pub(crate) fn incdec(&mut self, op: AU, operand: &ast::Expr, span: Span) -> Expr {
        let kind = match op {
            AU::PreInc => IncDec::PreInc,
            AU::PreDec => IncDec::PreDec,
            AU::PostInc => IncDec::PostInc,
            _ => IncDec::PostDec,
        };
        let Some((place, ty)) = self.place(operand, PlaceUse::IncDec) else {
            return Expr::error(span);
        };
        if ty.is_error() {
            return Expr::error(span);
        }
        if let Some(e) = self.user_incdec(place.clone(), kind, &ty, span) {
            return e;
        }
        if ty.nullable_of().is_some() {
            return self.nullable_incdec(place, kind, ty, span);
        }
        if !ty.is_numeric() && !ty.is_unsigned() && !ty.promotes_to_int() && !ty.is_enum() {
            self.err(
                "CS0023",
                format!(
                    "Operator '{}' cannot be applied to operand of type '{ty}'",
                    op.as_str()
                ),
                span,
                "`++` and `--` need a numeric variable",
            );
            return Expr::error(span);
        }
        let checked = self.overflow.runtime_checked()
            && matches!(
                ty,
                Ty::Int | Ty::Long | Ty::UInt | Ty::ULong | Ty::Char | Ty::Small(_)
            );
        mk(
            ExprKind::IncDec {
                target: place,
                kind,
                checked,
            },
            ty,
            span,
        )
    }

    /// Resolves an assignable expression. `None` after an error (reported unless it cascades).
    pub(crate) fn place(&mut self, target: &ast::Expr, use_: PlaceUse) -> Option<(Place, Ty)> {
        let e = match &target.kind {
            A::Name { .. } | A::Member { .. } => match self.resolve(target) {
                Resolved::Methods(g) => {
                    self.err(
                        "CS1656",
                        format!(
                            "Cannot assign to '{}' because it is a 'method group'",
                            g.name
                        ),
                        target.span,
                        "call the method instead",
                    );
                    return None;
                }
                other => self.value_of(other, target.span),
            },
            _ => self.expr(target),
        };
        let ty = e.ty.clone();
        let not_variable = |b: &mut Self| {
            match use_ {
                PlaceUse::Assign => b.err("CS0131", "The left-hand side of an assignment must be a variable, property or indexer", target.span, "assign to a local, a static field, an array element or a list element"),
                PlaceUse::IncDec => b.err("CS1059", "The operand of an increment or decrement operator must be a variable, property or indexer", target.span, "apply `++`/`--` to a variable"),
            }
            None
        };
        match e.kind {
            ExprKind::Error => None,
            ExprKind::This if ty.is_struct() => Some((Place::This, ty)),
            ExprKind::This => {
                self.err(
                    "CS1604",
                    "Cannot assign to 'this' because it is read-only",
                    target.span,
                    "`this` of a class is a reference C# never lets code replace; assign its fields instead",
                );
                None
            }
            ExprKind::Local(id) => {
                let l = self.local(id);
                // `foreach (ref int s in span)` (reported) declares an assignable variable.
                if l.kind == LocalKind::ForeachVar && !l.ty.is_error() {
                    let name = l.name.clone();
                    self.err("CS1656", format!("Cannot assign to '{name}' because it is a 'foreach iteration variable'"), target.span, "copy it into another local first");
                    return None;
                }
                if l.by_ref == Some(crate::hir::RefKind::In) {
                    let name = l.name.clone();
                    self.err("CS8331", format!("Cannot assign to variable '{name}' or use it as the right hand side of a ref assignment because it is a readonly variable"), target.span, "an `in` parameter can only be read: copy it into a local first");
                    return None;
                }
                Some((Place::Local(id), ty))
            }
            ExprKind::StaticField(f) => {
                let field = self.cx.program.field(f);
                let in_cctor = self.func.method.is_some_and(|m| {
                    let m = self.cx.program.method(m);
                    m.kind == crate::hir::MethodKind::StaticConstructor && m.class == field.class
                });
                if field.is_readonly && !in_cctor {
                    self.err(
                        "CS0198",
                        "A static readonly field cannot be assigned to (except in a static constructor or a variable initializer)",
                        target.span,
                        "remove `readonly` from the field, or set it only in its initializer",
                    );
                    return None;
                }
                Some((Place::StaticField(f), ty))
            }
            ExprKind::ArrayElement { array, index } => {
                Some((Place::ArrayElement { array, index }, ty))
            }
            ExprKind::InstanceField { receiver, field } => {
                self.instance_field_place(receiver, field, ty, target.span)
            }
            ExprKind::Call {
                callee: Callee::User(getter),
                receiver,
                args,
                ..
            } if self.cx.props_by_getter.contains_key(&getter) => {
                self.property_place(getter, receiver, args, ty, target.span)
            }
            ExprKind::Indexer {
                target: t,
                index,
                indexer,
            } => {
                if matches!(
                    library().get(indexer).kind,
                    MemberKind::Indexer { setter: true }
                ) {
                    Some((
                        Place::Indexer {
                            target: t,
                            index,
                            indexer,
                        },
                        ty,
                    ))
                } else {
                    let d = library().get(indexer).display(&[]);
                    self.err(
                        "CS0200",
                        format!(
                            "Property or indexer '{d}' cannot be assigned to -- it is read only"
                        ),
                        target.span,
                        "this collection is read-only",
                    );
                    None
                }
            }
            ExprKind::Property {
                member,
                ref type_args,
                ..
            } => {
                let d = library().get(member).display(type_args);
                if matches!(
                    library().get(member).kind,
                    MemberKind::Property { setter: true }
                ) {
                    // .NET has the setter; unawait's library does not implement it yet.
                    self.cx
                        .unsupported(&format!("assigning `{d}` is"), target.span);
                    return None;
                }
                self.err(
                    "CS0200",
                    format!("Property or indexer '{d}' cannot be assigned to -- it is read only"),
                    target.span,
                    "this property can only be read",
                );
                None
            }
            // A value of unknown type (a `ref` return, a member of a type sema does not model)
            // may well be a variable.
            _ if ty.is_error() => None,
            _ => not_variable(self),
        }
    }
}

impl Body<'_, '_> {
    /// In a constructor of `class`, assigning through `this` (what C# allows for `readonly`
    /// fields and get-only auto-properties).
    fn constructing(&self, class: crate::hir::ClassId, receiver: &Expr) -> bool {
        let in_ctor = self.func.method.is_some_and(|m| {
            let m = self.cx.program.method(m);
            m.kind == crate::hir::MethodKind::Constructor && m.class == class
        });
        in_ctor && matches!(receiver.kind, ExprKind::This)
    }

    fn instance_field_place(
        &mut self,
        receiver: Box<Expr>,
        field: crate::hir::FieldId,
        ty: Ty,
        span: Span,
    ) -> Option<(Place, Ty)> {
        if !self.struct_receiver_assignable(&receiver, span) {
            return None;
        }
        let f = self.cx.program.field(field);
        let class = f.class;
        if let Some(p) = self.cx.props_by_field.get(&field).cloned() {
            if p.set_private && !self.accessible(class, true, p.set_protected) {
                let shown = format!("{}.{}", self.cx.class_display(class), p.name);
                self.err(
                    "CS0272",
                    format!("The property or indexer '{shown}' cannot be used in this context because the set accessor is inaccessible"),
                    span,
                    if p.set_protected {
                        "the `set` accessor is protected: its class and classes derived from it may set it"
                    } else {
                        "the `set` accessor is private to its class"
                    },
                );
                return None;
            }
            if p.init_only && !self.constructing(class, &receiver) {
                self.init_only_error(class, &p.name, span);
                return None;
            }
            if !p.auto_settable && !self.constructing(class, &receiver) {
                let shown = format!("{}.{}", self.cx.class_display(class), p.name);
                self.err(
                    "CS0200",
                    format!("Property or indexer '{shown}' cannot be assigned to -- it is read only"),
                    span,
                    "a get-only property is set in a constructor of its class; add `set;` to set it elsewhere",
                );
                return None;
            }
        } else if f.is_readonly && !self.constructing(class, &receiver) {
            self.err(
                "CS0191",
                "A readonly field cannot be assigned to (except in a constructor or init-only setter of the type in which the field is defined or a variable initializer)",
                span,
                "assign it in a constructor, or remove `readonly`",
            );
            return None;
        }
        Some((Place::InstanceField { receiver, field }, ty))
    }

    fn init_only_error(&mut self, class: crate::hir::ClassId, name: &str, span: Span) {
        let shown = format!("{}.{}", self.cx.class_display(class), name);
        self.err(
            "CS8852",
            format!("Init-only property or indexer '{shown}' can only be assigned in an object initializer, or on 'this' or 'base' in an instance constructor or an 'init' accessor."),
            span,
            "set it in the object initializer (`new C { X = ... }`) or a constructor",
        );
    }

    fn property_place(
        &mut self,
        getter: crate::hir::MethodId,
        receiver: Option<Box<Expr>>,
        args: Vec<Expr>,
        ty: Ty,
        span: Span,
    ) -> Option<(Place, Ty)> {
        if let Some(r) = &receiver {
            if !self.struct_receiver_assignable(r, span) {
                return None;
            }
        }
        let p = self.cx.props_by_getter.get(&getter).cloned()?;
        let class = self.cx.program.method(getter).class;
        let shown = format!("{}.{}", self.cx.class_display(class), p.name);
        // A get-only virtual auto-property: its constructors assign the backing field.
        if let (None, Some(f), Some(r)) = (p.setter, p.ctor_backing, &receiver) {
            if self.constructing(class, r) {
                let receiver = receiver.unwrap_or_else(|| Box::new(self.this_expr(span)));
                return Some((Place::InstanceField { receiver, field: f }, ty));
            }
        }
        // An override of the getter alone inherits the overridden property's setter.
        let inherited = || {
            let m = self.cx.program.method(getter);
            if m.virt != crate::hir::Virt::Override {
                return None;
            }
            let base = self
                .cx
                .class_bases
                .get(class.0 as usize)
                .copied()
                .flatten()?;
            match self.cx.find_member(base, &p.name)?.1 {
                crate::context::ClassMember::Property(b) => b.setter,
                _ => None,
            }
        };
        let Some(setter) = p.setter.or_else(inherited) else {
            self.err(
                "CS0200",
                format!("Property or indexer '{shown}' cannot be assigned to -- it is read only"),
                span,
                "the property has no `set` accessor",
            );
            return None;
        };
        let constructing = receiver
            .as_ref()
            .is_some_and(|r| self.constructing(class, r));
        if p.init_only && !constructing {
            self.init_only_error(class, &p.name, span);
            return None;
        }
        if !self.method_accessible(setter) {
            self.err(
                "CS0272",
                format!("The property or indexer '{shown}' cannot be used in this context because the set accessor is inaccessible"),
                span,
                "the `set` accessor is private to its class",
            );
            return None;
        }
        Some((
            Place::Property {
                receiver,
                getter,
                setter,
                args,
            },
            ty,
        ))
    }
}
