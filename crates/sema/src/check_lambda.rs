//! Lambdas and anonymous methods, bound against the delegate type they convert to (its
//! parameter types and its return type give theirs). A body is checked as a function of its
//! own inside the enclosing method's scopes and local table; closure conversion (closures/)
//! later makes each one a method of the program. A lambda whose delegate type is not known yet
//! (a call's argument before overload resolution) is an `UnboundLambda` that `coerce` binds.

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::{Body, FnInfo};
use crate::check_expr::mk;
use crate::hir::{AsyncKind, Block, Expr, ExprKind, Lambda, LocalKind, Stmt, StmtKind};
use crate::types::{Lib, Ty};

/// What a lambda says about itself before it is bound.
pub(crate) struct Shape<'e> {
    /// A local function's name.
    pub(crate) local_name: Option<&'e str>,
    pub(crate) is_async: bool,
    pub(crate) is_static: bool,
    /// `None` for `delegate { ... }`, which converts to a delegate of any parameters.
    pub(crate) params: Option<Vec<Param<'e>>>,
    pub(crate) body: Code<'e>,
    pub(crate) anonymous_method: bool,
}

pub(crate) struct Param<'e> {
    pub(crate) name: &'e ast::Ident,
    pub(crate) ty: Option<&'e ast::TypeExpr>,
    pub(crate) modifier: Option<Span>,
    pub(crate) has_default: bool,
}

pub(crate) enum Code<'e> {
    Expr(&'e ast::Expr),
    Block(&'e ast::Block),
}

fn shape(e: &ast::Expr) -> Option<Shape<'_>> {
    match &e.kind {
        A::Lambda {
            is_async,
            is_static,
            params,
            body,
            ..
        } => Some(Shape {
            local_name: None,
            is_async: *is_async,
            is_static: *is_static,
            params: Some(
                params
                    .iter()
                    .map(|p| Param {
                        name: &p.name,
                        ty: p.ty.as_ref(),
                        modifier: p.modifier.map(|m| m.1),
                        has_default: p.default.is_some(),
                    })
                    .collect(),
            ),
            body: match body {
                ast::LambdaBody::Expr(x) => Code::Expr(x),
                ast::LambdaBody::Block(b) => Code::Block(b),
            },
            anonymous_method: false,
        }),
        A::AnonymousMethod {
            is_async,
            is_static,
            params,
            body,
            ..
        } => Some(Shape {
            local_name: None,
            is_async: *is_async,
            is_static: *is_static,
            params: params.as_ref().map(|ps| {
                ps.iter()
                    .map(|p| Param {
                        name: &p.name,
                        ty: Some(&p.ty),
                        modifier: p.modifier.map(|m| m.1),
                        has_default: p.default.is_some(),
                    })
                    .collect()
            }),
            body: Code::Block(body),
            anonymous_method: true,
        }),
        _ => None,
    }
}

/// Whether a lambda could convert to `to` as overload resolution sees it: `to` is a delegate
/// type taking as many parameters, and an async lambda's delegate returns `void` or a task.
pub(crate) fn may_convert(e: &ast::Expr, to: &Ty) -> bool {
    if let A::Name { .. } | A::Member { .. } = &e.kind {
        return to.delegate_sig().is_some() || to.is_error();
    }
    let (Some(s), Some((params, ret))) = (shape(e), to.delegate_sig()) else {
        return to.is_error();
    };
    s.params.as_ref().is_none_or(|p| p.len() == params.len())
        && (!s.is_async || async_kind(&ret).is_some())
}

/// `1 parameter`, `2 parameters`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// The builder an async lambda returning `ret` uses.
/// The async kind of an async iterator returning `ret`.
fn stream_kind(ret: &Ty) -> Option<AsyncKind> {
    Some(match ret {
        Ty::Lib(Lib::IAsyncEnumerable, a) => AsyncKind::AsyncEnumerable(a.first()?.clone()),
        Ty::Lib(Lib::IAsyncEnumerator, a) => AsyncKind::AsyncEnumerator(a.first()?.clone()),
        _ => return None,
    })
}

fn async_kind(ret: &Ty) -> Option<AsyncKind> {
    Some(match ret {
        Ty::Void => AsyncKind::Void,
        Ty::Lib(Lib::Task, _) => AsyncKind::Task,
        Ty::Lib(Lib::TaskOf, a) => AsyncKind::TaskOf(a.first()?.clone()),
        Ty::Lib(Lib::ValueTask, _) => AsyncKind::ValueTask,
        Ty::Lib(Lib::ValueTaskOf, a) => AsyncKind::ValueTaskOf(a.first()?.clone()),
        _ => return None,
    })
}

