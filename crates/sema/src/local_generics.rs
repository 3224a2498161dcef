//! Generic local functions (`T Id<T>(T x) => x;`). Like any local function, one is a local of
//! its delegate type holding a lambda from its block's start (local_functions.rs); the lambda
//! is checked once, against the function's type parameters (`Ty::Generic`, as a generic
//! method's are), and its delegate type (`Func<T, T>`) is open.
//!
//! Calls and method groups see the function as a generic method: it gets a body-less static
//! method of its own (`Ctx::local_generic_fns`), whose type parameters are the function's, so
//! that overload resolution infers its type arguments, checks their constraints and reports
//! C#'s errors (CS0411, CS0452, ...) as for any generic method. A call is the invocation of
//! that method's group for its type arguments (`MethodGroup { receiver: the local }`, of the
//! delegate type with the arguments in), so flow analysis sees a use of the local, as it sees
//! a call of a non-generic local function.
//!
//! Before generic methods are instantiated, `expand` makes each list of type arguments the
//! method's body uses an ordinary local function of its own: a local (`Id<int>`) holding a
//! copy of the lambda with the arguments in (instantiate.rs's rewrite), declared where the
//! generic one was, with the lambda's own locals copied (each copy is a function of its own
//! for closure conversion). Uses name those locals; a use inside a copy names the copy for its
//! arguments with the copy's in, so recursion and calls between generic local functions close
//! over the lists reached. A generic local function inside another is copied with each copy of
//! the outer one, and each of those copies makes its own copies. What follows (closure conversion, lowering) sees only ordinary
//! local functions. In a generic method, the copies may name its type parameters: its own
//! instantiation then copies them with the rest of its body.

use unawait_syntax::{ast, Span};

use crate::body::Body;
use crate::check_call::{Cand, MethodGroup};
use crate::context::Ctx;
use crate::generics::Subst;
use crate::hir::*;
use crate::resolve::Resolved;
use crate::types::Ty;

/// Beyond this many copies of one function, it calls itself with ever larger type arguments
/// (`F<T>` calling `F<List<T>>`): reported instead of followed.
const MAX_COPIES: usize = 64;

impl Body<'_, '_> {
    /// Declares generic local function `f`: its type parameters (in scope for its signature,
    /// constraints and body only), its local, and the method calls resolve against.
    pub(crate) fn declare_generic_local_function(&mut self, f: &ast::MethodDecl) {
        self.outer_type_param_names(f);
        let tps = crate::generics::declare(self.cx, &f.type_params, false);
        let outer = self.cx.generic_scope.len();
        self.cx.generic_scope.extend(tps.iter().cloned());
        let ns = self.ns.clone();
        crate::generics::constrain(self.cx, &tps, &f.constraints, ns.as_deref(), &f.name.name);
        let ty = self.local_function_type(f);
        self.cx.generic_scope.truncate(outer);
        let ty = match ty {
            Ok(ty) => ty,
            Err(why) => {
                self.declare_soft(&f.name.name, f.name.span);
                self.local_fns.insert(f.name.span, Err(why));
                return;
            }
        };
        let Some((ptys, ret)) = ty.delegate_sig().map(|(p, r)| (p.to_vec(), r)) else {
            return;
        };
        let id = self.declare_local(&f.name.name, ty, LocalKind::LocalFunction, f.name.span);
        self.local_fns.insert(f.name.span, Ok(id));
        let mut m = Method::new(
            self.class,
            f.name.name.clone(),
            MethodKind::Ordinary,
            f.span,
        );
        m.name_span = f.name.span;
        m.is_static = true;
        m.is_async = f.modifiers.has(ast::Modifier::Async);
        m.param_types = ptys;
        m.return_type = ret;
        m.type_params = f.type_params.iter().map(|p| p.name.name.clone()).collect();
        let n = f.params.len();
        let method = MethodId(self.cx.program.methods.len() as u32);
        // Not among its class's methods: no lookup by name finds it, only its local does.
        self.cx.program.methods.push(m);
        self.cx.method_bodies.push(None);
        self.cx.method_private.push(true);
        self.cx.method_generics.insert(method, tps);
        let names = f.params.iter().map(|p| p.name.name.clone()).collect();
        let params = crate::context::UserParams {
            params_array: false,
            defaults: vec![None; n],
            names,
            refs: vec![None; n],
        };
        self.cx.user_params.insert(method, params);
        self.cx.local_generic_fns.insert(method, id);
        self.generic_local_fns.insert(id, method);
    }

