//! Interfaces: which method of a class implements each method of the interfaces it implements
//! (the class's `itable`, what a call through an interface runs), and C#'s errors when one is
//! missing, not public, or returns another type.

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Diagnostic;

use crate::check_items::Decl;
use crate::context::Ctx;
use crate::hir::{ClassId, ClassKind, MethodId};
use crate::types::Ty;

pub(crate) fn itables(cx: &mut Ctx<'_>) {
    for i in 0..cx.program.classes.len() {
        let c = ClassId(i as u32);
        if cx.program.class(c).kind == ClassKind::Interface || cx.skipped_classes.contains(&c) {
            continue;
        }
        let explicit = cx.explicit_implementers.contains(&c);
        if cx.disposable.contains(&c) && !disposes(cx, c) && !cx.inherits.contains(&c) && !explicit
        {
            let (cname, span) = (
                cx.class_display(c).to_string(),
                cx.program.class(c).name_span,
            );
            cx.diags.push(
                Diagnostic::error(
                    "CS0535",
                    format!(
                        "'{cname}' does not implement interface member 'IDisposable.Dispose()'"
                    ),
                    span,
                )
                .with_hint("add `public void Dispose() { ... }`"),
            );
        }
        if cx.async_disposable.contains(&c)
            && !cx.inherits.contains(&c)
            && cx.find_member(c, "DisposeAsync").is_none()
        {
            let (cname, span) = (
                cx.class_display(c).to_string(),
                cx.program.class(c).name_span,
            );
            cx.diags.push(
                Diagnostic::error(
                    "CS0535",
                    format!("'{cname}' does not implement interface member 'IAsyncDisposable.DisposeAsync()'"),
                    span,
                )
                .with_hint("add `public async ValueTask DisposeAsync() { ... }`"),
            );
        }
        if let Some(&critical) = cx.notify_completion.get(&c) {
            if !cx.inherits.contains(&c) && !explicit {
                let mut needed = vec![("INotifyCompletion", "OnCompleted")];
                if critical {
                    needed.push(("ICriticalNotifyCompletion", "UnsafeOnCompleted"));
                }
                for (iface, name) in needed {
                    if completion_method(cx, c, name).is_none() {
                        let (cname, span) = (
                            cx.class_display(c).to_string(),
                            cx.program.class(c).name_span,
                        );
                        cx.diags.push(
                            Diagnostic::error(
                                "CS0535",
                                format!("'{cname}' does not implement interface member '{iface}.{name}(Action)'"),
                                span,
                            )
                            .with_hint(format!("add `public void {name}(Action continuation) {{ ... }}`")),
                        );
                    }
                }
            }
        }
        let interfaces = cx.all_interfaces(c);
        let mut itable: Vec<(MethodId, MethodId)> = Vec::new();
        for &iface in &interfaces {
            // An interface the class has by variance only: its methods run what the same
            // methods of the instance it converts from run.
            let source = interfaces
                .iter()
                .copied()
                .find(|&i| i != iface && cx.variant_instances(i).contains(&iface));
            let methods: Vec<MethodId> = cx.program.class(iface).methods.clone();
            for (k, im) in methods.into_iter().enumerate() {
                if cx.program.method(im).is_static {
                    continue;
                }
                let found = match source {
                    Some(s) => cx
                        .program
                        .class(s)
                        .methods
                        .get(k)
                        .and_then(|sm| itable.iter().find(|(x, _)| x == sm).map(|&(_, m)| m)),
                    None => implementation(cx, c, iface, im),
                };
                if let Some(m) = found {
                    itable.push((im, m));
                }
            }
        }
        let class = &mut cx.program.classes[i];
        class.interfaces = interfaces;
        class.itable = itable;
    }
}

/// The public instance method `void name(Action)` of class `c` or a base: what implements
/// `INotifyCompletion.OnCompleted` (`ICriticalNotifyCompletion.UnsafeOnCompleted`), and what an
/// `await` of its awaiter calls.
pub(crate) fn completion_method(cx: &Ctx<'_>, c: ClassId, name: &str) -> Option<MethodId> {
    let Some((_, crate::context::ClassMember::Methods(ms))) = cx.find_member(c, name) else {
        return None;
    };
    let action = Ty::Lib(crate::types::Lib::Action, Vec::new());
    ms.into_iter().find(|&m| {
        let method = cx.program.method(m);
        !method.is_static
            && !cx.method_private[m.0 as usize]
            && method.return_type == Ty::Void
            && method.param_types == [action.clone()]
    })
}

