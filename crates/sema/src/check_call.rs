//! Calls: method groups, generic inference for library methods (`Task.FromResult(1)`), and C#'s
//! overload resolution (applicable candidates in normal or expanded `params` form, members of a
//! derived type hiding the base's, then the better function member by better conversions).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, BuiltinId, MemberKind};
use crate::call_rank::{better_member, default_arg};
use crate::check_expr::mk;
use crate::convert;
use crate::hir::{Callee, Expr, ExprKind, MethodId, RefKind};
use crate::resolve::Resolved;
use crate::types::Ty;

/// One overload of a method group, with the receiver's type arguments at the level it was found.
#[derive(Clone, Debug)]
pub struct Cand {
    pub callee: Callee,
    pub owner_args: Vec<Ty>,
    /// 0 for the receiver's own type, 1 for its base type, ...
    pub level: u32,
}

impl Cand {
    /// A method of the program: no type arguments, found on the type itself.
    pub fn user(m: MethodId) -> Cand {
        Cand {
            callee: Callee::User(m),
            owner_args: Vec::new(),
            level: 0,
        }
    }

    /// Library lookups only produce builtin candidates; a user id maps to a harmless builtin 0.
    pub fn callee_builtin(&self) -> BuiltinId {
        match self.callee {
            Callee::Builtin(b) => b,
            Callee::User(_) => BuiltinId(0),
        }
    }
}

pub struct MethodGroup {
    pub cands: Vec<Cand>,
    pub receiver: Option<Box<Expr>>,
    pub name: String,
    pub type_args: Vec<Ty>,
    /// Qualified by a type name (`string.ToUpper`), so instance members lack an object (CS0120).
    pub via_type: bool,
}

pub struct Resolution {
    pub callee: Callee,
    pub args: Vec<Expr>,
    pub type_args: Vec<Ty>,
    pub ret: Ty,
    pub receiver: Option<Box<Expr>>,
}

impl Resolution {
    /// The call expression the resolution stands for.
    pub fn into_call(self, span: Span) -> Expr {
        mk(
            ExprKind::Call {
                callee: self.callee,
                receiver: self.receiver,
                args: self.args,
                type_args: self.type_args,
            },
            self.ret,
            span,
        )
    }
}

pub(crate) struct Sig {
    pub(crate) params: Vec<Ty>,
    pub(crate) params_array: bool,
    /// Default values of optional parameters (the program's methods).
    pub(crate) defaults: Vec<Option<crate::constants::ConstValue>>,
    pub(crate) ret: Ty,
    pub(crate) n_tparams: usize,
    pub(crate) is_static: bool,
    /// Each parameter's `ref`/`out`/`in`.
    pub(crate) refs: Vec<Option<RefKind>>,
}

pub(crate) struct App {
    pub(crate) idx: usize,
    pub(crate) expanded: bool,
    /// How many trailing optional parameters take their default value.
    pub(crate) defaulted: usize,
    /// The parameter type each argument converts to.
    pub(crate) ptys: Vec<Ty>,
    pub(crate) subst: Vec<Ty>,
}

pub(crate) enum Fail {
    Arity,
    Inference,
    Arg(usize, Ty),
    /// The argument's `ref`/`out`/`in` is not its parameter's: the argument's, the parameter's.
    Mode(usize, Option<RefKind>, Option<RefKind>),
}

impl Body<'_, '_> {
    pub fn call(&mut self, callee: &ast::Expr, args: &[ast::Arg], span: Span) -> Expr {
        let e = self.call_of(callee, args, span);
        self.generic_local_call(e)
    }

