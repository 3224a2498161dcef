//! Uses of user-defined operators (declared in operators.rs) as C# resolves them (§12.4.4):
//! the candidates are the operators of the operands' classes and their bases; when one applies,
//! the predefined operators are not considered, and the best one (by better conversions) is
//! called as the static method it is. `x op= y` is `x = x op y` and `x++` stores `operator
//! ++(x)`, the target's object and index evaluated once (spilled into hidden locals unless they
//! are variables); `&&`/`||` go through `&`/`|` and `operator true`/`false`; a condition
//! through `operator true`. Conversions: user_conversions.rs.

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::convert;
use crate::hir::{BinOp, Callee, Expr, ExprKind, IncDec, MethodId, Place};
use crate::operators::{binary_name, candidates, unary_name};
use crate::types::Ty;
use crate::user_conversions::implicit_exists;

/// An operand the store of `x op= v` evaluated, which may be evaluated again for the read
/// with the same result and no effect.
fn pure(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Local(_) | ExprKind::Const(_) | ExprKind::This | ExprKind::StaticField(_) => true,
        ExprKind::InstanceField { receiver, .. } => pure(receiver),
        ExprKind::ArrayElement { array, index } => pure(array) && pure(index),
        _ => false,
    }
}

fn call(m: MethodId, args: Vec<Expr>, ret: Ty, span: Span) -> Expr {
    mk(
        ExprKind::Call {
            callee: Callee::User(m),
            receiver: None,
            args,
            type_args: Vec::new(),
        },
        ret,
        span,
    )
}

impl Body<'_, '_> {
    fn converts(&self, e: &Expr, p: &Ty) -> bool {
        e.ty == *p
            || convert::implicit(&e.ty, p).is_some()
            || convert::constant_fits(e, p)
            || implicit_exists(self.cx, &e.ty, p)
    }

    /// The best of the operators `cands` for `args`; `Err(true)` after reporting CS0034,
    /// `Err(false)` when none applies.
    fn pick_operator(&self, cands: &[MethodId], args: &[Expr]) -> Result<MethodId, bool> {
        let apps: Vec<MethodId> = cands
            .iter()
            .copied()
            .filter(|&m| {
                let ps = &self.cx.program.method(m).param_types;
                ps.len() == args.len() && args.iter().zip(ps).all(|(a, p)| self.converts(a, p))
            })
            .collect();
        let better = |a: MethodId, b: MethodId| {
            let (pa, pb) = (
                &self.cx.program.method(a).param_types,
                &self.cx.program.method(b).param_types,
            );
            let (mut ab, mut ba) = (false, false);
            for (i, arg) in args.iter().enumerate() {
                match convert::better(&arg.ty, &pa[i], &pb[i]) {
                    1 => ab = true,
                    -1 => ba = true,
                    _ => {}
                }
            }
            ab && !ba
        };
        let Some(&first) = apps.first() else {
            return Err(false);
        };
        let best = apps
            .iter()
            .copied()
            .fold(first, |best, m| if better(m, best) { m } else { best });
        if apps.iter().any(|&m| m != best && !better(best, m)) {
            return Err(true);
        }
        Ok(best)
    }

    fn call_operator(&mut self, m: MethodId, args: Vec<Expr>, span: Span) -> Expr {
        let (ps, ret) = {
            let me = self.cx.program.method(m);
            (me.param_types.clone(), me.return_type.clone())
        };
        let args = args
            .into_iter()
            .zip(&ps)
            .map(|(a, p)| self.coerce(a, p))
            .collect();
        call(m, args, ret, span)
    }

