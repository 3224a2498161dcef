//! What lowering an expression needs besides the builder: constants and library callees as
//! SMIR sees them, the operator map, the runtime's kind codes for the library's structs, and
//! which expressions may assign a local (the operands that must be copied first).

use crate::mach_ty;
use unawait_sema::builtins::library;
use unawait_sema::hir::{self, BinOp, ExprKind, Place};
use unawait_sema::types::Ty;
use unawait_smir::{self as smir, Callee, Const, MachTy};

/// The type a type test checks: a class of the program, or a library type by its C# name.
pub(crate) fn type_target(program: &hir::Program, t: &Ty) -> unawait_smir::TypeTarget {
    match t {
        // Delegates are sealed: the object's own type is the one tested.
        _ if t.delegate_sig().is_some() => {
            unawait_smir::TypeTarget::Delegate(crate::type_names::dotnet_name(program, t))
        }
        Ty::Class(id, name) => unawait_smir::TypeTarget::Class {
            id: id.0,
            name: name.to_string(),
        },
        Ty::Enum(id, name) => unawait_smir::TypeTarget::Class {
            id: id.0,
            name: name.to_string(),
        },
        Ty::Lib(_, args) if t.is_collection_interface() => {
            let head = t.to_string();
            let head = head.split('<').next().unwrap_or("");
            let args: Vec<String> = args.iter().map(interface_arg).collect();
            unawait_smir::TypeTarget::Library(format!("{head}<{}>", args.join(", ")))
        }
        other => unawait_smir::TypeTarget::Library(other.to_string()),
    }
}

/// A collection interface's type argument as the runtime's test reads it: an enum, class or
/// other type the runtime cannot name says what its elements are (`Color@int`, `Order@ref`).
fn interface_arg(t: &Ty) -> String {
    match t {
        Ty::Enum(..) => format!("{t}@{}", t.underlying()),
        Ty::Class(..) | Ty::Param(..) => format!("{t}@ref"),
        Ty::Lib(..) if t.is_reference_type() => format!("{t}@ref"),
        _ => t.to_string(),
    }
}

pub(crate) fn constant(c: &hir::ConstValue) -> Const {
    match c {
        hir::ConstValue::Int(i) => Const::I32(*i),
        hir::ConstValue::Long(l) => Const::I64(*l),
        hir::ConstValue::Bool(b) => Const::Bool(*b),
        hir::ConstValue::Double(d) => Const::F64(*d),
        hir::ConstValue::Char(c) => Const::I32(*c as i32),
        hir::ConstValue::Small(_, v) => Const::I32(*v),
        hir::ConstValue::UInt(v) => Const::I64(*v as i64),
        hir::ConstValue::ULong(v) => Const::I64(*v as i64),
        hir::ConstValue::Float(v) => Const::F64(*v as f64),
        hir::ConstValue::String(s) => Const::Str(s.to_string()),
        hir::ConstValue::Null => Const::Null,
    }
}

pub(crate) fn builtin(id: hir::BuiltinId, type_args: &[Ty]) -> Callee {
    let member = library().get(id);
    let key = member.key().to_string();
    Callee::Builtin {
        id: id.0,
        name: if type_args.is_empty() {
            key.clone()
        } else {
            member.display(type_args)
        },
        key,
        type_args: type_args
            .iter()
            .map(|t| mach_ty(t).unwrap_or(MachTy::Ref))
            .collect(),
        enum_args: type_args
            .iter()
            .map(|t| match t {
                Ty::Enum(id, _) => Some(id.0),
                _ => None,
            })
            .collect(),
    }
}

/// For the library's structs whose word the runtime must interpret to print or box them: a
/// `ValueTask<T>`, the runtime's kind code of `T` (its word may hold the result inline,
/// docs/runtime.md); `-1` for the non-generic `ValueTask`, `-2` for `CancellationToken`.
pub(crate) fn value_task_result(ty: &Ty) -> Option<i32> {
    use unawait_sema::types::Lib;
    match ty {
        Ty::Lib(Lib::ValueTask, _) => Some(-1),
        Ty::Lib(Lib::CancellationToken, _) => Some(-2),
        Ty::Lib(Lib::ValueTaskOf, args) => Some(match args.first() {
            Some(Ty::Lib(Lib::TaskStatus, _)) => 5,
            Some(Ty::Lib(Lib::TaskCreationOptions, _)) => 6,
            Some(Ty::Lib(Lib::TaskContinuationOptions, _)) => 17,
            Some(Ty::Lib(Lib::StringComparison, _)) => 15,
            Some(Ty::Lib(Lib::TimeSpan, _)) => 16,
            Some(Ty::Char) => 7,
            Some(t) => match mach_ty(t) {
                Some(MachTy::Bool) => 0,
                Some(MachTy::I32) => 1,
                Some(MachTy::I64) => 2,
                Some(MachTy::F64) => 3,
                _ => 4,
            },
            None => 4,
        }),
        _ => None,
    }
}

/// The library's enums print by member name, which only the runtime knows: the runtime helpers
/// that turn a value of one into a string and into a box (which prints the same way).
pub(crate) fn enum_helpers(ty: &Ty) -> Option<(&'static str, &'static str)> {
    use unawait_sema::types::Lib;
    match ty {
        Ty::Lib(Lib::TaskStatus, _) => Some(("status.to_str", "box.status")),
        // A `char` prints as its character and boxes as a `System.Char`.
        Ty::Char => Some(("char.to_str", "box.char")),
        Ty::Lib(Lib::TaskCreationOptions, _) => Some(("options.to_str", "box.options")),
        Ty::Lib(Lib::TaskContinuationOptions, _) => {
            Some(("continuation_options.to_str", "box.continuation_options"))
        }
        Ty::Lib(Lib::StringComparison, _) => Some(("comparison.to_str", "box.comparison")),
        // A `TimeSpan` (its ticks) prints as .NET's "c" format and boxes as a `System.TimeSpan`.
        Ty::Lib(Lib::TimeSpan, _) => Some(("timespan.to_str", "box.timespan")),
        _ => None,
    }
}

