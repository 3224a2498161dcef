//! `using (var x = e) S`, `using (e) S` and `using var x = e;` (to the end of the block), as C#
//! defines them: `{ var x = e; try { S } finally { if (x != null) x.Dispose(); } }`, resources
//! disposed in reverse order. The HIR is that expansion, so the lowering, the facts and explain
//! see an ordinary `try`/`finally`.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{
    BinOp, Block, Callee, Conversion, Expr, ExprKind, LocalId, LocalKind, Stmt, StmtId, StmtKind,
};
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    /// A `using` statement with its body (`body`), or a `using` declaration whose scope is the
    /// statements after it (`rest`).
    pub(crate) fn using_stmt(
        &mut self,
        resource: &ast::ForInit,
        body: Option<&ast::Stmt>,
        rest: &[ast::Stmt],
        is_await: bool,
        span: Span,
    ) -> StmtKind {
        if body.is_some() {
            self.scopes.push();
        }
        // `await using` is an await of the method (no CS1998), even when its resource is wrong.
        self.saw_await |= is_await;
        let mut out = Vec::new();
        let mut resources: Vec<LocalId> = Vec::new();
        // `await using (x.ConfigureAwait(flag))`: .NET's `ConfiguredAsyncDisposable` only
        // carries the flag to the `DisposeAsync()` await.
        let mut flags: Vec<(LocalId, Expr)> = Vec::new();
        match resource {
            ast::ForInit::Decl(d) => {
                let first = out.len();
                self.local_decl(d, span, &mut out);
                for s in &out[first..] {
                    if let StmtKind::Local { local, .. } = s.kind {
                        resources.push(local);
                    }
                }
            }
            ast::ForInit::Exprs(es) => {
                for e in es {
                    let (e, flag) = match configured(e) {
                        Some((target, flag)) if is_await => (target, Some(flag)),
                        _ => (e, None),
                    };
                    let v = self.expr(e);
                    let l = self.declare_hidden(v.ty.clone(), e.span);
                    out.push(Stmt {
                        id: StmtId::NONE,
                        span: e.span,
                        kind: StmtKind::Local {
                            local: l,
                            init: Some(v),
                        },
                    });
                    resources.push(l);
                    if let Some(f) = flag {
                        let f = self.expr(f);
                        let f = self.coerce(f, &Ty::Bool);
                        // Evaluated with the resource, before the body.
                        let f = match f.kind {
                            ExprKind::Const(_) => f,
                            _ => {
                                let (fspan, fl) = (f.span, self.declare_hidden(Ty::Bool, f.span));
                                out.push(Stmt {
                                    id: StmtId::NONE,
                                    span: fspan,
                                    kind: StmtKind::Local {
                                        local: fl,
                                        init: Some(f),
                                    },
                                });
                                mk(ExprKind::Local(fl), Ty::Bool, fspan)
                            }
                        };
                        flags.push((l, f));
                    }
                }
            }
        }
        let disposals: Vec<Stmt> = resources
            .iter()
            .rev()
            .filter_map(|&l| {
                if is_await {
                    let flag = flags.iter().find(|(r, _)| *r == l).map(|(_, f)| f.clone());
                    self.async_disposal(l, flag, span)
                } else {
                    self.disposal(l, span)
                }
            })
            .collect();
        let inner = match body {
            Some(b) => {
                let mut v = Vec::new();
                self.stmt(b, &mut v);
                self.scopes.pop();
                v
            }
            None => {
                let mut v = Vec::new();
                self.block_stmts(rest, &mut v);
                v
            }
        };
        out.push(Stmt {
            id: StmtId::NONE,
            span,
            kind: StmtKind::Try {
                body: Block { stmts: inner, span },
                catches: Vec::new(),
                finally: Some(Block {
                    stmts: disposals,
                    span,
                }),
            },
        });
        StmtKind::Block(Block { stmts: out, span })
    }

    /// `if (x != null) await x.DisposeAsync();` for resource `x` of `await using`: C#'s
    /// pattern (an accessible `DisposeAsync()` whose result is awaitable), which every
    /// `IAsyncDisposable` class has; CS8410 otherwise.
    fn async_disposal(&mut self, l: LocalId, flag: Option<Expr>, span: Span) -> Option<Stmt> {
        let ty = self.local(l).ty.clone();
        let local = || mk(ExprKind::Local(l), ty.clone(), span);
        let found = match &ty {
            Ty::Error => return None,
            Ty::Class(id, _) if self.cx.opaque.contains(id) => return None,
            Ty::Class(id, _) => self.cx.find_member(*id, "DisposeAsync").is_some(),
            // `IAsyncEnumerator<T>`: the library's `DisposeAsync`.
            Ty::Lib(_, _) if !crate::resolve::lookup_members(&ty, "DisposeAsync").is_empty() => {
                let call = crate::check_await_foreach::lib_call(
                    local(),
                    &ty,
                    "DisposeAsync",
                    Vec::new(),
                    span,
                )?;
                return self.awaited_disposal(l, call, flag, span);
            }
            _ => false,
        };
        let disposable = match &ty {
            Ty::Class(id, _) => self.cx.implements_disposable(*id),
            Ty::Lib(l, _) => l.is_disposable() || *l == Lib::IDisposable,
            _ => false,
        };
        if !found && disposable {
            self.err(
                "CS8418",
                format!("'{ty}': type used in an asynchronous using statement must implement 'System.IAsyncDisposable' or implement a suitable 'DisposeAsync' method. Did you mean 'using' rather than 'await using'?"),
                self.local(l).span,
                "the type is disposable synchronously: write `using` without `await`",
            );
            return None;
        }
        if !found && self.type_param_gap(&ty, "`await using` statements", self.local(l).span) {
            return None;
        }
        if !found {
            self.err(
                "CS8410",
                format!("'{ty}': type used in an asynchronous using statement must implement 'System.IAsyncDisposable' or implement a suitable 'DisposeAsync' method."),
                self.local(l).span,
                "give the class `public ValueTask DisposeAsync()` (and `IAsyncDisposable` in its base list)",
            );
            return None;
        }
        let name = ast::Ident {
            name: "DisposeAsync".into(),
            span,
        };
        let call = match self.member_of_value(local(), &name, Vec::new(), span) {
            crate::resolve::Resolved::Methods(g) => self
                .resolve_call(g, Vec::new(), span, false)?
                .into_call(span),
            _ => return None,
        };
        self.awaited_disposal(l, call, flag, span)
    }

    /// `if (x != null) await call;` (`call` configured by `flag` when given).
    fn awaited_disposal(
        &mut self,
        l: LocalId,
        call: Expr,
        flag: Option<Expr>,
        span: Span,
    ) -> Option<Stmt> {
        let ty = self.local(l).ty.clone();
        let local = || mk(ExprKind::Local(l), ty.clone(), span);
        let call = match flag {
            Some(f) => {
                let owner = call.ty.clone();
                crate::check_await_foreach::lib_call(call, &owner, "ConfigureAwait", vec![f], span)?
            }
            None => call,
        };
        let awaited = self.await_value(call, span);
        if matches!(awaited.kind, ExprKind::Error) {
            return None;
        }
        let stmt = |kind| Stmt {
            id: StmtId::NONE,
            span,
            kind,
        };
        let call = stmt(StmtKind::Expr(awaited));
        if ty.is_struct() {
            return Some(call);
        }
        let obj = crate::convert::apply(local(), Some(Conversion::Reference), &Ty::Object);
        let null = mk(ExprKind::Const(ConstValue::Null), Ty::Object, span);
        let cond = mk(
            ExprKind::Binary {
                op: BinOp::Ne,
                operand_ty: Ty::Object,
                lhs: Box::new(obj),
                rhs: Box::new(null),
            },
            Ty::Bool,
            span,
        );
        Some(stmt(StmtKind::If {
            cond,
            then: Box::new(call),
            otherwise: None,
        }))
    }

    fn declare_hidden(&mut self, ty: Ty, span: Span) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(crate::hir::Local {
            name: format!("<resource{}>", id.0),
            ty,
            kind: LocalKind::UsingVar,
            span,
            captured: false,
            by_ref: None,
        });
        self.local_consts.push(None);
        id
    }

    /// CS1674 for resource `l`, whose type has no `Dispose`.
    fn not_disposable(&mut self, l: LocalId) -> Option<Stmt> {
        let ty = self.local(l).ty.clone();
        if self.type_param_gap(&ty, "`using` statements", self.local(l).span) {
            return None;
        }
        self.err(
            "CS1674",
            format!("'{ty}': type used in a using statement must implement 'System.IDisposable'"),
            self.local(l).span,
            "only disposable objects can be the resource of `using`",
        );
        None
    }

    /// `if (x != null) x.Dispose();` for resource `x`; CS1674 when its type has no `Dispose`.
    fn disposal(&mut self, l: LocalId, span: Span) -> Option<Stmt> {
        let ty = self.local(l).ty.clone();
        let local = || mk(ExprKind::Local(l), ty.clone(), span);
        let call = match &ty {
            Ty::Error => return None,
            Ty::Class(id, _) if self.cx.implements_disposable(*id) => {
                let m = self.cx.dispose_method(*id)?;
                mk(
                    ExprKind::Call {
                        callee: Callee::User(m),
                        receiver: Some(Box::new(local())),
                        args: Vec::new(),
                        type_args: Vec::new(),
                    },
                    Ty::Void,
                    span,
                )
            }
            Ty::Lib(l, _) if l.is_disposable() || *l == Lib::IDisposable => {
                library_dispose(local(), span)?
            }
            Ty::Class(id, _) if self.cx.opaque.contains(id) => return None,
            // A type parameter disposable through its constraints: `Dispose` as the
            // constraint's (a struct argument's own, per instantiation).
            Ty::Generic(_) => {
                let disposable = Ty::lib(Lib::IDisposable);
                match convert::implicit(&ty, &disposable) {
                    Some(c) => library_dispose(convert::apply(local(), c, &disposable), span)?,
                    None => return self.not_disposable(l),
                }
            }
            // `S?` of a disposable struct: C# disposes a box of the value when it has one.
            t if matches!(t.nullable_of(), Some(Ty::Class(id, c)) if c.is_struct && self.cx.implements_disposable(*id)) =>
            {
                self.cx
                    .unsupported("a nullable struct as the resource of `using` is", span);
                return None;
            }
            _ => return self.not_disposable(l),
        };
        let stmt = |kind| Stmt {
            id: StmtId::NONE,
            span,
            kind,
        };
        // A struct is never null: its `Dispose` runs on the variable itself.
        if ty.is_struct() {
            return Some(stmt(StmtKind::Expr(call)));
        }
        let obj = crate::convert::apply(local(), Some(Conversion::Reference), &Ty::Object);
        let null = mk(ExprKind::Const(ConstValue::Null), Ty::Object, span);
        let cond = mk(
            ExprKind::Binary {
                op: BinOp::Ne,
                operand_ty: Ty::Object,
                lhs: Box::new(obj),
                rhs: Box::new(null),
            },
            Ty::Bool,
            span,
        );
        Some(stmt(StmtKind::If {
            cond,
            then: Box::new(stmt(StmtKind::Expr(call))),
            otherwise: None,
        }))
    }
}

