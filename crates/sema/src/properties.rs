//! Properties of user classes. Accessors with bodies become methods of the program
//! (`get_X`/`set_X`) checked like any other body; an auto-property becomes its hidden backing
//! field, as C# declares it, and gets accessor methods only when something dispatches to them
//! (a virtual property, an interface's itable).

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::hir::{ExprKind, Place, Stmt, StmtId, StmtKind};

use crate::check_items::{modifier_invalid, Decl};
use crate::check_members::{check_member_name, push_method, register_unsupported};
use crate::context::{BodySrc, ClassMember, ConstState, Ctx, Prop};
use crate::hir::{Field, FieldId, Local, LocalId, LocalKind, Method, MethodId, MethodKind, Virt};
use crate::types::Ty;

pub(crate) fn property<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, p: &'a ast::PropertyDecl) {
    // `object IEnumerator.Current` (user_enumerables.rs): accessors reachable by the runtime.
    let iteration = match &p.explicit_interface {
        Some(i) => crate::user_enumerables::explicit_key(cx, d.id, i, &p.name.name, &p.modifiers),
        None => None,
    };
    let explicit = match &p.explicit_interface {
        Some(_) if iteration.is_some() => None,
        Some(iface) => match crate::interfaces::explicit_target(cx, d, iface, &p.modifiers) {
            Some(i) => Some(i),
            None => {
                cx.explicit_implementers.insert(d.id);
                return;
            }
        },
        None => None,
    };
    let is_static = p.modifiers.has(Modifier::Static);
    for (m, span) in &p.modifiers.0 {
        match m {
            Modifier::Public
            | Modifier::Private
            | Modifier::Internal
            | Modifier::Protected
            | Modifier::Static
            | Modifier::Abstract
            | Modifier::Virtual
            | Modifier::Override
            | Modifier::Sealed
            | Modifier::New => {}
            Modifier::Required => {
                cx.unsupported(&format!("`{}` properties are", m.as_str()), *span)
            }
            Modifier::Extern | Modifier::Unsafe => {
                cx.outside(&format!("`{}` properties are", m.as_str()), *span)
            }
            Modifier::Readonly if cx.program.class(d.id).kind == crate::hir::ClassKind::Struct => {
                cx.unsupported("`readonly` members of structs (C# 8) are", *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    if !is_static && cx.program.class(d.id).is_static {
        cx.error(
            "CS0708",
            format!(
                "'{}.{}': cannot declare instance members in a static class",
                cx.class_display(d.id),
                p.name.name
            ),
            p.name.span,
            "add `static`",
        );
    }
    let ns = cx.program.class(d.id).namespace.clone();
    let ty = cx.resolve_value_type(&p.ty, ns.as_deref());
    if explicit.is_none() && iteration.is_none() && !check_member_name(cx, d, &p.name, false) {
        return;
    }
    let is_auto = p.expr_body.is_none()
        && !p.accessors.is_empty()
        && p.accessors
            .iter()
            .all(|a| matches!(a.body, ast::Body::None(_)));
    let in_interface = cx.program.class(d.id).kind == crate::hir::ClassKind::Interface;
    // An interface's members are public.
    let private = !in_interface && Ctx::is_private(&p.modifiers);
    let bodiless = p.expr_body.is_none()
        && p.accessors
            .iter()
            .all(|a| matches!(a.body, ast::Body::None(_)));
    let shown = format!("{}.{}", cx.class_display(d.id), p.name.name);
    let virt = crate::virtuals::declared_with(
        cx,
        d,
        &p.modifiers,
        &p.name,
        &|_| shown.clone(),
        bodiless,
        is_static,
    );
    // Abstract accessors have no bodies: no backing field either.
    let is_auto = is_auto && virt != crate::hir::Virt::Abstract;
    // Reads of a virtual auto-property are calls of its accessors, which C# writes; one
    // that may implement an interface's property gets them too (for the itable), but its
    // class's own code reads the field.
    let dispatched = virt != crate::hir::Virt::None;
    // An explicit one is reachable only through its interface: its accessors exist for that.
    let implements = explicit.is_some()
        || iteration.is_some()
        || crate::user_enumerables::needs_accessors(cx, d.id, &p.name.name);
    let mut prop = Prop {
        name: p.name.name.clone(),
        ty: ty.clone(),
        is_static,
        backing: None,
        getter: None,
        setter: None,
        auto_settable: false,
        init_only: false,
        private,
        protected: p.modifiers.has(Modifier::Protected),
        set_private: false,
        set_protected: false,
        ctor_backing: None,
        span: p.name.span,
    };
    if let Some(init) = &p.init {
        if !is_auto {
            cx.error(
                "CS8050",
                "Only auto-implemented properties, or properties that use the 'field' keyword, can have initializers.",
                init.span,
                "remove the initializer, or make the property `{ get; set; }`",
            );
        }
    }
    if is_auto {
        let kinds: Vec<&str> = p.accessors.iter().map(|a| a.kind.name.as_str()).collect();
        if !kinds.contains(&"get") {
            cx.error(
                "CS8051",
                "Auto-implemented properties must have get accessors.",
                p.name.span,
                "add `get;`",
            );
        }
        prop.auto_settable = kinds.iter().any(|k| *k == "set" || *k == "init");
        prop.init_only = kinds.contains(&"init");
        let setter = p
            .accessors
            .iter()
            .find(|a| matches!(a.kind.name.as_str(), "set" | "init"));
        prop.set_private = setter.is_some_and(|a| Ctx::is_private_accessor(&a.modifiers));
        prop.set_protected = setter.is_some_and(|a| Ctx::is_protected_accessor(&a.modifiers));
        let id = FieldId(cx.program.fields.len() as u32);
        cx.program.fields.push(Field {
            class: d.id,
            name: format!("<{}>k__BackingField", p.name.name),
            ty: ty.clone(),
            is_static,
            is_readonly: false,
            constant: None,
            init: None,
            is_event: false,
            span: p.span,
            name_span: p.name.span,
        });
        cx.field_inits.push(p.init.as_ref());
        cx.field_private.push(true);
        cx.const_state.push(ConstState::NotConst);
        cx.program.classes[d.id.0 as usize].fields.push(id);
        prop.backing = Some(id);
        if dispatched || implements {
            let getter = accessor(cx, d, p, &ty, true, BodySrc::AutoGet(id), private, virt);
            prop.getter = Some(getter);
            cx.accessor_names.insert(getter, shown.clone());
            if prop.auto_settable {
                let setter_private = private || prop.set_private;
                let s = accessor(
                    cx,
                    d,
                    p,
                    &ty,
                    false,
                    BodySrc::AutoSet(id),
                    setter_private,
                    virt,
                );
                share_virtual(cx, getter, s);
                if prop.set_protected {
                    cx.protected_methods.insert(s);
                }
                prop.setter = Some(s);
            }
        }
        if dispatched {
            prop.backing = None;
            prop.ctor_backing = (!prop.auto_settable).then_some(id);
        }
    } else if let Some(e) = &p.expr_body {
        let getter = accessor(cx, d, p, &ty, true, BodySrc::Expr(e), private, virt);
        cx.accessor_names.insert(getter, shown.clone());
        prop.getter = Some(getter);
    } else {
        let mut first: Option<MethodId> = None;
        for a in &p.accessors {
            let body = match &a.body {
                // An abstract or interface accessor has no body.
                ast::Body::None(_) if virt == crate::hir::Virt::Abstract => BodySrc::Body(&a.body),
                ast::Body::None(_) => {
                    cx.error(
                        "CS0501",
                        format!(
                            "'{}.{}.{}' must declare a body because it is not marked abstract, extern, or partial",
                            cx.class_display(d.id), p.name.name, a.kind.name
                        ),
                        a.kind.span,
                        "add a body `{ ... }`",
                    );
                    continue;
                }
                b => BodySrc::Body(b),
            };
            let accessor_private = private || Ctx::is_private_accessor(&a.modifiers);
            let is_get = match a.kind.name.as_str() {
                "get" => true,
                "set" | "init" => false,
                _ => continue,
            };
            let m = if is_get {
                accessor(cx, d, p, &ty, true, body, private, virt)
            } else {
                accessor(cx, d, p, &ty, false, body, accessor_private, virt)
            };
            // The virtual flags were recorded for the first accessor's id.
            match first {
                Some(f) => share_virtual(cx, f, m),
                None => first = Some(m),
            }
            cx.accessor_names.insert(m, shown.clone());
            if is_get {
                prop.getter = Some(m);
            } else {
                if Ctx::is_protected_accessor(&a.modifiers) {
                    cx.protected_methods.insert(m);
                }
                prop.init_only = a.kind.name == "init";
                prop.setter = Some(m);
            }
        }
    }
    if prop.getter.is_none() && prop.backing.is_none() {
        if prop.setter.is_some() {
            let what = if p.modifiers.has(Modifier::Override) {
                "overriding only the `set` accessor of a property (the `get` inherited) is"
            } else {
                "properties without a `get` accessor are"
            };
            cx.unsupported(what, p.name.span);
        }
        register_unsupported(cx, d, &p.name);
        return;
    }
    // `int IFoo.P`: its accessors are `IFoo.get_P`/`IFoo.set_P`, reachable only through the
    // interface; the class has no member `P`.
    if let Some(i) = explicit {
        let iname = cx.class_name(i).to_string();
        for m in [prop.getter, prop.setter].into_iter().flatten() {
            let name = &mut cx.program.methods[m.0 as usize].name;
            *name = format!("{iname}.{name}");
            cx.method_private[m.0 as usize] = true;
            cx.explicit_impls.insert(m, i);
        }
        return;
    }
    if let Some(key) = iteration {
        for m in [prop.getter, prop.setter].into_iter().flatten() {
            let name = &mut cx.program.methods[m.0 as usize].name;
            *name = format!("{}.{name}", key.split('.').next().unwrap_or(key));
            cx.method_private[m.0 as usize] = true;
        }
        if let Some(g) = prop.getter {
            crate::user_enumerables::record_explicit(cx, d.id, key, g);
        }
        return;
    }
    if let Some(f) = prop.backing {
        cx.props_by_field.insert(f, prop.clone());
    }
    if let Some(g) = prop.getter {
        cx.props_by_getter.insert(g, prop.clone());
    }
    cx.members[d.id.0 as usize].insert(p.name.name.clone(), ClassMember::Property(prop));
}

/// `get_X` (no parameters, returns the property's type) or `set_X` (one parameter `value`).
#[allow(clippy::too_many_arguments)]
fn accessor<'a>(
    cx: &mut Ctx<'a>,
    d: &Decl<'a>,
    p: &'a ast::PropertyDecl,
    ty: &Ty,
    get: bool,
    body: BodySrc<'a>,
    private: bool,
    virt: crate::hir::Virt,
) -> MethodId {
    let is_static = p.modifiers.has(Modifier::Static);
    let sig = AccessorSig {
        class: d.id,
        prop: &p.name.name,
        span: p.span,
        name_span: p.name.span,
        is_static,
        ty,
        getter_kind: MethodKind::Getter,
    };
    accessor_method(cx, &sig, get, Params::default(), body, private, virt)
}

/// What an accessor method is made from: a property's `get_X`/`set_X`, or an indexer's
/// `get_Item`/`set_Item`.
pub(crate) struct AccessorSig<'s> {
    pub(crate) class: crate::hir::ClassId,
    /// The `X` of `get_X`/`set_X`.
    pub(crate) prop: &'s str,
    pub(crate) span: Span,
    pub(crate) name_span: Span,
    pub(crate) is_static: bool,
    pub(crate) ty: &'s Ty,
    /// A property's getter is a `Getter`; an indexer's, which takes arguments, is `Ordinary`.
    pub(crate) getter_kind: MethodKind,
}

/// The parameters of a method: their locals' ids, their types, and the locals.
pub(crate) type Params = (Vec<LocalId>, Vec<Ty>, Vec<Local>);

/// Adds accessor `get_X` (the `index` parameters, returns the type) or `set_X` (the `index`
/// parameters then `value`, returns nothing). `index` is empty for a property.
pub(crate) fn accessor_method<'a>(
    cx: &mut Ctx<'a>,
    sig: &AccessorSig<'_>,
    get: bool,
    index: Params,
    body: BodySrc<'a>,
    private: bool,
    virt: crate::hir::Virt,
) -> MethodId {
    let ty = sig.ty;
    let (mut params, mut param_types, mut locals) = index;
    let (name, kind, return_type) = if get {
        (format!("get_{}", sig.prop), sig.getter_kind, ty.clone())
    } else {
        params.push(LocalId(locals.len() as u32));
        param_types.push(ty.clone());
        locals.push(Local {
            name: "value".into(),
            ty: ty.clone(),
            kind: LocalKind::Param,
            span: sig.name_span,
            captured: false,
            by_ref: None,
        });
        (format!("set_{}", sig.prop), MethodKind::Ordinary, Ty::Void)
    };
    let method = Method {
        is_static: sig.is_static,
        params,
        param_types,
        return_type,
        locals,
        name_span: sig.name_span,
        virt,
        ..Method::new(sig.class, name, kind, sig.span)
    };
    push_method(cx, sig.class, method, Some(body), private)
}

