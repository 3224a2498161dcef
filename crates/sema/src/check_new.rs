//! `new`: objects of the library's types (overload resolution of their constructors), arrays
//! (sizes, initializers, the best common type of `new[] { ... }`) and initializers: a
//! collection initializer of `List<T>` (checked against the element type) or of a dictionary
//! (check_dict_init.rs), or what the language
//! does not have yet: object initializers (`new C { X = 1 }`, `new() { ["k"] = v }`), whose
//! member names are no names of the enclosing scope, and the initializers of types sema does not
//! know (reported where the type is named).

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_call::{Cand, MethodGroup};
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::context::ClassMember;
use crate::convert;
use crate::hir::{Callee, ClassId, Expr, ExprKind, InitTarget, MemberInit};
use crate::resolve::lookup_members;
use crate::types::{Lib, Ty};

/// `{ X = 1, [k] = v }`: members or indices assigned, rather than elements added.
fn is_object_initializer(items: &[ast::Expr]) -> bool {
    items.iter().any(|i| {
        matches!(&i.kind, A::Assign { op: None, target, .. }
            if matches!(target.kind, A::Name { .. } | A::ImplicitIndex(_)))
    })
}

impl Body<'_, '_> {
    pub(crate) fn new_expr(
        &mut self,
        te: Option<&ast::TypeExpr>,
        args: &[ast::Arg],
        init: Option<&[ast::Expr]>,
        expected: Option<&Ty>,
        span: Span,
    ) -> Expr {
        let ty = match (te, expected) {
            (Some(te), _) => self.cx.resolve_value_type(te, self.ns.as_deref()),
            (None, Some(t)) => t.clone(),
            (None, None) => {
                self.err(
                    "CS8754",
                    "There is no target type for 'new()'",
                    span,
                    "write the type: `new T()`",
                );
                Ty::Error
            }
        };
        if ty.delegate_sig().is_some() {
            return self.new_delegate(ty, args, init, span);
        }
        if let Ty::Class(id, _) = &ty {
            return self.new_object(*id, ty.clone(), args, init, span);
        }
        if let Ty::Generic(p) = &ty {
            let p = p.clone();
            return self.new_type_param(&p, ty.clone(), args, init, span);
        }
        if let Some(derived) = self.inherits_equatable(&ty) {
            // The runtime compares by the objects' classes; .NET by the collection's `T`.
            self.cx.unsupported(
                &format!("collections of `{derived}`, whose `IEquatable<T>` is a base class's (.NET compares them with `Equals(object)`), are"),
                span,
            );
            self.args(args);
            return Expr::error(span);
        }
        if ty.is_collection_interface() {
            self.args(args);
            self.err(
                "CS0144",
                format!("Cannot create an instance of the abstract type or interface '{ty}'"),
                span,
                "create a collection that implements it: `new List<T>()`",
            );
            return Expr::error(span);
        }
        // An abstract class of .NET's, of which the library has only the pool's instance.
        if matches!(ty, Ty::Lib(crate::types::Lib::TaskScheduler, _)) {
            self.args(args);
            self.err(
                "CS0144",
                format!("Cannot create an instance of the abstract type or interface '{ty}'"),
                span,
                "use the pool's scheduler: `TaskScheduler.Default`",
            );
            return Expr::error(span);
        }
        // `new int?()` is null, `new int?(5)` the value made nullable.
        if let (Some(inner), None) = (ty.nullable_of().cloned(), init) {
            match args {
                [] => {
                    return crate::check_expr::mk(
                        ExprKind::Const(crate::constants::ConstValue::Null),
                        ty.clone(),
                        span,
                    )
                }
                [a] if a.modifier.is_none() && a.name.is_none() => {
                    let v = self.expr(&a.value);
                    let v = self.coerce(v, &inner);
                    return self.coerce(v, &ty);
                }
                _ => {}
            }
        }
        // `new int()`: the type's default (C# gives every value type a parameterless
        // constructor; a generic type's instance meets it as `new T()`).
        let value_task = matches!(
            ty,
            Ty::Lib(
                crate::types::Lib::ValueTask | crate::types::Lib::ValueTaskOf,
                _
            )
        );
        if args.is_empty() && init.is_none() && (ty.is_value_type() || value_task) && !ty.is_error()
        {
            if let Some(d) = crate::check_expr::default_of(&ty, span) {
                return d;
            }
            // A library struct whose default the runtime does not make (`new ValueTask()`).
            if !crate::resolve_value::lookup_members(&ty, ".ctor")
                .iter()
                .any(|c| {
                    c.level == 0
                        && crate::builtins::library()
                            .get(c.callee_builtin())
                            .params
                            .is_empty()
                })
            {
                self.cx
                    .unsupported(&format!("`new {ty}()` (the default `{ty}`) is"), span);
                return Expr::error(span);
            }
        }
        let arg_exprs = self.args(args);
        let init_exprs = init.and_then(|items| self.initializer(&ty, items));
        match &ty {
            Ty::Error => return Expr::error(span),
            Ty::Lib(l, _) if l.info().is_static_class => {
                self.err(
                    "CS0712",
                    format!("Cannot create an instance of the static class '{ty}'"),
                    span,
                    "call its members directly: `Console.WriteLine(..)`",
                );
                return Expr::error(span);
            }
            _ => {}
        }
        let cands = lookup_members(&ty, ".ctor");
        let cands: Vec<Cand> = cands.into_iter().filter(|c| c.level == 0).collect();
        if cands.is_empty() {
            let have = format!("no constructor of `{ty}`");
            if self.missing_overload(&ty, ".ctor", arg_exprs.len(), span, &have) {
                return Expr::error(span);
            }
            self.err(
                "CS1729",
                format!(
                    "'{ty}' does not contain a constructor that takes {} arguments",
                    arg_exprs.len()
                ),
                span,
                "this type cannot be created with `new` in unawait's library",
            );
            return Expr::error(span);
        }
        let g = MethodGroup {
            cands,
            receiver: None,
            name: ty.to_string(),
            type_args: Vec::new(),
            via_type: true,
        };
        let Some(res) = self.resolve_call(g, arg_exprs, span, true) else {
            return mk(ExprKind::Error, ty, span);
        };
        let compared = match &ty {
            Ty::Lib(Lib::Dictionary, a) if a.len() == 2 => Some((a[0].clone(), "dictionary keys")),
            Ty::Lib(Lib::HashSet, a) if a.len() == 1 => Some((a[0].clone(), "set elements")),
            _ => None,
        };
        if let Some((key, what)) = compared {
            // Keys of the program's classes and interfaces: the runtime runs their
            // `Equals`/`GetHashCode` overrides as .NET's default comparer does. A copied
            // dictionary's keys are not (.NET versions differ on whether `GetHashCode` runs).
            let is_comparer = |e: &Expr| matches!(e.ty, Ty::Lib(Lib::IEqualityComparer, _));
            // A comparer of the program's compares the keys itself (the runtime runs it).
            let user_comparer = res.args.iter().any(|e| {
                is_comparer(e)
                    && matches!(&e.kind, ExprKind::Convert { expr, .. } if matches!(expr.ty, Ty::Class(..)))
            });
            let dictionary_copy = matches!(ty, Ty::Lib(Lib::Dictionary, _))
                && !res.args.is_empty()
                && !res.args.iter().any(is_comparer);
            // Struct keys too: by their overrides or `IEquatable<T>`, else field by field.
            let by_overrides = user_comparer || (!dictionary_copy && matches!(&key, Ty::Class(..)));
            let what = if dictionary_copy {
                "copied dictionary keys"
            } else {
                what
            };
            if !by_overrides && !self.check_equality(&key, what, span) {
                return mk(ExprKind::Error, ty, span);
            }
        }
        let mut initializer = Vec::new();
        if let Some(items) = init_exprs {
            if let Ty::Lib(Lib::List | Lib::HashSet, a) = &ty {
                let elem = a.first().cloned().unwrap_or(Ty::Error);
                initializer = items.into_iter().map(|i| self.coerce(i, &elem)).collect();
            } else if let Ty::Lib(Lib::Dictionary, _) = &ty {
                // Calls of `Add` or the indexer's setter (check_dict_init.rs).
                initializer = items;
            } else {
                self.err(
                    "CS1922",
                    format!("Cannot initialize type '{ty}' with a collection initializer because it does not implement 'System.Collections.IEnumerable'"),
                    span,
                    "only List<T> has a collection initializer",
                );
            }
        }
        mk(
            ExprKind::New {
                ctor: res.callee,
                args: res.args,
                type_args: res.type_args,
                initializer,
            },
            ty,
            span,
        )
    }

