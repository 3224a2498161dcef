//! Virtual methods: what `virtual`, `abstract`, `override`, `sealed` and `new` declare, C#'s
//! rules on them, and each class's vtable (a slot per virtual method its class or a base
//! introduces; an override fills its base's slot). `object`'s `ToString()`, `Equals(object)` and
//! `GetHashCode()` are virtual too: the first override of one in a class chain takes a slot.

use std::collections::HashSet;

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Diagnostic;

use crate::check_items::Decl;
use crate::context::Ctx;
use crate::hir::{ClassId, MethodId, Virt};
use crate::types::Ty;

/// The virtuality a method declares, with C#'s errors on the combination.
pub(crate) fn declared(
    cx: &mut Ctx<'_>,
    d: &Decl<'_>,
    md: &ast::MethodDecl,
    is_static: bool,
) -> Virt {
    // Named only in an error: formatted then, not for every method.
    let shown = |cx: &Ctx<'_>| format!("{}.{}()", cx.class_display(d.id), md.name.name);
    let bodiless = matches!(md.body, ast::Body::None(_));
    declared_with(cx, d, &md.modifiers, &md.name, &shown, bodiless, is_static)
}

/// The virtuality a member declares (a method, or a property for its accessors), with C#'s
/// errors on the combination; the sets it fills are keyed by the next method's id. `shown` names
/// the member in those errors.
pub(crate) fn declared_with(
    cx: &mut Ctx<'_>,
    d: &Decl<'_>,
    modifiers: &ast::Modifiers,
    name: &ast::Ident,
    shown: &dyn Fn(&Ctx<'_>) -> String,
    bodiless: bool,
    is_static: bool,
) -> Virt {
    let has = |m| modifiers.has(m);
    if cx.program.class(d.id).kind == crate::hir::ClassKind::Interface {
        return if is_static {
            Virt::None
        } else {
            Virt::Abstract
        };
    }
    if cx.program.class(d.id).kind == crate::hir::ClassKind::Struct {
        // A struct is sealed: it declares no virtual, abstract or sealed methods, only
        // overrides of `object`'s.
        for (m, span) in &modifiers.0 {
            if matches!(m, Modifier::Abstract | Modifier::Virtual | Modifier::Sealed) {
                crate::check_items::modifier_invalid(cx, *m, *span);
            }
        }
        if !has(Modifier::Override) || is_static {
            return Virt::None;
        }
    }
    // `abstract override` fills the base's slot with a method a derived class must override.
    let abstract_ = has(Modifier::Abstract);
    if abstract_ && has(Modifier::Override) {
        cx.abstract_methods
            .insert(MethodId(cx.program.methods.len() as u32));
    }
    let virt = if has(Modifier::Override) {
        Virt::Override
    } else if abstract_ {
        Virt::Abstract
    } else if has(Modifier::Virtual) {
        Virt::Virtual
    } else {
        Virt::None
    };
    let id = MethodId(cx.program.methods.len() as u32);
    if has(Modifier::New) {
        cx.hiding.insert(id);
    }
    if has(Modifier::Sealed) && virt == Virt::Override {
        cx.sealed_methods.insert(id);
    }
    cx.declared_access.insert(id, access_word(modifiers));
    if virt != Virt::None && is_static {
        let shown = shown(cx);
        cx.error(
            "CS0112",
            format!("A static member '{shown}' cannot be marked as override, virtual, or abstract"),
            name.span,
            "remove `static`, or the modifier",
        );
        return Virt::None;
    }
    if has(Modifier::Sealed) && virt != Virt::Override {
        let shown = shown(cx);
        cx.error(
            "CS0238",
            format!("'{shown}' cannot be sealed because it is not an override"),
            name.span,
            "only an override can be sealed",
        );
    }
    let private = !has(Modifier::Public) && !has(Modifier::Protected) && !has(Modifier::Internal);
    if matches!(virt, Virt::Virtual | Virt::Abstract) && private {
        let shown = shown(cx);
        cx.error(
            "CS0621",
            format!("'{shown}': virtual or abstract members cannot be private"),
            name.span,
            "make it `public` or `protected`",
        );
    }
    if abstract_ && !d.td.modifiers.has(Modifier::Abstract) {
        let shown = shown(cx);
        cx.error(
            "CS0513",
            format!(
                "'{shown}' is abstract but it is contained in non-abstract type '{}'",
                cx.class_display(d.id)
            ),
            name.span,
            "mark the class `abstract`, or give the method a body",
        );
    }
    if virt == Virt::Virtual && d.td.modifiers.has(Modifier::Sealed) {
        let shown = shown(cx);
        cx.error(
            "CS0549",
            format!(
                "'{shown}' is a new virtual member in sealed type '{}'",
                cx.class_display(d.id)
            ),
            name.span,
            "nothing can derive from a sealed class: remove `virtual`",
        );
    }
    if abstract_ && !bodiless {
        let shown = shown(cx);
        cx.error(
            "CS0500",
            format!("'{shown}' cannot declare a body because it is marked abstract"),
            name.span,
            "remove the body, or `abstract`",
        );
    }
    virt
}

/// A member's declared accessibility as C# names it in CS0507.
fn access_word(mods: &ast::Modifiers) -> &'static str {
    let (protected, internal) = (mods.has(Modifier::Protected), mods.has(Modifier::Internal));
    match () {
        _ if mods.has(Modifier::Public) => "public",
        _ if protected && internal => "protected internal",
        _ if protected && mods.has(Modifier::Private) => "private protected",
        _ if protected => "protected",
        _ if internal => "internal",
        _ => "private",
    }
}

