//! The program's `delegate` types. Each is a class of kind `Delegate` (so it is named, nested,
//! hidden and made accessible as any type is) whose only meaning is its signature: values of it
//! are the runtime's delegate objects, made from lambdas and method groups and invoked as
//! `Func`'s are (`Ty::delegate_sig`).

use std::sync::Arc;

use unawait_syntax::ast::{self, Modifier, TypeExprKind};

use crate::context::Ctx;
use crate::hir::{Class, ClassId, ClassKind};
use crate::types::{DelegateSig, Ty};

/// Declares `d` as a type of namespace `ns` (nested in `outer`); its signature is resolved by
/// `signatures` once every type is known.
pub(crate) fn declare<'a>(
    cx: &mut Ctx<'a>,
    d: &'a ast::DelegateDecl,
    ns: Option<String>,
    outer: Option<ClassId>,
) {
    for (m, span) in &d.modifiers.0 {
        match m {
            Modifier::Public | Modifier::Internal => {}
            Modifier::Private | Modifier::Protected | Modifier::New if outer.is_some() => {}
            Modifier::Private | Modifier::Protected => cx.error(
                "CS1527",
                "Elements defined in a namespace cannot be explicitly declared as private, protected, protected internal, or private protected",
                *span,
                "use `public` or `internal`, or no modifier",
            ),
            Modifier::Unsafe | Modifier::File => {
                cx.outside(&format!("`{}` delegate types are", m.as_str()), *span)
            }
            _ => crate::check_items::modifier_invalid(cx, *m, *span),
        }
    }
    let id = ClassId(cx.program.classes.len() as u32);
    let arity = d.type_params.len();
    let duplicate = cx.classes_by_name.get(&d.name.name).and_then(|ids| {
        ids.iter().copied().find(|&c| {
            cx.program.class(c).namespace == ns
                && cx.program.class(c).outer == outer
                && cx.class_arity[c.0 as usize] == arity
        })
    });
    if let Some(prev) = duplicate {
        crate::check_items::report_duplicate_type(cx, prev, outer, ns.as_deref(), &d.name);
    }
    let generic = crate::generic_classes::declared_delegate(cx, d, id, ns.as_deref(), outer, None);
    push_class(cx, d, id, ns, outer, generic);
    cx.classes_by_name
        .entry(d.name.name.clone())
        .or_default()
        .push(id);
    if outer.is_some() && Ctx::is_private(&d.modifiers) {
        cx.private_nested.insert(id);
        if d.modifiers.has(Modifier::Protected) {
            cx.protected_nested.insert(id);
        }
    }
    cx.delegate_decls.push((id, d));
}

/// The class of delegate type `d` (a generic one's template or instance with `generic`).
pub(crate) fn push_class<'a>(
    cx: &mut Ctx<'a>,
    d: &'a ast::DelegateDecl,
    id: ClassId,
    ns: Option<String>,
    outer: Option<ClassId>,
    generic: Option<crate::generic_classes::Declared>,
) {
    let name = generic
        .as_ref()
        .map_or_else(|| d.name.name.clone(), |g| g.shown.clone());
    cx.program.classes.push(Class {
        namespace: ns,
        name_span: d.name.span,
        outer,
        open: generic.as_ref().is_some_and(|g| g.open),
        generic: generic.map(|g| g.class),
        ..Class::new(name, ClassKind::Delegate, d.span)
    });
    cx.members.push(Default::default());
    cx.ctors.push(Vec::new());
    cx.class_bases.push(None);
    cx.class_arity.push(d.type_params.len());
    // Its members (`GetInvocationList`) and conversions are `System.Delegate`'s.
    cx.lib_bases
        .insert(id, Ty::Lib(crate::types::Lib::Delegate, Vec::new()));
}

