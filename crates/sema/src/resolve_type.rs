//! Type names: a class found by name from code in a namespace and a type scope (nested types,
//! parents of the namespace, imported namespaces), and a `TypeExpr` resolved to a `Ty` with C#'s
//! errors for a name that is not a type (CS0246) and the UA0100/UA0103 of a type outside the
//! language (or of the part of it not implemented yet).

use unawait_syntax::ast::{self, PredefinedType as P, TypeExprKind};
use unawait_syntax::{Diagnostic, Span};

use crate::context::Ctx;
use crate::hir::ClassId;
use crate::types::{outside_type, Lib, Ty};

impl<'a> Ctx<'a> {
    /// A user class visible from code in `ns`: declared in the global namespace, in `ns` or one
    /// of its parents, or in an imported namespace.
    /// A nested type is found by its simple name only inside its outer type (or a type
    /// nested in it, or derived from it), and wins there over a type of the namespace.
    pub fn lookup_class(&self, name: &str, ns: Option<&str>) -> Option<ClassId> {
        let ids = self.classes_by_name.get(name)?;
        let mut scope = self.type_scope;
        let mut depth = 0;
        while let Some(s) = scope.filter(|_| depth < 64) {
            let mut b = Some(s);
            let mut bdepth = 0;
            while let Some(c) = b.filter(|_| bdepth < 64) {
                // A base's private nested type is not inherited by name.
                let inherited = |id: ClassId| {
                    c == s
                        || !self.private_nested.contains(&id)
                        || self.protected_nested.contains(&id)
                };
                if let Some(&id) = ids
                    .iter()
                    .find(|&&id| self.program.class(id).outer == Some(c) && inherited(id))
                {
                    return Some(id);
                }
                b = self.class_bases.get(c.0 as usize).copied().flatten();
                bdepth += 1;
            }
            scope = self.program.class(s).outer;
            depth += 1;
        }
        ids.iter()
            .copied()
            .find(|&id| self.program.class(id).outer.is_none() && self.class_visible(id, ns))
    }

    /// Whether code in class `inner` is inside `outer`'s declaration (is `outer` or nested in
    /// it): it may use `outer`'s private members.
    pub fn nested_within(&self, inner: ClassId, outer: ClassId) -> bool {
        let mut c = Some(inner);
        for _ in 0..64 {
            match c {
                Some(x) if x == outer => return true,
                Some(x) => c = self.program.class(x).outer,
                None => return false,
            }
        }
        false
    }

    /// Whether `a` and `b` come from one declaration: C#'s accessibility is the declaration's
    /// (`Box<T>` may use the private members of `Box<U>`), and each instance of a generic
    /// type, or a type nested in one, is a class of its own here.
    pub fn same_declaration(&self, a: ClassId, b: ClassId) -> bool {
        let (x, y) = (self.program.class(a), self.program.class(b));
        a == b || (x.name_span == y.name_span && x.name_span != Span::default())
    }

    /// `nested_within` by declarations (`same_declaration`).
    pub fn nested_within_declaration(&self, inner: ClassId, outer: ClassId) -> bool {
        let mut c = Some(inner);
        for _ in 0..64 {
            match c {
                Some(x) if self.same_declaration(x, outer) => return true,
                Some(x) => c = self.program.class(x).outer,
                None => return false,
            }
        }
        false
    }

    /// Whether `c` derives from `base`'s declaration (an instance of it, for a generic one).
    pub fn derives_declaration(&self, c: ClassId, base: ClassId) -> bool {
        self.class_chain(c)
            .iter()
            .any(|&k| self.same_declaration(k, base))
    }

    /// How C# names a class in messages: `Outer.Inner` for a nested one.
    pub fn class_display(&self, c: ClassId) -> String {
        if let Some(shape) = &self.program.class(c).anonymous {
            return crate::anonymous_types::display(shape);
        }
        match self.program.class(c).outer {
            Some(o) if o != c => format!("{}.{}", self.class_display(o), self.class_name(c)),
            _ => self.class_name(c).to_string(),
        }
    }

