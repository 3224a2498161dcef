//! Members of a class: fields (const values are evaluated lazily in lib.rs), method signatures
//! with their async kind, duplicates and modifiers, extension methods. Their parameters are
//! checked in parameters.rs; the entry point among the `Main`s is chosen in entry_point.rs.

use unawait_syntax::ast::{self, Member, Modifier};
use unawait_syntax::{Diagnostic, Span};

use crate::check_items::{modifier_invalid, Decl};
use crate::context::{BodySrc, ClassMember, ConstState, Ctx};
use crate::hir::{
    AsyncKind, ClassId, ClassKind, Field, FieldId, Method, MethodId, MethodKind, RefKind,
};
use crate::parameters::parameters;
use crate::types::{Lib, Ty};

pub(crate) fn members<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>) {
    let in_interface = cx.program.class(d.id).kind == ClassKind::Interface;
    for m in &d.td.members {
        match m {
            Member::Field(f)
                if in_interface
                    && !f.modifiers.has(ast::Modifier::Static)
                    && !f.modifiers.has(ast::Modifier::Const) =>
            {
                if let Some(decl) = f.declarators.first() {
                    cx.error(
                        "CS0525",
                        "Interfaces cannot contain instance fields",
                        decl.name.span,
                        "an interface declares what implementations provide: use a property",
                    );
                }
            }
            Member::Constructor(c) if in_interface && !c.modifiers.has(ast::Modifier::Static) => cx
                .error(
                    "CS0526",
                    "Interfaces cannot contain instance constructors",
                    c.name.span,
                    "an interface is not created; its implementations have constructors",
                ),
            Member::Field(f) => {
                cx.check_attributes(&f.attributes);
                field(cx, d, f);
            }
            Member::Method(md) => {
                if md.explicit_interface.is_none() {
                    cx.check_attributes(&md.attributes);
                    for p in md.params.iter().filter(|p| p.default.is_none()) {
                        cx.check_attributes(&p.attributes);
                    }
                }
                method(cx, d, md);
            }
            Member::Constructor(c) => {
                cx.check_attributes(&c.attributes);
                crate::constructors::constructor(cx, d, c);
            }
            // Default implementations (accessors with bodies) are not modelled.
            Member::Property(p)
                if cx.program.class(d.id).kind == ClassKind::Interface
                    && (p.expr_body.is_some()
                        || p.accessors
                            .iter()
                            .any(|a| !matches!(a.body, ast::Body::None(_)))) =>
            {
                cx.unsupported(
                    "default implementations of interface properties are",
                    p.name.span,
                );
                register_unsupported(cx, d, &p.name);
            }
            Member::Property(p) => {
                cx.check_attributes(&p.attributes);
                crate::properties::property(cx, d, p);
            }
            // Declared as a class of its own (check_items.rs).
            Member::Type(t)
                if crate::check_items::nested_modelled(t)
                    && cx.program.class(d.id).kind != ClassKind::Interface =>
            {
                check_member_name(cx, d, &t.name, false);
            }
            Member::Type(t) => {
                let what = match t.kind {
                    ast::TypeKind::Enum => "nested enums are",
                    _ if !t.type_params.is_empty() => "generic nested types are",
                    _ => "nested records are",
                };
                cx.unsupported(what, t.name.span);
                register_unsupported(cx, d, &t.name);
            }
            Member::Delegate(del) if cx.program.class(d.id).kind == ClassKind::Interface => {
                cx.unsupported("delegate types nested in interfaces are", del.name.span);
                register_unsupported(cx, d, &del.name);
            }
            // Declared as a type of its own (delegates.rs).
            Member::Delegate(del) => {
                check_member_name(cx, d, &del.name, false);
            }
            Member::Destructor(de) => cx.unsupported("finalizers (`~C()`) are", de.name.span),
            Member::Indexer(ix) => {
                cx.check_attributes(&ix.attributes);
                crate::indexers::indexer(cx, d, ix);
            }
            Member::Event(ev) => crate::events::event(cx, d, ev),
            Member::Operator(op) => {
                cx.check_attributes(&op.attributes);
                crate::operators::operator(cx, d, op);
            }
            Member::Error(_) => {}
        }
    }
    crate::constructors::implicit_constructor(cx, d);
    crate::operators::check_pairs(cx, d.id);
    // Primary constructor parameters (reported with the class) are in scope in every member.
    for p in d.td.params.iter().flatten() {
        cx.members[d.id.0 as usize]
            .entry(p.name.name.clone())
            .or_insert(ClassMember::Unsupported(p.name.span));
    }
}

