//! Names and member access: what `x`, `A.B`, `int` denote (a value, a type, a namespace or a
//! method group), with C#'s lookup order (locals, members of the enclosing class, types,
//! namespaces) and accessibility; library members are found through the builtins table, walking
//! base types (`Task<T>` then `Task` then `object`).

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::{Diagnostic, Span};

use crate::body::Body;
use crate::builtins::{library, MemberKind};
use crate::check_call::MethodGroup;
use crate::check_expr::mk;
use crate::context::ClassMember;
use crate::hir::{Expr, ExprKind, FieldId, LocalKind};
use crate::lib_gaps::{later_tier_member, members_hint, Gap};
use crate::types::{Lib, Ty};

/// What a name or member access denotes.
pub enum Resolved {
    Value(Expr),
    Type(Ty),
    Namespace(String),
    Methods(MethodGroup),
    /// `_` that is not a declared name: only valid as an assignment target.
    Discard,
}

impl Body<'_, '_> {
    pub fn value_of(&mut self, r: Resolved, span: Span) -> Expr {
        match r {
            Resolved::Value(e) => e,
            Resolved::Type(t) => {
                if !t.is_error() {
                    self.err(
                        "CS0119",
                        format!("'{t}' is a type, which is not valid in the given context"),
                        span,
                        "use a value, or access a member of the type",
                    );
                }
                Expr::error(span)
            }
            Resolved::Namespace(n) => {
                self.err(
                    "CS0118",
                    format!("'{n}' is a namespace but is used like a variable"),
                    span,
                    "name a type or value inside the namespace",
                );
                Expr::error(span)
            }
            Resolved::Methods(g) => {
                self.cx.unsupported(
                    &format!(
                        "using the method group `{}` as a value (delegates) is",
                        g.name
                    ),
                    span,
                );
                Expr::error(span)
            }
            Resolved::Discard => {
                self.err(
                    "CS0103",
                    "The name '_' does not exist in the current context",
                    span,
                    "`_` is only a discard on the left of `=`",
                );
                Expr::error(span)
            }
        }
    }

    /// Resolves a name, member access or predefined type used as a qualifier or value.
    pub fn resolve(&mut self, e: &ast::Expr) -> Resolved {
        match &e.kind {
            A::Name { name, type_args } => self.resolve_name(name, type_args, e.span),
            A::PredefinedType(p) => Resolved::Type(match p {
                ast::PredefinedType::Object => Ty::Object,
                _ => self.cx.predefined(*p, e.span),
            }),
            A::Member {
                target,
                name,
                type_args,
            } => {
                if let Some(ty) = self.color_color(target, name) {
                    return self.member_of_type(ty, name, Vec::new(), e.span);
                }
                let t = self.resolve(target);
                let targs: Vec<Ty> = type_args
                    .iter()
                    .map(|t| self.cx.resolve_value_type(t, self.ns.as_deref()))
                    .collect();
                match t {
                    Resolved::Namespace(ns) => {
                        self.member_of_namespace(&ns, name, type_args, e.span)
                    }
                    Resolved::Type(ty) => self.member_of_type(ty, name, targs, e.span),
                    Resolved::Value(v) => self.member_of_value(v, name, targs, e.span),
                    Resolved::Methods(g) => {
                        self.err(
                            "CS0119",
                            format!(
                                "'{}' is a method, which is not valid in the given context",
                                g.name
                            ),
                            target.span,
                            "call the method first: `M().Member`",
                        );
                        Resolved::Value(Expr::error(e.span))
                    }
                    Resolved::Discard => {
                        self.err(
                            "CS0103",
                            "The name '_' does not exist in the current context",
                            target.span,
                            "`_` is only a discard on the left of `=`",
                        );
                        Resolved::Value(Expr::error(e.span))
                    }
                }
            }
            A::AliasQualified {
                alias,
                name,
                type_args,
            } if alias.name == "global" => self
                .global_qualified(name, type_args)
                .unwrap_or_else(|| Resolved::Value(self.expr(e))),
            _ => Resolved::Value(self.expr(e)),
        }
    }

