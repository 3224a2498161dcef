//! C#'s errors for a call no overload of its method group accepts: the wrong number of
//! arguments (CS1501), an argument of the wrong type (CS1503) or mode (CS1620, CS1615), type
//! arguments that cannot be inferred (CS0411); and CS1620 for an `out` argument of a library
//! member written without its keyword.

use unawait_syntax::{ast, Diagnostic, Span};

use crate::body::Body;
use crate::builtins::library;
use crate::check_call::{Cand, Fail, MethodGroup, Resolution, Sig};
use crate::hir::{Callee, Expr, ExprKind, RefKind};
use crate::types::Ty;

impl Body<'_, '_> {
    /// As Roslyn does, a lambda argument that does not convert is bound to the parameter's
    /// delegate type, which says why (CS4010, CS1593, CS1643, an error in its body); false
    /// when that reports nothing.
    fn explain_lambda(&mut self, a: &Expr, p: &Ty) -> bool {
        let ExprKind::UnboundLambda(l) = &a.kind else {
            return false;
        };
        if p.delegate_sig().is_none() || p.contains_param() {
            return false;
        }
        let errors = |b: &Self| b.cx.diags.list.iter().filter(|d| d.is_error()).count();
        let before = errors(self);
        let _ = self.bind_lambda(&l.clone(), p);
        if errors(self) > before {
            return true;
        }
        // Binding found nothing: the body ends without returning the value the delegate
        // returns, which flow analysis (not run on this discarded binding) would report.
        if p.delegate_sig().is_some_and(|(_, r)| r != Ty::Void) {
            self.cx.diags.push(
                Diagnostic::error(
                    "CS1643",
                    format!("Not all code paths return a value in lambda expression of type '{p}'"),
                    a.span,
                )
                .with_hint("add a `return` (or `throw`) at the end of the lambda"),
            );
            return true;
        }
        false
    }

    /// C#'s CS1620: an argument for an `out` parameter written without the keyword.
    pub(crate) fn missing_out(&mut self, res: &Resolution, args: &[ast::Arg]) -> bool {
        let Callee::Builtin(b) = res.callee else {
            return false;
        };
        let Some(&pos) = library().get(b).out_params.first() else {
            return false;
        };
        let Some(a) = args.get(pos).filter(|a| a.modifier.is_none()) else {
            return false;
        };
        self.err(
            "CS1620",
            format!("Argument {} must be passed with the 'out' keyword", pos + 1),
            a.value.span,
            "write `out` before the argument",
        );
        true
    }