pub(crate) fn register_unsupported(cx: &mut Ctx<'_>, d: &Decl<'_>, name: &ast::Ident) {
    if check_member_name(cx, d, name, false) {
        cx.members[d.id.0 as usize].insert(name.name.clone(), ClassMember::Unsupported(name.span));
    }
}

/// Registers `name` in the class's member table, reporting CS0102 against an earlier field or a
/// method of the same name. Returns false for a duplicate.
pub(crate) fn check_member_name(
    cx: &mut Ctx<'_>,
    d: &Decl<'_>,
    name: &ast::Ident,
    is_method: bool,
) -> bool {
    if name.name == d.td.name.name {
        cx.error(
            "CS0542",
            format!(
                "'{}': member names cannot be the same as their enclosing type",
                name.name
            ),
            name.span,
            "rename the member",
        );
        return false;
    }
    let prev = cx.members[d.id.0 as usize].get(&name.name).cloned();
    // A nested type declared earlier is a member too (declared as a class of its own).
    let earlier_type = cx
        .nested_type(d.id, &name.name)
        .map(|t| cx.program.class(t).name_span)
        .filter(|s| s.start < name.span.start);
    let prev_span = match prev {
        None if earlier_type.is_some() => earlier_type.unwrap_or(name.span),
        None => return true,
        Some(ClassMember::Methods(_)) if is_method => return true,
        Some(ClassMember::Field(f)) => cx.program.field(f).name_span,
        Some(ClassMember::Methods(ms)) => cx.program.method(ms[0]).name_span,
        Some(ClassMember::Unsupported(s)) => s,
        Some(ClassMember::Property(p)) => p.span,
        Some(ClassMember::Event(e)) => e.span,
    };
    cx.diags.push(
        Diagnostic::error(
            "CS0102",
            format!(
                "The type '{}' already contains a definition for '{}'",
                cx.class_display(d.id),
                name.name
            ),
            name.span,
        )
        .with_label(prev_span, "first defined here")
        .with_hint("rename one of them"),
    );
    false
}

fn field<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, f: &'a ast::FieldDecl) {
    declare_fields(cx, d, FieldParts::of(f), false);
}

/// What a field declaration and a field-like event declaration have in common.
pub(crate) struct FieldParts<'a> {
    pub modifiers: &'a ast::Modifiers,
    pub ty: &'a ast::TypeExpr,
    pub declarators: &'a [ast::VarDeclarator],
    pub span: Span,
}

impl<'a> FieldParts<'a> {
    fn of(f: &'a ast::FieldDecl) -> Self {
        FieldParts {
            modifiers: &f.modifiers,
            ty: &f.ty,
            declarators: &f.declarators,
            span: f.span,
        }
    }
}

