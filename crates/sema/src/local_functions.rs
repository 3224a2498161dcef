//! Local functions: each is a local of its delegate type (`Func<int, int>` for
//! `int Square(int x)`), declared when its block begins and holding its function from there
//! (a block may call its local functions anywhere in it), made from a lambda bound where the
//! declaration is. Closure conversion makes that lambda a method like any other's
//! (`<Main>g__Square|0_0`). C#'s definite assignment rule for them is flow.rs's: a call reads
//! every captured variable the function (or a local function it calls) reads.

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_lambda::{Code, Param, Shape};
use crate::hir::{ExprKind, LocalKind, StmtKind};
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    /// Declares a local function of the block being entered: its delegate type, or the reason
    /// it is outside the language (reported at its statement).
    pub(crate) fn declare_local_function(&mut self, f: &ast::MethodDecl) {
        if !f.type_params.is_empty() {
            return self.declare_generic_local_function(f);
        }
        match self.local_function_type(f) {
            Ok(ty) => {
                let id =
                    self.declare_local(&f.name.name, ty, LocalKind::LocalFunction, f.name.span);
                self.local_fns.insert(f.name.span, Ok(id));
            }
            Err(why) => {
                self.declare_soft(&f.name.name, f.name.span);
                self.local_fns.insert(f.name.span, Err(why));
            }
        }
    }

    pub(crate) fn local_function_type(&mut self, f: &ast::MethodDecl) -> Result<Ty, &'static str> {
        if f.params
            .iter()
            .any(|p| p.modifier.is_some() || p.default.is_some())
        {
            return Err(
                "`ref`, `out`, `in`, `params` and optional parameters of local functions are",
            );
        }
        if f.params.len() > 16 {
            return Err("local functions with more than 16 parameters are");
        }
        let supported = [Modifier::Async, Modifier::Static];
        if f.modifiers.0.iter().any(|(m, _)| !supported.contains(m)) {
            return Err("these modifiers of local functions are");
        }
        let ns = self.ns.clone();
        let mut params = Vec::with_capacity(f.params.len() + 1);
        for p in &f.params {
            let t = self.cx.resolve_value_type(&p.ty, ns.as_deref());
            if t.is_error() {
                return Err("");
            }
            params.push(t);
        }
        let ret = self.cx.resolve_type(&f.return_type, ns.as_deref());
        if ret.is_error() {
            return Err("");
        }
        if params.iter().chain([&ret]).any(|t| t.is_struct()) {
            return Err("local functions with struct parameters or results are");
        }
        if f.modifiers.has(Modifier::Async)
            && !matches!(
                ret,
                Ty::Void
                    | Ty::Lib(
                        Lib::Task | Lib::TaskOf | Lib::ValueTask | Lib::ValueTaskOf,
                        _
                    )
            )
            // An async iterator (with `yield`): check_lambda.rs binds it.
            && !(matches!(ret, Ty::Lib(Lib::IAsyncEnumerable | Lib::IAsyncEnumerator, _))
                && matches!(&f.body, ast::Body::Block(b) if crate::check_iterator::contains_yield(b)))
        {
            return Err("async local functions returning other than void or a task are");
        }
        Ok(if ret == Ty::Void {
            Ty::Lib(Lib::Action, params)
        } else {
            params.push(ret);
            Ty::Lib(Lib::Func, params)
        })
    }

    /// A local function's statement: its function bound, stored into its local (which the
    /// block then moves to its start).
    pub(crate) fn local_function_stmt(
        &mut self,
        f: &ast::MethodDecl,
        span: Span,
    ) -> Option<StmtKind> {
        let id = match self.local_fns.get(&f.name.span).copied() {
            Some(Ok(id)) => id,
            Some(Err(why)) => {
                if !why.is_empty() {
                    self.cx.unsupported(why, span);
                }
                return None;
            }
            None => {
                self.cx.unsupported("local functions here are", span);
                return None;
            }
        };
        // A generic one's body is checked once, with its type parameters in scope.
        let generics = (self.generic_local_fns.get(&id))
            .and_then(|m| self.cx.method_generics.get(m))
            .cloned()
            .unwrap_or_default();
        let outer = self.cx.generic_scope.len();
        self.cx.generic_scope.extend(generics);
        let s = self.bind_local_function(f, id);
        self.cx.generic_scope.truncate(outer);
        s
    }

    fn bind_local_function(
        &mut self,
        f: &ast::MethodDecl,
        id: crate::hir::LocalId,
    ) -> Option<StmtKind> {
        let ty = self.locals[id.0 as usize].ty.clone();
        let (ptys, ret) = ty.delegate_sig()?;
        let ptys = ptys.to_vec();
        let body = match &f.body {
            ast::Body::Block(b) => Code::Block(b),
            ast::Body::Expr(e) => Code::Expr(e),
            ast::Body::None(s) => {
                self.err(
                    "CS8112",
                    format!("Local function '{}' must declare a body because it is not marked 'static extern'.", f.name.name),
                    *s,
                    "give it a body: `{ ... }` or `=> expression;`",
                );
                return None;
            }
        };
        let shape = Shape {
            local_name: Some(&f.name.name),
            is_async: f.modifiers.has(Modifier::Async),
            is_static: f.modifiers.has(Modifier::Static),
            params: Some(
                f.params
                    .iter()
                    .map(|p| Param {
                        name: &p.name,
                        ty: Some(&p.ty),
                        modifier: None,
                        has_default: false,
                    })
                    .collect(),
            ),
            body,
            anonymous_method: false,
        };
        let mut e = self.bind_shape(
            shape,
            &ty,
            ptys.clone(),
            ret,
            f.span,
            "local function",
            None,
        );
        if let ExprKind::Lambda(l) = &mut e.kind {
            let tps: Vec<&str> = f.type_params.iter().map(|p| p.name.name.as_str()).collect();
            let tps = match tps.is_empty() {
                true => String::new(),
                false => format!("<{}>", tps.join(", ")),
            };
            let ps: Vec<String> = ptys.iter().map(Ty::to_string).collect();
            let sig = format!("{}{tps}({})", f.name.name, ps.join(", "));
            l.local_sig = Some((sig, f.name.span));
        }
        Some(StmtKind::Local {
            local: id,
            init: Some(e),
        })
    }
}

impl Body<'_, '_> {
    pub(crate) fn is_local_function_stmt(&self, s: &crate::hir::Stmt) -> bool {
        matches!(&s.kind, StmtKind::Local { local, .. }
            if self.locals[local.0 as usize].kind == LocalKind::LocalFunction)
    }
}