/// `recv.Dispose()` of a library type (`recv`'s, or `IDisposable` a type parameter converts
/// to), with the owner's type arguments (`ThreadLocal<T>.Dispose()` takes them, as every call
/// of a generic library type's member does).
fn library_dispose(recv: Expr, span: Span) -> Option<Expr> {
    let found = crate::resolve::lookup_members(&recv.ty, "Dispose");
    let c = found.first()?;
    let type_args = match &recv.ty {
        Ty::Lib(_, a) => a.clone(),
        _ => Vec::new(),
    };
    Some(mk(
        ExprKind::Call {
            callee: c.callee,
            receiver: Some(Box::new(recv)),
            args: Vec::new(),
            type_args,
        },
        Ty::Void,
        span,
    ))
}

/// `x.ConfigureAwait(flag)` as written: its target and the flag.
fn configured(e: &ast::Expr) -> Option<(&ast::Expr, &ast::Expr)> {
    let ast::ExprKind::Call { callee, args } = &e.kind else {
        return None;
    };
    let ast::ExprKind::Member { target, name, .. } = &callee.kind else {
        return None;
    };
    match (name.name.as_str(), args.as_slice()) {
        ("ConfigureAwait", [arg]) => Some((target, &arg.value)),
        _ => None,
    }
}
