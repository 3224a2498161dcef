//! Local declarations: the `var` rules, `const` locals and their folded values, and the
//! initializer checked against the declared type.

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::hir::{Expr, ExprKind, LocalKind, Stmt, StmtKind};
use crate::types::Ty;

impl Body<'_, '_> {
    pub(crate) fn local_decl(&mut self, d: &ast::LocalDecl, span: Span, out: &mut Vec<Stmt>) {
        let is_var = d.ty.simple_name() == Some("var")
            && self.cx.lookup_class("var", self.ns.as_deref()).is_none();
        let declared = if is_var {
            None
        } else {
            Some(self.cx.resolve_value_type(&d.ty, self.ns.as_deref()))
        };
        if is_var {
            if d.is_const {
                self.err(
                    "CS0822",
                    "Implicitly-typed variables cannot be constant",
                    d.ty.span,
                    "write the type: `const int x = ...;`",
                );
            }
            if d.declarators.len() > 1 {
                self.err(
                    "CS0819",
                    "Implicitly-typed variables cannot have multiple declarators",
                    span,
                    "declare each variable separately",
                );
            }
        }
        if d.is_const {
            if let Some(t) = &declared {
                if !t.is_const_type() && !t.is_error() {
                    self.err(
                        "CS0283",
                        format!("The type '{t}' cannot be declared const"),
                        d.ty.span,
                        "constants can be int, long, bool, double or string",
                    );
                }
            }
        }
        let kind = if d.is_const {
            LocalKind::Const
        } else {
            LocalKind::Local
        };
        for v in &d.declarators {
            let (id, init) = match &declared {
                Some(t) => {
                    let id = self.declare_local(&v.name.name, t.clone(), kind, v.name.span);
                    // `float f = 1f;` is one problem, reported at the type.
                    let same_problem = t.is_error()
                        && matches!(
                            v.init.as_ref().map(|e| &e.kind),
                            Some(A::Literal(
                                ast::Literal::Float(_) | ast::Literal::Decimal(_)
                            ))
                        );
                    let init = v.init.as_ref().filter(|_| !same_problem).map(|i| {
                        let e = self.expr_with(i, Some(t));
                        self.coerce(e, t)
                    });
                    (id, init)
                }
                None => {
                    let init = v.init.as_ref().map(|i| self.untargeted_value(i));
                    let ty = match &init {
                        None => {
                            self.err(
                                "CS0818",
                                "Implicitly-typed variables must be initialized",
                                v.name.span,
                                "add an initializer, or write the type",
                            );
                            Ty::Error
                        }
                        Some(e) => match &e.ty {
                            Ty::Null | Ty::Void => {
                                let what = if e.ty == Ty::Null { "<null>" } else { "void" };
                                self.err(
                                    "CS0815",
                                    format!("Cannot assign {what} to an implicitly-typed variable"),
                                    e.span,
                                    "write the variable's type",
                                );
                                Ty::Error
                            }
                            t => t.clone(),
                        },
                    };
                    (
                        self.declare_local(&v.name.name, ty, kind, v.name.span),
                        init,
                    )
                }
            };
            if d.is_const {
                match (&init, init.as_ref().and_then(Expr::constant)) {
                    (None, _) if v.init.is_none() => self.err(
                        "CS0145",
                        "A const field requires a value to be provided",
                        v.name.span,
                        "add `= value`",
                    ),
                    (Some(_), Some(c)) => self.local_consts[id.0 as usize] = Some(c.clone()),
                    (Some(e), None) if !e.ty.is_error() && !matches!(e.kind, ExprKind::Error) => {
                        self.err(
                            "CS0133",
                            format!(
                                "The expression being assigned to '{}' must be constant",
                                v.name.name
                            ),
                            e.span,
                            "use a literal or other constants, or drop `const`",
                        )
                    }
                    _ => {}
                }
            }
            out.push(Stmt {
                id: crate::hir::StmtId::NONE,
                kind: StmtKind::Local { local: id, init },
                span: v.span,
            });
        }
    }
}
