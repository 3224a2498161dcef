//! Lambdas in overload resolution (C# §12.6.3 and §12.6.4.5): a lambda argument is bound
//! speculatively against each candidate's parameter types with its return type left open, which
//! gives its inferred return type (for type inference: `Task.Run<TResult>(Func<TResult>)`), says
//! whether it converts at all (`() => 42` does not convert to `Action`), and decides the better
//! conversion (`Func<int>` over `Action`, `Func<Task>` over `Action` for an async lambda). The
//! speculative binding leaves nothing behind: diagnostics, locals and counters are rolled back.

use unawait_syntax::ast::{self, ExprKind as A};

use crate::body::{Body, FnInfo};
use crate::convert;
use crate::hir::{AsyncKind, LocalKind};
use crate::types::{Lib, Ty};

/// What a lambda's body says when bound against given parameter types.
#[derive(Clone, Debug)]
pub(crate) struct Inferred {
    /// C#'s inferred return type: `None` when the body returns no value; an async lambda's
    /// is `Task` or `Task<T>`.
    pub ret: Option<Ty>,
    /// An expression body that is a statement expression (a call, an assignment, ...): it
    /// also converts to a delegate returning nothing.
    pub statement_body: bool,
    /// The body returns values.
    pub returns_values: bool,
    /// Binding reported an error: with these parameter types the lambda converts to nothing.
    pub failed: bool,
    pub is_async: bool,
    /// The body's end cannot be reached (it ends in a `throw`, or is a throw expression): with
    /// no `return` of a value it still converts to a delegate returning one (C# §10.7.1).
    pub never_ends: bool,
    /// A returned value has no type of its own (a lambda, an anonymous method: `(f, g) => x =>
    /// g(f(x))`): no inferred return type, yet it converts to a delegate returning a delegate.
    pub untyped_return: bool,
    /// Every returned value is `null`: no inferred return type, yet it converts to a
    /// delegate returning a reference or nullable type (`i => null`).
    pub only_null: bool,
}

/// How much of the checker's state a speculative binding may change.
pub(crate) struct Checkpoint {
    diags: usize,
    locals: usize,
    lambdas: u32,
    unbound: usize,
    unsupported: usize,
    labels: usize,
    incomplete: bool,
}