    fn call_of(&mut self, callee: &ast::Expr, args: &[ast::Arg], span: Span) -> Expr {
        if let Some(e) = self.nameof(callee, args, span) {
            return e;
        }
        if let Some(e) = self.enum_static_call(callee, args, span) {
            return e;
        }
        if let Some(e) = self.interlocked_call(callee, args, span) {
            return e;
        }
        if let Some(e) = self.default_comparer_call(callee, args, span) {
            return e;
        }
        if let Some(e) = self.linq_cast_call(callee, args, span) {
            return e;
        }
        if let Some(e) = self.group_by_result_call(callee, args, span) {
            return e;
        }
        let r = self.resolve(callee);
        // The callee was reported (its receiver's type is unknown): the arguments are checked,
        // and what `out var x` declares is declared, without a word on their modifiers.
        if matches!(&r, Resolved::Value(v) if v.ty.is_error()) {
            for a in args {
                if a.modifier.is_some() {
                    // The HIR lacks the assignment: flow analysis must not judge this body.
                    self.cx.unsupported_count += 1;
                    self.declare_expr_names(&a.value);
                } else {
                    self.expr(&a.value);
                }
            }
            return Expr::error(span);
        }
        if let Resolved::Methods(g) = &r {
            if args.iter().any(|a| a.name.is_some()) {
                let Resolved::Methods(g) = r else {
                    return Expr::error(span);
                };
                return self.named_call(g, args, span);
            }
            if Self::takes_out_args(g, args) {
                let Resolved::Methods(g) = r else {
                    return Expr::error(span);
                };
                return self.out_call(g, args, span);
            }
        }
        let written = args;
        let args = self.args(args);
        let r = match r {
            Resolved::Methods(g)
                if g.cands.is_empty()
                    && crate::enum_library::OWN_METHODS.contains(&g.name.as_str()) =>
            {
                match g.receiver {
                    Some(recv) if recv.ty.is_enum() => {
                        return self.enum_method(*recv, &g.name, args, span)
                    }
                    receiver => Resolved::Methods(MethodGroup { receiver, ..g }),
                }
            }
            r => r,
        };
        match r {
            Resolved::Methods(g) => match self.resolve_call(g, args, span, false) {
                Some(res)
                    if self.missing_out(&res, written)
                        || !self.call_equality(res.callee, &res.type_args, span)
                        || self.float_selector_gap(&res, span) =>
                {
                    Expr::error(span)
                }
                Some(res) => match self.concat_objects(&res, span) {
                    Some(e) => e,
                    None => res.into_call(span),
                },
                None => Expr::error(span),
            },
            Resolved::Value(v) if v.ty.delegate_sig().is_some() => {
                self.invoke_delegate(v, args, span)
            }
            // `list.Count()`: an invocation skips the property and finds LINQ's method.
            Resolved::Value(Expr {
                kind:
                    ExprKind::Property {
                        receiver: Some(r), ..
                    },
                ..
            }) if self.linq_applies(&r.ty, callee) => {
                let ast::ExprKind::Member { name, .. } = &callee.kind else {
                    return Expr::error(span);
                };
                match self.linq_group(*r, &name.name) {
                    Some(g) => match self.resolve_call(g, args, span, false) {
                        Some(res) => res.into_call(span),
                        None => Expr::error(span),
                    },
                    None => Expr::error(span),
                }
            }
            Resolved::Value(v) => {
                match &v.kind {
                    _ if v.ty.is_error() => {}
                    ExprKind::Property {
                        receiver: Some(r), ..
                    } if self.extension_call(&r.ty, callee) => {}
                    ExprKind::Property {
                        member, type_args, ..
                    } => {
                        let d = library().get(*member).display(type_args);
                        self.err(
                            "CS1955",
                            format!("Non-invocable member '{d}' cannot be used like a method."),
                            callee.span,
                            "remove the parentheses: it is a property",
                        );
                    }
                    _ => self.err(
                        "CS0149",
                        "Method name expected",
                        callee.span,
                        "only methods can be called",
                    ),
                }
                Expr::error(span)
            }
            other => {
                self.value_of(other, callee.span);
                Expr::error(span)
            }
        }
    }

    /// How C#'s messages name a candidate (`C.M(int, ref string)`). Only errors show it: made
    /// then, not for every candidate of every call.
    pub(crate) fn display(&self, c: &Cand) -> String {
        match c.callee {
            Callee::User(id) => {
                let m = self.cx.program.method(id);
                let class = &self.cx.program.class(m.class).name;
                let refs = self.cx.user_params.get(&id).map(|p| &p.refs[..]);
                let ps: Vec<String> = m
                    .param_types
                    .iter()
                    .enumerate()
                    .map(
                        |(i, t)| match refs.and_then(|r| r.get(i)).copied().flatten() {
                            Some(k) => format!("{} {t}", k.keyword()),
                            None => t.to_string(),
                        },
                    )
                    .collect();
                let tps = match m.type_params.is_empty() {
                    true => String::new(),
                    false => format!("<{}>", m.type_params.join(", ")),
                };
                // A generic local function is named alone, as C# names it.
                if self.cx.local_generic_fns.contains_key(&id) {
                    return format!("{}{tps}({})", m.name, ps.join(", "));
                }
                format!("{class}.{}{tps}({})", m.shown_name(class), ps.join(", "))
            }
            Callee::Builtin(b) => library().get(b).display(&c.owner_args),
        }
    }