    fn resolve_name(
        &mut self,
        name: &ast::Ident,
        type_args: &[ast::TypeExpr],
        span: Span,
    ) -> Resolved {
        let n = name.name.as_str();
        if let Some(r) = self.generic_local_group(name, type_args) {
            return r;
        }
        if type_args.is_empty() {
            if let Some(b) = self.scopes.lookup(n) {
                return Resolved::Value(match b.local {
                    None => {
                        self.cx.diags.push(
                            Diagnostic::error(
                                "CS0841",
                                format!("Cannot use local variable '{n}' before it is declared"),
                                span,
                            )
                            .with_label(b.span, "declared here")
                            .with_hint("move the declaration before this use"),
                        );
                        Expr::error(span)
                    }
                    Some(id) => {
                        let l = self.local(id);
                        let ty = l.ty.clone();
                        match (&l.kind, &self.local_consts[id.0 as usize]) {
                            (LocalKind::Const, Some(c)) => mk(ExprKind::Const(c.clone()), ty, span),
                            (LocalKind::Const, None) => mk(ExprKind::Error, ty, span),
                            _ => mk(ExprKind::Local(id), ty, span),
                        }
                    }
                });
            }
        }
        let targs: Vec<Ty> = type_args
            .iter()
            .map(|t| self.cx.resolve_value_type(t, self.ns.as_deref()))
            .collect();
        if let Some((owner, m)) = self.cx.find_member(self.class, n) {
            if !self.member_accessible(owner, &m) {
                let shown = self.member_display(owner, &m, n);
                return self.inaccessible(&shown, span, span);
            }
            return match m {
                ClassMember::Field(f) if !self.cx.program.field(f).is_static => {
                    self.own_member(ClassMember::Field(f), n, span)
                }
                ClassMember::Property(p) => self.own_member(ClassMember::Property(p), n, span),
                ClassMember::Event(e) => self.own_custom_event(owner, &e, span),
                ClassMember::Field(f) => Resolved::Value(self.field_value(f, span)),
                ClassMember::Unsupported(_) => Resolved::Value(Expr::error(span)),
                ClassMember::Methods(ms) => {
                    let ms: Vec<_> = ms
                        .into_iter()
                        .filter(|&m| self.method_accessible(m))
                        .collect();
                    let mut cands = self.cx.method_cands(self.class, &ms);
                    // `object`'s overloads (`Equals(a, b)`, `Equals(o)`) stay in the group beside
                    // the class's own `Equals`, found past every class of the program.
                    self.inherited_object_cands(self.class, n, &mut cands, false);
                    Resolved::Methods(MethodGroup {
                        cands,
                        receiver: None,
                        name: n.to_string(),
                        type_args: targs,
                        via_type: false,
                    })
                }
            };
        }
        if let Some(r) = self.outer_member(n, &targs, span) {
            return r;
        }
        if let Some(t) = crate::generics::named(&self.cx.generic_scope, n) {
            if targs.is_empty() {
                return Resolved::Type(t.clone());
            }
        }
        if let Some(t) = self.cx.class_type_param(n).filter(|_| targs.is_empty()) {
            return Resolved::Type(t);
        }
        if let Some(t) = self.type_by_name(n, targs.clone(), span) {
            return Resolved::Type(t);
        }
        if type_args.is_empty() && self.cx.namespace_exists(n) {
            return Resolved::Namespace(n.to_string());
        }
        if n == "_" {
            return Resolved::Discard;
        }
        if let Some(r) = self.static_import(name, &targs, span) {
            return r;
        }
        // `Message` inside an exception class: a member of the library class it derives from.
        let ancestor = self.cx.library_ancestor(self.class);
        let inherited = lookup_members(&ancestor, n);
        // A static one (`SetSynchronizationContext` in a context class) is the type's member.
        let all_static = !inherited.is_empty()
            && inherited
                .iter()
                .all(|c| library().get(c.callee_builtin()).is_static);
        if ancestor != Ty::Object && all_static {
            return self.member_of_type(ancestor, name, targs, span);
        }
        if ancestor != Ty::Object && self.has_this() && !inherited.is_empty() {
            let this = self.this_expr(span);
            let obj =
                crate::convert::apply(this, Some(crate::hir::Conversion::Reference), &ancestor);
            return self.member_of_value(obj, name, targs, span);
        }
        // `GetType()`, `Equals(o)`, `ReferenceEquals(a, b)`: `object`'s members by simple name
        // (the instance ones on `this`, which the call adds).
        let object_cands = lookup_members(&Ty::Object, n);
        if !object_cands.is_empty()
            && crate::user_types::OBJECT_MEMBERS.contains(&n)
            && !self.cx.inherits.contains(&self.class)
            && library().get(object_cands[0].callee_builtin()).kind == MemberKind::Method
        {
            return Resolved::Methods(MethodGroup {
                cands: object_cands,
                receiver: None,
                name: n.to_string(),
                type_args: targs,
                via_type: false,
            });
        }
        if self.inherited_name(n, !type_args.is_empty(), span) {
            return Resolved::Value(Expr::error(span));
        }
        if let Some(l) = Lib::by_name_any_arity(n).filter(|l| l.info().tier == 1) {
            self.err(
                "CS0103",
                format!("The name '{n}' does not exist in the current context"),
                span,
                &format!("add `using {};` at the top of the file", l.info().namespace),
            );
        } else {
            self.err(
                "CS0103",
                format!("The name '{n}' does not exist in the current context"),
                span,
                "declare it before use, or check the spelling",
            );
        }
        Resolved::Value(Expr::error(span))
    }