    pub fn class_visible(&self, id: ClassId, ns: Option<&str>) -> bool {
        match &self.program.class(id).namespace {
            None => true,
            Some(cn) => {
                self.imports.contains(cn)
                    || ns.is_some_and(|n| n == cn || n.starts_with(&format!("{cn}.")))
            }
        }
    }

    fn is_known_namespace(&self, ns: &str) -> bool {
        self.user_namespaces.contains(ns)
            || crate::bcl::is_dotnet_namespace(ns)
            || Lib::ALL.iter().any(|l| {
                let n = l.info().namespace;
                n == ns || n.starts_with(&format!("{ns}."))
            })
    }

    pub fn namespace_exists(&self, ns: &str) -> bool {
        self.is_known_namespace(ns)
    }

    /// A type that may be the type of a value (not `void`).
    pub fn resolve_value_type(&mut self, t: &ast::TypeExpr, ns: Option<&str>) -> Ty {
        let ty = self.resolve_type(t, ns);
        if ty == Ty::Void {
            self.error(
                "CS1547",
                "Keyword 'void' cannot be used in this context",
                t.span,
                "`void` is only a method return type; use a value type here",
            );
            return Ty::Error;
        }
        ty
    }

    pub fn resolve_type(&mut self, t: &ast::TypeExpr, ns: Option<&str>) -> Ty {
        match &t.kind {
            TypeExprKind::Predefined(p) => self.predefined(*p, t.span),
            TypeExprKind::Named(segs) => self.resolve_named(segs, t.span, ns),
            TypeExprKind::Array { element, rank } => {
                if *rank > 2 {
                    self.unsupported("arrays of three or more dimensions are", t.span);
                    return Ty::Error;
                }
                match self.resolve_value_type(element, ns) {
                    Ty::Error => Ty::Error,
                    e if *rank == 2 => Ty::Lib(crate::types::Lib::MdArray, vec![e]),
                    e => Ty::array_of(e),
                }
            }
            // `T?` of a class's type parameter not constrained to `struct`: `T` itself, in
            // the template and in each instance (where `T` is bound to `int`).
            TypeExprKind::Nullable(inner)
                if inner
                    .simple_name()
                    .and_then(|n| self.class_type_param_is_struct(n))
                    == Some(false)
                    && crate::generics::named(
                        &self.generic_scope,
                        inner.simple_name().unwrap_or(""),
                    )
                    .is_none() =>
            {
                self.resolve_value_type(inner, ns)
            }
            TypeExprKind::Nullable(inner) => match self.resolve_value_type(inner, ns) {
                Ty::Error => Ty::Error,
                i @ (Ty::Int | Ty::Long | Ty::Bool | Ty::Double | Ty::Char | Ty::Enum(..)) => {
                    Ty::nullable(i)
                }
                // A struct of the program: its box is a copy of the struct, as for `int?`.
                i @ Ty::Class(..) if i.is_struct() => Ty::nullable(i),
                // `string?`: a nullable reference annotation, which changes no meaning.
                i if i.is_reference_type() && i.nullable_of().is_none() => i,
                // `T?` of a `struct`-constrained type parameter is `Nullable<T>`; of any other
                // (C# 9) it is an annotation: `T` itself, whose default stands for "none".
                Ty::Generic(p) if p.constraints().is_struct => Ty::nullable(Ty::Generic(p)),
                i @ Ty::Generic(_) => i,
                i => {
                    self.unsupported(&format!("nullable types of `{i}` (`{i}?`) are"), t.span);
                    Ty::Error
                }
            },
            TypeExprKind::Tuple(_) => {
                self.unsupported("tuple types are", t.span);
                Ty::Error
            }
            TypeExprKind::AliasQualified { alias, rest } if alias.name == "global" => {
                self.resolve_named(rest, t.span, ns)
            }
            // `Col::HashSet<T>` with `using Col = ...;`: the directive was reported.
            TypeExprKind::AliasQualified { alias, .. }
                if self.unsupported_types.contains(&alias.name) =>
            {
                Ty::Error
            }
            TypeExprKind::AliasQualified { .. } => {
                self.unsupported("`extern alias` and `using` alias qualifiers are", t.span);
                Ty::Error
            }
            TypeExprKind::Pointer(_) | TypeExprKind::FunctionPointer(_) => {
                self.outside("pointer types are", t.span);
                Ty::Error
            }
            TypeExprKind::Ref { .. } => {
                self.unsupported("`ref` returns and `ref` locals are", t.span);
                Ty::Error
            }
            TypeExprKind::Omitted => {
                self.error(
                    "CS7003",
                    "Unexpected use of an unbound generic name",
                    t.span,
                    "give the type argument, as in `List<int>`",
                );
                Ty::Error
            }
            TypeExprKind::Error => Ty::Error,
        }
    }