impl Body<'_, '_> {
    pub(crate) fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            diags: self.cx.diags.list.len(),
            locals: self.locals.len(),
            lambdas: self.lambdas,
            unbound: self.unbound_lambdas.len(),
            unsupported: self.cx.unsupported_count,
            labels: self.jumps.label_count(),
            incomplete: self.incomplete,
        }
    }

    pub(crate) fn rollback(&mut self, c: Checkpoint) {
        self.cx.diags.truncate(c.diags);
        self.locals.truncate(c.locals);
        self.local_consts.truncate(c.locals);
        self.open_out_vars.retain(|l| (l.0 as usize) < c.locals);
        (self.generic_local_fns).retain(|l, _| (l.0 as usize) < c.locals);
        self.lambdas = c.lambdas;
        self.unbound_lambdas.truncate(c.unbound);
        self.cx.unsupported_count = c.unsupported;
        self.jumps.truncate_labels(c.labels);
        self.incomplete = c.incomplete;
    }

    /// What `e` names, looked at without a trace (its diagnostics, locals and lambdas undone).
    pub(crate) fn resolve_untraced(&mut self, e: &ast::Expr) -> crate::resolve::Resolved {
        let cp = self.checkpoint();
        let r = self.resolve(e);
        self.rollback(cp);
        r
    }

    /// Binds lambda `e` with parameter types `params` and its return type open, then undoes
    /// it. `None` for a method group or a lambda of another parameter count.
    pub(crate) fn infer_lambda(&mut self, e: &ast::Expr, params: &[Ty]) -> Option<Inferred> {
        let (is_async, names, body): (bool, Vec<&ast::Ident>, Code<'_>) = match &e.kind {
            A::Lambda {
                is_async,
                params: ps,
                body,
                ..
            } => {
                if ps
                    .iter()
                    .any(|p| p.modifier.is_some() || p.default.is_some())
                {
                    return None;
                }
                let code = match body {
                    ast::LambdaBody::Expr(x) => Code::Expr(x),
                    ast::LambdaBody::Block(b) => Code::Block(b),
                };
                (*is_async, ps.iter().map(|p| &p.name).collect(), code)
            }
            A::AnonymousMethod {
                is_async,
                params: ps,
                body,
                ..
            } => {
                let names = match ps {
                    Some(ps) => ps.iter().map(|p| &p.name).collect(),
                    None => Vec::new(),
                };
                if ps.as_ref().is_some_and(|ps| ps.len() != params.len()) {
                    return None;
                }
                (*is_async, names, Code::Block(body))
            }
            _ => return None,
        };
        if matches!(&e.kind, A::Lambda { .. }) && names.len() != params.len() {
            return None;
        }
        let cp = self.checkpoint();
        let func = FnInfo {
            method: self.func.method,
            is_async,
            async_kind: if is_async {
                AsyncKind::TaskOf(Ty::Error)
            } else {
                AsyncKind::NotAsync
            },
            return_type: Ty::Error,
            display: "lambda expression".to_string(),
            instance_initializer: self.func.instance_initializer,
            lambda: true,
            iterator: None,
        };
        let outer = self.enter_lambda(func);
        let saved_returns = self.inferred_returns.replace(Vec::new());
        self.scopes.push();
        for (name, ty) in names.iter().zip(params) {
            if name.name != "_" {
                self.declare_local(&name.name, ty.clone(), LocalKind::LambdaParam, name.span);
            }
        }
        let mut statement_body = false;
        let mut untyped_return = false;
        let never_ends = match body {
            Code::Block(b) => b
                .stmts
                .last()
                .is_some_and(|s| matches!(s.kind, ast::StmtKind::Throw(_))),
            Code::Expr(x) => matches!(x.kind, A::Throw(_)),
        };
        match body {
            Code::Block(b) => {
                self.block(b);
            }
            // `=> throw e` returns nothing and converts to any delegate (`never_ends`).
            Code::Expr(ast::Expr {
                kind: A::Throw(t), ..
            }) => {
                self.thrown(t);
            }
            Code::Expr(x) => {
                statement_body = is_statement_expression(x);
                self.scopes.push();
                let v = self.expr(x);
                self.scopes.pop();
                // A lambda (`x => y => ...`) has no type: it must not become a type
                // argument's bound, yet it converts to a delegate returning a delegate.
                if matches!(v.kind, crate::hir::ExprKind::UnboundLambda(_)) {
                    untyped_return = true;
                } else if v.ty != Ty::Void {
                    if let Some(r) = &mut self.inferred_returns {
                        r.push(v.ty.clone());
                    }
                }
            }
        }
        self.scopes.pop();
        let returns =
            std::mem::replace(&mut self.inferred_returns, saved_returns).unwrap_or_default();
        self.leave_lambda(outer);
        let failed = self.cx.diags.list[cp.diags..].iter().any(|d| d.is_error())
            || self.cx.unsupported_count != cp.unsupported;
        self.rollback(cp);
        let returns_values = !returns.is_empty() || untyped_return;
        let only_null = !returns.is_empty() && returns.iter().all(|t| *t == Ty::Null);
        let best = best_common(&returns);
        let ret = if is_async {
            Some(match best {
                Some(t) => Ty::Lib(Lib::TaskOf, vec![t]),
                None => Ty::Lib(Lib::Task, Vec::new()),
            })
        } else {
            best
        };
        Some(Inferred {
            ret,
            statement_body,
            returns_values,
            failed,
            is_async,
            never_ends,
            untyped_return,
            only_null,
        })
    }
}

