//! `EqualityComparer<T>.Default` and `Comparer<T>.Default`, called directly (sema's
//! `default_comparer.rs` takes `EqualityComparer<T>.Default.Equals(a, b)` for a call of
//! `<DefaultEquals><T>(a, b)`): what collections do to their elements, for any `T`. The extra
//! word is `T`'s kind.

use std::cmp::Ordering;

use crate::exception;
use crate::object::{desc_of, is_null, is_object, ElemKind, Word};
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

type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "object.<DefaultEquals><T>(T, T)" => default_equals as F3, TypeArgs;
        "object.<DefaultHash><T>(T)" => default_hash as F2, TypeArgs;
        "object.<DefaultCompare><T>(T, T)" => default_compare as F3, TypeArgs;
    }
}
