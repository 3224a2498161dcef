//! The parameters of a method, constructor or indexer: their locals (the first locals of the
//! body, in order), their types, and C#'s checks on them (modifiers, `params`, default values,
//! duplicate names). What a call needs beyond the types is recorded in `Ctx::user_params`.

use unawait_syntax::ast;
use unawait_syntax::Diagnostic;

use crate::context::Ctx;
use crate::hir::{Local, LocalId, LocalKind, MethodId, RefKind};
use crate::types::Ty;
/// The parameters of a method or constructor: their locals (the first locals of the body),
/// types, and C#'s checks on them.
pub(crate) fn parameters(
    cx: &mut Ctx<'_>,
    ps: &[ast::Param],
    ns: Option<&str>,
    is_async: bool,
    by_ref_ok: bool,
) -> (Vec<LocalId>, Vec<Ty>, Vec<Local>) {
    let mut locals = Vec::new();
    let mut params = Vec::new();
    // Resolved first: naming a generic type (`Box<int>`) may declare its instance's methods,
    // and the method's id must be the one it will have.
    let mut types = Vec::with_capacity(ps.len());
    for p in ps {
        types.push(
            if p.ty.simple_name() == Some("var") && cx.lookup_class("var", ns).is_none() {
                cx.error(
                    "CS0825",
                    "The contextual keyword 'var' may only appear within a local variable declaration",
                    p.ty.span,
                    "write the parameter's type",
                );
                Ty::Error
            } else {
                cx.resolve_value_type(&p.ty, ns)
            },
        );
    }
    let id = MethodId(cx.program.methods.len() as u32);
    let mut info = crate::context::UserParams {
        params_array: false,
        defaults: vec![None; ps.len()],
        names: ps.iter().map(|p| p.name.name.clone()).collect(),
        refs: vec![None; ps.len()],
    };
    let mut loose = false;
    let mut optional_seen = false;
    let mut param_types = Vec::new();
    for (i, p) in ps.iter().enumerate() {
        if let Some((m, span)) = p.modifier {
            let what = match m {
                ast::ParamModifier::Ref => "`ref` parameters are",
                ast::ParamModifier::Out => "`out` parameters are",
                ast::ParamModifier::In => "`in` parameters are",
                ast::ParamModifier::Params => "`params` parameters are",
                ast::ParamModifier::This => "extension methods are",
                ast::ParamModifier::RefReadonly => "`ref readonly` parameters are",
                ast::ParamModifier::Scoped => "`scoped` parameters are",
            };
            // Issue 15 brings by-reference parameters to the language.
            match m {
                ast::ParamModifier::Params => {}
                // C# rejects them on async methods whatever unawait supports.
                ast::ParamModifier::Ref | ast::ParamModifier::Out | ast::ParamModifier::In
                    if is_async =>
                {
                    cx.error(
                        "CS1988",
                        "Async methods cannot have ref, in or out parameters",
                        p.name.span,
                        "return the value in the task instead, or make the method synchronous",
                    );
                    loose = true;
                    // Still by reference for its callers: `F(out v)` assigns `v` (no CS0165
                    // after this error).
                    info.refs[i] = Some(match m {
                        ast::ParamModifier::Ref => RefKind::Ref,
                        ast::ParamModifier::Out => RefKind::Out,
                        _ => RefKind::In,
                    });
                }
                ast::ParamModifier::Ref | ast::ParamModifier::Out | ast::ParamModifier::In
                    if !by_ref_ok =>
                {
                    cx.unsupported(what, span)
                }
                ast::ParamModifier::Ref => info.refs[i] = Some(RefKind::Ref),
                ast::ParamModifier::Out => info.refs[i] = Some(RefKind::Out),
                ast::ParamModifier::In => info.refs[i] = Some(RefKind::In),
                // The method's declaration checks where an extension method may be.
                ast::ParamModifier::This if i == 0 && by_ref_ok => {}
                ast::ParamModifier::This => {
                    cx.error(
                        "CS1100",
                        "Method has a parameter modifier 'this' which is not on the first parameter",
                        span,
                        "only the first parameter of an extension method has `this`",
                    );
                    loose = true;
                }
                _ => cx.outside(what, span),
            }
        }
        let ty = types[i].clone();
        if let Some(prev) = locals.iter().find(|l: &&Local| l.name == p.name.name) {
            let prev_span = prev.span;
            cx.diags.push(
                Diagnostic::error(
                    "CS0100",
                    format!("The parameter name '{}' is a duplicate", p.name.name),
                    p.name.span,
                )
                .with_label(prev_span, "first declared here")
                .with_hint("rename the parameter"),
            );
        }
        if let Some((ast::ParamModifier::Params, span)) = p.modifier {
            if i + 1 != ps.len() {
                cx.error(
                    "CS0231",
                    "A params parameter must be the last parameter in a parameter list",
                    span,
                    "move the `params` parameter to the end",
                );
                loose = true;
            } else if !matches!(ty, Ty::Array(_) | Ty::Error) {
                cx.error(
                    "CS0225",
                    "The params parameter must have a single dimensional array type",
                    p.ty.span,
                    "write an array type: `params int[] values`",
                );
                loose = true;
            } else {
                info.params_array = true;
            }
        }
        match &p.default {
            Some(def) if matches!(info.refs[i], Some(RefKind::Ref) | Some(RefKind::Out)) => {
                cx.error(
                    "CS1741",
                    "A ref or out parameter cannot have a default value",
                    def.span,
                    "remove the default value",
                );
                loose = true;
            }
            // An enum's member (`Unit u = Unit.Meters`) is taken at once; other expressions
            // wait for every member of every class to be declared.
            Some(def)
                if !crate::check_out::is_plain_default(def)
                    && cx.type_scope.is_some()
                    && !matches!(ty, Ty::Enum(id, _) if crate::enums::default_member(cx, def, id, &ty).is_some()) =>
            {
                optional_seen = true;
                let class = cx.type_scope.expect("checked");
                // An indexer's signature is resolved twice, for the same method id.
                cx.deferred_defaults.retain(|d| (d.0, d.1) != (id, i));
                cx.deferred_defaults
                    .push((id, i, def.clone(), ty.clone(), class));
            }
            Some(def) => {
                optional_seen = true;
                match crate::check_out::default_value(cx, def, &ty) {
                    Some(c) => info.defaults[i] = Some(c),
                    None => loose = true,
                }
            }
            None if optional_seen && !info.params_array => {
                cx.error(
                    "CS1737",
                    "Optional parameters must appear after all required parameters",
                    p.span,
                    "give this parameter a default value too, or move it before the optional ones",
                );
                loose = true;
            }
            None => {}
        }
        params.push(LocalId(locals.len() as u32));
        param_types.push(ty.clone());
        locals.push(Local {
            name: p.name.name.clone(),
            ty,
            kind: LocalKind::Param,
            span: p.name.span,
            captured: false,
            by_ref: info.refs[i],
        });
    }
    if loose {
        // A declaration already reported: calls are not checked against it.
        cx.loose_arity.insert(id);
        info.params_array = false;
        info.defaults.iter_mut().for_each(|d| *d = None);
    }
    cx.user_params.insert(id, info);
    (params, param_types, locals)
}