/// The checker's state that belongs to one function: saved around a lambda's body.
pub(crate) struct Outer {
    inferred_returns: Option<Vec<Ty>>,
    func: FnInfo,
    finally_depth: u32,
    catches: Vec<u32>,
    saw_await: bool,
    direct_await: Option<Span>,
    in_filter: bool,
    in_lock: bool,
    bindings: Vec<Expr>,
    jumps: crate::check_jumps::Saved,
    floor: u32,
}

impl Body<'_, '_> {
    /// A lambda expression: bound now when `expected` is a delegate type, else left for
    /// `coerce` to bind once the type it converts to is known.
    pub(crate) fn lambda(&mut self, e: &ast::Expr, expected: Option<&Ty>) -> Expr {
        if let Some(t) = expected.filter(|t| t.delegate_sig().is_some()) {
            return self.bind_lambda(e, t);
        }
        self.unbound_lambdas.push(e.span);
        mk(
            ExprKind::UnboundLambda(Box::new(e.clone())),
            Ty::Error,
            e.span,
        )
    }

    /// A lambda or method group passed as a call's argument: bound once the overload is
    /// chosen; a call that fails has said why, so an unbound one draws nothing more.
    pub(crate) fn lambda_argument(&mut self, e: &ast::Expr) -> Expr {
        mk(
            ExprKind::UnboundLambda(Box::new(e.clone())),
            Ty::Error,
            e.span,
        )
    }

    /// Lambdas still unbound at the end of a body that reported no error: nothing gave them a
    /// delegate type (C# 10's natural types would). In a body with errors, the error is
    /// where the lambda's context failed (a call reported), so nothing more is said.
    pub(crate) fn report_unbound_lambdas(&mut self) {
        let spans = std::mem::take(&mut self.unbound_lambdas);
        self.cx.unbound_lambdas.extend(spans);
    }
}

/// Lambdas no body bound, reported only when the program has no error at all: an error
/// elsewhere (a call of a member reported at its declaration) is why a lambda went unbound.
pub(crate) fn report_unbound(cx: &mut crate::context::Ctx<'_>) {
    let spans = std::mem::take(&mut cx.unbound_lambdas);
    if spans.is_empty() || cx.diags.list.iter().any(|d| d.is_error()) {
        return;
    }
    for span in spans {
        cx.unsupported(
            "a lambda without a delegate type to convert to (C# 10's natural types) is",
            span,
        );
    }
}

impl Body<'_, '_> {
    /// Converts a lambda to delegate type `to`: its parameters take the delegate's types and
    /// its body is checked against the delegate's return type.
    pub(crate) fn bind_lambda(&mut self, e: &ast::Expr, to: &Ty) -> Expr {
        let span = e.span;
        self.unbound_lambdas.retain(|s| *s != span);
        if let A::Name { .. } | A::Member { .. } = &e.kind {
            // A method group argument (check_call.rs).
            return self.expr_with(e, Some(to));
        }
        let Some(s) = shape(e) else {
            return Expr::error(span);
        };
        let what = if s.anonymous_method {
            "anonymous method"
        } else {
            "lambda expression"
        };
        if to.is_error() {
            self.declare_expr_names(e);
            return Expr::error(span);
        }
        let Some((ptys, ret)) = to.delegate_sig() else {
            self.err(
                "CS1660",
                format!("Cannot convert {what} to type '{to}' because it is not a delegate type"),
                span,
                "a lambda converts to a delegate type such as `Func<int, int>` or `Action`",
            );
            self.declare_expr_names(e);
            return Expr::error(span);
        };
        let ptys = ptys.to_vec();
        if let Some(ps) = &s.params {
            if ps.len() != ptys.len() {
                self.err(
                    "CS1593",
                    format!("Delegate '{to}' does not take {} arguments", ps.len()),
                    span,
                    &format!("`{to}` takes {}", count(ptys.len(), "parameter")),
                );
                self.declare_expr_names(e);
                return Expr::error(span);
            }
            for p in ps {
                if let Some(m) = p.modifier {
                    self.cx
                        .unsupported("`ref`, `out`, `in` and `params` lambda parameters are", m);
                    self.declare_expr_names(e);
                    return Expr::error(span);
                }
                if p.has_default {
                    self.cx
                        .unsupported("default values of lambda parameters are", p.name.span);
                    self.declare_expr_names(e);
                    return Expr::error(span);
                }
            }
        }
        self.bind_shape(s, to, ptys, ret, span, what, Some(e))
    }

