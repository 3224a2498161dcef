//! Declarations: usings, namespaces and classes (members are in check_members.rs), duplicate
//! definitions and modifiers. Bodies are checked later, once every signature is
//! known (C# members can be used before their declaration).

use unawait_syntax::ast::{self, Item, Member, Modifier, TypeKind};
use unawait_syntax::{Diagnostic, Span};

use crate::context::{Ctx, ALLOWED_NAMESPACES};
use crate::hir::{Class, ClassId, ClassKind};

/// A type declaration with the namespace it is in, in source order.
#[derive(Clone, Copy)]
pub(crate) struct Decl<'a> {
    pub td: &'a ast::TypeDecl,
    pub id: ClassId,
}

pub fn collect<'a>(cx: &mut Ctx<'a>, unit: &'a ast::CompilationUnit) {
    let mut decls = Vec::new();
    cx.extension_methods = crate::lib_gaps::extension_method_names(unit);
    usings(cx, &unit.usings);
    items(cx, &unit.items, None, &mut decls);
    cx.check_attributes(&unit.attributes);
    check_usings(cx, &unit.usings);
    crate::inheritance::resolve_bases(cx, &decls);
    crate::user_types::survey(cx, &decls);
    crate::generic_classes::constrain_templates(cx);
    crate::delegates::signatures(cx);
    for d in &decls {
        if !cx.skipped_classes.contains(&d.id) {
            // An enum's `[Flags]` is checked with its members.
            if d.td.kind != TypeKind::Enum {
                cx.check_attributes(&d.td.attributes);
            }
            cx.type_scope = Some(d.id);
            if d.td.kind == TypeKind::Enum {
                crate::enums::members(cx, d);
            } else {
                members(cx, d);
            }
        }
    }
    cx.type_scope = None;
    crate::generic_classes::declare_members(cx);
    // The instances made so far are checked with the declarations (their diagnostics set
    // aside: the template's are reported).
    let instances: Vec<Decl<'a>> = cx.gclasses.decls.clone();
    crate::parameters::fold_deferred_defaults(cx);
    crate::structs::check_declarations(cx, &decls);
    let quiet = cx.diags.quiet.replace(String::new());
    crate::structs::check_declarations(cx, &instances);
    cx.diags.quiet = quiet;
    let all: Vec<Decl<'a>> = decls.iter().chain(&instances).copied().collect();
    crate::virtuals::vtables(cx, &all);
    crate::interfaces::itables(cx);
    crate::interfaces::check_explicit(cx);
    crate::interfaces::self_generics(cx);
    crate::accessibility::check(cx, &decls);
    crate::entry_point::entry_point(cx);
}

fn usings(cx: &mut Ctx<'_>, list: &[ast::UsingDirective]) {
    for u in list {
        let path: Vec<&str> = u.path.iter().map(|i| i.name.as_str()).collect();
        let path = path.join(".");
        if let Some((alias, _)) = &u.alias {
            // The directive draws the diagnostic; uses of the alias resolve silently.
            cx.unsupported_types.insert(alias.name.clone());
            cx.unsupported("`using` alias directives are", u.span);
            continue;
        }
        if u.is_static {
            continue;
        }
        cx.imports.insert(path);
    }
}

