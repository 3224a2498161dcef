//! An instance's ordinary methods declared from their template's: the signature the template
//! resolved, with the instance's type arguments in, instead of resolving the declaration
//! again. Every C# diagnostic of the declaration was the template's (an instance's are set
//! aside), so only the types differ.
//!
//! Taken: methods that are not generic themselves, implement no interface member explicitly,
//! are no extension methods and have no parameter defaults (each instance's are converted to its own types), of a
//! template that has no nested types and is nested in no generic type (the substitution of
//! the template's own parameters reaches neither's types), once the template's method is
//! declared. The others are declared from the syntax as before.

use unawait_syntax::ast::{self, Modifier};

use crate::check_items::Decl;
use crate::context::{ClassMember, Ctx};
use crate::hir::{Method, MethodKind};
use crate::types::Ty;

/// Declares `md` in instance `d` from its template's declaration; false when it does not
/// qualify (the caller declares it from the syntax).
pub(crate) fn method_from_template<'a>(
    cx: &mut Ctx<'a>,
    d: &Decl<'a>,
    md: &'a ast::MethodDecl,
) -> bool {
    if md.explicit_interface.is_some()
        || !md.type_params.is_empty()
        || md.params.iter().any(|p| {
            p.default.is_some() || matches!(p.modifier, Some((ast::ParamModifier::This, _)))
        })
    {
        return false;
    }
    let class = cx.program.class(d.id);
    let Some(g) = class.generic.as_ref() else {
        return false;
    };
    let template = g.template;
    if template == d.id {
        return false;
    }
    // The methods of one class are declared one after another: its substitution is made once.
    let subst = match &cx.gclasses.class_subst {
        Some((c, s)) if *c == d.id => s.clone(),
        _ => {
            let s = crate::instantiate_class::substitutes_all(cx, template)
                .then(|| crate::instantiate_class::class_subst(cx, d.id))
                .flatten()
                .map(std::sync::Arc::new);
            cx.gclasses.class_subst = Some((d.id, s.clone()));
            s
        }
    };
    let Some(subst) = subst else {
        return false;
    };
    let Some(from) = cx
        .program
        .class(template)
        .methods
        .iter()
        .copied()
        .find(|&m| {
            let t = cx.program.method(m);
            t.span == md.span && t.kind == MethodKind::Ordinary
        })
    else {
        return false;
    };
    if cx.loose_arity.contains(&from) || cx.default_interface_methods.contains(&from) {
        return false;
    }
    // The types first: naming an instance may declare its methods, and this one's id must be
    // the one it will have.
    let t = cx.program.method(from);
    let (param_types, return_type, async_kind) = (
        t.param_types.clone(),
        t.return_type.clone(),
        t.async_kind.clone(),
    );
    let mut locals = t.locals[..t.params.len().min(t.locals.len())].to_vec();
    let params = t.params.clone();
    let span = md.name.span;
    let mut inst = |t: &Ty| {
        let t = t.instantiate(&subst);
        match t.names_generic_type() {
            true => cx.close_mut(&t, span),
            false => t,
        }
    };
    let param_types: Vec<Ty> = param_types.iter().map(&mut inst).collect();
    let return_type = inst(&return_type);
    let async_kind = crate::instantiate::async_kind(&async_kind, &mut inst);
    for l in &mut locals {
        l.ty = inst(&l.ty);
    }
    let is_static = md.modifiers.has(Modifier::Static);
    let id = crate::hir::MethodId(cx.program.methods.len() as u32);
    let registered = matches!(
        cx.members[template.0 as usize].get(&md.name.name),
        Some(ClassMember::Methods(ms)) if ms.contains(&from)
    );
    if registered {
        match cx.members[d.id.0 as usize].get_mut(&md.name.name) {
            Some(ClassMember::Methods(ms)) => ms.push(id),
            _ => {
                cx.members[d.id.0 as usize]
                    .insert(md.name.name.clone(), ClassMember::Methods(vec![id]));
            }
        }
    }
    if let Some(u) = cx.user_params.get(&from).cloned() {
        cx.user_params.insert(id, u);
    }
    let virt = crate::virtuals::declared(cx, d, md, is_static);
    let t = cx.program.method(from);
    let mut method = Method::new(d.id, t.name.clone(), MethodKind::Ordinary, md.span);
    method.is_async = t.is_async;
    method.name_span = md.name.span;
    method.virt = virt;
    method.is_static = is_static;
    method.async_kind = async_kind;
    (method.params, method.param_types) = (params, param_types);
    (method.return_type, method.locals) = (return_type, locals);
    let in_interface = cx.program.class(d.id).kind == crate::hir::ClassKind::Interface;
    let body = (!in_interface).then_some(crate::context::BodySrc::Body(&md.body));
    let private = cx.method_private[from.0 as usize];
    crate::check_members::push_method(cx, d.id, method, body, private);
    crate::check_members::enumerator_cancellation(cx, id, &md.params, &md.body);
    if md.modifiers.has(Modifier::Protected) {
        cx.protected_methods.insert(id);
    }
    true
}

/// Whether class `c` is an open instance of a class template `J` whose type arguments are the
/// type parameters of another class template `K` (`Stage1<T>` named in `Stage2<T>`), the two
/// not nested one in the other. Only `K`'s code can name `c`, and it cannot reach `c`'s
/// private members: their types need not be resolved (which would make the open instances
/// they name, and theirs in turn).
pub(crate) fn foreign_open_instance(cx: &Ctx<'_>, c: crate::hir::ClassId) -> bool {
    let class = cx.program.class(c);
    if !class.open || class.kind != crate::hir::ClassKind::Class {
        return false;
    }
    let Some(g) = class.generic.as_ref() else {
        return false;
    };
    if g.template == c || class.outer.is_some() {
        return false;
    }
    let mut owners = Vec::new();
    for a in g.args.iter() {
        generic_owners(a, &mut owners);
    }
    !owners.is_empty()
        && owners.iter().all(|&owner| {
            let k = cx.gclasses.templates.iter().find_map(|(&k, t)| {
                matches!(t.params.first(), Some(Ty::Generic(p)) if p.owner == owner).then_some(k)
            });
            k.is_some_and(|k| {
                k != g.template
                    && !cx.nested_within(k, g.template)
                    && !cx.nested_within(g.template, k)
            })
        })
}

/// The owners of the type parameters `t` names.
fn generic_owners(t: &Ty, out: &mut Vec<u32>) {
    match t {
        Ty::Generic(p) => out.push(p.owner),
        Ty::Array(e) => generic_owners(e, out),
        Ty::Lib(_, a) => a.iter().for_each(|x| generic_owners(x, out)),
        Ty::Class(_, c) => {
            if let Some((_, a)) = &c.generic {
                a.iter().for_each(|x| generic_owners(x, out));
            }
        }
        _ => {}
    }
}