    pub(crate) fn new_array(
        &mut self,
        element: Option<&ast::TypeExpr>,
        size: Option<&ast::Expr>,
        init: Option<&[ast::Expr]>,
        span: Span,
    ) -> Expr {
        let elem = element.map(|t| self.cx.resolve_value_type(t, self.ns.as_deref()));
        let size = size.map(|s| {
            let v = self.expr(s);
            if v.ty == Ty::Long {
                v
            } else {
                self.coerce(v, &Ty::Int)
            }
        });
        let items: Option<Vec<Expr>> = init.map(|items| {
            items
                .iter()
                .map(|i| self.expr_with(i, elem.as_ref()))
                .collect()
        });
        let elem = match elem {
            Some(t) => t,
            None => match &items {
                Some(items) => self.best_common_type(items, span),
                None => Ty::Error,
            },
        };
        if elem.is_error() {
            return Expr::error(span);
        }
        let ty = Ty::array_of(elem.clone());
        match (size, items) {
            (Some(size), None) => mk(
                ExprKind::NewArray {
                    elem,
                    size: Box::new(size),
                },
                ty,
                span,
            ),
            (size, Some(items)) => {
                if let Some(size) = size {
                    match size.constant().and_then(ConstValue::as_i64) {
                        Some(n) if n == items.len() as i64 => {}
                        Some(_) => self.err(
                            "CS0847",
                            format!(
                                "An array initializer of length '{}' is expected",
                                size.constant().map_or(String::new(), |c| c.to_string())
                            ),
                            span,
                            "make the size match the number of elements, or omit it",
                        ),
                        None if !size.ty.is_error() => self.err(
                            "CS0150",
                            "A constant value is expected",
                            size.span,
                            "omit the size: `new int[] { ... }`",
                        ),
                        None => {}
                    }
                }
                let items = items.into_iter().map(|i| self.coerce(i, &elem)).collect();
                mk(ExprKind::ArrayInit { elem, items }, ty, span)
            }
            (None, None) => {
                self.err(
                    "CS1586",
                    "Array creation must have array size or array initializer",
                    span,
                    "write `new T[n]` or `new T[] { ... }`",
                );
                Expr::error(span)
            }
        }
    }

