//! The program's own types where sema only partly models them. A struct, an interface, a generic
//! class, a class with a base list, ... draws one "not supported" diagnostic at its declaration;
//! its uses then must draw nothing C# would not say. Such types resolve to `Error` (as Roslyn
//! binds an error type), nested types, delegate types and `using` aliases by name too, and a
//! simple name in a class with a base may be an inherited member.

use unawait_syntax::ast::{self, Member, TypeExprKind};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_items::Decl;
use crate::context::Ctx;
use crate::hir::ClassId;
use crate::types::Ty;

/// What the declarations say about each type before any signature is resolved.
pub(crate) fn survey(cx: &mut Ctx<'_>, decls: &[Decl<'_>]) {
    for d in decls {
        let skipped = cx.skipped_classes.contains(&d.id);
        if skipped || cx.inherits.contains(&d.id) {
            cx.opaque.insert(d.id);
        }
        // A class another one derives from, where the derivation is not modelled, converts to
        // and from it in ways sema does not know.
        let modelled = !cx.inherits.contains(&d.id);
        for b in d.td.bases.iter().filter(|_| !modelled) {
            if let Some(name) = last_name(b) {
                let ids = cx.classes_by_name.get(name).cloned().unwrap_or_default();
                cx.opaque.extend(ids);
            }
        }
        let interface = cx.program.class(d.id).kind == crate::hir::ClassKind::Interface;
        nested_names(cx, &d.td.members, skipped || interface);
        if skipped && d.td.members.iter().any(is_static_main) {
            cx.entry_point_unknown = true;
        }
    }
}

fn is_static_main(m: &Member) -> bool {
    matches!(m, Member::Method(md) if md.name.name == "Main" && md.modifiers.has(ast::Modifier::Static))
}

fn nested_names(cx: &mut Ctx<'_>, members: &[Member], outer_skipped: bool) {
    for m in members {
        match m {
            // Declared as a class of its own (check_items.rs), surveyed with the others.
            Member::Type(t) if !outer_skipped && crate::check_items::nested_modelled(t) => {}
            Member::Type(t) => {
                cx.unsupported_types.insert(t.name.name.clone());
                cx.entry_point_unknown |= t.members.iter().any(is_static_main);
                nested_names(cx, &t.members, true);
            }
            // Declared as a type of its own (delegates.rs) unless its outer type is not.
            Member::Delegate(del) if outer_skipped => {
                cx.unsupported_types.insert(del.name.name.clone());
            }
            _ => {}
        }
    }
}

fn last_name(t: &ast::TypeExpr) -> Option<&str> {
    match &t.kind {
        TypeExprKind::Named(segs) | TypeExprKind::AliasQualified { rest: segs, .. } => {
            segs.last().map(|s| s.name.name.as_str())
        }
        _ => None,
    }
}

