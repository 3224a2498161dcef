//! Members of user classes: instance fields and properties read through `this` or an object,
//! instance method groups, and C#'s errors for a member used without the object it needs.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_call::{Cand, MethodGroup};
use crate::check_expr::mk;
use crate::context::{ClassMember, Prop};
use crate::hir::{Callee, ClassId, Conversion, Expr, ExprKind};
use crate::lib_gaps::Gap;
use crate::resolve::Resolved;
use crate::resolve_value::lookup_members;
use crate::types::Ty;

impl Body<'_, '_> {
    /// The code being checked has a `this`: an instance method, accessor or constructor.
    pub(crate) fn has_this(&self) -> bool {
        self.func
            .method
            .is_some_and(|m| !self.cx.program.method(m).is_static)
    }

    /// An instance member named where there is no `this`: CS0236 in a field initializer, CS0120
    /// elsewhere (a static method, or through the type's name).
    pub(crate) fn no_object(&mut self, shown: &str, span: Span, via_type: bool) {
        if self.in_nameof {
            return;
        }
        if self.func.instance_initializer && !via_type {
            self.err(
                "CS0236",
                format!("A field initializer cannot reference the non-static field, method, or property '{shown}'"),
                span,
                "move the initialization into a constructor",
            );
        } else {
            let hint = if via_type {
                "use an object of the class: `value.Member`"
            } else {
                "make the member `static`, or use it from an instance method"
            };
            self.err(
                "CS0120",
                format!("An object reference is required for the non-static field, method, or property '{shown}'"),
                span,
                hint,
            );
        }
    }

    /// A field or property of the class being checked, named without a receiver.
    pub(crate) fn own_member(&mut self, m: ClassMember, n: &str, span: Span) -> Resolved {
        let shown = format!("{}.{n}", self.cx.class_display(self.class));
        let is_static = match &m {
            ClassMember::Field(f) => self.cx.program.field(*f).is_static,
            ClassMember::Property(p) => p.is_static,
            _ => true,
        };
        let receiver = if is_static {
            None
        } else if self.has_this() {
            Some(self.this_expr(span))
        } else {
            self.no_object(&shown, span, false);
            return Resolved::Value(Expr::error(span));
        };
        Resolved::Value(match m {
            ClassMember::Field(f) => match receiver {
                None => self.field_value(f, span),
                Some(r) => self.instance_field(r, f, span),
            },
            ClassMember::Property(p) => self.property_read(&p, receiver, span),
            _ => Expr::error(span),
        })
    }

    /// A simple name in a nested type that is a member of an enclosing type: C# finds it there
    /// as if named through the type (`Outer.name`), so an instance member is CS0120.
    pub(crate) fn outer_member(&mut self, n: &str, targs: &[Ty], span: Span) -> Option<Resolved> {
        let mut outer = self.cx.program.class(self.class).outer;
        let mut depth = 0;
        let (owner, m) = loop {
            let o = outer.filter(|_| depth < 64)?;
            if let Some(found) = self.cx.find_member(o, n) {
                break found;
            }
            outer = self.cx.program.class(o).outer;
            depth += 1;
        };
        if !self.member_accessible(owner, &m) {
            let shown = self.member_display(owner, &m, n);
            return Some(self.inaccessible(&shown, span, span));
        }
        let shown = format!("{}.{n}", self.cx.class_display(owner));
        Some(match m {
            ClassMember::Field(f) if self.cx.program.field(f).is_static => {
                Resolved::Value(self.field_value(f, span))
            }
            ClassMember::Property(p) if p.is_static => {
                Resolved::Value(self.property_read(&p, None, span))
            }
            ClassMember::Event(e) if e.is_static => self.custom_event_use(owner, &e, None, span),
            ClassMember::Field(_) | ClassMember::Property(_) | ClassMember::Event(_) => {
                self.instance_member_via_type(&self.cx.class_display(owner), n, span)
            }
            ClassMember::Unsupported(_) => Resolved::Value(Expr::error(span)),
            ClassMember::Methods(ms) => {
                let _ = shown;
                let ms: Vec<_> = ms
                    .into_iter()
                    .filter(|&m| self.method_accessible(m))
                    .collect();
                Resolved::Methods(crate::check_call::MethodGroup {
                    cands: self.cx.method_cands(owner, &ms),
                    receiver: None,
                    name: n.to_string(),
                    type_args: targs.to_vec(),
                    via_type: true,
                })
            }
        })
    }