/// Folds the default values `parameters` deferred: a constant expression (`int.MaxValue`, a
/// `const` of the program, `60 * 1000`) converts to the parameter's type as a literal does; an
/// expression that is not constant stays `UA0100`. A failure makes the method's calls
/// unchecked against it, as any other reported declaration does.
pub(crate) fn fold_deferred_defaults(cx: &mut Ctx<'_>) {
    let deferred = std::mem::take(&mut cx.deferred_defaults);
    for (id, i, def, ty, class) in deferred {
        let scope = cx.type_scope;
        let value = {
            let display = format!("default value of parameter {}", i + 1);
            let mut b = crate::body::Body::new(
                cx,
                class,
                crate::initializer_fn(display, false),
                Vec::new(),
            );
            let e = b.expr_with(&def, Some(&ty));
            match e.constant() {
                Some(c) => Ok((c.clone(), e.ty.clone())),
                None => Err(e.ty.is_error() || matches!(e.kind, crate::hir::ExprKind::Error)),
            }
        };
        cx.type_scope = scope;
        let folded = match value {
            // A constant of the parameter's enum type (`Unit u = DefaultUnit`) is its value.
            Ok((c, ety)) if matches!(ty, Ty::Enum(..)) && ety == ty => Some(c),
            Ok((c, _)) => crate::check_out::convert_default(cx, c, def.span, &ty),
            Err(reported) => {
                // `new S()` of a struct is a valid default (its zero value); any other
                // expression that is not constant is C#'s CS1736.
                let new_struct = ty.is_value_type()
                    && matches!(&def.kind, ast::ExprKind::New { args, initializer: None, .. } if args.is_empty());
                if reported {
                } else if new_struct {
                    cx.unsupported("`new S()` as a default value is", def.span);
                } else {
                    let name = cx
                        .user_params
                        .get(&id)
                        .map(|u| u.names[i].clone())
                        .unwrap_or_default();
                    cx.error(
                        "CS1736",
                        format!("Default parameter value for '{name}' must be a compile-time constant"),
                        def.span,
                        "use a literal or a `const`, or make the parameter nullable and default it to `null`",
                    );
                }
                None
            }
        };
        match folded {
            Some(c) => {
                if let Some(info) = cx.user_params.get_mut(&id) {
                    info.defaults[i] = Some(c);
                }
            }
            None => {
                cx.loose_arity.insert(id);
                if let Some(info) = cx.user_params.get_mut(&id) {
                    info.params_array = false;
                    info.defaults.iter_mut().for_each(|d| *d = None);
                }
            }
        }
    }
}