impl Ctx<'_> {
    /// The type a user class denotes when named with `args` type arguments.
    pub(crate) fn user_class_type(&mut self, id: ClassId, args: &[Ty], span: Span) -> Ty {
        if self.opaque.contains(&id) {
            return Ty::Error;
        }
        if self.gclasses.is_template(id) {
            return crate::generic_classes::construct(self, id, args, span);
        }
        let name = self.class_name(id).to_string();
        if !args.is_empty() {
            // With a generic `Box<T>` declared too, C# would speak of that one (reported).
            let generic_exists = self
                .classes_by_name
                .get(&name)
                .is_some_and(|ids| ids.iter().any(|c| self.class_arity[c.0 as usize] > 0));
            if !generic_exists {
                self.error(
                    "CS0308",
                    format!("The non-generic type '{name}' cannot be used with type arguments"),
                    span,
                    "remove the type arguments",
                );
            }
            return Ty::Error;
        }
        let _ = name;
        self.class_ty(id)
    }

    /// The visible class `name` of `arity` type parameters, else any visible class `name`
    /// (`Box` and `Box<T>` are different types).
    pub(crate) fn lookup_class_arity(
        &self,
        name: &str,
        arity: usize,
        ns: Option<&str>,
    ) -> Option<ClassId> {
        let first = self.lookup_class(name, ns)?;
        if self.class_arity[first.0 as usize] == arity {
            return Some(first);
        }
        let same_arity = self.classes_by_name.get(name).and_then(|ids| {
            ids.iter().copied().find(|&c| {
                self.class_arity[c.0 as usize] == arity
                    && self.program.class(c).outer.is_none()
                    && self.class_visible(c, ns)
            })
        });
        Some(same_arity.unwrap_or(first))
    }

    /// A name declared as a type the checker does not model (nested, delegate, alias).
    pub(crate) fn is_unsupported_type(&self, name: &str) -> bool {
        self.unsupported_types.contains(name)
    }

    /// A private nested type `name` of a base class of the type being checked (or of a type it
    /// is nested in): Roslyn reports it as inaccessible rather than unknown.
    pub(crate) fn base_private_nested(&self, name: &str) -> Option<ClassId> {
        let ids = self.classes_by_name.get(name)?;
        let mut scope = self.type_scope;
        for _ in 0..64 {
            let s = scope?;
            for b in self.class_chain(s).into_iter().skip(1) {
                if let Some(&id) = ids
                    .iter()
                    .find(|&&id| self.program.class(id).outer == Some(b))
                {
                    return Some(id);
                }
            }
            scope = self.program.class(s).outer;
        }
        None
    }

    /// The type `name` declared in class `c`.
    pub(crate) fn nested_type(&self, c: ClassId, name: &str) -> Option<ClassId> {
        self.classes_by_name.get(name).and_then(|ids| {
            ids.iter()
                .copied()
                .find(|&k| self.program.class(k).outer == Some(c))
        })
    }

    /// Whether the code being checked may name nested type `inner` through its outer type;
    /// CS0122 if not (a private nested type outside its outer type).
    pub(crate) fn nested_accessible(&mut self, inner: ClassId, span: Span) -> bool {
        let Some(outer) = self.program.class(inner).outer else {
            return true;
        };
        let inside = self.type_scope.is_some_and(|s| {
            self.nested_within_declaration(s, outer)
                || (self.protected_nested.contains(&inner) && self.derives_declaration(s, outer))
        });
        if self.private_nested.contains(&inner) && !inside {
            let shown = self.class_display(inner);
            self.error(
                "CS0122",
                format!("'{shown}' is inaccessible due to its protection level"),
                span,
                "declare the nested type `public` or `internal` to use it outside its outer type",
            );
            return false;
        }
        true
    }

    /// `Outer.Inner` (or `Ns.Outer.Inner`, `A.B.C`) naming a nested type the program declares
    /// as a class of its own; `None` when the path names no such type. A private nested type
    /// named from outside its outer type is CS0122.
    pub(crate) fn nested_by_path(
        &mut self,
        segs: &[ast::TypeSegment],
        span: Span,
        ns: Option<&str>,
    ) -> Option<Ty> {
        // The outermost type: a simple name, or the first type after a namespace prefix.
        let (first, k) = (1..segs.len()).find_map(|k| {
            let seg = &segs[k - 1];
            let (name, arity) = (seg.name.name.as_str(), seg.args.len());
            let id = if k == 1 {
                self.lookup_class_arity(name, arity, ns)
            } else if segs[..k - 1].iter().any(|s| !s.args.is_empty()) {
                None
            } else {
                let space: Vec<&str> = segs[..k - 1].iter().map(|s| s.name.name.as_str()).collect();
                let space = space.join(".");
                self.classes_by_name.get(name).and_then(|ids| {
                    ids.iter().copied().find(|&c| {
                        self.program.class(c).outer.is_none()
                            && self.class_arity[c.0 as usize] == arity
                            && self.program.class(c).namespace.as_deref() == Some(space.as_str())
                    })
                })
            }?;
            Some((id, k))
        })?;
        // `Outer<int>.Inner<string>`: each generic segment names the instance for its
        // arguments, whose own nested types the next segment looks in.
        let mut cur = match self.with_args(first, &segs[k - 1], ns)? {
            Ok(c) => c,
            Err(reported) => return Some(reported),
        };
        for seg in &segs[k..] {
            let inner = self.nested_type_arity(cur, &seg.name.name, seg.args.len())?;
            if !self.nested_accessible(inner, seg.name.span) {
                return Some(Ty::Error);
            }
            cur = match self.with_args(inner, seg, ns)? {
                Ok(c) => c,
                Err(reported) => return Some(reported),
            };
        }
        // A template named with its own parameters (`Inner<U>` in its body) is itself.
        if self.gclasses.is_template(cur) {
            return Some(self.class_ty(cur));
        }
        Some(self.user_class_type(cur, &[], span))
    }

    /// Class `c` named by `seg`: itself, or with type arguments its template's instance for
    /// them (`Err` when that was reported); `None` when `c` takes no type arguments.
    fn with_args(
        &mut self,
        c: ClassId,
        seg: &ast::TypeSegment,
        ns: Option<&str>,
    ) -> Option<Result<ClassId, Ty>> {
        if seg.args.is_empty() {
            return Some(Ok(c));
        }
        if !self.gclasses.is_template(c) {
            return None;
        }
        let args: Vec<Ty> = seg
            .args
            .iter()
            .map(|a| self.resolve_value_type(a, ns))
            .collect();
        Some(match self.user_class_type(c, &args, seg.name.span) {
            Ty::Class(id, _) => Ok(id),
            other => Err(other),
        })
    }

    /// The type `name` with `arity` type parameters declared in class `c`.
    pub(crate) fn nested_type_arity(
        &self,
        c: ClassId,
        name: &str,
        arity: usize,
    ) -> Option<ClassId> {
        self.classes_by_name.get(name).and_then(|ids| {
            ids.iter().copied().find(|&k| {
                self.program.class(k).outer == Some(c) && self.class_arity[k.0 as usize] == arity
            })
        })
    }

    /// `Outer.Inner` / `Ns.Outer.Inner`: the qualifier names one of the program's types, so the
    /// whole is a nested type (reported where it is declared).
    pub(crate) fn qualifier_is_user_type(
        &self,
        qual: &[ast::TypeSegment],
        ns: Option<&str>,
    ) -> bool {
        let names: Vec<&str> = qual.iter().map(|s| s.name.name.as_str()).collect();
        (0..names.len()).any(|i| {
            let name = names[i];
            if self.unsupported_types.contains(name) {
                return true;
            }
            if i == 0 {
                return self.lookup_class(name, ns).is_some();
            }
            let space = names[..i].join(".");
            self.classes_by_name.get(name).is_some_and(|ids| {
                ids.iter()
                    .any(|&c| self.program.class(c).namespace.as_deref() == Some(space.as_str()))
            })
        })
    }
}

/// The members every class inherits from `object`: a simple name may call them.
pub(crate) const OBJECT_MEMBERS: &[&str] = &[
    "ReferenceEquals",
    "Equals",
    "GetHashCode",
    "GetType",
    "ToString",
    "MemberwiseClone",
];

impl Body<'_, '_> {
    /// A simple name that is no local, member or type may be a member inherited from a base
    /// the checker does not know (silent: the base list was reported) or from `object`
    /// (reported here). True when it is taken as such.
    pub(crate) fn inherited_name(&mut self, n: &str, generic: bool, span: Span) -> bool {
        if !generic && self.cx.inherits.contains(&self.class) {
            return true;
        }
        if OBJECT_MEMBERS.contains(&n) {
            self.cx.unsupported(&format!("`object.{n}` is"), span);
            return true;
        }
        false
    }
}
