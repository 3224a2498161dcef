//! Base lists: a class may derive from one class of the program or a library exception class,
//! and implement interfaces of the program and `IDisposable`. Any other base list (a library
//! type such as `List<T>`, a generic base) is not modelled yet: it draws one UA0100 and the
//! class becomes opaque (`user_types.rs`).

use unawait_syntax::ast::{self, TypeKind};
use unawait_syntax::Diagnostic;

use crate::check_items::Decl;
use crate::context::Ctx;
use crate::hir::{ClassId, ClassKind};
use crate::types::{Lib, Ty};

pub(crate) fn resolve_bases(cx: &mut Ctx<'_>, decls: &[Decl<'_>]) {
    // A generic type's parameters are in scope in its base list, and an instance made by a
    // base list resolves its own bases meanwhile.
    let (bases_of, scope) = (cx.gclasses.bases_of, cx.type_scope);
    for d in decls {
        cx.gclasses.bases_of = Some(d.id);
        let td = d.td;
        if td.kind == TypeKind::Enum {
            crate::enums::underlying(cx, td, d.id);
            continue;
        }
        let (Some(first), Some(last)) = (td.bases.first(), td.bases.last()) else {
            continue;
        };
        // A struct, record, generic type, ... was reported as a whole.
        let reported = !matches!(
            td.kind,
            TypeKind::Class | TypeKind::Interface | TypeKind::Struct
        ) || cx.skipped_classes.contains(&d.id);
        if reported {
            cx.inherits.insert(d.id);
            continue;
        }
        let ns = cx.program.class(d.id).namespace.clone();
        // A base list is read in the scope enclosing the type: a sibling nested type is a base.
        cx.type_scope = cx.program.class(d.id).outer;
        // A struct's base list names interfaces only: no class may be its base.
        let is_interface = matches!(td.kind, TypeKind::Interface | TypeKind::Struct);
        let mut class_base = None;
        let mut interfaces = Vec::new();
        let mut lib = None;
        let mut failing: Option<&ast::TypeExpr> = None;
        let mut disposable = false;
        let mut equatable = false;
        let mut comparable = false;
        let mut notify: Option<bool> = None;
        let mut rejected = false;
        let mut iteration = Vec::new();
        for (i, b) in td.bases.iter().enumerate() {
            if let Some(it) = crate::user_enumerables::base(cx, b, ns.as_deref()) {
                iteration.push((it, b));
                continue;
            }
            if let Some(critical) = notify_completion(cx, b, ns.as_deref()) {
                if td.kind == TypeKind::Interface {
                    cx.unsupported(
                        "interfaces extending `INotifyCompletion` or `ICriticalNotifyCompletion` are",
                        b.span,
                    );
                    rejected = true;
                    break;
                }
                notify = Some(critical || notify == Some(true));
                continue;
            }
            // A struct too: `using` disposes the variable itself, without a box
            // (check_using.rs).
            if is_idisposable(cx, b, ns.as_deref()) && td.kind != TypeKind::Interface {
                if disposable {
                    duplicate_interface(cx, "IDisposable", b);
                }
                disposable = true;
                continue;
            }
            // `await using` calls `DisposeAsync()` by C#'s pattern (check_using.rs): the
            // interface adds nothing a call needs.
            if is_iasync_disposable(cx, b, ns.as_deref()) && td.kind != TypeKind::Interface {
                cx.async_disposable.insert(d.id);
                continue;
            }
            if td.kind != TypeKind::Interface {
                let own = cx.class_display(d.id).to_string();
                if generic_of_self(cx, b, ns.as_deref(), d.id, "IEquatable") {
                    if equatable {
                        duplicate_interface(cx, &format!("IEquatable<{own}>"), b);
                    }
                    equatable = true;
                    continue;
                }
                if generic_of_self(cx, b, ns.as_deref(), d.id, "IComparable") {
                    if comparable {
                        duplicate_interface(cx, &format!("IComparable<{own}>"), b);
                    }
                    comparable = true;
                    continue;
                }
            }
            if let Some(s) = struct_named(cx, b, ns.as_deref()).filter(|_| !is_interface) {
                let (name, sname) = (
                    cx.class_display(d.id).to_string(),
                    cx.class_display(s).to_string(),
                );
                cx.error(
                    "CS0509",
                    format!("'{name}': cannot derive from sealed type '{sname}'"),
                    b.span,
                    "a struct is sealed: no class derives from it",
                );
                rejected = true;
                break;
            }
            match user_type(cx, b, ns.as_deref()) {
                Some(id) if cx.program.class(id).kind == ClassKind::Interface => {
                    if interfaces.contains(&id) {
                        let shown = cx.class_display(id).to_string();
                        duplicate_interface(cx, &shown, b);
                    } else {
                        interfaces.push(id)
                    }
                }
                Some(id) if i == 0 && !is_interface => class_base = Some(id),
                _ if i == 0 && !is_interface && td.bases.len() == 1 => {
                    match lib_exception_base(cx, &td.bases, ns.as_deref()) {
                        Some(t) => lib = Some(t),
                        None => failing = failing.or(Some(b)),
                    }
                }
                Some(id) if td.kind == TypeKind::Struct => {
                    let name = cx.class_display(id).to_string();
                    cx.error(
                        "CS0527",
                        format!("Type '{name}' in interface list is not an interface"),
                        b.span,
                        "a struct derives from no class; its base list names interfaces",
                    );
                }
                _ if td.kind == TypeKind::Struct => {
                    cx.unsupported("this base of a struct is", b.span);
                    rejected = true;
                    break;
                }
                _ => failing = failing.or(Some(b)),
            }
        }
        if rejected {
            cx.inherits.insert(d.id);
            continue;
        }
        if let Some(b) = failing {
            let what = unmodelled_base(cx, b, ns.as_deref());
            cx.unsupported(&what, first.span.to(last.span));
            cx.inherits.insert(d.id);
            continue;
        }
        if !crate::user_enumerables::record(cx, d.id, td.kind, iteration) {
            cx.inherits.insert(d.id);
            continue;
        }
        cx.class_interfaces.insert(d.id, interfaces);
        if equatable {
            cx.equatable.insert(d.id);
        }
        if comparable {
            cx.comparable.insert(d.id);
        }
        if disposable {
            cx.disposable.insert(d.id);
        }
        if let Some(critical) = notify {
            cx.notify_completion.insert(d.id, critical);
        }
        if let Some(t) = lib {
            cx.program.classes[d.id.0 as usize].lib_base = Some(t.clone());
            cx.lib_bases.insert(d.id, t);
        }
        match class_base {
            Some(base) if cx.program.class(base).is_static => {
                let (name, bname) = (
                    cx.class_display(d.id).to_string(),
                    cx.class_display(base).to_string(),
                );
                cx.error(
                    "CS0709",
                    format!("'{name}': cannot derive from static class '{bname}'"),
                    first.span,
                    "a static class cannot be a base class",
                );
                cx.inherits.insert(d.id);
            }
            Some(base) => {
                let sealed = decls
                    .iter()
                    .any(|b| b.id == base && b.td.modifiers.has(ast::Modifier::Sealed));
                if sealed {
                    let (name, bname) = (
                        cx.class_display(d.id).to_string(),
                        cx.class_display(base).to_string(),
                    );
                    cx.error(
                        "CS0509",
                        format!("'{name}': cannot derive from sealed type '{bname}'"),
                        first.span,
                        "a sealed class cannot be a base class: remove `sealed` from it, or derive from another class",
                    );
                }
                cx.class_bases[d.id.0 as usize] = Some(base)
            }
            None => {}
        }
    }
    (cx.gclasses.bases_of, cx.type_scope) = (bases_of, scope);
    break_cycles(cx, decls);
}