/// The signature of an instance of a generic delegate type, made once the program's
/// signatures are known (before, `signatures` resolves it with the others).
pub(crate) fn instance_signature<'a>(cx: &mut Ctx<'a>, id: ClassId, d: &'a ast::DelegateDecl) {
    let i = cx.delegate_decls.len();
    cx.delegate_decls.push((id, d));
    if cx.gclasses.stage >= crate::generic_classes::Stage::Members {
        let mut state = vec![State::Done; cx.delegate_decls.len()];
        state[i] = State::Pending;
        resolve(cx, i, &mut state);
    }
}

/// Resolves every delegate type's signature, those it names first (`delegate void H(Op o)`
/// needs `Op`'s to convert a lambda passed to an `H`).
pub(crate) fn signatures(cx: &mut Ctx<'_>) {
    let mut state = vec![State::Pending; cx.delegate_decls.len()];
    for i in 0..state.len() {
        resolve(cx, i, &mut state);
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Pending,
    InProgress,
    Done,
}

fn resolve(cx: &mut Ctx<'_>, i: usize, state: &mut [State]) {
    if state[i] != State::Pending {
        return;
    }
    state[i] = State::InProgress;
    let (id, d) = cx.delegate_decls[i];
    let mut named = Vec::new();
    names_in(&d.return_type, &mut named);
    for p in &d.params {
        names_in(&p.ty, &mut named);
    }
    for name in named {
        let deps: Vec<usize> = (0..cx.delegate_decls.len())
            .filter(|&j| cx.delegate_decls[j].1.name.name == name)
            .collect();
        for j in deps {
            resolve(cx, j, state);
        }
    }
    let saved = (cx.type_scope, cx.gclasses.bases_of);
    cx.type_scope = cx.program.class(id).outer;
    // A generic delegate's type parameters are in scope in its signature.
    cx.gclasses.bases_of = Some(id);
    let ns = cx.program.class(id).namespace.clone();
    let ret = cx.resolve_type(&d.return_type, ns.as_deref());
    let mut params = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for p in &d.params {
        cx.check_attributes(&p.attributes);
        if let Some((m, span)) = p.modifier {
            cx.unsupported(
                &format!("`{}` parameters of delegate types are", m.as_str()),
                span,
            );
        }
        if let Some(def) = &p.default {
            cx.unsupported("optional parameters of delegate types are", def.span);
        }
        if !seen.insert(p.name.name.as_str()) {
            cx.error(
                "CS0100",
                format!("The parameter name '{}' is a duplicate", p.name.name),
                p.name.span,
                "rename one of the parameters",
            );
        }
        params.push(cx.resolve_value_type(&p.ty, ns.as_deref()));
    }
    (cx.type_scope, cx.gclasses.bases_of) = saved;
    cx.program.classes[id.0 as usize].delegate = Some(Arc::new(DelegateSig { params, ret }));
    state[i] = State::Done;
}

/// The simple names a type expression mentions (`Op` in `List<Op>[]`).
fn names_in(t: &ast::TypeExpr, out: &mut Vec<String>) {
    match &t.kind {
        TypeExprKind::Named(segs) | TypeExprKind::AliasQualified { rest: segs, .. } => {
            if let Some(last) = segs.last() {
                out.push(last.name.name.clone());
            }
            for a in segs.iter().flat_map(|s| &s.args) {
                names_in(a, out);
            }
        }
        TypeExprKind::Array { element: e, .. } | TypeExprKind::Nullable(e) => names_in(e, out),
        _ => {}
    }
}

impl crate::body::Body<'_, '_> {
    /// Whether `t` is one of the program's delegate types declared with a parameter modifier
    /// (`ref`, `out`, `in`, `params`), which is not supported yet (UA0100 at the declaration).
    pub(crate) fn delegate_with_modifiers(&self, t: &crate::types::Ty) -> bool {
        let crate::types::Ty::Class(id, _) = t else {
            return false;
        };
        self.cx
            .delegate_decls
            .iter()
            .any(|(c, d)| c == id && d.params.iter().any(|p| p.modifier.is_some()))
    }
}