    /// `type.name` for an instance member of a user class: an error without an object.
    pub(crate) fn instance_member_via_type(
        &mut self,
        cname: &str,
        n: &str,
        span: Span,
    ) -> Resolved {
        self.no_object(&format!("{cname}.{n}"), span, true);
        Resolved::Value(Expr::error(span))
    }

    pub(crate) fn instance_field(
        &mut self,
        receiver: Expr,
        f: crate::hir::FieldId,
        span: Span,
    ) -> Expr {
        self.check_event_use(f, span);
        let ty = self.cx.program.field(f).ty.clone();
        if self.in_nameof {
            return mk(ExprKind::Error, ty, span);
        }
        mk(
            ExprKind::InstanceField {
                receiver: Box::new(receiver),
                field: f,
            },
            ty,
            span,
        )
    }

    /// Reading a property: its backing field, or a call of its getter.
    pub(crate) fn property_read(&mut self, p: &Prop, receiver: Option<Expr>, span: Span) -> Expr {
        if let Some(f) = p.backing {
            return match receiver {
                None => self.field_value(f, span),
                Some(r) => self.instance_field(r, f, span),
            };
        }
        match p.getter {
            Some(g) if !self.in_nameof => mk(
                ExprKind::Call {
                    callee: Callee::User(g),
                    receiver: receiver.map(Box::new),
                    args: Vec::new(),
                    type_args: Vec::new(),
                },
                p.ty.clone(),
                span,
            ),
            // In `nameof`, or a property declared without a getter (reported there).
            _ => mk(ExprKind::Error, p.ty.clone(), span),
        }
    }

    /// Whether the class being checked may use member `m` declared in `owner` (a method
    /// group: any of its overloads).
    pub(crate) fn member_accessible(&self, owner: ClassId, m: &ClassMember) -> bool {
        match m {
            ClassMember::Field(f) => self.accessible(
                owner,
                self.cx.field_private[f.0 as usize],
                self.cx.protected_fields.contains(f),
            ),
            ClassMember::Property(p) => self.accessible(owner, p.private, p.protected),
            ClassMember::Event(e) => self.accessible(owner, e.private, e.protected),
            ClassMember::Methods(ms) => {
                ms.is_empty() || ms.iter().any(|&m| self.method_accessible(m))
            }
            ClassMember::Unsupported(_) => true,
        }
    }

    /// C#'s CS1540: a protected instance member of a base class, used from a derived class
    /// through a reference whose type is not that class (or derived from it): the object may be
    /// of another branch of the hierarchy. `base.` is allowed.
    fn protected_via_other_type(
        &self,
        owner: ClassId,
        m: &ClassMember,
        receiver: &Expr,
        receiver_class: ClassId,
    ) -> bool {
        if self.cx.same_declaration(owner, self.class)
            || matches!(receiver.kind, ExprKind::Base)
            || self.cx.derives_declaration(receiver_class, self.class)
        {
            return false;
        }
        let protected_only = |private: bool, protected: bool| private && protected;
        match m {
            ClassMember::Field(f) => {
                !self.cx.program.field(*f).is_static
                    && protected_only(
                        self.cx.field_private[f.0 as usize],
                        self.cx.protected_fields.contains(f),
                    )
            }
            ClassMember::Property(p) => !p.is_static && protected_only(p.private, p.protected),
            ClassMember::Event(e) => !e.is_static && protected_only(e.private, e.protected),
            ClassMember::Methods(ms) => {
                let usable: Vec<_> = ms.iter().filter(|&&x| self.method_accessible(x)).collect();
                !usable.is_empty()
                    && usable.iter().all(|&&x| {
                        !self.cx.program.method(x).is_static
                            && protected_only(
                                self.cx.method_private[x.0 as usize],
                                self.cx.protected_methods.contains(&x),
                            )
                    })
            }
            ClassMember::Unsupported(_) => false,
        }
    }

