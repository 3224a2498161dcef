//! C#'s accessibility constraints (spec §7.5.5): the types a member's signature names must be
//! at least as accessible as the member (CS0050 to CS0055), and a class's base class and an
//! interface's base interfaces at least as accessible as the type (CS0060, CS0061).
//!
//! "At least as accessible" is decided as Roslyn decides it: every named type in the signature
//! (type arguments, array elements and the types a nested type is nested in included) must be
//! public, or have an accessibility some symbol on the way from the member out to its namespace
//! is at least as restricted by (an `internal` type in a member of an `internal` class is fine;
//! a `private` nested type only in private members of the type that declares it, or of types
//! nested in it).

use std::collections::HashMap;

use unawait_syntax::ast::{self, Member, Modifier, TypeKind};
use unawait_syntax::Span;

use crate::check_items::Decl;
use crate::context::Ctx;
use crate::hir::{ClassId, FieldId, MethodId, MethodKind};
use crate::types::Ty;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Access {
    Public,
    Internal,
    Protected,
    /// `protected internal`.
    ProtectedOrInternal,
    /// `private protected`.
    ProtectedAndInternal,
    Private,
}

fn declared(mods: &ast::Modifiers, default: Access) -> Access {
    let (protected, internal, private) = (
        mods.has(Modifier::Protected),
        mods.has(Modifier::Internal),
        mods.has(Modifier::Private),
    );
    match () {
        _ if mods.has(Modifier::Public) => Access::Public,
        _ if protected && internal => Access::ProtectedOrInternal,
        _ if protected && private => Access::ProtectedAndInternal,
        _ if protected => Access::Protected,
        _ if internal => Access::Internal,
        _ if private => Access::Private,
        _ => default,
    }
}

/// One symbol on the way from a member out to its namespace: its accessibility and the type
/// it is declared in.
#[derive(Clone, Copy)]
struct Link {
    access: Access,
    container: Option<ClassId>,
}

struct Checker<'c, 'a> {
    cx: &'c mut Ctx<'a>,
    /// Each checked type's declared accessibility; types not in it (the library's, types of
    /// declarations sema does not model) count as public.
    access: HashMap<ClassId, Access>,
}

pub(crate) fn check(cx: &mut Ctx<'_>, decls: &[Decl<'_>]) {
    let mut access = HashMap::new();
    for d in decls {
        // A file-local type in a signature is another error (CS9051), not one of these.
        if d.td.modifiers.has(Modifier::File) {
            continue;
        }
        let default = if cx.program.class(d.id).outer.is_some() {
            Access::Private
        } else {
            Access::Internal
        };
        access.insert(d.id, declared(&d.td.modifiers, default));
    }
    let mut ck = Checker { cx, access };
    for d in decls {
        if ck.cx.skipped_classes.contains(&d.id) || !ck.access.contains_key(&d.id) {
            continue;
        }
        match d.td.kind {
            TypeKind::Class | TypeKind::Struct => {
                ck.base_class(d);
                ck.members(d, Access::Private);
            }
            TypeKind::Interface => {
                ck.base_interfaces(d);
                ck.members(d, Access::Public);
            }
            _ => {}
        }
    }
}

impl Checker<'_, '_> {
    /// The symbols from one of access `first` declared in `class` out to the namespace.
    fn chain(&self, first: Access, class: ClassId) -> Vec<Link> {
        let mut out = vec![Link {
            access: first,
            container: Some(class),
        }];
        let mut c = Some(class);
        while let Some(k) = c {
            let outer = self.cx.program.class(k).outer;
            out.push(Link {
                access: self.access.get(&k).copied().unwrap_or(Access::Public),
                container: outer,
            });
            c = outer;
            if out.len() > 64 {
                break;
            }
        }
        out
    }

    /// `sub` is `sup` or derives from it (Roslyn's `IsAccessibleViaInheritance`).
    fn inherits(&self, sup: ClassId, sub: ClassId) -> bool {
        sub == sup || self.cx.derives(sub, sup)
    }

    /// The containing types of a symbol declared in `c`, innermost first.
    fn containers(&self, c: Option<ClassId>) -> Vec<ClassId> {
        let mut out = Vec::new();
        let mut cur = c;
        while let Some(k) = cur {
            out.push(k);
            cur = self.cx.program.class(k).outer;
            if out.len() > 64 {
                break;
            }
        }
        out
    }