pub(crate) fn bin_op(op: BinOp) -> smir::BinOp {
    match op {
        BinOp::Add => smir::BinOp::Add,
        BinOp::Sub => smir::BinOp::Sub,
        BinOp::Mul => smir::BinOp::Mul,
        BinOp::Div => smir::BinOp::Div,
        BinOp::Rem => smir::BinOp::Rem,
        BinOp::Lt => smir::BinOp::Lt,
        BinOp::Le => smir::BinOp::Le,
        BinOp::Gt => smir::BinOp::Gt,
        BinOp::Ge => smir::BinOp::Ge,
        BinOp::Eq => smir::BinOp::Eq,
        BinOp::Ne => smir::BinOp::Ne,
        BinOp::BitAnd => smir::BinOp::And,
        BinOp::BitOr => smir::BinOp::Or,
        BinOp::BitXor => smir::BinOp::Xor,
        BinOp::Shl => smir::BinOp::Shl,
        BinOp::Shr => smir::BinOp::Shr,
        BinOp::CheckedAdd => smir::BinOp::AddOvf,
        BinOp::CheckedSub => smir::BinOp::SubOvf,
        BinOp::CheckedMul => smir::BinOp::MulOvf,
        // `&&` and `||` are lowered as control flow (`cond`) and never reach here.
        BinOp::And | BinOp::Or => smir::BinOp::Ne,
    }
}

pub(crate) fn awaiter_kind(k: hir::AwaiterKind) -> smir::AwaiterKind {
    use hir::AwaiterKind as H;
    match k {
        H::TaskAwaiter | H::TaskAwaiterOf => smir::AwaiterKind::Task,
        H::Custom => smir::AwaiterKind::Custom,
        H::ConfiguredTaskAwaiter | H::ConfiguredTaskAwaiterOf => smir::AwaiterKind::ConfiguredTask,
        H::ValueTaskAwaiter
        | H::ValueTaskAwaiterOf
        | H::ConfiguredValueTaskAwaiter
        | H::ConfiguredValueTaskAwaiterOf => smir::AwaiterKind::ValueTask,
        H::YieldAwaiter => smir::AwaiterKind::Yield,
    }
}

/// Whether evaluating `e` may assign local `id`.
pub(crate) fn writes_local(e: &hir::Expr, id: hir::LocalId) -> bool {
    // The place itself, or what locates it (`z[w = 1] = ..` assigns `w`).
    let place_is = |p: &Place| match p {
        Place::Local(l) => *l == id,
        Place::ArrayElement { array, index } => writes_local(array, id) || writes_local(index, id),
        Place::Indexer { target, index, .. } => writes_local(target, id) || writes_local(index, id),
        Place::InstanceField { receiver, .. } => writes_local(receiver, id),
        Place::Property { receiver, args, .. } => {
            receiver.as_deref().is_some_and(|r| writes_local(r, id))
                || args.iter().any(|a| writes_local(a, id))
        }
        _ => false,
    };
    let any = |es: &[&hir::Expr]| es.iter().any(|x| writes_local(x, id));
    match &e.kind {
        ExprKind::Assign { target, value } => place_is(target) || writes_local(value, id),
        ExprKind::CompoundAssign { target, value, .. } => {
            place_is(target) || writes_local(value, id)
        }
        ExprKind::IncDec { target, .. } => place_is(target),
        ExprKind::Call { receiver, args, .. } => {
            receiver.as_deref().is_some_and(|r| writes_local(r, id))
                || args.iter().any(|a| writes_local(a, id))
        }
        ExprKind::Property { receiver, .. } => {
            receiver.as_deref().is_some_and(|r| writes_local(r, id))
        }
        ExprKind::New {
            args, initializer, ..
        } => args.iter().chain(initializer).any(|a| writes_local(a, id)),
        ExprKind::NewArray { size, .. } => writes_local(size, id),
        ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => {
            items.iter().any(|a| writes_local(a, id))
        }
        ExprKind::ArrayElement { array, index } => any(&[array, index]),
        ExprKind::Indexer { target, index, .. } => any(&[target, index]),
        ExprKind::Binary { lhs, rhs, .. } => any(&[lhs, rhs]),
        ExprKind::Conditional {
            cond,
            then,
            otherwise,
        } => any(&[cond, then, otherwise]),
        ExprKind::Unary { operand: x, .. }
        | ExprKind::ToStr(x)
        | ExprKind::Convert { expr: x, .. }
        | ExprKind::Discard(x)
        | ExprKind::InstanceField { receiver: x, .. }
        | ExprKind::Await { expr: x, .. } => writes_local(x, id),
        // `e is T x` assigns `x`.
        ExprKind::TypeTest { expr, local, .. } => *local == Some(id) || writes_local(expr, id),
        ExprKind::OutCall { call, out } => *out == Some(id) || writes_local(call, id),
        ExprKind::RefArg { kind, target } => match target.kind {
            ExprKind::Local(l) => l == id && *kind != hir::RefKind::In,
            _ => writes_local(target, id),
        },
        ExprKind::NewObject { args, init, .. } => args
            .iter()
            .chain(init.iter().map(|i| &i.value))
            .any(|a| writes_local(a, id)),
        _ => false,
    }
}
