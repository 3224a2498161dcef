//! Classes and structs of the program implementing the library's iteration interfaces: `IEnumerable<T>`,
//! `IEnumerator<T>`, `IAsyncEnumerable<T>` and `IAsyncEnumerator<T>` (with the non-generic
//! `IEnumerable`/`IEnumerator` members C# requires beside the generic ones).
//!
//! The library's values of these types are runtime objects whose members dispatch on their
//! kind (runtime `collections.rs`, `iterator.rs`, `async_iterator.rs`). A class of the program
//! joins them the way `SynchronizationContext`'s subclasses do: the methods implementing the
//! interfaces' members are listed under the runtime's key of the member
//! (`hir::Class::iteration`, lowered into `ClassLayout::lib_overrides`), and the runtime's
//! entry for the member runs the class's method when the object is one of the program's. So a
//! `foreach` over an `IEnumerable<T>` variable, LINQ, `string.Join` or `new List<T>(x)` reach
//! the class's `GetEnumerator()`, and whatever enumerator it returns (an iterator, a
//! hand-written class) is asked for `MoveNext()`, `Current` and `Dispose()` the same way.
//! Conversions see the interfaces in `ClassRef::lib_interfaces`.
//!
//! The non-generic members (`IEnumerable.GetEnumerator()`, `IEnumerator.Current`) must exist,
//! as C# requires (CS0535), but nothing in the language reaches them: the non-generic types are
//! not modelled, so their explicit implementations are checked as methods returning `object`.
//!
//! The comparer interfaces `IComparer<T>` and `IEqualityComparer<T>` join the same way: their
//! `Compare`, `Equals(T, T)` and `GetHashCode(T)` under the runtime's keys, which `Sort`,
//! `OrderBy`, the hashed collections and calls through the interfaces run (runtime
//! user_comparer.rs).

use std::collections::{HashMap, HashSet};

use unawait_syntax::ast;
use unawait_syntax::ast::TypeKind;

use crate::context::{ClassMember, Ctx};
use crate::hir::{ClassId, MethodId};
use crate::types::{Lib, Ty};

