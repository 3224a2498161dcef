//! Events that dispatch: an interface's event and an abstract one are bodiless `add_E` and
//! `remove_E`; a field-like event that is virtual, an override, or implements an interface's
//! event also gets the accessors C# writes (combining into and removing from its field), which
//! `+=`/`-=` call through the vtable or the itable.

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::check_items::Decl;
use crate::check_members::check_member_name;
use crate::context::{BodySrc, ClassMember, Ctx, CustomEvent};
use crate::hir::{
    BinOp, Block, ClassId, ExprKind, FieldId, LocalId, MethodId, MethodKind, Place, Stmt, StmtId,
    StmtKind, Virt,
};
use crate::properties::{accessor_method, share_virtual, AccessorSig};
use crate::types::Ty;
use crate::virtuals::declared_with;

/// The name of an event declaration's first declarator.
pub(crate) fn first_name(ev: &ast::EventDecl) -> &str {
    ev.declarators.first().map_or("", |v| v.name.name.as_str())
}

/// `virtual event D E;` / `override event D E;`: its field, with the accessors C# writes
/// for it, which `+=` and `-=` call through the vtable (`Ctx::virtual_events`). A derived
/// class's override has a field of its own: the base's code raising its field does not see
/// handlers added through the override, as in C#.
pub(crate) fn virtual_field_event<'a>(
    cx: &mut Ctx<'a>,
    d: &Decl<'a>,
    ev: &'a ast::EventDecl,
    f: FieldId,
    v: &'a ast::VarDeclarator,
) {
    let shown = format!("{}.{}", cx.class_display(d.id), v.name.name);
    let field = cx.program.field(f);
    let (ty, is_static) = (field.ty.clone(), field.is_static);
    let virt = declared_with(
        cx,
        d,
        &ev.modifiers,
        &v.name,
        &|_| shown.clone(),
        false,
        is_static,
    );
    if virt == Virt::None {
        return;
    }
    let private = cx.field_private[f.0 as usize];
    let sig = AccessorSig {
        class: d.id,
        prop: &v.name.name,
        span: ev.span,
        name_span: v.name.span,
        is_static,
        ty: &ty,
        getter_kind: MethodKind::Ordinary,
    };
    let method = |cx: &mut Ctx<'a>, body: BodySrc<'a>, name: String| {
        let m = accessor_method(cx, &sig, false, Default::default(), body, private, virt);
        cx.program.methods[m.0 as usize].name = name;
        cx.accessor_names.insert(m, shown.clone());
        m
    };
    let add = method(cx, BodySrc::EventAdd(f), format!("add_{}", v.name.name));
    cx.program.methods[add.0 as usize].kind = MethodKind::EventAdder;
    let remove = method(
        cx,
        BodySrc::EventRemove(f),
        format!("remove_{}", v.name.name),
    );
    share_virtual(cx, add, remove);
    if ev.modifiers.has(Modifier::Protected) {
        cx.protected_methods.insert(add);
        cx.protected_methods.insert(remove);
    }
    let protected = ev.modifiers.has(Modifier::Protected);
    let e = CustomEvent::of(v, ty, is_static, (add, remove), (private, protected));
    cx.virtual_events.insert(f, e);
}

/// `abstract event D E;` in an abstract class: abstract accessors, which a derived class's
/// `override` event fills.
pub(crate) fn abstract_event<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, ev: &'a ast::EventDecl) {
    let ns = cx.program.class(d.id).namespace.clone();
    let ty = cx.resolve_value_type(&ev.ty, ns.as_deref());
    let private = Ctx::is_private(&ev.modifiers);
    let protected = ev.modifiers.has(Modifier::Protected);
    for v in &ev.declarators {
        let shown = format!("{}.{}", cx.class_display(d.id), v.name.name);
        if ty.delegate_sig().is_none() && !ty.is_error() {
            cx.error(
                "CS0066",
                format!("'{shown}': event must be of a delegate type"),
                v.name.span,
                "declare it with a delegate type such as `Action` or `EventHandler`",
            );
        }
        if v.init.is_some() {
            cx.error(
                "CS0074",
                format!("'{shown}': abstract event cannot have initializer"),
                v.name.span,
                "remove the initializer: the overriding event stores the handlers",
            );
        }
        if !check_member_name(cx, d, &v.name, false) {
            continue;
        }
        let is_static = ev.modifiers.has(Modifier::Static);
        let virt = declared_with(
            cx,
            d,
            &ev.modifiers,
            &v.name,
            &|_| shown.clone(),
            true,
            is_static,
        );
        let e = abstract_accessors(cx, d, ev, v, &ty, virt, (private, protected));
        cx.members[d.id.0 as usize].insert(v.name.name.clone(), ClassMember::Event(e));
    }
}