/// The interface an explicit implementation (`void IFoo.M()`) names, with C#'s errors on its
/// modifiers; `None` (reported) when it names no interface of the program.
pub(crate) fn explicit_target(
    cx: &mut Ctx<'_>,
    d: &Decl<'_>,
    iface: &ast::TypeExpr,
    mods: &ast::Modifiers,
) -> Option<ClassId> {
    let ns = cx.program.class(d.id).namespace.clone();
    // `IReader<T>.Read()`: a generic interface of the program, instantiated.
    let generic = matches!(&iface.kind, ast::TypeExprKind::Named(segs)
        if segs.last().is_some_and(|s| !s.args.is_empty()));
    let found = if generic {
        match cx.resolve_type(iface, ns.as_deref()) {
            Ty::Class(i, _) => Some(i),
            _ => return None,
        }
    } else {
        iface
            .simple_name()
            .and_then(|n| cx.lookup_class_arity(n, 0, ns.as_deref()))
    };
    let found = found.filter(|&i| cx.program.class(i).kind == ClassKind::Interface);
    let Some(i) = found else {
        cx.unsupported(
            "explicit implementations of library interfaces are",
            iface.span,
        );
        return None;
    };
    for (m, span) in &mods.0 {
        if !matches!(m, Modifier::Async | Modifier::Extern | Modifier::Unsafe) {
            crate::check_items::modifier_invalid(cx, *m, *span);
        }
    }
    Some(i)
}

/// `IDisposable` (of `System`) named as the interface of an explicit implementation.
pub(crate) fn names_idisposable(cx: &Ctx<'_>, d: &Decl<'_>, iface: &ast::TypeExpr) -> bool {
    let ns = cx.program.class(d.id).namespace.clone();
    iface.simple_name() == Some("IDisposable")
        && cx
            .lookup_class_arity("IDisposable", 0, ns.as_deref())
            .is_none()
}

/// `void IDisposable.Dispose()`: what `using` calls for objects of its class (and derived
/// ones that do not implement it again); CS0540 in a class that is not disposable.
pub(crate) fn explicit_dispose(cx: &mut Ctx<'_>, d: &Decl<'_>, md: &ast::MethodDecl, id: MethodId) {
    for (m, span) in &md.modifiers.0 {
        if !matches!(m, Modifier::Extern | Modifier::Unsafe) {
            crate::check_items::modifier_invalid(cx, *m, *span);
        }
    }
    if !cx.implements_disposable(d.id) {
        let cname = cx.class_display(d.id).to_string();
        cx.error(
            "CS0540",
            format!("'{cname}.IDisposable.Dispose()': containing type does not implement interface 'IDisposable'"),
            md.name.span,
            "add `IDisposable` to the class's base list",
        );
    }
    cx.explicit_dispose.insert(d.id, id);
}