    /// C#'s best common type for `new[] { ... }`: the element type every element converts to.
    pub(crate) fn best_common_type(&mut self, items: &[Expr], span: Span) -> Ty {
        if items.iter().any(|i| i.ty.is_error()) {
            return Ty::Error;
        }
        let mut cands: Vec<&Ty> = Vec::new();
        for i in items {
            if i.ty != Ty::Null && !cands.contains(&&i.ty) {
                cands.push(&i.ty);
            }
        }
        let best = cands
            .iter()
            .find(|c| items.iter().all(|i| convert::implicit(&i.ty, c).is_some()));
        match best {
            Some(t) if **t != Ty::Void => (*t).clone(),
            _ => {
                self.err(
                    "CS0826",
                    "No best type found for implicitly-typed array",
                    span,
                    "write the element type: `new int[] { ... }`",
                );
                Ty::Error
            }
        }
    }

    /// The checked elements of a collection initializer of `ty`, or `None` when the initializer
    /// is not one the language has (reported here unless `ty` already was).
    pub(crate) fn initializer(&mut self, ty: &Ty, items: &[ast::Expr]) -> Option<Vec<Expr>> {
        if let Ty::Lib(Lib::Dictionary, _) = ty {
            return self.dictionary_initializer(ty, items);
        }
        let object = is_object_initializer(items);
        if ty.is_error() || object {
            if object && !ty.is_error() {
                let span = items
                    .first()
                    .map(|f| f.span.to(items.last().map_or(f.span, |l| l.span)));
                if let Some(span) = span {
                    self.cx.unsupported("object initializers are", span);
                }
            }
            self.unchecked_initializer(items);
            return None;
        }
        if let Ty::Lib(Lib::Queue | Lib::Stack, _) = ty {
            if let Some(first) = items.first() {
                // A queue or stack is enumerable but has no `Add` for the initializer.
                self.err(
                    "CS1061",
                    format!("'{ty}' does not contain a definition for 'Add' and no accessible extension method 'Add' accepting a first argument of type '{ty}' could be found (are you missing a using directive or an assembly reference?)"),
                    first.span,
                    "enqueue or push the items after `new`",
                );
            }
            self.unchecked_initializer(items);
            return None;
        }
        let elem = match ty {
            Ty::Lib(Lib::List | Lib::HashSet, a) => a.first().cloned(),
            _ => None,
        };
        Some(
            items
                .iter()
                .map(|i| self.expr_with(i, elem.as_ref()))
                .collect(),
        )
    }