    /// Whether type `t1` of the program is at least as restricted as some symbol of `chain`
    /// (Roslyn's `IsAsRestrictive`): a use of it there is fine.
    fn as_restrictive(&self, t1: ClassId, chain: &[Link]) -> bool {
        let acc1 = self.access.get(&t1).copied().unwrap_or(Access::Public);
        let parent1 = self.cx.program.class(t1).outer;
        let internal_like = |a: Access| {
            matches!(
                a,
                Access::Private | Access::Internal | Access::ProtectedAndInternal
            )
        };
        for s2 in chain {
            let acc2 = s2.access;
            let protected_test = || -> bool {
                let Some(p1) = parent1 else {
                    return false;
                };
                match acc2 {
                    Access::Private => self
                        .containers(s2.container)
                        .iter()
                        .any(|&p2| self.inherits(p1, p2)),
                    Access::Protected | Access::ProtectedAndInternal => {
                        s2.container.is_some_and(|p2| self.inherits(p1, p2))
                    }
                    _ => false,
                }
            };
            let ok = match acc1 {
                Access::Public => true,
                Access::Internal => internal_like(acc2),
                Access::ProtectedAndInternal => internal_like(acc2) && protected_test(),
                Access::Protected => protected_test(),
                Access::ProtectedOrInternal => match (parent1, acc2) {
                    (None, _) => false,
                    (_, Access::Private | Access::Internal | Access::ProtectedAndInternal) => true,
                    (Some(p1), Access::Protected | Access::ProtectedOrInternal) => {
                        s2.container.is_some_and(|p2| self.inherits(p1, p2))
                    }
                    _ => false,
                },
                Access::Private => {
                    acc2 == Access::Private
                        && parent1.is_some_and(|p1| self.containers(s2.container).contains(&p1))
                }
            };
            if ok {
                return true;
            }
        }
        false
    }

    /// Whether every type of the program `ty` names is usable in a signature of `chain`'s first
    /// symbol.
    fn visible(&self, ty: &Ty, chain: &[Link]) -> bool {
        match ty {
            Ty::Class(c, _) | Ty::Enum(c, _) => self
                .containers(Some(*c))
                .iter()
                .all(|&k| self.as_restrictive(k, chain)),
            Ty::Array(e) => self.visible(e, chain),
            Ty::Lib(_, args) => args.iter().all(|a| self.visible(a, chain)),
            _ => true,
        }
    }

    fn report(&mut self, code: &'static str, what: &str, ty: &Ty, member: &str, span: Span) {
        self.cx.error(
            code,
            format!("Inconsistent accessibility: {what} '{ty}' is less accessible than {member}"),
            span,
            "make the type at least as accessible as the member, or the member less accessible",
        );
    }

    fn base_class(&mut self, d: &Decl<'_>) {
        let Some(base) = self.cx.class_bases[d.id.0 as usize] else {
            return;
        };
        let chain = self.chain_of_type(d.id);
        if !self
            .containers(Some(base))
            .iter()
            .all(|&k| self.as_restrictive(k, &chain))
        {
            let shown = self.cx.class_display(base);
            let class = self.cx.class_display(d.id);
            let span = d.td.bases.first().map_or(d.td.name.span, |b| b.span);
            self.cx.error(
                "CS0060",
                format!("Inconsistent accessibility: base class '{shown}' is less accessible than class '{class}'"),
                span,
                "make the base class at least as accessible as the class",
            );
        }
    }

    fn base_interfaces(&mut self, d: &Decl<'_>) {
        let bases = self
            .cx
            .class_interfaces
            .get(&d.id)
            .cloned()
            .unwrap_or_default();
        let chain = self.chain_of_type(d.id);
        for i in bases {
            if !self
                .containers(Some(i))
                .iter()
                .all(|&k| self.as_restrictive(k, &chain))
            {
                let shown = self.cx.class_display(i);
                let iface = self.cx.class_display(d.id);
                let name = &self.cx.program.class(i).name;
                let span =
                    d.td.bases
                        .iter()
                        .find(|b| match &b.kind {
                            ast::TypeExprKind::Named(segs) => {
                                segs.last().is_some_and(|s| s.name.name == *name)
                            }
                            _ => false,
                        })
                        .map_or(d.td.name.span, |b| b.span);
                self.cx.error(
                    "CS0061",
                    format!("Inconsistent accessibility: base interface '{shown}' is less accessible than interface '{iface}'"),
                    span,
                    "make the base interface at least as accessible as the interface",
                );
            }
        }
    }

    /// The chain of a type itself: the type, then its outer types.
    fn chain_of_type(&self, c: ClassId) -> Vec<Link> {
        let mut chain = self.chain(Access::Public, c);
        chain.remove(0);
        chain
    }

