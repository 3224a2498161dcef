//! The members of the program's enums beyond operators: `HasFlag`, `CompareTo`, `ToString()`
//! and `ToString(format)` of a value, and `System.Enum`'s `GetValues`, `GetNames`, `Parse`,
//! `IsDefined`, `GetName` for an enum named by `typeof(E)` or a type argument. What needs the
//! enum's names at run time is a hidden library member (`builtins::ENUM_PARSE`, ...) whose type
//! argument is the enum, so the runtime gets its descriptor (`Extra::TypeArgsEnums`).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::enums::{converts_to, retype};
use crate::hir::{BinOp, Conversion, Expr, ExprKind};
use crate::types::Ty;

/// The methods of an enum value that are not `object`'s (or behave as an enum's).
pub(crate) const OWN_METHODS: &[&str] = &["HasFlag", "CompareTo", "ToString"];

/// `(E[])Enum.GetValues(typeof(E))`: the `Array` is an `E[]` in .NET, so the cast succeeds; the
/// `object[]` of boxed values that stands for it becomes an `E[]` of the values.
pub(crate) fn values_as_array(inner: &ast::Expr, v: Expr, to: &Ty) -> Expr {
    let from_get_values = matches!(&inner.kind, ast::ExprKind::Call { callee, .. }
        if matches!(&callee.kind, ast::ExprKind::Member { name, .. } if name.name == "GetValues"));
    let (Ty::Array(elem), true) = (to, from_get_values) else {
        return v;
    };
    let ExprKind::ArrayInit { items, .. } = &v.kind else {
        return v;
    };
    let unboxed: Option<Vec<Expr>> = items
        .iter()
        .map(|i| match &i.kind {
            ExprKind::Convert { expr, .. } if expr.ty == **elem => Some((**expr).clone()),
            _ => None,
        })
        .collect();
    match unboxed {
        Some(items) => mk(
            ExprKind::ArrayInit {
                elem: (**elem).clone(),
                items,
            },
            to.clone(),
            v.span,
        ),
        None => v,
    }
}

impl Body<'_, '_> {
    /// `e.HasFlag(f)`, `e.CompareTo(f)`, `e.ToString()`, `e.ToString(format)`.
    pub(crate) fn enum_method(
        &mut self,
        recv: Expr,
        name: &str,
        args: Vec<Expr>,
        span: Span,
    ) -> Expr {
        match (name, args.len()) {
            ("HasFlag", _) => self.enum_has_flag(recv, args, span),
            ("ToString", 0) => {
                let mut s = self.stringify(recv);
                s.span = span;
                s
            }
            ("ToString", 1) | ("CompareTo", 1) => {
                let ty = recv.ty.clone();
                if self.long_enum_gap(&ty, &format!("`{name}`"), span) {
                    return Expr::error(span);
                }
                let Some(arg) = args.into_iter().next() else {
                    return Expr::error(span);
                };
                if arg.ty.is_error() {
                    return Expr::error(span);
                }
                let (hidden, arg) = if name == "ToString" {
                    (crate::builtins::ENUM_FORMAT, self.coerce(arg, &Ty::String))
                } else if arg.ty == ty {
                    (crate::builtins::ENUM_COMPARE, retype(arg, &Ty::Int))
                } else {
                    // `CompareTo(object)`: another type throws ArgumentException at run time.
                    self.cx.unsupported(
                        &format!("`CompareTo` with an argument other than a `{ty}` is"),
                        arg.span,
                    );
                    return Expr::error(span);
                };
                if arg.ty.is_error() {
                    return Expr::error(span);
                }
                self.hidden_enum_call(hidden, &ty, vec![retype(recv, &Ty::Int), arg], span)
            }
            _ => {
                self.err(
                    "CS1501",
                    format!(
                        "No overload for method '{name}' takes {} arguments",
                        args.len()
                    ),
                    span,
                    "check the arguments",
                );
                Expr::error(span)
            }
        }
    }

    /// The hidden members that take an enum's value take an `int`: a `long` enum's draws
    /// UA0100 (true when reported).
    fn long_enum_gap(&mut self, ty: &Ty, what: &str, span: Span) -> bool {
        if *ty.underlying() != Ty::Long {
            return false;
        }
        self.cx.unsupported(
            &format!("{what} of an enum whose underlying type is `long` is"),
            span,
        );
        true
    }

    /// A call of hidden library member `hidden` (builtins::ENUM_PARSE, ...) for enum `ty`,
    /// whose descriptor the runtime gets with the type argument.
    fn hidden_enum_call(&mut self, hidden: &str, ty: &Ty, args: Vec<Expr>, span: Span) -> Expr {
        let lib = crate::builtins::library();
        let Some(&id) = lib.lookup(crate::builtins::Owner::Object, hidden).first() else {
            return Expr::error(span);
        };
        let ret = lib.get(id).ret.subst(std::slice::from_ref(ty));
        mk(
            ExprKind::Call {
                callee: crate::hir::Callee::Builtin(id),
                receiver: None,
                args,
                type_args: vec![ty.clone()],
            },
            ret,
            span,
        )
    }

