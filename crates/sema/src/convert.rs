//! C#'s conversions for the subset: which implicit and explicit conversions exist, which one of
//! two conversions is better (overload resolution), and applying them (an explicit HIR node, or a
//! folded constant).

use crate::hir::{Conversion, Expr, ExprKind};
use crate::types::{Lib, Ty};

/// `Some(None)`: identity (or a silent conversion of an `Error`); `Some(Some(c))`: conversion `c`.
pub fn implicit(from: &Ty, to: &Ty) -> Option<Option<Conversion>> {
    if from == to || from.is_error() || to.is_error() {
        return Some(None);
    }
    let c = match (from, to) {
        (Ty::Int, Ty::Long) => Conversion::IntToLong,
        (Ty::Int, Ty::Double) => Conversion::IntToDouble,
        (Ty::Long, Ty::Double) => Conversion::LongToDouble,
        (Ty::Char, Ty::Int) => Conversion::CharToInt,
        (Ty::Char, Ty::Long) => Conversion::CharToLong,
        (Ty::Char, Ty::Double) => Conversion::CharToDouble,
        (Ty::Null, t) if t.is_reference_type() => Conversion::Reference,
        (f, Ty::Object) if f.is_value_type() => Conversion::Boxing,
        (f, Ty::Object) if f.is_reference_type() => Conversion::Reference,
        // A struct converts to an interface it implements by boxing.
        (f, t) if f.is_struct() && f.implements(t) => Conversion::Boxing,
        _ if implicit_reference(from, to) => Conversion::Reference,
        _ => return None,
    };
    Some(Some(c))
}

/// Implicit reference conversions between non-identical reference types.
fn implicit_reference(from: &Ty, to: &Ty) -> bool {
    if !from.is_reference_type() || !to.is_reference_type() {
        return false;
    }
    if from.derives_from(to) || from.implements(to) {
        return true;
    }
    match (from, to) {
        (Ty::Array(a), Ty::Array(b)) => a.is_reference_type() && implicit_reference(a, b),
        // IEnumerable<out T> is covariant; arrays, lists and collections implement it.
        (src, Ty::Lib(Lib::IEnumerable, b)) => {
            let elem = match src {
                Ty::Array(e) => (**e).clone(),
                Ty::Lib(Lib::List | Lib::ReadOnlyCollection | Lib::IEnumerable, a) => {
                    a.first().cloned().unwrap_or(Ty::Error)
                }
                _ => return false,
            };
            let target = b.first().cloned().unwrap_or(Ty::Error);
            elem == target || (elem.is_reference_type() && implicit_reference(&elem, &target))
        }
        _ => false,
    }
}

pub fn explicit(from: &Ty, to: &Ty) -> Option<Option<Conversion>> {
    if let Some(c) = implicit(from, to) {
        return Some(c);
    }
    let c = match (from, to) {
        (Ty::Long, Ty::Int) => Conversion::LongToInt,
        (Ty::Double, Ty::Int) => Conversion::DoubleToInt,
        (Ty::Double, Ty::Long) => Conversion::DoubleToLong,
        (Ty::Int, Ty::Char) => Conversion::IntToChar,
        (Ty::Long, Ty::Char) => Conversion::LongToChar,
        (Ty::Double, Ty::Char) => Conversion::DoubleToChar,
        (Ty::Object, t) if t.is_value_type() => Conversion::Unboxing,
        (Ty::Object, t) if t.is_reference_type() => Conversion::Downcast,
        (f, t) if f.is_reference_type() && t.is_reference_type() && t.derives_from(f) => {
            Conversion::Downcast
        }
        // From an interface to a struct that implements it: unboxing.
        (Ty::Class(..), Ty::Class(..))
            if to.is_struct() && from.is_interface() && to.implements(from) =>
        {
            Conversion::Unboxing
        }
        (Ty::Class(..), Ty::Class(..)) if to.is_struct() || from.is_struct() => return None,
        // Between an interface and a class or another interface, checked at run time.
        (Ty::Class(..), Ty::Class(..)) if from.is_interface() || to.is_interface() => {
            Conversion::Downcast
        }
        _ => return None,
    };
    Some(Some(c))
}

/// C#'s "better conversion target" for an argument of type `from`: `1` if converting to `p` is
/// better, `-1` if `q` is, `0` if neither.
pub fn better(from: &Ty, p: &Ty, q: &Ty) -> i8 {
    if p == q {
        return 0;
    }
    if from == p {
        return 1;
    }
    if from == q {
        return -1;
    }
    let pq = implicit(p, q).is_some();
    let qp = implicit(q, p).is_some();
    match (pq, qp) {
        (true, false) => 1,
        (false, true) => -1,
        _ => 0,
    }
}

/// Applies a conversion that is known to exist; constants stay constants.
pub fn apply(e: Expr, conv: Option<Conversion>, to: &Ty) -> Expr {
    let Some(conv) = conv else {
        return e;
    };
    if let ExprKind::Const(c) = &e.kind {
        let folded = match conv {
            Conversion::Reference => Some(c.clone()),
            Conversion::IntToLong
            | Conversion::IntToDouble
            | Conversion::LongToDouble
            | Conversion::LongToInt
            | Conversion::DoubleToInt
            | Conversion::DoubleToLong
            | Conversion::CharToInt
            | Conversion::CharToLong
            | Conversion::CharToDouble => c.convert_numeric(to).ok(),
            _ => None,
        };
        if let Some(v) = folded {
            return Expr {
                id: crate::hir::ExprId::NONE,
                kind: ExprKind::Const(v),
                ty: to.clone(),
                span: e.span,
            };
        }
    }
    let span = e.span;
    Expr {
        id: crate::hir::ExprId::NONE,
        kind: ExprKind::Convert {
            conversion: conv,
            expr: Box::new(e),
        },
        ty: to.clone(),
        span,
    }
}
