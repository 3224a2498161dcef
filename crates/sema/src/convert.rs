//! C#'s conversions for the subset: which implicit and explicit conversions exist, which one of
//! two conversions is better (overload resolution), and applying them (an explicit HIR node, or a
//! folded constant).

use crate::hir::{Conversion, Expr, ExprKind, NumKind};
use crate::types::{Lib, SmallInt, Ty};

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
        (Ty::Char, Ty::Small(SmallInt::UShort)) => Conversion::WidenSmall,
        (Ty::Small(_), Ty::Int) => Conversion::WidenSmall,
        (Ty::Small(a), Ty::Small(b)) if a.widens_to(*b) => Conversion::WidenSmall,
        (Ty::Small(_), Ty::Long) => Conversion::SmallToLong,
        (Ty::Small(_), Ty::Double) => Conversion::SmallToDouble,
        (Ty::Float, Ty::Double) => Conversion::FloatToDouble,
        (f, Ty::Float) if *f != Ty::Double && NumKind::of(f).is_some() => {
            Conversion::ToFloat(NumKind::of(f)?)
        }
        (f, t) if (f.is_unsigned() || t.is_unsigned()) && unsigned(f, t).is_some_and(widens) => {
            unsigned(f, t)?
        }
        (Ty::Null, t) if t.is_reference_type() => Conversion::Reference,
        // `T` to `T?` (and `int` to `long?`): the value's box (`apply` widens first).
        (f, Ty::Lib(Lib::Nullable, a))
            if a.first().is_some_and(|u| {
                f == u
                    || numeric_widening(f, u)
                    || f.nullable_of().is_some_and(|s| numeric_widening(s, u))
            }) =>
        {
            Conversion::Boxing
        }
        // A type parameter to `object`, to its effective base class or to an interface of
        // its constraints: boxing or a reference conversion, decided per instantiation
        // (`instantiate.rs` recomputes every conversion of an open type).
        (Ty::Generic(p), t)
            if *t == Ty::Object
                || from.implements(t)
                || p.constraints()
                    .interfaces
                    .iter()
                    .any(|c| variant_generic(c, t)) =>
        {
            Conversion::Boxing
        }
        (Ty::Generic(p), t)
            if p.constraints()
                .base
                .as_ref()
                .is_some_and(|b| implicit(b, t).is_some()) =>
        {
            Conversion::Reference
        }
        (f, Ty::Object) if f.is_value_type() => Conversion::Boxing,
        (f, Ty::Object) if f.is_reference_type() => Conversion::Reference,
        // A struct converts to an interface it implements by boxing.
        (f, t) if f.is_struct() && (f.implements(t) || variant_generic(f, t)) => Conversion::Boxing,
        (Ty::Class(_, c), Ty::Lib(Lib::IDisposable, _)) if c.is_struct && c.disposable => {
            Conversion::Boxing
        }
        // A struct implementing `IEnumerable<T>`, ... (user_enumerables.rs).
        (Ty::Class(_, c), t) if crate::user_enumerables::struct_boxes_to(c, t) => {
            Conversion::Boxing
        }
        _ if implicit_reference(from, to) => Conversion::Reference,
        _ => return None,
    };
    Some(Some(c))
}

/// C#'s variance conversion to a generic interface or delegate type of the program: `from`
/// (that interface or delegate itself, or a class, struct or interface implementing or
/// extending it) has an instance of `to`'s generic type whose type arguments convert to
/// `to`'s by its variance. Decided on the type arguments, not on which instances exist yet:
/// `IBox<T>` of `Get<T>(IBox<T> b)` called as `Get<Animal>(box)` is named by its instance
/// only later (instantiate.rs makes it, and the itables then give the class one).
fn variant_generic(from: &Ty, to: &Ty) -> bool {
    let (Ty::Class(_, a), Ty::Class(_, b)) = (from, to) else {
        return false;
    };
    let Some((template, ys)) = &b.generic else {
        return false;
    };
    if !b.is_interface && b.delegate.is_none() {
        return false;
    }
    let own = a
        .generic
        .iter()
        .filter(|_| a.is_interface || a.delegate.is_some());
    own.chain(&a.generic_interfaces)
        .any(|(t, xs)| t == template && xs.len() == ys.len() && args_vary(xs, ys, &b.variance))
}

