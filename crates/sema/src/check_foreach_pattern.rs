//! `foreach` over an object of a class of the program with its own `GetEnumerator()`: C#'s
//! pattern, expanded as C# expands it. When `GetEnumerator()` returns `IEnumerator<T>` (an
//! iterator, or any object implementing it: user_enumerables.rs) the loop is the HIR's
//! `foreach` over that enumerator, disposed in a `finally` (check_iterator.rs
//! `disposed_loop`). When it returns an enumerator class of the program:
//!
//! ```text
//! { E <e> = c.GetEnumerator();
//!   try { while (<e>.MoveNext()) { V x = (V)<e>.Current; S } }
//!   finally { if (<e> != null) ((IDisposable)<e>).Dispose(); } }   // E disposable
//! ```
//!
//! with plain calls of the class's `MoveNext()` and `Current`.

use unawait_syntax::ast;

use crate::body::Body;
use crate::hir::{Block, Expr, ExprKind, Stmt, StmtKind};
use crate::resolve::Resolved;
use crate::types::{Lib, Ty};

/// What the pattern gives a `foreach`.
pub(crate) enum Pattern {
    /// `GetEnumerator()` returns `IEnumerator<T>`: the loop enumerates this call's result.
    Library(Ty, Expr),
    /// The whole statement (`None` after an error).
    Done(Option<StmtKind>),
}

