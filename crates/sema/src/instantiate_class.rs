//! The bodies of a generic type's closed instances (`Box<int>`), made as generic methods'
//! instances are: a copy of the template's checked body with the type arguments in
//! (`instantiate::rewrite_block`), instead of checking the declaration again. The template's
//! binding is C#'s: calls choose what they chose against the type parameters.
//!
//! Copied: the ordinary methods and accessors of an instance whose template has
//! no nested types and is nested in no generic type (the substitution of the template's own
//! type parameters reaches neither's) and
//! that are not generic methods themselves (their own type parameters are the instance's
//! declaration's). The others are checked again (`check_method`).

use crate::context::Ctx;
use crate::generics::Subst;
use crate::hir::{ClassId, MethodId, MethodKind};
use crate::instantiate::Made;
use crate::types::Ty;

/// The template method whose checked body instance method `m` copies, if it copies one.
pub(crate) fn copy_source(cx: &Ctx<'_>, m: MethodId) -> Option<MethodId> {
    let method = cx.program.method(m);
    if !matches!(method.kind, MethodKind::Ordinary | MethodKind::Getter)
        || cx.method_generics.contains_key(&m)
    {
        return None;
    }
    let class = cx.program.class(method.class);
    let g = class.generic.as_ref()?;
    if class.open || g.template == method.class || !substitutes_all(cx, g.template) {
        return None;
    }
    let from = crate::generic_classes::map_method(cx, m, g.template)?;
    if cx.gclasses.moved_bodies.contains(&from) {
        return None;
    }
    let source = cx.method_bodies.get(from.0 as usize).copied().flatten()?;
    let bodiless = matches!(
        source,
        crate::context::BodySrc::Body(unawait_syntax::ast::Body::None(_))
    );
    (!bodiless && !cx.method_generics.contains_key(&from)).then_some(from)
}

/// Whether the substitution of template `c`'s own type parameters reaches every type its
/// members name: it declares no nested types and is nested in no generic type.
pub(crate) fn substitutes_all(cx: &Ctx<'_>, c: ClassId) -> bool {
    !has_nested(cx, c) && !in_generic(cx, c)
}

/// Whether `c` is nested in a generic type (or an instance): its types name the outer type's
/// arguments, which the substitution of its own does not reach.
fn in_generic(cx: &Ctx<'_>, c: ClassId) -> bool {
    let mut cur = cx.program.class(c).outer;
    for _ in 0..64 {
        let Some(o) = cur else { return false };
        if cx.program.class(o).generic.is_some() {
            return true;
        }
        cur = cx.program.class(o).outer;
    }
    true
}

/// Whether template `c` declares nested types (read from its declaration: a walk over every
/// class per copied method would cost more than the copy).
fn has_nested(cx: &Ctx<'_>, c: ClassId) -> bool {
    use unawait_syntax::ast::Member;
    cx.gclasses.templates.get(&c).is_none_or(|t| {
        t.td.members
            .iter()
            .any(|m| matches!(m, Member::Type(_) | Member::Delegate(_)))
    })
}

/// Whether every other closed instance of `from`'s template has its copy of `from` already:
/// `m`'s copy may then take the template's body itself. An instance made later finds the
/// body gone (`moved_bodies`) and checks its own.
fn is_last_copy(cx: &Ctx<'_>, made: &Made, m: MethodId, from: MethodId) -> bool {
    let template = cx.program.method(from).class;
    let Some(instances) = cx.gclasses.by_template.get(&template) else {
        return false;
    };
    instances.iter().all(|&c| {
        cx.program.class(c).open
            || crate::generic_classes::map_method(cx, from, c)
                .is_none_or(|x| x == m || made.copied.contains(&x))
    })
}

/// Gives instance method `m` the checked body of `from` with the instance's type arguments in.
pub(crate) fn copy(cx: &mut Ctx<'_>, made: &mut Made, m: MethodId, from: MethodId) {
    let class = cx.program.method(m).class;
    let Some(subst) = class_subst(cx, class) else {
        return;
    };
    made.copied.insert(m);
    // Taken before the rewrite: instances it makes must not copy a body being moved.
    let body = match is_last_copy(cx, made, m, from) {
        true => {
            cx.gclasses.moved_bodies.insert(from);
            cx.program.methods[from.0 as usize].body.take()
        }
        false => cx.program.method(from).body.clone(),
    };
    let Some(mut body) = body else {
        return;
    };
    let span = unawait_syntax::Span::default();
    let template = cx.program.method(from);
    let (template_locals, template_iterator) = (template.locals.clone(), template.iterator.clone());
    let locals: Vec<crate::hir::Local> = template_locals
        .into_iter()
        .map(|mut l| {
            l.ty = cx.close_mut(&l.ty.instantiate(&subst), span);
            l
        })
        .collect();
    let types: Vec<Ty> = locals.iter().map(|l| l.ty.clone()).collect();
    crate::instantiate::rewrite_block(cx, made, &subst, types, &mut body);
    let iterator = template_iterator.map(|t| cx.close_mut(&t.instantiate(&subst), span));
    let method = &mut cx.program.methods[m.0 as usize];
    method.locals = locals;
    method.iterator = iterator;
    (method.expr_count, method.stmt_count) = crate::ids::number(&mut body);
    method.body = Some(body);
    if cx.lambda_methods.contains(&from) {
        cx.lambda_methods.push(m);
    }
    crate::instantiate::recheck(cx, &subst, class);
}

/// The substitution making class `c`'s template's type parameters its arguments.
pub(crate) fn class_subst(cx: &Ctx<'_>, c: ClassId) -> Option<Subst> {
    let g = cx.program.class(c).generic.as_ref()?;
    let params = &cx.gclasses.templates.get(&g.template)?.params;
    let owner = match params.first() {
        Some(Ty::Generic(p)) => p.owner,
        _ => return None,
    };
    Some(Subst {
        owner,
        args: g.args.clone(),
    })
}