    /// `e.HasFlag(f)`: `(e & f) == f`, for a flag of `e`'s own type that can be read twice
    /// (a constant or a variable).
    pub(crate) fn enum_has_flag(&mut self, recv: Expr, args: Vec<Expr>, span: Span) -> Expr {
        let ty = recv.ty.clone();
        if args.len() != 1 {
            self.err(
                "CS1501",
                format!(
                    "No overload for method 'HasFlag' takes {} arguments",
                    args.len()
                ),
                span,
                "`HasFlag` takes one flag",
            );
            return Expr::error(span);
        }
        let Some(flag) = args.into_iter().next() else {
            return Expr::error(span);
        };
        if flag.ty.is_error() {
            return Expr::error(span);
        }
        let simple = flag.constant().is_some() || matches!(flag.kind, ExprKind::Local(_));
        if flag.ty != ty || !simple {
            self.cx.unsupported(
                "`HasFlag` with an argument other than a constant or variable of the enum's type is",
                flag.span,
            );
            return Expr::error(span);
        }
        let and = self.enum_binary(BinOp::BitAnd, recv, flag.clone(), span);
        self.enum_binary(BinOp::Eq, and, flag, span)
    }

    /// The members of `System.Enum` for an enum `E` of the program, named by `typeof(E)` or as
    /// a type argument: `GetValues` and `GetNames` (its members' values and names as .NET
    /// orders them, by value as an unsigned number, duplicates included), `Parse`, `IsDefined`
    /// and `GetName` (of an `int` or `E` value). `None` for any other call, which takes the
    /// ordinary path. (`GetValues(typeof(E))` is an `Array` of boxed values in C#: an `object[]`
    /// here, which a cast to `E[]` turns into the values, `values_as_array`.)
    pub(crate) fn enum_static_call(
        &mut self,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> Option<Expr> {
        let ast::ExprKind::Member {
            target,
            name,
            type_args,
        } = &callee.kind
        else {
            return None;
        };
        let method = name.name.as_str();
        if !matches!(
            method,
            "GetValues" | "GetNames" | "Parse" | "IsDefined" | "GetName" | "TryParse"
        ) {
            return None;
        }
        let is_enum_class = match &target.kind {
            ast::ExprKind::Name { name, type_args } => name.name == "Enum" && type_args.is_empty(),
            ast::ExprKind::Member { target, name, .. } => {
                name.name == "Enum"
                    && matches!(&target.kind, ast::ExprKind::Name { name, .. } if name.name == "System")
            }
            _ => false,
        };
        if !is_enum_class || self.cx.lookup_class("Enum", self.ns.as_deref()).is_some() {
            return None;
        }
        if method == "TryParse" {
            return self.enum_try_parse(type_args, args, span);
        }
        if args
            .iter()
            .any(|a| a.name.is_some() || a.modifier.is_some())
        {
            return None;
        }
        let (te, rest, generic) = match (type_args.as_slice(), args) {
            ([t], rest) => (t, rest, true),
            ([], [first, rest @ ..]) => match &first.value.kind {
                ast::ExprKind::Typeof(t) => (t, rest, false),
                _ => return None,
            },
            _ => return None,
        };
        let wanted = match method {
            "GetValues" | "GetNames" => 0,
            _ => 1,
        };
        if rest.len() != wanted {
            return None;
        }
        // Only a name that may be one of the program's enums is resolved here: any other type
        // takes the ordinary path (and its diagnostics, once).
        let last = match &te.kind {
            ast::TypeExprKind::Named(segs) => segs.last().map(|s| s.name.name.as_str()),
            _ => None,
        }?;
        let maybe_enum = self.cx.classes_by_name.get(last).is_some_and(|ids| {
            ids.iter()
                .any(|&c| self.cx.program.class(c).kind == crate::hir::ClassKind::Enum)
        });
        if !maybe_enum {
            return None;
        }
        let ty = self.cx.resolve_value_type(te, self.ns.as_deref());
        let Ty::Enum(id, _) = &ty else {
            return if ty.is_error() {
                Some(Expr::error(span))
            } else {
                None
            };
        };
        if self.cx.skipped_classes.contains(id) {
            return Some(Expr::error(span));
        }
        match method {
            "GetValues" | "GetNames" => {
                self.enum_members_array(*id, &ty, method == "GetNames", !generic, span)
            }
            _ => Some(self.enum_helper_call(method, &ty, &rest[0].value, generic, span)),
        }
    }

    /// `Enum.TryParse<E>(value, out E result)` and `Enum.TryParse(value, out E result)` (`E`
    /// inferred from the out argument's declared type or variable): an out call of the hidden
    /// member that parses as `Parse` does, but answers false instead of throwing.
    fn enum_try_parse(
        &mut self,
        type_args: &[ast::TypeExpr],
        args: &[ast::Arg],
        span: Span,
    ) -> Option<Expr> {
        let [value, out] = args else {
            return None;
        };
        if value.modifier.is_some()
            || value.name.is_some()
            || out.name.is_some()
            || !matches!(out.modifier, Some((ast::ParamModifier::Out, _)))
        {
            return None;
        }
        let named = |b: &mut Self, te: &ast::TypeExpr| {
            let last = match &te.kind {
                ast::TypeExprKind::Named(segs) => segs.last().map(|s| s.name.name.clone()),
                _ => None,
            }?;
            let maybe_enum = b.cx.classes_by_name.get(&last).is_some_and(|ids| {
                ids.iter()
                    .any(|&c| b.cx.program.class(c).kind == crate::hir::ClassKind::Enum)
            });
            maybe_enum.then(|| b.cx.resolve_value_type(te, b.ns.as_deref()))
        };
        let ty = match (type_args, &out.value.kind) {
            ([t], _) => named(self, t)?,
            ([], ast::ExprKind::Declaration { ty, .. }) => named(self, ty)?,
            ([], ast::ExprKind::Name { name, type_args }) if type_args.is_empty() => {
                let b = self.scopes.lookup(&name.name)?;
                let ty = self.local(b.local?).ty.clone();
                ty.is_enum().then_some(ty)?
            }
            _ => return None,
        };
        let Ty::Enum(id, _) = &ty else {
            return if ty.is_error() {
                Some(Expr::error(span))
            } else {
                None
            };
        };
        if self.cx.skipped_classes.contains(id) {
            return Some(Expr::error(span));
        }
        let lib = crate::builtins::library();
        let &b = lib
            .lookup(
                crate::builtins::Owner::Object,
                crate::builtins::ENUM_TRY_PARSE,
            )
            .first()?;
        let g = crate::check_call::MethodGroup {
            cands: vec![crate::check_call::Cand {
                callee: crate::hir::Callee::Builtin(b),
                owner_args: Vec::new(),
                level: 0,
            }],
            receiver: None,
            name: "TryParse".to_string(),
            type_args: vec![ty],
            via_type: true,
        };
        Some(self.out_call(g, args, span))
    }

    fn enum_members_array(
        &mut self,
        id: crate::hir::ClassId,
        ty: &Ty,
        names: bool,
        boxed: bool,
        span: Span,
    ) -> Option<Expr> {
        let mut members: Vec<(i64, String)> = Vec::new();
        for f in self.cx.program.class(id).fields.clone() {
            let Some(v) = crate::eval_const_field(self.cx, f).and_then(|c| c.as_i64()) else {
                return Some(Expr::error(span));
            };
            members.push((v, self.cx.program.field(f).name.clone()));
        }
        members.sort_by_key(|(v, _)| *v as u64);
        let (elem, items): (Ty, Vec<Expr>) = if names {
            let items = members
                .into_iter()
                .map(|(_, n)| {
                    mk(
                        ExprKind::Const(ConstValue::String(n.into())),
                        Ty::String,
                        span,
                    )
                })
                .collect();
            (Ty::String, items)
        } else {
            let elem = if boxed { Ty::Object } else { ty.clone() };
            let items = members
                .into_iter()
                .map(|(v, _)| {
                    let value = ConstValue::Long(v)
                        .convert_unchecked(ty)
                        .unwrap_or(ConstValue::Int(0));
                    let c = mk(ExprKind::Const(value), ty.clone(), span);
                    if boxed {
                        crate::convert::apply(c, Some(Conversion::Boxing), &Ty::Object)
                    } else {
                        c
                    }
                })
                .collect();
            (elem, items)
        };
        Some(mk(
            ExprKind::ArrayInit {
                elem: elem.clone(),
                items,
            },
            Ty::array_of(elem),
            span,
        ))
    }

    /// `Enum.Parse`, `IsDefined`, `GetName` of enum `ty`: the hidden library member that does
    /// it with `ty`'s descriptor (builtins::ENUM_PARSE, ...).
    fn enum_helper_call(
        &mut self,
        method: &str,
        ty: &Ty,
        arg: &ast::Expr,
        generic: bool,
        span: Span,
    ) -> Expr {
        let v = self.expr(arg);
        if v.ty.is_error() {
            return Expr::error(span);
        }
        if method != "Parse" && self.long_enum_gap(ty, &format!("`Enum.{method}`"), span) {
            return Expr::error(span);
        }
        let (hidden, v) = match method {
            "Parse" => (crate::builtins::ENUM_PARSE, self.coerce(v, &Ty::String)),
            _ => {
                let hidden = if method == "IsDefined" {
                    crate::builtins::ENUM_IS_DEFINED
                } else {
                    crate::builtins::ENUM_GET_NAME
                };
                if &v.ty == ty {
                    (hidden, retype(v, &Ty::Int))
                } else if converts_to(&v, &Ty::Int) {
                    (hidden, self.coerce(v, &Ty::Int))
                } else {
                    self.cx.unsupported(
                        &format!("`Enum.{method}` of a value other than an `int` or a `{ty}` is"),
                        v.span,
                    );
                    return Expr::error(span);
                }
            }
        };
        if v.ty.is_error() {
            return Expr::error(span);
        }
        let call = self.hidden_enum_call(hidden, ty, vec![v], span);
        // The non-generic `Parse` gives an `object`.
        if method == "Parse" && !generic {
            return crate::convert::apply(call, Some(Conversion::Boxing), &Ty::Object);
        }
        call
    }
}