    /// How C#'s messages name a member: `Class.field`, `Class.Method(int)`.
    pub(crate) fn member_display(&self, owner: ClassId, m: &ClassMember, n: &str) -> String {
        match m {
            ClassMember::Methods(ms) if !ms.is_empty() => self.method_display(ms[0]),
            _ => format!("{}.{n}", self.cx.class_display(owner)),
        }
    }

    /// `value.name` for a value of user class `id`.
    pub(crate) fn member_of_object(
        &mut self,
        v: Expr,
        id: ClassId,
        cname: &str,
        name: &ast::Ident,
        targs: Vec<Ty>,
        span: Span,
    ) -> Resolved {
        let n = name.name.as_str();
        let Some((owner, member)) = self.cx.find_member(id, n) else {
            return self.object_member(v, id, cname, name, targs, span);
        };
        if !self.member_accessible(owner, &member) {
            let shown = self.member_display(owner, &member, n);
            return self.inaccessible_member(&shown, name.span, span);
        }
        if self.protected_via_other_type(owner, &member, &v, id) {
            let shown = self.member_display(owner, &member, n);
            let here = self.cx.class_display(self.class).to_string();
            self.err(
                "CS1540",
                format!("Cannot access protected member '{shown}' via a qualifier of type '{cname}'; the qualifier must be of type '{here}' (or derived from it)"),
                name.span,
                &format!("a derived class reaches a protected member only through `this`, `base` or a `{here}` (or a class derived from it)"),
            );
            return Resolved::Value(Expr::error(span));
        }
        let shown = format!("{}.{n}", self.cx.class_display(owner));
        match member {
            ClassMember::Unsupported(_) => Resolved::Value(Expr::error(span)),
            ClassMember::Field(f) => {
                let field = self.cx.program.field(f);
                if field.is_static || field.constant.is_some() {
                    return self.static_via_instance(&shown, name.span, span);
                }
                Resolved::Value(self.instance_field(v, f, span))
            }
            ClassMember::Property(p) => {
                if p.is_static {
                    return self.static_via_instance(&shown, name.span, span);
                }
                Resolved::Value(self.property_read(&p, Some(v), span))
            }
            ClassMember::Event(e) => {
                if e.is_static {
                    return self.static_via_instance(&shown, name.span, span);
                }
                self.custom_event_use(owner, &e, Some(v), span)
            }
            ClassMember::Methods(ms) => {
                let ms: Vec<_> = ms
                    .into_iter()
                    .filter(|&m| self.method_accessible(m))
                    .collect();
                let mut cands = self.cx.method_cands(id, &ms);
                self.inherited_object_cands(id, n, &mut cands, false);
                Resolved::Methods(MethodGroup {
                    cands,
                    receiver: Some(Box::new(v)),
                    name: n.to_string(),
                    type_args: targs,
                    via_type: false,
                })
            }
        }
    }

    /// `object`'s members of name `n` (or those of the library class `id` derives from) join
    /// the class's own overloads, past every class of the program: they are chosen only when
    /// none of the program's applies (`p.Equals(o)` beside `bool Equals(Person)`), since
    /// applicable members of a more derived type hide the base's.
    pub(crate) fn inherited_object_cands(
        &self,
        id: ClassId,
        n: &str,
        cands: &mut Vec<Cand>,
        static_only: bool,
    ) {
        if !crate::user_types::OBJECT_MEMBERS.contains(&n) {
            return;
        }
        // A base the checker does not model may declare the instance members itself.
        let static_only = static_only || self.cx.inherits.contains(&id);
        let depth = self.cx.class_chain(id).len() as u32;
        let ancestor = self.cx.library_ancestor(id);
        cands.extend(
            lookup_members(&ancestor, n)
                .into_iter()
                .filter(|c| {
                    let b = crate::builtins::library().get(c.callee_builtin());
                    b.kind == crate::builtins::MemberKind::Method && (!static_only || b.is_static)
                })
                .map(|c| Cand {
                    level: depth + c.level,
                    ..c
                }),
        );
    }