/// What the base lists say, and the explicit implementations of the interfaces' members.
#[derive(Clone, Default)]
pub struct Iteration {
    /// The generic iteration interfaces each class's own base list names.
    own: HashMap<ClassId, Vec<Ty>>,
    /// `IEnumerator<int> IEnumerable<int>.GetEnumerator()`, ...: by class and key (the
    /// runtime's keys, and `NON_GENERIC_*` for the non-generic members).
    explicit: HashMap<(ClassId, &'static str), MethodId>,
    done: HashSet<ClassId>,
    /// Some class implements one: a `foreach` over an interface may run code of the program
    /// whose enumerator must be disposed (check_iterator.rs `disposing_foreach`).
    pub any: bool,
}

impl Iteration {
    /// The iteration interfaces class `c` implements, through its bases too.
    pub fn interfaces_of(&self, cx: &Ctx<'_>, c: ClassId) -> Vec<Ty> {
        if self.own.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<Ty> = Vec::new();
        // Its base classes' and its interfaces' (an interface extending `IEnumerable<T>`).
        let mut from = cx.class_chain(c);
        from.extend(cx.all_interfaces(c));
        for k in from {
            for t in self.own.get(&k).into_iter().flatten() {
                if !out.contains(t) {
                    out.push(t.clone());
                }
            }
        }
        out
    }
}

pub const GET_ENUMERATOR: &str = "IEnumerable<T>.GetEnumerator()";
pub const MOVE_NEXT: &str = "IEnumerator<T>.MoveNext()";
pub const CURRENT: &str = "IEnumerator<T>.Current";
pub const RESET: &str = "IEnumerator<T>.Reset()";
pub const DISPOSE: &str = "IEnumerator<T>.Dispose()";
pub const GET_ASYNC_ENUMERATOR: &str = "IAsyncEnumerable<T>.GetAsyncEnumerator(CancellationToken)";
pub const MOVE_NEXT_ASYNC: &str = "IAsyncEnumerator<T>.MoveNextAsync()";
pub const ASYNC_CURRENT: &str = "IAsyncEnumerator<T>.Current";
pub const DISPOSE_ASYNC: &str = "IAsyncEnumerator<T>.DisposeAsync()";
/// The comparer interfaces' members, which `List<T>.Sort`, `OrderBy`, the hashed collections
/// and calls through the interfaces run (the runtime's user_comparer.rs).
pub const COMPARE: &str = "IComparer<T>.Compare(T, T)";
pub const EQUALS: &str = "IEqualityComparer<T>.Equals(T, T)";
pub const HASH: &str = "IEqualityComparer<T>.GetHashCode(T)";
const NON_GENERIC_GET: &str = "IEnumerable.GetEnumerator()";
const NON_GENERIC_CURRENT: &str = "IEnumerator.Current";

/// A base-list entry that names an iteration interface of the library.
pub(crate) enum Base {
    Generic(Ty),
    /// `IEnumerable` or `IEnumerator` of `System.Collections`.
    NonGeneric(&'static str),
}

/// Which iteration interface base-list entry `b` names, if any (a type of the program of that
/// name hides the library's).
pub(crate) fn base(cx: &mut Ctx<'_>, b: &ast::TypeExpr, ns: Option<&str>) -> Option<Base> {
    let ast::TypeExprKind::Named(segs) = &b.kind else {
        return None;
    };
    let last = segs.last()?;
    let qualifier: Vec<&str> = segs[..segs.len() - 1]
        .iter()
        .map(|s| s.name.name.as_str())
        .collect();
    let qualifier = qualifier.join(".");
    let name = last.name.name.as_str();
    if !matches!(
        name,
        "IEnumerable"
            | "IEnumerator"
            | "IAsyncEnumerable"
            | "IAsyncEnumerator"
            | "IComparer"
            | "IEqualityComparer"
    ) {
        return None;
    }
    if qualifier.is_empty() && cx.lookup_class_arity(name, last.args.len(), ns).is_some() {
        return None;
    }
    let visible = |cx: &Ctx<'_>, n: &str| {
        if qualifier.is_empty() {
            cx.imports.contains(n) || ns == Some(n)
        } else {
            qualifier == n
        }
    };
    match last.args.len() {
        0 if matches!(name, "IEnumerable" | "IEnumerator") && visible(cx, "System.Collections") => {
            Some(Base::NonGeneric(if name == "IEnumerable" {
                "IEnumerable"
            } else {
                "IEnumerator"
            }))
        }
        1 if visible(cx, "System.Collections.Generic") => match cx.resolve_type(b, ns) {
            t @ Ty::Lib(
                Lib::IEnumerable
                | Lib::IEnumerator
                | Lib::IAsyncEnumerable
                | Lib::IAsyncEnumerator
                | Lib::IComparer
                | Lib::IEqualityComparer,
                _,
            ) => Some(Base::Generic(t)),
            _ => None,
        },
        _ => None,
    }
}

/// Records the iteration interfaces of class `id`'s base list (`found`); false when the
/// declaration is one unawait does not model (reported).
pub(crate) fn record(
    cx: &mut Ctx<'_>,
    id: ClassId,
    kind: TypeKind,
    found: Vec<(Base, &ast::TypeExpr)>,
) -> bool {
    if found.is_empty() {
        return true;
    }
    let span = found[0].1.span;
    // An interface may extend the enumerables; the enumerators bring `IDisposable` and
    // `IAsyncDisposable` to the classes implementing them, which is not modelled.
    let enumerator = found.iter().any(|(b, _)| {
        matches!(b, Base::NonGeneric("IEnumerator"))
            || matches!(
                b,
                Base::Generic(Ty::Lib(Lib::IEnumerator | Lib::IAsyncEnumerator, _))
            )
    });
    if kind == TypeKind::Interface && enumerator {
        cx.unsupported(
            "interfaces extending `IEnumerator<T>` or `IAsyncEnumerator<T>` are",
            span,
        );
        return false;
    }
    // Its `Equals(T, T)` and `GetHashCode(T)` would meet `object`'s in member lookup, which
    // sema does not merge for an interface.
    let equality = found
        .iter()
        .any(|(b, _)| matches!(b, Base::Generic(Ty::Lib(Lib::IEqualityComparer, _))));
    if kind == TypeKind::Interface && equality {
        cx.unsupported("interfaces extending `IEqualityComparer<T>` are", span);
        return false;
    }
    let mut generic: Vec<Ty> = Vec::new();
    let mut non_generic = Vec::new();
    for (b, te) in found {
        match b {
            Base::Generic(t) => {
                if generic.contains(&t) {
                    cx.error(
                        "CS0528",
                        format!("'{t}' is already listed in interface list"),
                        te.span,
                        "remove the second one",
                    );
                } else {
                    generic.push(t)
                }
            }
            Base::NonGeneric(n) => non_generic.push((n, te.span)),
        }
    }
    // `IEnumerable` alone: a non-generic collection, whose `object` elements nothing models.
    for (n, span) in non_generic {
        let with = if n == "IEnumerable" {
            Lib::IEnumerable
        } else {
            Lib::IEnumerator
        };
        if !generic
            .iter()
            .any(|t| matches!(t, Ty::Lib(l, _) if *l == with))
        {
            cx.unsupported(
                &format!("implementing the non-generic `{n}` without `{n}<T>` is"),
                span,
            );
            return false;
        }
    }
    let one_of = |l: Lib| {
        generic
            .iter()
            .filter(|t| matches!(t, Ty::Lib(m, _) if *m == l))
            .count()
    };
    if [
        Lib::IEnumerable,
        Lib::IEnumerator,
        Lib::IAsyncEnumerable,
        Lib::IAsyncEnumerator,
    ]
    .into_iter()
    .any(|l| one_of(l) > 1)
    {
        cx.unsupported(
            "implementing an iteration interface for two element types is",
            span,
        );
        return false;
    }
    // The runtime finds one `Compare` (one `Equals`, `GetHashCode`) per class by its key.
    if one_of(Lib::IComparer) > 1 || one_of(Lib::IEqualityComparer) > 1 {
        cx.unsupported(
            "implementing `IComparer<T>` or `IEqualityComparer<T>` for two type arguments is",
            span,
        );
        return false;
    }
    // `IEnumerator<T>` extends `IDisposable`, `IAsyncEnumerator<T>` `IAsyncDisposable`.
    if one_of(Lib::IEnumerator) > 0 {
        cx.disposable.insert(id);
    }
    if one_of(Lib::IAsyncEnumerator) > 0 {
        cx.async_disposable.insert(id);
    }
    let comparer = |t: &Ty| matches!(t, Ty::Lib(Lib::IComparer | Lib::IEqualityComparer, _));
    if !generic.iter().all(comparer) {
        cx.iteration.any = true;
    }
    cx.iteration.own.insert(id, generic);
    true
}

/// The key of an explicit implementation (`IEnumerator IEnumerable.GetEnumerator()`,
/// `object IEnumerator.Current`) of a member of an iteration interface class `d` implements;
/// `None` for anything else.
pub(crate) fn explicit_key(
    cx: &mut Ctx<'_>,
    id: ClassId,
    iface: &ast::TypeExpr,
    name: &str,
    mods: &ast::Modifiers,
) -> Option<&'static str> {
    // A class whose base list was rejected (reported) keeps its members quiet.
    let rejected = cx.inherits.contains(&id);
    let own = cx.iteration.interfaces_of(cx, id);
    if own.is_empty() && !rejected {
        return None;
    }
    let ns = cx.program.class(id).namespace.clone();
    let b = base(cx, iface, ns.as_deref())?;
    let own = match &b {
        Base::Generic(t) if rejected => vec![t.clone()],
        _ => own,
    };
    let key = match (b, name) {
        (Base::NonGeneric("IEnumerable"), "GetEnumerator") => NON_GENERIC_GET,
        (Base::NonGeneric(_), "Current") => NON_GENERIC_CURRENT,
        (Base::NonGeneric(_), "MoveNext") => MOVE_NEXT,
        (Base::NonGeneric(_), "Reset") => RESET,
        (Base::Generic(t), n) if own.contains(&t) => match (&t, n) {
            (Ty::Lib(Lib::IEnumerable, _), "GetEnumerator") => GET_ENUMERATOR,
            (Ty::Lib(Lib::IEnumerator, _), "Current") => CURRENT,
            (Ty::Lib(Lib::IAsyncEnumerable, _), "GetAsyncEnumerator") => GET_ASYNC_ENUMERATOR,
            (Ty::Lib(Lib::IAsyncEnumerator, _), "Current") => ASYNC_CURRENT,
            (Ty::Lib(Lib::IAsyncEnumerator, _), "MoveNextAsync") => MOVE_NEXT_ASYNC,
            (Ty::Lib(Lib::IComparer, _), "Compare") => COMPARE,
            (Ty::Lib(Lib::IEqualityComparer, _), "Equals") => EQUALS,
            (Ty::Lib(Lib::IEqualityComparer, _), "GetHashCode") => HASH,
            _ => return None,
        },
        _ => return None,
    };
    // An explicit implementation takes no access modifier (C#'s CS0106), as
    // `interfaces::explicit_target` says of the program's interfaces.
    for (m, span) in &mods.0 {
        if !matches!(
            m,
            ast::Modifier::Async | ast::Modifier::Extern | ast::Modifier::Unsafe
        ) {
            crate::check_items::modifier_invalid(cx, *m, *span);
        }
    }
    Some(key)
}

