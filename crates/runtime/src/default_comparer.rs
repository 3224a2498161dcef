//! `EqualityComparer<T>.Default` and `Comparer<T>.Default`, called directly (sema's
//! `default_comparer.rs` takes `EqualityComparer<T>.Default.Equals(a, b)` for a call of
//! `<DefaultEquals><T>(a, b)`): what collections do to their elements, for any `T`. The extra
//! word is `T`'s kind. The comparers as objects (kept in a variable or a field, passed where an
//! `IEqualityComparer<T>`/`IComparer<T>` goes), and `Comparer<T>.Create(comparison)`'s: small
//! objects holding `T`'s kind (and the comparison), which the comparers' interface members and
//! the collections taking a comparer recognize (`Generic`).

use std::cmp::Ordering;

use crate::exception;
use crate::object::{desc_of, is_null, is_object, ElemKind, Kind, TypeDesc, Word};
use crate::{entry_list, Entry};

/// `EqualityComparer<T>.Default.Equals(a, b)`: two nulls are equal, one null is not, a class
/// implementing `IEquatable<T>` runs its `Equals(T)`, anything else `object.Equals`.
extern "C" fn default_equals(a: Word, b: Word, kind: Word) -> Word {
    let kind = ElemKind::from_code(kind);
    if kind == ElemKind::Ref {
        match (is_null(a), is_null(b)) {
            (true, true) => return 1,
            (true, false) | (false, true) => return 0,
            _ => {}
        }
    }
    // An override that throws leaves its exception pending: the caller sees it.
    crate::list_ops::equal(a, b, kind).map_or(0, Word::from)
}

/// `EqualityComparer<T>.Default.GetHashCode(a)`: 0 for null, else `a.GetHashCode()`.
extern "C" fn default_hash(a: Word, kind: Word) -> Word {
    let kind = ElemKind::from_code(kind);
    if kind == ElemKind::Ref && is_null(a) {
        return 0;
    }
    crate::equality::object_hash_code(crate::collections::box_value(a, kind))
}

/// `Comparer<T>.Default.Compare(a, b)`: a null before everything; strings in the culture's
/// order; values by their `CompareTo`; a class of the program by its `IComparable<T>`; for
/// anything else .NET's ArgumentException.
extern "C" fn default_compare(a: Word, b: Word, kind: Word) -> Word {
    let sign = |o: Ordering| o as i8 as i64 as Word;
    let kind = ElemKind::from_code(kind);
    if kind != ElemKind::Ref {
        return sign(crate::list_ops::compare(a, b, kind));
    }
    match (is_null(a), is_null(b)) {
        (true, true) => return 0,
        (true, false) => return sign(Ordering::Less),
        (false, true) => return sign(Ordering::Greater),
        _ => {}
    }
    // Boxed values (`int?`'s values are their boxes): compared as values of their kind.
    let ((x, xk), (y, yk)) = (
        crate::collections::unboxed(a),
        crate::collections::unboxed(b),
    );
    if xk != ElemKind::Ref && xk == yk {
        return sign(crate::list_ops::compare(x, y, xk));
    }
    if crate::string::is_string(a) && crate::string::is_string(b) {
        return match crate::text::collate::compare_words(a, b, false) {
            Ok(o) => sign(o),
            Err(e) => e,
        };
    }
    // SAFETY: a non-null reference of the program (checked above) is a live object.
    let comparable = is_object(a)
        && unsafe { desc_of(a) }
            .as_class()
            .is_some_and(|c| c.comparable != 0);
    if comparable {
        return crate::list_ops::compare_to(a, b).map_or(0, |r| r as i64 as Word);
    }
    exception::throw_new(
        &exception::ARGUMENT,
        Some("At least one object must implement IComparable."),
    )
}