/// Whether type arguments `xs` convert to `ys` by `variance` (`ClassGeneric::variance`; empty:
/// all invariant): identical, or, both being reference types, an implicit reference conversion
/// (`out`) or the reverse one (`in`). A value type argument never varies.
fn args_vary(xs: &[Ty], ys: &[Ty], variance: &[i8]) -> bool {
    xs.iter().zip(ys).enumerate().all(|(i, (x, y))| {
        x == y
            || match variance.get(i).copied().unwrap_or(0) {
                1 => x.is_reference_type() && implicit_reference(x, y),
                -1 => y.is_reference_type() && implicit_reference(y, x),
                _ => false,
            }
    })
}

/// The variance of a variant interface of the library (as `ClassGeneric::variance`).
/// `IEnumerable<T>`, `IReadOnlyList<T>` and `IReadOnlyCollection<T>` go through
/// `collection_interfaces`; `Func` and `Action` have their own rule.
fn lib_variance(l: Lib) -> Option<&'static [i8]> {
    Some(match l {
        Lib::IEnumerator
        | Lib::IAsyncEnumerable
        | Lib::IAsyncEnumerator
        | Lib::IOrderedEnumerable => &[1],
        Lib::IGrouping => &[1, 1],
        Lib::IComparer | Lib::IEqualityComparer => &[-1],
        _ => return None,
    })
}

/// The conversion between two numeric types one of which is `uint` or `ulong`.
fn unsigned(from: &Ty, to: &Ty) -> Option<Conversion> {
    let (f, t) = (NumKind::of(from)?, NumKind::of(to)?);
    (f != t).then_some(Conversion::Unsigned {
        from: f,
        to: t,
        checked: false,
    })
}

fn widens(c: Conversion) -> bool {
    matches!(c, Conversion::Unsigned { from, to, .. } if from.widens_to(to))
}

fn numeric_widening(from: &Ty, to: &Ty) -> bool {
    matches!(
        (from, to),
        (Ty::Int, Ty::Long)
            | (Ty::Int, Ty::Double)
            | (Ty::Long, Ty::Double)
            | (Ty::Char, Ty::Int | Ty::Long | Ty::Double)
    ) || (to.nullable_of().is_none()
        && matches!(
            implicit(from, to),
            Some(Some(
                Conversion::Unsigned { .. } | Conversion::ToFloat(_) | Conversion::FloatToDouble
            ))
        ))
}

/// C#'s implicit constant expression conversion: an `int` constant in range converts to a
/// small integer type.
pub fn constant_fits(e: &Expr, to: &Ty) -> bool {
    match (e.constant(), to) {
        (Some(crate::constants::ConstValue::Int(v)), Ty::Small(s)) => s.contains(*v as i64),
        (Some(c), Ty::UInt | Ty::ULong) if matches!(e.ty, Ty::Int | Ty::Long) => {
            crate::unsigned::constant_fits_unsigned(c, to).unwrap_or(false)
        }
        (_, Ty::Enum(..)) => crate::enums::zero_constant(e),
        _ => false,
    }
}

