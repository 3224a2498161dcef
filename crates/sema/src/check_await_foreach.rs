//! `await foreach (V x in e) S`, as C# defines it over `IAsyncEnumerable<T>`:
//!
//! ```text
//! { var <e> = e.GetAsyncEnumerator(token);
//!   try { while (await <e>.MoveNextAsync()) { V x = (V)<e>.Current; S } }
//!   finally { if (<e> != null) await <e>.DisposeAsync(); } }
//! ```
//!
//! `e.WithCancellation(token)` and `e.ConfigureAwait(flag)` on the source are .NET's
//! `ConfiguredCancelableAsyncEnumerable<T>`, a struct that only carries them to those calls:
//! the token goes to `GetAsyncEnumerator`, the flag to each await's `ConfigureAwait`. The HIR is
//! the expansion, so the lowering, the facts and explain see an ordinary loop in a `try`.

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::library;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::hir::{BinOp, Block, Conversion, Expr, ExprKind, LocalId, LocalKind, Stmt, StmtKind};
use crate::types::{Lib, Ty};

/// What `WithCancellation`/`ConfigureAwait` calls around the source give the loop.
struct Configured<'a> {
    source: &'a ast::Expr,
    token: Option<&'a ast::Expr>,
    flag: Option<&'a ast::Expr>,
}

/// The source under `.WithCancellation(t)` and `.ConfigureAwait(f)` calls, outermost first
/// (C# uses the innermost of each when written twice, as each call returns a new struct).
fn peel(e: &ast::Expr) -> Configured<'_> {
    let mut c = Configured {
        source: e,
        token: None,
        flag: None,
    };
    while let A::Call { callee, args } = &c.source.kind {
        let A::Member { target, name, .. } = &callee.kind else {
            break;
        };
        let [arg] = args.as_slice() else { break };
        match name.name.as_str() {
            "WithCancellation" => c.token = Some(&arg.value),
            "ConfigureAwait" => c.flag = Some(&arg.value),
            _ => break,
        }
        c.source = target;
    }
    c
}

