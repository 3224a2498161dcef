//! `try` statements: the catch clauses' types (CS0155), their order (a clause after one that
//! catches the same or a base type is CS0160; after the general `catch`, CS1017; a clause with a
//! filter catches nothing for sure), exception filters (CS7094 for an `await` in one) and the
//! scopes of catch variables, the rethrow and `finally` contexts the bodies are checked in.

use unawait_syntax::ast;
use unawait_syntax::{Diagnostic, Span};

use crate::body::Body;
use crate::constants::ConstValue;
use crate::hir::{CatchClause, Expr, LocalKind, StmtKind};
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    pub(crate) fn try_stmt(
        &mut self,
        body: &ast::Block,
        catches: &[ast::CatchClause],
        finally: Option<&ast::Block>,
        span: Span,
    ) -> StmtKind {
        if catches.is_empty() && finally.is_none() {
            self.err(
                "CS1524",
                "Expected catch or finally",
                span,
                "add a `catch` or `finally` clause",
            );
        }
        let body = self.block(body);
        let mut out: Vec<CatchClause> = Vec::with_capacity(catches.len());
        let mut seen: Vec<(Ty, Span)> = Vec::new();
        let mut general: Option<Span> = None;
        for c in catches {
            let ty = match &c.ty {
                None => Ty::lib(Lib::Exception),
                Some(te) => {
                    let t = self.cx.resolve_value_type(te, self.ns.as_deref());
                    // A type parameter: an exception by its class constraint (each instance
                    // catches its argument); one whose constraint was reported says no more.
                    let param = match &t {
                        Ty::Generic(p) if p.constraints().reported => Some(Ty::Error),
                        Ty::Generic(p)
                            if p.constraints().base.as_ref().is_some_and(Ty::is_exception) =>
                        {
                            Some(t.clone())
                        }
                        _ => None,
                    };
                    if let Some(t) = param {
                        t
                    } else if !t.is_error() && !t.is_exception() {
                        self.err(
                            "CS0155",
                            "The type caught or thrown must be derived from System.Exception",
                            te.span,
                            "catch an exception type, e.g. `catch (Exception e)`",
                        );
                        Ty::Error
                    } else {
                        t
                    }
                }
            };
            let head = c.ty.as_ref().map_or(c.span, |t| t.span);
            if let Some(g) = general {
                self.cx.diags.push(
                    Diagnostic::error(
                        "CS1017",
                        "Catch clauses cannot follow the general catch clause of a try statement",
                        head,
                    )
                    .with_label(g, "the general catch clause")
                    .with_hint("move the general `catch` last"),
                );
            } else if let Some((prev, pspan)) = seen
                .iter()
                .find(|(p, _)| !ty.is_error() && ty.derives_from(p))
            {
                if c.ty.is_none() {
                    self.cx.diags.push(
                        Diagnostic::warning("CS1058", "A previous catch clause already catches all exceptions. All non-exceptions thrown will be wrapped in a System.Runtime.CompilerServices.RuntimeWrappedException.", head)
                            .with_label(*pspan, "catches everything")
                            .with_hint("remove the general `catch`"),
                    );
                } else {
                    self.cx.diags.push(
                        Diagnostic::error("CS0160", format!("A previous catch clause already catches all exceptions of this or of a super type ('{prev}')"), head)
                            .with_label(*pspan, "this clause catches it first")
                            .with_hint("put the more specific catch clause first"),
                    );
                }
            }
            // A clause with a filter may decline an exception: later clauses still see it.
            if c.filter.is_some() {
            } else if c.ty.is_none() {
                general = Some(head);
            } else if !ty.is_error() {
                seen.push((ty.clone(), head));
            }
            self.scopes.push();
            let local = c
                .name
                .as_ref()
                .map(|n| self.declare_local(&n.name, ty.clone(), LocalKind::CatchVar, n.span));
            let filter = c.filter.as_ref().map(|f| self.filter(f));
            self.catches.push(self.finally_depth);
            let body = self.block(&c.body);
            self.catches.pop();
            self.scopes.pop();
            out.push(CatchClause {
                ty,
                local,
                filter,
                body,
                span: c.span,
            });
        }
        let finally = finally.map(|f| {
            self.finally_depth += 1;
            let b = self.block(f);
            self.finally_depth -= 1;
            b
        });
        StmtKind::Try {
            body,
            catches: out,
            finally,
        }
    }

    /// `when (cond)`: a bool, without `await` (CS7094); a constant draws C#'s warnings.
    fn filter(&mut self, f: &ast::Expr) -> Expr {
        let outer = std::mem::replace(&mut self.in_filter, true);
        let cond = self.cond(f);
        self.in_filter = outer;
        match cond.constant() {
            Some(ConstValue::Bool(true)) => self.warn(
                "CS8360",
                "Filter expression is a constant 'true', consider removing the filter",
                f.span,
                "the clause catches every exception of its type: remove `when (true)`",
            ),
            Some(ConstValue::Bool(false)) => self.warn(
                "CS8359",
                "Filter expression is a constant 'false', consider removing the catch clause",
                f.span,
                "the clause never catches anything",
            ),
            _ => {}
        }
        cond
    }
}