/// CS0540/CS0539: an explicit implementation whose class does not implement the interface it
/// names, or whose interface has no such member.
pub(crate) fn check_explicit(cx: &mut Ctx<'_>) {
    let impls: Vec<(MethodId, ClassId)> = cx.explicit_impls.iter().map(|(&m, &i)| (m, i)).collect();
    for (m, iface) in impls {
        let method = cx.program.method(m).clone();
        let c = method.class;
        let iname = cx.class_display(iface).to_string();
        // Roslyn's names: `C.IFoo.M(int)`, `C.IFoo.P.get`.
        let member = explicit_member_name(&method.name);
        let shown = match (member.strip_prefix("get_"), member.strip_prefix("set_")) {
            (Some(p), _) if cx.accessor_names.contains_key(&m) => {
                format!("{}.{iname}.{p}.get", cx.class_display(c))
            }
            (_, Some(p)) if cx.accessor_names.contains_key(&m) => {
                format!("{}.{iname}.{p}.set", cx.class_display(c))
            }
            _ if cx.accessor_names.contains_key(&m) => {
                let event = member.split_once('_').map_or(member, |(_, e)| e);
                format!("{}.{iname}.{event}", cx.class_display(c))
            }
            _ => {
                let ps = cx.param_display(m);
                format!("{}.{}({})", cx.class_display(c), method.name, ps.join(", "))
            }
        };
        if !cx.all_interfaces(c).contains(&iface) {
            cx.error(
                "CS0540",
                format!("'{shown}': containing type does not implement interface '{iname}'"),
                method.name_span,
                &format!("add `{iname}` to the class's base list"),
            );
            continue;
        }
        let own = explicit_member_name(&method.name);
        let matches = cx.program.class(iface).methods.iter().any(|&im| {
            let w = cx.program.method(im);
            w.name == own && as_generic_of(cx, m, im).0 == w.param_types && cx.same_refs(im, m)
        });
        if !matches {
            cx.error(
                "CS0539",
                format!("'{shown}' in explicit interface declaration is not found among members of the interface that can be implemented"),
                method.name_span,
                "implement a member the interface declares, with its parameter types",
            );
        }
    }
}

/// `M` of an explicit implementation named `IFoo.M` (or `IFoo.get_P`).
fn explicit_member_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// `k`'s own base list names `iface` or an interface that extends it.
fn names_interface(cx: &Ctx<'_>, k: ClassId, iface: ClassId) -> bool {
    cx.class_interfaces.get(&k).is_some_and(|named| {
        named
            .iter()
            .any(|&i| i == iface || cx.all_interfaces(i).contains(&iface))
    })
}

/// `c` (or a base) has a public `void Dispose()`, or implements `IDisposable.Dispose()`.
fn disposes(cx: &Ctx<'_>, c: ClassId) -> bool {
    cx.class_chain(c).iter().any(|&k| {
        cx.explicit_dispose.contains_key(&k)
            || cx.program.class(k).methods.iter().any(|&m| {
                let method = cx.program.method(m);
                method.name == "Dispose"
                    && method.params.is_empty()
                    && !method.is_static
                    && !cx.method_private[m.0 as usize]
                    && method.return_type == crate::types::Ty::Void
            })
    })
}