    fn sig(&self, c: &Cand, receiver: Option<&Expr>) -> Sig {
        match c.callee {
            Callee::User(id) => {
                let m = self.cx.program.method(id);
                let info = (self.cx.user_params)
                    .get(&self.params_of(id, receiver))
                    .cloned()
                    .unwrap_or_default();
                // A generic method's type parameters become the signature's `Param`s, which
                // inference and substitution know.
                let generics = self.cx.method_generics.get(&id);
                let open = |t: &Ty| match generics {
                    Some(g) => crate::generics::as_params(t, g),
                    None => t.clone(),
                };
                Sig {
                    params: m.param_types.iter().map(open).collect(),
                    params_array: info.params_array,
                    defaults: info.defaults,
                    ret: open(&m.return_type),
                    n_tparams: generics.map_or(0, Vec::len),
                    is_static: m.is_static,
                    refs: info.refs,
                }
            }
            Callee::Builtin(b) => {
                let b = library().get(b);
                Sig {
                    params: b.params.iter().map(|(_, t)| t.clone()).collect(),
                    params_array: b.params_array,
                    defaults: Vec::new(),
                    ret: b.ret.clone(),
                    n_tparams: b.type_params.len(),
                    is_static: b.is_static,
                    refs: (0..b.params.len())
                        .map(|i| b.out_params.contains(&i).then_some(RefKind::Out))
                        .collect(),
                }
            }
        }
    }