    pub fn predefined(&mut self, p: P, span: Span) -> Ty {
        match p {
            P::Int => Ty::Int,
            P::Long => Ty::Long,
            P::Bool => Ty::Bool,
            P::Double => Ty::Double,
            P::Char => Ty::Char,
            P::Byte => Ty::Small(crate::types::SmallInt::Byte),
            P::SByte => Ty::Small(crate::types::SmallInt::SByte),
            P::Short => Ty::Small(crate::types::SmallInt::Short),
            P::UShort => Ty::Small(crate::types::SmallInt::UShort),
            P::UInt => Ty::UInt,
            P::ULong => Ty::ULong,
            P::Float => Ty::Float,
            P::String => Ty::String,
            P::Void => Ty::Void,
            P::Object => Ty::Object,
            _ => {
                self.outside_type_error(p.as_str(), None, span);
                Ty::Error
            }
        }
    }

    pub fn outside_type_error(&mut self, name: &str, tier: Option<u8>, span: Span) {
        let (msg, hint) = match tier {
            Some(t) => (
                format!("type `{name}` is outside unawait's language (Tier {t})"),
                format!("`{name}` arrives with Tier {t}; Tier 1 has int, long, bool, double, string, arrays, List<T>, Task and the exception types"),
            ),
            None => (
                format!("type `{name}` is outside unawait's language"),
                "use int, long, bool, double, string, arrays, List<T>, Task<T> or the exception types".to_string(),
            ),
        };
        self.diags
            .push(Diagnostic::error("UA0103", msg, span).with_hint(hint));
    }

    fn resolve_named(&mut self, segs: &[ast::TypeSegment], span: Span, ns: Option<&str>) -> Ty {
        let Some(last) = segs.last() else {
            return Ty::Error;
        };
        let mut args = Vec::with_capacity(last.args.len());
        let mut bad = false;
        for a in &last.args {
            let t = self.resolve_value_type(a, ns);
            bad |= t.is_error();
            args.push(t);
        }
        let name = last.name.name.as_str();
        if segs.len() > 1 {
            let qual: Vec<&str> = segs[..segs.len() - 1]
                .iter()
                .map(|s| s.name.name.as_str())
                .collect();
            let qual = qual.join(".");
            if !self.is_known_namespace(&qual) {
                if let Some(r) = self.nested_by_path(segs, span, ns) {
                    return r;
                }
                if self.qualifier_is_user_type(&segs[..segs.len() - 1], ns) {
                    return Ty::Error;
                }
                if let Some(t) = self.dotnet_nested_type(segs, ns) {
                    return t;
                }
                let first = &segs[0].name;
                // `System.Environment.SpecialFolder`, `System.Xyz.T`: in .NET's namespaces,
                // unawait only knows its library.
                if matches!(first.name.as_str(), "System" | "Microsoft") {
                    let full: Vec<&str> = segs.iter().map(|s| s.name.name.as_str()).collect();
                    self.outside_type_error(&full.join("."), None, span);
                    return Ty::Error;
                }
                self.error(
                    "CS0246",
                    format!("The type or namespace name '{}' could not be found (are you missing a using directive or an assembly reference?)", first.name),
                    first.span,
                    "check the spelling; nested types are not supported",
                );
                return Ty::Error;
            }
            return self.type_in(name, &args, bad, Some(&qual), span, ns);
        }
        if let Some(g) = crate::generics::named(&self.generic_scope, name) {
            if !args.is_empty() {
                self.error(
                    "CS0307",
                    format!("The type parameter '{name}' cannot be used with type arguments"),
                    span,
                    "remove the type arguments",
                );
                return Ty::Error;
            }
            return g.clone();
        }
        if let Some(t) = self.class_type_param(name) {
            if !args.is_empty() {
                self.error(
                    "CS0307",
                    format!("The type parameter '{name}' cannot be used with type arguments"),
                    span,
                    "remove the type arguments",
                );
                return Ty::Error;
            }
            return t;
        }
        if self.is_unsupported_type(name) && self.lookup_class(name, ns).is_none() {
            return Ty::Error;
        }
        self.type_in(name, &args, bad, None, span, ns)
    }