/// Declares the fields of `f`; for an event (whose modifiers events.rs checked), the fields
/// that hold its delegates. Returns their ids.
pub(crate) fn declare_fields<'a>(
    cx: &mut Ctx<'a>,
    d: &Decl<'a>,
    f: FieldParts<'a>,
    is_event: bool,
) -> Vec<FieldId> {
    let mut ids = Vec::new();
    let is_const = f.modifiers.has(Modifier::Const);
    let is_static = f.modifiers.has(Modifier::Static);
    let mut is_readonly = false;
    for (m, span) in &f.modifiers.0 {
        match m {
            Modifier::Public
            | Modifier::Private
            | Modifier::Internal
            | Modifier::Protected
            | Modifier::Static
            | Modifier::Const => {}
            // Hiding a base's field is what a field of the same name does anyway; `new` only
            // says it is meant.
            Modifier::New => {}
            Modifier::Readonly if !is_const => is_readonly = true,
            _ if is_event => {}
            Modifier::Volatile | Modifier::Unsafe => {
                cx.outside(&format!("`{}` fields are", m.as_str()), *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    let first_name = f.declarators.first().map_or(f.span, |x| x.name.span);
    if is_const && is_static {
        if let Some(span) = f.modifiers.span_of(Modifier::Static) {
            let name = f.declarators.first().map_or("", |x| x.name.name.as_str());
            cx.error(
                "CS0504",
                format!(
                    "The constant '{}.{}' cannot be marked static",
                    cx.class_display(d.id),
                    name
                ),
                span,
                "remove `static`: constants are already static",
            );
        }
    }
    if !is_const && !is_static && cx.program.class(d.id).is_static {
        cx.error(
            "CS0708",
            format!(
                "'{}.{}': cannot declare instance members in a static class",
                cx.class_display(d.id),
                f.declarators.first().map_or("", |x| x.name.name.as_str())
            ),
            first_name,
            "add `static`",
        );
    }
    let ns = cx.program.class(d.id).namespace.clone();
    // No code can read it (`foreign_open_instance`): its type is not resolved.
    let unreachable = !is_const
        && !is_event
        && Ctx::is_private(f.modifiers)
        && !f.modifiers.has(Modifier::Protected)
        && f.declarators.iter().all(|x| x.init.is_none())
        && crate::generic_classes::foreign_open_instance(cx, d.id);
    let ty = if unreachable {
        Ty::Error
    } else if f.ty.simple_name() == Some("var") && cx.lookup_class("var", ns.as_deref()).is_none() {
        cx.error(
            "CS0825",
            "The contextual keyword 'var' may only appear within a local variable declaration",
            f.ty.span,
            "write the field's type",
        );
        Ty::Error
    } else {
        cx.resolve_value_type(f.ty, ns.as_deref())
    };
    if is_const && !ty.is_const_type() && !ty.is_error() {
        cx.error(
            "CS0283",
            format!("The type '{ty}' cannot be declared const"),
            f.ty.span,
            "use `static readonly` or a constant type (int, long, bool, double, string)",
        );
    }
    for decl in f.declarators {
        if !check_member_name(cx, d, &decl.name, false) {
            continue;
        }
        if is_const && decl.init.is_none() {
            cx.error(
                "CS0145",
                "A const field requires a value to be provided",
                decl.name.span,
                "add `= value`",
            );
        }
        let id = FieldId(cx.program.fields.len() as u32);
        cx.program.fields.push(Field {
            class: d.id,
            name: decl.name.name.clone(),
            ty: ty.clone(),
            is_static: is_static || is_const,
            is_readonly,
            constant: None,
            init: None,
            is_event,
            span: decl.span,
            name_span: decl.name.span,
        });
        cx.field_inits.push(decl.init.as_ref());
        cx.field_private.push(Ctx::is_private(f.modifiers));
        if f.modifiers.has(Modifier::Protected) {
            cx.protected_fields.insert(id);
        }
        cx.const_state.push(if is_const && ty.is_const_type() {
            ConstState::Pending
        } else {
            ConstState::NotConst
        });
        cx.program.classes[d.id.0 as usize].fields.push(id);
        cx.members[d.id.0 as usize].insert(decl.name.name.clone(), ClassMember::Field(id));
        ids.push(id);
    }
    ids
}

fn method<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, md: &'a ast::MethodDecl) {
    if crate::generic_classes::method_from_template(cx, d, md) {
        return;
    }
    // `string IPrinter.Print(..)` is no member of the class by name: calls do not see it.
    let dispose = md.explicit_interface.as_ref().is_some_and(|i| {
        crate::interfaces::names_idisposable(cx, d, i) && md.name.name == "Dispose"
    });
    // A member of the library's iteration interfaces (user_enumerables.rs).
    let iteration = match &md.explicit_interface {
        Some(i) if !dispose => {
            crate::user_enumerables::explicit_key(cx, d.id, i, &md.name.name, &md.modifiers)
        }
        _ => None,
    };
    let explicit = match &md.explicit_interface {
        Some(_) if dispose || iteration.is_some() => None,
        Some(iface) => match crate::interfaces::explicit_target(cx, d, iface, &md.modifiers) {
            Some(i) => Some(i),
            None => {
                cx.explicit_implementers.insert(d.id);
                return;
            }
        },
        None => None,
    };
    let is_static = md.modifiers.has(Modifier::Static);
    let is_async = md.modifiers.has(Modifier::Async);
    for (m, span) in &md.modifiers.0 {
        match m {
            Modifier::Public
            | Modifier::Private
            | Modifier::Internal
            | Modifier::Protected
            | Modifier::Static
            | Modifier::Async => {}
            Modifier::Abstract
            | Modifier::Virtual
            | Modifier::Override
            | Modifier::Sealed
            | Modifier::New => {}
            Modifier::Extern | Modifier::Unsafe | Modifier::Partial => {
                cx.outside(&format!("`{}` methods are", m.as_str()), *span)
            }
            Modifier::Readonly if cx.program.class(d.id).kind == ClassKind::Struct => {
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
                md.name.name
            ),
            md.name.span,
            "add `static`",
        );
    }
    let generic = !md.type_params.is_empty();
    let ns = cx.program.class(d.id).namespace.clone();
    let ns = ns.as_deref();
    let generics = crate::generics::declare(cx, &md.type_params, false);
    cx.generic_scope = generics.clone();
    if !md.constraints.is_empty() {
        let shown: Vec<String> = generics.iter().map(|g| g.to_string()).collect();
        let method = format!(
            "{}.{}<{}>",
            cx.class_display(d.id),
            md.name.name,
            shown.join(", ")
        );
        crate::generics::constrain(cx, &generics, &md.constraints, ns, &method);
    }
    let return_type =
        if md.return_type.simple_name() == Some("var") && cx.lookup_class("var", ns).is_none() {
            cx.error(
                "CS0825",
                "The contextual keyword 'var' may only appear within a local variable declaration",
                md.return_type.span,
                "write the return type",
            );
            Ty::Error
        } else if let Some(t) =
            crate::user_enumerables::explicit_return(cx, iteration, &md.return_type, ns)
        {
            t
        } else {
            cx.resolve_type(&md.return_type, ns)
        };
    let (params, param_types, locals) = parameters(cx, &md.params, ns, is_async, true);
    cx.generic_scope.clear();
    let extension = md
        .params
        .first()
        .is_some_and(|p| matches!(p.modifier, Some((ast::ParamModifier::This, _))));
    if extension {
        extension_method(cx, d, md, is_static, generic);
    }
    let async_kind = if is_async {
        async_kind(cx, &return_type, md.return_type.span)
    } else {
        AsyncKind::NotAsync
    };
    // An interface's methods are declarations; a body would be a default implementation.
    let in_interface = cx.program.class(d.id).kind == crate::hir::ClassKind::Interface;
    if in_interface && !matches!(md.body, ast::Body::None(_)) {
        cx.unsupported("default interface methods (with a body) are", md.name.span);
        cx.default_interface_methods
            .insert(MethodId(cx.program.methods.len() as u32));
    }
    let bodiless_ok = in_interface
        || [Modifier::Abstract, Modifier::Extern, Modifier::Partial]
            .iter()
            .any(|&m| md.modifiers.has(m));
    if matches!(md.body, ast::Body::None(_)) && !bodiless_ok {
        let sig = format!(
            "{}.{}({})",
            cx.class_display(d.id),
            md.name.name,
            param_types
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        cx.error(
            "CS0501",
            format!(
                "'{sig}' must declare a body because it is not marked abstract, extern, or partial"
            ),
            md.name.span,
            "add a body `{ ... }`",
        );
    }
    let ok_name = explicit.is_none()
        && !dispose
        && iteration.is_none()
        && check_member_name(cx, d, &md.name, true);
    let id = MethodId(cx.program.methods.len() as u32);
    if let Some(key) = iteration {
        crate::user_enumerables::record_explicit(cx, d.id, key, id);
    }
    if let Some(i) = explicit {
        cx.explicit_impls.insert(id, i);
    }
    if dispose {
        crate::interfaces::explicit_dispose(cx, d, md, id);
    }
    if ok_name {
        let overloads = match cx.members[d.id.0 as usize].get(&md.name.name) {
            Some(ClassMember::Methods(ms)) => ms.clone(),
            _ => Vec::new(),
        };
        let refs = cx
            .user_params
            .get(&id)
            .map(|u| u.refs.clone())
            .unwrap_or_default();
        let refs_of = |cx: &Ctx<'_>, m: MethodId| {
            cx.user_params
                .get(&m)
                .map(|u| u.refs.clone())
                .unwrap_or_default()
        };
        // C# tells overloads apart by whether a parameter is by reference, not by which of
        // `ref`, `out` and `in` makes it so (CS0663).
        let same_shape = |a: &[Option<RefKind>], b: &[Option<RefKind>]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.is_some() == y.is_some())
        };
        let twin = overloads.iter().copied().find(|&m| {
            cx.program.method(m).param_types == param_types && same_shape(&refs_of(cx, m), &refs)
        });
        if let Some(prev) = twin.filter(|&m| refs_of(cx, m) != refs) {
            let theirs = refs_of(cx, prev);
            let (mine, other) = refs
                .iter()
                .zip(&theirs)
                .find(|(a, b)| a != b)
                .map(|(a, b)| (a.map_or("", |k| k.keyword()), b.map_or("", |k| k.keyword())))
                .unwrap_or(("", ""));
            let shown: Vec<String> = param_types
                .iter()
                .zip(&refs)
                .map(|(t, k)| match k {
                    Some(k) => format!("{} {t}", k.keyword()),
                    None => t.to_string(),
                })
                .collect();
            cx.error(
                "CS0663",
                format!("'{}.{}({})' cannot define an overloaded method that differs only on parameter modifiers '{mine}' and '{other}'", cx.class_display(d.id), md.name.name, shown.join(", ")),
                md.name.span,
                "rename the method or change its parameter types",
            );
        } else if let Some(prev) = twin {
            let prev_span = cx.program.method(prev).name_span;
            cx.diags.push(
                Diagnostic::error("CS0111", format!("Type '{}' already defines a member called '{}' with the same parameter types", cx.class_display(d.id), md.name.name), md.name.span)
                    .with_label(prev_span, "first defined here")
                    .with_hint("rename the method or change its parameter types"),
            );
        } else if let Some(ClassMember::Methods(ms)) =
            cx.members[d.id.0 as usize].get_mut(&md.name.name)
        {
            ms.push(id);
        } else {
            cx.members[d.id.0 as usize]
                .insert(md.name.name.clone(), ClassMember::Methods(vec![id]));
        }
    }
    let virt = crate::virtuals::declared(cx, d, md, is_static);
    let method = Method {
        virt,
        vslot: None,
        delegate_entry: false,
        expr_count: 0,
        stmt_count: 0,
        class: d.id,
        // Roslyn's metadata name of an explicit implementation: `IPrinter.Print`.
        name: match explicit {
            Some(i) => format!("{}.{}", cx.class_name(i), md.name.name),
            None if dispose => "IDisposable.Dispose".into(),
            None if iteration.is_some() => {
                crate::user_enumerables::explicit_name(iteration.unwrap_or_default())
            }
            None => md.name.name.clone(),
        },
        kind: MethodKind::Ordinary,
        is_static,
        is_async,
        async_kind,
        iterator: None,
        type_params: md.type_params.iter().map(|t| t.name.name.clone()).collect(),
        params,
        param_types,
        return_type,
        locals,
        body: None,
        span: md.span,
        name_span: md.name.span,
    };
    // A generic virtual method's instances each take a slot, filled in every class with its
    // override's instance for the same arguments (instantiate_dispatch.rs).
    if generic && md.modifiers.has(Modifier::Override) {
        inherited_constraints_only(cx, md);
    }
    let body = if in_interface {
        None
    } else {
        Some(BodySrc::Body(&md.body))
    };
    // An interface's members are public; an explicit implementation is reachable only through
    // the interface.
    let private = explicit.is_some()
        || dispose
        || iteration.is_some()
        || (!in_interface && Ctx::is_private(&md.modifiers));
    push_method(cx, d.id, method, body, private);
    enumerator_cancellation(cx, id, &md.params, &md.body);
    if generic {
        cx.method_generics.insert(id, generics);
    }
    if md.modifiers.has(Modifier::Protected) {
        cx.protected_methods.insert(id);
    }
}

/// An override takes its base method's constraints (`virtuals::inherit_constraints`): it may
/// state only `class` or `struct` (CS0460).
fn inherited_constraints_only(cx: &mut Ctx<'_>, md: &ast::MethodDecl) {
    for c in &md.constraints {
        for (b, span) in &c.bounds {
            if !matches!(
                b,
                ast::ConstraintBound::Class | ast::ConstraintBound::Struct
            ) {
                cx.error(
                    "CS0460",
                    "Constraints for override and explicit interface implementation methods are inherited from the base method, so they cannot be specified directly, except for either a 'class', or a 'struct' constraint.",
                    *span,
                    "remove the `where` clause: the override has its base method's constraints",
                );
            }
        }
    }
}

/// Adds method `m` to the program and to `class`, with the source of its body and whether it is
/// private: the one way a declared or implied method (constructor, accessor) joins the program.
pub(crate) fn push_method<'a>(
    cx: &mut Ctx<'a>,
    class: ClassId,
    m: Method,
    body: Option<BodySrc<'a>>,
    private: bool,
) -> MethodId {
    let id = MethodId(cx.program.methods.len() as u32);
    cx.program.methods.push(m);
    cx.program.classes[class.0 as usize].methods.push(id);
    cx.method_bodies.push(body);
    cx.method_private.push(private);
    id
}