    /// `l op r` by a user-defined operator of an operand's class; the operands back when none
    /// applies (the predefined operators then do).
    pub(crate) fn user_binary(
        &mut self,
        op: BinOp,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Result<Expr, Box<(Expr, Expr)>> {
        let user =
            |t: &Ty| matches!(t, Ty::Class(..)) || t.nullable_of().is_some_and(|u| u.is_struct());
        if !user(&l.ty) && !user(&r.ty) {
            return Err(Box::new((l, r)));
        }
        // A reported operator declaration of the class may be the one meant: when none
        // applies, the predefined operators' errors would only cascade.
        let none_applies = |b: &Self, l: Expr, r: Expr| {
            if b.broken(&l.ty) || b.broken(&r.ty) {
                Ok(Expr::error(span))
            } else {
                Err(Box::new((l, r)))
            }
        };
        let text = op.as_str();
        let (name, and_or) = match op {
            BinOp::And => (binary_name("&"), true),
            BinOp::Or => (binary_name("|"), true),
            _ => (binary_name(text), false),
        };
        let Some(name) = name else {
            return Err(Box::new((l, r)));
        };
        let mut cands = Vec::new();
        for t in [&l.ty, &r.ty] {
            let t = t.nullable_of().unwrap_or(t);
            candidates(self.cx, t, name, &mut cands);
        }
        if cands.is_empty() {
            return none_applies(self, l, r);
        }
        if and_or {
            return self.short_circuit(op, &cands, l, r, span);
        }
        // `S? op S`: the lifted operator (check_nullable.rs), over the values when present.
        if l.ty.nullable_of().is_some() || r.ty.nullable_of().is_some() {
            return Err(Box::new((l, r)));
        }
        match self.pick_operator(&cands, &[l.clone(), r.clone()]) {
            Ok(m) => Ok(self.call_operator(m, vec![l, r], span)),
            Err(false) => none_applies(self, l, r),
            Err(true) => {
                self.err(
                    "CS0034",
                    format!(
                        "Operator '{text}' is ambiguous on operands of type '{}' and '{}'",
                        l.ty, r.ty
                    ),
                    span,
                    "cast an operand to pick one operator",
                );
                Ok(Expr::error(span))
            }
        }
    }

    /// `x && y` / `x || y` through a user-defined `&` / `|` (C# §12.14.3): `T.false(x) ? x :
    /// T.&(x, y)` (`T.true` for `||`), `x` evaluated once, `y` only when needed. The operator
    /// must take and return its declaring type `T`, which declares `operator true` and
    /// `operator false` (CS0217, CS0218).
    fn short_circuit(
        &mut self,
        op: BinOp,
        cands: &[MethodId],
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Result<Expr, Box<(Expr, Expr)>> {
        let m = match self.pick_operator(cands, &[l.clone(), r.clone()]) {
            Ok(m) => m,
            Err(false) => return Err(Box::new((l, r))),
            Err(true) => {
                self.err(
                    "CS0034",
                    format!(
                        "Operator '{}' is ambiguous on operands of type '{}' and '{}'",
                        op.as_str(),
                        l.ty,
                        r.ty
                    ),
                    span,
                    "cast an operand to pick one operator",
                );
                return Ok(Expr::error(span));
            }
        };
        let (ps, ret, class) = {
            let me = self.cx.program.method(m);
            (me.param_types.clone(), me.return_type.clone(), me.class)
        };
        let shown = self.cx.operator_names.get(&m).cloned().unwrap_or_default();
        let t = self.cx.class_ty(class);
        if ret != t || ps.iter().any(|p| *p != t) {
            self.err(
                "CS0217",
                format!("In order to be applicable as a short circuit operator a user-defined logical operator ('{shown}') must have the same return type and parameter types"),
                span,
                "declare the operator taking and returning its own type",
            );
            return Ok(Expr::error(span));
        }
        let mut truth = (Vec::new(), Vec::new());
        candidates(self.cx, &t, "op_True", &mut truth.0);
        candidates(self.cx, &t, "op_False", &mut truth.1);
        let test = if op == BinOp::And { &truth.1 } else { &truth.0 };
        let Some(&test) = test
            .first()
            .filter(|_| !truth.0.is_empty() && !truth.1.is_empty())
        else {
            self.err(
                "CS0218",
                format!("In order for '{shown}' to be applicable as a short circuit operator, its declaring type '{t}' must define operator true and operator false"),
                span,
                "declare `operator true` and `operator false`",
            );
            return Ok(Expr::error(span));
        };
        let tmp = self.hidden_local("<left>", t.clone(), span);
        let l = self.coerce(l, &t);
        let store = mk(
            ExprKind::Assign {
                target: Place::Local(tmp),
                value: Box::new(l),
            },
            t.clone(),
            span,
        );
        let cond = call(test, vec![store], Ty::Bool, span);
        let read = || mk(ExprKind::Local(tmp), t.clone(), span);
        let r = self.coerce(r, &t);
        let combined = call(m, vec![read(), r], t.clone(), span);
        Ok(mk(
            ExprKind::Conditional {
                cond: Box::new(cond),
                then: Box::new(read()),
                otherwise: Box::new(combined),
            },
            t,
            span,
        ))
    }

    /// `op v` (`+ - ! ~`, and `++`/`--` as operators) by a user-defined operator; `v` back when
    /// its class declares none that applies.
    pub(crate) fn user_unary(
        &mut self,
        text: &str,
        v: Expr,
        span: Span,
    ) -> Result<Expr, Box<Expr>> {
        let Some(name) = unary_name(text) else {
            return Err(Box::new(v));
        };
        let none_applies = |b: &Self, v: Expr| {
            if b.broken(&v.ty) {
                Ok(Expr::error(span))
            } else {
                Err(Box::new(v))
            }
        };
        let mut cands = Vec::new();
        candidates(self.cx, &v.ty, name, &mut cands);
        if let Some(u) = v.ty.nullable_of() {
            let mut lifted = Vec::new();
            candidates(self.cx, u, name, &mut lifted);
            if !lifted.is_empty() {
                return Ok(self.lifted_unary(text, &lifted, u.clone(), v, span));
            }
        }
        if cands.is_empty() {
            return none_applies(self, v);
        }
        match self.pick_operator(&cands, std::slice::from_ref(&v)) {
            Ok(m) => Ok(self.call_operator(m, vec![v], span)),
            Err(false) => none_applies(self, v),
            Err(true) => {
                self.err(
                    "CS0035",
                    format!(
                        "Operator '{text}' is ambiguous on an operand of type '{}'",
                        v.ty
                    ),
                    span,
                    "cast the operand to pick one operator",
                );
                Ok(Expr::error(span))
            }
        }
    }

    /// `op v` of a nullable struct `v` through the operator of its value type, lifted (C#
    /// §12.4.8): null when `v` is null (the operator not called), else the result boxed. An
    /// operator taking or returning a nullable or a reference type does not lift (UA0100).
    fn lifted_unary(&mut self, text: &str, cands: &[MethodId], u: Ty, v: Expr, span: Span) -> Expr {
        let probe = mk(ExprKind::Error, u.clone(), span);
        let picked = self.pick_operator(cands, std::slice::from_ref(&probe));
        let value = |t: &Ty| t.is_value_type() && t.nullable_of().is_none();
        let m = match picked {
            Ok(m)
                if {
                    let me = self.cx.program.method(m);
                    me.param_types.iter().all(value) && value(&me.return_type)
                } =>
            {
                m
            }
            _ => {
                self.cx.unsupported(
                    &format!("the lifted user-defined operator `{text}` on `{}` is", v.ty),
                    span,
                );
                return Expr::error(span);
            }
        };
        let from = v.ty.clone();
        let tmp = self.hidden_local("<lifted>", from.clone(), span);
        let cond = self.stored_null_test(tmp, v, BinOp::Ne, span);
        let read = mk(ExprKind::Local(tmp), from, span);
        let arg = self.unwrap(read, span);
        let result = self.call_operator(m, vec![arg], span);
        let to = Ty::nullable(result.ty.clone());
        let boxed = convert::apply(result, Some(crate::hir::Conversion::Boxing), &to);
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
            to,
            span,
        )
    }

    /// Whether a user-defined operator `op` of `l` or `r` (the values of nullable operands)
    /// has a lifted form: it takes two non-nullable value types and returns one (`bool` for
    /// the equality and relational operators), C# §12.4.8.
    pub(crate) fn lifts(&self, op: BinOp, l: &Ty, r: &Ty) -> bool {
        let Some(name) = binary_name(op.as_str()) else {
            return false;
        };
        let mut cands = Vec::new();
        candidates(self.cx, l, name, &mut cands);
        candidates(self.cx, r, name, &mut cands);
        let comparison = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        cands.iter().any(|&m| {
            let me = self.cx.program.method(m);
            let value = |t: &Ty| t.is_value_type() && t.nullable_of().is_none();
            me.param_types.iter().all(value)
                && value(&me.return_type)
                && (!comparison || me.return_type == Ty::Bool)
        })
    }

    /// Whether `t`'s class (or a base) has an operator declaration that was reported.
    fn broken(&self, t: &Ty) -> bool {
        let Ty::Class(id, _) = t else {
            return false;
        };
        (self.cx.class_chain(*id).iter()).any(|k| self.cx.broken_operators.contains(k))
    }

    /// Whether the class of `t` has user operators named `name` (its bases' too).
    pub(crate) fn has_user_operator(&self, t: &Ty, name: &str) -> bool {
        let mut v = Vec::new();
        candidates(self.cx, t, name, &mut v);
        !v.is_empty()
    }

    /// An operand of a place, evaluated once: itself when it may be evaluated again (a
    /// variable, a constant, a field or element of them), else stored into a hidden local
    /// where the store evaluates it and read from that local.
    fn spill(&mut self, e: &Expr) -> (Expr, Expr) {
        if pure(e) {
            return (e.clone(), e.clone());
        }
        let tmp = self.hidden_local("<operand>", e.ty.clone(), e.span);
        let store = mk(
            ExprKind::Assign {
                target: Place::Local(tmp),
                value: Box::new(e.clone()),
            },
            e.ty.clone(),
            e.span,
        );
        (store, mk(ExprKind::Local(tmp), e.ty.clone(), e.span))
    }

    /// `place` for `x = x op v`, and the read of `x`: the assignment evaluates the place's
    /// operands first, then the value, whose first act is this read; operands that cannot be
    /// evaluated again are spilled (`spill`), so each is evaluated once, as C# does.
    pub(crate) fn reread_for_operator(
        &mut self,
        place: &Place,
        ty: &Ty,
        span: Span,
    ) -> (Place, Expr) {
        let (place, kind) = match place {
            Place::Local(l) => (place.clone(), ExprKind::Local(*l)),
            // `this += m` in a struct's method: the struct `this` refers to.
            Place::This => (place.clone(), ExprKind::This),
            Place::StaticField(f) => (place.clone(), ExprKind::StaticField(*f)),
            Place::InstanceField { receiver, field } => {
                let (store, read) = self.spill(receiver);
                (
                    Place::InstanceField {
                        receiver: Box::new(store),
                        field: *field,
                    },
                    ExprKind::InstanceField {
                        receiver: Box::new(read),
                        field: *field,
                    },
                )
            }
            Place::ArrayElement { array, index } => {
                let (array, array_read) = self.spill(array);
                let (index, index_read) = self.spill(index);
                (
                    Place::ArrayElement {
                        array: Box::new(array),
                        index: Box::new(index),
                    },
                    ExprKind::ArrayElement {
                        array: Box::new(array_read),
                        index: Box::new(index_read),
                    },
                )
            }
            Place::Indexer {
                target,
                index,
                indexer,
            } => {
                let (target, target_read) = self.spill(target);
                let (index, index_read) = self.spill(index);
                (
                    Place::Indexer {
                        target: Box::new(target),
                        index: Box::new(index),
                        indexer: *indexer,
                    },
                    ExprKind::Indexer {
                        target: Box::new(target_read),
                        index: Box::new(index_read),
                        indexer: *indexer,
                    },
                )
            }
            Place::Property {
                receiver,
                getter,
                setter,
                args,
            } => {
                let receiver = receiver.as_deref().map(|r| self.spill(r));
                let args: Vec<(Expr, Expr)> = args.iter().map(|a| self.spill(a)).collect();
                let (receiver, receiver_read) = match receiver {
                    Some((s, r)) => (Some(Box::new(s)), Some(Box::new(r))),
                    None => (None, None),
                };
                let (args, args_read): (Vec<Expr>, Vec<Expr>) = args.into_iter().unzip();
                (
                    Place::Property {
                        receiver,
                        getter: *getter,
                        setter: *setter,
                        args,
                    },
                    ExprKind::Call {
                        callee: Callee::User(*getter),
                        receiver: receiver_read,
                        args: args_read,
                        type_args: Vec::new(),
                    },
                )
            }
        };
        (place, mk(kind, ty.clone(), span))
    }

    /// `x op= v` where `x` or `v` is of a class with user operators: `x = x op v` when a user
    /// operator applies (its result converted to `x`'s type implicitly). `Err` gives `v` back.
    pub(crate) fn user_compound(
        &mut self,
        place: &Place,
        op: BinOp,
        ty: &Ty,
        v: Expr,
        span: Span,
    ) -> Result<Expr, Box<Expr>> {
        let Some(name) = binary_name(op.as_str()) else {
            return Err(Box::new(v));
        };
        if !self.has_user_operator(ty, name) && !self.has_user_operator(&v.ty, name) {
            if self.broken(ty) || self.broken(&v.ty) {
                return Ok(Expr::error(span));
            }
            return Err(Box::new(v));
        }
        let (place, read) = self.reread_for_operator(place, ty, span);
        let result = match self.user_binary(op, read, v, span) {
            Ok(e) => e,
            Err(operands) => return Err(Box::new(operands.1)),
        };
        if result.ty.is_error() {
            return Ok(Expr::error(span));
        }
        let value = self.coerce(result, ty);
        Ok(mk(
            ExprKind::Assign {
                target: place.clone(),
                value: Box::new(value),
            },
            ty.clone(),
            span,
        ))
    }

    /// `++x`, `x++`, `--x`, `x--` of a variable whose class declares `operator ++`/`--`: the
    /// prefix forms store and give the operator's result, the postfix ones give the old value.
    pub(crate) fn user_incdec(
        &mut self,
        place: Place,
        kind: IncDec,
        ty: &Ty,
        span: Span,
    ) -> Option<Expr> {
        let text = match kind {
            IncDec::PreInc | IncDec::PostInc => "++",
            IncDec::PreDec | IncDec::PostDec => "--",
        };
        let name = unary_name(text)?;
        if !self.has_user_operator(ty, name) {
            return None;
        }
        let (place, read) = self.reread_for_operator(&place, ty, span);
        let store = |b: &mut Self, operand: Expr| -> Option<Expr> {
            let next = b.user_unary(text, operand, span).ok()?;
            if next.ty.is_error() {
                return Some(Expr::error(span));
            }
            let next = b.coerce(next, ty);
            Some(mk(
                ExprKind::Assign {
                    target: place.clone(),
                    value: Box::new(next),
                },
                ty.clone(),
                span,
            ))
        };
        if matches!(kind, IncDec::PreInc | IncDec::PreDec) {
            return store(self, read);
        }
        // `x++`: `(object)(x = op_Increment(old = x)) != null ? old : old`, the old value once
        // the new one is stored (the test only sequences the two).
        let old = self.hidden_local("<old>", ty.clone(), span);
        let saved = mk(
            ExprKind::Assign {
                target: Place::Local(old),
                value: Box::new(read),
            },
            ty.clone(),
            span,
        );
        let stored = store(self, saved)?;
        if stored.ty.is_error() {
            return Some(stored);
        }
        let conv = convert::implicit(ty, &Ty::Object).flatten();
        let boxed = convert::apply(stored, conv, &Ty::Object);
        let null = mk(
            ExprKind::Const(crate::constants::ConstValue::Null),
            Ty::Object,
            span,
        );
        let cond = mk(
            ExprKind::Binary {
                op: BinOp::Ne,
                operand_ty: Ty::Object,
                lhs: Box::new(boxed),
                rhs: Box::new(null),
            },
            Ty::Bool,
            span,
        );
        let old_value = || mk(ExprKind::Local(old), ty.clone(), span);
        Some(mk(
            ExprKind::Conditional {
                cond: Box::new(cond),
                then: Box::new(old_value()),
                otherwise: Box::new(old_value()),
            },
            ty.clone(),
            span,
        ))
    }

    /// A condition of a type declaring `operator true`: its call.
    pub(crate) fn user_truth(&mut self, e: Expr) -> Result<Expr, Box<Expr>> {
        if !self.has_user_operator(&e.ty, "op_True")
            || convert::implicit(&e.ty, &Ty::Bool).is_some()
        {
            return Err(Box::new(e));
        }
        if implicit_exists(self.cx, &e.ty, &Ty::Bool) {
            return Err(Box::new(e));
        }
        let span = e.span;
        self.user_unary("true", e, span)
    }
}