    /// Resolves `name<args>`; `qual` is an explicit namespace (`System.Threading.Tasks.Task`),
    /// otherwise the imports decide.
    fn type_in(
        &mut self,
        name: &str,
        args: &[Ty],
        bad: bool,
        qual: Option<&str>,
        span: Span,
        ns: Option<&str>,
    ) -> Ty {
        let class = match qual {
            None => self.lookup_class_arity(name, args.len(), ns),
            Some(q) => self.classes_by_name.get(name).and_then(|ids| {
                ids.iter().copied().find(|&id| {
                    self.program.class(id).outer.is_none()
                        && self.program.class(id).namespace.as_deref() == Some(q)
                })
            }),
        };
        if let Some(id) = class {
            return self.user_class_type(id, args, span);
        }
        let visible = |this: &Self, n: &str| match qual {
            Some(q) => q == n,
            None => this.imports.contains(n),
        };
        let alias = match name {
            "String" => Some(Ty::String),
            "Int32" => Some(Ty::Int),
            "Int64" => Some(Ty::Long),
            "Boolean" => Some(Ty::Bool),
            "Double" => Some(Ty::Double),
            "Char" => Some(Ty::Char),
            "Byte" => Some(Ty::Small(crate::types::SmallInt::Byte)),
            "SByte" => Some(Ty::Small(crate::types::SmallInt::SByte)),
            "Int16" => Some(Ty::Small(crate::types::SmallInt::Short)),
            "UInt16" => Some(Ty::Small(crate::types::SmallInt::UShort)),
            "UInt32" => Some(Ty::UInt),
            "UInt64" => Some(Ty::ULong),
            "Single" => Some(Ty::Float),
            _ => None,
        };
        if let Some(t) = alias.filter(|_| args.is_empty() && visible(self, "System")) {
            return t;
        }
        if let Some(l) = Lib::by_name(name, args.len()) {
            let info = l.info();
            if info.tier > 1 {
                self.outside_type_error(name, Some(info.tier), span);
                return Ty::Error;
            }
            if !visible(self, info.namespace) {
                self.error(
                    "CS0246",
                    format!("The type or namespace name '{name}' could not be found (are you missing a using directive or an assembly reference?)"),
                    span,
                    &format!("add `using {};` at the top of the file", info.namespace),
                );
                return Ty::Error;
            }
            if l == Lib::Func && args.is_empty() {
                self.error(
                    "CS0305",
                    "Using the generic type 'Func<TResult>' requires 1 type arguments",
                    span,
                    "name the result type: `Func<int>`",
                );
                return Ty::Error;
            }
            if l == Lib::Nullable && !bad {
                // `Nullable<int>` is `int?`; of a reference type it is C#'s CS0453.
                return match &args[0] {
                    a @ (Ty::Int | Ty::Long | Ty::Bool | Ty::Double | Ty::Char) => {
                        Ty::nullable(a.clone())
                    }
                    a if a.is_struct() => Ty::nullable(a.clone()),
                    Ty::Generic(p) if p.constraints().is_struct => {
                        Ty::nullable(Ty::Generic(p.clone()))
                    }
                    Ty::Error => Ty::Error,
                    a if a.is_reference_type() || a.nullable_of().is_some() => {
                        self.error(
                            "CS0453",
                            format!("The type '{a}' must be a non-nullable value type in order to use it as parameter 'T' in the generic type or method 'Nullable<T>'"),
                            span,
                            "only value types (`int`, `double`, ...) can be made nullable",
                        );
                        Ty::Error
                    }
                    a => {
                        self.unsupported(&format!("nullable types of `{a}` are"), span);
                        Ty::Error
                    }
                };
            }
            return if bad {
                Ty::Error
            } else {
                Ty::Lib(l, args.to_vec())
            };
        }
        // System.Collections' non-generic interfaces: not yet in the language.
        if args.is_empty()
            && matches!(
                name,
                "IEnumerable" | "IEnumerator" | "ICollection" | "IList" | "IDictionary"
            )
            && visible(self, "System.Collections")
        {
            let tier = if name == "IEnumerable" { 3 } else { 2 };
            self.outside_type_error(name, Some(tier), span);
            return Ty::Error;
        }
        if let Some(l) = Lib::by_name_any_arity(name) {
            let info = l.info();
            if info.tier == 1 {
                let generic = Lib::ALL.iter().any(|x| {
                    x.info().name == name && x.info().arity != crate::types::Arity::Fixed(0)
                });
                let (code, msg) = if args.is_empty() || !generic {
                    if generic {
                        let need = match name {
                            "List"
                            | "IEnumerable"
                            | "IList"
                            | "ICollection"
                            | "IReadOnlyList"
                            | "IReadOnlyCollection" => format!("{name}<T>"),
                            "IDictionary" | "IReadOnlyDictionary" => {
                                format!("{name}<TKey, TValue>")
                            }
                            _ => "Task<TResult>".to_string(),
                        };
                        (
                            "CS0305",
                            format!("Using the generic type '{need}' requires 1 type arguments"),
                        )
                    } else {
                        (
                            "CS0308",
                            format!(
                                "The non-generic type '{name}' cannot be used with type arguments"
                            ),
                        )
                    }
                } else {
                    ("CS0305", format!("Using the generic type '{name}' requires a different number of type arguments"))
                };
                self.error(code, msg, span, "check the number of type arguments");
                return Ty::Error;
            }
        }
        if qual.is_none() && args.is_empty() && name == "dynamic" {
            self.outside("`dynamic` (run-time binding) is", span);
            return Ty::Error;
        }
        if let Some(tier) = outside_type(name) {
            self.outside_type_error(name, tier, span);
            return Ty::Error;
        }
        if let Some(q) = qual
            .filter(|q| crate::bcl::is_dotnet_namespace(q) && !self.user_namespaces.contains(*q))
        {
            self.outside_type_error(&format!("{q}.{name}"), None, span);
            return Ty::Error;
        }
        if let Some(hidden) = qual
            .is_none()
            .then(|| self.base_private_nested(name))
            .flatten()
        {
            let shown = self.class_display(hidden);
            self.error(
                "CS0122",
                format!("'{shown}' is inaccessible due to its protection level"),
                span,
                "a base class's private nested type is not visible in derived classes",
            );
            return Ty::Error;
        }
        self.error(
            "CS0246",
            format!("The type or namespace name '{name}' could not be found (are you missing a using directive or an assembly reference?)"),
            span,
            "check the spelling, or declare the class",
        );
        Ty::Error
    }
}