/// CS0528: C# names each interface of a base list once.
fn duplicate_interface(cx: &mut Ctx<'_>, shown: &str, b: &ast::TypeExpr) {
    cx.error(
        "CS0528",
        format!("'{shown}' is already listed in interface list"),
        b.span,
        "remove the second one",
    );
}

/// `IDisposable` (of `System`, visible), the one library interface a class may implement.
fn is_idisposable(cx: &Ctx<'_>, b: &ast::TypeExpr, ns: Option<&str>) -> bool {
    b.simple_name() == Some("IDisposable")
        && cx.lookup_class_arity("IDisposable", 0, ns).is_none()
        && (cx.imports.contains("System") || ns == Some("System"))
}

/// `IAsyncDisposable` (of `System`, visible).
fn is_iasync_disposable(cx: &Ctx<'_>, b: &ast::TypeExpr, ns: Option<&str>) -> bool {
    b.simple_name() == Some("IAsyncDisposable")
        && cx.lookup_class_arity("IAsyncDisposable", 0, ns).is_none()
        && (cx.imports.contains("System") || ns == Some("System"))
}

/// `INotifyCompletion` (`Some(false)`) or `ICriticalNotifyCompletion` (`Some(true)`) of
/// `System.Runtime.CompilerServices`: the interfaces an awaiter implements (custom awaitables,
/// `check_await.rs`).
fn notify_completion(cx: &Ctx<'_>, b: &ast::TypeExpr, ns: Option<&str>) -> Option<bool> {
    const NS: &str = "System.Runtime.CompilerServices";
    let name = b.simple_name()?;
    let critical = match name {
        "INotifyCompletion" => false,
        "ICriticalNotifyCompletion" => true,
        _ => return None,
    };
    let visible = cx.imports.contains(NS) || ns == Some(NS);
    (visible && cx.lookup_class_arity(name, 0, ns).is_none()).then_some(critical)
}