    /// `ToString`, `GetType`, `Equals`, `GetHashCode`: members of `object`.
    fn object_member(
        &mut self,
        v: Expr,
        id: ClassId,
        cname: &str,
        name: &ast::Ident,
        targs: Vec<Ty>,
        span: Span,
    ) -> Resolved {
        let n = name.name.as_str();
        let is_base = matches!(v.kind, ExprKind::Base);
        // Members of the library class the class derives from (`object`, or an exception's
        // `Message`, `InnerException`).
        let ancestor = self.cx.library_ancestor(id);
        let found = lookup_members(&ancestor, n);
        // `object`'s members the library lacks (`GetType`) are reported as such there.
        let object_member = crate::user_types::OBJECT_MEMBERS.contains(&n);
        if !found.is_empty() || object_member {
            let span_v = v.span;
            let obj = mk(
                ExprKind::Convert {
                    conversion: Conversion::Reference,
                    expr: Box::new(v),
                },
                ancestor,
                span_v,
            );
            return self.member_of_value(obj, name, targs, span);
        }
        // LINQ's operators on a class implementing `IEnumerable<T>`, `WithCancellation` on one
        // implementing `IAsyncEnumerable<T>`: members of the interface (user_enumerables.rs).
        if !is_base {
            if let Some(t) = crate::user_enumerables::member_owner(self, &v.ty, n) {
                let conv = crate::user_enumerables::as_interface(v, &t);
                return self.member_of_value(conv, name, targs, span);
            }
        }
        if !is_base && self.cx.extension_targets.contains_key(n) {
            if let Some(g) = self.extension_group(v, n, targs) {
                return Resolved::Methods(g);
            }
        }
        // `GetInvocationList`, `Method`, `Target`, ...: members every delegate type inherits
        // from `System.Delegate`.
        if self.cx.program.class(id).kind == crate::hir::ClassKind::Delegate
            && DELEGATE_MEMBERS.contains(&n)
        {
            self.cx.outside_library(
                format!("`{cname}.{n}` (a member of `System.Delegate`) is outside unawait's library"),
                name.span,
                "a delegate is invoked (`d(args)`, `d.Invoke(args)`), combined (`+`, `-`) and compared (`==`)".into(),
            );
            return Resolved::Value(Expr::error(span));
        }
        let known = self.cx.opaque.contains(&id) || self.cx.extension_methods.contains(n);
        // A member the class inherits from .NET (`GetBaseException` of an exception) that the
        // library lacks is UA0104, as it is through the library type itself.
        if !known {
            if let Gap::Handled = self.library_gap(&ancestor, name, true) {
                return Resolved::Value(Expr::error(span));
            }
        }
        // `base.G` is a member lookup in the base class, not on a value: C#'s CS0117.
        if !known && is_base {
            self.err(
                "CS0117",
                format!("'{cname}' does not contain a definition for '{n}'"),
                name.span,
                "check the spelling",
            );
            return Resolved::Value(Expr::error(span));
        }
        if !known {
            self.err(
                "CS1061",
                format!("'{cname}' does not contain a definition for '{n}' and no accessible extension method '{n}' accepting a first argument of type '{cname}' could be found (are you missing a using directive or an assembly reference?)"),
                name.span,
                "check the spelling",
            );
        }
        Resolved::Value(Expr::error(span))
    }

    fn static_via_instance(&mut self, shown: &str, name_span: Span, span: Span) -> Resolved {
        self.err(
            "CS0176",
            format!("Member '{shown}' cannot be accessed with an instance reference; qualify it with a type name instead"),
            name_span,
            "use the class's name: `ClassName.Member`",
        );
        Resolved::Value(Expr::error(span))
    }

    fn inaccessible_member(&mut self, what: &str, name_span: Span, span: Span) -> Resolved {
        self.err(
            "CS0122",
            format!("'{what}' is inaccessible due to its protection level"),
            name_span,
            "members are private by default; mark it `public` or `internal`",
        );
        Resolved::Value(Expr::error(span))
    }
}

/// The members of `System.Delegate` and `System.MulticastDelegate` besides `object`'s.
const DELEGATE_MEMBERS: &[&str] = &[
    "BeginInvoke",
    "Clone",
    "DynamicInvoke",
    "EndInvoke",
    "GetInvocationList",
    "GetMethodInfo",
    "GetObjectData",
    "HasSingleTarget",
    "Method",
    "Target",
];