    /// Checks the values of an initializer whose targets are unknown (member names, indices
    /// and element types of a type sema does not model), so that nothing in them is lost (an
    /// `await`, a declared variable) and nothing about the targets is claimed.
    pub(crate) fn unchecked_initializer(&mut self, items: &[ast::Expr]) {
        for item in items {
            match &item.kind {
                A::Assign {
                    op: None,
                    target,
                    value,
                } if matches!(target.kind, A::Name { .. } | A::ImplicitIndex(_)) => {
                    if let A::ImplicitIndex(args) = &target.kind {
                        for a in args {
                            self.expr(&a.value);
                        }
                    }
                    self.initializer_value(value);
                }
                _ => self.initializer_value(item),
            }
        }
    }

    fn initializer_value(&mut self, value: &ast::Expr) {
        match &value.kind {
            // `Items = { 1, 2 }`, `{ "key", 1 }`: a nested initializer of the unknown member.
            A::InitializerList(items) => self.unchecked_initializer(items),
            _ => {
                self.expr_with(value, Some(&Ty::Error));
            }
        }
    }

    /// The variables declared inside the arguments and initializer of a `new` that is not
    /// checked (`new C(out var x)`).
    pub(crate) fn declare_new_names(&mut self, args: &[ast::Arg], init: Option<&[ast::Expr]>) {
        for a in args {
            self.declare_expr_names(&a.value);
        }
        for i in init.into_iter().flatten() {
            self.declare_expr_names(i);
        }
    }