/// The program's comparer objects of these kinds (a `StringComparer` is `text::compare`'s).
static DEFAULT_EQUALITY: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.GenericEqualityComparer`1",
    kind: Kind::Slots,
    base: None,
};
static DEFAULT_ORDER: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.GenericComparer`1",
    kind: Kind::Slots,
    base: None,
};
static COMPARISON: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.ComparisonComparer`1",
    kind: Kind::Slots,
    base: None,
};

/// What a comparer object of this module does.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Generic {
    /// `EqualityComparer<T>.Default` of a `T` of this kind.
    Equality(ElemKind),
    /// `Comparer<T>.Default`.
    Order(ElemKind),
    /// `Comparer<T>.Create(comparison)`: the delegate.
    Comparison(Word, ElemKind),
}

/// What comparer `w` is, when it is one of this module's.
pub(crate) fn generic(w: Word) -> Option<Generic> {
    use crate::slots;
    if is_null(w) || !is_object(w) {
        return None;
    }
    let kind = |i: usize| ElemKind::from_code(slots::words(w)[i]);
    if slots::is(w, &DEFAULT_EQUALITY) {
        Some(Generic::Equality(kind(0)))
    } else if slots::is(w, &DEFAULT_ORDER) {
        Some(Generic::Order(kind(0)))
    } else if slots::is(w, &COMPARISON) {
        Some(Generic::Comparison(slots::words(w)[0], kind(1)))
    } else {
        None
    }
}

/// `x.Equals(a, b)` through `IEqualityComparer<T>` of one of this module's comparers.
pub(crate) fn equals(cmp: Word, a: Word, b: Word) -> Option<Word> {
    match generic(cmp)? {
        Generic::Equality(kind) => Some(default_equals(a, b, kind as Word)),
        _ => None,
    }
}

/// `x.GetHashCode(a)` through `IEqualityComparer<T>`.
pub(crate) fn hash(cmp: Word, a: Word) -> Option<Word> {
    match generic(cmp)? {
        Generic::Equality(kind) => Some(default_hash(a, kind as Word)),
        _ => None,
    }
}

/// `x.Compare(a, b)` through `IComparer<T>`: the default order, or the comparison's result.
pub(crate) fn compare(cmp: Word, a: Word, b: Word) -> Option<Word> {
    match generic(cmp)? {
        Generic::Order(kind) => Some(default_compare(a, b, kind as Word)),
        Generic::Comparison(d, kind) => {
            let r = crate::delegate::invoke2(d, a, b, kind, crate::delegate::Ret::I32);
            Some(r as i32 as i64 as Word)
        }
        Generic::Equality(_) => None,
    }
}

/// `EqualityComparer<T>.Default` as a value.
extern "C" fn default_equality(kind: Word) -> Word {
    crate::slots::new(&DEFAULT_EQUALITY, vec![kind])
}

/// `Comparer<T>.Default` as a value.
extern "C" fn default_order(kind: Word) -> Word {
    crate::slots::new(&DEFAULT_ORDER, vec![kind])
}

/// `Comparer<T>.Create(comparison)`: .NET checks the comparison at once.
extern "C" fn create(comparison: Word, kind: Word) -> Word {
    if is_null(comparison) {
        return exception::throw_argument_null("comparison");
    }
    let _roots = crate::gc::root(&[comparison]);
    crate::slots::new(&COMPARISON, vec![comparison, kind])
}

type F1 = extern "C" fn(Word) -> Word;
type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "object.<DefaultEquals><T>(T, T)" => default_equals as F3, TypeArgs;
        "object.<DefaultHash><T>(T)" => default_hash as F2, TypeArgs;
        "object.<DefaultCompare><T>(T, T)" => default_compare as F3, TypeArgs;
        "object.<DefaultEqualityComparer><T>()" => default_equality as F1, TypeArgs;
        "object.<DefaultComparer><T>()" => default_order as F1, TypeArgs;
        "object.<ComparerCreate><T>(Comparison<T>)" => create as F2, TypeArgs;
    }
}
