//! Overload resolution's ranking: whether a candidate applies to the arguments (with type
//! inference, lambdas' inferred return types and `params` expansion), and C#'s better function
//! member between two that do (`check_call.rs` drives it).

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_call::{App, Cand, Fail, Sig};
use crate::check_expr::mk;
use crate::convert;
use crate::hir::{Expr, ExprKind, RefKind};
use crate::lambda_overloads::Inferred;
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    pub(crate) fn applicable(
        c: &Cand,
        s: &Sig,
        args: &[Expr],
        explicit: &[Ty],
        expanded: bool,
        user_conv: &dyn Fn(&Ty, &Ty) -> bool,
        close: &dyn Fn(&Ty) -> Ty,
        lambdas: &[Option<Inferred>],
    ) -> Result<App, Fail> {
        let (n, k) = (args.len(), s.params.len());
        // Missing trailing arguments of optional parameters take their defaults (in the
        // expanded form, those before the `params` array, which is then empty).
        let has_default = |i: usize| s.defaults.get(i).is_some_and(|d| d.is_some());
        let defaulted = if !expanded {
            if n > k || !(n..k).all(has_default) {
                return Err(Fail::Arity);
            }
            k - n
        } else {
            if k == 0 || (n + 1 < k && !(n..k - 1).all(has_default)) {
                return Err(Fail::Arity);
            }
            (k - 1).saturating_sub(n)
        };
        let pattern = |i: usize| -> Ty {
            if expanded && i + 1 >= k {
                s.params[k - 1].arg0()
            } else {
                s.params[i].clone()
            }
        };
        let subst = Self::type_args(c, s, args, explicit, expanded, lambdas)?;
        let mut ptys = Vec::with_capacity(n);
        for (i, a) in args.iter().enumerate() {
            let p = close(&pattern(i).subst(&subst));
            let pref = if expanded && i + 1 >= k {
                None
            } else {
                s.refs.get(i).copied().flatten()
            };
            // A lambda fits a delegate type of its parameter count (it is bound to the
            // parameter's type once the overload is chosen).
            if let ExprKind::UnboundLambda(l) = &a.kind {
                let fits = match lambdas.get(i) {
                    Some(Some(inf)) => crate::lambda_overloads::fits(inf, &p),
                    _ => crate::check_lambda::may_convert(l, &p),
                };
                if !fits {
                    return Err(Fail::Arg(i, p));
                }
                ptys.push(p);
                continue;
            }
            match (crate::check_ref::arg_ref(a), pref) {
                // By reference, the variable must be of the parameter's type exactly.
                (Some(ak), Some(pk)) if ak == pk => {
                    if a.ty != p && !a.ty.is_error() && !p.is_error() {
                        return Err(Fail::Arg(i, p));
                    }
                    ptys.push(p);
                    continue;
                }
                // An `in` parameter also takes a value (the call passes a copy).
                (None, Some(RefKind::In)) => {}
                // (A plain argument already reported converts to anything.)
                (ak, pk) if ak != pk && (ak.is_some() || !a.ty.is_error()) => {
                    return Err(Fail::Mode(i, ak, pk))
                }
                _ => {}
            }
            if (convert::implicit(&a.ty, &p).is_none()
                && !convert::constant_fits(a, &p)
                && !user_conv(&a.ty, &p))
                || a.ty == Ty::Void
            {
                return Err(Fail::Arg(i, p));
            }
            ptys.push(p);
        }
        Ok(App {
            idx: 0,
            expanded,
            defaulted,
            ptys,
            subst,
        })
    }

    /// The owner's type arguments then the method's, written or inferred from `args`.
    pub(crate) fn type_args(
        c: &Cand,
        s: &Sig,
        args: &[Expr],
        explicit: &[Ty],
        expanded: bool,
        lambdas: &[Option<Inferred>],
    ) -> Result<Vec<Ty>, Fail> {
        let k = s.params.len();
        // More arguments than parameters: only the expanded form of a `params` array takes
        // them (`applicable` reports the arity; `make_instances` asks without checking it).
        if (!expanded && args.len() > k) || (expanded && k == 0) {
            return Err(Fail::Arity);
        }
        let pattern = |i: usize| -> Ty {
            if expanded && i + 1 >= k {
                s.params[k - 1].arg0()
            } else {
                s.params[i].clone()
            }
        };
        let mut subst = c.owner_args.clone();
        let first = subst.len();
        if s.n_tparams > 0 {
            if !explicit.is_empty() {
                if explicit.len() != s.n_tparams {
                    return Err(Fail::Arity);
                }
                subst.extend(explicit.iter().cloned());
            } else {
                let mut bounds: Vec<Vec<Ty>> = vec![Vec::new(); s.n_tparams];
                for (i, a) in args.iter().enumerate() {
                    infer(&pattern(i), &a.ty, &mut bounds, first);
                    // A lambda's inferred return type against the delegate's return type.
                    if let (Some(Some(inf)), Some((_, r))) =
                        (lambdas.get(i), pattern(i).delegate_sig())
                    {
                        if let Some(x) = &inf.ret {
                            infer(&r, x, &mut bounds, first);
                        }
                    }
                }
                for b in bounds {
                    let fixed = b
                        .iter()
                        .find(|t| b.iter().all(|o| convert::implicit(o, t).is_some()));
                    match fixed {
                        Some(t) => subst.push(t.clone()),
                        None => return Err(Fail::Inference),
                    }
                }
            }
        } else if !explicit.is_empty() {
            return Err(Fail::Arity);
        }
        Ok(subst)
    }
}

