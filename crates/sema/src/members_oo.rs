//! Constructors and properties of user classes. Each becomes methods of the program (a
//! constructor `.ctor`, accessors `get_X`/`set_X`) checked like any other body; an
//! auto-property becomes its hidden backing field, as C# declares it.

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_call::{Cand, MethodGroup};
use crate::check_expr::mk;
use crate::hir::{Callee, Expr, ExprKind, Place, Stmt, StmtId, StmtKind};

use crate::check_items::{modifier_invalid, Decl};
use crate::check_members::{check_member_name, parameters, register_unsupported};
use crate::context::{BodySrc, ClassMember, ConstState, Ctx, Prop};
use crate::hir::{
    AsyncKind, Field, FieldId, Local, LocalId, LocalKind, Method, MethodId, MethodKind, Virt,
};
use crate::types::Ty;

pub(crate) fn constructor<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, c: &'a ast::ConstructorDecl) {
    if c.name.name != d.td.name.name {
        cx.error(
            "CS1520",
            "Method must have a return type",
            c.name.span,
            "add a return type, e.g. `static void Name()`",
        );
        return;
    }
    if c.modifiers.has(Modifier::Static) {
        static_constructor(cx, d, c);
        return;
    }
    for (m, span) in &c.modifiers.0 {
        match m {
            Modifier::Public | Modifier::Private | Modifier::Internal | Modifier::Protected => {}
            Modifier::Extern | Modifier::Unsafe => {
                cx.outside(&format!("`{}` constructors are", m.as_str()), *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    if !crate::structs::check_constructor(cx, d, c) {
        return;
    }
    if cx.program.class(d.id).is_static {
        cx.error(
            "CS0710",
            "Static classes cannot have instance constructors",
            c.name.span,
            "remove the constructor, or make the class not static",
        );
        return;
    }
    let ns = cx.program.class(d.id).namespace.clone();
    let (params, param_types, locals) = parameters(cx, &c.params, ns.as_deref(), false, true);
    let class = d.id.0 as usize;
    let id = crate::hir::MethodId(cx.program.methods.len() as u32);
    if let Some(&prev) = cx.ctors[class]
        .iter()
        .find(|&&m| cx.program.method(m).param_types == param_types && cx.same_refs(m, id))
    {
        let prev_span = cx.program.method(prev).name_span;
        cx.diags.push(
            unawait_syntax::Diagnostic::error(
                "CS0111",
                format!(
                    "Type '{0}' already defines a member called '{0}' with the same parameter types",
                    cx.class_display(d.id)
                ),
                c.name.span,
            )
            .with_label(prev_span, "first defined here")
            .with_hint("change the parameter types of one of them"),
        );
        return;
    }
    let id = push_method(
        cx,
        d,
        Method {
            expr_count: 0,
            stmt_count: 0,
            class: d.id,
            name: ".ctor".into(),
            kind: MethodKind::Constructor,
            is_static: false,
            is_async: false,
            async_kind: AsyncKind::NotAsync,
            iterator: None,
            type_params: Vec::new(),
            params,
            param_types,
            return_type: Ty::Void,
            locals,
            body: None,
            span: c.span,
            name_span: c.name.span,
            virt: Virt::None,
            vslot: None,
        },
        Some(BodySrc::Body(&c.body)),
        Ctx::is_private(&c.modifiers),
    );
    if c.modifiers.has(Modifier::Protected) {
        cx.protected_methods.insert(id);
    }
    if let Some(init) = &c.initializer {
        cx.ctor_inits.insert(id, init);
    }
    cx.ctors[class].push(id);
}

/// `static C() { ... }`: run once, before the class is first used (its static fields read or
/// written, a static method called, an object created), after its static field initializers.
fn static_constructor<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, c: &'a ast::ConstructorDecl) {
    let shown = format!("{}.{}()", cx.class_display(d.id), d.td.name.name);
    for (m, span) in &c.modifiers.0 {
        match m {
            Modifier::Static => {}
            Modifier::Public | Modifier::Private | Modifier::Internal | Modifier::Protected => cx
                .error(
                    "CS0515",
                    format!("'{shown}': access modifiers are not allowed on static constructors"),
                    *span,
                    "remove the modifier",
                ),
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    if !c.params.is_empty() {
        let ns = cx.program.class(d.id).namespace.clone();
        let (_, types, _) = parameters(cx, &c.params, ns.as_deref(), false, true);
        let ps: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        let shown = format!(
            "{}.{}({})",
            cx.class_display(d.id),
            d.td.name.name,
            ps.join(", ")
        );
        cx.error(
            "CS0132",
            format!("'{shown}': a static constructor must be parameterless"),
            c.name.span,
            "remove the parameters",
        );
        return;
    }
    if c.initializer.is_some() {
        cx.error(
            "CS0514",
            format!("'{shown}': static constructor cannot have an explicit 'this' or 'base' constructor call"),
            c.name.span,
            "remove `: this(...)` / `: base(...)`",
        );
    }
    if let Some(&prev) = cx.static_ctors.get(&d.id) {
        let prev_span = cx.program.method(prev).name_span;
        cx.diags.push(
            unawait_syntax::Diagnostic::error(
                "CS0111",
                format!(
                    "Type '{0}' already defines a member called '{0}' with the same parameter types",
                    cx.class_display(d.id)
                ),
                c.name.span,
            )
            .with_label(prev_span, "first defined here")
            .with_hint("keep one static constructor"),
        );
        return;
    }
    let id = push_method(
        cx,
        d,
        Method {
            expr_count: 0,
            stmt_count: 0,
            class: d.id,
            name: ".cctor".into(),
            kind: MethodKind::StaticConstructor,
            is_static: true,
            is_async: false,
            async_kind: AsyncKind::NotAsync,
            iterator: None,
            type_params: Vec::new(),
            params: Vec::new(),
            param_types: Vec::new(),
            return_type: Ty::Void,
            locals: Vec::new(),
            body: None,
            span: c.span,
            name_span: c.name.span,
            virt: Virt::None,
            vslot: None,
        },
        Some(BodySrc::Body(&c.body)),
        true,
    );
    cx.static_ctors.insert(d.id, id);
}

/// C# gives a class without constructors a public one without parameters, which runs the
/// field initializers.
pub(crate) fn implicit_constructor<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>) {
    let c = cx.program.class(d.id);
    if c.is_static
        || c.kind != crate::hir::ClassKind::Class
        || cx.skipped_classes.contains(&d.id)
        || !cx.ctors[d.id.0 as usize].is_empty()
    {
        return;
    }
    let (span, name_span) = (c.span, c.name_span);
    let id = push_method(
        cx,
        d,
        Method {
            expr_count: 0,
            stmt_count: 0,
            class: d.id,
            name: ".ctor".into(),
            kind: MethodKind::Constructor,
            is_static: false,
            is_async: false,
            async_kind: AsyncKind::NotAsync,
            iterator: None,
            type_params: Vec::new(),
            params: Vec::new(),
            param_types: Vec::new(),
            return_type: Ty::Void,
            locals: Vec::new(),
            body: None,
            span,
            name_span,
            virt: Virt::None,
            vslot: None,
        },
        Some(BodySrc::ImplicitCtor),
        false,
    );
    cx.ctors[d.id.0 as usize].push(id);
}

fn push_method<'a>(
    cx: &mut Ctx<'a>,
    d: &Decl<'a>,
    m: Method,
    body: Option<BodySrc<'a>>,
    private: bool,
) -> MethodId {
    let id = MethodId(cx.program.methods.len() as u32);
    cx.program.methods.push(m);
    cx.program.classes[d.id.0 as usize].methods.push(id);
    cx.method_bodies.push(body);
    cx.method_private.push(private);
    id
}

pub(crate) fn property<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, p: &'a ast::PropertyDecl) {
    let explicit = match &p.explicit_interface {
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
    if explicit.is_none() && !check_member_name(cx, d, &p.name, false) {
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
    let implements = explicit.is_some();
    let mut prop = Prop {
        name: p.name.name.clone(),
        ty: ty.clone(),
        is_static,
        backing: None,
        getter: None,
        setter: None,
        auto_settable: false,
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
                prop.setter = Some(m);
            }
        }
    }
    if prop.getter.is_none() && prop.backing.is_none() {
        if prop.setter.is_some() {
            cx.unsupported("properties without a `get` accessor are", p.name.span);
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
    };
    accessor_method(cx, &sig, get, body, private, virt)
}

/// What an accessor method is made from.
struct AccessorSig<'s> {
    class: crate::hir::ClassId,
    prop: &'s str,
    span: Span,
    name_span: Span,
    is_static: bool,
    ty: &'s Ty,
}

fn accessor_method<'a>(
    cx: &mut Ctx<'a>,
    sig: &AccessorSig<'_>,
    get: bool,
    body: BodySrc<'a>,
    private: bool,
    virt: crate::hir::Virt,
) -> MethodId {
    let ty = sig.ty;
    let (name, kind, return_type, params, param_types, locals) = if get {
        (
            format!("get_{}", sig.prop),
            MethodKind::Getter,
            ty.clone(),
            Vec::new(),
            Vec::new(),
            Vec::new(),
        )
    } else {
        (
            format!("set_{}", sig.prop),
            MethodKind::Ordinary,
            Ty::Void,
            vec![LocalId(0)],
            vec![ty.clone()],
            vec![Local {
                name: "value".into(),
                ty: ty.clone(),
                kind: LocalKind::Param,
                span: sig.name_span,
                captured: false,
                by_ref: None,
            }],
        )
    };
    let id = MethodId(cx.program.methods.len() as u32);
    cx.program.methods.push(Method {
        expr_count: 0,
        stmt_count: 0,
        class: sig.class,
        name,
        kind,
        is_static: sig.is_static,
        is_async: false,
        async_kind: AsyncKind::NotAsync,
        iterator: None,
        type_params: Vec::new(),
        params,
        param_types,
        return_type,
        locals,
        body: None,
        span: sig.span,
        name_span: sig.name_span,
        virt,
        vslot: None,
    });
    cx.program.classes[sig.class.0 as usize].methods.push(id);
    cx.method_bodies.push(Some(body));
    cx.method_private.push(private);
    id
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
    };
    let (body, private) = if get {
        (BodySrc::AutoGet(f), p.private)
    } else {
        (BodySrc::AutoSet(f), p.private || p.set_private)
    };
    let m = accessor_method(cx, &sig, get, body, private, Virt::None);
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

    /// `this`, typed as the class being checked.
    pub(crate) fn this_expr(&self, span: Span) -> Expr {
        mk(ExprKind::This, self.cx.class_ty(self.class), span)
    }

    /// What a constructor runs before its body, in C#'s order: a `: this(...)` call, or else
    /// the instance field initializers (then `object`'s constructor, which does nothing).
    pub(crate) fn constructor_prologue(&mut self, id: MethodId) -> Vec<Stmt> {
        let stmt = |e: Expr| Stmt {
            id: StmtId::NONE,
            span: e.span,
            kind: StmtKind::Expr(e),
        };
        let init = self.cx.ctor_inits.get(&id).copied();
        let mut base_args = None;
        if let Some((kw, args)) = init {
            let span = kw.span;
            let arg_exprs = self.args(args);
            if kw.name == "this" {
                return self
                    .this_initializer(id, arg_exprs, span)
                    .into_iter()
                    .map(stmt)
                    .collect();
            }
            base_args = Some((arg_exprs, span));
        }
        let base_call = self.base_initializer(base_args);
        let class = self.cx.program.class(self.class);
        let inits: Vec<(FieldId, Expr)> = class
            .fields
            .iter()
            .filter_map(|&f| {
                let field = self.cx.program.field(f);
                let init = field.init.as_ref().filter(|_| !field.is_static)?;
                Some((f, init.clone()))
            })
            .collect();
        let mut out: Vec<Stmt> = inits
            .into_iter()
            .map(|(field, init)| {
                let span = init.span;
                let ty = init.ty.clone();
                let target = Place::InstanceField {
                    receiver: Box::new(self.this_expr(span)),
                    field,
                };
                stmt(mk(
                    ExprKind::Assign {
                        target,
                        value: Box::new(init),
                    },
                    ty,
                    span,
                ))
            })
            .collect();
        // C# runs the field initializers, then the base class's constructor, then the body.
        out.extend(base_call.map(stmt));
        out
    }

    /// `: base(...)` of a class deriving from a library exception: one of its constructors that
    /// takes nothing, a message, or a message and an inner exception (lowered to setting them
    /// on the object being constructed).
    fn library_base_initializer(
        &mut self,
        lib: Ty,
        explicit: Option<(Vec<Expr>, Span)>,
    ) -> Option<Expr> {
        let (args, span) = match explicit {
            Some(x) => x,
            None => (
                Vec::new(),
                self.cx.program.method(self.func.method?).name_span,
            ),
        };
        let cands: Vec<Cand> = crate::resolve::lookup_members(&lib, ".ctor")
            .into_iter()
            .filter(|c| c.level == 0)
            .collect();
        let g = MethodGroup {
            cands,
            receiver: None,
            name: lib.to_string(),
            type_args: Vec::new(),
            via_type: true,
        };
        let res = self.resolve_call(g, args, span, true)?;
        let Callee::Builtin(b) = res.callee else {
            return None;
        };
        let names: Vec<&str> = crate::builtins::library()
            .get(b)
            .params
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        if !matches!(
            names.as_slice(),
            [] | ["message"] | ["message", "innerException"]
        ) {
            self.cx.unsupported(
                &format!("this constructor of `{lib}` as a base constructor is"),
                span,
            );
            return None;
        }
        Some(mk(
            ExprKind::Call {
                callee: res.callee,
                receiver: Some(Box::new(self.this_expr(span))),
                args: res.args,
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        ))
    }

    /// What a static constructor runs before its body: the static field initializers, in order.
    pub(crate) fn static_constructor_prologue(&mut self) -> Vec<Stmt> {
        let class = self.cx.program.class(self.class);
        class
            .fields
            .iter()
            .filter_map(|&f| {
                let field = self.cx.program.field(f);
                let init = field
                    .init
                    .as_ref()
                    .filter(|_| field.is_static && field.constant.is_none())?;
                let span = init.span;
                Some(Stmt {
                    id: StmtId::NONE,
                    span,
                    kind: StmtKind::Expr(mk(
                        ExprKind::Assign {
                            target: Place::StaticField(f),
                            value: Box::new(init.clone()),
                        },
                        field.ty.clone(),
                        span,
                    )),
                })
            })
            .collect()
    }

    /// `: this(args)`: the call of the other constructor (which runs the initializers).
    fn this_initializer(&mut self, id: MethodId, args: Vec<Expr>, span: Span) -> Option<Expr> {
        // A primary constructor (reported with the class) is not among the candidates.
        if self.cx.unmodelled_ctors.contains(&self.class) {
            return None;
        }
        // A struct's `this()` is its implicit parameterless constructor (an explicit one is
        // UA0100): it zeroes the fields, and a struct's object is zeroed when it is made.
        if args.is_empty()
            && self.cx.program.class(self.class).kind == crate::hir::ClassKind::Struct
        {
            return None;
        }
        let cands = self.cx.ctors[self.class.0 as usize]
            .iter()
            .map(|&m| Cand::user(m))
            .collect();
        let g = MethodGroup {
            cands,
            receiver: Some(Box::new(self.this_expr(span))),
            name: self.cx.program.class(self.class).name.clone(),
            type_args: Vec::new(),
            via_type: false,
        };
        let res = self.resolve_call(g, args, span, true)?;
        if res.callee == Callee::User(id) {
            let shown = self.method_display(id);
            self.err(
                "CS0516",
                format!("Constructor '{shown}' cannot call itself"),
                span,
                "call another constructor, or remove `: this(...)`",
            );
            return None;
        }
        Some(mk(
            ExprKind::Call {
                callee: res.callee,
                receiver: res.receiver,
                args: res.args,
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        ))
    }

    /// The call of the base class's constructor: `: base(args)`, or `base()` when the
    /// constructor names none. `object`'s constructor does nothing and is not called.
    fn base_initializer(&mut self, explicit: Option<(Vec<Expr>, Span)>) -> Option<Expr> {
        if let Some(lib) = self.cx.lib_bases.get(&self.class).cloned() {
            return self.library_base_initializer(lib, explicit);
        }
        let Some(base) = self.cx.class_bases[self.class.0 as usize] else {
            if let Some((args, span)) = explicit {
                if !args.is_empty() && !self.cx.inherits.contains(&self.class) {
                    self.err(
                        "CS1729",
                        format!(
                            "'object' does not contain a constructor that takes {} arguments",
                            args.len()
                        ),
                        span,
                        "the class has no base class but `object`, whose constructor takes none",
                    );
                }
            }
            return None;
        };
        let ctors: Vec<MethodId> = self.cx.ctors[base.0 as usize].clone();
        let receiver = |b: &Self, span| {
            let this = b.this_expr(span);
            Box::new(this)
        };
        let (args, span, implicit) = match explicit {
            Some((args, span)) => (args, span, false),
            None => (
                Vec::new(),
                self.cx.program.method(self.func.method?).name_span,
                true,
            ),
        };
        let accessible: Vec<MethodId> = ctors
            .iter()
            .copied()
            .filter(|&m| self.method_accessible(m))
            .collect();
        if implicit
            && !accessible
                .iter()
                .any(|&m| self.cx.program.method(m).params.is_empty())
        {
            // C#'s message names the first parameter the implicit `base()` does not pass.
            let Some(&first) = accessible.first().or(ctors.first()) else {
                return None;
            };
            // The method's locals are not in the program while its body is checked.
            let p = self
                .cx
                .user_params
                .get(&first)
                .and_then(|u| u.names.first().cloned())
                .unwrap_or_default();
            let shown = self.method_display(first);
            self.err(
                "CS7036",
                format!("There is no argument given that corresponds to the required parameter '{p}' of '{shown}'"),
                span,
                "call a base constructor with arguments: `: base(...)`",
            );
            return None;
        }
        let g = MethodGroup {
            cands: accessible.iter().map(|&m| Cand::user(m)).collect(),
            receiver: Some(receiver(self, span)),
            name: self.cx.class_name(base).to_string(),
            type_args: Vec::new(),
            via_type: false,
        };
        let res = self.resolve_call(g, args, span, true)?;
        Some(mk(
            ExprKind::Call {
                callee: res.callee,
                receiver: res.receiver,
                args: res.args,
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        ))
    }
}
