//! Field-like events (`public event Action Clicked;`): a field of the delegate type, which code
//! of the declaring type uses as a field (invoking it, assigning it, comparing it to `null`)
//! and code elsewhere only subscribes to and unsubscribes from with `+=` and `-=` (CS0070).
//! The accessors C# generates combine and remove with a compare-exchange loop; on unawait's
//! logical threads a plain `+=` on the field behaves the same. An event with `add` and `remove`
//! accessors is those two methods (`add_E`, `remove_E`, taking `value`): `+=` and `-=` call them,
//! and it has no value anywhere (CS0079). An interface's or abstract event is bodiless
//! `add_E`/`remove_E`; a field-like event that implements one, or is virtual, also gets the
//! accessors C# writes (combining into its field), which `+=`/`-=` then dispatch to.

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::check_items::{modifier_invalid, Decl};
use crate::check_members::{check_member_name, declare_fields, register_unsupported, FieldParts};
use crate::context::{BodySrc, ClassMember, Ctx, CustomEvent};
use crate::event_dispatch::{abstract_event, first_name, interface_event, virtual_field_event};
use crate::hir::{Callee, ClassId, ClassKind, Expr, ExprKind, FieldId, MethodKind, Virt};
use crate::properties::{accessor_method, share_virtual, AccessorSig};
use crate::resolve::Resolved;
use crate::types::Ty;
use crate::virtuals::declared_with;

impl CustomEvent {
    /// Event `v` of type `ty` with accessor methods `add` and `remove`.
    pub(crate) fn of(
        v: &ast::VarDeclarator,
        ty: Ty,
        is_static: bool,
        (add, remove): (crate::hir::MethodId, crate::hir::MethodId),
        (private, protected): (bool, bool),
    ) -> CustomEvent {
        CustomEvent {
            name: v.name.name.clone(),
            ty,
            is_static,
            add,
            remove,
            private,
            protected,
            span: v.name.span,
        }
    }
}

/// `event D E { add { ... } remove { ... } }`: its accessors as methods taking `value`. Those
/// of `event D I.E { ... }` (`explicit`: `I`) are `I.add_E`/`I.remove_E`, reachable only
/// through the interface: the class has no member `E`.
fn custom<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, ev: &'a ast::EventDecl, explicit: Option<ClassId>) {
    let Some(v) = ev.declarators.first() else {
        return;
    };
    let ns = cx.program.class(d.id).namespace.clone();
    let ty = cx.resolve_value_type(&ev.ty, ns.as_deref());
    // Roslyn names an explicit implementation `C.I.E`.
    let shown = match explicit {
        Some(i) => format!(
            "{}.{}.{}",
            cx.class_display(d.id),
            cx.class_display(i),
            v.name.name
        ),
        None => format!("{}.{}", cx.class_display(d.id), v.name.name),
    };
    if ty.delegate_sig().is_none() && !ty.is_error() {
        cx.error(
            "CS0066",
            format!("'{shown}': event must be of a delegate type"),
            v.name.span,
            "declare it with a delegate type such as `Action` or `EventHandler`",
        );
    }
    let find = |kind: &str| ev.accessors.iter().find(|a| a.kind.name == kind);
    for a in &ev.accessors {
        if a.kind.name != "add" && a.kind.name != "remove" {
            cx.error(
                "CS1055",
                "An add or remove accessor expected",
                a.kind.span,
                "an event's accessors are `add { ... }` and `remove { ... }`",
            );
        } else if matches!(a.body, ast::Body::None(_)) {
            cx.error(
                "CS0073",
                "An add or remove accessor must have a body",
                a.kind.span,
                "give it a body: `add { ... }`",
            );
        }
    }
    let (Some(add), Some(remove)) = (find("add"), find("remove")) else {
        cx.error(
            "CS0065",
            format!("'{shown}': event property must have both add and remove accessors"),
            v.name.span,
            "declare both `add { ... }` and `remove { ... }`",
        );
        if explicit.is_some() {
            // Reported: its interface's event is not missing too.
            cx.explicit_implementers.insert(d.id);
        } else {
            register_unsupported(cx, d, &v.name);
        }
        return;
    };
    let is_static = ev.modifiers.has(Modifier::Static);
    let private = Ctx::is_private(&ev.modifiers);
    let sig = AccessorSig {
        class: d.id,
        prop: &v.name.name,
        span: ev.span,
        name_span: v.name.span,
        is_static,
        ty: &ty,
        getter_kind: MethodKind::Ordinary,
    };
    // Recorded for the next method's id: the adder's.
    let virt = match explicit {
        Some(_) => Virt::None,
        None => declared_with(
            cx,
            d,
            &ev.modifiers,
            &v.name,
            &|_| shown.clone(),
            false,
            is_static,
        ),
    };
    let method = |cx: &mut Ctx<'a>, a: &'a ast::Accessor, name: String| {
        let m = accessor_method(
            cx,
            &sig,
            false,
            Default::default(),
            BodySrc::Body(&a.body),
            private,
            virt,
        );
        cx.program.methods[m.0 as usize].name = name;
        m
    };
    let add = method(cx, add, format!("add_{}", v.name.name));
    cx.program.methods[add.0 as usize].kind = MethodKind::EventAdder;
    let remove = method(cx, remove, format!("remove_{}", v.name.name));
    share_virtual(cx, add, remove);
    for m in [add, remove] {
        cx.accessor_names.insert(m, shown.clone());
    }
    if let Some(i) = explicit {
        let iname = cx.class_name(i).to_string();
        for m in [add, remove] {
            let name = &mut cx.program.methods[m.0 as usize].name;
            *name = format!("{iname}.{name}");
            cx.method_private[m.0 as usize] = true;
            cx.explicit_impls.insert(m, i);
        }
        return;
    }
    if check_member_name(cx, d, &v.name, false) {
        let protected = ev.modifiers.has(Modifier::Protected);
        let e = CustomEvent::of(v, ty, is_static, (add, remove), (private, protected));
        cx.members[d.id.0 as usize].insert(v.name.name.clone(), ClassMember::Event(e));
    }
}