    /// Binds a lambda whose shape is known and whose delegate type `to` (parameters `ptys`,
    /// return `ret`) fits its parameter count. `e`, when given, is the lambda's expression,
    /// whose names an error declares.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn bind_shape(
        &mut self,
        s: Shape<'_>,
        to: &Ty,
        ptys: Vec<Ty>,
        ret: Ty,
        span: Span,
        what: &str,
        e: Option<&ast::Expr>,
    ) -> Expr {
        // An async local function with `yield` returning an async stream is an async iterator.
        let stream = s.is_async
            && s.local_name.is_some()
            && matches!(&s.body, Code::Block(b) if crate::check_iterator::contains_yield(b));
        let async_kind = if s.is_async {
            match async_kind(&ret).or_else(|| stream.then(|| stream_kind(&ret)).flatten()) {
                Some(k) => k,
                None => {
                    self.err(
                        "CS4010",
                        format!("Cannot convert async {what} to delegate type '{to}'. An async {what} may return void, Task or Task<T>, none of which are convertible to '{to}'."),
                        span,
                        "an async lambda converts to `Func<Task>`, `Func<Task<T>>` or `Action`",
                    );
                    if let Some(e) = e {
                        self.declare_expr_names(e);
                    }
                    return Expr::error(span);
                }
            }
        } else {
            AsyncKind::NotAsync
        };
        // Explicit parameter types must be the delegate's exactly.
        let mut declared = Vec::with_capacity(ptys.len());
        for (i, p) in s.params.iter().flatten().enumerate() {
            let Some(te) = p.ty else {
                declared.push(ptys[i].clone());
                continue;
            };
            let t = self.cx.resolve_value_type(te, self.ns.as_deref());
            if !t.is_error() && t != ptys[i] {
                self.err(
                    "CS1678",
                    format!(
                        "Parameter {} is declared as type '{t}' but should be '{}'",
                        i + 1,
                        ptys[i]
                    ),
                    te.span,
                    &format!("declare it as `{}`, or leave the type out", ptys[i]),
                );
            }
            declared.push(ptys[i].clone());
        }
        // A local function whose body yields is an iterator (check_iterator.rs).
        let iterator = match (&s.local_name, &s.body) {
            (Some(name), Code::Block(b)) => {
                let shown: Vec<String> = ptys.iter().map(|t| t.to_string()).collect();
                let display = format!("{name}({})", shown.join(", "));
                self.local_iterator(&display, b, &ret, s.is_async, span)
            }
            _ => None,
        };
        let func = FnInfo {
            method: self.func.method,
            is_async: s.is_async,
            async_kind: async_kind.clone(),
            return_type: ret.clone(),
            display: what.to_string(),
            instance_initializer: self.func.instance_initializer,
            lambda: true,
            iterator,
        };
        let outer = self.enter_lambda(func);
        let first_own_local = self.locals.len();
        self.scopes.push();
        let mut params = Vec::with_capacity(declared.len());
        for (p, ty) in s.params.iter().flatten().zip(declared) {
            if p.name.name == "_" && s.params.as_ref().is_some_and(|ps| ps.len() > 1) {
                // C# 9 discards: `(_, _) => 0` declares nothing.
                params.push(self.hidden_param(ty, p.name.span));
                continue;
            }
            params.push(self.declare_local(&p.name.name, ty, LocalKind::LambdaParam, p.name.span));
        }
        if s.params.is_none() {
            // `delegate { ... }` takes the delegate's parameters without naming them.
            for ty in &ptys {
                params.push(self.hidden_param(ty.clone(), span));
            }
        }
        let unsupported_before = self.cx.unsupported_count;
        let body = match s.body {
            Code::Block(b) => self.block(b),
            Code::Expr(x) => self.lambda_expr_body(x, &async_kind, &ret),
        };
        if s.is_async && !self.saw_await && self.cx.unsupported_count == unsupported_before {
            self.warn(
                "CS1998",
                "This async method lacks 'await' operators and will run synchronously. Consider using the 'await' operator to await non-blocking API calls, or 'await Task.Run(...)' to do CPU-bound work on a background thread.",
                span,
                "remove `async` and return a completed task, or await something",
            );
        }
        self.scopes.pop();
        self.leave_lambda(outer);
        if s.is_static {
            self.static_lambda_captures(&body, first_own_local, s.local_name.is_some());
        }
        self.lambdas += 1;
        let lambda = Lambda {
            local_name: s.local_name.map(str::to_string),
            local_sig: None,
            first_local: first_own_local as u32,
            params,
            is_async: s.is_async,
            async_kind,
            return_type: ret,
            body,
            captures: Vec::new(),
        };
        mk(ExprKind::Lambda(Box::new(lambda)), to.clone(), span)
    }

    pub(crate) fn hidden_param(&mut self, ty: Ty, span: Span) -> crate::hir::LocalId {
        let id = crate::hir::LocalId(self.locals.len() as u32);
        self.locals.push(crate::hir::Local {
            name: format!("<p{}>", id.0),
            ty,
            kind: LocalKind::LambdaParam,
            span,
            captured: false,
            by_ref: None,
        });
        self.local_consts.push(None);
        id
    }

    /// `x => expr`: a statement when the delegate returns nothing, else a `return`.
    fn lambda_expr_body(&mut self, x: &ast::Expr, kind: &AsyncKind, ret: &Ty) -> Block {
        let value_less = matches!(
            kind,
            AsyncKind::Task | AsyncKind::ValueTask | AsyncKind::Void
        ) || (*kind == AsyncKind::NotAsync && *ret == Ty::Void);
        self.scopes.push();
        let stmt = if let A::Throw(t) = &x.kind {
            StmtKind::Throw(self.thrown(t))
        } else if value_less {
            self.statement_expression(x)
        } else {
            self.return_stmt(Some(x), x.span)
        };
        self.scopes.pop();
        Block {
            stmts: vec![Stmt::new(stmt, x.span)],
            span: x.span,
        }
    }

    pub(crate) fn enter_lambda(&mut self, func: FnInfo) -> Outer {
        let depth = self.scopes.depth();
        Outer {
            inferred_returns: self.inferred_returns.take(),
            func: std::mem::replace(&mut self.func, func),
            finally_depth: std::mem::take(&mut self.finally_depth),
            catches: std::mem::take(&mut self.catches),
            saw_await: std::mem::take(&mut self.saw_await),
            direct_await: self.direct_await.take(),
            in_filter: std::mem::take(&mut self.in_filter),
            in_lock: std::mem::take(&mut self.in_lock),
            bindings: std::mem::take(&mut self.bindings),
            jumps: self.jumps.enter_function(),
            floor: self.scopes.set_floor(depth + 1),
        }
    }

    pub(crate) fn leave_lambda(&mut self, o: Outer) {
        self.func = o.func;
        self.inferred_returns = o.inferred_returns;
        self.finally_depth = o.finally_depth;
        self.catches = o.catches;
        self.saw_await = o.saw_await;
        self.direct_await = o.direct_await;
        self.in_filter = o.in_filter;
        self.in_lock = o.in_lock;
        self.bindings = o.bindings;
        self.jumps.leave_function(o.jumps);
        self.scopes.set_floor(o.floor);
    }
}