/// `IEquatable<C>` or `IComparable<C>` (`interface`, of `System`) in the base list of `C`
/// itself: the generic library interfaces a class or struct may implement, for the
/// collections' equality and order.
fn generic_of_self(
    cx: &Ctx<'_>,
    b: &ast::TypeExpr,
    ns: Option<&str>,
    id: ClassId,
    interface: &str,
) -> bool {
    let ast::TypeExprKind::Named(segs) = &b.kind else {
        return false;
    };
    let [seg] = segs.as_slice() else {
        return false;
    };
    let [arg] = seg.args.as_slice() else {
        return false;
    };
    // `Ver<T> : IComparable<Ver<T>>`: a generic type names itself with its own parameters.
    let own_generic = || {
        let Some(g) = &cx.program.class(id).generic else {
            return false;
        };
        let ast::TypeExprKind::Named(asegs) = &arg.kind else {
            return false;
        };
        let [aseg] = asegs.as_slice() else {
            return false;
        };
        aseg.name.name == g.name
            && aseg.args.len() == g.params.len()
            && aseg
                .args
                .iter()
                .zip(&g.params)
                .all(|(a, p)| a.simple_name() == Some(p.as_str()))
    };
    seg.name.name == interface
        && cx.lookup_class_arity(interface, 1, ns).is_none()
        && (cx.imports.contains("System") || ns == Some("System"))
        && (arg
            .simple_name()
            .is_some_and(|n| cx.lookup_class_arity(n, 0, ns) == Some(id))
            || own_generic())
}

/// What a base type sema does not model is, for UA0100: a library type other than the
/// exception classes and `IDisposable`, or another use of a type of the program (a generic
/// one, a struct, a base in a position C# gives another meaning).
fn unmodelled_base(cx: &Ctx<'_>, b: &ast::TypeExpr, ns: Option<&str>) -> String {
    let (name, arity) = match &b.kind {
        ast::TypeExprKind::Named(segs) => match segs.last() {
            Some(s) => (s.name.name.as_str(), s.args.len()),
            None => ("", 0),
        },
        _ => ("", 0),
    };
    let own = cx.lookup_class(name, ns).is_some();
    let library = Lib::by_name_any_arity(name).is_some()
        || crate::bcl::outside_type(name).is_some()
        || name == "IDisposable";
    if library && !own && name.ends_with("Exception") {
        format!("deriving from `{name}`, an exception class outside unawait's library, is")
    } else if library && !own {
        format!(
            "deriving from or implementing a library type other than the exception classes, `EventArgs`, `SynchronizationContext`, `TaskScheduler`, `IDisposable`, the iteration interfaces (`IEnumerable<T>`, `IEnumerator<T>`, `IAsyncEnumerable<T>`, `IAsyncEnumerator<T>`), `IComparer<T>`, `IEqualityComparer<T>`, and `IEquatable<T>` and `IComparable<T>` of the type itself (here `{}`) is",
            crate::bcl::type_display(name, arity)
        )
    } else {
        "this base list is".to_string()
    }
}