    /// `new C(args)` of a user class: C#'s overload resolution among its constructors.
    fn new_object(
        &mut self,
        id: ClassId,
        ty: Ty,
        args: &[ast::Arg],
        init: Option<&[ast::Expr]>,
        span: Span,
    ) -> Expr {
        // The type or its constructor was reported where it is declared.
        if self.cx.skipped_classes.contains(&id)
            || self.cx.opaque.contains(&id)
            || self.cx.unmodelled_ctors.contains(&id)
        {
            self.declare_new_names(args, init);
            return Expr::error(span);
        }
        let cname = self.cx.class_display(id).to_string();
        if self.cx.program.class(id).is_static {
            self.err(
                "CS0712",
                format!("Cannot create an instance of the static class '{cname}'"),
                span,
                "use its members through the class name",
            );
            return Expr::error(span);
        }
        // Named arguments are checked once their constructor is known (`named_args`).
        let named = args.iter().any(|a| a.name.is_some());
        let arg_exprs = if named { Vec::new() } else { self.args(args) };
        if self.cx.program.class(id).is_abstract {
            self.err(
                "CS0144",
                format!("Cannot create an instance of the abstract type or interface '{cname}'"),
                span,
                "create an object of a class that derives from it",
            );
            return Expr::error(span);
        }
        // A struct's `new S()` zeroes it, whatever constructors it declares.
        if ty.is_struct() && args.is_empty() {
            let init = match init {
                Some(items) => self.object_initializer(id, items, span),
                None => Vec::new(),
            };
            let kind = ExprKind::NewObject {
                class: id,
                ctor: None,
                args: Vec::new(),
                init,
            };
            return mk(kind, ty, span);
        }
        let all = self.cx.ctors[id.0 as usize].clone();
        let cands: Vec<Cand> = all
            .iter()
            .filter(|&&m| self.method_accessible(m))
            .map(|&m| Cand::user(m))
            .collect();
        if cands.is_empty() {
            if let Some(&first) = all.first() {
                let shown = self.method_display(first);
                self.err(
                    "CS0122",
                    format!("'{shown}' is inaccessible due to its protection level"),
                    span,
                    "constructors are private by default; mark it `public` or `internal`",
                );
            }
            return Expr::error(span);
        }
        let g = MethodGroup {
            cands,
            receiver: None,
            name: cname,
            type_args: Vec::new(),
            via_type: true,
        };
        let (g, arg_exprs) = if named {
            match self.named_args(g, args, span) {
                Some(found) => found,
                None => return mk(ExprKind::Error, ty, span),
            }
        } else {
            (g, arg_exprs)
        };
        let Some(res) = self.resolve_call(g, arg_exprs, span, true) else {
            return mk(ExprKind::Error, ty, span);
        };
        let ctor = match res.callee {
            Callee::User(m) => Some(m),
            Callee::Builtin(_) => None,
        };
        let init = match init {
            Some(items) => self.object_initializer(id, items, span),
            None => Vec::new(),
        };
        mk(
            ExprKind::NewObject {
                class: id,
                ctor,
                args: res.args,
                init,
            },
            ty,
            span,
        )
    }

    /// `{ X = 1, Y = F() }`: each a field or a settable property of the class, once.
    fn object_initializer(
        &mut self,
        class: ClassId,
        items: &[ast::Expr],
        span: Span,
    ) -> Vec<MemberInit> {
        let mut out = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut reported = false;
        for item in items {
            let A::Assign {
                op: None,
                target,
                value,
            } = &item.kind
            else {
                // A collection initializer's item (user_collection_init.rs).
                out.extend(self.user_collection_item(class, item, &mut reported));
                continue;
            };
            let A::Name { name, type_args } = &target.kind else {
                self.cx
                    .unsupported("this kind of object initializer member is", target.span);
                self.declare_expr_names(value);
                continue;
            };
            if !type_args.is_empty() || matches!(value.kind, A::InitializerList(_)) {
                self.cx
                    .unsupported("nested object and collection initializers are", item.span);
                self.declare_expr_names(value);
                continue;
            }
            let n = name.name.as_str();
            if seen.iter().any(|s| s == n) {
                self.err(
                    "CS1912",
                    format!("Duplicate initialization of member '{n}'"),
                    name.span,
                    "initialize each member once",
                );
            }
            seen.push(n.to_string());
            if let Some(i) = self.member_init(class, name, value) {
                out.push(i);
            }
        }
        let _ = span;
        out
    }