/// `object`'s virtual methods a class may override: name, parameter types, return type.
fn object_virtual(name: &str, params: &[Ty], ret: &Ty) -> bool {
    match name {
        "ToString" => params.is_empty() && *ret == Ty::String,
        "GetHashCode" => params.is_empty() && *ret == Ty::Int,
        "Equals" => params == [Ty::Object] && *ret == Ty::Bool,
        _ => false,
    }
}

/// `Exception`'s virtual members besides `object`'s (properties by their accessors' names):
/// valid to override in C#, but the runtime keeps an exception's trace and data itself.
fn exception_virtual(name: &str) -> bool {
    matches!(
        name,
        "get_StackTrace"
            | "get_Data"
            | "get_Source"
            | "set_Source"
            | "get_HelpLink"
            | "set_HelpLink"
            | "GetBaseException"
            | "GetObjectData"
    )
}

/// Builds every class's vtable, bases first, and checks overrides and hiding.
pub(crate) fn vtables(cx: &mut Ctx<'_>, decls: &[Decl<'_>]) {
    let mut done: HashSet<ClassId> = HashSet::new();
    for d in decls {
        build(cx, d.id, &mut done);
    }
    for d in decls {
        warn_field_hiding(cx, d);
    }
}

/// CS0108 for a field without `new` named as a field a base class declares and the class can
/// see (not `private` to the base), as for methods.
fn warn_field_hiding(cx: &mut Ctx<'_>, d: &Decl<'_>) {
    let bases: Vec<ClassId> = cx.class_chain(d.id).into_iter().skip(1).collect();
    if bases.is_empty() {
        return;
    }
    for member in &d.td.members {
        let ast::Member::Field(f) = member else {
            continue;
        };
        if f.modifiers.has(Modifier::New) {
            continue;
        }
        for decl in &f.declarators {
            let name = decl.name.name.as_str();
            let Some(crate::context::ClassMember::Field(own)) =
                cx.members[d.id.0 as usize].get(name).cloned()
            else {
                continue;
            };
            if cx.program.field(own).name_span != decl.name.span {
                continue;
            }
            let hidden = bases
                .iter()
                .find_map(|&b| match cx.members[b.0 as usize].get(name) {
                    Some(crate::context::ClassMember::Field(bf)) => {
                        let visible =
                            !cx.field_private[bf.0 as usize] || cx.protected_fields.contains(bf);
                        visible.then_some((b, *bf))
                    }
                    _ => None,
                });
            let Some((b, _)) = hidden else {
                continue;
            };
            let (shown, bshown) = (
                format!("{}.{name}", cx.class_display(d.id)),
                format!("{}.{name}", cx.class_display(b)),
            );
            cx.diags.push(
                Diagnostic::warning(
                    "CS0108",
                    format!("'{shown}' hides inherited member '{bshown}'. Use the new keyword if hiding was intended."),
                    decl.name.span,
                )
                .with_hint("add `new` if hiding was intended"),
            );
        }
    }
}

