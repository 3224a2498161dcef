//! By-reference arguments of calls of the program's own methods (`ref x`, `out x`, `out var
//! x`, `out _`, `in x`): what may be passed (locals and parameters, fields of objects, static
//! fields, array elements) and C#'s errors for the rest (CS0206 properties and indexers, CS1510
//! values, CS1657 foreach variables, CS0192/CS0199 readonly fields, CS8329 `in` parameters
//! passed on as `ref` or `out`). The argument becomes `ExprKind::RefArg`; overload resolution
//! (check_call.rs) matches it only with a parameter of the same modifier and exactly its type.

use unawait_syntax::ast::{self, ParamModifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::hir::{Callee, Expr, ExprKind, LocalKind, RefKind};
use crate::types::Ty;

impl Body<'_, '_> {
    /// The by-reference argument `a` (whose modifier is `m`), or an error node after a
    /// diagnostic.
    pub(crate) fn ref_arg(&mut self, a: &ast::Arg, m: ParamModifier, mspan: Span) -> Expr {
        let kind = match m {
            ParamModifier::Ref => RefKind::Ref,
            ParamModifier::Out => RefKind::Out,
            ParamModifier::In => RefKind::In,
            _ => {
                self.cx
                    .unsupported(&format!("`{}` arguments are", m.as_str()), mspan);
                self.declare_expr_names(&a.value);
                return Expr::error(a.value.span);
            }
        };
        let span = a.value.span;
        let target = match &a.value.kind {
            ast::ExprKind::Declaration { ty, designation } if kind == RefKind::Out => {
                match designation {
                    ast::Designation::Name(n) => {
                        let var = ty.simple_name() == Some("var")
                            && self.cx.lookup_class("var", self.ns.as_deref()).is_none();
                        // `out var x` takes the parameter's type once the overload is known
                        // (`infer_out_vars`); until then its type is open.
                        let t = if var {
                            Ty::Error
                        } else {
                            self.cx.resolve_value_type(ty, self.ns.as_deref())
                        };
                        let id = self.declare_local(&n.name, t.clone(), LocalKind::Local, n.span);
                        if var {
                            self.open_out_vars.insert(id);
                        }
                        mk(ExprKind::Local(id), t, n.span)
                    }
                    _ => self.discard_target(span),
                }
            }
            ast::ExprKind::Name { name, type_args }
                if kind == RefKind::Out
                    && name.name == "_"
                    && type_args.is_empty()
                    && self.scopes.lookup("_").is_none() =>
            {
                self.discard_target(span)
            }
            _ => {
                let e = self.expr(&a.value);
                match self.ref_target(e, kind, span) {
                    Some(t) => t,
                    None => return Expr::error(span),
                }
            }
        };
        let ty = target.ty.clone();
        mk(
            ExprKind::RefArg {
                kind,
                target: Box::new(target),
            },
            ty,
            span,
        )
    }

    /// `out _`: a hidden local of the parameter's type (`infer_out_vars`).
    fn discard_target(&mut self, span: Span) -> Expr {
        let id = self.hidden_local("<discard>", Ty::Error, span);
        self.open_out_vars.insert(id);
        mk(ExprKind::Local(id), Ty::Error, span)
    }

    /// Whether `e` is a variable C# lets a call take by reference as `kind`.
    fn ref_target(&mut self, e: Expr, kind: RefKind, span: Span) -> Option<Expr> {
        match &e.kind {
            ExprKind::Error => return None,
            _ if e.ty.is_error() => return None,
            ExprKind::Local(id) => {
                let l = self.local(*id);
                let name = l.name.clone();
                match l.kind {
                    LocalKind::ForeachVar | LocalKind::UsingVar if kind != RefKind::In => {
                        let what = if l.kind == LocalKind::ForeachVar {
                            "foreach iteration variable"
                        } else {
                            "using variable"
                        };
                        self.err(
                            "CS1657",
                            format!("Cannot use '{name}' as a ref or out value because it is a '{what}'"),
                            span,
                            "copy it into another local first",
                        );
                        return None;
                    }
                    LocalKind::Const => {
                        self.not_assignable(kind, span);
                        return None;
                    }
                    _ => {}
                }
                if l.by_ref == Some(RefKind::In) && kind != RefKind::In {
                    self.err(
                        "CS8329",
                        format!("Cannot use variable '{name}' as a ref or out value because it is a readonly variable"),
                        span,
                        "an `in` parameter can only be read: copy it into a local first",
                    );
                    return None;
                }
            }
            ExprKind::StaticField(f) => {
                let field = self.cx.program.field(*f);
                let in_cctor = self.func.method.is_some_and(|m| {
                    let m = self.cx.program.method(m);
                    m.kind == crate::hir::MethodKind::StaticConstructor && m.class == field.class
                });
                if self.cx.props_by_field.contains_key(f) {
                    self.property_as_ref(span);
                    return None;
                }
                if field.is_readonly && !in_cctor && kind != RefKind::In {
                    self.err(
                        "CS0199",
                        "A static readonly field cannot be used as a ref or out value (except in a static constructor)",
                        span,
                        "copy the field into a local, or remove `readonly`",
                    );
                    return None;
                }
            }
            ExprKind::InstanceField { receiver, field } => {
                if self.cx.props_by_field.contains_key(field) {
                    self.property_as_ref(span);
                    return None;
                }
                let f = self.cx.program.field(*field);
                let in_ctor = self.func.method.is_some_and(|m| {
                    let m = self.cx.program.method(m);
                    m.kind == crate::hir::MethodKind::Constructor && m.class == f.class
                }) && matches!(receiver.kind, ExprKind::This);
                if f.is_readonly && !in_ctor && kind != RefKind::In {
                    self.err(
                        "CS0192",
                        "A readonly field cannot be used as a ref or out value (except in a constructor)",
                        span,
                        "copy the field into a local, or remove `readonly`",
                    );
                    return None;
                }
                if kind != RefKind::In && !self.struct_receiver_assignable(receiver, span) {
                    return None;
                }
                // A field of a struct value that is no variable (a call's result) is a value.
                if crate::structs::struct_of(&receiver.ty).is_some()
                    && !matches!(
                        receiver.kind,
                        ExprKind::Local(_)
                            | ExprKind::This
                            | ExprKind::ArrayElement { .. }
                            | ExprKind::InstanceField { .. }
                            | ExprKind::StaticField(_)
                    )
                {
                    if kind == RefKind::In {
                        self.err(
                            "CS8156",
                            "An expression cannot be used in this context because it may not be passed or returned by reference",
                            span,
                            "pass a variable, or leave out `in` to pass a copy",
                        );
                    } else {
                        self.not_assignable(kind, span);
                    }
                    return None;
                }
            }
            ExprKind::ArrayElement { .. } => {}
            // In a struct `this` is a variable C# lets a method pass on.
            ExprKind::This if e.ty.is_struct() => {
                self.cx
                    .unsupported("passing a struct's `this` by reference is", span);
                return None;
            }
            ExprKind::This | ExprKind::Base if kind != RefKind::In => {
                self.err(
                    "CS1605",
                    format!(
                        "Cannot use '{}' as a ref or out value because it is read-only",
                        if matches!(e.kind, ExprKind::This) {
                            "this"
                        } else {
                            "base"
                        }
                    ),
                    span,
                    "copy it into a local first",
                );
                return None;
            }
            ExprKind::Property { .. } | ExprKind::Indexer { .. } => {
                self.property_as_ref(span);
                return None;
            }
            ExprKind::Call {
                callee: Callee::User(m),
                ..
            } if self.cx.props_by_getter.contains_key(m)
                || self.cx.program.method(*m).name == "get_Item" =>
            {
                self.property_as_ref(span);
                return None;
            }
            // `in` takes any value: the call passes the address of a copy.
            _ if kind == RefKind::In => {
                self.err(
                    "CS8156",
                    "An expression cannot be used in this context because it may not be passed or returned by reference",
                    span,
                    "pass a variable, or leave out `in` to pass a copy",
                );
                return None;
            }
            _ => {
                self.not_assignable(kind, span);
                return None;
            }
        }
        Some(e)
    }

    fn not_assignable(&mut self, _kind: RefKind, span: Span) {
        self.err(
            "CS1510",
            "A ref or out value must be an assignable variable",
            span,
            "pass a local variable, a field or an array element",
        );
    }

    fn property_as_ref(&mut self, span: Span) {
        self.err(
            "CS0206",
            "A non ref-returning property or indexer may not be used as an out or ref value",
            span,
            "copy the property into a local, pass the local, and assign the property from it after the call",
        );
    }

    /// After overload resolution: each `out var x` and `out _` takes its parameter's type.
    pub(crate) fn infer_out_vars(&mut self, args: &mut [Expr], ptys: &[Ty]) {
        for (a, p) in args.iter_mut().zip(ptys) {
            let ExprKind::RefArg { target, .. } = &mut a.kind else {
                continue;
            };
            let ExprKind::Local(id) = target.kind else {
                continue;
            };
            if self.open_out_vars.remove(&id) {
                self.locals[id.0 as usize].ty = p.clone();
                target.ty = p.clone();
                a.ty = p.clone();
            }
        }
    }

    /// Whether `a` is an `out var x` or `out _` whose type the overload decides.
    pub(crate) fn is_open_out(&self, a: &Expr) -> bool {
        matches!(&a.kind, ExprKind::UnboundLambda(_))
            || matches!(&a.kind, ExprKind::RefArg { kind: RefKind::Out, target }
            if matches!(target.kind, ExprKind::Local(id) if self.open_out_vars.contains(&id)))
    }
}

/// The modifier a by-reference argument was written with.
pub(crate) fn arg_ref(a: &Expr) -> Option<RefKind> {
    match &a.kind {
        ExprKind::RefArg { kind, .. } => Some(*kind),
        _ => None,
    }
}