    /// C#'s CS8387 for a type parameter named as one of the enclosing generic method's.
    fn outer_type_param_names(&mut self, f: &ast::MethodDecl) {
        let Some(method) = self.func.method else {
            return;
        };
        let Some(outer) = self.cx.method_generics.get(&method) else {
            return;
        };
        let named = |n: &str| {
            outer
                .iter()
                .any(|t| matches!(t, Ty::Generic(p) if p.name == n))
        };
        let hidden: Vec<(String, Span)> = (f.type_params.iter())
            .filter(|p| named(&p.name.name))
            .map(|p| (p.name.name.clone(), p.name.span))
            .collect();
        if hidden.is_empty() {
            return;
        }
        let m = self.cx.program.method(method);
        let params: Vec<String> = m.param_types.iter().map(Ty::to_string).collect();
        let shown = format!(
            "{}.{}<{}>({})",
            self.cx.program.class(m.class).name,
            m.name,
            m.type_params.join(", "),
            params.join(", ")
        );
        for (name, span) in hidden {
            self.warn(
                "CS8387",
                format!("Type parameter '{name}' has the same name as the type parameter from outer method '{shown}'"),
                span,
                "rename the local function's type parameter: inside it, this one hides the method's",
            );
        }
    }

    /// A simple name that is a generic local function in scope: its method group (with the
    /// written type arguments).
    pub(crate) fn generic_local_group(
        &mut self,
        name: &ast::Ident,
        type_args: &[ast::TypeExpr],
    ) -> Option<Resolved> {
        if self.generic_local_fns.is_empty() {
            return None;
        }
        let local = self.scopes.lookup(&name.name)?.local?;
        let method = *self.generic_local_fns.get(&local)?;
        let ns = self.ns.clone();
        let type_args = (type_args.iter())
            .map(|t| self.cx.resolve_value_type(t, ns.as_deref()))
            .collect();
        Some(Resolved::Methods(MethodGroup {
            cands: vec![Cand::user(method)],
            receiver: None,
            name: name.name.clone(),
            type_args,
            via_type: false,
        }))
    }

    /// A call resolved to a generic local function's method: the invocation of its delegate
    /// for the call's type arguments.
    pub(crate) fn generic_local_call(&mut self, e: Expr) -> Expr {
        if self.generic_local_fns.is_empty() {
            return e;
        }
        let ExprKind::Call {
            callee: Callee::User(m),
            ..
        } = &e.kind
        else {
            return e;
        };
        let Some(&local) = self.cx.local_generic_fns.get(m) else {
            return e;
        };
        let (span, ty) = (e.span, e.ty.clone());
        let ExprKind::Call {
            callee,
            args,
            type_args,
            ..
        } = e.kind
        else {
            return Expr::error(span);
        };
        let delegate = self.generic_local_delegate(local, &type_args);
        let target = self.generic_local_ref(callee, local, type_args, delegate, span);
        let kind = ExprKind::InvokeDelegate {
            target: Box::new(target),
            args,
        };
        crate::check_expr::mk(kind, ty, span)
    }

    /// `m`'s group converted to a delegate: named through the local.
    pub(crate) fn generic_local_group_receiver(&self, m: MethodId) -> Option<Box<Expr>> {
        let local = *self.cx.local_generic_fns.get(&m)?;
        let ty = self.locals.get(local.0 as usize)?.ty.clone();
        Some(Box::new(crate::check_expr::mk(
            ExprKind::Local(local),
            ty,
            Span::default(),
        )))
    }

    /// The delegate type of `local` (a generic local function) for `type_args`.
    fn generic_local_delegate(&mut self, local: LocalId, type_args: &[Ty]) -> Ty {
        let ty = self.locals[local.0 as usize].ty.clone();
        let method = self.generic_local_fns.get(&local).copied();
        match method.and_then(|m| owner_of(self.cx, m)) {
            Some(owner) => {
                let s = Subst {
                    owner,
                    args: type_args.to_vec(),
                };
                self.cx.close_mut(&ty.instantiate(&s), Span::default())
            }
            None => ty,
        }
    }

    fn generic_local_ref(
        &mut self,
        method: Callee,
        local: LocalId,
        type_args: Vec<Ty>,
        ty: Ty,
        span: Span,
    ) -> Expr {
        let lty = self.locals[local.0 as usize].ty.clone();
        let receiver = crate::check_expr::mk(ExprKind::Local(local), lty, span);
        let kind = ExprKind::MethodGroup {
            method,
            receiver: Some(Box::new(receiver)),
            type_args,
        };
        crate::check_expr::mk(kind, ty, span)
    }
}

/// The number of generic method `m`'s type parameters' declaration.
fn owner_of(cx: &Ctx<'_>, m: MethodId) -> Option<u32> {
    match cx.method_generics.get(&m)?.first()? {
        Ty::Generic(p) => Some(p.owner),
        _ => None,
    }
}

mod expand;
pub(crate) use expand::{expand, expand_late, report_left};