/// Checks usings after the file's own namespaces are known (a `using MyApp.Util;` is fine).
fn check_usings(cx: &mut Ctx<'_>, list: &[ast::UsingDirective]) {
    for u in list.iter().filter(|u| u.is_static && u.alias.is_none()) {
        cx.add_static_import(u);
    }
    for u in list.iter().filter(|u| !u.is_static && u.alias.is_none()) {
        let path: Vec<&str> = u.path.iter().map(|i| i.name.as_str()).collect();
        let path = path.join(".");
        let span = u.path.first().map_or(u.span, |f| {
            f.span.to(u.path.last().map_or(f.span, |l| l.span))
        });
        if ALLOWED_NAMESPACES.contains(&path.as_str()) || cx.user_namespaces.contains(&path) {
            continue;
        }
        if path == "System" || path.starts_with("System.") || path.starts_with("Microsoft.") {
            cx.diags.push(
                Diagnostic::error("UA0101", format!("namespace `{path}` is outside unawait's language"), span)
                    .with_hint("allowed: System, System.Threading, System.Threading.Tasks, System.Collections.Generic, System.Collections, System.Linq, System.Diagnostics, System.Text, System.Runtime.CompilerServices"),
            );
        } else {
            cx.error(
                "CS0246",
                format!("The type or namespace name '{}' could not be found (are you missing a using directive or an assembly reference?)", path),
                span,
                "only the namespaces System.* listed in docs/language.md and the file's own namespaces exist",
            );
        }
    }
}

