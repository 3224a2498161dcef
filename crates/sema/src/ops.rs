//! Operators with C#'s predefined operator table for the subset: numeric promotion (int < long <
//! double), string concatenation with any operand, equality on numerics/bools/strings/references,
//! short-circuit logic on bools, `& | ^` on integers and bools, shifts of int and long by an int;
//! the `checked`/`unchecked` context (which operators throw on overflow, whether a constant that
//! overflows is CS0220 or wraps); constant folding with CS0020/CS0220; assignments and compound
//! assignments (`ops/assign.rs`; what may be assigned, and `++`/`--`, are in places.rs).

use unawait_syntax::ast::{self, BinaryOp as AB, ExprKind as A, UnaryOp as AU};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::{fold_binary, fold_neg, fold_not, ConstValue, FoldError};
use crate::hir::{BinOp, Expr, ExprKind, UnOp};
use crate::types::Ty;

mod assign;

fn map_op(op: AB) -> Option<BinOp> {
    Some(match op {
        AB::Add => BinOp::Add,
        AB::Sub => BinOp::Sub,
        AB::Mul => BinOp::Mul,
        AB::Div => BinOp::Div,
        AB::Rem => BinOp::Rem,
        AB::Lt => BinOp::Lt,
        AB::Le => BinOp::Le,
        AB::Gt => BinOp::Gt,
        AB::Ge => BinOp::Ge,
        AB::Eq => BinOp::Eq,
        AB::Ne => BinOp::Ne,
        AB::And => BinOp::And,
        AB::Or => BinOp::Or,
        AB::BitAnd => BinOp::BitAnd,
        AB::BitOr => BinOp::BitOr,
        AB::BitXor => BinOp::BitXor,
        AB::Shl => BinOp::Shl,
        AB::Shr => BinOp::Shr,
        _ => return None,
    })
}

impl Body<'_, '_> {
    pub fn unary(&mut self, op: AU, operand: &ast::Expr, span: Span) -> Expr {
        match op {
            AU::PreInc | AU::PreDec | AU::PostInc | AU::PostDec => {
                return self.incdec(op, operand, span)
            }
            AU::BitNot => return self.bit_not(operand, span),
            _ => {}
        }
        // `-2147483648` and `-9223372036854775808` are int.MinValue and long.MinValue although the
        // literals alone do not fit.
        if op == AU::Neg {
            if let A::Literal(ast::Literal::Int(v, suffix)) = &operand.kind {
                if *v == 1 << 31 && *suffix == ast::IntSuffix::None {
                    return mk(ExprKind::Const(ConstValue::Int(i32::MIN)), Ty::Int, span);
                }
                if *v == 1 << 63 && matches!(suffix, ast::IntSuffix::None | ast::IntSuffix::Long) {
                    return mk(ExprKind::Const(ConstValue::Long(i64::MIN)), Ty::Long, span);
                }
            }
        }
        let mut v = self.expr(operand);
        if v.ty.is_error() {
            return Expr::error(span);
        }
        v = match self.user_unary(op.as_str(), v, span) {
            Ok(e) => return e,
            Err(v) => self.predefined_operand(op.as_str(), *v),
        };
        if v.ty.nullable_of().is_some() {
            self.cx.unsupported(
                &format!(
                    "the lifted `{}` operator on nullable values is",
                    op.as_str()
                ),
                span,
            );
            return Expr::error(span);
        }
        if crate::timespan_ops::is_timespan(&v.ty) && matches!(op, AU::Neg | AU::Plus) {
            return self.timespan_unary(op == AU::Neg, v, span);
        }
        if v.ty.promotes_to_int() && matches!(op, AU::Neg | AU::Plus) {
            v = self.coerce(v, &Ty::Int);
        }
        // C#: `-u` of a `uint` is a `long`; `+u` keeps the type; `ulong` has no `-`.
        if v.ty == Ty::UInt && op == AU::Neg {
            v = self.coerce(v, &Ty::Long);
        }
        if v.ty.is_unsigned() && op == AU::Plus {
            return Expr { span, ..v };
        }
        match op {
            AU::Neg | AU::Plus if v.ty.is_numeric() => {
                if op == AU::Plus {
                    return Expr { span, ..v };
                }
                if let Some(c) = v.constant() {
                    return match fold_neg(c, self.overflow.constants_checked()) {
                        Ok(c) => mk(ExprKind::Const(c), v.ty.clone(), span),
                        Err(_) => self.overflow(span, v.ty.clone()),
                    };
                }
                let ty = v.ty.clone();
                let op = if self.overflow.runtime_checked() && !matches!(ty, Ty::Double | Ty::Float)
                {
                    UnOp::CheckedNeg
                } else {
                    UnOp::Neg
                };
                mk(
                    ExprKind::Unary {
                        op,
                        operand: Box::new(v),
                    },
                    ty,
                    span,
                )
            }
            AU::Not if v.ty == Ty::Bool => {
                if let Some(ConstValue::Bool(b)) = v.constant() {
                    return mk(ExprKind::Const(ConstValue::Bool(!b)), Ty::Bool, span);
                }
                mk(
                    ExprKind::Unary {
                        op: UnOp::Not,
                        operand: Box::new(v),
                    },
                    Ty::Bool,
                    span,
                )
            }
            _ => {
                self.err(
                    "CS0023",
                    format!(
                        "Operator '{}' cannot be applied to operand of type '{}'",
                        op.as_str(),
                        v.ty
                    ),
                    span,
                    if op == AU::Not {
                        "`!` needs a bool"
                    } else {
                        "unary `-` and `+` need a number"
                    },
                );
                Expr::error(span)
            }
        }
    }