    /// Picks the overload for `args`, reporting CS1501/CS1503/CS0411/CS0121/CS1729, and returns
    /// the call with its arguments converted. `None` after an error.
    pub fn resolve_call(
        &mut self,
        g: MethodGroup,
        args: Vec<Expr>,
        span: Span,
        is_ctor: bool,
    ) -> Option<Resolution> {
        let (g, args) = self.extension_receiver(g, args);
        let sigs: Vec<Sig> = (g.cands.iter())
            .map(|c| self.sig(c, g.receiver.as_deref()))
            .collect();
        let rows = self.lambda_rows(&g, &sigs, &args);
        // A lambda whose returned value has an error with every candidate's parameter types
        // (reported when it is bound) has no inferred return type to choose an overload by:
        // its errors are reported, the call is an error.
        let broken = (0..args.len()).find(|&i| {
            let mut seen = rows.iter().filter_map(|r| r[i].as_ref()).peekable();
            seen.peek().is_some() && seen.all(|inf| inf.ret == Some(Ty::Error))
        });
        if let Some(i) = broken {
            // Bound against the candidate it was inferred with (its type parameters unknown).
            let to = (0..sigs.len())
                .find(|&c| {
                    rows[c][i]
                        .as_ref()
                        .is_some_and(|inf| inf.ret == Some(Ty::Error))
                })
                .and_then(|c| {
                    let mut subst = g.cands[c].owner_args.clone();
                    subst.extend(std::iter::repeat_n(Ty::Error, sigs[c].n_tparams));
                    sigs[c].params.get(i).map(|p| p.subst(&subst))
                })
                .unwrap_or(Ty::Error);
            let mut args = args;
            let arg = args.swap_remove(i);
            self.coerce(arg, &to);
            return None;
        }
        self.make_instances(&g, &sigs, &args, &rows, span);
        let mut apps = Vec::new();
        let cx: &crate::context::Ctx<'_> = self.cx;
        let user = |a: &Ty, p: &Ty| crate::user_conversions::implicit_exists(cx, a, p);
        let close = |t: &Ty| cx.close(t);
        for (i, (c, s)) in g.cands.iter().zip(&sigs).enumerate() {
            let row = rows.get(i).map_or(&[][..], |r| &r[..]);
            let r = Self::applicable(c, s, &args, &g.type_args, false, &user, &close, row).or_else(
                |e| {
                    if s.params_array {
                        Self::applicable(c, s, &args, &g.type_args, true, &user, &close, row)
                    } else {
                        Err(e)
                    }
                },
            );
            if let Ok(mut a) = r {
                a.idx = i;
                apps.push(a);
            }
        }
        if let Some(min) = apps.iter().map(|a| g.cands[a.idx].level).min() {
            apps.retain(|a| g.cands[a.idx].level == min);
        }
        if apps.is_empty() {
            self.report_inapplicable(&g, &sigs, &args, span, is_ctor);
            return None;
        }
        // An argument already reported converts to every overload: picking one would give the
        // call a type (and later diagnostics) the program may not have meant.
        if apps.len() > 1 && args.iter().any(|a| a.ty.is_error() && !self.is_open_out(a)) {
            return None;
        }
        let mut best = 0;
        for i in 1..apps.len() {
            if better_member(&apps[i], &apps[best], &args, &sigs, &rows) {
                best = i;
            }
        }
        // In an instance of a generic type, the overload its template chose (C# binds against
        // the type parameters: `Which(x)` with `x : T` calls `Which(object)` for every `T`).
        let template_choice = crate::generic_classes::template_choice(self.cx, self.class, span);
        if let Some(chosen) = template_choice {
            if let Some(i) = (0..apps.len()).find(|&i| g.cands[apps[i].idx].callee == chosen) {
                best = i;
            }
        }
        if crate::generic_classes::records_choices(self.cx, self.class) {
            let callee = g.cands[apps[best].idx].callee;
            self.cx
                .gclasses
                .choices
                .insert((span.start, span.end), callee);
        }
        let ambiguous = (0..apps.len())
            .filter(|_| template_choice.is_none())
            .find(|&i| i != best && !better_member(&apps[best], &apps[i], &args, &sigs, &rows));
        if let Some(other) = ambiguous {
            let lambda = args
                .iter()
                .find(|a| matches!(a.kind, ExprKind::UnboundLambda(_)));
            if let Some(l) =
                lambda.filter(|_| !throw_only_tie(&apps[best], &apps[other], &args, &rows))
            {
                self.cx.unsupported(
                    "choosing between overloads that take different delegate types for a lambda or method group is",
                    l.span,
                );
                return None;
            }
            let reported =
                |a: &Expr| a.ty.is_error() && !matches!(a.kind, ExprKind::UnboundLambda(_));
            if !args.iter().any(reported) {
                let (a, b) = (
                    self.display(&g.cands[apps[best].idx]),
                    self.display(&g.cands[apps[other].idx]),
                );
                self.err(
                    "CS0121",
                    format!("The call is ambiguous between the following methods or properties: '{a}' and '{b}'"),
                    span,
                    "add a cast to an argument to pick one overload",
                );
            }
            return None;
        }
        let app = apps.swap_remove(best);
        let cand = &g.cands[app.idx];
        let sig = &sigs[app.idx];
        if let Callee::User(m) = cand.callee {
            if !self.satisfies_constraints(m, &app.subst, span) {
                return None;
            }
        }
        if let Some(other) = crate::lib_gaps::decimal_twin(cand.callee, &args) {
            let shown = self.display(cand);
            self.err(
                "CS0121",
                format!("The call is ambiguous between the following methods or properties: '{other}' and '{shown}'"),
                span,
                "add a cast to an argument to pick one overload: `(double)x`",
            );
            return None;
        }
        // Only a call with a struct type argument needs the checks below (and the member's
        // name they compare, which is a string built each time).
        let struct_args = app.subst.iter().any(|t| t.is_struct());
        if let (Callee::Builtin(b), true) = (cand.callee, struct_args) {
            // `Sort()` of structs implementing `IComparable<T>` reorders the elements only.
            let comparable_sort = matches!(
                library().get(b).key(),
                "List<T>.Sort()" | "List<T>.BinarySearch(T)"
            ) && app.subst.iter().all(|t| match t {
                Ty::Class(id, _) => self.cx.program.class(*id).comparable.is_some(),
                _ => false,
            });
            let awaited = self.direct_await == Some(span);
            // A list's struct values are never changed in place (CS1612), so a list copied
            // from another list may share them, as `GetRange` does; an array's may change.
            let from_list = matches!(
                library().get(b).key(),
                "List<T>.List(IEnumerable<T>)"
                    | "List<T>.AddRange(IEnumerable<T>)"
                    | "List<T>.InsertRange(int, IEnumerable<T>)"
            ) && args
                .last()
                .is_some_and(|a| matches!(&a.ty, Ty::Lib(crate::types::Lib::List, _)));
            if !crate::structs::struct_safe_member(library().get(b), &app.subst)
                && !crate::structs::struct_safe_call(library().get(b), &args, awaited)
                && !comparable_sort
                && !from_list
            {
                let shown = self.display(cand);
                self.cx
                    .unsupported(&format!("`{shown}` with a struct type argument is"), span);
                return None;
            }
        }
        // A member that fits only through an argument already reported may not be the one
        // meant (`s.Equals(t, StringComparison.Ordinal)` with `StringComparison` outside the
        // language fits only `string.Equals(string, string)`): whether it is static or not
        // says nothing about the program.
        let wrong_kind = (sig.is_static && g.receiver.is_some())
            || (!sig.is_static && g.receiver.is_none() && (g.via_type || self.in_static_method()));
        if !is_ctor && wrong_kind && args.iter().any(|a| a.ty.is_error() && !self.is_open_out(a)) {
            return None;
        }
        if !is_ctor {
            if sig.is_static && g.receiver.is_some() {
                let shown = self.display(cand);
                self.err(
                    "CS0176",
                    format!("Member '{shown}' cannot be accessed with an instance reference; qualify it with a type name instead"),
                    span,
                    "call it through the type name",
                );
            } else if !sig.is_static
                && g.receiver.is_none()
                && (g.via_type || self.in_static_method())
            {
                let hint = if g.via_type {
                    "call it on a value: `value.Method(..)`"
                } else {
                    "make the method `static`"
                };
                let shown = self.display(cand);
                self.err(
                    "CS0120",
                    format!("An object reference is required for the non-static field, method, or property '{shown}'"),
                    span,
                    hint,
                );
            }
        }
        let k = sig.params.len();
        let mut out = Vec::with_capacity(k);
        let mut rest = Vec::new();
        let mut args = args;
        self.infer_out_vars(&mut args, &app.ptys);
        for (i, (a, p)) in args.into_iter().zip(&app.ptys).enumerate() {
            // `default` written as an argument, or a named call's omitted `T x = default`
            // (`named::default_placeholder`): the parameter's default.
            let a = match (&a.kind, a.ty.is_error()) {
                _ if crate::named::is_default_placeholder(&a) => {
                    let p = self.cx.close(p);
                    default_arg(&crate::constants::ConstValue::Null, &p, a.span)
                }
                (ExprKind::ArrayInit { items, .. }, true) if items.is_empty() => {
                    let p = self.cx.close(p);
                    let kind = ExprKind::ArrayInit {
                        elem: p.arg0(),
                        items: Vec::new(),
                    };
                    mk(kind, p, a.span)
                }
                _ => a,
            };
            let by_ref =
                !(app.expanded && i + 1 >= k) && sig.refs.get(i).copied().flatten().is_some();
            let e = match crate::check_ref::arg_ref(&a) {
                Some(_) => a,
                // A value for an `in` parameter: the call passes the address of a copy.
                None if by_ref => {
                    let e = self.coerce(a, p);
                    let (ty, span) = (e.ty.clone(), e.span);
                    mk(
                        ExprKind::RefArg {
                            kind: RefKind::In,
                            target: Box::new(e),
                        },
                        ty,
                        span,
                    )
                }
                None => self.coerce(a, p),
            };
            if app.expanded && i + 1 >= k {
                rest.push(e);
            } else {
                out.push(e);
            }
        }
        // The defaults of omitted optional parameters, after the arguments given (C# evaluates
        // them last; constants have no side effects).
        let first_default = out.len();
        for i in first_default..first_default + app.defaulted {
            if let (Some(Some(c)), Some(p)) = (sig.defaults.get(i), sig.params.get(i)) {
                // `T fallback = default` takes the inferred `T`'s default.
                let p = &self.cx.close(&p.subst(&app.subst));
                let e = default_arg(c, p, span);
                let e = self.coerce(e, p);
                // An `in` parameter's default: the address of a copy.
                if sig.refs.get(i).copied().flatten().is_some() {
                    let ty = e.ty.clone();
                    out.push(mk(
                        ExprKind::RefArg {
                            kind: RefKind::In,
                            target: Box::new(e),
                        },
                        ty,
                        span,
                    ));
                } else {
                    out.push(e);
                }
            }
        }
        if app.expanded {
            let arr_ty = self.cx.close(&sig.params[k - 1].subst(&app.subst));
            let elem = arr_ty.arg0();
            let s = rest
                .first()
                .map_or(span, |f| rest.last().map_or(f.span, |l| f.span.to(l.span)));
            out.push(mk(ExprKind::ArrayInit { elem, items: rest }, arr_ty, s));
        }
        if let Callee::Builtin(b) = cand.callee {
            self.check_format_literal(b, &out, span);
            self.check_creation_options(b, &out);
            self.check_scheduler_member(b, g.receiver.as_deref(), span);
        }
        // `base.M()` runs the base class's implementation, which must exist.
        if let (Some(r), Callee::User(m)) = (&g.receiver, cand.callee) {
            if matches!(r.kind, ExprKind::Base) {
                self.check_base_call(m, span);
            }
        }
        // `M()` inside an instance member calls `this.M()`.
        let receiver = match (g.receiver, cand.callee) {
            (None, Callee::User(_)) if !sig.is_static && !g.via_type && self.has_this() => {
                Some(Box::new(self.this_expr(span)))
            }
            // `GetHashCode()` by simple name: `object`'s member on `this` (a struct's boxed).
            (None, Callee::Builtin(b))
                if !sig.is_static
                    && !g.via_type
                    && self.has_this()
                    && library().get(b).owner == crate::builtins::Owner::Object =>
            {
                let this = self.this_expr(span);
                let c = convert::implicit(&this.ty, &Ty::Object).flatten();
                Some(Box::new(convert::apply(this, c, &Ty::Object)))
            }
            // `p.Equals(o)` choosing `object.Equals(object)` over the class's `Equals(Person)`:
            // the receiver as the library type that declares the member (a struct's boxed).
            (Some(r), Callee::Builtin(b)) if matches!(r.ty, Ty::Class(..)) && !sig.is_static => {
                let target = library().get(b).owner_ty.subst(&cand.owner_args);
                match convert::implicit(&r.ty, &target) {
                    Some(c) => Some(Box::new(convert::apply(*r, c, &target))),
                    None => Some(r),
                }
            }
            (r, _) => r,
        };
        Some(Resolution {
            callee: cand.callee,
            args: out,
            type_args: app.subst.clone(),
            ret: self.cx.close_mut(&sig.ret.subst(&app.subst), span),
            receiver,
        })
    }
}