fn build(cx: &mut Ctx<'_>, c: ClassId, done: &mut HashSet<ClassId>) {
    if !done.insert(c) {
        return;
    }
    let base = cx.class_bases[c.0 as usize];
    if let Some(b) = base {
        build(cx, b, done);
    }
    if cx.program.class(c).kind == crate::hir::ClassKind::Interface {
        return;
    }
    cx.program.classes[c.0 as usize].base = base;
    let mut vtable = base.map_or_else(Vec::new, |b| cx.program.class(b).vtable.clone());
    let own: Vec<MethodId> = cx.program.class(c).methods.clone();
    for m in own {
        let method = cx.program.method(m);
        if method.is_static || !method.kind.is_dispatchable() {
            continue;
        }
        let inherited = inherited_match(cx, base, m);
        let slot = match method.virt {
            Virt::Virtual | Virt::Abstract => {
                warn_hiding(cx, m, inherited, false);
                Some(new_slot(&mut vtable, m))
            }
            Virt::Override => override_slot(cx, m, inherited, &mut vtable),
            Virt::None => {
                warn_hiding(cx, m, inherited, true);
                None
            }
        };
        cx.program.methods[m.0 as usize].vslot = slot;
    }
    if !cx.program.class(c).is_abstract {
        // An abstract method of the class itself is CS0513, reported where it is declared.
        for &m in &vtable {
            let method = cx.program.method(m);
            let is_abstract = method.virt == Virt::Abstract || cx.abstract_methods.contains(&m);
            if is_abstract && method.class != c {
                let (cname, shown) = (cx.class_display(c).to_string(), display(cx, m));
                let span = cx.program.class(c).name_span;
                cx.error(
                    "CS0534",
                    format!("'{cname}' does not implement inherited abstract member '{shown}'"),
                    span,
                    "override it: `public override ...`",
                );
            }
        }
        // The library class's abstract members (`TaskScheduler.QueueTask`).
        let lib = cx.library_ancestor(c);
        for (name, params, shown) in crate::lib_virtuals::abstract_members(&lib) {
            let overridden = vtable.iter().any(|&m| {
                let method = cx.program.method(m);
                method.name == name && method.param_types == params
            });
            if !overridden {
                let cname = cx.class_display(c).to_string();
                let span = cx.program.class(c).name_span;
                cx.error(
                    "CS0534",
                    format!("'{cname}' does not implement inherited abstract member '{shown}'"),
                    span,
                    "override it: `protected override ...`",
                );
            }
        }
    }
    cx.program.classes[c.0 as usize].vtable = vtable;
}

fn new_slot(vtable: &mut Vec<MethodId>, m: MethodId) -> u32 {
    vtable.push(m);
    vtable.len() as u32 - 1
}

/// The nearest method of a base class with `m`'s name and parameter types (a generic one's
/// modulo its type parameters: `Get<U>(U x)` overrides `Get<T>(T x)`).
fn inherited_match(cx: &Ctx<'_>, base: Option<ClassId>, m: MethodId) -> Option<MethodId> {
    let method = cx.program.method(m);
    let mut cur = base;
    let mut depth = 0;
    while let (Some(c), true) = (cur, depth < 64) {
        let found = cx.program.class(c).methods.iter().copied().find(|&o| {
            let other = cx.program.method(o);
            !other.is_static
                && other.kind.is_dispatchable()
                && other.name == method.name
                && same_params(
                    &crate::interfaces::as_generic_of(cx, m, o).0,
                    &other.param_types,
                )
                && cx.same_refs(o, m)
        });
        if found.is_some() {
            return found;
        }
        cur = cx.class_bases[c.0 as usize];
        depth += 1;
    }
    None
}

