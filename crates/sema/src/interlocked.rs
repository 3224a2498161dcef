//! `System.Threading.Interlocked` (and `Volatile`'s `Read`/`Write`, plain accesses): `Increment`, `Decrement`, `Add`, `Exchange`,
//! `CompareExchange` and `Read` on `int` and `long` variables (and `Exchange`/`CompareExchange`
//! on references). One OS thread runs the program and its logical threads switch only where
//! one blocks, so each operation is atomic as the HIR's own assignments write it: `++x`, `--x`
//! and `x += v` (unchecked: Interlocked wraps), and for the exchanges a read into a hidden
//! local, the comparison (by reference for objects, as .NET's) and the store. C# evaluates the
//! arguments before the operation reads the variable, so the values go to hidden locals first.

use unawait_syntax::ast::{self, ParamModifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{BinOp, Conversion, Expr, ExprKind, IncDec, LocalId, Place};
use crate::types::Ty;

impl Body<'_, '_> {
    /// `Interlocked.M(ref x, ...)` when `Interlocked` is the library's (imported through
    /// `using System.Threading;`, not a name of the program); `None` for any other call.
    pub(crate) fn interlocked_call(
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
        let ast::ExprKind::Name {
            name: owner,
            type_args: owner_args,
        } = &target.kind
        else {
            return None;
        };
        let class = owner.name.as_str();
        if !matches!(class, "Interlocked" | "Volatile")
            || !owner_args.is_empty()
            || !type_args.is_empty()
            || !self.cx.imports.contains("System.Threading")
            || self.scopes.lookup(class).is_some()
            || self.cx.lookup_class(class, self.ns.as_deref()).is_some()
        {
            return None;
        }
        let op = name.name.as_str();
        if class == "Volatile" {
            return Some(self.volatile_call(op, name.span, args, span));
        }
        let arity = match op {
            "Increment" | "Decrement" | "Read" => 1,
            "Add" | "Exchange" => 2,
            "CompareExchange" => 3,
            _ => {
                self.cx
                    .unsupported(&format!("`Interlocked.{op}` is"), name.span);
                self.declare_arg_names(args);
                return Some(Expr::error(span));
            }
        };
        if args.len() != arity {
            self.err(
                "CS1501",
                format!(
                    "No overload for method '{op}' takes {} arguments",
                    args.len()
                ),
                name.span,
                &format!("`Interlocked.{op}` takes {arity}"),
            );
            self.declare_arg_names(args);
            return Some(Expr::error(span));
        }
        if args.iter().any(|a| a.name.is_some()) || args[1..].iter().any(|a| a.modifier.is_some()) {
            self.cx
                .unsupported(&format!("these arguments of `Interlocked.{op}` are"), span);
            self.declare_arg_names(args);
            return Some(Expr::error(span));
        }
        if !matches!(args[0].modifier, Some((ParamModifier::Ref, _))) {
            self.err(
                "CS1620",
                "Argument 1 must be passed with the 'ref' keyword",
                args[0].value.span,
                "write `ref` before the variable",
            );
            self.declare_arg_names(args);
            return Some(Expr::error(span));
        }
        let (_, mspan) = args[0].modifier?;
        let r = self.ref_arg(&args[0], ParamModifier::Ref, mspan);
        let values: Vec<Expr> = args[1..].iter().map(|a| self.expr(&a.value)).collect();
        let ExprKind::RefArg { target, .. } = r.kind else {
            return Some(Expr::error(span));
        };
        let ty = target.ty.clone();
        if ty.is_error() || values.iter().any(|v| v.ty.is_error()) {
            return Some(Expr::error(span));
        }
        let numeric = matches!(ty, Ty::Int | Ty::Long);
        let allowed = match op {
            "Read" => ty == Ty::Long,
            "Increment" | "Decrement" | "Add" => numeric,
            _ => numeric || (ty.is_reference_type() && ty.nullable_of().is_none()),
        };
        if !allowed {
            if matches!(op, "Exchange" | "CompareExchange") {
                self.cx.unsupported(
                    &format!("`Interlocked.{op}` on a `{ty}` variable is"),
                    args[0].value.span,
                );
            } else {
                let want = if op == "Read" { "long" } else { "int" };
                self.err(
                    "CS1503",
                    format!("Argument 1: cannot convert from 'ref {ty}' to 'ref {want}'"),
                    args[0].value.span,
                    "Interlocked works on `int` and `long` variables",
                );
            }
            return Some(Expr::error(span));
        }
        let mut vals = Vec::with_capacity(values.len());
        for v in values {
            let v = self.coerce(v, &ty);
            if v.ty.is_error() {
                return Some(Expr::error(span));
            }
            vals.push(v);
        }
        let place = match place_of(*target.clone()) {
            Some(p) => p,
            None => return Some(Expr::error(span)),
        };
        let e = match op {
            "Read" => *target,
            "Increment" | "Decrement" => mk(
                ExprKind::IncDec {
                    target: place,
                    kind: if op == "Increment" {
                        IncDec::PreInc
                    } else {
                        IncDec::PreDec
                    },
                    checked: false,
                },
                ty,
                span,
            ),
            "Add" => {
                let v = vals.pop()?;
                // A constant or a local reads the same before and after the variable.
                if v.constant().is_some() || matches!(v.kind, ExprKind::Local(_)) {
                    add(place, v, ty, span)
                } else {
                    if self.rereadable(&target, op).is_none() {
                        return Some(Expr::error(span));
                    }
                    let tv = self.hidden_local("<value>", ty.clone(), span);
                    let store = self.store_subject(tv, v, span);
                    let value = mk(ExprKind::Local(tv), ty.clone(), span);
                    let sum = add(place, value, ty.clone(), span);
                    let zero = zero_of(&ty, span);
                    crate::check_expr::mk_conditional(store, sum, zero, ty, span)
                }
            }
            _ => {
                let Some(read) = self.rereadable(&target, op) else {
                    return Some(Expr::error(span));
                };
                let locals: Vec<LocalId> = vals
                    .iter()
                    .map(|v| self.hidden_local("<value>", v.ty.clone(), span))
                    .collect();
                let mut cond: Option<Expr> = None;
                for (&l, v) in locals.iter().zip(vals) {
                    let s = self.store_subject(l, v, span);
                    cond = Some(match cond {
                        None => s,
                        Some(c) => self.and(c, s),
                    });
                }
                let old = self.hidden_local("<old>", ty.clone(), span);
                let s = self.store_subject(old, read, span);
                let cond = self.and(cond?, s);
                let value = mk(ExprKind::Local(locals[0]), ty.clone(), span);
                let assign = mk(
                    ExprKind::Assign {
                        target: place,
                        value: Box::new(value),
                    },
                    ty.clone(),
                    span,
                );
                let done = self.hidden_local("<stored>", ty.clone(), span);
                let store = self.store_subject(done, assign, span);
                let step = if op == "Exchange" {
                    store
                } else {
                    // `old != comparand || (x = value) ...`: the store only when they are equal.
                    let local = |l: LocalId| mk(ExprKind::Local(l), ty.clone(), span);
                    let ne = not_equal(local(old), local(locals[1]), &ty, span);
                    bool_op(BinOp::Or, ne, store, span)
                };
                let cond = self.and(cond, step);
                // `cond` is always true: the other branch is a default the verifier can see
                // assigned (it does not know the stores are true).
                let old_value = mk(ExprKind::Local(old), ty.clone(), span);
                let default = if numeric {
                    zero_of(&ty, span)
                } else {
                    mk(ExprKind::Const(ConstValue::Null), ty.clone(), span)
                };
                crate::check_expr::mk_conditional(cond, old_value, default, ty.clone(), span)
            }
        };
        Some(e)
    }

    /// `Volatile.Read(ref x)` and `Volatile.Write(ref x, v)`: a plain read and a plain store,
    /// which one OS thread running every logical thread makes as ordered as the fences would.
    fn volatile_call(&mut self, op: &str, op_span: Span, args: &[ast::Arg], span: Span) -> Expr {
        let arity = match op {
            "Read" => 1,
            "Write" => 2,
            _ => {
                self.cx.unsupported(&format!("`Volatile.{op}` is"), op_span);
                self.declare_arg_names(args);
                return Expr::error(span);
            }
        };
        if args.len() != arity {
            self.err(
                "CS1501",
                format!(
                    "No overload for method '{op}' takes {} arguments",
                    args.len()
                ),
                op_span,
                &format!("`Volatile.{op}` takes {arity}"),
            );
            self.declare_arg_names(args);
            return Expr::error(span);
        }
        if args.iter().any(|a| a.name.is_some()) || args[1..].iter().any(|a| a.modifier.is_some()) {
            self.cx
                .unsupported(&format!("these arguments of `Volatile.{op}` are"), span);
            self.declare_arg_names(args);
            return Expr::error(span);
        }
        let Some((ParamModifier::Ref, mspan)) = args[0].modifier else {
            self.err(
                "CS1620",
                "Argument 1 must be passed with the 'ref' keyword",
                args[0].value.span,
                "write `ref` before the variable",
            );
            self.declare_arg_names(args);
            return Expr::error(span);
        };
        let r = self.ref_arg(&args[0], ParamModifier::Ref, mspan);
        let value = args.get(1).map(|a| self.expr(&a.value));
        let ExprKind::RefArg { target, .. } = r.kind else {
            return Expr::error(span);
        };
        let ty = target.ty.clone();
        if ty.is_error() || value.as_ref().is_some_and(|v| v.ty.is_error()) {
            return Expr::error(span);
        }
        // Volatile's overloads: the primitive numeric types and bool, and `T : class`.
        let allowed = matches!(
            ty,
            Ty::Int
                | Ty::Long
                | Ty::Bool
                | Ty::Double
                | Ty::Float
                | Ty::Small(_)
                | Ty::UInt
                | Ty::ULong
        ) || (ty.is_reference_type() && ty.nullable_of().is_none());
        if !allowed {
            self.cx.unsupported(
                &format!("`Volatile.{op}` on a `{ty}` variable is"),
                args[0].value.span,
            );
            return Expr::error(span);
        }
        let Some(value) = value else {
            return *target;
        };
        let value = self.coerce(value, &ty);
        if value.ty.is_error() {
            return Expr::error(span);
        }
        let Some(place) = place_of(*target) else {
            return Expr::error(span);
        };
        let assign = mk(
            ExprKind::Assign {
                target: place,
                value: Box::new(value),
            },
            ty,
            span,
        );
        mk(ExprKind::Discard(Box::new(assign)), Ty::Void, span)
    }

    /// The names an argument list declares (`out var x`), after an error in the call.
    pub(crate) fn declare_arg_names(&mut self, args: &[ast::Arg]) {
        for a in args {
            self.declare_expr_names(&a.value);
        }
    }

    /// A read of a `ref` argument's variable that may precede the store without evaluating
    /// anything twice: a local, a static field, a field of `this`; else UA0100.
    fn rereadable(&mut self, target: &Expr, op: &str) -> Option<Expr> {
        let ok = match &target.kind {
            ExprKind::Local(_) | ExprKind::StaticField(_) => true,
            ExprKind::InstanceField { receiver, .. } => matches!(receiver.kind, ExprKind::This),
            _ => false,
        };
        if !ok {
            self.cx.unsupported(
                &format!("`Interlocked.{op}` on an element or another object's field is"),
                target.span,
            );
            return None;
        }
        Some(target.clone())
    }
}

/// The place a checked `ref` argument names.
fn place_of(e: Expr) -> Option<Place> {
    Some(match e.kind {
        ExprKind::Local(l) => Place::Local(l),
        ExprKind::StaticField(f) => Place::StaticField(f),
        ExprKind::InstanceField { receiver, field } => Place::InstanceField { receiver, field },
        ExprKind::ArrayElement { array, index } => Place::ArrayElement { array, index },
        _ => return None,
    })
}

/// `x += v`, wrapping as Interlocked does in any context.
fn add(place: Place, v: Expr, ty: Ty, span: Span) -> Expr {
    mk(
        ExprKind::CompoundAssign {
            target: place,
            op: BinOp::Add,
            concat: false,
            value: Box::new(v),
        },
        ty,
        span,
    )
}

fn zero_of(ty: &Ty, span: Span) -> Expr {
    let c = if *ty == Ty::Long {
        ConstValue::Long(0)
    } else {
        ConstValue::Int(0)
    };
    mk(ExprKind::Const(c), ty.clone(), span)
}

/// `a != b`: by value for numbers, by reference for objects (as .NET's CompareExchange).
fn not_equal(a: Expr, b: Expr, ty: &Ty, span: Span) -> Expr {
    let (a, b, operand) = if matches!(ty, Ty::Int | Ty::Long) {
        (a, b, ty.clone())
    } else {
        let obj = |e: Expr| convert::apply(e, Some(Conversion::Reference), &Ty::Object);
        (obj(a), obj(b), Ty::Object)
    };
    mk(
        ExprKind::Binary {
            op: BinOp::Ne,
            operand_ty: operand,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        Ty::Bool,
        span,
    )
}

fn bool_op(op: BinOp, a: Expr, b: Expr, span: Span) -> Expr {
    mk(
        ExprKind::Binary {
            op,
            operand_ty: Ty::Bool,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        Ty::Bool,
        span,
    )
}