impl MemberKind {
    pub fn is_property(&self) -> bool {
        matches!(self, MemberKind::Property { .. })
    }
}

/// Two candidates that differ only in the delegate type of lambdas whose bodies only throw
/// (`Task.Run<int>(() => { throw e; })`: `Func<int>` or `Func<Task<int>>`): such a lambda has
/// no inferred return type, so delegates with the same parameters that both return a value
/// convert it equally well, and C# finds the call ambiguous (CS0121).
fn throw_only_tie(
    a: &App,
    b: &App,
    args: &[Expr],
    rows: &[Vec<Option<crate::lambda_overloads::Inferred>>],
) -> bool {
    let throws_only = |x: &App, j: usize| {
        let inf = rows
            .get(x.idx)
            .and_then(|r| r.get(j))
            .and_then(|i| i.as_ref());
        inf.is_some_and(|i| i.never_ends && i.ret.is_none() && !i.failed && !i.is_async)
    };
    args.iter().enumerate().all(|(j, arg)| {
        let (pa, pb) = (&a.ptys[j], &b.ptys[j]);
        if !matches!(arg.kind, ExprKind::UnboundLambda(_)) {
            return pa == pb;
        }
        match (pa.delegate_sig(), pb.delegate_sig()) {
            (Some((p1, r1)), Some((p2, r2))) => {
                p1 == p2
                    && r1 != Ty::Void
                    && r2 != Ty::Void
                    && throws_only(a, j)
                    && throws_only(b, j)
            }
            _ => false,
        }
    })
}
