//! User-defined conversions (C# §10.5): `implicit operator`/`explicit operator` methods of the
//! source and target types (and their bases) between standard conversions. `find_conversion`
//! is C#'s choice of the most specific operator (CS0457 when none is); `coerce` applies an
//! implicit one wherever an implicit conversion is wanted, overload resolution counts it for
//! applicability, casts and `foreach` variables may use an explicit one.

use crate::body::Body;
use crate::check_expr::mk;
use crate::context::Ctx;
use crate::convert;
use crate::hir::{BinOp, Callee, Expr, ExprKind, MethodId};
use crate::operators::candidates;
use crate::types::Ty;

/// The user-defined conversion from `from` to `to` (§10.5.4/§10.5.5): `Ok(None)` when there is
/// none, `Err` with two candidates when none is the most specific.
pub(crate) fn find_conversion(
    cx: &Ctx<'_>,
    from: &Ty,
    to: &Ty,
    explicit: bool,
) -> Result<Option<MethodId>, (MethodId, MethodId)> {
    if from == to || from.is_error() || to.is_error() || *from == Ty::Null {
        return Ok(None);
    }
    // A conversion to `T?` may go through `T`'s operators, then wrap the result (§10.6.1).
    let target = to.nullable_of().filter(|t| t.is_struct()).unwrap_or(to);
    let user = |t: &Ty| matches!(t, Ty::Class(..));
    if !user(from) && !user(target) {
        return Ok(None);
    }
    let mut ops = Vec::new();
    for t in [from, target] {
        candidates(cx, t, "op_Implicit", &mut ops);
        if explicit {
            candidates(cx, t, "op_Explicit", &mut ops);
        }
    }
    // Standard conversions on either side of the operator: implicit ones only for an implicit
    // conversion; either direction for an explicit one.
    let std = |a: &Ty, b: &Ty| {
        a == b
            || convert::implicit(a, b).is_some()
            || (explicit
                && (convert::implicit(b, a).is_some() || convert::explicit(a, b).is_some()))
    };
    let usable: Vec<MethodId> = ops
        .into_iter()
        .filter(|&m| {
            let me = cx.program.method(m);
            std(from, &me.param_types[0]) && std(&me.return_type, to)
        })
        .collect();
    if usable.is_empty() {
        return Ok(None);
    }
    let param = |m: MethodId| cx.program.method(m).param_types[0].clone();
    let ret = |m: MethodId| cx.program.method(m).return_type.clone();
    // The most specific source type: `from` itself, else the one the others convert from.
    let sources: Vec<Ty> = usable.iter().map(|&m| param(m)).collect();
    let sx = if sources.contains(from) {
        Some(from.clone())
    } else {
        most(&sources, |a, b| convert::implicit(a, b).is_some())
    };
    let targets: Vec<Ty> = usable.iter().map(|&m| ret(m)).collect();
    let tx = if targets.contains(to) {
        Some(to.clone())
    } else {
        most(&targets, |a, b| convert::implicit(b, a).is_some())
    };
    let picked: Vec<MethodId> = usable
        .iter()
        .copied()
        .filter(|&m| Some(param(m)) == sx && Some(ret(m)) == tx)
        .collect();
    match picked.as_slice() {
        [m] => Ok(Some(*m)),
        [a, b, ..] => Err((*a, *b)),
        [] => Err((usable[0], usable.get(1).copied().unwrap_or(usable[0]))),
    }
}

/// The type among `ts` that `rel(it, other)` holds for against every other one.
fn most(ts: &[Ty], rel: impl Fn(&Ty, &Ty) -> bool) -> Option<Ty> {
    ts.iter()
        .find(|t| ts.iter().all(|o| o == *t || rel(t, o)))
        .cloned()
}

/// Whether `from` converts to `to` implicitly through a user-defined conversion (or its
/// lifted form).
pub(crate) fn implicit_exists(cx: &Ctx<'_>, from: &Ty, to: &Ty) -> bool {
    !matches!(find_conversion(cx, from, to, false), Ok(None))
        || lifted(from, to, false)
            .is_some_and(|(s, t)| !matches!(find_conversion(cx, &s, &t, false), Ok(None)))
}

/// The value types `S` and `T` of a lifted conversion from `S?` (C# §10.6.2): to `T?`, or to
/// `T` for an explicit one (which reads the value first).
fn lifted(from: &Ty, to: &Ty, explicit: bool) -> Option<(Ty, Ty)> {
    let s = from.nullable_of()?;
    let value = |t: &Ty| t.is_value_type() && t.nullable_of().is_none();
    let t = match to.nullable_of() {
        Some(t) => t,
        None if explicit => to,
        None => return None,
    };
    (value(s) && value(t) && s != t).then(|| (s.clone(), t.clone()))
}

