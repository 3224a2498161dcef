//! User-defined indexers (`public T this[int i] { get { .. } set { .. } }`): like a property's
//! accessors, they are methods, `get_Item(i)` and `set_Item(i, value)` (Roslyn's names); an
//! element access on a value of the class resolves among the getters by overload resolution
//! (check_expr.rs), and an assigned one is a `Place::Property` with its index arguments.

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Diagnostic;

use crate::check_items::{modifier_invalid, Decl};
use crate::context::{BodySrc, Ctx, Prop};
use crate::hir::{ClassKind, MethodId, MethodKind, Virt};
use crate::parameters::parameters;
use crate::properties::{accessor_method, AccessorSig};
use crate::types::Ty;

pub(crate) fn indexer<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, ix: &'a ast::IndexerDecl) {
    if ix.explicit_interface.is_some() {
        cx.unsupported(
            "explicit interface implementations of indexers are",
            ix.span,
        );
        // The interface's indexer is implemented, though unmodelled: no CS0535 for it.
        cx.explicit_implementers.insert(d.id);
        mark_unsupported(cx, d, ix);
        return;
    }
    for (m, span) in &ix.modifiers.0 {
        match m {
            Modifier::Public
            | Modifier::Private
            | Modifier::Internal
            | Modifier::Protected
            | Modifier::New
            | Modifier::Virtual
            | Modifier::Abstract
            | Modifier::Override
            | Modifier::Sealed => {}
            Modifier::Extern | Modifier::Unsafe => {
                cx.outside(&format!("`{}` indexers are", m.as_str()), *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    if ix
        .params
        .iter()
        .any(|p| p.modifier.is_some() || p.default.is_some())
    {
        cx.unsupported(
            "indexer parameters with modifiers or default values are",
            ix.span,
        );
        mark_unsupported(cx, d, ix);
        return;
    }
    let in_interface = cx.program.class(d.id).kind == ClassKind::Interface;
    if in_interface
        && (ix.expr_body.is_some()
            || ix
                .accessors
                .iter()
                .any(|a| !matches!(a.body, ast::Body::None(_))))
    {
        cx.unsupported("default implementations of interface indexers are", ix.span);
        mark_unsupported(cx, d, ix);
        return;
    }
    let ns = cx.program.class(d.id).namespace.clone();
    let ty = cx.resolve_value_type(&ix.ty, ns.as_deref());
    let private = !in_interface && Ctx::is_private(&ix.modifiers);
    // Resolved once for the signature; each accessor gets its own locals below.
    let (_, param_types, _) = parameters(cx, &ix.params, ns.as_deref(), false, false);
    let list: Vec<String> = param_types.iter().map(|t| t.to_string()).collect();
    let shown = format!("{}.this[{}]", cx.class_display(d.id), list.join(", "));
    if cx.program.class(d.id).is_static {
        cx.error(
            "CS0720",
            format!("'{shown}': cannot declare indexers in a static class"),
            ix.span,
            "remove the indexer, or make the class non-static",
        );
        return;
    }
    let bodiless = ix.expr_body.is_none()
        && ix
            .accessors
            .iter()
            .all(|a| matches!(a.body, ast::Body::None(_)));
    // Recorded for the first accessor pushed (virtuals.rs); the second shares it.
    let this = ast::Ident {
        name: "this".into(),
        span: ix.span,
    };
    let virt = crate::virtuals::declared_with(
        cx,
        d,
        &ix.modifiers,
        &this,
        &|_| shown.clone(),
        bodiless,
        false,
    );
    let existing = cx.indexers.get(&d.id).cloned().unwrap_or_default();
    if existing
        .iter()
        .any(|&g| cx.program.method(g).param_types == param_types)
    {
        cx.diags.push(
            Diagnostic::error(
                "CS0111",
                format!(
                    "Type '{}' already defines a member called 'this' with the same parameter types",
                    cx.class_display(d.id)
                ),
                ix.span,
            )
            .with_hint("change the parameter types of one of the indexers"),
        );
        return;
    }
    let mut prop = Prop {
        name: format!("this[{}]", list.join(", ")),
        ty: ty.clone(),
        is_static: false,
        backing: None,
        getter: None,
        setter: None,
        auto_settable: false,
        init_only: false,
        private,
        protected: ix.modifiers.has(Modifier::Protected),
        set_private: false,
        set_protected: false,
        ctor_backing: None,
        span: ix.span,
    };
    if let Some(e) = &ix.expr_body {
        prop.getter = Some(accessor(
            cx,
            d,
            ix,
            &ty,
            true,
            BodySrc::Expr(e),
            private,
            virt,
        ));
    } else {
        for a in &ix.accessors {
            let body = match &a.body {
                ast::Body::None(_) if virt == Virt::Abstract => BodySrc::Body(&a.body),
                ast::Body::None(_) => {
                    cx.error(
                        "CS0501",
                        format!(
                            "'{shown}.{}' must declare a body because it is not marked abstract, extern, or partial",
                            a.kind.name
                        ),
                        a.kind.span,
                        "add a body `{ ... }`",
                    );
                    continue;
                }
                b => BodySrc::Body(b),
            };
            match a.kind.name.as_str() {
                "get" => prop.getter = Some(accessor(cx, d, ix, &ty, true, body, private, virt)),
                "set" => {
                    let narrowed = private || Ctx::is_private_accessor(&a.modifiers);
                    let m = accessor(cx, d, ix, &ty, false, body, narrowed, virt);
                    if Ctx::is_protected_accessor(&a.modifiers) {
                        cx.protected_methods.insert(m);
                    }
                    prop.setter = Some(m);
                }
                _ => {}
            }
        }
    }
    let Some(getter) = prop.getter else {
        if prop.setter.is_some() {
            cx.unsupported("indexers without a `get` accessor are", ix.span);
        }
        mark_unsupported(cx, d, ix);
        return;
    };
    if let Some(s) = prop.setter {
        let (first, second) = if s.0 < getter.0 {
            (s, getter)
        } else {
            (getter, s)
        };
        crate::properties::share_virtual(cx, first, second);
    }
    for m in [prop.getter, prop.setter].into_iter().flatten() {
        cx.accessor_names.insert(m, shown.clone());
    }
    cx.props_by_getter.insert(getter, prop);
    cx.indexers.entry(d.id).or_default().push(getter);
}

/// An indexer the checker does not model: element access on the class draws nothing more.
fn mark_unsupported(cx: &mut Ctx<'_>, d: &Decl<'_>, ix: &ast::IndexerDecl) {
    cx.members[d.id.0 as usize]
        .entry("this[]".into())
        .or_insert(crate::context::ClassMember::Unsupported(ix.span));
}

/// `get_Item(params)` returning the indexer's type, or `set_Item(params, value)`.
#[allow(clippy::too_many_arguments)]
fn accessor<'a>(
    cx: &mut Ctx<'a>,
    d: &Decl<'a>,
    ix: &'a ast::IndexerDecl,
    ty: &Ty,
    get: bool,
    body: BodySrc<'a>,
    private: bool,
    virt: Virt,
) -> MethodId {
    let ns = cx.program.class(d.id).namespace.clone();
    // `parameters` records the parameter names for the method about to be pushed.
    let index = parameters(cx, &ix.params, ns.as_deref(), false, false);
    let sig = AccessorSig {
        class: d.id,
        prop: "Item",
        span: ix.span,
        name_span: ix.span,
        is_static: false,
        ty,
        getter_kind: MethodKind::Ordinary,
    };
    accessor_method(cx, &sig, get, index, body, private, virt)
}

impl crate::body::Body<'_, '_> {
    /// `value[args]` on a value of one of the program's types: a call of the best `get_Item`
    /// among the indexers of its class, its bases and (for an interface) the interfaces it
    /// extends; CS0021 when there is none.
    pub(crate) fn user_index(
        &mut self,
        target: crate::hir::Expr,
        args: Vec<crate::hir::Expr>,
        span: unawait_syntax::Span,
    ) -> crate::hir::Expr {
        use crate::hir::Expr;
        let Ty::Class(id, _) = &target.ty else {
            return Expr::error(span);
        };
        let id = *id;
        let mut chain = self.cx.class_chain(id);
        if self.cx.program.class(id).kind == ClassKind::Interface {
            chain.extend(self.cx.declared_interfaces(id));
        }
        let mut getters: Vec<MethodId> = Vec::new();
        for k in chain {
            for &g in self.cx.indexers.get(&k).into_iter().flatten() {
                let pts = &self.cx.program.method(g).param_types;
                // A derived class's indexer hides a base's of the same parameter types.
                if !getters
                    .iter()
                    .any(|&o| &self.cx.program.method(o).param_types == pts)
                {
                    getters.push(g);
                }
            }
        }
        if getters.is_empty() {
            if !self.cx.opaque.contains(&id) {
                let ty = target.ty.clone();
                self.err(
                    "CS0021",
                    format!("Cannot apply indexing with [] to an expression of type '{ty}'"),
                    span,
                    "the class declares no indexer (`public T this[int i] { get { .. } }`)",
                );
            }
            return Expr::error(span);
        }
        let usable: Vec<MethodId> = getters
            .iter()
            .copied()
            .filter(|&g| self.method_accessible(g))
            .collect();
        if usable.is_empty() {
            let shown = self.cx.accessor_names.get(&getters[0]).cloned();
            self.err(
                "CS0122",
                format!(
                    "'{}' is inaccessible due to its protection level",
                    shown.unwrap_or_default()
                ),
                span,
                "declare the indexer `public` or `internal`",
            );
            return Expr::error(span);
        }
        let g = crate::check_call::MethodGroup {
            cands: self.cx.method_cands(id, &usable),
            receiver: Some(Box::new(target)),
            name: "this".into(),
            type_args: Vec::new(),
            via_type: false,
        };
        match self.resolve_call(g, args, span, false) {
            Some(res) => res.into_call(span),
            None => Expr::error(span),
        }
    }
}