/// The accessor C# writes for auto-property `name` of class `k`, made when an interface of a
/// class deriving from `k` needs it in its itable (`k`'s own code reads the field).
pub(crate) fn auto_accessor_for(
    cx: &mut Ctx<'_>,
    k: crate::hir::ClassId,
    name: &str,
    get: bool,
) -> Option<MethodId> {
    let Some(ClassMember::Property(p)) = cx.members[k.0 as usize].get(name).cloned() else {
        return None;
    };
    let f = p.backing?;
    if (get && p.getter.is_some()) || (!get && (p.setter.is_some() || !p.auto_settable)) {
        return None;
    }
    let span = cx.program.field(f).span;
    let sig = AccessorSig {
        class: k,
        prop: &p.name,
        span,
        name_span: p.span,
        is_static: p.is_static,
        ty: &p.ty,
        getter_kind: MethodKind::Getter,
    };
    let (body, private) = if get {
        (BodySrc::AutoGet(f), p.private)
    } else {
        (BodySrc::AutoSet(f), p.private || p.set_private)
    };
    let m = accessor_method(cx, &sig, get, Params::default(), body, private, Virt::None);
    cx.accessor_names
        .insert(m, format!("{}.{}", cx.class_display(k), p.name));
    let mut p = p;
    if get {
        p.getter = Some(m);
    } else {
        p.setter = Some(m);
    }
    cx.props_by_field.insert(f, p.clone());
    cx.members[k.0 as usize].insert(name.to_string(), ClassMember::Property(p));
    Some(m)
}