/// How an explicit implementation with `key` is named, as Roslyn names it in metadata.
pub(crate) fn explicit_name(key: &str) -> String {
    let (iface, member) = key.split_once('.').unwrap_or((key, ""));
    let member = member.trim_end_matches("()");
    let member = member.split('(').next().unwrap_or(member);
    format!("{iface}.{member}")
}

/// The return type of the explicit `IEnumerator IEnumerable.GetEnumerator()`: the
/// non-generic `IEnumerator` is not modelled, and nothing reaches the method but the runtime's
/// checks, so it returns `object`.
pub(crate) fn explicit_return(
    cx: &Ctx<'_>,
    key: Option<&str>,
    ret: &ast::TypeExpr,
    ns: Option<&str>,
) -> Option<Ty> {
    if key != Some(NON_GENERIC_GET) {
        return None;
    }
    let ast::TypeExprKind::Named(segs) = &ret.kind else {
        return None;
    };
    let names: Vec<&str> = segs.iter().map(|s| s.name.name.as_str()).collect();
    let ok = match names.as_slice() {
        ["IEnumerator"] => {
            segs[0].args.is_empty()
                && cx.lookup_class_arity("IEnumerator", 0, ns).is_none()
                && cx.imports.contains("System.Collections")
        }
        ["System", "Collections", "IEnumerator"] => segs.iter().all(|s| s.args.is_empty()),
        _ => false,
    };
    ok.then_some(Ty::Object)
}