pub(crate) fn async_kind(cx: &mut Ctx<'_>, ret: &Ty, ret_span: Span) -> AsyncKind {
    match ret {
        // `async void Main` is C#'s own error (CS4009, from the entry-point check).
        Ty::Void => AsyncKind::Void,
        Ty::Lib(Lib::Task, _) => AsyncKind::Task,
        Ty::Lib(Lib::TaskOf, a) => AsyncKind::TaskOf(a.first().cloned().unwrap_or(Ty::Error)),
        Ty::Lib(Lib::ValueTask, _) => AsyncKind::ValueTask,
        Ty::Lib(Lib::ValueTaskOf, a) => {
            AsyncKind::ValueTaskOf(a.first().cloned().unwrap_or(Ty::Error))
        }
        Ty::Lib(Lib::IAsyncEnumerable, a) => {
            AsyncKind::AsyncEnumerable(a.first().cloned().unwrap_or(Ty::Error))
        }
        Ty::Lib(Lib::IAsyncEnumerator, a) => {
            AsyncKind::AsyncEnumerator(a.first().cloned().unwrap_or(Ty::Error))
        }
        Ty::Error => AsyncKind::TaskOf(Ty::Error),
        _ => {
            cx.error(
                "CS1983",
                "The return type of an async method must be void, Task, Task<T>, a task-like type, IAsyncEnumerable<T>, or IAsyncEnumerator<T>",
                ret_span,
                &format!("return `Task<{ret}>` and `return` a `{ret}` value, or remove `async`"),
            );
            AsyncKind::TaskOf(Ty::Error)
        }
    }
}