/// The value an omitted optional parameter of type `p` takes from its default `c`. An enum's
/// default is a value of its underlying type, of the enum's type; a `default` of a value type
/// (`CancellationToken ct = default`) is its zero word, of the parameter's type.
/// A `default` of a type parameter (`T fallback = default`) is the argument's default: a
/// zeroed struct of the program, or the `default(T)` each instantiation makes its own.
pub(crate) fn default_arg(c: &crate::constants::ConstValue, p: &Ty, span: Span) -> Expr {
    let null = *c == crate::constants::ConstValue::Null;
    if null && (p.is_struct() || matches!(p, Ty::Generic(_))) {
        if let Some(d) = crate::check_expr::default_of(p, span) {
            return d;
        }
    }
    if let (true, None, Some(zero)) = (null, p.nullable_of(), crate::constants::zero_of(p)) {
        return mk(ExprKind::Const(zero), p.clone(), span);
    }
    let ty = if p.is_enum() || (null && p.is_value_type()) {
        p.clone()
    } else {
        c.ty()
    };
    mk(ExprKind::Const(c.clone()), ty, span)
}

pub(crate) fn infer_bounds(pattern: &Ty, actual: &Ty, bounds: &mut [Vec<Ty>], first: usize) {
    infer(pattern, actual, bounds, first)
}

/// Collects inference candidates for method type parameters (indices from `first`).
fn infer(pattern: &Ty, actual: &Ty, bounds: &mut [Vec<Ty>], first: usize) {
    match (pattern, actual) {
        (_, Ty::Null | Ty::Error | Ty::Void) => {}
        (Ty::Param(i, _), a) => {
            if let Some(b) = (*i as usize)
                .checked_sub(first)
                .and_then(|j| bounds.get_mut(j))
            {
                if !b.contains(a) {
                    b.push(a.clone());
                }
            }
        }
        (Ty::Array(p), Ty::Array(a)) => infer(p, a, bounds, first),
        // `Box<T>` from a `Box<int>`, or from a class deriving from one.
        (Ty::Class(_, p), Ty::Class(..)) if p.generic.is_some() => {
            let Some((template, ps)) = &p.generic else {
                return;
            };
            let mut cur = Some(actual.clone());
            for _ in 0..64 {
                let Some(Ty::Class(_, a)) = cur else { return };
                let own = a.generic.iter();
                // The class itself, or an interface it implements (`IHandler<int>`).
                let found = own
                    .chain(&a.generic_interfaces)
                    .find(|(t, _)| t == template);
                if let Some((_, as_)) = found {
                    for (p, a) in ps.iter().zip(as_.iter()) {
                        infer(p, a, bounds, first);
                    }
                    return;
                }
                cur = a.base.clone();
            }
        }
        (Ty::Lib(Lib::IEnumerable, p), src) => {
            let Some(elem) = crate::convert::enumerable_elem(src) else {
                return;
            };
            if let Some(p) = p.first() {
                infer(p, &elem, bounds, first);
            }
        }
        (Ty::Lib(l, ps), Ty::Lib(m, as_)) if l == m => {
            for (p, a) in ps.iter().zip(as_) {
                infer(p, a, bounds, first);
            }
        }
        // `IList<T>` from an array or a `List<int>`, `IDictionary<K, V>` from a dictionary:
        // the collection interface the argument implements.
        (Ty::Lib(l, ps), src) if crate::convert::is_collection_interface(pattern) => {
            let found = crate::convert::collection_interfaces(src);
            if let Some((_, as_)) = found.iter().find(|(m, _)| m == l) {
                for (p, a) in ps.iter().zip(as_) {
                    infer(p, a, bounds, first);
                }
            }
        }
        _ => {}
    }
}