/// A standard conversion known to exist (an explicit one where `explicit` allows it).
fn std_convert(e: Expr, to: &Ty, explicit: bool) -> Expr {
    if e.ty == *to {
        return e;
    }
    if let Some(c) = convert::implicit(&e.ty, to) {
        return convert::apply(e, c, to);
    }
    if explicit {
        if let Some(c) = convert::explicit(&e.ty, to) {
            return convert::apply(e, c, to);
        }
    }
    // Unreachable: `find_conversion` chose the operator for these standard conversions.
    e
}

impl Body<'_, '_> {
    /// `e` converted to `to` by a user-defined conversion, if one exists (CS0457 when two
    /// are equally good).
    pub(crate) fn user_convert(
        &mut self,
        e: Expr,
        to: &Ty,
        explicit: bool,
    ) -> Result<Expr, Box<Expr>> {
        let m = match find_conversion(self.cx, &e.ty, to, explicit) {
            Ok(Some(m)) => m,
            Ok(None) => match lifted(&e.ty, to, explicit) {
                Some((s, t)) if !matches!(find_conversion(self.cx, &s, &t, explicit), Ok(None)) => {
                    return Ok(self.lifted_convert(e, &s, &t, to, explicit));
                }
                _ => return Err(Box::new(e)),
            },
            Err((a, b)) => {
                let name =
                    |m: MethodId| self.cx.operator_names.get(&m).cloned().unwrap_or_default();
                let (a, b) = (name(a), name(b));
                self.err(
                    "CS0457",
                    format!("Ambiguous user defined conversions '{a}' and '{b}' when converting from '{}' to '{to}'", e.ty),
                    e.span,
                    "convert to one of the operators' types first",
                );
                return Ok(Expr::error(e.span));
            }
        };
        let span = e.span;
        let (p, r) = {
            let me = self.cx.program.method(m);
            (me.param_types[0].clone(), me.return_type.clone())
        };
        let arg = std_convert(e, &p, explicit);
        let out = mk(
            ExprKind::Call {
                callee: Callee::User(m),
                receiver: None,
                args: vec![arg],
                type_args: Vec::new(),
            },
            r,
            span,
        );
        Ok(std_convert(out, to, explicit))
    }

    /// `e` of type `S?` converted to `to` (`T?`, or `T` in a cast) through the conversion from
    /// `S` to `T`: null stays null for `T?` (the operator is not called); a cast to `T` reads
    /// `Value` first (InvalidOperationException without one).
    fn lifted_convert(&mut self, e: Expr, s: &Ty, t: &Ty, to: &Ty, explicit: bool) -> Expr {
        let span = e.span;
        if to.nullable_of().is_none() {
            let value = self.nullable_value(e, span);
            return match self.user_convert(value, t, explicit) {
                Ok(v) => v,
                Err(v) => *v,
            };
        }
        let from = e.ty.clone();
        let tmp = self.hidden_local("<lifted>", from.clone(), span);
        let cond = self.stored_null_test(tmp, e, BinOp::Ne, span);
        let read = mk(ExprKind::Local(tmp), from, span);
        let value = self.unwrap(read, span);
        debug_assert_eq!(&value.ty, s);
        let converted = match self.user_convert(value, t, explicit) {
            Ok(v) => v,
            Err(v) => *v,
        };
        let boxed = convert::apply(converted, Some(crate::hir::Conversion::Boxing), to);
        let null = mk(
            ExprKind::Const(crate::constants::ConstValue::Null),
            to.clone(),
            span,
        );
        mk(
            ExprKind::Conditional {
                cond: Box::new(cond),
                then: Box::new(boxed),
                otherwise: Box::new(null),
            },
            to.clone(),
            span,
        )
    }

    /// `foreach (V v in xs)` where the elements convert to `V` by a user-defined conversion:
    /// the loop runs over a hidden variable of the element type and the body starts with
    /// `v = (V)element`.
    pub(crate) fn foreach_user_conversion(
        &mut self,
        kind: crate::hir::ForeachKind,
        name: &unawait_syntax::ast::Ident,
        elem: Ty,
        var_ty: Ty,
        coll: Expr,
        body: &unawait_syntax::ast::Stmt,
    ) -> crate::hir::StmtKind {
        let hidden = self.hidden_local("<elem>", elem.clone(), name.span);
        self.scopes.push();
        let local = self.declare_local(
            &name.name,
            var_ty.clone(),
            crate::hir::LocalKind::ForeachVar,
            name.span,
        );
        let read = mk(ExprKind::Local(hidden), elem.clone(), name.span);
        let value = match self.user_convert(read, &var_ty, true) {
            Ok(v) => v,
            Err(e) => *e,
        };
        // Declared with its value: each iteration's variable is a new one (a struct's gets
        // the converted value's object, holding nothing before).
        let declare = crate::hir::StmtKind::Local {
            local,
            init: Some(value),
        };
        let inner = self.in_loop(|b| b.embedded(body));
        self.scopes.pop();
        let span = inner.span;
        let block = crate::hir::Stmt::new(
            crate::hir::StmtKind::Block(crate::hir::Block {
                stmts: vec![crate::hir::Stmt::new(declare, name.span), *inner],
                span,
            }),
            span,
        );
        crate::hir::StmtKind::Foreach {
            kind,
            local: hidden,
            elem_ty: elem,
            conversion: None,
            collection: coll,
            body: Box::new(block),
        }
    }