/// Bodiless `add_E` and `remove_E` of an abstract or interface event.
fn abstract_accessors<'a>(
    cx: &mut Ctx<'a>,
    d: &Decl<'a>,
    ev: &'a ast::EventDecl,
    v: &'a ast::VarDeclarator,
    ty: &Ty,
    virt: Virt,
    (private, protected): (bool, bool),
) -> CustomEvent {
    let shown = format!("{}.{}", cx.class_display(d.id), v.name.name);
    let is_static = virt == Virt::None && ev.modifiers.has(Modifier::Static);
    let sig = AccessorSig {
        class: d.id,
        prop: &v.name.name,
        span: ev.span,
        name_span: v.name.span,
        is_static,
        ty,
        getter_kind: MethodKind::Ordinary,
    };
    let method = |cx: &mut Ctx<'a>, name: String| {
        let m = accessor_method(
            cx,
            &sig,
            false,
            Default::default(),
            BodySrc::ImplicitCtor,
            private,
            virt,
        );
        cx.program.methods[m.0 as usize].name = name;
        cx.method_bodies[m.0 as usize] = None;
        cx.accessor_names.insert(m, shown.clone());
        m
    };
    let add = method(cx, format!("add_{}", v.name.name));
    cx.program.methods[add.0 as usize].kind = MethodKind::EventAdder;
    let remove = method(cx, format!("remove_{}", v.name.name));
    share_virtual(cx, add, remove);
    if protected {
        cx.protected_methods.insert(add);
        cx.protected_methods.insert(remove);
    }
    CustomEvent::of(
        v,
        ty.clone(),
        is_static,
        (add, remove),
        (private, protected),
    )
}

/// `event D E;` in an interface: abstract `add_E` and `remove_E`, which a class implements
/// with an event's accessors (those C# writes for a field-like event: `event_accessor_for`).
pub(crate) fn interface_event<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, ev: &'a ast::EventDecl) {
    let ns = cx.program.class(d.id).namespace.clone();
    let ty = cx.resolve_value_type(&ev.ty, ns.as_deref());
    for v in &ev.declarators {
        let shown = format!("{}.{}", cx.class_display(d.id), v.name.name);
        if ty.delegate_sig().is_none() && !ty.is_error() {
            cx.error(
                "CS0066",
                format!("'{shown}': event must be of a delegate type"),
                v.name.span,
                "declare it with a delegate type such as `Action` or `EventHandler`",
            );
        }
        if v.init.is_some() {
            cx.error(
                "CS0068",
                format!("'{shown}': instance event in interface cannot have initializer"),
                v.name.span,
                "remove the initializer: an implementing class stores the handlers",
            );
        }
        if !check_member_name(cx, d, &v.name, false) {
            continue;
        }
        let e = abstract_accessors(cx, d, ev, v, &ty, Virt::Abstract, (false, false));
        cx.members[d.id.0 as usize].insert(v.name.name.clone(), ClassMember::Event(e));
    }
}

/// The accessor C# writes for field-like event `name` of class `k` (`add_E` when `add`, else
/// `remove_E`), made when an interface of a class deriving from `k` needs it in its itable;
/// `+=` and `-=` elsewhere still combine into the field in place.
pub(crate) fn event_accessor_for(
    cx: &mut Ctx<'_>,
    k: ClassId,
    name: &str,
    add: bool,
) -> Option<MethodId> {
    let Some(ClassMember::Field(f)) = cx.members[k.0 as usize].get(name).cloned() else {
        return None;
    };
    let field = cx.program.field(f);
    // A virtual event's accessors are methods of the class already, found with their override.
    if !field.is_event || field.is_static || cx.virtual_events.contains_key(&f) {
        return None;
    }
    let made = format!("{}_{name}", if add { "add" } else { "remove" });
    let existing = cx.program.class(k).methods.iter().copied().find(|&m| {
        cx.program.method(m).name == made
            && cx.method_bodies[m.0 as usize].is_some_and(
                |b| matches!(b, BodySrc::EventAdd(g) | BodySrc::EventRemove(g) if g == f),
            )
    });
    if existing.is_some() {
        return existing;
    }
    let (ty, span, name_span) = (field.ty.clone(), field.span, field.name_span);
    let sig = AccessorSig {
        class: k,
        prop: name,
        span,
        name_span,
        is_static: false,
        ty: &ty,
        getter_kind: MethodKind::Ordinary,
    };
    let body = if add {
        BodySrc::EventAdd(f)
    } else {
        BodySrc::EventRemove(f)
    };
    let private = cx.field_private[f.0 as usize];
    let m = accessor_method(
        cx,
        &sig,
        false,
        Default::default(),
        body,
        private,
        Virt::None,
    );
    cx.program.methods[m.0 as usize].name = made;
    if add {
        cx.program.methods[m.0 as usize].kind = MethodKind::EventAdder;
    }
    cx.accessor_names
        .insert(m, format!("{}.{name}", cx.class_display(k)));
    Some(m)
}