/// Records an explicit implementation.
pub(crate) fn record_explicit(cx: &mut Ctx<'_>, id: ClassId, key: &'static str, m: MethodId) {
    cx.iteration.explicit.insert((id, key), m);
}

/// A property `name` of class `id` needs accessor methods (the runtime calls its getter).
pub(crate) fn needs_accessors(cx: &Ctx<'_>, id: ClassId, name: &str) -> bool {
    name == "Current"
        && cx.iteration.own.get(&id).is_some_and(|v| {
            v.iter()
                .any(|t| matches!(t, Ty::Lib(Lib::IEnumerator | Lib::IAsyncEnumerator, _)))
        })
}

/// The implementing methods of each class's iteration interfaces (`hir::Class::iteration`),
/// with C#'s CS0535/CS0737/CS0738 when one is missing. Runs after `self_generics` (which finds
/// `Dispose`), again for the generic types' instances made later.
pub(crate) fn implementations(cx: &mut Ctx<'_>) {
    if cx.iteration.own.is_empty() {
        return;
    }
    let ids: Vec<ClassId> = (0..cx.program.classes.len() as u32)
        .map(ClassId)
        .filter(|c| !cx.iteration.done.contains(c))
        .collect();
    for c in ids {
        cx.iteration.done.insert(c);
        if cx.skipped_classes.contains(&c)
            || cx.opaque.contains(&c)
            || cx.inherits.contains(&c)
            || cx.program.class(c).kind == crate::hir::ClassKind::Interface
        {
            continue;
        }
        // Its own base list's, and its interfaces' that no base class implements already.
        let inherited = match cx.class_chain(c).get(1) {
            Some(&b) => cx.iteration.interfaces_of(cx, b),
            None => Vec::new(),
        };
        let mine = cx.iteration.own.get(&c).cloned().unwrap_or_default();
        let own: Vec<Ty> = cx
            .iteration
            .interfaces_of(cx, c)
            .into_iter()
            .filter(|t| !inherited.contains(t) || mine.contains(t))
            .collect();
        if own.is_empty() {
            continue;
        }
        let mut found: Vec<(&'static str, MethodId)> = Vec::new();
        for t in own {
            let Ty::Lib(l, a) = &t else { continue };
            let x = a.first().cloned().unwrap_or(Ty::Error);
            match l {
                Lib::IEnumerable => {
                    let ret = Ty::Lib(Lib::IEnumerator, vec![x.clone()]);
                    let shown = format!("{t}.GetEnumerator()");
                    found.extend(method(
                        cx,
                        c,
                        GET_ENUMERATOR,
                        "GetEnumerator",
                        &[],
                        &ret,
                        &shown,
                    ));
                    explicit_only(cx, c, NON_GENERIC_GET, NON_GENERIC_GET);
                }
                Lib::IEnumerator => {
                    let shown = format!("{t}.Current");
                    found.extend(getter(cx, c, CURRENT, &x, &shown));
                    found.extend(method(
                        cx,
                        c,
                        MOVE_NEXT,
                        "MoveNext",
                        &[],
                        &Ty::Bool,
                        "IEnumerator.MoveNext()",
                    ));
                    found.extend(method(
                        cx,
                        c,
                        RESET,
                        "Reset",
                        &[],
                        &Ty::Void,
                        "IEnumerator.Reset()",
                    ));
                    explicit_only(cx, c, NON_GENERIC_CURRENT, NON_GENERIC_CURRENT);
                    if let Some(d) = cx.program.class(c).dispose {
                        found.push((DISPOSE, d));
                    }
                }
                Lib::IAsyncEnumerable => {
                    let ret = Ty::Lib(Lib::IAsyncEnumerator, vec![x.clone()]);
                    let shown = format!("{t}.GetAsyncEnumerator(CancellationToken)");
                    let token = [Ty::lib(Lib::CancellationToken)];
                    found.extend(method(
                        cx,
                        c,
                        GET_ASYNC_ENUMERATOR,
                        "GetAsyncEnumerator",
                        &token,
                        &ret,
                        &shown,
                    ));
                }
                Lib::IAsyncEnumerator => {
                    let shown = format!("{t}.Current");
                    found.extend(getter(cx, c, ASYNC_CURRENT, &x, &shown));
                    let ret = Ty::Lib(Lib::ValueTaskOf, vec![Ty::Bool]);
                    let shown = format!("{t}.MoveNextAsync()");
                    found.extend(method(
                        cx,
                        c,
                        MOVE_NEXT_ASYNC,
                        "MoveNextAsync",
                        &[],
                        &ret,
                        &shown,
                    ));
                    // `IAsyncDisposable.DisposeAsync()` is checked with `IAsyncDisposable`.
                    if let Some((_, ClassMember::Methods(ms))) = cx.find_member(c, "DisposeAsync") {
                        let vt = Ty::lib(Lib::ValueTask);
                        let m = ms.into_iter().find(|&m| {
                            let method = cx.program.method(m);
                            !method.is_static
                                && method.params.is_empty()
                                && method.return_type == vt
                        });
                        found.extend(m.map(|m| (DISPOSE_ASYNC, m)));
                    }
                }
                Lib::IComparer => {
                    let shown = format!("{t}.Compare({x}, {x})");
                    let ps = [x.clone(), x.clone()];
                    found.extend(method(cx, c, COMPARE, "Compare", &ps, &Ty::Int, &shown));
                }
                Lib::IEqualityComparer => {
                    let shown = format!("{t}.Equals({x}, {x})");
                    let ps = [x.clone(), x.clone()];
                    found.extend(method(cx, c, EQUALS, "Equals", &ps, &Ty::Bool, &shown));
                    let shown = format!("{t}.GetHashCode({x})");
                    let ps = [x.clone()];
                    found.extend(method(cx, c, HASH, "GetHashCode", &ps, &Ty::Int, &shown));
                }
                _ => {}
            }
        }
        cx.program.classes[c.0 as usize].iteration = found;
    }
}

fn missing(cx: &mut Ctx<'_>, c: ClassId, shown: &str) {
    let (cname, span) = (
        cx.class_display(c).to_string(),
        cx.program.class(c).name_span,
    );
    cx.error(
        "CS0535",
        format!("'{cname}' does not implement interface member '{shown}'"),
        span,
        "add a public member with the interface member's signature, or an explicit implementation",
    );
}

/// A member only an explicit implementation can give (the non-generic one beside the generic
/// one of the same name).
fn explicit_only(cx: &mut Ctx<'_>, c: ClassId, key: &'static str, shown: &str) {
    let has = cx
        .class_chain(c)
        .into_iter()
        .any(|k| cx.iteration.explicit.contains_key(&(k, key)));
    if has {
        return;
    }
    // A public member of the name (the generic one's implementation): Roslyn's CS0738.
    let (cname, span) = (
        cx.class_display(c).to_string(),
        cx.program.class(c).name_span,
    );
    let found = match (
        key,
        cx.find_member(
            c,
            if key == NON_GENERIC_GET {
                "GetEnumerator"
            } else {
                "Current"
            },
        ),
    ) {
        (NON_GENERIC_GET, Some((_, ClassMember::Methods(ms)))) => ms
            .into_iter()
            .find(|&m| {
                let method = cx.program.method(m);
                !method.is_static && method.params.is_empty() && !cx.method_private[m.0 as usize]
            })
            .map(|_| (format!("{cname}.GetEnumerator()"), "IEnumerator")),
        (NON_GENERIC_CURRENT, Some((_, ClassMember::Property(p)))) if !p.is_static => {
            if p.ty == Ty::Object {
                return;
            }
            Some((format!("{cname}.Current"), "object"))
        }
        _ => None,
    };
    match found {
        Some((candidate, ret)) => cx.error(
            "CS0738",
            format!("'{cname}' does not implement interface member '{shown}'. '{candidate}' cannot implement '{shown}' because it does not have the matching return type of '{ret}'."),
            span,
            "add the explicit implementation C# requires beside the generic member: `IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();` or `object IEnumerator.Current => Current;`",
        ),
        None => missing(cx, c, shown),
    }
}

/// The public instance method `name(params) -> ret` of class `c` (or its explicit
/// implementation under `key`).
fn method(
    cx: &mut Ctx<'_>,
    c: ClassId,
    key: &'static str,
    name: &str,
    params: &[Ty],
    ret: &Ty,
    shown: &str,
) -> Option<(&'static str, MethodId)> {
    for k in cx.class_chain(c) {
        if let Some(&m) = cx.iteration.explicit.get(&(k, key)) {
            return Some((key, m));
        }
    }
    let ms = match cx.find_member(c, name) {
        Some((_, ClassMember::Methods(ms))) => ms,
        _ => Vec::new(),
    };
    let same: Vec<MethodId> = ms
        .into_iter()
        .filter(|&m| {
            let method = cx.program.method(m);
            !method.is_static && method.param_types == params
        })
        .collect();
    if let Some(&m) = same
        .iter()
        .find(|&&m| cx.program.method(m).return_type == *ret && !cx.method_private[m.0 as usize])
    {
        return Some((key, m));
    }
    let (cname, span) = (
        cx.class_display(c).to_string(),
        cx.program.class(c).name_span,
    );
    let ps: Vec<String> = params.iter().map(|t| t.to_string()).collect();
    match same.first() {
        Some(&m) if cx.method_private[m.0 as usize] => cx.error(
            "CS0737",
            format!("'{cname}' does not implement interface member '{shown}'. '{cname}.{name}({})' cannot implement an interface member because it is not public.", ps.join(", ")),
            span,
            "make the implementing method `public`",
        ),
        Some(_) => cx.error(
            "CS0738",
            format!("'{cname}' does not implement interface member '{shown}'. '{cname}.{name}({})' cannot implement '{shown}' because it does not have the matching return type of '{ret}'.", ps.join(", ")),
            span,
            "return the interface method's type",
        ),
        None => missing(cx, c, shown),
    }
    None
}

/// The getter of the public property `Current` of type `ty` (or its explicit implementation).
fn getter(
    cx: &mut Ctx<'_>,
    c: ClassId,
    key: &'static str,
    ty: &Ty,
    shown: &str,
) -> Option<(&'static str, MethodId)> {
    for k in cx.class_chain(c) {
        if let Some(&m) = cx.iteration.explicit.get(&(k, key)) {
            return Some((key, m));
        }
    }
    match cx.find_member(c, "Current") {
        Some((_, ClassMember::Property(p))) if !p.is_static && p.ty == *ty => match p.getter {
            Some(g) if !cx.method_private[g.0 as usize] => return Some((key, g)),
            // A getter-less property, or a private getter: C#'s CS0535 says no more.
            _ => {}
        },
        Some((_, ClassMember::Property(p))) if !p.is_static => {
            let (cname, span) = (
                cx.class_display(c).to_string(),
                cx.program.class(c).name_span,
            );
            cx.error(
                "CS0738",
                format!("'{cname}' does not implement interface member '{shown}'. '{cname}.Current' cannot implement '{shown}' because it does not have the matching return type of '{ty}'."),
                span,
                "give `Current` the element type",
            );
            return None;
        }
        _ => {}
    }
    missing(cx, c, shown);
    None
}

/// The iteration interface of `ty` (a class of the program) whose library member `n` a member
/// access on the class reaches: LINQ's operators through `IEnumerable<T>`, `WithCancellation`
/// and `ConfigureAwait` through `IAsyncEnumerable<T>`.
pub(crate) fn member_owner(b: &crate::body::Body<'_, '_>, ty: &Ty, n: &str) -> Option<Ty> {
    let Ty::Class(id, c) = ty else { return None };
    // An interface extending `IComparer<T>` has its `Compare` (a class has its own, or an
    // explicit implementation the class's type does not reach).
    let interface = b.cx.program.class(*id).kind == crate::hir::ClassKind::Interface;
    c.lib_interfaces.iter().find_map(|t| {
        let reaches = match t {
            Ty::Lib(Lib::IEnumerable, _) => b.linq_name(ty, n),
            Ty::Lib(Lib::IAsyncEnumerable, _) => matches!(n, "WithCancellation" | "ConfigureAwait"),
            Ty::Lib(Lib::IComparer, _) => interface && n == "Compare",
            _ => false,
        };
        reaches.then(|| t.clone())
    })
}

/// `e` (an object of a class or struct of the program) as the iteration interface `t` it
/// implements: a reference conversion, or a struct's boxing.
pub(crate) fn as_interface(e: crate::hir::Expr, t: &Ty) -> crate::hir::Expr {
    let conv = match crate::convert::implicit(&e.ty, t) {
        Some(c) => c,
        None => Some(crate::hir::Conversion::Reference),
    };
    crate::convert::apply(e, conv, t)
}

/// A struct of the program implementing iteration interface `to` (or, covariantly in a
/// reference type element, one converting to it): a boxing conversion.
pub(crate) fn struct_boxes_to(c: &crate::types::ClassRef, to: &Ty) -> bool {
    let Ty::Lib(l, b) = to else { return false };
    c.is_struct
        && c.lib_interfaces.iter().any(|t| match t {
            Ty::Lib(m, a) => {
                m == l
                    && (a == b
                        || (!matches!(l, Lib::IComparer | Lib::IEqualityComparer)
                            && a.len() == 1
                            && b.len() == 1
                            && a[0].is_reference_type()
                            && crate::convert::implicit(&a[0], &b[0]).is_some()
                            && b[0].is_reference_type()))
            }
            _ => false,
        })
}