impl Body<'_, '_> {
    pub(crate) fn await_foreach(
        &mut self,
        target: &ast::ForeachTarget,
        collection: &ast::Expr,
        body: &ast::Stmt,
        span: Span,
    ) -> Option<StmtKind> {
        // An `await foreach` is an await of the method, whatever else is wrong with it (no
        // CS1998).
        self.saw_await = true;
        let ast::ForeachTarget::Var { ty, name, .. } = target else {
            self.cx
                .unsupported("deconstruction in `await foreach` is", span);
            return None;
        };
        let configured = peel(collection);
        let peeled = !std::ptr::eq(configured.source, collection);
        let coll = self.expr(configured.source);
        let mut own_get = None;
        // `WithCancellation`/`ConfigureAwait` on a class implementing `IAsyncEnumerable<T>`:
        // the interface's, with the token to its `GetAsyncEnumerator` (user_enumerables.rs).
        // So is one whose own `GetAsyncEnumerator` does not fit C#'s pattern (it takes a
        // token with no default): C# falls back to the interface.
        let coll = match &coll.ty {
            Ty::Class(id, c) if peeled || self.own_enumerator(*id, false).is_none() => {
                let t = c
                    .lib_interfaces
                    .iter()
                    .find(|t| matches!(t, Ty::Lib(Lib::IAsyncEnumerable, _)))
                    .cloned();
                match t {
                    Some(t) => crate::user_enumerables::as_interface(coll, &t),
                    None => coll,
                }
            }
            _ => coll,
        };
        let elem = match &coll.ty {
            Ty::Lib(Lib::IAsyncEnumerable, a) => a.first().cloned().unwrap_or(Ty::Error),
            Ty::Error => return None,
            Ty::Class(id, _) if self.cx.find_member(*id, "GetAsyncEnumerator").is_some() => {
                // C#'s pattern: the class's own `GetAsyncEnumerator()`, here one that returns
                // `IAsyncEnumerator<T>` (an async iterator of the class, for instance).
                match self.own_enumerator(*id, peeled) {
                    Some(t) => {
                        own_get = Some(());
                        t
                    }
                    None => {
                        self.cx.unsupported(
                            "`await foreach` over an object of the program's class whose `GetAsyncEnumerator` takes arguments or returns other than `IAsyncEnumerator<T>` (or with `WithCancellation`/`ConfigureAwait`) is",
                            collection.span,
                        );
                        return None;
                    }
                }
            }
            t => {
                let t = t.clone();
                if peeled {
                    // `WithCancellation`/`ConfigureAwait` of something else: C#'s own error
                    // for that call.
                    self.err(
                        "CS1061",
                        format!("'{t}' does not contain a definition for 'WithCancellation' or 'ConfigureAwait' as an async stream"),
                        collection.span,
                        "these configure an IAsyncEnumerable<T>",
                    );
                } else if crate::convert::enumerable_elem(&t).is_some()
                    || matches!(t, Ty::Array(_) | Ty::String)
                {
                    self.err(
                        "CS8415",
                        format!("Asynchronous foreach statement cannot operate on variables of type '{t}' because '{t}' does not contain a public instance or extension definition for 'GetAsyncEnumerator'. Did you mean 'foreach' rather than 'await foreach'?"),
                        collection.span,
                        "the collection is enumerated synchronously: write `foreach` without `await`",
                    );
                } else if self.type_param_gap(&t, "`await foreach` loops", collection.span) {
                } else {
                    self.err(
                        "CS8411",
                        format!("Asynchronous foreach statement cannot operate on variables of type '{t}' because '{t}' does not contain a suitable public instance or extension definition for 'GetAsyncEnumerator'"),
                        collection.span,
                        "`await foreach` enumerates an IAsyncEnumerable<T>, such as what an `async IAsyncEnumerable<T>` method returns",
                    );
                }
                return None;
            }
        };
        let mut out = Vec::new();
        // The source, the token and the flag, evaluated in C#'s order before the enumerator
        // is asked for.
        let source = self.stream_local("<source>", coll, &mut out);
        let token = configured.token.map(|t| {
            let v = self.expr(t);
            let v = self.coerce(v, &Ty::lib(Lib::CancellationToken));
            self.stream_local("<token>", v, &mut out)
        });
        let flag = configured.flag.map(|f| {
            let v = self.expr(f);
            let v = self.coerce(v, &Ty::Bool);
            match v.kind {
                ExprKind::Const(_) => Err(v),
                _ => Ok(self.stream_local("<configure>", v, &mut out)),
            }
        });
        let enumerable = Ty::Lib(Lib::IAsyncEnumerable, vec![elem.clone()]);
        let enumerator_ty = Ty::Lib(Lib::IAsyncEnumerator, vec![elem.clone()]);
        let args: Vec<Expr> = token.iter().map(|&t| self.local_expr(t, span)).collect();
        let src = self.local_expr(source, span);
        let get = match own_get {
            Some(()) => self.own_get_call(src, span)?,
            None => lib_call(src, &enumerable, "GetAsyncEnumerator", args, span)?,
        };
        let e = self.stream_local("<enumerator>", get, &mut out);
        let configure = |b: &mut Self, call: Expr| -> Option<Expr> {
            match &flag {
                None => Some(call),
                Some(f) => {
                    let arg = match f {
                        Ok(l) => b.local_expr(*l, span),
                        Err(c) => c.clone(),
                    };
                    let ty = call.ty.clone();
                    lib_call(call, &ty, "ConfigureAwait", vec![arg], span)
                }
            }
        };
        let next = lib_call(
            self.local_expr(e, span),
            &enumerator_ty,
            "MoveNextAsync",
            Vec::new(),
            span,
        )?;
        let next = configure(self, next)?;
        let cond = self.await_value(next, span);
        let dispose = lib_call(
            self.local_expr(e, span),
            &enumerator_ty,
            "DisposeAsync",
            Vec::new(),
            span,
        )?;
        let dispose = configure(self, dispose)?;
        let dispose = self.await_value(dispose, span);

        // The loop variable, converted from `Current` as `foreach` converts (explicitly).
        let var_ty = self.foreach_var_type(ty, &elem);
        let current = lib_property(self.local_expr(e, span), &enumerator_ty, "Current", span)?;
        let lp = self.element_loop(cond, current, (&elem, var_ty, ty.span), name, body, span);
        out.push(self.disposing_try(e, lp, dispose, span));
        Some(StmtKind::Block(Block { stmts: out, span }))
    }