fn items<'a>(cx: &mut Ctx<'a>, list: &'a [Item], ns: Option<&str>, decls: &mut Vec<Decl<'a>>) {
    // Namespaces first, so usings of the file's own namespaces are accepted.
    let mut stack = vec![(list, ns.map(str::to_string))];
    let mut all_usings: Vec<&'a [ast::UsingDirective]> = Vec::new();
    let mut ordered: Vec<(&'a Item, Option<String>)> = Vec::new();
    while let Some((list, ns)) = stack.pop() {
        for item in list {
            if let Item::Namespace(n) = item {
                let names: Vec<&str> = n.name.iter().map(|i| i.name.as_str()).collect();
                let own = names.join(".");
                let full = match &ns {
                    Some(p) => format!("{p}.{own}"),
                    None => own,
                };
                // The enclosing namespace's prefixes are known already: add this one's own.
                let mut prefix = ns.clone().unwrap_or_default();
                for part in &names {
                    if !prefix.is_empty() {
                        prefix.push('.');
                    }
                    prefix.push_str(part);
                    cx.user_namespaces.insert(prefix.clone());
                }
                usings(cx, &n.usings);
                all_usings.push(&n.usings);
                stack.push((&n.items, Some(full)));
            } else {
                ordered.push((item, ns.clone()));
            }
        }
    }
    ordered.sort_by_key(|(i, _)| item_span(i).start);
    for (item, ns) in ordered {
        match item {
            Item::Type(td) => declare_class(cx, td, ns, None, decls, None),
            // A delegate type is a type: valid in a namespace (unlike fields and methods).
            Item::Member(Member::Delegate(d)) => crate::delegates::declare(cx, d, ns, None),
            Item::Member(m) => cx.error(
                "CS0116",
                "A namespace cannot directly contain members such as fields, methods or statements",
                member_name_span(m),
                "move it into a class, e.g. `static class Program { ... }`",
            ),
            // One diagnostic for the whole program: C# runs the statements as its `Main`.
            Item::Statement(st) if !cx.top_level_statements => {
                cx.top_level_statements = true;
                cx.unsupported("top-level statements are", st.span);
            }
            Item::Statement(_) | Item::Namespace(_) | Item::Error(_) => {}
        }
    }
    for u in all_usings {
        check_usings(cx, u);
    }
}

fn item_span(i: &Item) -> Span {
    match i {
        Item::Namespace(n) => n.span,
        Item::Type(t) => t.span,
        Item::Member(m) => m.span(),
        Item::Statement(s) => s.span,
        Item::Error(s) => *s,
    }
}

fn member_name_span(m: &Member) -> Span {
    match m {
        Member::Field(f) => f.declarators.first().map_or(f.span, |d| d.name.span),
        Member::Method(m) => m.name.span,
        Member::Constructor(c) => c.name.span,
        Member::Property(p) => p.name.span,
        Member::Type(t) => t.name.span,
        Member::Delegate(d) => d.name.span,
        Member::Event(e) => e.declarators.first().map_or(e.span, |d| d.name.span),
        Member::Destructor(d) => d.name.span,
        Member::Operator(o) => o.name_span,
        Member::Indexer(i) => i.span,
        Member::Error(s) => *s,
    }
}

/// A type declared in a class or struct that is declared as a class of its own (with
/// `Class::outer`); other nested types draw UA0100 with the outer type's members.
pub(crate) fn nested_modelled(t: &ast::TypeDecl) -> bool {
    match t.kind {
        TypeKind::Class | TypeKind::Interface | TypeKind::Struct => true,
        TypeKind::Enum => t.type_params.is_empty(),
        _ => false,
    }
}

/// Declares `td` as a class. With `inst`, it is the instance of a generic type's
/// declaration for those type arguments (generic_classes.rs): a class of its own, not found by
/// name.
pub(crate) fn declare_class<'a>(
    cx: &mut Ctx<'a>,
    td: &'a ast::TypeDecl,
    ns: Option<String>,
    outer: Option<ClassId>,
    decls: &mut Vec<Decl<'a>>,
    inst: Option<&crate::generic_classes::Instance>,
) {
    let arity = td.type_params.len();
    let same_ns = cx
        .classes_by_name
        .get(&td.name.name)
        .filter(|_| inst.is_none())
        .and_then(|ids| {
            ids.iter().copied().find(|&c| {
                cx.program.class(c).namespace == ns
                    && cx.program.class(c).outer == outer
                    && cx.class_arity[c.0 as usize] == arity
            })
        });
    // The parts of a `partial` type are one type (`partial` itself is outside the language).
    if let (Some(prev), Some(span)) = (same_ns, td.modifiers.span_of(Modifier::Partial)) {
        // One diagnostic for the class: the first part reported its `partial` already.
        let first_partial = decls
            .iter()
            .find(|d| d.id == prev)
            .is_some_and(|d| d.td.modifiers.has(Modifier::Partial));
        if td.kind == TypeKind::Class && arity == 0 && !first_partial {
            cx.outside("`partial` classes are", span);
        }
        decls.push(Decl { td, id: prev });
        return;
    }
    let id = ClassId(cx.program.classes.len() as u32);
    let kind = match td.kind {
        TypeKind::Class => ClassKind::Class,
        TypeKind::Struct => {
            if let Some(span) = td.modifiers.span_of(Modifier::Ref) {
                cx.unsupported("`ref` structs are", span);
                cx.skipped_classes.insert(id);
            }
            ClassKind::Struct
        }
        TypeKind::Interface => ClassKind::Interface,
        TypeKind::Record | TypeKind::RecordStruct => {
            cx.unsupported("records are", td.name.span);
            cx.skipped_classes.insert(id);
            ClassKind::Class
        }
        TypeKind::Enum => ClassKind::Enum,
    };
    // A struct, record, ... was reported as a whole: its modifiers, type parameters and base
    // list are part of that one construct.
    let reported = !matches!(
        td.kind,
        TypeKind::Class | TypeKind::Interface | TypeKind::Struct | TypeKind::Enum
    ) || (!td.type_params.is_empty() && td.kind == TypeKind::Enum);
    let is_struct = matches!(td.kind, TypeKind::Struct | TypeKind::RecordStruct);
    for (m, span) in &td.modifiers.0 {
        match m {
            Modifier::Static | Modifier::Abstract | Modifier::Sealed
                if is_struct || td.kind == TypeKind::Enum =>
            {
                modifier_invalid(cx, *m, *span)
            }
            Modifier::Public | Modifier::Internal | Modifier::Static => {}
            Modifier::Private | Modifier::Protected if outer.is_some() => {}
            Modifier::New if outer.is_some() => {}
            Modifier::Private | Modifier::Protected => cx.error(
                "CS1527",
                "Elements defined in a namespace cannot be explicitly declared as private, protected, protected internal, or private protected",
                *span,
                "use `public` or `internal`, or no modifier",
            ),
            Modifier::Readonly | Modifier::Ref if is_struct => {}
            Modifier::Abstract
            | Modifier::Sealed
            | Modifier::Partial
            | Modifier::Unsafe
            | Modifier::File
                if reported => {}
            Modifier::Abstract | Modifier::Sealed => {}
            Modifier::Partial | Modifier::Unsafe | Modifier::File => {
                cx.outside(&format!("`{}` classes are", m.as_str()), *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    let generic = crate::generic_classes::declared(cx, td, id, ns.as_deref(), outer, inst);
    // Base lists are resolved once every class is known (`resolve_bases`).
    if let Some(params) = td.params.as_ref().filter(|_| !reported) {
        let span = params.first().map_or(td.name.span, |p| {
            p.span.to(params.last().map_or(p.span, |l| l.span))
        });
        cx.unsupported("primary constructors are", span);
        cx.unmodelled_ctors.insert(id);
    }
    let name = td.name.name.clone();
    let shown = generic
        .as_ref()
        .map_or_else(|| name.clone(), |g| g.shown.clone());
    if let Some(prev) = same_ns {
        report_duplicate_type(cx, prev, outer, ns.as_deref(), &td.name);
    }
    cx.program.classes.push(Class {
        namespace: ns,
        is_static: td.modifiers.has(Modifier::Static),
        name_span: td.name.span,
        is_abstract: td.modifiers.has(Modifier::Abstract),
        outer,
        enum_flags: td.kind == TypeKind::Enum && crate::enums::has_flags(&td.attributes),
        open: generic.as_ref().is_some_and(|g| g.open)
            || outer.is_some_and(|o| cx.program.class(o).open),
        generic: generic.map(|g| g.class),
        ..Class::new(shown, kind, td.span)
    });
    cx.members.push(Default::default());
    cx.ctors.push(Vec::new());
    cx.class_bases.push(None);
    cx.class_arity.push(arity);
    if inst.is_none() {
        cx.classes_by_name.entry(name).or_default().push(id);
    }
    if outer.is_some() && Ctx::is_private(&td.modifiers) {
        cx.private_nested.insert(id);
        if td.modifiers.has(Modifier::Protected) {
            cx.protected_nested.insert(id);
        }
    }
    decls.push(Decl { td, id });
    if cx.skipped_classes.contains(&id) || matches!(td.kind, TypeKind::Interface | TypeKind::Enum) {
        return;
    }
    let ns = cx.program.class(id).namespace.clone();
    for m in &td.members {
        match m {
            Member::Type(t) if nested_modelled(t) => {
                declare_class(cx, t, ns.clone(), Some(id), decls, None)
            }
            Member::Delegate(del) => crate::delegates::declare(cx, del, ns.clone(), Some(id)),
            _ => {}
        }
    }
}

/// CS0101/CS0102: `name` is declared a second time where `prev` is.
pub(crate) fn report_duplicate_type(
    cx: &mut Ctx<'_>,
    prev: ClassId,
    outer: Option<ClassId>,
    ns: Option<&str>,
    name: &ast::Ident,
) {
    let prev_span = cx.program.class(prev).name_span;
    let diag = if let Some(o) = outer {
        let shown = cx.class_display(o);
        Diagnostic::error(
            "CS0102",
            format!(
                "The type '{shown}' already contains a definition for '{}'",
                name.name
            ),
            name.span,
        )
        .with_hint("rename one of the types")
    } else {
        let nsname = ns.unwrap_or("<global namespace>");
        Diagnostic::error(
            "CS0101",
            format!(
                "The namespace '{nsname}' already contains a definition for '{}'",
                name.name
            ),
            name.span,
        )
        .with_hint("rename one of the classes")
    };
    cx.diags
        .push(diag.with_label(prev_span, "first defined here"));
}

pub(crate) fn modifier_invalid(cx: &mut Ctx<'_>, m: Modifier, span: Span) {
    cx.error(
        "CS0106",
        format!("The modifier '{}' is not valid for this item", m.as_str()),
        span,
        "remove the modifier",
    );
}

use crate::check_members::members;