fn override_slot(
    cx: &mut Ctx<'_>,
    m: MethodId,
    inherited: Option<MethodId>,
    vtable: &mut Vec<MethodId>,
) -> Option<u32> {
    let method = cx.program.method(m);
    let (span, shown) = (method.name_span, display(cx, m));
    let Some(base) = inherited else {
        // `object`'s own virtual methods: the first override in the chain opens their slot.
        if object_virtual(&method.name, &method.param_types, &method.return_type) {
            return Some(new_slot(vtable, m));
        }
        // A base outside the program (reported with the class) may declare it.
        if cx.inherits.contains(&method.class) {
            return None;
        }
        let lib = cx.library_ancestor(method.class);
        match crate::lib_virtuals::find(&lib, &method.name, &method.param_types) {
            Some(crate::lib_virtuals::Found::Supported(v)) => {
                library_override_checks(cx, m, &v);
                return Some(new_slot(vtable, m));
            }
            Some(crate::lib_virtuals::Found::Unsupported(what)) => {
                cx.unsupported(what, span);
                return None;
            }
            None => {}
        }
        let of_exception = lib.is_exception();
        // The runtime reads `Message` through the class's override (`ClassLayout::message`).
        if of_exception && method.name == "get_Message" && method.return_type == Ty::String {
            return Some(new_slot(vtable, m));
        }
        if of_exception && exception_virtual(&method.name) {
            cx.unsupported(
                "overriding members of .NET's exception classes other than `Message` and `ToString()` is",
                span,
            );
            return None;
        }
        if crate::event_dispatch::override_error(cx, m) {
            return None;
        }
        cx.error(
            "CS0115",
            format!("'{shown}': no suitable method found to override"),
            span,
            "a method marked `override` needs a `virtual` or `abstract` method with the same signature in a base class",
        );
        return None;
    };
    inherit_constraints(cx, m, base);
    nullable_annotations(cx, m, base);
    let b = cx.program.method(base);
    let Some(slot) = b.vslot else {
        let bshown = display(cx, base);
        cx.error(
            "CS0506",
            format!("'{shown}': cannot override inherited member '{bshown}' because it is not marked virtual, abstract, or override"),
            span,
            "mark the base method `virtual`, or remove `override`",
        );
        return None;
    };
    if b.return_type != crate::interfaces::as_generic_of(cx, m, base).1 {
        let (ret, bshown) = (b.return_type.to_string(), display(cx, base));
        cx.error(
            "CS0508",
            format!("'{shown}': return type must be '{ret}' to match overridden member '{bshown}'"),
            span,
            "return the same type as the base method",
        );
    }
    if cx.sealed_methods.contains(&base) {
        let bshown = display(cx, base);
        cx.error(
            "CS0239",
            format!("'{shown}': cannot override inherited member '{bshown}' because it is sealed"),
            span,
            "the base's override is `sealed`: remove `override` (and hide it with `new`), or unseal it",
        );
    }
    let accesses = cx
        .declared_access
        .get(&m)
        .copied()
        .zip(cx.declared_access.get(&base).copied())
        .filter(|(a, b)| a != b);
    if let Some((mine, theirs)) = accesses {
        let bshown = display(cx, base);
        cx.error(
            "CS0507",
            format!("'{shown}': cannot change access modifiers when overriding '{theirs}' inherited member '{bshown}'"),
            span,
            &format!("declare the override `{theirs}`, as the base method is (it was `{mine}`)"),
        );
    }
    if let Some(entry) = vtable.get_mut(slot as usize) {
        *entry = m;
    }
    Some(slot)
}

/// A generic override's type parameters take the constraints of its base method's (C# lets it
/// state none of its own but `class` and `struct`, CS0460): its body is checked with them.
fn inherit_constraints(cx: &Ctx<'_>, m: MethodId, base: MethodId) {
    let (Some(own), Some(theirs)) = (cx.method_generics.get(&m), cx.method_generics.get(&base))
    else {
        return;
    };
    let owner = match theirs.first() {
        Some(Ty::Generic(p)) => p.owner,
        _ => return,
    };
    let subst = crate::generics::Subst {
        owner,
        args: own.clone(),
    };
    for (o, t) in own.iter().zip(theirs) {
        if let (Ty::Generic(o), Ty::Generic(t)) = (o, t) {
            o.inherit(t.constraints(), &subst);
        }
    }
}

/// An override's `T?` was read before it took its base's constraints: with `where T : struct`
/// inherited it is `Nullable<T>`, as in the base's signature, so the base's types (its type
/// parameters renamed) stand where the override's differ only by that.
fn nullable_annotations(cx: &mut Ctx<'_>, m: MethodId, base: MethodId) {
    if !cx.method_generics.contains_key(&m) {
        return;
    }
    let (params, ret) = crate::interfaces::as_generic_of(cx, base, m);
    let method = &cx.program.methods[m.0 as usize];
    let fix =
        |own: &Ty, theirs: &Ty| (own != theirs && &strip(theirs) == own).then(|| theirs.clone());
    let new_ret = fix(&method.return_type, &ret);
    let new_params: Vec<(usize, Ty)> = method
        .param_types
        .iter()
        .zip(&params)
        .enumerate()
        .filter_map(|(i, (own, theirs))| fix(own, theirs).map(|t| (i, t)))
        .collect();
    if let Some(r) = new_ret {
        let method = cx.program.method(m);
        let (is_async, span) = (method.is_async, method.name_span);
        if is_async {
            cx.program.methods[m.0 as usize].async_kind =
                crate::check_members::async_kind(cx, &r, span);
        }
        cx.program.methods[m.0 as usize].return_type = r;
    }
    let method = &mut cx.program.methods[m.0 as usize];
    for (i, t) in new_params {
        method.param_types[i] = t.clone();
        if let Some(l) = method.params.get(i).copied() {
            method.locals[l.0 as usize].ty = t;
        }
    }
}