/// The second accessor of a virtual property shares what `virtuals::declared_with` recorded
/// for the first (`abstract override`, `sealed`, `new`, its accessibility).
pub(crate) fn share_virtual(cx: &mut Ctx<'_>, from: MethodId, to: MethodId) {
    if cx.abstract_methods.contains(&from) {
        cx.abstract_methods.insert(to);
    }
    if cx.sealed_methods.contains(&from) {
        cx.sealed_methods.insert(to);
    }
    if cx.hiding.contains(&from) {
        cx.hiding.insert(to);
    }
    if let Some(&a) = cx.declared_access.get(&from) {
        cx.declared_access.insert(to, a);
    }
}

impl Body<'_, '_> {
    /// The body C# writes for an accessor of an auto-property: `return <backing>;` or
    /// `<backing> = value;`.
    pub(crate) fn auto_accessor(&mut self, f: FieldId, get: bool, span: Span) -> crate::hir::Block {
        let field = self.cx.program.field(f);
        let (ty, is_static) = (field.ty.clone(), field.is_static);
        let (value, place) = if is_static {
            (
                mk(ExprKind::StaticField(f), ty.clone(), span),
                Place::StaticField(f),
            )
        } else {
            let this = || Box::new(self.this_expr(span));
            (
                mk(
                    ExprKind::InstanceField {
                        receiver: this(),
                        field: f,
                    },
                    ty.clone(),
                    span,
                ),
                Place::InstanceField {
                    receiver: this(),
                    field: f,
                },
            )
        };
        let kind = if get {
            StmtKind::Return(Some(value))
        } else {
            let param = mk(ExprKind::Local(LocalId(0)), ty, span);
            StmtKind::Expr(mk(
                ExprKind::Assign {
                    target: place,
                    value: Box::new(param),
                },
                Ty::Void,
                span,
            ))
        };
        crate::hir::Block {
            stmts: vec![Stmt {
                kind,
                span,
                id: StmtId::NONE,
            }],
            span,
        }
    }
}