    fn bit_not(&mut self, operand: &ast::Expr, span: Span) -> Expr {
        let mut v = self.expr(operand);
        if v.ty.is_error() {
            return Expr::error(span);
        }
        v = match self.user_unary("~", v, span) {
            Ok(e) => return e,
            Err(v) => self.predefined_operand("~", *v),
        };
        if v.ty.nullable_of().is_some() {
            self.cx
                .unsupported("the lifted `~` operator on nullable values is", span);
            return Expr::error(span);
        }
        if v.ty.is_enum() {
            return self.enum_bit_not(v, span);
        }
        if v.ty.promotes_to_int() {
            v = self.coerce(v, &Ty::Int);
        }
        if !v.ty.is_integer_operand() {
            self.err(
                "CS0023",
                format!(
                    "Operator '~' cannot be applied to operand of type '{}'",
                    v.ty
                ),
                span,
                "`~` needs an int or a long",
            );
            return Expr::error(span);
        }
        let ty = v.ty.clone();
        if let Some(c) = v.constant().and_then(fold_not) {
            return mk(ExprKind::Const(c), ty, span);
        }
        mk(
            ExprKind::Unary {
                op: UnOp::BitNot,
                operand: Box::new(v),
            },
            ty,
            span,
        )
    }

    fn overflow(&mut self, span: Span, ty: Ty) -> Expr {
        self.err(
            "CS0220",
            "The operation overflows at compile time in checked mode",
            span,
            "the constant result does not fit; use a wider type (e.g. `long`)",
        );
        mk(ExprKind::Error, ty, span)
    }

    pub fn binary(&mut self, op: AB, lhs: &ast::Expr, rhs: &ast::Expr, span: Span) -> Expr {
        if op == AB::Coalesce {
            return self.coalesce(lhs, rhs, span);
        }
        // `d + (() => ...)`, `(x => ...) - d`: a lambda operand of a delegate operator takes
        // the other operand's delegate type (C#'s operator `D +(D, D)`).
        let lambda = |e: &ast::Expr| matches!(e.kind, A::Lambda { .. } | A::AnonymousMethod { .. });
        let delegate_op = matches!(op, AB::Add | AB::Sub);
        if delegate_op && lambda(lhs) && !lambda(rhs) {
            let r = self.expr(rhs);
            if r.ty.is_delegate() {
                let l = self.expr_with(lhs, Some(&r.ty.clone()));
                let l = self.coerce(l, &r.ty.clone());
                let bop = map_op(op).expect("a delegate operator maps");
                return self.binary_typed(bop, l, r, span);
            }
            let l = self.expr(lhs);
            let bop = map_op(op).expect("a delegate operator maps");
            return self.binary_typed(bop, l, r, span);
        }
        let l = self.expr(lhs);
        // `x ?? new()` takes the right side's type from the left.
        let r = match op {
            AB::Coalesce => self.expr_with(rhs, Some(&l.ty.clone())),
            _ if delegate_op && lambda(rhs) && l.ty.is_delegate() => {
                let r = self.expr_with(rhs, Some(&l.ty.clone()));
                self.coerce(r, &l.ty.clone())
            }
            _ => self.expr(rhs),
        };
        let Some(bop) = map_op(op) else {
            let op_span = operator_span(lhs.span, rhs.span, op.as_str().len());
            self.cx
                .outside(&format!("the `{}` operator is", op.as_str()), op_span);
            return Expr::error(span);
        };
        self.binary_typed(bop, l, r, span)
    }