    /// The operands of a predefined binary operator C# reaches through a user-defined implicit
    /// conversion of an operand of the program's type (§12.4.5: overload resolution among the
    /// predefined operators counts user-defined conversions): `money + 1.5` with `implicit
    /// operator double` is `double + double`. The operand type is the first of `int`, `long`,
    /// `double` (`bool` for logical operators) both operands convert to, which is C#'s best
    /// operator; `"s" + x` converts `x` only if it converts to `string` (else `string +
    /// object`). Reference equality of classes is predefined already: untouched.
    pub(crate) fn predefined_operands(&mut self, op: BinOp, l: Expr, r: Expr) -> (Expr, Expr) {
        let user = |t: &Ty| matches!(t, Ty::Class(..));
        let convertible = |b: &Self, t: &Ty| user(t) && has_conversions(b.cx, t);
        if !convertible(self, &l.ty) && !convertible(self, &r.ty) {
            return (l, r);
        }
        if op == BinOp::Add && (l.ty == Ty::String || r.ty == Ty::String) {
            let conv = |b: &mut Self, e: Expr| {
                if user(&e.ty) && implicit_exists(b.cx, &e.ty, &Ty::String) {
                    b.coerce(e, &Ty::String)
                } else {
                    e
                }
            };
            let l = conv(self, l);
            let r = conv(self, r);
            return (l, r);
        }
        let class_equality = matches!(op, BinOp::Eq | BinOp::Ne)
            && [&l.ty, &r.ty]
                .iter()
                .any(|t| matches!(t, Ty::Class(..)) && !t.is_struct());
        if class_equality {
            return (l, r);
        }
        let targets: &[Ty] = match op {
            BinOp::And | BinOp::Or => &[Ty::Bool],
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => &[Ty::Int, Ty::Long, Ty::Bool],
            BinOp::Eq | BinOp::Ne => &[Ty::Int, Ty::Long, Ty::Double, Ty::Bool],
            BinOp::Shl | BinOp::Shr => &[Ty::Int, Ty::Long],
            _ => &[Ty::Int, Ty::Long, Ty::Double],
        };
        let fits = |b: &Self, e: &Expr, t: &Ty| {
            e.ty == *t
                || convert::implicit(&e.ty, t).is_some()
                || convert::constant_fits(e, t)
                || (user(&e.ty) && matches!(find_conversion(b.cx, &e.ty, t, false), Ok(Some(_))))
        };
        let shift = matches!(op, BinOp::Shl | BinOp::Shr);
        let target = targets.iter().find(|t| {
            fits(self, &l, t)
                && if shift {
                    fits(self, &r, &Ty::Int)
                } else {
                    fits(self, &r, t)
                }
        });
        let Some(t) = target.cloned() else {
            return (l, r);
        };
        let l = if user(&l.ty) { self.coerce(l, &t) } else { l };
        let r_to = if shift { Ty::Int } else { t };
        let r = if user(&r.ty) {
            self.coerce(r, &r_to)
        } else {
            r
        };
        (l, r)
    }

    /// The operand of a predefined unary operator reached through a user-defined implicit
    /// conversion (`-celsius` with `implicit operator double`), as `predefined_operands`.
    pub(crate) fn predefined_operand(&mut self, op: &str, v: Expr) -> Expr {
        if !matches!(v.ty, Ty::Class(..)) {
            return v;
        }
        let targets: &[Ty] = match op {
            "!" => &[Ty::Bool],
            "~" => &[Ty::Int, Ty::Long],
            _ => &[Ty::Int, Ty::Long, Ty::Double],
        };
        let target = targets
            .iter()
            .find(|t| matches!(find_conversion(self.cx, &v.ty, t, false), Ok(Some(_))))
            .cloned();
        match target {
            Some(t) => self.coerce(v, &t),
            None => v,
        }
    }
}

/// Whether `t`'s class (or a base) declares implicit conversions.
fn has_conversions(cx: &Ctx<'_>, t: &Ty) -> bool {
    let mut ops = Vec::new();
    candidates(cx, t, "op_Implicit", &mut ops);
    !ops.is_empty()
}