    fn members(&mut self, d: &Decl<'_>, default: Access) {
        let class = ClassIds::new(self.cx, d.id);
        let outer = self.chain_of_type(d.id);
        let chain = |access: Access| {
            let mut c = Vec::with_capacity(outer.len() + 1);
            c.push(Link {
                access,
                container: Some(d.id),
            });
            c.extend_from_slice(&outer);
            c
        };
        for m in &d.td.members {
            match m {
                Member::Method(md) if md.explicit_interface.is_none() => {
                    let Some(id) = class.method_at(self.cx, md.name.span, false) else {
                        continue;
                    };
                    let chain = chain(declared(&md.modifiers, default));
                    let method = self.cx.program.method(id);
                    if !self.visible(&method.return_type, &chain) {
                        let ret = method.return_type.clone();
                        let shown = format!("method '{}'", self.method_display(id));
                        self.report("CS0050", "return type", &ret, &shown, md.return_type.span);
                    }
                    self.params(id, "CS0051", &md.params, &chain, |ck| {
                        format!("method '{}'", ck.method_display(id))
                    });
                }
                Member::Constructor(c) if !c.modifiers.has(Modifier::Static) => {
                    let Some(id) = class.method_at(self.cx, c.name.span, false) else {
                        continue;
                    };
                    let chain = chain(declared(&c.modifiers, default));
                    self.params(id, "CS0051", &c.params, &chain, |ck| {
                        format!("method '{}'", ck.method_display(id))
                    });
                }
                Member::Field(f) => {
                    let chain = chain(declared(&f.modifiers, default));
                    for v in &f.declarators {
                        let Some(ty) = class.field_at(self.cx, v.name.span) else {
                            continue;
                        };
                        if !self.visible(ty, &chain) {
                            let ty = ty.clone();
                            let shown =
                                format!("field '{}.{}'", self.cx.class_display(d.id), v.name.name);
                            self.report("CS0052", "field type", &ty, &shown, f.ty.span);
                            break;
                        }
                    }
                }
                Member::Property(p) if p.explicit_interface.is_none() => {
                    let ty = class.field_at(self.cx, p.name.span).or_else(|| {
                        class
                            .method_at(self.cx, p.name.span, true)
                            .map(|g| &self.cx.program.method(g).return_type)
                    });
                    let Some(ty) = ty else {
                        continue;
                    };
                    let chain = chain(declared(&p.modifiers, default));
                    if !self.visible(ty, &chain) {
                        let ty = ty.clone();
                        let shown =
                            format!("property '{}.{}'", self.cx.class_display(d.id), p.name.name);
                        self.report("CS0053", "property type", &ty, &shown, p.ty.span);
                    }
                }
                Member::Indexer(ix) if ix.explicit_interface.is_none() => {
                    let Some(id) = class.method_at(self.cx, ix.span, true) else {
                        continue;
                    };
                    let chain = chain(declared(&ix.modifiers, default));
                    let shown = |ck: &Self| {
                        let ps: Vec<String> = ck
                            .cx
                            .program
                            .method(id)
                            .param_types
                            .iter()
                            .map(|t| t.to_string())
                            .collect();
                        format!(
                            "indexer '{}.this[{}]'",
                            ck.cx.class_display(d.id),
                            ps.join(", ")
                        )
                    };
                    let ret = &self.cx.program.method(id).return_type;
                    if !self.visible(ret, &chain) {
                        let ret = ret.clone();
                        let shown = shown(self);
                        self.report("CS0054", "indexer return type", &ret, &shown, ix.ty.span);
                    }
                    self.params(id, "CS0055", &ix.params, &chain, shown);
                }
                _ => {}
            }
        }
    }

    /// CS0051/CS0055 for each parameter of method `m` whose type is less accessible.
    fn params(
        &mut self,
        m: MethodId,
        code: &'static str,
        decls: &[ast::Param],
        chain: &[Link],
        shown: impl Fn(&Self) -> String,
    ) {
        let types = &self.cx.program.method(m).param_types;
        let bad: Vec<(Ty, Span)> = types
            .iter()
            .zip(decls)
            .filter(|(ty, _)| !self.visible(ty, chain))
            .map(|(ty, p)| (ty.clone(), p.ty.span))
            .collect();
        for (ty, span) in bad {
            let member = shown(self);
            self.report(code, "parameter type", &ty, &member, span);
        }
    }

    fn method_display(&self, m: MethodId) -> String {
        let method = self.cx.program.method(m);
        let class = &self.cx.program.class(method.class).name;
        let shown = self.cx.class_display(method.class);
        format!(
            "{shown}.{}({})",
            method.shown_name(class),
            self.cx.param_display(m).join(", ")
        )
    }
}

/// A class's members by where they are declared (their name's span).
struct ClassIds {
    methods: HashMap<Span, Vec<MethodId>>,
    fields: HashMap<Span, FieldId>,
}

impl ClassIds {
    fn new(cx: &Ctx<'_>, c: ClassId) -> ClassIds {
        let class = cx.program.class(c);
        let mut methods: HashMap<Span, Vec<MethodId>> = HashMap::new();
        for &m in &class.methods {
            methods
                .entry(cx.program.method(m).name_span)
                .or_default()
                .push(m);
        }
        let fields = class
            .fields
            .iter()
            .map(|&f| (cx.program.field(f).name_span, f))
            .collect();
        ClassIds { methods, fields }
    }

    /// The method declared at `name_span`: an accessor (a property's getter, an indexer's) or
    /// not.
    fn method_at(&self, cx: &Ctx<'_>, name_span: Span, accessor: bool) -> Option<MethodId> {
        self.methods.get(&name_span)?.iter().copied().find(|&m| {
            let method = cx.program.method(m);
            (method.kind == MethodKind::Getter || method.name.starts_with("get_")) == accessor
        })
    }

    fn field_at<'c>(&self, cx: &'c Ctx<'_>, name_span: Span) -> Option<&'c Ty> {
        self.fields
            .get(&name_span)
            .map(|&f| &cx.program.field(f).ty)
    }
}