    fn op_error(&mut self, op: &str, l: &Ty, r: &Ty, span: Span) -> Expr {
        // A type parameter whose constraint was reported (`where T : INumber<T>`) may have
        // the operator through it: nothing more to say.
        let unknown = |t: &Ty| matches!(t, Ty::Generic(p) if p.constraints().reported);
        if unknown(l) || unknown(r) {
            return Expr::error(span);
        }
        // `total += F()` with `F` returning `Task<int>`: the operand wants an `await`.
        let await_hint = [(r, l), (l, r)].into_iter().find_map(|(task, other)| {
            let result = task.awaited_result()?;
            (result != Ty::Void && (other.is_numeric() || *other == Ty::String || *other == result))
                .then(|| self.await_hint(task, &result))
                .flatten()
        });
        if self.type_param_gap(l, "operators", span) || self.type_param_gap(r, "operators", span) {
            return Expr::error(span);
        }
        if let Some(hint) = await_hint {
            self.err(
                "CS0019",
                format!("Operator '{op}' cannot be applied to operands of type '{l}' and '{r}'"),
                span,
                &hint,
            );
            return Expr::error(span);
        }
        self.err(
            "CS0019",
            format!("Operator '{op}' cannot be applied to operands of type '{l}' and '{r}'"),
            span,
            match op {
                "&&" | "||" => "both operands must be bool",
                "==" | "!=" => {
                    "compare values of the same kind (numbers, bools, strings, or references)"
                }
                "+" => "`+` adds numbers or concatenates when one operand is a string",
                "&" | "|" | "^" | "&=" | "|=" | "^=" => {
                    "`&`, `|` and `^` take two integers (int, long) or two bools"
                }
                "<<" | ">>" | "<<=" | ">>=" => "a shift takes an int or a long, and an int count",
                _ => "arithmetic and comparison need numeric operands (int, long, double)",
            },
        );
        Expr::error(span)
    }