impl Body<'_, '_> {
    pub(crate) fn foreach_pattern(
        &mut self,
        ty: &ast::TypeExpr,
        name: &ast::Ident,
        coll: Expr,
        body: &ast::Stmt,
    ) -> Pattern {
        let span = coll.span;
        let cname = coll.ty.to_string();
        let ident = |n: &str| ast::Ident {
            name: n.into(),
            span,
        };
        let get = match self.member_of_value(coll, &ident("GetEnumerator"), Vec::new(), span) {
            Resolved::Methods(g) => match self.resolve_call(g, Vec::new(), span, false) {
                Some(r) => r.into_call(span),
                None => return Pattern::Done(None),
            },
            _ => return Pattern::Done(None),
        };
        let eid = match &get.ty {
            Ty::Lib(Lib::IEnumerator, a) => {
                let elem = a.first().cloned().unwrap_or(Ty::Error);
                return Pattern::Library(elem, get);
            }
            Ty::Error => return Pattern::Done(None),
            Ty::Class(eid, _) if !get.ty.is_interface() => *eid,
            t if !enumerator_like(self, t) => {
                let t = t.clone();
                self.err(
                    "CS0202",
                    format!("foreach requires that the return type '{t}' of '{cname}.GetEnumerator()' must have a suitable public 'MoveNext' method and public 'Current' property"),
                    span,
                    "return an enumerator: `IEnumerator<T>` (an iterator with `yield return`) or a class with `bool MoveNext()` and `Current`",
                );
                return Pattern::Done(None);
            }
            t => {
                let t = t.clone();
                self.cx.unsupported(
                    &format!("`foreach` over a `GetEnumerator()` that returns `{t}` (an enumerator other than `IEnumerator<T>` or a class of the program) is"),
                    span,
                );
                return Pattern::Done(None);
            }
        };
        let ety = get.ty.clone();
        let shape_error = |b: &mut Self| {
            b.err(
                "CS0202",
                format!("foreach requires that the return type '{ety}' of '{cname}.GetEnumerator()' must have a suitable public 'MoveNext' method and public 'Current' property"),
                span,
                "give the enumerator a public `bool MoveNext()` and a public `Current` property",
            );
            Pattern::Done(None)
        };
        let shaped = matches!(
            self.cx.find_member(eid, "MoveNext"),
            Some((_, crate::context::ClassMember::Methods(_)))
        ) && matches!(
            self.cx.find_member(eid, "Current"),
            Some((_, crate::context::ClassMember::Property(_)))
        );
        if !shaped {
            return shape_error(self);
        }
        let mut out = Vec::new();
        let e = self.stream_local("<enumerator>", get, &mut out);
        let next = match self.member_of_value(
            self.local_expr(e, span),
            &ident("MoveNext"),
            Vec::new(),
            span,
        ) {
            Resolved::Methods(g) if !g.cands.is_empty() => {
                match self.resolve_call(g, Vec::new(), span, false) {
                    Some(r) => r.into_call(span),
                    None => return Pattern::Done(None),
                }
            }
            _ => return shape_error(self),
        };
        if next.ty != Ty::Bool {
            return shape_error(self);
        }
        let current = match self.member_of_value(
            self.local_expr(e, span),
            &ident("Current"),
            Vec::new(),
            span,
        ) {
            Resolved::Value(v) if !matches!(v.kind, ExprKind::Error) => v,
            _ => return shape_error(self),
        };
        let elem = current.ty.clone();
        // Disposed when its class implements `IDisposable`; a derived class that does would
        // need C#'s run-time test.
        let disposable = matches!(&ety, Ty::Class(_, c) if c.disposable);
        let derived_disposes = !disposable
            && (0..self.cx.program.classes.len()).any(|k| {
                let k = crate::hir::ClassId(k as u32);
                k != eid
                    && self.cx.class_chain(k).contains(&eid)
                    && self.cx.implements_disposable(k)
            });
        if derived_disposes {
            self.cx.unsupported(
                "`foreach` over an enumerator class that does not implement `IDisposable` while a class derived from it does is",
                span,
            );
            return Pattern::Done(None);
        }
        let var_ty = self.foreach_var_type(ty, &elem);
        let lp = self.element_loop(next, current, (&elem, var_ty, ty.span), name, body, span);
        if !disposable {
            out.push(lp);
            return Pattern::Done(Some(StmtKind::Block(Block { stmts: out, span })));
        }
        // A struct enumerator is disposed in place, never null: its own public `Dispose()`.
        if ety.is_struct() {
            let dispose = match self.cx.find_member(eid, "Dispose") {
                Some((_, crate::context::ClassMember::Methods(_))) => {
                    match self.member_of_value(
                        self.local_expr(e, span),
                        &ident("Dispose"),
                        Vec::new(),
                        span,
                    ) {
                        Resolved::Methods(g) => self.resolve_call(g, Vec::new(), span, false),
                        _ => None,
                    }
                }
                _ => {
                    self.cx.unsupported(
                        "`foreach` over a struct enumerator that implements `IDisposable.Dispose()` explicitly is",
                        span,
                    );
                    return Pattern::Done(None);
                }
            };
            let Some(dispose) = dispose else {
                return Pattern::Done(None);
            };
            let dispose = Stmt::new(StmtKind::Expr(dispose.into_call(span)), span);
            out.push(crate::check_await_foreach::try_finally(lp, dispose, span));
            return Pattern::Done(Some(StmtKind::Block(Block { stmts: out, span })));
        }
        let idisposable = Ty::lib(Lib::IDisposable);
        let Some(dispose) = crate::check_await_foreach::lib_call(
            self.local_expr(e, span),
            &idisposable,
            "Dispose",
            Vec::new(),
            span,
        ) else {
            return Pattern::Done(None);
        };
        out.push(self.disposing_try(e, lp, dispose, span));
        Pattern::Done(Some(StmtKind::Block(Block { stmts: out, span })))
    }
}

/// A type with members named `MoveNext` and `Current` (an enumerator unawait does not
/// enumerate yet, as opposed to C#'s CS0202).
fn enumerator_like(b: &Body<'_, '_>, t: &Ty) -> bool {
    match t {
        Ty::Class(id, _) => b.cx.find_member(*id, "MoveNext").is_some(),
        _ => !crate::resolve::lookup_members(t, "MoveNext").is_empty(),
    }
}