/// C#'s better function member for two applicable candidates.
pub(crate) fn better_member(
    a: &App,
    b: &App,
    args: &[Expr],
    sigs: &[Sig],
    lambdas: &[Vec<Option<Inferred>>],
) -> bool {
    let (mut a_better, mut b_better) = (false, false);
    for (i, arg) in args.iter().enumerate() {
        let lambda = lambdas
            .get(a.idx)
            .and_then(|r| r.get(i))
            .and_then(|x| x.as_ref());
        let better = match lambda {
            Some(inf) => crate::lambda_overloads::better(inf, &a.ptys[i], &b.ptys[i]),
            None => convert::better(&arg.ty, &a.ptys[i], &b.ptys[i]),
        };
        match better {
            1 => a_better = true,
            -1 => b_better = true,
            _ => {}
        }
    }
    if a_better != b_better {
        return a_better;
    }
    // Roslyn's tie-breaks, in its order. The parameters a call uses count its optional ones
    // and a `params` array's elements: candidates that use different numbers of them are
    // told apart first (normal form over expanded, then no defaults needed over defaults),
    // before the rules for equivalent parameter lists (non-generic over generic, ...).
    let (sa, sb) = (&sigs[a.idx], &sigs[b.idx]);
    let used = |x: &App, s: &Sig| match x.expanded {
        true if args.len() < s.params.len() => s.params.len() - 1,
        true => args.len(),
        false => s.params.len(),
    };
    let (ua, ub) = (used(a, sa), used(b, sb));
    // C#: a value argument prefers a by-value parameter to an `in` one.
    let by_value = |s: &Sig, i: usize| s.refs.get(i).copied().flatten().is_none();
    let values: Vec<usize> = (0..args.len())
        .filter(|&i| crate::check_ref::arg_ref(&args[i]).is_none())
        .collect();
    let val_over_in = || {
        let (va, vb) = (
            values.iter().all(|&i| by_value(sa, i)),
            values.iter().all(|&i| by_value(sb, i)),
        );
        va && !vb
    };
    if a.ptys != b.ptys || ua != ub {
        if ua != ub {
            if a.expanded != b.expanded {
                return b.expanded;
            }
            // Both needed defaults to fill their lists: neither is better.
            if a.defaulted == 0 && !a.expanded {
                return true;
            }
            if b.defaulted == 0 && !b.expanded {
                return false;
            }
        }
        return val_over_in();
    }
    if (sa.n_tparams == 0) != (sb.n_tparams == 0) {
        return sa.n_tparams == 0;
    }
    if a.expanded != b.expanded {
        return b.expanded;
    }
    if a.expanded && sa.params.len() != sb.params.len() {
        return sa.params.len() > sb.params.len();
    }
    // C#: a candidate whose every parameter has an argument beats one that needs defaults.
    let has_all = |x: &App| x.expanded || x.defaulted == 0;
    if has_all(a) != has_all(b) {
        return has_all(a);
    }
    if sa.n_tparams > 0
        && sb.n_tparams > 0
        && crate::lambda_overloads::more_specific(&sa.params, &sb.params) == 1
    {
        return true;
    }
    val_over_in()
}