    pub fn binary_typed(&mut self, op: BinOp, l: Expr, r: Expr, span: Span) -> Expr {
        if l.ty.is_error() || r.ty.is_error() {
            // An operand of a type reported elsewhere (an unmodelled enum, ...): the HIR loses
            // the other operand, which may assign a variable, so flow analysis would guess.
            let lost = |e: &Expr| !matches!(e.kind, ExprKind::Error | ExprKind::Const(_));
            self.incomplete |= lost(&l) || lost(&r);
            return Expr::error(span);
        }
        // Only a class, a struct or a nullable struct can have operators and conversions of
        // the program: numbers and strings (most operands) skip the search.
        let user = |t: &Ty| matches!(t, Ty::Class(..)) || t.nullable_of().is_some();
        let (l, r) = if !user(&l.ty) && !user(&r.ty) {
            (l, r)
        } else {
            match self.user_binary(op, l, r, span) {
                Ok(e) => return e,
                Err(operands) => self.predefined_operands(op, operands.0, operands.1),
            }
        };
        if let Some(operand) = crate::delegate_ops::delegate_operand(op, &l.ty, &r.ty) {
            return self.delegate_binary(op, operand, l, r, span);
        }
        let (lt, rt) = (l.ty.clone(), r.ty.clone());
        if op == BinOp::Add
            && (lt == Ty::String || rt == Ty::String)
            && lt != Ty::Void
            && rt != Ty::Void
        {
            return self.concat(l, r, span);
        }
        if crate::timespan_ops::is_timespan(&lt) || crate::timespan_ops::is_timespan(&rt) {
            return self.timespan_binary(op, l, r, span);
        }
        // `&`, `|` and `^` of two values of one library enum (`TaskContinuationOptions.OnlyOnFaulted
        // | TaskContinuationOptions.ExecuteSynchronously`): computed on the `int`s underneath.
        if let (Ty::Lib(a, _), Ty::Lib(b, _)) = (&lt, &rt) {
            if a == b && a.is_enum() && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
                let (li, ri) = (
                    crate::enums::retype(l, &Ty::Int),
                    crate::enums::retype(r, &Ty::Int),
                );
                let v = self.binary_typed(op, li, ri, span);
                // A constant stays one, of the enum's type, as its members are.
                if let Some(c) = v.constant().cloned() {
                    return mk(ExprKind::Const(c), lt, span);
                }
                return crate::enums::retype(v, &lt);
            }
        }
        if l.ty.nullable_of().is_some() || r.ty.nullable_of().is_some() {
            if matches!(op, BinOp::And | BinOp::Or) {
                return self.op_error(op.as_str(), &l.ty, &r.ty, span);
            }
            return self.lifted(op, l, r, span);
        }
        if lt.is_enum() || rt.is_enum() {
            if matches!(op, BinOp::Eq | BinOp::Ne) {
                if let Some(e) = self.null_vs_value(op, &l, &r, span) {
                    return e;
                }
            }
            return self.enum_binary(op, l, r, span);
        }
        let operand = match op {
            BinOp::And | BinOp::Or => (lt == Ty::Bool && rt == Ty::Bool).then_some(Ty::Bool),
            BinOp::Eq | BinOp::Ne => {
                if let Some((l, r)) = self.type_param_vs_null(&l, &r) {
                    return self.binary_typed(op, l, r, span);
                }
                if let Some(e) = self.null_vs_value(op, &l, &r, span) {
                    return e;
                }
                equality_type(&lt, &rt)
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => logical_type(&lt, &rt),
            // The count is an int (a long count has no operator); it is converted to the
            // shifted type, whose width masks it.
            BinOp::Shl | BinOp::Shr => match (&lt, &rt) {
                (Ty::Int | Ty::Long, Ty::Int | Ty::Char | Ty::Small(_)) => Some(lt.clone()),
                (Ty::UInt | Ty::ULong, Ty::Int | Ty::Char | Ty::Small(_)) => {
                    return self.unsigned_shift(op, l, r, span);
                }
                (Ty::Char | Ty::Small(_), Ty::Int | Ty::Char | Ty::Small(_)) => Some(Ty::Int),
                _ => None,
            },
            _ => promote(&lt, &rt),
        };
        let bitwise = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
        let operand = match crate::unsigned::promote_unsigned(&l, &r) {
            Some(Ok(t)) if bitwise && !t.is_integer_operand() => None,
            Some(Ok(t)) if !matches!(op, BinOp::And | BinOp::Or) => Some(t),
            Some(Err(())) if !matches!(op, BinOp::And | BinOp::Or) => {
                return self.ambiguous_operator(op.as_str(), &lt, &rt, span);
            }
            _ => operand,
        };
        let Some(operand) = operand else {
            return self.op_error(op.as_str(), &lt, &rt, span);
        };
        let l = self.coerce(l, &operand);
        let r = self.coerce(r, &operand);
        let result = match op {
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::Ne => Ty::Bool,
            BinOp::And | BinOp::Or => Ty::Bool,
            _ => operand.clone(),
        };
        let op = self.in_context(op, &operand);
        if matches!(op, BinOp::Div | BinOp::Rem)
            && operand.is_integer_operand()
            && r.constant().and_then(ConstValue::as_i64) == Some(0)
        {
            self.err(
                "CS0020",
                "Division by constant zero",
                span,
                "dividing an integer by zero always throws DivideByZeroException",
            );
            return mk(ExprKind::Error, result, span);
        }
        if let (Some(a), Some(b)) = (l.constant(), r.constant()) {
            match fold_binary(op, a, b, self.overflow.constants_checked()) {
                Ok(Some(c)) => return mk(ExprKind::Const(c), result, span),
                Ok(None) => {}
                Err(FoldError::DivByZero) => {
                    self.err(
                        "CS0020",
                        "Division by constant zero",
                        span,
                        "dividing an integer by zero always throws DivideByZeroException",
                    );
                    return mk(ExprKind::Error, result, span);
                }
                Err(FoldError::Overflow) => return self.overflow(span, result),
            }
        }
        mk(
            ExprKind::Binary {
                op,
                operand_ty: operand,
                lhs: Box::new(l),
                rhs: Box::new(r),
            },
            result,
            span,
        )
    }