/// Parameter types an override may have for its base's: the same, or the same but for `T?`
/// read as the annotation before the base's `struct` constraint was known.
fn same_params(own: &[Ty], theirs: &[Ty]) -> bool {
    own == theirs
        || (own.len() == theirs.len() && own.iter().zip(theirs).all(|(a, b)| strip(a) == strip(b)))
}

/// `t` with each `Nullable<T>` of a type parameter read as `T` (the annotation).
fn strip(t: &Ty) -> Ty {
    match t {
        Ty::Lib(crate::types::Lib::Nullable, a) if matches!(a.first(), Some(Ty::Generic(_))) => {
            a[0].clone()
        }
        Ty::Lib(l, a) => Ty::Lib(*l, a.iter().map(strip).collect()),
        Ty::Array(e) => Ty::array_of(strip(e)),
        other => other.clone(),
    }
}

/// C#'s rules for an override of a library class's virtual member: its return type (CS0508)
/// and its accessibility (CS0507).
fn library_override_checks(cx: &mut Ctx<'_>, m: MethodId, v: &crate::lib_virtuals::LibVirtual) {
    let method = cx.program.method(m);
    let (span, shown) = (method.name_span, display(cx, m));
    if method.return_type != v.ret {
        cx.error(
            "CS0508",
            format!(
                "'{shown}': return type must be '{}' to match overridden member '{}'",
                v.ret, v.shown
            ),
            span,
            "return the same type as the base method",
        );
    }
    if let Some(mine) = cx
        .declared_access
        .get(&m)
        .copied()
        .filter(|&a| a != v.access)
    {
        cx.error(
            "CS0507",
            format!(
                "'{shown}': cannot change access modifiers when overriding '{}' inherited member '{}'",
                v.access, v.shown
            ),
            span,
            &format!("declare the override `{}`, as the base method is (it was `{mine}`)", v.access),
        );
    }
}

/// CS0108/CS0114: a method with the signature of a base's method, without `new` or `override`;
/// CS0533 (with `new` too) when the base's method is abstract.
fn warn_hiding(cx: &mut Ctx<'_>, m: MethodId, inherited: Option<MethodId>, plain: bool) {
    let Some(base) = inherited else {
        return;
    };
    let (shown, bshown) = (display(cx, m), display(cx, base));
    let hidden = cx.program.method(base);
    if hidden.virt == Virt::Abstract || cx.abstract_methods.contains(&base) {
        // With or without `new`: nothing could implement the hidden member any more.
        let span = cx.program.method(m).name_span;
        cx.error(
            "CS0533",
            format!("'{shown}' hides inherited abstract member '{bshown}'"),
            span,
            "add `override` to implement the abstract member",
        );
    }
    if cx.hiding.contains(&m) {
        return;
    }
    let span = cx.program.method(m).name_span;
    let base_virtual = cx.program.method(base).vslot.is_some();
    let d = if plain && base_virtual {
        Diagnostic::warning(
            "CS0114",
            format!("'{shown}' hides inherited member '{bshown}'. To make the current member override that implementation, add the override keyword. Otherwise add the new keyword."),
            span,
        )
        .with_hint("add `override` to override it, or `new` to hide it")
    } else {
        Diagnostic::warning(
            "CS0108",
            format!("'{shown}' hides inherited member '{bshown}'. Use the new keyword if hiding was intended."),
            span,
        )
        .with_hint("add `new` if hiding was intended")
    };
    cx.diags.push(d);
}

fn display(cx: &Ctx<'_>, m: MethodId) -> String {
    if let Some(shown) = cx.accessor_names.get(&m) {
        return shown.clone();
    }
    let method = cx.program.method(m);
    let class = cx.class_display(method.class);
    let ps = cx.param_display(m);
    let own = cx.class_name(method.class);
    let generic = match method.type_params.is_empty() {
        true => String::new(),
        false => format!("<{}>", method.type_params.join(", ")),
    };
    format!(
        "{class}.{}{generic}({})",
        method.shown_name(own),
        ps.join(", ")
    )
}
