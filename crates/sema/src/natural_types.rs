//! C# 10's natural function types: a lambda with explicitly typed parameters, an anonymous
//! method with a parameter list, or a method group of one method, assigned to `var`, has the
//! `Func`/`Action` type of its signature (`var f = (int x) => x + 1;` is a `Func<int, int>`).
//! Without one (`var f = x => x;`, an overloaded group) C# says CS8917.

use unawait_syntax::ast::{self, ExprKind as A};

use crate::body::Body;
use crate::check_call::MethodGroup;
use crate::hir::{Callee, Expr};
use crate::resolve::Resolved;
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    /// The value of `var x = e;` where `e` is a lambda or an anonymous method.
    pub(crate) fn natural_lambda(&mut self, e: &ast::Expr) -> Expr {
        let ns = self.ns.clone();
        if let A::Lambda { params, .. } = &e.kind {
            // Their natural type is an anonymous delegate type, not a `Func`.
            let special = params.iter().any(|p| {
                p.default.is_some() || matches!(p.modifier, Some((ast::ParamModifier::Params, _)))
            });
            if special {
                self.cx.unsupported(
                    "lambdas with optional or `params` parameters (C# 12) are",
                    e.span,
                );
                self.declare_expr_names(e);
                return Expr::error(e.span);
            }
        }
        let declared: Option<Vec<Option<&ast::TypeExpr>>> = match &e.kind {
            A::Lambda { params, .. } if params.iter().all(|p| p.modifier.is_none()) => {
                Some(params.iter().map(|p| p.ty.as_ref()).collect())
            }
            A::AnonymousMethod {
                params: Some(ps), ..
            } if ps.iter().all(|p| p.modifier.is_none()) => {
                Some(ps.iter().map(|p| Some(&p.ty)).collect())
            }
            _ => None,
        };
        let params: Option<Vec<Ty>> = declared.and_then(|d| {
            d.into_iter()
                .map(|t| t.map(|t| self.cx.resolve_value_type(t, ns.as_deref())))
                .collect()
        });
        let Some(params) = params.filter(|p| p.len() <= 16) else {
            return self.no_natural_type(e);
        };
        if params.iter().any(Ty::is_error) {
            self.declare_expr_names(e);
            return Expr::error(e.span);
        }
        // `double (int a, int b) => ...` (C# 10) says its return type.
        let declared_ret = match &e.kind {
            A::Lambda {
                return_type: Some(t),
                ..
            } => Some(self.cx.resolve_type(t, ns.as_deref())),
            _ => None,
        };
        let ret = match declared_ret {
            Some(t) if t.is_error() => {
                self.declare_expr_names(e);
                return Expr::error(e.span);
            }
            Some(t) => (t != Ty::Void).then_some(t),
            None => match self
                .infer_lambda(e, &params)
                .filter(|i| !i.failed && !i.untyped_return)
            {
                Some(inferred) => inferred.ret,
                None => return self.no_natural_type(e),
            },
        };
        let ty = function_type(params, ret);
        self.bind_lambda(e, &ty)
    }

    /// `var m = Method;`: a group of one method of the program has its signature's type.
    pub(crate) fn natural_method_group(&mut self, e: &ast::Expr, g: &MethodGroup) -> Expr {
        let one = match g.cands.as_slice() {
            [c] if g.type_args.is_empty() => match c.callee {
                Callee::User(m) => Some(m),
                Callee::Builtin(_) => None,
            },
            _ => None,
        };
        let Some(m) = one else {
            return self.no_natural_type(e);
        };
        let method = self.cx.program.method(m);
        let by_ref = method
            .params
            .iter()
            .any(|p| method.locals[p.0 as usize].by_ref.is_some());
        if by_ref || !method.type_params.is_empty() || method.param_types.len() > 16 {
            return self.no_natural_type(e);
        }
        let ret = (method.return_type != Ty::Void).then(|| method.return_type.clone());
        let ty = function_type(method.param_types.clone(), ret);
        self.bind_lambda(e, &ty)
    }

    /// `var x = e;` where `e` may be a method group: its natural type, else `None` (`e` is
    /// checked as any initializer).
    pub(crate) fn natural_group_value(&mut self, e: &ast::Expr) -> Option<Expr> {
        match &e.kind {
            // A local is never a method group, but for a generic local function's.
            A::Name { name, .. }
                if self.scopes.lookup(&name.name).is_some_and(|b| {
                    b.local
                        .is_none_or(|l| !self.generic_local_fns.contains_key(&l))
                }) =>
            {
                return None
            }
            A::Name { .. } | A::Member { .. } => {}
            _ => return None,
        }
        let cp = self.checkpoint();
        match self.resolve(e) {
            Resolved::Methods(g) => {
                self.rollback(cp);
                Some(self.natural_method_group(e, &g))
            }
            _ => {
                self.rollback(cp);
                None
            }
        }
    }

    fn no_natural_type(&mut self, e: &ast::Expr) -> Expr {
        self.err(
            "CS8917",
            "The delegate type could not be inferred.",
            e.span,
            "give the variable a delegate type (`Func<int, int> f = x => x;`) or the parameters their types",
        );
        self.declare_expr_names(e);
        Expr::error(e.span)
    }
}

/// `Action<params>` for a function returning nothing, else `Func<params, ret>`.
fn function_type(mut params: Vec<Ty>, ret: Option<Ty>) -> Ty {
    match ret {
        None => Ty::Lib(Lib::Action, params),
        Some(r) => {
            params.push(r);
            Ty::Lib(Lib::Func, params)
        }
    }
}