/// An extension method (`this` on its first parameter): C# wants it static (CS1105) in a
/// static, non-generic, top-level class (CS1106, CS1109). Calls find it by name.
fn extension_method(
    cx: &mut Ctx<'_>,
    d: &Decl<'_>,
    md: &ast::MethodDecl,
    is_static: bool,
    generic: bool,
) {
    let class = cx.program.class(d.id);
    if class.outer.is_some() {
        let name = cx.class_display(d.id).to_string();
        cx.error(
            "CS1109",
            format!("Extension methods must be defined in a top level static class; {name} is a nested class"),
            md.name.span,
            "move the method to a static class of its own",
        );
    } else if !class.is_static || !d.td.type_params.is_empty() {
        cx.error(
            "CS1106",
            "Extension method must be defined in a non-generic static class",
            md.name.span,
            "declare the class `static`",
        );
    } else if !is_static {
        cx.error(
            "CS1105",
            "Extension method must be static",
            md.name.span,
            "declare the method `static`",
        );
    } else {
        // A generic one is instantiated per call as any generic method (instantiate.rs).
        let _ = generic;
        let id = MethodId(cx.program.methods.len() as u32);
        cx.extension_targets
            .entry(md.name.name.clone())
            .or_default()
            .push(id);
    }
}

/// The `[EnumeratorCancellation]` parameter of method `id`: the token `GetAsyncEnumerator`
/// gets reaches it (an async iterator returning `IAsyncEnumerable<T>`, a `CancellationToken`
/// parameter); C#'s warning CS8424 where the attribute does nothing.
pub(crate) fn enumerator_cancellation(
    cx: &mut Ctx<'_>,
    id: MethodId,
    params: &[ast::Param],
    body: &ast::Body,
) {
    let m = cx.program.method(id);
    let token = Ty::lib(Lib::CancellationToken);
    let stream = m.is_async && matches!(m.async_kind, AsyncKind::AsyncEnumerable(_));
    let unmarked = stream
        && m.param_types.contains(&token)
        && !params
            .iter()
            .any(|p| crate::attributes::has_attribute(&p.attributes, "EnumeratorCancellation"))
        && matches!(body, ast::Body::Block(b) if crate::check_iterator::contains_yield(b));
    if unmarked {
        let (name, span) = (crate::signature_display(&cx.program, id), m.name_span);
        cx.diags.push(
            Diagnostic::warning(
                "CS8425",
                format!("Async-iterator '{name}' has one or more parameters of type 'CancellationToken' but none of them is decorated with the 'EnumeratorCancellation' attribute, so the cancellation token parameter from the generated 'IAsyncEnumerable<>.GetAsyncEnumerator' will be unconsumed"),
                span,
            )
            .with_primary("the token of WithCancellation does not reach it")
            .with_hint("mark the CancellationToken parameter `[EnumeratorCancellation]`"),
        );
    }
    for (i, p) in params.iter().enumerate() {
        if !crate::attributes::has_attribute(&p.attributes, "EnumeratorCancellation") {
            continue;
        }
        let m = cx.program.method(id);
        let effective = m.is_async
            && matches!(m.async_kind, AsyncKind::AsyncEnumerable(_))
            && m.param_types.get(i) == Some(&Ty::lib(Lib::CancellationToken));
        if effective {
            cx.program.enumerator_cancellation.insert(id, i as u32);
        } else {
            cx.diags.push(
                Diagnostic::warning(
                    "CS8424",
                    format!("The EnumeratorCancellationAttribute applied to parameter '{}' will have no effect. The attribute is only effective on a parameter of type CancellationToken in an async-iterator method returning IAsyncEnumerable", p.name.name),
                    p.name.span,
                )
                .with_primary("no effect here")
                .with_hint("put it on a CancellationToken parameter of an `async IAsyncEnumerable<T>` method"),
            );
        }
    }
}