    fn member_init(
        &mut self,
        class: ClassId,
        name: &ast::Ident,
        value: &ast::Expr,
    ) -> Option<MemberInit> {
        let n = name.name.as_str();
        let cname = self.cx.class_display(class).to_string();
        let Some((owner, member)) = self.cx.find_member(class, n) else {
            // A property the class inherits from .NET (`Source` of an exception) that the
            // library lacks is UA0104, as it is in an assignment.
            let ancestor = self.cx.library_ancestor(class);
            if let crate::lib_gaps::Gap::Handled = self.library_gap(&ancestor, name, true) {
                self.expr(value);
                return None;
            }
            self.err(
                "CS0117",
                format!("'{cname}' does not contain a definition for '{n}'"),
                name.span,
                "check the spelling, or declare the member",
            );
            self.expr(value);
            return None;
        };
        if !self.member_accessible(owner, &member) {
            let shown = self.member_display(owner, &member, n);
            self.err(
                "CS0122",
                format!("'{shown}' is inaccessible due to its protection level"),
                name.span,
                "members are private by default; mark it `public` or `internal`",
            );
            self.expr(value);
            return None;
        }
        let shown = format!("{}.{n}", self.cx.class_display(owner));
        let (target, ty) = match member {
            ClassMember::Field(f) => {
                let field = self.cx.program.field(f);
                if field.is_static || field.constant.is_some() {
                    self.err("CS1914", format!("Static field or property '{shown}' cannot be assigned in an object initializer"), name.span, "assign it through the class's name");
                    self.expr(value);
                    return None;
                }
                if field.is_readonly {
                    self.err("CS0191", "A readonly field cannot be assigned to (except in a constructor or init-only setter of the type in which the field is defined or a variable initializer)", name.span, "assign it in a constructor, or remove `readonly`");
                    self.expr(value);
                    return None;
                }
                (InitTarget::Field(f), field.ty.clone())
            }
            ClassMember::Event(e) => {
                self.custom_event_misuse(owner, &e, name.span);
                self.expr(value);
                return None;
            }
            ClassMember::Property(p) if p.is_static => {
                self.err("CS1914", format!("Static field or property '{shown}' cannot be assigned in an object initializer"), name.span, "assign it through the class's name");
                self.expr(value);
                return None;
            }
            ClassMember::Property(p) => match (p.backing, p.setter) {
                (Some(f), _)
                    if p.auto_settable
                        && (!p.set_private || self.accessible(owner, true, p.set_protected)) =>
                {
                    (InitTarget::Field(f), p.ty.clone())
                }
                (None, Some(s)) if self.method_accessible(s) => {
                    (InitTarget::Setter(s), p.ty.clone())
                }
                // A `set` accessor this code may not use (`private set;`).
                _ if p.setter.is_some() || p.auto_settable => {
                    self.err("CS0272", format!("The property or indexer '{shown}' cannot be used in this context because the set accessor is inaccessible"), name.span, "the `set` accessor is narrowed to its class (or derived classes): set it there");
                    self.expr(value);
                    return None;
                }
                _ => {
                    self.err("CS0200", format!("Property or indexer '{shown}' cannot be assigned to -- it is read only"), name.span, "only settable properties can be initialized");
                    self.expr(value);
                    return None;
                }
            },
            ClassMember::Methods(_) => {
                self.err(
                    "CS1913",
                    format!("Member '{n}' cannot be initialized. It is not a field or property."),
                    name.span,
                    "initialize fields and properties only",
                );
                self.expr(value);
                return None;
            }
            ClassMember::Unsupported(_) => {
                self.expr(value);
                return None;
            }
        };
        let v = self.expr_with(value, Some(&ty));
        let v = self.coerce(v, &ty);
        Some(MemberInit { target, value: v })
    }
}

impl Body<'_, '_> {
    /// A type argument of a library collection that is a class deriving its `IEquatable<T>` from
    /// a base class: .NET's `EqualityComparer<Derived>.Default` ignores the base's `Equals(T)`,
    /// the runtime's comparison (by the element's class) would not.
    fn inherits_equatable(&self, ty: &Ty) -> Option<String> {
        let Ty::Lib(_, args) = ty else {
            return None;
        };
        args.iter().find_map(|a| match a {
            Ty::Class(id, c) => {
                let m = self.cx.program.class(*id).equatable?;
                (self.cx.program.method(m).class != *id).then(|| c.name.clone())
            }
            _ => None,
        })
    }
}