/// The `T` of the `IEnumerable<T>` that `src` implements: arrays, lists, sets, queues, stacks,
/// a dictionary (its `KeyValuePair`s) and its `Keys`/`Values`, the collection interfaces, and
/// a string (its `char`s).
pub(crate) fn enumerable_elem(src: &Ty) -> Option<Ty> {
    Some(match src {
        Ty::Array(e) => (**e).clone(),
        Ty::Lib(
            Lib::List
            | Lib::ReadOnlyCollection
            | Lib::IEnumerable
            | Lib::IList
            | Lib::IReadOnlyList
            | Lib::ICollection
            | Lib::IReadOnlyCollection
            | Lib::HashSet
            | Lib::Queue
            | Lib::Stack
            | Lib::KeyCollection,
            a,
        ) => a.first().cloned().unwrap_or(Ty::Error),
        Ty::Lib(Lib::ValueCollection | Lib::IGrouping, a) => a.get(1).cloned().unwrap_or(Ty::Error),
        Ty::Lib(Lib::IOrderedEnumerable, a) => a.first().cloned().unwrap_or(Ty::Error),
        Ty::Lib(Lib::Dictionary | Lib::IDictionary | Lib::IReadOnlyDictionary, a) => {
            Ty::Lib(Lib::KeyValuePair, a.clone())
        }
        Ty::String => Ty::Char,
        // A class of the program implementing `IEnumerable<T>` (user_enumerables.rs).
        Ty::Class(_, c) => {
            let mut it = c.lib_interfaces.iter().filter_map(|t| match t {
                Ty::Lib(Lib::IEnumerable, a) => a.first(),
                _ => None,
            });
            match (it.next(), it.next()) {
                (Some(t), None) => t.clone(),
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// The generic collection interfaces of `System.Collections.Generic` that `src` implements in
/// .NET (among those the library has), with their type arguments.
pub(crate) fn collection_interfaces(src: &Ty) -> Vec<(Lib, Vec<Ty>)> {
    use Lib::*;
    if let Ty::Class(_, c) = src {
        return c
            .lib_interfaces
            .iter()
            .filter_map(|t| match t {
                Ty::Lib(l @ Lib::IEnumerable, a) => Some((*l, a.clone())),
                _ => None,
            })
            .collect();
    }
    let Some(elem) = enumerable_elem(src) else {
        return Vec::new();
    };
    let one = |ls: &[Lib]| -> Vec<(Lib, Vec<Ty>)> {
        ls.iter().map(|&l| (l, vec![elem.clone()])).collect()
    };
    let list = [
        IList,
        ICollection,
        IEnumerable,
        IReadOnlyList,
        IReadOnlyCollection,
    ];
    match src {
        Ty::Array(_) | Ty::Lib(List | ReadOnlyCollection, _) => one(&list),
        Ty::Lib(HashSet | KeyCollection | ValueCollection, _) => {
            one(&[ICollection, IEnumerable, IReadOnlyCollection])
        }
        Ty::Lib(Queue | Stack, _) => one(&[IEnumerable, IReadOnlyCollection]),
        Ty::Lib(Dictionary, a) => {
            let mut v = vec![(IDictionary, a.clone()), (IReadOnlyDictionary, a.clone())];
            v.extend(one(&[ICollection, IEnumerable, IReadOnlyCollection]));
            v
        }
        // An interface is itself (for variance) and the interfaces it extends.
        Ty::Lib(IList, _) => one(&[IList, ICollection, IEnumerable]),
        Ty::Lib(IReadOnlyList, _) => one(&[IReadOnlyList, IReadOnlyCollection, IEnumerable]),
        Ty::Lib(ICollection, _) => one(&[ICollection, IEnumerable]),
        Ty::Lib(IReadOnlyCollection, _) => one(&[IReadOnlyCollection, IEnumerable]),
        Ty::Lib(IEnumerable, _) => one(&[IEnumerable]),
        Ty::Lib(IDictionary, a) => {
            let mut v = vec![(IDictionary, a.clone())];
            v.extend(one(&[ICollection, IEnumerable]));
            v
        }
        Ty::Lib(IReadOnlyDictionary, a) => {
            let mut v = vec![(IReadOnlyDictionary, a.clone())];
            v.extend(one(&[IReadOnlyCollection, IEnumerable]));
            v
        }
        Ty::String | Ty::Lib(IOrderedEnumerable | IGrouping, _) => one(&[IEnumerable]),
        _ => Vec::new(),
    }
}

pub fn is_collection_interface(t: &Ty) -> bool {
    t.is_collection_interface()
}

/// Implicit reference conversions between non-identical reference types.
fn implicit_reference(from: &Ty, to: &Ty) -> bool {
    if !from.is_reference_type() || !to.is_reference_type() {
        return false;
    }
    // `int?` to `long?` (a lifted conversion: not a reference one), `int?` to `string`, ...
    if from.nullable_of().is_some() || to.nullable_of().is_some() {
        return false;
    }
    if from.derives_from(to) || from.implements(to) || variant_generic(from, to) {
        return true;
    }
    match (from, to) {
        // The library's variant interfaces: `IAsyncEnumerable<Dog>` to
        // `IAsyncEnumerable<Animal>`, `IComparer<Animal>` to `IComparer<Dog>`.
        (Ty::Lib(l, a), Ty::Lib(m, b))
            if l == m && a.len() == b.len() && lib_variance(*l).is_some() =>
        {
            args_vary(a, b, lib_variance(*l).unwrap_or(&[]))
        }
        (Ty::Array(a), Ty::Array(b)) => a.is_reference_type() && implicit_reference(a, b),
        (Ty::Array(_), Ty::Lib(Lib::Array, _)) => true,
        // A class that implements `IDisposable`, and the library's disposable types.
        (Ty::Class(_, c), Ty::Lib(Lib::IDisposable, _)) => c.disposable && !c.is_struct,
        (Ty::Lib(l, _), Ty::Lib(Lib::IDisposable, _)) if l.is_disposable() => true,
        // A class implementing `IEnumerator<T>`, `IAsyncEnumerable<T>`, ... (all covariant).
        (
            Ty::Class(_, c),
            Ty::Lib(l @ (Lib::IEnumerator | Lib::IAsyncEnumerable | Lib::IAsyncEnumerator), b),
        ) => c.lib_interfaces.iter().any(|t| match t {
            Ty::Lib(m, a) => {
                m == l
                    && (a == b
                        || (a.len() == 1
                            && b.len() == 1
                            && a[0].is_reference_type()
                            && implicit_reference(&a[0], &b[0])))
            }
            _ => false,
        }),
        // A class implementing `IComparer<T>` or `IEqualityComparer<T>` (both contravariant).
        (Ty::Class(_, c), Ty::Lib(l @ (Lib::IComparer | Lib::IEqualityComparer), b)) => {
            !c.is_struct
                && c.lib_interfaces.iter().any(|t| match t {
                    Ty::Lib(m, a) => {
                        m == l
                            && (a == b
                                || (a.len() == 1
                                    && b.len() == 1
                                    && b[0].is_reference_type()
                                    && implicit_reference(&b[0], &a[0])))
                    }
                    _ => false,
                })
        }
        // The collection interfaces a collection implements; `IEnumerable<out T>`,
        // `IReadOnlyList<out T>` and `IReadOnlyCollection<out T>` are covariant, and an array
        // `S[]` converts to `IList<T>` as `S[]` does to `T[]`.
        (src, Ty::Lib(l, b)) if is_collection_interface(to) => {
            let covariant = matches!(
                l,
                Lib::IEnumerable | Lib::IReadOnlyList | Lib::IReadOnlyCollection
            ) || matches!(src, Ty::Array(_));
            collection_interfaces(src).iter().any(|(m, a)| {
                m == l
                    && (a == b
                        || (covariant
                            && a.len() == 1
                            && b.len() == 1
                            && a[0].is_reference_type()
                            && implicit_reference(&a[0], &b[0])))
            })
        }
        // `Func<in T1, ..., out TResult>` and `Action<in T...>`: variant in their reference
        // type arguments (a value type argument must be identical).
        (Ty::Lib(l @ (Lib::Func | Lib::Action), a), Ty::Lib(m, b))
            if l == m && a.len() == b.len() =>
        {
            let last = a.len().wrapping_sub(1);
            a.iter().zip(b).enumerate().all(|(i, (x, y))| {
                x == y
                    || (x.is_reference_type()
                        && y.is_reference_type()
                        && if *l == Lib::Func && i == last {
                            implicit_reference(x, y)
                        } else {
                            implicit_reference(y, x)
                        })
            })
        }
        // `StringComparer` implements `IEqualityComparer<string>` and `IComparer<string>`
        // (both contravariant: no other reference type converts to `string`).
        (Ty::Lib(Lib::StringComparer, _), Ty::Lib(Lib::IEqualityComparer | Lib::IComparer, b)) => {
            b.first() == Some(&Ty::String)
        }
        _ => false,
    }
}

pub fn explicit(from: &Ty, to: &Ty) -> Option<Option<Conversion>> {
    if let Some(c) = implicit(from, to) {
        return Some(c);
    }
    // Between an enum and a number, `char` or another enum: the conversion between the
    // underlying types (the same word, retyped, when they are the same type).
    let numeric = |t: &Ty| {
        matches!(
            t,
            Ty::Int
                | Ty::Long
                | Ty::UInt
                | Ty::ULong
                | Ty::Float
                | Ty::Double
                | Ty::Char
                | Ty::Small(_)
                | Ty::Enum(..)
        )
    };
    if (from.is_enum() || to.is_enum()) && numeric(from) && numeric(to) {
        return match explicit(from.underlying(), to.underlying()) {
            Some(None) => Some(Some(Conversion::WidenSmall)),
            other => other,
        };
    }
    // The library's enums (`TaskStatus`, `StringComparison`) are `int`s underneath.
    let lib_enum = |t: &Ty| matches!(t, Ty::Lib(l, _) if l.is_enum());
    if (lib_enum(from) || lib_enum(to))
        && (numeric(from) || lib_enum(from))
        && (numeric(to) || lib_enum(to))
    {
        let int = |t: &Ty| {
            if lib_enum(t) {
                Ty::Int
            } else {
                t.underlying().clone()
            }
        };
        return match explicit(&int(from), &int(to)) {
            Some(None) => Some(Some(Conversion::WidenSmall)),
            other => other,
        };
    }
    let c = match (from, to) {
        // To a type parameter from `object`, from an interface, from its base class; from a
        // type parameter to any interface: unboxing or a checked reference conversion per
        // instantiation.
        (f, Ty::Generic(_)) if *f == Ty::Object || f.is_interface() || to.derives_from(f) => {
            Conversion::Unboxing
        }
        (Ty::Generic(_), t) if t.is_interface() => Conversion::Boxing,
        (Ty::Long, Ty::Int) => Conversion::LongToInt,
        (Ty::Double, Ty::Int) => Conversion::DoubleToInt,
        (Ty::Double, Ty::Long) => Conversion::DoubleToLong,
        (Ty::Int, Ty::Char) => Conversion::IntToChar,
        (Ty::Long, Ty::Char) => Conversion::LongToChar,
        (Ty::Double, Ty::Char) => Conversion::DoubleToChar,
        (Ty::Small(_), Ty::Char) => Conversion::IntToChar,
        (Ty::Int | Ty::Char | Ty::Small(_), Ty::Small(s)) => Conversion::ToSmall(*s),
        (Ty::Long, Ty::Small(s)) => Conversion::LongToSmall(*s),
        (Ty::Double, Ty::Small(s)) => Conversion::DoubleToSmall(*s),
        (Ty::Double, Ty::Float) => Conversion::ToFloat(NumKind::Double),
        // A `float` converts as the `double` of the same value (lower reads it as one).
        (Ty::Float, t) if NumKind::of(t).is_some() => return explicit(&Ty::Double, t),
        (f, t) if f.is_unsigned() || t.is_unsigned() => match unsigned(f, t) {
            Some(c) => c,
            None if *f == Ty::Object => Conversion::Unboxing,
            None => return None,
        },
        (Ty::Object, t) if t.is_value_type() => Conversion::Unboxing,
        // `int?` to `int` (or `long`, ...): casts read `.Value` (check_nullable.rs); this entry
        // makes an implicit use CS0266, as in C#.
        (Ty::Lib(Lib::Nullable, a), t)
            if a.first()
                .is_some_and(|u| u == t || (u.is_numeric() && t.is_numeric())) =>
        {
            Conversion::Unboxing
        }
        // `(int?)o`, `(long?)intNullable`: not in the slice (check_cast.rs reports them).
        (_, t) | (t, _) if t.nullable_of().is_some() => return None,
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
        // From a collection interface to another interface, to a class that is not sealed (or
        // that implements it), or to an array of its elements; and from a class that is not
        // sealed to one: checked at run time.
        (f, t) if is_collection_interface(f) && collection_cast_target(f, t) => {
            Conversion::Downcast
        }
        (f, t)
            if is_collection_interface(t)
                && (f.is_interface()
                    || matches!(f, Ty::Class(_, c) if !c.is_struct)
                    || matches!(
                        f,
                        Ty::Lib(
                            Lib::List
                                | Lib::Dictionary
                                | Lib::HashSet
                                | Lib::Queue
                                | Lib::Stack
                                | Lib::ReadOnlyCollection,
                            _
                        )
                    )) =>
        {
            Conversion::Downcast
        }
        // `IDisposable` to a class or an interface, and back: checked at run time.
        (Ty::Lib(Lib::IDisposable, _), Ty::Class(_, c))
        | (Ty::Class(_, c), Ty::Lib(Lib::IDisposable, _))
            if !c.is_struct =>
        {
            Conversion::Downcast
        }
        // Between an interface and a class or another interface, checked at run time.
        (Ty::Class(..), Ty::Class(..)) if from.is_interface() || to.is_interface() => {
            Conversion::Downcast
        }
        _ => return None,
    };
    Some(Some(c))
}

/// Whether C# has an explicit conversion from the collection interface `from` to `to`.
fn collection_cast_target(from: &Ty, to: &Ty) -> bool {
    match to {
        _ if is_collection_interface(to) || to.is_interface() => true,
        Ty::Class(_, c) => !c.is_struct,
        Ty::Lib(
            Lib::List
            | Lib::Dictionary
            | Lib::HashSet
            | Lib::Queue
            | Lib::Stack
            | Lib::ReadOnlyCollection,
            _,
        ) => true,
        Ty::Array(s) => {
            let list_like = matches!(
                from,
                Ty::Lib(
                    Lib::IEnumerable
                        | Lib::IList
                        | Lib::IReadOnlyList
                        | Lib::ICollection
                        | Lib::IReadOnlyCollection,
                    _
                )
            );
            let t = enumerable_elem(from).unwrap_or(Ty::Error);
            list_like
                && (t == **s
                    || (t.is_reference_type()
                        && s.is_reference_type()
                        && explicit(&t, s).is_some()))
        }
        _ => implicit(to, from).is_some(),
    }
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
        // C#: a signed integral type is the better target than an unsigned one it does not
        // convert to (`F(1)` picks `F(sbyte)` over `F(byte)`).
        _ if signed_over_unsigned(p, q) => 1,
        _ if signed_over_unsigned(q, p) => -1,
        _ => 0,
    }
}

fn signed_over_unsigned(p: &Ty, q: &Ty) -> bool {
    use SmallInt::*;
    matches!(
        (p, q),
        (Ty::Small(SByte), Ty::Small(Byte | UShort))
            | (Ty::Small(Short), Ty::Small(UShort))
            | (Ty::Small(SByte | Short) | Ty::Int, Ty::UInt | Ty::ULong)
            | (Ty::Long, Ty::ULong)
    )
}

/// Applies a conversion that is known to exist; constants stay constants.
pub fn apply(e: Expr, conv: Option<Conversion>, to: &Ty) -> Expr {
    let Some(conv) = conv else {
        return e;
    };
    // `int?` to `long?`: the runtime widens the box (`builtins::REBOX`).
    if let (Conversion::Boxing, Some(u), true) =
        (conv, to.nullable_of(), e.ty.nullable_of().is_some())
    {
        let lib = crate::builtins::library();
        if let Some(&id) = lib
            .lookup(crate::builtins::Owner::Object, crate::builtins::REBOX)
            .first()
        {
            let span = e.span;
            return Expr {
                id: crate::hir::ExprId::NONE,
                kind: ExprKind::Call {
                    callee: crate::hir::Callee::Builtin(id),
                    receiver: None,
                    args: vec![e],
                    type_args: vec![u.clone()],
                },
                ty: to.clone(),
                span,
            };
        }
    }
    // `int` to `long?`: widened, then boxed.
    if let (Conversion::Boxing, Some(u)) = (conv, to.nullable_of()) {
        if e.ty != *u {
            if let Some(Some(widen)) = implicit(&e.ty, u) {
                let widened = apply(e, Some(widen), u);
                return apply(widened, Some(Conversion::Boxing), to);
            }
        }
    }
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
            | Conversion::CharToDouble
            | Conversion::WidenSmall
            | Conversion::SmallToLong
            | Conversion::SmallToDouble
            | Conversion::Unsigned { .. }
            | Conversion::ToFloat(_)
            | Conversion::FloatToDouble => c.convert_numeric(to).ok(),
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
