//! Named arguments (`F(y: 2, x: 1)`): each argument goes to the parameter it names, positional
//! ones before them to theirs, an omitted optional parameter takes its default and an omitted
//! `params` array is empty (as in C#'s expanded form with no elements), with C#'s
//! errors (CS1739 no such parameter, CS1744 a parameter given positionally too, CS1740 named
//! twice, CS8323 a positional argument after one named out of position, CS7036 a required
//! parameter without an argument). C# evaluates arguments in the order they are written; the
//! call passes them in parameter order. When the two orders differ, the arguments moved must be
//! values no other argument can change (constants, locals, `this`): anything else there draws
//! `UA0100`, as does a method group of several overloads that all fit the names.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::library;
use crate::check_call::{Cand, MethodGroup};
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::hir::{Callee, Expr, ExprKind};

/// For each candidate (by index), its parameters' sources or the first problem: the argument
/// and C#'s code.
type Mapped = Vec<(usize, Result<Vec<Slot>, (usize, &'static str)>)>;

/// Where each parameter's argument comes from.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Arg(usize),
    Default,
    /// A `params` parameter without an argument: an empty array, as C# passes.
    EmptyParams,
    Missing,
}

impl Body<'_, '_> {
    /// The names arguments may use, in parameter order: the declaration's `params_of` names,
    /// without an extension method's receiver when the call has one (`s.Truncate(3, max: 2)`).
    fn param_names(&self, c: &Cand, g: &MethodGroup) -> Vec<String> {
        match c.callee {
            Callee::User(id) => self
                .cx
                .user_params
                .get(&self.params_of(id, g.receiver.as_deref()))
                .map(|u| u.names[self.receiver_params(g).min(u.names.len())..].to_vec())
                .unwrap_or_default(),
            Callee::Builtin(b) => library()
                .get(b)
                .params
                .iter()
                .map(|(n, _)| n.clone())
                .collect(),
        }
    }

    fn defaults(&self, c: &Cand, g: &MethodGroup) -> Vec<Option<ConstValue>> {
        match c.callee {
            Callee::User(id) => (self.cx.user_params)
                .get(&self.params_of(id, g.receiver.as_deref()))
                .map(|u| u.defaults[self.receiver_params(g).min(u.defaults.len())..].to_vec())
                .unwrap_or_default(),
            Callee::Builtin(_) => Vec::new(),
        }
    }

    /// The type of parameter `p` (after an extension receiver) of a method of the program.
    fn user_param_ty(&self, c: &Cand, g: &MethodGroup, p: usize) -> Option<crate::types::Ty> {
        match c.callee {
            Callee::User(id) => (self.cx.program.method(id).param_types)
                .get(p + self.receiver_params(g))
                .cloned(),
            Callee::Builtin(_) => None,
        }
    }

    /// The last parameter of a method of the program is a `params` array.
    fn has_params_array(&self, c: &Cand, g: &MethodGroup) -> bool {
        match c.callee {
            Callee::User(id) => (self.cx.user_params)
                .get(&self.params_of(id, g.receiver.as_deref()))
                .is_some_and(|u| u.params_array),
            Callee::Builtin(_) => false,
        }
    }

    /// 1 when the group's receiver is an extension method's first argument, else 0.
    fn receiver_params(&self, g: &MethodGroup) -> usize {
        usize::from(self.extension_form(g))
    }

    /// The parameter of each argument of `args` for candidate `c`, or the first problem.
    fn map_args(
        &self,
        c: &Cand,
        g: &MethodGroup,
        args: &[ast::Arg],
    ) -> Result<Vec<Slot>, (usize, &'static str)> {
        let names = self.param_names(c, g);
        let defaults = self.defaults(c, g);
        let mut slots = vec![Slot::Missing; names.len()];
        let mut named_out_of_place = false;
        for (i, a) in args.iter().enumerate() {
            let p = match &a.name {
                None => {
                    if named_out_of_place {
                        return Err((i, "CS8323"));
                    }
                    i
                }
                Some(n) => {
                    let Some(p) = names.iter().position(|x| *x == n.name) else {
                        return Err((i, "CS1739"));
                    };
                    if p != i {
                        named_out_of_place = true;
                    }
                    if let Slot::Arg(prev) = slots[p] {
                        return Err((
                            i,
                            if args[prev].name.is_some() {
                                "CS1740"
                            } else {
                                "CS1744"
                            },
                        ));
                    }
                    p
                }
            };
            match slots.get_mut(p) {
                Some(s) => *s = Slot::Arg(i),
                None => return Err((i, "CS1501")),
            }
        }
        let params_at = self
            .has_params_array(c, g)
            .then(|| slots.len().checked_sub(1))
            .flatten();
        for (p, s) in slots.iter_mut().enumerate() {
            if *s == Slot::Missing && defaults.get(p).is_some_and(|d| d.is_some()) {
                *s = Slot::Default;
            } else if *s == Slot::Missing && Some(p) == params_at {
                *s = Slot::EmptyParams;
            }
        }
        Ok(slots)
    }

    /// A call with named arguments of the method group `g`.
    pub(crate) fn named_call(&mut self, g: MethodGroup, args: &[ast::Arg], span: Span) -> Expr {
        let Some((group, in_order)) = self.named_args(g, args, span) else {
            return Expr::error(span);
        };
        match self.resolve_call(group, in_order, span, false) {
            Some(res) => match self.concat_objects(&res, span) {
                Some(e) => e,
                None => res.into_call(span),
            },
            None => Expr::error(span),
        }
    }

    /// The one candidate of `g` that named arguments `args` fit, with the arguments checked in
    /// source order and put in parameter order (defaults filled in), ready for
    /// `resolve_call`. `None` after a diagnostic.
    pub(crate) fn named_args(
        &mut self,
        g: MethodGroup,
        args: &[ast::Arg],
        span: Span,
    ) -> Option<(MethodGroup, Vec<Expr>)> {
        let mapped: Mapped = g
            .cands
            .iter()
            .enumerate()
            .map(|(i, c)| (i, self.map_args(c, &g, args)))
            .collect();
        let fits: Vec<(usize, Vec<Slot>)> = mapped
            .iter()
            .filter_map(|(i, r)| r.as_ref().ok().map(|s| (*i, s.clone())))
            .filter(|(_, s)| !s.contains(&Slot::Missing))
            .collect();
        // The arguments are checked in source order whatever happens next.
        let values: Vec<Expr> = args
            .iter()
            .map(|a| {
                let mut unnamed = a.clone();
                unnamed.name = None;
                let mut v = self.args(std::slice::from_ref(&unnamed));
                v.pop().unwrap_or_else(|| Expr::error(a.value.span))
            })
            .collect();
        // A lambda is bound once the overload is chosen (`resolve_call`).
        if values
            .iter()
            .any(|v| v.ty.is_error() && !matches!(v.kind, ExprKind::UnboundLambda(_)))
        {
            return None;
        }
        // A declaration with a reported parameter list: nothing more to say about the call.
        let loose =
            |c: &Cand| matches!(c.callee, Callee::User(m) if self.cx.loose_arity.contains(&m));
        if g.cands.iter().any(loose) {
            return None;
        }
        let (idx, slots) = match fits.as_slice() {
            [one] => one.clone(),
            [] => {
                self.report_named(&g, &mapped, args, span);
                return None;
            }
            _ => {
                self.cx.unsupported(
                    "named arguments to a method with several overloads that fit them are",
                    span,
                );
                return None;
            }
        };
        let cand = g.cands[idx].clone();
        // Passed in parameter order: the arguments moved ahead of one written before them must
        // not be changed by it.
        let order: Vec<usize> = slots
            .iter()
            .filter_map(|s| match s {
                Slot::Arg(i) => Some(*i),
                _ => None,
            })
            .collect();
        let reordered = order.windows(2).any(|w| w[0] > w[1]);
        if reordered && !values.iter().all(inert) {
            self.cx.unsupported(
                "named arguments in another order than the parameters' (C# evaluates them as written), with arguments that have effects, are",
                span,
            );
            return None;
        }
        let defaults = self.defaults(&cand, &g);
        let mut values: Vec<Option<Expr>> = values.into_iter().map(Some).collect();
        let mut in_order = Vec::with_capacity(slots.len());
        for (p, s) in slots.iter().enumerate() {
            let pty = self.user_param_ty(&cand, &g, p);
            match s {
                Slot::Arg(i) => {
                    // A `params` parameter named explicitly takes an array, or (as Roslyn and mcs
                    // accept, dotnet/roslyn#10915) one element that the expanded form wraps.
                    in_order.push(values[*i].take().unwrap_or_else(|| Expr::error(span)))
                }
                // Of an open type (`params T[]`): a placeholder, as for defaults below.
                Slot::EmptyParams if pty.as_ref().is_some_and(|t| t.is_open()) => {
                    in_order.push(mk(
                        ExprKind::ArrayInit {
                            elem: crate::types::Ty::Error,
                            items: Vec::new(),
                        },
                        crate::types::Ty::Error,
                        span,
                    ))
                }
                Slot::EmptyParams => {
                    let t = pty?;
                    in_order.push(mk(
                        ExprKind::ArrayInit {
                            elem: t.arg0(),
                            items: Vec::new(),
                        },
                        t,
                        span,
                    ))
                }
                _ => match defaults.get(p).cloned().flatten() {
                    // Of a type naming the method's type parameters (`T fallback = default`):
                    // a placeholder inference passes over, made the inferred type's default
                    // once the call is bound (`check_call`).
                    Some(crate::constants::ConstValue::Null)
                        if pty.as_ref().is_some_and(|t| t.is_open()) =>
                    {
                        in_order.push(default_placeholder(span))
                    }
                    Some(c) => {
                        let ty = pty.unwrap_or_else(|| c.ty());
                        in_order.push(crate::call_rank::default_arg(&c, &ty, span))
                    }
                    None => return None,
                },
            }
        }
        let group = MethodGroup {
            cands: vec![cand],
            receiver: g.receiver,
            name: g.name,
            type_args: g.type_args,
            via_type: g.via_type,
        };
        Some((group, in_order))
    }

    fn report_named(&mut self, g: &MethodGroup, mapped: &Mapped, args: &[ast::Arg], span: Span) {
        let Some((c, r)) = mapped.first() else {
            return;
        };
        let display = match g.cands[*c].callee {
            Callee::User(id) => {
                let m = self.cx.program.method(id);
                let class = &self.cx.program.class(m.class).name;
                let ps: Vec<String> = m.param_types.iter().map(|t| t.to_string()).collect();
                format!("{class}.{}({})", m.shown_name(class), ps.join(", "))
            }
            Callee::Builtin(b) => library().get(b).display(&g.cands[*c].owner_args),
        };
        match r {
            Err((i, code)) => {
                let a = &args[*i];
                let (name, at) = a
                    .name
                    .as_ref()
                    .map_or((String::new(), a.value.span), |n| (n.name.clone(), n.span));
                let (msg, hint) = match *code {
                    "CS1739" => (
                        format!("The best overload for '{}' does not have a parameter named '{name}'", g.name),
                        "use one of the method's parameter names",
                    ),
                    "CS1744" => (
                        format!("Named argument '{name}' specifies a parameter for which a positional argument has already been given"),
                        "remove one of the two arguments",
                    ),
                    "CS1740" => (
                        format!("Named argument '{name}' cannot be specified multiple times"),
                        "remove one of the two arguments",
                    ),
                    "CS8323" => {
                        let prev = args[..*i]
                            .iter()
                            .rev()
                            .find_map(|a| a.name.as_ref())
                            .map_or(String::new(), |n| n.name.clone());
                        (
                            format!("Named argument '{prev}' is used out-of-position but is followed by an unnamed argument"),
                            "name the later arguments too",
                        )
                    }
                    _ => (
                        format!("No overload for method '{}' takes {} arguments", g.name, args.len()),
                        "too many arguments",
                    ),
                };
                let code = if *code == "CS1501" { "CS1501" } else { code };
                self.err(code, msg, at, hint);
            }
            Ok(slots) => {
                let names = self.param_names(&g.cands[*c], g);
                if let Some(p) = slots.iter().position(|s| *s == Slot::Missing) {
                    let pname = names.get(p).cloned().unwrap_or_default();
                    self.err(
                        "CS7036",
                        format!("There is no argument given that corresponds to the required parameter '{pname}' of '{display}'"),
                        span,
                        "pass an argument for it",
                    );
                }
            }
        }
    }
}

/// A value whose evaluation has no effect: when every argument is one, the order they are
/// evaluated in cannot be observed.
fn inert(e: &Expr) -> bool {
    match &e.kind {
        // Making a lambda's delegate has no effect that a later argument could observe.
        ExprKind::Const(_) | ExprKind::This | ExprKind::Local(_) | ExprKind::UnboundLambda(_) => {
            true
        }
        ExprKind::Convert { expr, .. } => inert(expr),
        _ => false,
    }
}

/// An argument whose value is its parameter's default, typed once the call is bound: `default`
/// written as an argument, or a named call's omitted `T x = default` (`named.rs`).
pub(crate) fn default_placeholder(span: unawait_syntax::Span) -> Expr {
    mk(
        ExprKind::Const(crate::constants::ConstValue::Null),
        crate::types::Ty::Error,
        span,
    )
}

/// Whether `a` is a `default_placeholder`.
pub(crate) fn is_default_placeholder(a: &Expr) -> bool {
    a.ty.is_error() && matches!(a.kind, ExprKind::Const(crate::constants::ConstValue::Null))
}