impl Body<'_, '_> {
    /// The body C# writes for an accessor of field-like event `f`: `f = f + value` or
    /// `f = f - value` (C#'s compare-exchange loop is unobservable on logical threads).
    pub(crate) fn event_accessor(&mut self, f: FieldId, add: bool, span: Span) -> Block {
        let ty = self.cx.program.field(f).ty.clone();
        let read = mk(
            ExprKind::InstanceField {
                receiver: Box::new(self.this_expr(span)),
                field: f,
            },
            ty.clone(),
            span,
        );
        let value = mk(ExprKind::Local(LocalId(0)), ty.clone(), span);
        let combined = mk(
            ExprKind::Binary {
                op: if add { BinOp::Add } else { BinOp::Sub },
                operand_ty: ty.clone(),
                lhs: Box::new(read),
                rhs: Box::new(value),
            },
            ty,
            span,
        );
        let assign = mk(
            ExprKind::Assign {
                target: Place::InstanceField {
                    receiver: Box::new(self.this_expr(span)),
                    field: f,
                },
                value: Box::new(combined),
            },
            Ty::Void,
            span,
        );
        Block {
            stmts: vec![Stmt {
                kind: StmtKind::Expr(assign),
                span,
                id: StmtId::NONE,
            }],
            span,
        }
    }
}

/// C#'s error for an `override` event with no virtual accessor to override: the base's event
/// is field-like and not virtual (CS0506), or has another type (CS1715). `false` when no base
/// event has its name (then it is CS0115); the remover's error is the adder's.
pub(crate) fn override_error(cx: &mut Ctx<'_>, m: MethodId) -> bool {
    let method = cx.program.method(m);
    let Some(name) = method
        .name
        .strip_prefix("add_")
        .or(method.name.strip_prefix("remove_"))
    else {
        return false;
    };
    if !cx.accessor_names.contains_key(&m) {
        return false;
    }
    let (class, span, adder) = (
        method.class,
        method.name_span,
        method.kind == MethodKind::EventAdder,
    );
    let ty = method.param_types.first().cloned().unwrap_or(Ty::Error);
    let Some(base) = cx
        .program
        .class(class)
        .base
        .or(cx.class_bases[class.0 as usize])
    else {
        return false;
    };
    let (bty, non_virtual) = match cx.find_member(base, name) {
        Some((_, ClassMember::Field(f))) if cx.program.field(f).is_event => (
            cx.program.field(f).ty.clone(),
            !cx.virtual_events.contains_key(&f),
        ),
        Some((_, ClassMember::Event(e))) => (e.ty.clone(), false),
        _ => return false,
    };
    let owner = match cx.find_member(base, name) {
        Some((k, _)) => cx.class_display(k).to_string(),
        None => return false,
    };
    if !adder {
        return true;
    }
    let shown = format!("{}.{name}", cx.class_display(class));
    if non_virtual {
        cx.error(
            "CS0506",
            format!("'{shown}': cannot override inherited member '{owner}.{name}' because it is not marked virtual, abstract, or override"),
            span,
            "mark the base event `virtual`, or remove `override`",
        );
    } else if bty != ty {
        cx.error(
            "CS1715",
            format!("'{shown}': type must be '{bty}' to match overridden member '{owner}.{name}'"),
            span,
            "declare the override with the base event's delegate type",
        );
    } else {
        return false;
    }
    true
}