/// The method of `c` (or a base) that implements `im` of interface `iface`: a public instance
/// method with its name, parameter and return types; for a virtual one, the override `c` runs.
fn implementation(cx: &mut Ctx<'_>, c: ClassId, iface: ClassId, im: MethodId) -> Option<MethodId> {
    let want = cx.program.method(im).clone();
    let mut same_name = None;
    let chain = cx.class_chain(c);
    // C# maps an interface in the class whose base list names it: a derived class that does
    // not name it again keeps its base's mapping, even if it hides the method with `new`.
    let from = chain
        .iter()
        .position(|&k| names_interface(cx, k, iface))
        .unwrap_or(0);
    for &k in &chain[from..] {
        // An explicit implementation in a class comes before its public members.
        let explicit = cx.program.class(k).methods.iter().copied().find(|&m| {
            let method = cx.program.method(m);
            let (params, ret) = as_generic_of(cx, m, im);
            cx.explicit_impls.get(&m) == Some(&iface)
                && explicit_member_name(&method.name) == want.name
                && params == want.param_types
                && cx.same_refs(m, im)
                && ret == want.return_type
        });
        if explicit.is_some() {
            return explicit;
        }
        // An auto-property of the class: its accessor, made now (it is not virtual: no
        // override to pick).
        if let Some(prop) = want
            .name
            .strip_prefix("get_")
            .or(want.name.strip_prefix("set_"))
        {
            let get = want.name.starts_with("get_");
            if let Some(m) = crate::properties::auto_accessor_for(cx, k, prop, get) {
                let method = cx.program.method(m);
                if method.param_types == want.param_types
                    && !cx.method_private[m.0 as usize]
                    && method.return_type == want.return_type
                {
                    return Some(m);
                }
            }
        }
        // A field-like event of the class: the accessors C# writes for it.
        if let Some(event) = want
            .name
            .strip_prefix("add_")
            .or(want.name.strip_prefix("remove_"))
        {
            let add = want.name.starts_with("add_");
            if let Some(m) = crate::event_dispatch::event_accessor_for(cx, k, event, add) {
                if method_matches(cx, m, &want) {
                    return Some(m);
                }
            }
        }
        for &m in &cx.program.class(k).methods {
            if cx.explicit_impls.contains_key(&m) {
                continue;
            }
            let method = cx.program.method(m);
            if method.is_static || !method.kind.is_dispatchable() || method.name != want.name {
                continue;
            }
            let (params, ret) = as_generic_of(cx, m, im);
            if params != want.param_types || !cx.same_refs(m, im) {
                continue;
            }
            same_name.get_or_insert(m);
            if !cx.method_private[m.0 as usize] && ret == want.return_type {
                let slot = method.vslot;
                let own = slot
                    .and_then(|s| cx.program.class(c).vtable.get(s as usize).copied())
                    .unwrap_or(m);
                return Some(own);
            }
        }
    }
    // A class reported with an unmodelled base may get the method from there, and a default
    // interface method (reported) implements itself.
    let unknowable = cx
        .class_chain(c)
        .iter()
        .any(|k| cx.explicit_implementers.contains(k));
    if unknowable || cx.inherits.contains(&c) || cx.default_interface_methods.contains(&im) {
        return None;
    }
    let (cname, iname) = (
        cx.class_display(c).to_string(),
        cx.class_display(iface).to_string(),
    );
    let ps = cx.param_display(im);
    // A property's accessors are named as C# names them: `IShape.Name`, `IShape.Name.set`.
    let shown = match cx.accessor_names.get(&im) {
        // An event missing whole was reported with its `add`.
        Some(_) if want.name.starts_with("remove_") => {
            return None;
        }
        Some(n) if want.name.starts_with("set_") => {
            // A property missing whole was reported with its getter.
            let getter = format!("get_{}", &want.name[4..]);
            let has = |k: ClassId| {
                cx.program
                    .class(k)
                    .methods
                    .iter()
                    .any(|&m| cx.program.method(m).name == getter)
            };
            if has(iface) && !cx.class_chain(c).into_iter().any(has) {
                return None;
            }
            format!("{n}.set")
        }
        Some(n) => n.clone(),
        None => format!("{iname}.{}({})", want.name, ps.join(", ")),
    };
    let span = cx.program.class(c).name_span;
    let d = match same_name {
        Some(m) if cx.method_private[m.0 as usize] => Diagnostic::error(
            "CS0737",
            format!("'{cname}' does not implement interface member '{shown}'. '{}' cannot implement an interface member because it is not public.", candidate(cx, m, &cname, &want.name, &ps)),
            span,
        )
        .with_hint("make the implementing method `public`"),
        Some(_) => Diagnostic::error(
            "CS0738",
            format!("'{cname}' does not implement interface member '{shown}'. '{cname}.{}({})' cannot implement '{shown}' because it does not have the matching return type of '{}'.", want.name, ps.join(", "), want.return_type),
            span,
        )
        .with_hint("return the interface method's type"),
        None => Diagnostic::error(
            "CS0535",
            format!("'{cname}' does not implement interface member '{shown}'"),
            span,
        )
        .with_hint("add a public method with the interface method's signature"),
    };
    cx.diags.push(d);
    None
}

/// How C# names a candidate implementation: an event by its name, a method with its
/// parameters.
fn candidate(cx: &Ctx<'_>, m: MethodId, cname: &str, name: &str, ps: &[String]) -> String {
    match cx.accessor_names.get(&m) {
        Some(n) if name.starts_with("add_") => n.clone(),
        _ => format!("{cname}.{name}({})", ps.join(", ")),
    }
}

/// A made accessor fits an interface's: public, with its types.
fn method_matches(cx: &Ctx<'_>, m: MethodId, want: &crate::hir::Method) -> bool {
    let method = cx.program.method(m);
    method.param_types == want.param_types
        && !cx.method_private[m.0 as usize]
        && method.return_type == want.return_type
}