impl Body<'_, '_> {
    /// `f(args)` and `f.Invoke(args)` of a delegate `f`: the arguments convert to the
    /// delegate's parameter types.
    pub(crate) fn invoke_delegate(&mut self, target: Expr, args: Vec<Expr>, span: Span) -> Expr {
        let Some((params, ret)) = target.ty.delegate_sig() else {
            return Expr::error(span);
        };
        // Its `ref`/`out` parameters drew UA0100 at the declaration; the arguments' modes
        // cannot be checked against them, and flow analysis would guess (`out` arguments).
        if self.delegate_with_modifiers(&target.ty) {
            self.incomplete = true;
            return Expr::error(span);
        }
        let (params, shown) = (params.to_vec(), target.ty.to_string());
        if args.len() != params.len() {
            self.err(
                "CS1593",
                format!("Delegate '{shown}' does not take {} arguments", args.len()),
                span,
                &format!("`{shown}` takes {}", count(params.len(), "argument")),
            );
            return Expr::error(span);
        }
        let mut out = Vec::with_capacity(args.len());
        for (i, (a, p)) in args.into_iter().zip(&params).enumerate() {
            if let Some(k) = crate::check_ref::arg_ref(&a) {
                self.err(
                    "CS1615",
                    format!(
                        "Argument {} may not be passed with the '{}' keyword",
                        i + 1,
                        k.keyword()
                    ),
                    a.span,
                    "pass the value without the modifier",
                );
                return Expr::error(span);
            }
            // A lambda or method group argument is bound by `coerce`, which says why it fails.
            let bound_later = matches!(a.kind, ExprKind::UnboundLambda(_));
            let cx: &crate::context::Ctx<'_> = self.cx;
            if !bound_later
                && !a.ty.is_error()
                && !p.is_error()
                && ((crate::convert::implicit(&a.ty, p).is_none()
                    && !crate::convert::constant_fits(&a, p)
                    && !crate::user_conversions::implicit_exists(cx, &a.ty, p))
                    || a.ty == Ty::Void)
            {
                self.cx.diags.push(
                    unawait_syntax::Diagnostic::error(
                        "CS1503",
                        format!(
                            "Argument {}: cannot convert from '{}' to '{p}'",
                            i + 1,
                            a.ty
                        ),
                        a.span,
                    )
                    .with_primary(format!("this is a `{}`", a.ty))
                    .with_hint(format!("`{shown}` takes a `{p}` here")),
                );
                return Expr::error(span);
            }
            out.push(self.coerce(a, p));
        }
        let kind = ExprKind::InvokeDelegate {
            target: Box::new(target),
            args: out,
        };
        mk(kind, ret, span)
    }
}