    /// A type named in expression position (`Console`, `List<int>`, `Program`), if there is one.
    fn type_by_name(&mut self, n: &str, targs: Vec<Ty>, span: Span) -> Option<Ty> {
        if let Some(id) = self
            .cx
            .lookup_class_arity(n, targs.len(), self.ns.as_deref())
        {
            if self.cx.gclasses.is_template(id) {
                return Some(self.cx.user_class_type(id, &targs, span));
            }
            // A generic type reported with its declaration (a record) is named with its type
            // arguments.
            if targs.is_empty() || self.cx.class_arity[id.0 as usize] > 0 {
                return Some(self.cx.class_ty(id));
            }
        }
        if self.cx.is_unsupported_type(n) {
            return Some(Ty::Error);
        }
        let alias = match n {
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
        if let Some(t) = alias.filter(|_| targs.is_empty() && self.cx.imports.contains("System")) {
            return Some(t);
        }
        if let Some(l) = Lib::by_name(n, targs.len()) {
            let info = l.info();
            if info.tier > 1 {
                self.cx.outside_type_error(n, Some(info.tier), span);
                return Some(Ty::Error);
            }
            if self.cx.imports.contains(info.namespace) {
                return Some(if targs.iter().any(Ty::is_error) {
                    Ty::Error
                } else {
                    Ty::Lib(l, targs)
                });
            }
            return None;
        }
        if let Some(tier) = crate::types::outside_type(n) {
            self.cx.outside_type_error(n, tier, span);
            return Some(Ty::Error);
        }
        None
    }

    pub fn field_value(&mut self, f: FieldId, span: Span) -> Expr {
        self.check_event_use(f, span);
        let mut ty = self.cx.program.field(f).ty.clone();
        // In an enum member's initializer the enum's members are `int`s (C#: "always treated
        // as having the type of their underlying type").
        let class = self.cx.program.field(f).class;
        if self.cx.enum_init == Some(class) {
            ty = self.cx.program.class(class).enum_underlying.clone();
        }
        // `const string Label = nameof(Label);` names the constant without evaluating it.
        if self.in_nameof {
            return mk(ExprKind::Error, ty, span);
        }
        if matches!(
            self.cx.const_state[f.0 as usize],
            crate::context::ConstState::NotConst
        ) {
            return mk(ExprKind::StaticField(f), ty, span);
        }
        match crate::eval_const_field(self.cx, f) {
            Some(c) => mk(ExprKind::Const(c), ty, span),
            None => mk(ExprKind::Error, ty, span),
        }
    }

    fn member_of_namespace(
        &mut self,
        ns: &str,
        name: &ast::Ident,
        type_args: &[ast::TypeExpr],
        span: Span,
    ) -> Resolved {
        let full = format!("{ns}.{}", name.name);
        if type_args.is_empty() && self.cx.namespace_exists(&full) {
            return Resolved::Namespace(full);
        }
        let seg = ast::TypeSegment {
            name: name.clone(),
            args: type_args.to_vec(),
        };
        let mut segs: Vec<ast::TypeSegment> = ns
            .split('.')
            .map(|p| ast::TypeSegment {
                name: ast::Ident {
                    name: p.to_string(),
                    span,
                },
                args: Vec::new(),
            })
            .collect();
        segs.push(seg);
        let exists = Lib::by_name(&name.name, type_args.len())
            .is_some_and(|l| l.info().namespace == ns)
            || self.cx.classes_by_name.get(&name.name).is_some_and(|ids| {
                ids.iter()
                    .any(|&c| self.cx.program.class(c).namespace.as_deref() == Some(ns))
            });
        if !exists && crate::bcl::is_dotnet_namespace(ns) && !self.cx.user_namespaces.contains(ns) {
            // A type of .NET outside the library (`System.DateTime`), or one unawait does not
            // know: either way not a C# error.
            match crate::types::outside_type(&name.name) {
                Some(tier) => self.cx.outside_type_error(&name.name, tier, name.span),
                None => self.cx.outside_type_error(&full, None, name.span),
            }
            return Resolved::Value(Expr::error(span));
        }
        if !exists {
            self.err(
                "CS0234",
                format!("The type or namespace name '{}' does not exist in the namespace '{ns}' (are you missing an assembly reference?)", name.name),
                name.span,
                "check the spelling",
            );
            return Resolved::Value(Expr::error(span));
        }
        let te = ast::TypeExpr {
            kind: ast::TypeExprKind::Named(segs),
            span,
        };
        Resolved::Type(self.cx.resolve_type(&te, self.ns.as_deref()))
    }

    pub(crate) fn member_of_type(
        &mut self,
        ty: Ty,
        name: &ast::Ident,
        targs: Vec<Ty>,
        span: Span,
    ) -> Resolved {
        let n = name.name.as_str();
        if let Ty::Generic(_) = ty {
            self.cx.unsupported(
                &format!("members of a type parameter through its name (`{ty}.{n}`: static abstract interface members, C# 11) are"),
                name.span,
            );
            return Resolved::Value(Expr::error(span));
        }
        let class_of = match &ty {
            Ty::Class(id, c) => Some((*id, c.name.clone())),
            Ty::Enum(id, e) => Some((*id, e.name.clone())),
            _ => None,
        };
        if let Some((id, cname)) = class_of {
            let (id, cname) = (&id, cname.as_str());
            if self.cx.skipped_classes.contains(id) {
                return Resolved::Value(Expr::error(span));
            }
            let Some((owner, m)) = self.cx.find_member(*id, n) else {
                // `Outer.Inner`, or a generic nested type with its arguments (`Outer.Box<int>`).
                let inner = self
                    .cx
                    .nested_type_arity(*id, n, targs.len())
                    .or_else(|| self.cx.nested_type(*id, n).filter(|_| targs.is_empty()));
                if let Some(inner) = inner {
                    if !self.cx.nested_accessible(inner, name.span) {
                        return Resolved::Type(Ty::Error);
                    }
                    return Resolved::Type(self.cx.user_class_type(inner, &targs, span));
                }
                if !self.cx.opaque.contains(id) {
                    self.err(
                        "CS0117",
                        format!("'{cname}' does not contain a definition for '{n}'"),
                        name.span,
                        "check the spelling, or declare the member",
                    );
                }
                return Resolved::Value(Expr::error(span));
            };
            if !self.member_accessible(owner, &m) {
                let shown = self.member_display(owner, &m, n);
                return self.inaccessible(&shown, name.span, span);
            }
            return match m {
                ClassMember::Unsupported(_) => Resolved::Value(Expr::error(span)),
                ClassMember::Field(f) if !self.cx.program.field(f).is_static => {
                    self.instance_member_via_type(cname, n, span)
                }
                ClassMember::Field(f) => Resolved::Value(self.field_value(f, span)),
                ClassMember::Property(p) if p.is_static => {
                    Resolved::Value(self.property_read(&p, None, span))
                }
                ClassMember::Property(_) => self.instance_member_via_type(cname, n, span),
                ClassMember::Event(e) if e.is_static => {
                    self.custom_event_use(owner, &e, None, span)
                }
                ClassMember::Event(_) => self.instance_member_via_type(cname, n, span),
                ClassMember::Methods(ms) => {
                    let ms: Vec<_> = ms
                        .into_iter()
                        .filter(|&m| self.method_accessible(m))
                        .collect();
                    Resolved::Methods(MethodGroup {
                        cands: self.cx.method_cands(*id, &ms),
                        receiver: None,
                        name: n.to_string(),
                        type_args: targs,
                        via_type: true,
                    })
                }
            };
        }
        if ty.is_error() {
            return Resolved::Value(Expr::error(span));
        }
        // `Environment.SpecialFolder`: a type nested in a library type.
        if let Ty::Lib(l, args) = &ty {
            if let Some(t) = self.cx.nested_in_lib(*l, args, name) {
                return Resolved::Type(t);
            }
        }
        let found = lookup_members(&ty, n);
        let Some(first) = found.first() else {
            if let Some(what) = later_tier_member(&ty, n) {
                self.cx.unsupported(&what, name.span);
                return Resolved::Value(Expr::error(span));
            }
            let hint = match self.library_gap(&ty, name, false) {
                Gap::Handled => return Resolved::Value(Expr::error(span)),
                Gap::CSharpError(hint) => hint.unwrap_or_else(|| members_hint(&ty)),
            };
            self.err(
                "CS0117",
                format!("'{ty}' does not contain a definition for '{n}'"),
                name.span,
                &hint,
            );
            return Resolved::Value(Expr::error(span));
        };
        let lib = library();
        let b = lib.get(first.callee_builtin());
        match &b.kind {
            MemberKind::Method => Resolved::Methods(MethodGroup {
                cands: found,
                receiver: None,
                name: n.to_string(),
                type_args: targs,
                via_type: true,
            }),
            MemberKind::Const(c) => {
                Resolved::Value(mk(ExprKind::Const(c.clone()), b.ret.clone(), span))
            }
            MemberKind::Property { .. } => {
                if !b.is_static && !self.in_nameof {
                    self.err(
                        "CS0120",
                        format!("An object reference is required for the non-static field, method, or property '{}'", b.display(&[])),
                        span,
                        &format!("use a `{ty}` value: `value.{n}`"),
                    );
                    return Resolved::Value(Expr::error(span));
                }
                let member = first.callee_builtin();
                Resolved::Value(mk(
                    ExprKind::Property {
                        receiver: None,
                        member,
                        type_args: first.owner_args.clone(),
                    },
                    b.ret.subst(&first.owner_args),
                    span,
                ))
            }
            MemberKind::Indexer { .. } | MemberKind::Constructor => {
                self.err(
                    "CS0117",
                    format!("'{ty}' does not contain a definition for '{n}'"),
                    name.span,
                    &members_hint(&ty),
                );
                Resolved::Value(Expr::error(span))
            }
        }
    }

    pub(crate) fn inaccessible(&mut self, what: &str, name_span: Span, span: Span) -> Resolved {
        self.err(
            "CS0122",
            format!("'{what}' is inaccessible due to its protection level"),
            name_span,
            "members are private by default; mark it `public` or `internal`",
        );
        Resolved::Value(Expr::error(span))
    }

    pub(crate) fn in_static_method(&self) -> bool {
        self.func
            .method
            .is_none_or(|m| self.cx.program.method(m).is_static)
    }

    pub fn method_display(&self, m: crate::hir::MethodId) -> String {
        let m = self.cx.program.method(m);
        let ps: Vec<String> = m.param_types.iter().map(|t| t.to_string()).collect();
        let class = &self.cx.program.class(m.class).name;
        let shown = self.cx.class_display(m.class);
        format!("{shown}.{}({})", m.shown_name(class), ps.join(", "))
    }
}

pub use crate::resolve_value::{first_member, lookup_members};