    pub(crate) fn report_inapplicable(
        &mut self,
        g: &MethodGroup,
        sigs: &[Sig],
        args: &[Expr],
        span: Span,
        is_ctor: bool,
    ) {
        let loose =
            |c: &Cand| matches!(c.callee, Callee::User(m) if self.cx.loose_arity.contains(&m));
        let placeholder = crate::named::is_default_placeholder;
        if args
            .iter()
            .any(|a| a.ty.is_error() && !self.is_open_out(a) && !placeholder(a))
            || g.receiver.as_ref().is_some_and(|r| r.ty.is_error())
            || g.cands.iter().any(loose)
        {
            return;
        }
        // Written type arguments that no method of the program's group takes that many of.
        if !g.type_args.is_empty() && self.type_arg_count_error(g, sigs, span) {
            return;
        }
        let overloads: Vec<String> = g.cands.iter().take(8).map(|c| self.display(c)).collect();
        let hint = format!("available: {}", overloads.join("; "));
        let n = args.len();
        if let Some(owner) = self.library_owner(g) {
            let member = if is_ctor { ".ctor" } else { g.name.as_str() };
            let have = format!("only: {}", overloads.join("; "));
            if self.missing_overload(&owner, member, n, span, &have) {
                return;
            }
        }
        let arity_ok = g.cands.iter().zip(sigs).find(|(_, s)| {
            let k = s.params.len();
            k == n
                || (s.params_array && n + 1 >= k)
                || (n < k && (n..k).all(|i| s.defaults.get(i).is_some_and(|d| d.is_some())))
        });
        let Some((c, s)) = arity_ok else {
            if is_ctor {
                self.err(
                    "CS1729",
                    format!(
                        "'{}' does not contain a constructor that takes {n} arguments",
                        g.name
                    ),
                    span,
                    &hint,
                );
            } else {
                self.err(
                    "CS1501",
                    format!("No overload for method '{}' takes {n} arguments", g.name),
                    span,
                    &hint,
                );
            }
            return;
        };
        let cx: &crate::context::Ctx<'_> = self.cx;
        let user = |a: &Ty, p: &Ty| crate::user_conversions::implicit_exists(cx, a, p);
        let close = |t: &Ty| cx.close(t);
        let r =
            Self::applicable(c, s, args, &g.type_args, false, &user, &close, &[]).or_else(|e| {
                if s.params_array {
                    Self::applicable(c, s, args, &g.type_args, true, &user, &close, &[])
                } else {
                    Err(e)
                }
            });
        match r {
            Err(Fail::Inference) => self.err(
                "CS0411",
                format!("The type arguments for method '{}' cannot be inferred from the usage. Try specifying the type arguments explicitly.", self.display(c)),
                span,
                "write the type argument, e.g. `Task.FromResult<string>(null)`",
            ),
            Err(Fail::Arg(i, p)) => {
                let a = &args[i];
                // As Roslyn does, a lambda that does not convert is bound to the parameter's
                // delegate type, which says why (CS4010, CS1593, CS1643, an error in its body).
                if self.explain_lambda(a, &p) {
                    return;
                }
                let (have, p) = match crate::check_ref::arg_ref(a) {
                    Some(k) => (format!("{} {}", k.keyword(), a.ty), format!("{} {p}", k.keyword())),
                    None => (a.ty.to_string(), p.to_string()),
                };
                self.cx.diags.push(
                    Diagnostic::error("CS1503", format!("Argument {}: cannot convert from '{have}' to '{p}'", i + 1), a.span)
                        .with_primary(format!("this is a `{}`", a.ty))
                        .with_hint(hint),
                );
            }
            Err(Fail::Mode(i, ak, pk)) => {
                let a = &args[i];
                let span = a.span;
                if (matches!(c.callee, Callee::Builtin(_)) && ak.is_some()) || (ak, pk) == (Some(RefKind::Ref), Some(RefKind::In)) {
                    // .NET's member may take it by reference where unawait's library does not.
                    self.cx.unsupported(
                        "`ref`, `out` and `in` arguments (other than `out` to a library member such as `TryGetValue`, and to the program's own methods) are",
                        span,
                    );
                    return;
                }
                match (ak, pk) {
                    (_, Some(pk)) => self.err(
                        "CS1620",
                        format!("Argument {} must be passed with the '{}' keyword", i + 1, pk.keyword()),
                        span,
                        &format!("write `{}` before the argument", pk.keyword()),
                    ),
                    (Some(ak), None) => self.err(
                        "CS1615",
                        format!("Argument {} may not be passed with the '{}' keyword", i + 1, ak.keyword()),
                        span,
                        &format!("remove `{}`: the parameter takes a value", ak.keyword()),
                    ),
                    (None, None) => {}
                }
            }
            // The parameter types with the owner's type arguments (`Action<string>` of
            // `List<string>.ForEach`) say why a method group or lambda does not convert.
            Ok(app)
                if app.ptys.len() == n
                    && args.iter().zip(&app.ptys).any(|(a, p)| self.explain_lambda(a, p)) => {}
            Err(Fail::Arity) | Ok(_) => {
                // Only a lambda's body could have failed it (the lambda rows said so).
                if s.params.len() == n && args.iter().zip(&s.params).any(|(a, p)| self.explain_lambda(a, p)) {
                    return;
                }
                self.err("CS1501", format!("No overload for method '{}' takes {n} arguments", g.name), span, &hint);
            }
        }
    }
}

impl Body<'_, '_> {
    /// `Id<int, string>(x)` of a method with one type parameter (CS0305), `F<int>()` of a
    /// method with none (CS0308): true when reported. Only for groups of the program's
    /// methods (the library's are reported by `missing_overload`).
    fn type_arg_count_error(&mut self, g: &MethodGroup, sigs: &[Sig], span: Span) -> bool {
        let n = g.type_args.len();
        let user = g.cands.iter().all(|c| matches!(c.callee, Callee::User(_)));
        if !user || g.cands.is_empty() || sigs.iter().any(|s| s.n_tparams == n) {
            return false;
        }
        let (c, s) = (&g.cands[0], &sigs[0]);
        let shown = self.display(c);
        if s.n_tparams == 0 {
            self.err(
                "CS0308",
                format!("The non-generic method '{shown}' cannot be used with type arguments"),
                span,
                "remove the type arguments",
            );
        } else {
            self.err(
                "CS0305",
                format!(
                    "Using the generic method '{shown}' requires {} type arguments",
                    s.n_tparams
                ),
                span,
                "give one type argument per type parameter",
            );
        }
        true
    }
}