/// A method group's method's parameter types and return type, its type arguments in.
pub(crate) type GroupSig = (Vec<Ty>, Ty);

impl Body<'_, '_> {
    /// A method group converted to delegate type `to` (`Func<int, int> f = Square;`): the one
    /// method of the program whose parameters are the delegate's and whose return type
    /// converts to the delegate's by identity or reference. Anything else stays a method group
    /// (which its caller reports).
    pub(crate) fn method_group_conversion(
        &mut self,
        g: crate::check_call::MethodGroup,
        to: &Ty,
        span: Span,
    ) -> Result<Expr, Box<crate::check_call::MethodGroup>> {
        let Some((params, ret)) = to.delegate_sig() else {
            return Err(Box::new(g));
        };
        let fits = |m: &crate::hir::Method, (ps, r): (Vec<Ty>, Ty)| {
            ps.as_slice() == &*params
                && m.params.iter().all(|&p| {
                    m.locals
                        .get(p.0 as usize)
                        .is_none_or(|l| l.by_ref.is_none())
                })
                && (r == ret
                    || (ret.is_reference_type()
                        && r.is_reference_type()
                        && crate::convert::implicit(&r, &ret).is_some()))
        };
        let found: Vec<(crate::hir::MethodId, Vec<Ty>)> = (g.cands.iter())
            .filter_map(|c| match c.callee {
                crate::hir::Callee::User(m) => {
                    let (args, sig) = self.group_signature(m, &g.type_args, &params)?;
                    fits(self.cx.program.method(m), sig).then_some((m, args))
                }
                _ => None,
            })
            .collect();
        let [(m, ref type_args)] = found[..] else {
            return self.library_method_group(g, to, span);
        };
        let type_args = type_args.clone();
        if !type_args.is_empty() && !self.satisfies_constraints(m, &type_args, span) {
            return Ok(Expr::error(span));
        }
        let is_static = self.cx.program.method(m).is_static;
        let receiver = match (g.receiver, is_static) {
            (Some(r), false) => Some(r),
            (None, false) if self.has_this() && !g.via_type => Some(Box::new(self.this_expr(span))),
            (None, true) => None,
            (receiver, _) => {
                return Err(Box::new(crate::check_call::MethodGroup { receiver, ..g }));
            }
        };
        if let Some(r) = &receiver {
            if r.ty.is_struct() {
                self.cx
                    .unsupported("a delegate of a struct's instance method is", span);
                return Ok(Expr::error(span));
            }
        }
        if receiver.is_none() {
            self.method_groups += 1;
        }
        // A generic local function's group is named through its local (local_generics.rs).
        let receiver = match self.generic_local_group_receiver(m) {
            Some(local) => {
                return Ok(mk(
                    ExprKind::MethodGroup {
                        method: crate::hir::Callee::User(m),
                        receiver: Some(local),
                        type_args,
                    },
                    to.clone(),
                    span,
                ))
            }
            None => receiver,
        };
        // A null object throws when the delegate is made, as .NET's delegate constructor
        // (`ldftn`) or `ldvirtftn` (a virtual or interface method) does.
        let receiver = receiver.map(|r| {
            let method = self.cx.program.method(m);
            let virtual_member = method.virt != crate::hir::Virt::None || r.ty.is_interface();
            Box::new(self.bound_object(*r, virtual_member, span))
        });
        let kind = ExprKind::MethodGroup {
            method: crate::hir::Callee::User(m),
            receiver,
            type_args,
        };
        Ok(mk(kind, to.clone(), span))
    }