/// The struct of the program a base type names.
fn struct_named(cx: &Ctx<'_>, b: &ast::TypeExpr, ns: Option<&str>) -> Option<ClassId> {
    let id = cx.lookup_class_arity(b.simple_name()?, 0, ns)?;
    (cx.program.class(id).kind == ClassKind::Struct).then_some(id)
}

/// The class or interface of the program a base type names, when sema models it.
fn user_type(cx: &mut Ctx<'_>, b: &ast::TypeExpr, ns: Option<&str>) -> Option<ClassId> {
    // `Box<int>`, `IRepository<T>`: a generic type of the program, instantiated.
    if let ast::TypeExprKind::Named(segs) = &b.kind {
        let generic = segs.last().is_some_and(|s| !s.args.is_empty())
            && segs
                .last()
                .and_then(|s| cx.lookup_class_arity(&s.name.name, s.args.len(), ns))
                .is_some_and(|id| cx.gclasses.is_template(id));
        if generic {
            return match cx.resolve_type(b, ns) {
                crate::types::Ty::Class(id, _) => Some(id),
                _ => None,
            };
        }
    }
    let name = b.simple_name()?;
    let id = cx.lookup_class_arity(name, 0, ns)?;
    let c = cx.program.class(id);
    let modelled = matches!(c.kind, ClassKind::Class | ClassKind::Interface)
        && !cx.skipped_classes.contains(&id)
        && cx.class_arity[id.0 as usize] == 0;
    modelled.then_some(id)
}

/// The library exception class a base list names, if that is all it names (`: Exception`,
/// `: InvalidOperationException`).
fn lib_exception_base(cx: &Ctx<'_>, bases: &[ast::TypeExpr], ns: Option<&str>) -> Option<Ty> {
    let [b] = bases else {
        return None;
    };
    let name = b.simple_name()?;
    if cx.lookup_class_arity(name, 0, ns).is_some() {
        return None;
    }
    // `EventArgs` too: the base of an event's arguments (`class OrderArgs : EventArgs`).
    // `SynchronizationContext` and `TaskScheduler` too: the runtime calls their overrides
    // (`sync_context.rs`, `task_scheduler.rs`).
    let l = Lib::by_name(name, 0).filter(|l| {
        l.is_exception()
            || matches!(
                l,
                Lib::EventArgs | Lib::SynchronizationContext | Lib::TaskScheduler
            )
    })?;
    // Only what `using System;` (or the namespace itself) makes visible.
    let visible =
        ns.is_some_and(|n| n == l.info().namespace) || cx.imports.contains(l.info().namespace);
    // AggregateException keeps a list of inner exceptions its constructors fill.
    (visible && l != Lib::AggregateException).then(|| Ty::lib(l))
}

/// `class A : B` and `class B : A`: C#'s CS0146, and neither base is kept.
fn break_cycles(cx: &mut Ctx<'_>, decls: &[Decl<'_>]) {
    for d in decls {
        let mut seen = vec![d.id];
        let mut cur = cx.class_bases[d.id.0 as usize];
        while let Some(c) = cur {
            if c == d.id {
                let (a, b) = (
                    cx.class_display(d.id).to_string(),
                    cx.class_display(seen[seen.len() - 1]).to_string(),
                );
                let span = d.td.bases.first().map_or(d.td.name.span, |b| b.span);
                cx.diags.push(
                    Diagnostic::error(
                        "CS0146",
                        format!("Circular base type dependency involving '{a}' and '{b}'"),
                        span,
                    )
                    .with_hint("one of the classes must not derive from the other"),
                );
                for s in &seen {
                    cx.class_bases[s.0 as usize] = None;
                    cx.inherits.insert(*s);
                }
                break;
            }
            if seen.contains(&c) {
                break;
            }
            seen.push(c);
            cur = cx.class_bases[c.0 as usize];
        }
    }
}