    /// The operator as the `checked` context makes it: integer `+ - *` that throw on overflow.
    pub(crate) fn in_context(&self, op: BinOp, operand: &Ty) -> BinOp {
        if !self.overflow.runtime_checked() || !operand.is_integer_operand() {
            return op;
        }
        match op {
            BinOp::Add => BinOp::CheckedAdd,
            BinOp::Sub => BinOp::CheckedSub,
            BinOp::Mul => BinOp::CheckedMul,
            op => op,
        }
    }

    /// `x == null` for a value type `x`: C# lifts to nullable, warns CS0472 and the result is a
    /// constant.
    fn null_vs_value(&mut self, op: BinOp, l: &Expr, r: &Expr, span: Span) -> Option<Expr> {
        let value = if l.ty == Ty::Null && r.ty.is_value_type() {
            &r.ty
        } else if r.ty == Ty::Null && l.ty.is_value_type() {
            &l.ty
        } else {
            return None;
        };
        let result = op == BinOp::Ne;
        self.warn(
            "CS0472",
            format!("The result of the expression is always '{result}' since a value of type '{value}' is never equal to 'null' of type '{value}?'"),
            span,
            "value types are never null; remove the comparison",
        );
        Some(mk(
            ExprKind::Const(ConstValue::Bool(result)),
            Ty::Bool,
            span,
        ))
    }

    fn concat(&mut self, l: Expr, r: Expr, span: Span) -> Expr {
        let is_str_const =
            |e: &Expr| matches!(e.constant(), Some(ConstValue::String(_) | ConstValue::Null));
        if is_str_const(&l) && is_str_const(&r) {
            let text = |e: &Expr| match e.constant() {
                Some(ConstValue::String(s)) => s.to_string(),
                _ => String::new(),
            };
            let s = text(&l) + &text(&r);
            return mk(
                ExprKind::Const(ConstValue::String(s.into())),
                Ty::String,
                span,
            );
        }
        let mut parts = match l.kind {
            ExprKind::Concat(parts) if l.ty == Ty::String => parts,
            _ => vec![self.stringify(l)],
        };
        parts.push(self.stringify(r));
        mk(ExprKind::Concat(parts), Ty::String, span)
    }

    pub(crate) fn is_member(&self, name: &str) -> bool {
        self.cx.members[self.class.0 as usize].contains_key(name)
    }
}

/// Where an operator the language lacks is reported: between its operands (less the usual
/// single space on each side), so that the operands' own diagnostics do not overlap it.
fn operator_span(before: Span, after: Span, len: usize) -> Span {
    let (s, e) = (
        before.end as usize,
        (after.start as usize).max(before.end as usize),
    );
    if e - s == len + 2 {
        Span::new(s + 1, e - 1)
    } else {
        Span::new(s, e)
    }
}

/// Binary numeric promotion: the wider of two numeric types.
fn promote(a: &Ty, b: &Ty) -> Option<Ty> {
    // A `char` operand takes part as an `int` (C#'s unary and binary numeric promotion).
    let widen = |t: &Ty| {
        if t.promotes_to_int() {
            Ty::Int
        } else {
            t.clone()
        }
    };
    let (a, b) = (&widen(a), &widen(b));
    let (x, y) = (a.numeric_rank()?, b.numeric_rank()?);
    Some(if x >= y { a.clone() } else { b.clone() })
}

/// The operand type of `&`, `|`, `^`: two bools, or two integers promoted.
fn logical_type(a: &Ty, b: &Ty) -> Option<Ty> {
    if *a == Ty::Bool && *b == Ty::Bool {
        return Some(Ty::Bool);
    }
    promote(a, b).filter(|t| matches!(t, Ty::Int | Ty::Long))
}

/// The operand type of `==`/`!=`, `None` when C# has no such operator.
fn equality_type(a: &Ty, b: &Ty) -> Option<Ty> {
    if let Some(t) = promote(a, b) {
        return Some(t);
    }
    match (a, b) {
        (Ty::Bool, Ty::Bool) => Some(Ty::Bool),
        (Ty::String | Ty::Null, Ty::String) | (Ty::String, Ty::Null) => Some(Ty::String),
        _ if a == b
            && a.is_value_type()
            && match a {
                Ty::Lib(l, _) => l.is_enum() || *l == crate::types::Lib::CancellationToken,
                _ => false,
            } =>
        {
            Some(a.clone())
        }
        _ if a.is_reference_type() && b.is_reference_type() => {
            let related = crate::convert::implicit(a, b).is_some()
                || crate::convert::implicit(b, a).is_some();
            related.then_some(Ty::Object)
        }
        _ => None,
    }
}