    /// The type arguments a method group's method `m` takes for a delegate of parameter
    /// types `params` (written, `explicit`, or inferred from the parameters alone, as C#
    /// infers them for a method group), and its parameter and return types with them in.
    /// `None` when they cannot be inferred; no type arguments for a method that is not generic.
    pub(crate) fn group_signature(
        &mut self,
        m: crate::hir::MethodId,
        explicit: &[Ty],
        params: &[Ty],
    ) -> Option<(Vec<Ty>, GroupSig)> {
        let method = self.cx.program.method(m);
        let (param_types, return_type) = (method.param_types.clone(), method.return_type.clone());
        let Some(generics) = self.cx.method_generics.get(&m).cloned() else {
            return explicit
                .is_empty()
                .then(|| (Vec::new(), (param_types, return_type)));
        };
        let open = |t: &Ty| crate::generics::as_params(t, &generics);
        let args = if !explicit.is_empty() {
            (explicit.len() == generics.len()).then(|| explicit.to_vec())?
        } else {
            let mut bounds: Vec<Vec<Ty>> = vec![Vec::new(); generics.len()];
            for (p, d) in param_types.iter().zip(params) {
                crate::call_rank::infer_bounds(&open(p), d, &mut bounds, 0);
            }
            bounds
                .into_iter()
                .map(|b| match &b[..] {
                    [t] => Some(t.clone()),
                    _ => None,
                })
                .collect::<Option<Vec<Ty>>>()?
        };
        // `Box<T>` with the arguments in is named by its instance (`Box<double>`), made now.
        let span = unawait_syntax::Span::default();
        let ps = param_types
            .iter()
            .map(|p| self.cx.close_mut(&open(p).subst(&args), span))
            .collect();
        let ret = self.cx.close_mut(&open(&return_type).subst(&args), span);
        Some((args, (ps, ret)))
    }
}

impl Body<'_, '_> {
    /// A `static` lambda may not use the enclosing function's variables (CS8820) nor `this`
    /// (CS8821); locals from `first_own` on are its own.
    fn static_lambda_captures(&mut self, body: &Block, first_own: usize, local_function: bool) {
        let mut found: Option<(String, Span)> = None;
        let outer = |l: &crate::hir::LocalId| (l.0 as usize) < first_own;
        crate::filters::stmts(&body.stmts, &mut |_| {}, &mut |e| {
            if found.is_some() {
                return;
            }
            let place_local = match &e.kind {
                ExprKind::Assign { target, .. }
                | ExprKind::CompoundAssign { target, .. }
                | ExprKind::IncDec { target, .. } => match target {
                    crate::hir::Place::Local(l) => Some(*l),
                    _ => None,
                },
                _ => None,
            };
            let used = place_local.or(match &e.kind {
                ExprKind::Local(l) => Some(*l),
                _ => None,
            });
            // Another local function (or this one) may be called: what it captures, it
            // reports itself.
            let function = |l: &crate::hir::LocalId| {
                self.locals[l.0 as usize].kind == crate::hir::LocalKind::LocalFunction
            };
            match (&e.kind, used) {
                (_, Some(l)) if outer(&l) && !function(&l) => {
                    found = Some((self.locals[l.0 as usize].name.clone(), e.span));
                }
                (ExprKind::This | ExprKind::Base, _) => {
                    found = Some(("<this>".to_string(), e.span));
                }
                _ => {}
            }
        });
        let found_this = found.as_ref().is_some_and(|(n, _)| n == "<this>");
        match found {
            Some((_, span)) if local_function && found_this => self.err(
                "CS8422",
                "A static local function cannot contain a reference to 'this' or 'base'.",
                span,
                "remove `static` from the local function, or pass what it needs as a parameter",
            ),
            Some((name, span)) if local_function => self.err(
                "CS8421",
                format!("A static local function cannot contain a reference to '{name}'."),
                span,
                "remove `static` from the local function, or pass the value as a parameter",
            ),
            Some((_, span)) if found_this => self.err(
                "CS8821",
                "A static anonymous function cannot contain a reference to 'this' or 'base'.",
                span,
                "remove `static` from the lambda, or pass what it needs as a parameter",
            ),
            Some((name, span)) => self.err(
                "CS8820",
                format!("A static anonymous function cannot contain a reference to '{name}'."),
                span,
                "remove `static` from the lambda, or pass the value as a parameter",
            ),
            None => {}
        }
    }
}