    /// The element type of class `id`'s own `GetAsyncEnumerator()` when it takes nothing and
    /// returns `IAsyncEnumerator<T>` (and the source is not configured: `WithCancellation` and
    /// `ConfigureAwait` are `IAsyncEnumerable<T>`'s).
    fn own_enumerator(&mut self, id: crate::hir::ClassId, configured: bool) -> Option<Ty> {
        if configured {
            return None;
        }
        let (_, member) = self.cx.find_member(id, "GetAsyncEnumerator")?;
        let crate::context::ClassMember::Methods(ms) = member else {
            return None;
        };
        // `GetAsyncEnumerator(CancellationToken token = default)` too: the call passes
        // nothing, as C#'s pattern call does.
        let token = Ty::lib(Lib::CancellationToken);
        let m = ms
            .iter()
            .find(|&&id| {
                let m = self.cx.program.method(id);
                let optional = || {
                    self.cx
                        .user_params
                        .get(&id)
                        .is_some_and(|u| matches!(u.defaults.as_slice(), [Some(_)]))
                };
                !m.is_static
                    && (m.params.is_empty() || (m.param_types == [token.clone()] && optional()))
            })
            .map(|&id| self.cx.program.method(id))?;
        match &m.return_type {
            Ty::Lib(Lib::IAsyncEnumerator, a) => a.first().cloned(),
            // An enumerator class of the program implementing `IAsyncEnumerator<T>`: its
            // members run through the interface (user_enumerables.rs), as C#'s calls of them.
            t => async_enumerator_of(t),
        }
    }

    /// `src.GetAsyncEnumerator()` of the program's class, resolved as C# resolves the call.
    fn own_get_call(&mut self, src: Expr, span: Span) -> Option<Expr> {
        let name = ast::Ident {
            name: "GetAsyncEnumerator".into(),
            span,
        };
        let call = match self.member_of_value(src, &name, Vec::new(), span) {
            crate::resolve::Resolved::Methods(g) => self
                .resolve_call(g, Vec::new(), span, false)?
                .into_call(span),
            _ => return None,
        };
        Some(match async_enumerator_of(&call.ty) {
            Some(x) => {
                let t = Ty::Lib(Lib::IAsyncEnumerator, vec![x]);
                crate::user_enumerables::as_interface(call, &t)
            }
            None => call,
        })
    }

    /// A hidden local holding `init`, declared in `out`.
    pub(crate) fn stream_local(&mut self, name: &str, init: Expr, out: &mut Vec<Stmt>) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        let span = init.span;
        self.locals.push(crate::hir::Local {
            name: format!("{name}{}", id.0),
            ty: init.ty.clone(),
            kind: LocalKind::Local,
            span,
            captured: false,
            by_ref: None,
        });
        self.local_consts.push(None);
        out.push(Stmt::new(
            StmtKind::Local {
                local: id,
                init: Some(init),
            },
            span,
        ));
        id
    }

    pub(crate) fn local_expr(&self, l: LocalId, span: Span) -> Expr {
        mk(
            ExprKind::Local(l),
            self.locals[l.0 as usize].ty.clone(),
            span,
        )
    }
}

/// `recv.name(args)` of a library member of `owner` (the receiver's type or one it converts
/// to), with the owner's type arguments; the overload taking as many arguments.
pub(crate) fn lib_call(
    recv: Expr,
    owner: &Ty,
    name: &str,
    args: Vec<Expr>,
    span: Span,
) -> Option<Expr> {
    let found = crate::resolve::lookup_members(owner, name);
    let c = found
        .iter()
        .find(|c| library().get(c.callee_builtin()).params.len() == args.len())?;
    let ret = library().get(c.callee_builtin()).ret.subst(&c.owner_args);
    let type_args = match owner {
        Ty::Lib(_, a) => a.clone(),
        _ => Vec::new(),
    };
    let recv = if &recv.ty == owner {
        recv
    } else {
        crate::convert::apply(recv, Some(Conversion::Reference), owner)
    };
    Some(mk(
        ExprKind::Call {
            callee: c.callee,
            receiver: Some(Box::new(recv)),
            args,
            type_args,
        },
        ret,
        span,
    ))
}