/// `IEquatable<T>` and `IComparable<T>` of the type itself: its public `bool Equals(T)` is
/// what collections compare its values with, its public `int CompareTo(T)` what `Sort()`
/// orders them by (`hir::Class::equatable`, `comparable`), inherited by derived classes as C#'s
/// interface implementations are; CS0535 when it lacks one.
pub(crate) fn self_generics(cx: &mut Ctx<'_>) {
    // What a call through an `IDisposable` value runs for each class's objects.
    for i in 0..cx.program.classes.len() {
        let dispose = cx.dispose_method(ClassId(i as u32));
        cx.program.classes[i].dispose = dispose;
    }
    let mut equatable: Vec<ClassId> = cx.equatable.iter().copied().collect();
    equatable.sort_unstable();
    for id in equatable {
        if let Some(m) = self_implementation(cx, id, "IEquatable", "Equals", Ty::Bool) {
            cx.program.classes[id.0 as usize].equatable = Some(m);
        }
    }
    let mut comparable: Vec<ClassId> = cx.comparable.iter().copied().collect();
    comparable.sort_unstable();
    for id in comparable {
        if let Some(m) = self_implementation(cx, id, "IComparable", "CompareTo", Ty::Int) {
            cx.program.classes[id.0 as usize].comparable = Some(m);
        }
    }
    crate::user_enumerables::implementations(cx);
    // A derived class compares and orders as its base's implementations say, unless it
    // implements its own.
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..cx.program.classes.len() {
            let c = &cx.program.classes[i];
            let base = c.base.map(|b| cx.program.class(b));
            let eq = c.equatable.or(base.and_then(|b| b.equatable));
            let cmp = c.comparable.or(base.and_then(|b| b.comparable));
            if (eq, cmp) != (c.equatable, c.comparable) {
                cx.program.classes[i].equatable = eq;
                cx.program.classes[i].comparable = cmp;
                changed = true;
            }
        }
    }
}

/// The public instance method `name(T) -> ret` of class `id` (T the class itself) that
/// implements `interface<T>`; CS0535 when it has none.
fn self_implementation(
    cx: &mut Ctx<'_>,
    id: ClassId,
    interface: &str,
    name: &str,
    ret: Ty,
) -> Option<MethodId> {
    if cx.skipped_classes.contains(&id) || cx.opaque.contains(&id) {
        return None;
    }
    let program = &cx.program;
    let found = program.class(id).methods.iter().copied().find(|&m| {
        let m = program.method(m);
        m.name == name
            && !m.is_static
            && m.return_type == ret
            && matches!(m.param_types.as_slice(), [Ty::Class(c, _)] if *c == id)
    });
    match found {
        Some(m) if !cx.method_private[m.0 as usize] => Some(m),
        _ => {
            let cname = cx.class_display(id).to_string();
            let span = cx.program.class(id).name_span;
            cx.error(
                "CS0535",
                format!("'{cname}' does not implement interface member '{interface}<{cname}>.{name}({cname})'"),
                span,
                &format!("add `public {ret} {name}({cname} other)`"),
            );
            None
        }
    }
}

/// Method `m`'s parameter and return types, with its type parameters renamed to those of
/// interface method `im` by position (`T Get<T>()` implements `U Get<U>()`); as they are when
/// neither is generic. A generic method never matches one with another number of them.
pub(crate) fn as_generic_of(cx: &Ctx<'_>, m: MethodId, im: MethodId) -> (Vec<Ty>, Ty) {
    let method = cx.program.method(m);
    let (mine, theirs) = (cx.method_generics.get(&m), cx.method_generics.get(&im));
    match (mine, theirs) {
        (None, None) => (method.param_types.clone(), method.return_type.clone()),
        (Some(a), Some(b)) if a.len() == b.len() => {
            let owner = match a.first() {
                Some(Ty::Generic(p)) => p.owner,
                _ => 0,
            };
            let subst = crate::generics::Subst {
                owner,
                args: b.clone(),
            };
            // `Box<U>` becomes `Box<T>`: named by the instance `im`'s signature has.
            let params = method
                .param_types
                .iter()
                .map(|t| cx.close(&t.instantiate(&subst)))
                .collect();
            (params, cx.close(&method.return_type.instantiate(&subst)))
        }
        _ => (vec![Ty::Error], Ty::Error),
    }
}
