//! `out` arguments of the library's members (`d.TryGetValue(k, out var v)`, `int.TryParse(s, out
//! n)`): the argument is a local (existing, or declared by `out var x` / `out T x`) or the
//! discard `out _`, and C#'s rules on it (the exact type, CS1503; an assignable variable,
//! CS1510; the keyword where the parameter has it, CS1620). The local is definitely assigned
//! after the call (flow.rs); the call's out value is stored into it right after the call
//! returns, before anything else runs, so no aliasing can be observed. `out` arguments to other
//! places (fields, array elements) and `ref`/`in` arguments wait for by-reference parameters.

use unawait_syntax::ast::{self, ParamModifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::library;
use crate::check_call::MethodGroup;
use crate::check_expr::mk;
use crate::hir::{Callee, Expr, ExprKind, LocalId, LocalKind};
use crate::types::Ty;

/// What an `out` argument writes to.
enum Target {
    Existing(LocalId, Ty, Span),
    Declared(Option<ast::TypeExpr>, ast::Ident),
    Discard,
}

impl Body<'_, '_> {
    /// Whether `g` is a group of library methods one of which takes the `out` arguments of
    /// `args` where they are: then `out_call` checks the call.
    pub(crate) fn takes_out_args(g: &MethodGroup, args: &[ast::Arg]) -> bool {
        let outs: Vec<usize> = (0..args.len())
            .filter(|&i| matches!(args[i].modifier, Some((ParamModifier::Out, _))))
            .collect();
        let others = args.iter().any(|a| {
            a.name.is_some() || matches!(a.modifier, Some((m, _)) if m != ParamModifier::Out)
        });
        !outs.is_empty()
            && !others
            && g.cands.iter().any(|c| match c.callee {
                Callee::Builtin(b) => library().get(b).out_params == outs,
                Callee::User(_) => false,
            })
    }

    pub(crate) fn out_call(&mut self, mut g: MethodGroup, args: &[ast::Arg], span: Span) -> Expr {
        let pos = args.iter().position(|a| a.modifier.is_some()).unwrap_or(0);
        g.cands.retain(|c| match c.callee {
            Callee::Builtin(b) => library().get(b).out_params == [pos],
            Callee::User(_) => false,
        });
        let mut values = Vec::with_capacity(args.len());
        let mut target = Target::Discard;
        for (i, a) in args.iter().enumerate() {
            if i != pos {
                values.extend(self.args(std::slice::from_ref(a)));
                continue;
            }
            target = match &a.value.kind {
                ast::ExprKind::Declaration {
                    ty,
                    designation: ast::Designation::Name(n),
                } => {
                    let var = ty.simple_name() == Some("var")
                        && self.cx.lookup_class("var", self.ns.as_deref()).is_none();
                    Target::Declared((!var).then(|| ty.clone()), n.clone())
                }
                ast::ExprKind::Declaration {
                    designation: ast::Designation::Discard(_),
                    ..
                } => Target::Discard,
                ast::ExprKind::Name { name, type_args }
                    if name.name == "_"
                        && type_args.is_empty()
                        && self.scopes.lookup("_").is_none() =>
                {
                    Target::Discard
                }
                _ => {
                    let e = self.expr(&a.value);
                    match e.kind {
                        ExprKind::Local(id)
                            if matches!(
                                self.local(id).kind,
                                LocalKind::Local | LocalKind::Param
                            ) =>
                        {
                            Target::Existing(id, e.ty, e.span)
                        }
                        _ if e.ty.is_error() => return Expr::error(span),
                        ExprKind::Local(_) | ExprKind::Const(_) | ExprKind::Property { .. } => {
                            self.err(
                                "CS1510",
                                "A ref or out value must be an assignable variable",
                                e.span,
                                "pass a local variable",
                            );
                            return Expr::error(span);
                        }
                        _ => {
                            self.cx.unsupported(
                                "an `out` argument other than a local variable is",
                                e.span,
                            );
                            return Expr::error(span);
                        }
                    }
                }
            };
            // Overload resolution sees the argument as matching any type: the library's
            // members with `out` have no overloads that differ in it.
            values.push(Expr::error(a.value.span));
        }
        let Some(res) = self.resolve_call(g, values, span, false) else {
            return Expr::error(span);
        };
        let Callee::Builtin(b) = res.callee else {
            return Expr::error(span);
        };
        let pty = library().get(b).params[pos].1.subst(&res.type_args);
        let mut call_args = res.args;
        if pos < call_args.len() {
            call_args.remove(pos);
        }
        let out = match target {
            Target::Discard => None,
            Target::Existing(id, ty, at) => {
                if ty != pty {
                    self.mismatch(pos, &ty, &pty, at);
                    return Expr::error(span);
                }
                Some(id)
            }
            Target::Declared(ty, name) => {
                let ty = match ty {
                    Some(t) => self.cx.resolve_value_type(&t, self.ns.as_deref()),
                    None => pty.clone(),
                };
                if ty != pty && !ty.is_error() {
                    self.mismatch(pos, &ty, &pty, name.span);
                }
                Some(self.declare_local(&name.name, ty, LocalKind::Local, name.span))
            }
        };
        let call = mk(
            ExprKind::Call {
                callee: res.callee,
                receiver: res.receiver,
                args: call_args,
                type_args: res.type_args,
            },
            res.ret.clone(),
            span,
        );
        mk(
            ExprKind::OutCall {
                call: Box::new(call),
                out,
            },
            res.ret,
            span,
        )
    }

    /// C# passes an `out` argument by reference: its type must be the parameter's exactly.
    fn mismatch(&mut self, pos: usize, have: &Ty, want: &Ty, at: Span) {
        self.err(
            "CS1503",
            format!(
                "Argument {}: cannot convert from 'out {have}' to 'out {want}'",
                pos + 1
            ),
            at,
            &format!("an `out` argument must be a `{want}` variable"),
        );
    }
}

impl Body<'_, '_> {
    /// The equality a library call's comparisons need (`Contains`, `ContainsValue`): true
    /// when the runtime's is C#'s, else reported.
    pub(crate) fn call_equality(&mut self, callee: Callee, type_args: &[Ty], span: Span) -> bool {
        let Callee::Builtin(b) = callee else {
            return true;
        };
        let m = library().get(b);
        let is_list = m.owner == crate::builtins::Owner::Lib(crate::types::Lib::List);
        if matches!(
            m.owner,
            crate::builtins::Owner::Lib(
                crate::types::Lib::IEnumerable | crate::types::Lib::IOrderedEnumerable
            )
        ) {
            // A comparer given orders the keys itself (the default one of an unordered type
            // throws at run time, as .NET's does).
            let with_comparer = m
                .params
                .iter()
                .any(|(_, t)| matches!(t, Ty::Lib(crate::types::Lib::IComparer, _)));
            if with_comparer && type_args.get(1) != Some(&Ty::ULong) {
                return true;
            }
            return self.linq_comparisons(&m.name, type_args, span);
        }
        // `Sort(IComparer<T>)`: a comparer is a `StringComparer` (lists of strings), which
        // the runtime runs; a null one is .NET's default comparer, which fails at run time as
        // .NET's does for elements it cannot order.
        if is_list && m.name == "Sort" && m.params.len() == 1 {
            return true;
        }
        if is_list && matches!(m.name.as_str(), "Sort" | "BinarySearch") {
            return self.check_sortable(&m.name, type_args.first(), span);
        }
        let is_array = m.owner == crate::builtins::Owner::Lib(crate::types::Lib::Array);
        if is_array && m.name == "Sort" && m.params.len() == 1 {
            return self.check_sortable("Array.Sort", type_args.first(), span);
        }
        let set_operation = matches!(
            m.name.as_str(),
            "UnionWith"
                | "IntersectWith"
                | "ExceptWith"
                | "SetEquals"
                | "IsSubsetOf"
                | "IsSupersetOf"
                | "Overlaps"
        );
        if m.owner == crate::builtins::Owner::Lib(crate::types::Lib::HashSet) && set_operation {
            // The runtime compares these elements without running `Equals` overrides.
            return match type_args.first().cloned() {
                Some(t) => self.check_equality(&t, "set elements", span),
                None => true,
            };
        }
        let elem = match (m.owner, m.name.as_str()) {
            (
                crate::builtins::Owner::Lib(crate::types::Lib::Queue | crate::types::Lib::Stack),
                "Contains",
            ) => type_args.first(),
            (_, "Contains" | "IndexOf" | "LastIndexOf" | "Remove")
                if is_list
                    || is_array
                    || matches!(
                        m.owner,
                        crate::builtins::Owner::Lib(
                            crate::types::Lib::IList | crate::types::Lib::ICollection
                        )
                    ) =>
            {
                match type_args.first() {
                    // A list's elements that are structs compare by their `Equals` (an
                    // override, else the fields), which the runtime runs.
                    Some(t) if t.is_struct() => return true,
                    t => t,
                }
            }
            (crate::builtins::Owner::Lib(crate::types::Lib::Dictionary), "ContainsValue") => {
                type_args.get(1)
            }
            _ => return true,
        };
        match elem.cloned() {
            // Objects of the program's classes: the runtime runs their `Equals` overrides;
            // structs compare by their overrides or `IEquatable<T>`, else field by field.
            Some(Ty::Class(..)) => true,
            Some(t) => self.check_equality(&t, "values compared", span),
            None => true,
        }
    }

    /// LINQ's operators that order (`OrderBy`'s keys) or compare (`Distinct`, `GroupBy`'s
    /// and `ToDictionary`'s keys, ...) by the default comparers: true when the runtime's are
    /// .NET's, else reported. `type_args` are `T` then the method's own.
    fn linq_comparisons(&mut self, name: &str, type_args: &[Ty], span: Span) -> bool {
        match name {
            "OrderBy" | "OrderByDescending" | "ThenBy" | "ThenByDescending" => {
                match type_args.get(1) {
                    // The runtime sees a `ulong` key as a machine word and would order it signed.
                    Some(Ty::ULong) => {
                        self.cx
                            .unsupported(&format!("`{name}` by a `ulong` key is"), span);
                        false
                    }
                    t => self.check_sortable(name, t, span),
                }
            }
            "Distinct" | "ToHashSet" | "Contains" | "Union" | "Intersect" | "Except"
            | "SequenceEqual" => match type_args.first() {
                Some(Ty::Class(..)) | None => true,
                Some(t) => {
                    let t = t.clone();
                    self.check_equality(&t, "values compared", span)
                }
            },
            "Join" | "GroupJoin" => match type_args.get(2) {
                Some(Ty::Class(..)) | None => true,
                Some(t) => {
                    let t = t.clone();
                    self.check_equality(&t, "keys compared", span)
                }
            },
            // The generic `Max<TResult>(selector)`/`Min<TResult>(selector)` (the `int`, `long`,
            // `double` and `float` ones are better when they fit): the results the runtime
            // orders as `Comparer<TResult>.Default` does.
            "Max" | "Min" if type_args.len() == 2 => {
                let t = &type_args[1];
                let ordered = match t {
                    Ty::String | Ty::Char | Ty::Small(_) | Ty::Error => true,
                    Ty::Lib(crate::types::Lib::TimeSpan, _) => true,
                    Ty::Lib(l, _) if l.is_enum() => true,
                    Ty::Class(id, _) => {
                        !t.is_struct() && self.cx.program.class(*id).comparable.is_some()
                    }
                    _ => t.is_enum(),
                };
                if !ordered {
                    self.cx
                        .unsupported(&format!("`{name}` of a selector's `{t}` is"), span);
                }
                ordered
            }
            "GroupBy" | "ToDictionary" => match type_args.get(1) {
                Some(Ty::Class(..)) | None => true,
                Some(t) => {
                    let t = t.clone();
                    self.check_equality(&t, "keys compared", span)
                }
            },
            _ => true,
        }
    }

    /// `List<T>.Sort()`, `BinarySearch(T)` and `Array.Sort(T[])`: true when the runtime orders
    /// `T` as .NET's default comparer does
    /// (numbers, `char`, `bool`, the library's enums, strings), else reported.
    pub(crate) fn check_sortable(&mut self, member: &str, elem: Option<&Ty>, span: Span) -> bool {
        if let Some(t) = elem.filter(|t| t.is_open()) {
            self.cx.deferred_checks.push(crate::generics::Deferred {
                ty: t.clone(),
                what: member.to_string(),
                span,
                ordering: true,
            });
            return true;
        }
        let shown = |t: &Ty| match member {
            "Sort" => format!("List<{t}>.Sort()"),
            "Array.Sort" => format!("Array.Sort({t}[])"),
            "OrderBy" | "OrderByDescending" | "ThenBy" | "ThenByDescending" => {
                format!("{member} by a key of type {t}")
            }
            _ => format!("List<{t}>.BinarySearch(T)"),
        };
        let what = match elem {
            None | Some(Ty::Error) => return true,
            Some(
                Ty::Int
                | Ty::Long
                | Ty::UInt
                | Ty::ULong
                | Ty::Float
                | Ty::Double
                | Ty::Char
                | Ty::Bool
                | Ty::Small(_),
            ) => return true,
            Some(Ty::Lib(l, _)) if l.is_enum() => return true,
            // By its ticks.
            Some(Ty::Lib(crate::types::Lib::TimeSpan, _)) => return true,
            // The program's enums order by their underlying values, which the list holds.
            Some(t) if t.is_enum() => return true,
            // By the culture's order, as `string.Compare` (runtime text/collate.rs).
            Some(Ty::String) => return true,
            // A class or struct implementing `IComparable<T>` of itself: by its `CompareTo(T)`.
            Some(Ty::Class(id, _)) if self.cx.program.class(*id).comparable.is_some() => {
                return true
            }
            Some(t @ Ty::Class(..)) => {
                format!(
                    "`{}` (elements compared through `IComparable<T>`) is",
                    shown(t)
                )
            }
            Some(t) => format!("`{}` is", shown(t)),
        };
        self.cx.unsupported(&what, span);
        false
    }

    /// Whether the runtime compares values of `ty` as .NET's default equality comparer does:
    /// value types of the library by value, strings by content, and objects of classes by
    /// reference when no class that can be one overrides `Equals` or `GetHashCode`. (Callers
    /// let objects of the program's classes through before asking: the runtime runs their
    /// overrides.) Reports UA0100 at `span` when it does not, naming `what`.
    pub(crate) fn check_equality(&mut self, ty: &Ty, what: &str, span: Span) -> bool {
        if ty.is_open() {
            // Decided per instantiation, by the type argument (`instantiate.rs`).
            self.cx.deferred_checks.push(crate::generics::Deferred {
                ty: ty.clone(),
                what: what.to_string(),
                span,
                ordering: false,
            });
            return true;
        }
        let ok = match ty {
            Ty::Int | Ty::Long | Ty::Bool | Ty::Double | Ty::String | Ty::Error => true,
            // A UTF-16 code unit, compared as one.
            Ty::Char => true,
            // Compared as the `int`s they are at run time (both sides of one type).
            Ty::Small(_) | Ty::Enum(..) => true,
            Ty::UInt | Ty::ULong | Ty::Float => true,
            Ty::Array(_) => true,
            // Each value as its run-time type compares it: the runtime tells boxes, strings,
            // structs and objects whose class overrides `Equals` apart key by key.
            Ty::Object => true,
            // A `TimeSpan` is its ticks.
            Ty::Lib(l, _) => {
                l.is_enum() || *l == crate::types::Lib::TimeSpan || !l.info().is_value_type
            }
            Ty::Class(id, _) => {
                let program = &self.cx.program;
                if program.class(*id).kind != crate::hir::ClassKind::Class {
                    false
                } else {
                    (0..program.classes.len()).all(|c| {
                        let mut cur = Some(crate::hir::ClassId(c as u32));
                        let mut derives = false;
                        while let Some(k) = cur {
                            if k == *id {
                                derives = true;
                                break;
                            }
                            cur = program.class(k).base;
                        }
                        !derives
                            || !program
                                .class(crate::hir::ClassId(c as u32))
                                .methods
                                .iter()
                                .any(|m| {
                                    let m = program.method(*m);
                                    !m.is_static
                                        && matches!(m.name.as_str(), "Equals" | "GetHashCode")
                                })
                    })
                }
            }
            _ => false,
        };
        if !ok {
            self.cx.unsupported(
                &format!("{what} of type `{ty}` (compared by its own or a derived class's `Equals`/`GetHashCode`, or by fields) are"),
                span,
            );
        }
        ok
    }
}

/// The default value of an optional parameter of type `ty`: a literal (a negative number
/// too) that converts to `ty` as a constant, else C#'s CS1750 (no conversion) or CS1763 (a
/// reference type other than `string` takes only `null`); other constant expressions draw
/// `UA0100`. `None` after a diagnostic.
pub(crate) fn default_value(
    cx: &mut crate::context::Ctx<'_>,
    def: &ast::Expr,
    ty: &Ty,
) -> Option<crate::constants::ConstValue> {
    use crate::constants::ConstValue as C;
    use ast::Literal as L;
    if let Ty::Enum(id, _) = ty {
        if let Some(v) = crate::enums::default_member(cx, def, *id, ty) {
            return Some(v);
        }
    }
    let lit = |l: &L, neg: bool| -> Option<C> {
        Some(match (l, neg) {
            (L::Int(v, ast::IntSuffix::None), false) if *v <= i32::MAX as u64 => C::Int(*v as i32),
            (L::Int(v, ast::IntSuffix::None), true) if *v <= 1 << 31 => {
                C::Int((*v as i64).wrapping_neg() as i32)
            }
            (L::Int(v, ast::IntSuffix::None | ast::IntSuffix::Long), false)
                if *v <= i64::MAX as u64 =>
            {
                C::Long(*v as i64)
            }
            (L::Int(v, ast::IntSuffix::None | ast::IntSuffix::Long), true) if *v <= 1 << 63 => {
                C::Long((*v as i128).wrapping_neg() as i64)
            }
            (L::Double(d), false) => C::Double(*d),
            (L::Double(d), true) => C::Double(-d),
            (L::String(s), false) => C::String(s.as_str().into()),
            (L::Bool(b), false) => C::Bool(*b),
            (L::Char(c), false) => C::Char(u16::try_from(u32::from(*c)).ok()?),
            (L::Null, false) => C::Null,
            _ => return None,
        })
    };
    let value = match &def.kind {
        ast::ExprKind::Literal(l) => lit(l, false),
        ast::ExprKind::Unary {
            op: ast::UnaryOp::Neg,
            operand,
        } => match &operand.kind {
            ast::ExprKind::Literal(l) => lit(l, true),
            _ => None,
        },
        // `default` and `default(T)`: the parameter type's zero.
        ast::ExprKind::Default(_) if ty.is_error() => return None,
        ast::ExprKind::Default(t) => {
            let named = t.as_ref().map(|t| cx.resolve_type(t, None));
            if named.as_ref().is_some_and(|n| n != ty && !n.is_error()) {
                None
            } else {
                match crate::constants::zero_of(ty) {
                    Some(zero) => return Some(zero),
                    // `T x = default`: each call's argument is its type's default
                    // (`call_rank::default_arg`).
                    None if matches!(ty, Ty::Generic(_)) => {
                        return Some(crate::constants::ConstValue::Null)
                    }
                    None => {
                        cx.unsupported(
                            &format!("default parameter values of type `{ty}` are"),
                            def.span,
                        );
                        return None;
                    }
                }
            }
        }
        _ => None,
    };
    let Some(value) = value else {
        cx.unsupported(
            "default values other than literals and `default` (constants, expressions) are",
            def.span,
        );
        return None;
    };
    convert_default(cx, value, def.span, ty)
}

/// Whether `def` is a default value that `default_value` takes as it is (a literal, a negated
/// one, `default`); other expressions are folded once every member is declared
/// (`parameters::fold_deferred_defaults`), since they may name constants declared later.
pub(crate) fn is_plain_default(def: &ast::Expr) -> bool {
    match &def.kind {
        ast::ExprKind::Literal(_) | ast::ExprKind::Default(_) => true,
        ast::ExprKind::Unary {
            op: ast::UnaryOp::Neg,
            operand,
        } => matches!(operand.kind, ast::ExprKind::Literal(_)),
        _ => false,
    }
}

/// A constant default value converted to the parameter's type `ty`, or C#'s CS1763/CS1750.
pub(crate) fn convert_default(
    cx: &mut crate::context::Ctx<'_>,
    value: crate::constants::ConstValue,
    span: Span,
    ty: &Ty,
) -> Option<crate::constants::ConstValue> {
    use crate::constants::ConstValue as C;
    if ty.is_error() {
        return None;
    }
    let have = value.ty();
    let converted = match (&value, ty) {
        (C::Null, t) if t.is_value_type() => None,
        (C::Null, _) => Some(C::Null),
        (C::String(_), Ty::String) => Some(value.clone()),
        (C::String(_), t) if !t.is_value_type() => {
            cx.error(
                "CS1763",
                format!("A default parameter value of a reference type other than string can only be initialized with null (the parameter is of type '{t}')"),
                span,
                "write `null`",
            );
            return None;
        }
        (C::Bool(_), Ty::Bool) => Some(value.clone()),
        (C::Char(_), Ty::Char) => Some(value.clone()),
        // A `char` constant converts implicitly to the wider numeric types.
        (C::Char(c), Ty::Int) => Some(C::Int(i32::from(*c))),
        (C::Char(c), Ty::Long) => Some(C::Long(i64::from(*c))),
        (C::Char(c), Ty::Double) => Some(C::Double(f64::from(*c))),
        // The constant 0 converts to an enum.
        (C::Int(0) | C::Long(0), Ty::Enum(..)) => value.convert_numeric(ty).ok(),
        // C#'s implicit constant conversion: `byte b = 3`.
        (C::Int(v), Ty::Small(s)) if s.contains(*v as i64) => Some(C::Small(*s, *v)),
        (C::Int(_) | C::Long(_) | C::Double(_), Ty::Int | Ty::Long | Ty::Double) => {
            if crate::convert::implicit(&have, ty).is_some() {
                value.convert_numeric(ty).ok()
            } else {
                None
            }
        }
        _ => None,
    };
    if converted.is_none() {
        let shown = if value == C::Null {
            "<null>".to_string()
        } else {
            have.to_string()
        };
        cx.error(
            "CS1750",
            format!("A value of type '{shown}' cannot be used as a default parameter because there are no standard conversions to type '{ty}'"),
            span,
            &format!("write a `{ty}` value"),
        );
    }
    converted
}