/// `recv.name` of a library property of `owner`.
fn lib_property(recv: Expr, owner: &Ty, name: &str, span: Span) -> Option<Expr> {
    let found = crate::resolve::lookup_members(owner, name);
    let c = found.first()?;
    let ret = library().get(c.callee_builtin()).ret.subst(&c.owner_args);
    Some(mk(
        ExprKind::Property {
            receiver: Some(Box::new(recv)),
            member: c.callee_builtin(),
            type_args: c.owner_args.clone(),
        },
        ret,
        span,
    ))
}

/// The `T` of the `IAsyncEnumerator<T>` a class of the program implements.
fn async_enumerator_of(t: &Ty) -> Option<Ty> {
    let Ty::Class(_, c) = t else { return None };
    c.lib_interfaces.iter().find_map(|i| match i {
        Ty::Lib(Lib::IAsyncEnumerator, a) => a.first().cloned(),
        _ => None,
    })
}

impl Body<'_, '_> {
    /// `try { lp } finally { if ((object)e != null) dispose; }`: a `foreach` loop disposing
    /// its enumerator `e` however the loop ends.
    pub(crate) fn disposing_try(
        &mut self,
        e: LocalId,
        lp: Stmt,
        dispose: Expr,
        span: Span,
    ) -> Stmt {
        let obj = crate::convert::apply(
            self.local_expr(e, span),
            Some(Conversion::Reference),
            &Ty::Object,
        );
        let not_null = mk(
            ExprKind::Binary {
                op: BinOp::Ne,
                operand_ty: Ty::Object,
                lhs: Box::new(obj),
                rhs: Box::new(mk(ExprKind::Const(ConstValue::Null), Ty::Object, span)),
            },
            Ty::Bool,
            span,
        );
        let finally = Stmt::new(
            StmtKind::If {
                cond: not_null,
                then: Box::new(Stmt::new(StmtKind::Expr(dispose), span)),
                otherwise: None,
            },
            span,
        );
        try_finally(lp, finally, span)
    }

    /// `while (cond) { V v = (V)current; body }`: a `foreach` loop over an enumerator, each
    /// element converted to the variable's type `V` as `foreach` converts (explicitly, by a
    /// user-defined conversion too; CS0030 at the variable's type, `ty_span`, without one).
    pub(crate) fn element_loop(
        &mut self,
        cond: Expr,
        current: Expr,
        (elem, var_ty, ty_span): (&Ty, Ty, Span),
        name: &ast::Ident,
        body: &ast::Stmt,
        span: Span,
    ) -> Stmt {
        let found = match crate::convert::explicit(elem, &var_ty) {
            Some(c) => Some(crate::convert::apply(current, c, &var_ty)),
            None => self.user_convert(current, &var_ty, true).ok(),
        };
        let value = found.unwrap_or_else(|| {
            self.err(
                "CS0030",
                format!("Cannot convert type '{elem}' to '{var_ty}'"),
                ty_span,
                "declare the loop variable with the element type, or `var`",
            );
            Expr::error(span)
        });
        self.scopes.push();
        let local = self.declare_local(&name.name, var_ty, LocalKind::ForeachVar, name.span);
        let inner = self.in_loop(|b| b.embedded(body));
        self.scopes.pop();
        let declare = StmtKind::Local {
            local,
            init: Some(value),
        };
        let loop_body = Stmt::new(
            StmtKind::Block(Block {
                stmts: vec![Stmt::new(declare, name.span), *inner],
                span: body.span,
            }),
            body.span,
        );
        Stmt::new(
            StmtKind::While {
                cond,
                body: Box::new(loop_body),
            },
            span,
        )
    }
}

/// `try { body } finally { finally }`.
pub(crate) fn try_finally(body: Stmt, finally: Stmt, span: Span) -> Stmt {
    Stmt::new(
        StmtKind::Try {
            body: Block {
                stmts: vec![body],
                span,
            },
            catches: Vec::new(),
            finally: Some(Block {
                stmts: vec![finally],
                span,
            }),
        },
        span,
    )
}