pub(crate) fn event<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, ev: &'a ast::EventDecl) {
    let first = ev.declarators.first().map_or(ev.span, |v| v.name.span);
    let in_interface = cx.program.class(d.id).kind == ClassKind::Interface;
    let unsupported = if in_interface && !d.td.type_params.is_empty() {
        Some("events of generic interfaces are")
    } else if in_interface && !ev.accessors.is_empty() {
        Some("default implementations of interface events are")
    } else if in_interface && ev.modifiers.0.iter().any(|(m, _)| *m != Modifier::New) {
        Some("modifiers on interface events are")
    } else {
        None
    };
    if let Some(what) = unsupported {
        cx.unsupported(what, first);
        for v in &ev.declarators {
            register_unsupported(cx, d, &v.name);
        }
        return;
    }
    cx.check_attributes(&ev.attributes);
    if in_interface {
        interface_event(cx, d, ev);
        return;
    }
    if let Some(iface) = &ev.explicit_interface {
        let Some(i) = crate::interfaces::explicit_target(cx, d, iface, &ev.modifiers) else {
            cx.explicit_implementers.insert(d.id);
            return;
        };
        if ev.accessors.is_empty() {
            cx.error(
                "CS0071",
                "An explicit interface implementation of an event must use event accessor syntax",
                first,
                "write `add { ... }` and `remove { ... }`",
            );
            cx.explicit_implementers.insert(d.id);
            return;
        }
        custom(cx, d, ev, Some(i));
        return;
    }
    for (m, span) in &ev.modifiers.0 {
        match m {
            Modifier::Public
            | Modifier::Private
            | Modifier::Internal
            | Modifier::Protected
            | Modifier::Static
            | Modifier::Virtual
            | Modifier::Abstract
            | Modifier::Override
            | Modifier::Sealed
            | Modifier::New => {}
            Modifier::Unsafe | Modifier::Extern => {
                cx.outside(&format!("`{}` events are", m.as_str()), *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    let abstract_ = ev.modifiers.has(Modifier::Abstract);
    if abstract_ && !ev.accessors.is_empty() {
        let shown = format!("{}.{}", cx.class_display(d.id), first_name(ev));
        cx.error(
            "CS8712",
            format!("'{shown}': abstract event cannot use event accessor syntax"),
            first,
            "declare it `public abstract event D E;`: a derived class gives the accessors",
        );
        for v in &ev.declarators {
            register_unsupported(cx, d, &v.name);
        }
        return;
    }
    if !ev.accessors.is_empty() {
        custom(cx, d, ev, None);
        return;
    }
    if abstract_ {
        abstract_event(cx, d, ev);
        return;
    }
    let parts = FieldParts {
        modifiers: &ev.modifiers,
        ty: &ev.ty,
        declarators: &ev.declarators,
        span: ev.span,
    };
    let fields = declare_fields(cx, d, parts, true);
    let Some(&f) = fields.first() else {
        return;
    };
    let ty = cx.program.field(f).ty.clone();
    if ty.delegate_sig().is_none() && !ty.is_error() {
        let shown = format!("{}.{}", cx.class_display(d.id), cx.program.field(f).name);
        cx.error(
            "CS0066",
            format!("'{shown}': event must be of a delegate type"),
            first,
            "declare it with a delegate type such as `Action` or `EventHandler`",
        );
    }
    for &f in &fields {
        cx.program.fields[f.0 as usize].is_event = true;
    }
    let dispatched = [Modifier::Virtual, Modifier::Override]
        .iter()
        .any(|m| ev.modifiers.has(*m));
    if dispatched {
        for (&f, v) in fields.iter().zip(&ev.declarators) {
            virtual_field_event(cx, d, ev, f, v);
        }
    }
}

impl Body<'_, '_> {
    /// An event's field named outside its type anywhere but left of `+=`/`-=` (CS0070).
    pub(crate) fn check_event_use(&mut self, f: FieldId, span: Span) {
        if !self.cx.program.field(f).is_event || std::mem::take(&mut self.subscribing) {
            return;
        }
        let class = self.cx.program.field(f).class;
        let mut inside = Some(self.class);
        for _ in 0..64 {
            match inside {
                Some(c) if c == class => return,
                Some(c) => inside = self.cx.program.class(c).outer,
                None => break,
            }
        }
        let shown = format!(
            "{}.{}",
            self.cx.class_display(class),
            self.cx.program.field(f).name
        );
        let owner = self.cx.class_display(class);
        self.err(
            "CS0070",
            format!("The event '{shown}' can only appear on the left hand side of += or -= (except when used from within the type '{owner}')"),
            span,
            "subscribe with `+=` or unsubscribe with `-=`; only its own type raises or assigns an event",
        );
    }
}

impl Body<'_, '_> {
    /// An event with accessors named left of `+=`/`-=` (kept for `subscribe`), or anywhere
    /// else (CS0079).
    pub(crate) fn custom_event_use(
        &mut self,
        owner: ClassId,
        e: &CustomEvent,
        receiver: Option<Expr>,
        span: Span,
    ) -> Resolved {
        if std::mem::take(&mut self.subscribing) {
            self.event_target = Some((receiver, e.clone()));
        } else {
            self.custom_event_misuse(owner, e, span);
        }
        Resolved::Value(mk(ExprKind::Error, e.ty.clone(), span))
    }

    pub(crate) fn custom_event_misuse(&mut self, owner: ClassId, e: &CustomEvent, span: Span) {
        let shown = format!("{}.{}", self.cx.class_display(owner), e.name);
        self.err(
            "CS0079",
            format!("The event '{shown}' can only appear on the left hand side of += or -="),
            span,
            "an event with `add` and `remove` accessors has no value of its own: raise the delegate its accessors store",
        );
    }

    /// An event with accessors named without an object in its own class.
    pub(crate) fn own_custom_event(
        &mut self,
        owner: ClassId,
        e: &CustomEvent,
        span: Span,
    ) -> Resolved {
        let receiver = if e.is_static {
            None
        } else if self.has_this() {
            Some(self.this_expr(span))
        } else {
            let shown = format!("{}.{}", self.cx.class_display(owner), e.name);
            self.no_object(&shown, span, false);
            return Resolved::Value(Expr::error(span));
        };
        self.custom_event_use(owner, e, receiver, span)
    }

    /// `E += f` / `E -= f` on an event with accessors: a call of `add_E` / `remove_E`.
    pub(crate) fn subscribe(
        &mut self,
        (receiver, e): (Option<Expr>, CustomEvent),
        op: Option<ast::BinaryOp>,
        value: &ast::Expr,
        span: Span,
    ) -> Expr {
        let v = self.expr_with(value, Some(&e.ty));
        let v = self.coerce(v, &e.ty);
        let accessor = match op {
            Some(ast::BinaryOp::Sub) => e.remove,
            _ => e.add,
        };
        mk(
            ExprKind::Call {
                callee: Callee::User(accessor),
                receiver: receiver.map(Box::new),
                args: vec![v],
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        )
    }
}