enum Code<'e> {
    Expr(&'e ast::Expr),
    Block(&'e ast::Block),
}

/// The type every returned value converts to, if one of them is it (C#'s best common type of
/// the returns, without lambdas or method groups among them).
fn best_common(types: &[Ty]) -> Option<Ty> {
    let candidates: Vec<&Ty> = types.iter().filter(|t| **t != Ty::Null).collect();
    let pick = candidates
        .iter()
        .find(|t| types.iter().all(|o| convert::implicit(o, t).is_some()))?;
    Some((*pick).clone())
}

/// C#'s statement expressions: what an expression-bodied lambda may be when its delegate
/// returns nothing.
fn is_statement_expression(e: &ast::Expr) -> bool {
    matches!(
        e.kind,
        A::Call { .. }
            | A::Assign { .. }
            | A::Await(_)
            | A::New { .. }
            | A::Unary {
                op: ast::UnaryOp::PreInc
                    | ast::UnaryOp::PreDec
                    | ast::UnaryOp::PostInc
                    | ast::UnaryOp::PostDec,
                ..
            }
    )
}

/// Whether a lambda with what `inf` says converts to delegate type `to`.
pub(crate) fn fits(inf: &Inferred, to: &Ty) -> bool {
    let Some((_, ret)) = to.delegate_sig() else {
        return to.is_error();
    };
    if inf.failed {
        return false;
    }
    if inf.is_async {
        return match &ret {
            // `async () => await F()` is a statement: its value is discarded.
            Ty::Void | Ty::Lib(Lib::Task | Lib::ValueTask, _) => {
                !inf.returns_values || inf.statement_body
            }
            Ty::Lib(Lib::TaskOf | Lib::ValueTaskOf, _) if !inf.returns_values => inf.never_ends,
            Ty::Lib(Lib::TaskOf | Lib::ValueTaskOf, a) => {
                inf.returns_values
                    && match (&inf.ret, a.first()) {
                        (Some(Ty::Lib(Lib::TaskOf, x)), Some(y)) => {
                            x.first().is_some_and(|x| convert::implicit(x, y).is_some())
                        }
                        (_, Some(y)) if inf.only_null => convert::implicit(&Ty::Null, y).is_some(),
                        _ => false,
                    }
            }
            _ => false,
        };
    }
    match (&ret, &inf.ret) {
        (Ty::Void, _) => !inf.returns_values || inf.statement_body,
        // Binding says whether the returned lambda converts to `r`'s delegate type.
        (r, None) if inf.untyped_return => r.delegate_sig().is_some(),
        (_, Some(Ty::Error)) => true,
        (r, Some(x)) => convert::implicit(x, r).is_some(),
        (r, None) if inf.only_null => convert::implicit(&Ty::Null, r).is_some(),
        // A body that returns nothing converts to a delegate returning a value only if it
        // never ends (it throws).
        (_, None) => inf.never_ends,
    }
}

/// C#'s better conversion from a lambda to two delegate types with the same parameters: one
/// returning a value beats one returning nothing, then the better conversion of the inferred
/// return type (of the task's result for an async lambda). 1: `d1` better, -1: `d2`, 0: neither.
pub(crate) fn better(inf: &Inferred, d1: &Ty, d2: &Ty) -> i8 {
    let (Some((p1, r1)), Some((p2, r2))) = (d1.delegate_sig(), d2.delegate_sig()) else {
        return 0;
    };
    if p1 != p2 || r1 == r2 {
        return 0;
    }
    // A delegate returning a value beats one returning nothing even when the lambda has no
    // inferred return type (`Task.Run(() => { throw e; })` is `Run(Func<Task>)`).
    match (r1 == Ty::Void, r2 == Ty::Void) {
        (false, true) => return 1,
        (true, false) => return -1,
        _ => {}
    }
    let Some(x) = &inf.ret else {
        return 0;
    };
    let inner = |t: &Ty| match t {
        Ty::Lib(Lib::TaskOf | Lib::ValueTaskOf, a) => a.first().cloned(),
        _ => None,
    };
    match (inf.is_async, inner(x), inner(&r1), inner(&r2)) {
        (true, Some(x), Some(y1), Some(y2)) => convert::better(&x, &y1, &y2),
        _ => convert::better(x, &r1, &r2),
    }
}

/// C#'s "more specific" tie-break between two generic candidates whose parameter types are the
/// same once substituted: a type parameter is less specific than any other type, and constructed
/// types compare by their arguments. 1: `a` is more specific, -1: `b`, 0: neither.
pub(crate) fn more_specific(a: &[Ty], b: &[Ty]) -> i8 {
    let (mut a_more, mut b_more) = (false, false);
    for (x, y) in a.iter().zip(b) {
        match specific(x, y) {
            1 => a_more = true,
            -1 => b_more = true,
            _ => {}
        }
    }
    match (a_more, b_more) {
        (true, false) => 1,
        (false, true) => -1,
        _ => 0,
    }
}

/// C#'s more specific parameter type: a type parameter (the library's or the program's) is
/// less specific than any other type; constructed types compare by their arguments.
fn specific(x: &Ty, y: &Ty) -> i8 {
    let param = |t: &Ty| matches!(t, Ty::Param(..) | Ty::Generic(_));
    match (x, y) {
        _ if param(x) && param(y) => 0,
        _ if param(x) => -1,
        _ if param(y) => 1,
        (Ty::Lib(l, xs), Ty::Lib(m, ys)) if l == m && xs.len() == ys.len() => more_specific(xs, ys),
        (Ty::Class(_, a), Ty::Class(_, b)) => match (&a.generic, &b.generic) {
            (Some((t, xs)), Some((u, ys))) if t == u && xs.len() == ys.len() => {
                more_specific(xs, ys)
            }
            _ => 0,
        },
        (Ty::Array(x), Ty::Array(y)) => specific(x, y),
        _ => 0,
    }
}

impl Body<'_, '_> {
    /// For each candidate, what each lambda argument infers when bound against the
    /// candidate's parameter types (fixed by the other arguments first, C#'s first phase of
    /// type inference). Empty when no argument is a lambda.
    pub(crate) fn lambda_rows(
        &mut self,
        g: &crate::check_call::MethodGroup,
        sigs: &[crate::check_call::Sig],
        args: &[crate::hir::Expr],
    ) -> Vec<Vec<Option<Inferred>>> {
        let lambdas: Vec<usize> = (0..args.len())
            .filter(|&i| matches!(&args[i].kind, crate::hir::ExprKind::UnboundLambda(_)))
            .collect();
        if lambdas.is_empty() {
            return Vec::new();
        }
        let mut rows = Vec::with_capacity(sigs.len());
        for (c, s) in g.cands.iter().zip(sigs) {
            let mut row = vec![None; args.len()];
            let first = c.owner_args.len();
            let mut subst = c.owner_args.clone();
            let mut bounds: Vec<Vec<Ty>> = vec![Vec::new(); s.n_tparams];
            let infer = s.n_tparams > 0 && g.type_args.is_empty();
            if s.n_tparams > 0 && !g.type_args.is_empty() {
                subst.extend(g.type_args.iter().cloned());
            } else if infer {
                for (i, a) in args.iter().enumerate() {
                    if let Some(p) = s.params.get(i) {
                        crate::call_rank::infer_bounds(p, &a.ty, &mut bounds, first);
                    }
                }
                subst.extend(fix_bounds(&bounds, first));
            }
            // C#'s phases: a lambda whose parameter types depend on type parameters that
            // another lambda's return type fixes (`SelectMany(x => ys, (x, y) => ...)`) is
            // inferred once those are.
            loop {
                let mut progress = false;
                for &i in &lambdas {
                    let Some(written) = s.params.get(i) else {
                        continue;
                    };
                    if row[i].is_some() {
                        continue;
                    }
                    let p = written.subst(&subst);
                    let Some((params, _)) = p.delegate_sig() else {
                        continue;
                    };
                    if params.iter().any(Ty::contains_param) {
                        continue;
                    }
                    // `Box<T>` of `Func<Box<T>, R>` with `T` inferred as `Animal`: the lambda's
                    // parameter is the instance `Box<Animal>` (made now if no code named it),
                    // whose members return `Animal`, not the template's `T`.
                    let params: Vec<Ty> = params
                        .iter()
                        .map(|t| match t.names_generic_type() {
                            true => self.cx.close_mut(t, args[i].span),
                            false => t.clone(),
                        })
                        .collect();
                    if let crate::hir::ExprKind::UnboundLambda(l) = &args[i].kind {
                        row[i] = match l.kind {
                            A::Name { .. } | A::Member { .. } => {
                                self.infer_method_group(l, &params)
                            }
                            _ => self.infer_lambda(l, &params),
                        };
                    }
                    let ret = row[i].as_ref().and_then(|inf| inf.ret.clone());
                    if let (true, Some(x), Some((_, r))) = (infer, ret, written.delegate_sig()) {
                        crate::call_rank::infer_bounds(&r, &x, &mut bounds, first);
                        progress = true;
                    }
                }
                if !progress {
                    break;
                }
                subst.truncate(first);
                subst.extend(fix_bounds(&bounds, first));
            }
            rows.push(row);
        }
        // A body that has errors with every candidate's types has them whatever the overload:
        // they say nothing about which one it converts to (binding it reports them).
        for &i in &lambdas {
            let seen: Vec<&Inferred> = rows.iter().filter_map(|r| r[i].as_ref()).collect();
            if !seen.is_empty() && seen.iter().all(|inf| inf.failed) {
                for r in &mut rows {
                    if let Some(inf) = &mut r[i] {
                        inf.failed = false;
                    }
                }
            }
        }
        rows
    }
}

impl Body<'_, '_> {
    /// A method group argument given the delegate's parameter types: the return type of the
    /// one method of the program it converts to (C#'s output type inference from a method
    /// group). `None` when none or several fit.
    fn infer_method_group(&mut self, e: &ast::Expr, params: &[Ty]) -> Option<Inferred> {
        let crate::resolve::Resolved::Methods(g) = self.resolve_untraced(e) else {
            return None;
        };
        // No method of the group takes the delegate's parameters (each by identity or an
        // implicit reference conversion, C#'s method group conversion): it converts to no
        // delegate of these parameter types (`char.IsLetter` to a `Func<char, int, bool>`).
        let takes = |ps: &[Ty]| {
            ps.len() == params.len()
                && params.iter().zip(ps).all(|(d, m)| {
                    d == m
                        || (d.is_reference_type()
                            && m.is_reference_type()
                            && convert::implicit(d, m).is_some())
                })
        };
        let any_takes = g.cands.iter().any(|c| match c.callee {
            crate::hir::Callee::User(m) => {
                let m = self.cx.program.method(m);
                !m.type_params.is_empty() || takes(&m.param_types)
            }
            crate::hir::Callee::Builtin(b) => {
                let b = crate::builtins::library().get(b);
                // An object's member takes its owner's type arguments (`set.Contains`).
                let owner_args = owner_args(&g, b.is_static);
                let ps: Vec<Ty> = b.params.iter().map(|(_, t)| t.subst(&owner_args)).collect();
                // A generic one may take them once inferred.
                !b.type_params.is_empty() || takes(&ps)
            }
        });
        if !g.cands.is_empty() && !any_takes {
            return Some(Inferred {
                ret: None,
                statement_body: false,
                returns_values: false,
                failed: true,
                is_async: false,
                never_ends: false,
                untyped_return: false,
                only_null: false,
            });
        }
        let mut found = g.cands.iter().filter_map(|c| match c.callee {
            // A generic method's type arguments come from the delegate's parameters.
            crate::hir::Callee::User(m) => {
                let (_, (ps, ret)) = self.group_signature(m, &g.type_args, params)?;
                (ps.as_slice() == params).then_some(ret)
            }
            // A member of the library, static (`int.Parse`) or of the group's object
            // (`set.Contains`, its owner's type arguments given): its parameters exactly.
            crate::hir::Callee::Builtin(b) => {
                let b = crate::builtins::library().get(b);
                if g.receiver.is_some() == b.is_static {
                    return None;
                }
                let owner_args = owner_args(&g, b.is_static);
                (b.type_params.is_empty()
                    && b.params.len() == params.len()
                    && (b.params.iter().zip(params)).all(|((_, t), p)| t.subst(&owner_args) == *p))
                .then(|| b.ret.subst(&owner_args))
            }
        });
        let ret = found.next()?;
        if found.next().is_some() {
            return None;
        }
        let returns = ret != Ty::Void;
        Some(Inferred {
            ret: returns.then_some(ret),
            statement_body: !returns,
            returns_values: returns,
            failed: false,
            is_async: false,
            never_ends: false,
            untyped_return: false,
            only_null: false,
        })
    }
}

/// The type arguments of the owner of a library member in group `g`: the object's, for an
/// instance member (`set.Contains` of a `HashSet<string>`); none for a static one.
fn owner_args(g: &crate::check_call::MethodGroup, is_static: bool) -> Vec<Ty> {
    match (&g.receiver, is_static) {
        (Some(r), false) => match &r.ty {
            Ty::Lib(_, a) => a.clone(),
            Ty::Array(e) => vec![(**e).clone()],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The type each method type parameter's bounds fix (a placeholder while it has none).
fn fix_bounds(bounds: &[Vec<Ty>], first: usize) -> Vec<Ty> {
    bounds
        .iter()
        .enumerate()
        .map(|(j, b)| {
            b.iter()
                .find(|t| b.iter().all(|o| convert::implicit(o, t).is_some()))
                .cloned()
                .unwrap_or_else(|| Ty::Param((first + j) as u32, "?".into()))
        })
        .collect()
}
