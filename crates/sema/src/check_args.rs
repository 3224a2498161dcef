//! A call's arguments, checked before its overload is chosen: values as they are, and the
//! forms whose meaning the chosen parameter gives (a lambda, a method group, `default`, an
//! `out` variable) kept for it.

use unawait_syntax::ast;

use crate::body::Body;
use crate::hir::{Callee, Expr, ExprKind};
use crate::resolve::Resolved;

impl Body<'_, '_> {
    pub fn args(&mut self, args: &[ast::Arg]) -> Vec<Expr> {
        let saw_await = std::mem::take(&mut self.saw_await);
        let out = self.args_here(args);
        // The address of a field or an element would have to be taken again after the await
        // (C# spills the object and the index): not done yet.
        if self.saw_await {
            if let Some(a) = out.iter().find(|a| {
                matches!(&a.kind, ExprKind::RefArg { target, .. }
                    if !matches!(target.kind, ExprKind::Local(_)))
            }) {
                self.cx.unsupported(
                    "a field or an array element passed by reference to a call with an `await` in its arguments is",
                    a.span,
                );
                self.saw_await |= saw_await;
                return out.into_iter().map(|a| Expr::error(a.span)).collect();
            }
        }
        self.saw_await |= saw_await;
        out
    }

    fn args_here(&mut self, args: &[ast::Arg]) -> Vec<Expr> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            let mut bad = false;
            if let Some(n) = &a.name {
                // Only where `named_args` does not map them (a `: base(...)` initializer, a
                // library constructor): an error value, so no C# error follows for the position.
                self.cx
                    .unsupported("named arguments in this position are", n.span);
                bad = true;
            }
            if let Some((m, span)) = a.modifier {
                if a.name.is_none() {
                    out.push(self.ref_arg(a, m, span));
                    continue;
                }
                self.cx.unsupported(
                    "`ref`, `out` and `in` arguments (other than `out` to a library member such as `TryGetValue`) are",
                    span,
                );
                bad = true;
                // `out var x` and `out _` are part of the `out` argument reported here.
                match &a.value.kind {
                    ast::ExprKind::Declaration { designation, .. } => {
                        self.declare_designation(designation);
                        out.push(Expr::error(a.value.span));
                        continue;
                    }
                    ast::ExprKind::Name { name, type_args }
                        if name.name == "_"
                            && type_args.is_empty()
                            && self.scopes.lookup("_").is_none() =>
                    {
                        out.push(Expr::error(a.value.span));
                        continue;
                    }
                    _ => {}
                }
            }
            // `F(x, default)`: the literal takes its parameter's type once the overload is
            // chosen, as an omitted `T x = default` does (the placeholder below).
            if matches!(a.value.kind, ast::ExprKind::Default(None)) && !bad {
                out.push(crate::named::default_placeholder(a.value.span));
                continue;
            }
            // `F(new())` takes its type from the overload chosen, which needs the other
            // arguments first.
            if let ast::ExprKind::New { ty: None, .. } = &a.value.kind {
                self.cx
                    .unsupported("target-typed `new()` as an argument is", a.value.span);
                self.declare_expr_names(&a.value);
                out.push(Expr::error(a.value.span));
                continue;
            }
            // `Twice(Square, 3)`: a method group converts to the parameter's delegate type,
            // which the overload chosen gives.
            if let (ast::ExprKind::Name { .. } | ast::ExprKind::Member { .. }, false) =
                (&a.value.kind, bad)
            {
                if let Some(v) = self.default_comparer_value(&a.value) {
                    out.push(v);
                    continue;
                }
                match self.resolve(&a.value) {
                    // The program's methods, or the library's static ones
                    // (`Select(int.Parse)`) or an object's (`Where(set.Contains)`):
                    // library_groups.rs.
                    Resolved::Methods(g)
                        if g.cands.iter().any(|c| matches!(c.callee, Callee::User(_)))
                            || (!g.cands.is_empty()
                                && g.cands.iter().all(|c| {
                                    crate::builtins::library().get(c.callee_builtin()).is_static
                                        == g.receiver.is_none()
                                })) =>
                    {
                        out.push(self.lambda_argument(&a.value));
                    }
                    r => out.push(self.value_of(r, a.value.span)),
                }
                continue;
            }
            let e = match &a.value.kind {
                ast::ExprKind::Lambda { .. } | ast::ExprKind::AnonymousMethod { .. } if !bad => {
                    self.lambda_argument(&a.value)
                }
                _ => self.expr(&a.value),
            };
            out.push(if bad { Expr::error(e.span) } else { e });
        }
        out
    }
}
