//! The deferred operators' constructors: each checks its arguments as .NET does (at the call,
//! not at the enumeration) and makes the query object (`query.rs`) that runs nothing yet.

use super::query::{self, is_query, make, null_arg, Spec};
use crate::collections;
use crate::exception;
use crate::object::{ElemKind, Word};
use crate::{entry_list, Entry};

fn lazy(source: Word, d: Word, op: u64, names: (&str, &str), sk: Word, k: Word) -> Word {
    let checked = null_arg(source, names.0).and_then(|()| null_arg(d, names.1));
    if let Err(e) = checked {
        return e;
    }
    make(Spec {
        source,
        delegate: d,
        op,
        source_kind: sk,
        kind: k,
        ..Spec::default()
    })
}

extern "C" fn select(source: Word, d: Word, sk: Word, k: Word) -> Word {
    lazy(source, d, query::SELECT, ("source", "selector"), sk, k)
}
extern "C" fn select_index(source: Word, d: Word, sk: Word, k: Word) -> Word {
    lazy(
        source,
        d,
        query::SELECT_INDEX,
        ("source", "selector"),
        sk,
        k,
    )
}
extern "C" fn where_(source: Word, d: Word, k: Word) -> Word {
    lazy(source, d, query::WHERE, ("source", "predicate"), k, k)
}
extern "C" fn where_index(source: Word, d: Word, k: Word) -> Word {
    lazy(source, d, query::WHERE_INDEX, ("source", "predicate"), k, k)
}
extern "C" fn take_while(source: Word, d: Word, k: Word) -> Word {
    lazy(source, d, query::TAKE_WHILE, ("source", "predicate"), k, k)
}
extern "C" fn skip_while(source: Word, d: Word, k: Word) -> Word {
    lazy(source, d, query::SKIP_WHILE, ("source", "predicate"), k, k)
}
/// `TakeWhile`/`SkipWhile` whose predicate takes the index too.
fn while_index(source: Word, d: Word, op: u64, k: Word) -> Word {
    let q = lazy(source, d, op, ("source", "predicate"), k, k);
    if !crate::pending::is_pending() {
        // SAFETY: a live query, just made.
        unsafe { (*((q & !crate::object::TAG_MASK) as *mut query::Query)).n = 1 };
    }
    q
}
extern "C" fn take_while_index(source: Word, d: Word, k: Word) -> Word {
    while_index(source, d, query::TAKE_WHILE, k)
}
extern "C" fn skip_while_index(source: Word, d: Word, k: Word) -> Word {
    while_index(source, d, query::SKIP_WHILE, k)
}
extern "C" fn select_many(source: Word, d: Word, sk: Word, k: Word) -> Word {
    let checked = null_arg(source, "source").and_then(|()| null_arg(d, "selector"));
    if let Err(e) = checked {
        return e;
    }
    // The collections' elements are the result's.
    make(Spec {
        source,
        delegate: d,
        op: query::SELECT_MANY,
        source_kind: sk,
        kind: k,
        other_kind: k,
        ..Spec::default()
    })
}
extern "C" fn select_many_result(
    source: Word,
    d: Word,
    result: Word,
    sk: Word,
    ck: Word,
    k: Word,
) -> Word {
    let checked = null_arg(source, "source")
        .and_then(|()| null_arg(d, "collectionSelector"))
        .and_then(|()| null_arg(result, "resultSelector"));
    if let Err(e) = checked {
        return e;
    }
    make(Spec {
        source,
        delegate: d,
        delegate2: result,
        op: query::SELECT_MANY,
        source_kind: sk,
        kind: k,
        other_kind: ck,
        ..Spec::default()
    })
}
fn counted(source: Word, count: Word, op: u64, k: Word) -> Word {
    if let Err(e) = null_arg(source, "source") {
        return e;
    }
    make(Spec {
        source,
        op,
        source_kind: k,
        kind: k,
        n: count as i64 as i32 as i64,
        ..Spec::default()
    })
}
extern "C" fn take(source: Word, count: Word, k: Word) -> Word {
    counted(source, count, query::TAKE, k)
}
extern "C" fn skip(source: Word, count: Word, k: Word) -> Word {
    counted(source, count, query::SKIP, k)
}
extern "C" fn distinct(source: Word, k: Word) -> Word {
    counted(source, 0, query::DISTINCT, k)
}
extern "C" fn reverse(source: Word, k: Word) -> Word {
    counted(source, 0, query::REVERSE, k)
}
extern "C" fn concat(first: Word, second: Word, k: Word) -> Word {
    let checked = null_arg(first, "first").and_then(|()| null_arg(second, "second"));
    if let Err(e) = checked {
        return e;
    }
    make(Spec {
        source: first,
        other: second,
        op: query::CONCAT,
        source_kind: k,
        kind: k,
        ..Spec::default()
    })
}
extern "C" fn zip(first: Word, second: Word, d: Word, k1: Word, k2: Word, k: Word) -> Word {
    let checked = null_arg(first, "first")
        .and_then(|()| null_arg(second, "second"))
        .and_then(|()| null_arg(d, "resultSelector"));
    if let Err(e) = checked {
        return e;
    }
    make(Spec {
        source: first,
        other: second,
        delegate: d,
        op: query::ZIP,
        source_kind: k1,
        kind: k,
        other_kind: k2,
        ..Spec::default()
    })
}
/// `Union`, `Intersect`, `Except`.
fn set_operator(first: Word, second: Word, op: u64, k: Word) -> Word {
    let checked = null_arg(first, "first").and_then(|()| null_arg(second, "second"));
    if let Err(e) = checked {
        return e;
    }
    make(Spec {
        source: first,
        other: second,
        op,
        source_kind: k,
        kind: k,
        ..Spec::default()
    })
}
extern "C" fn union(first: Word, second: Word, k: Word) -> Word {
    set_operator(first, second, query::UNION, k)
}
extern "C" fn intersect(first: Word, second: Word, k: Word) -> Word {
    set_operator(first, second, query::INTERSECT, k)
}
extern "C" fn except(first: Word, second: Word, k: Word) -> Word {
    set_operator(first, second, query::EXCEPT, k)
}
fn append_prepend(source: Word, element: Word, append: bool, k: Word) -> Word {
    if let Err(e) = null_arg(source, "source") {
        return e;
    }
    make(Spec {
        source,
        other: element,
        op: query::APPEND,
        source_kind: k,
        kind: k,
        n: i64::from(append),
        ..Spec::default()
    })
}
extern "C" fn append(source: Word, element: Word, k: Word) -> Word {
    append_prepend(source, element, true, k)
}
extern "C" fn prepend(source: Word, element: Word, k: Word) -> Word {
    append_prepend(source, element, false, k)
}
extern "C" fn default_if_empty(source: Word, k: Word) -> Word {
    counted(source, 0, query::DEFAULT_IF_EMPTY, k)
}
/// `DefaultIfEmpty(value)`: `value` (in `other`) where the source has no element.
extern "C" fn default_if_empty_value(source: Word, value: Word, k: Word) -> Word {
    if let Err(e) = null_arg(source, "source") {
        return e;
    }
    make(Spec {
        source,
        other: value,
        op: query::DEFAULT_IF_EMPTY,
        source_kind: k,
        kind: k,
        ..Spec::default()
    })
}
fn order(source: Word, d: Word, op: u64, descending: bool, k: Word, kk: Word) -> Word {
    order_with(source, d, 0, op, descending, [k, kk])
}
/// `comparer`: a `StringComparer`, or 0 for the default comparer.
fn order_with(
    source: Word,
    d: Word,
    comparer: Word,
    op: u64,
    descending: bool,
    kinds: [Word; 2],
) -> Word {
    let checked = null_arg(source, "source").and_then(|()| null_arg(d, "keySelector"));
    if let Err(e) = checked {
        return e;
    }
    let [k, kk] = kinds;
    make(Spec {
        source,
        delegate: d,
        delegate2: comparer,
        op,
        source_kind: k,
        kind: k,
        other_kind: kk,
        n: i64::from(descending),
        ..Spec::default()
    })
}
extern "C" fn order_by(source: Word, d: Word, k: Word, kk: Word) -> Word {
    order(source, d, query::ORDER, false, k, kk)
}
extern "C" fn order_by_descending(source: Word, d: Word, k: Word, kk: Word) -> Word {
    order(source, d, query::ORDER, true, k, kk)
}
extern "C" fn then_by(source: Word, d: Word, k: Word, kk: Word) -> Word {
    order(source, d, query::THEN, false, k, kk)
}
extern "C" fn then_by_descending(source: Word, d: Word, k: Word, kk: Word) -> Word {
    order(source, d, query::THEN, true, k, kk)
}
extern "C" fn order_by_comparer(source: Word, d: Word, c: Word, k: Word, kk: Word) -> Word {
    order_with(source, d, c, query::ORDER, false, [k, kk])
}
extern "C" fn order_by_descending_comparer(
    source: Word,
    d: Word,
    c: Word,
    k: Word,
    kk: Word,
) -> Word {
    order_with(source, d, c, query::ORDER, true, [k, kk])
}
extern "C" fn then_by_comparer(source: Word, d: Word, c: Word, k: Word, kk: Word) -> Word {
    order_with(source, d, c, query::THEN, false, [k, kk])
}
extern "C" fn then_by_descending_comparer(
    source: Word,
    d: Word,
    c: Word,
    k: Word,
    kk: Word,
) -> Word {
    order_with(source, d, c, query::THEN, true, [k, kk])
}
extern "C" fn group_by(source: Word, d: Word, k: Word, kk: Word) -> Word {
    order(source, d, query::GROUP, false, k, kk)
}
extern "C" fn group_by_element(
    source: Word,
    d: Word,
    e: Word,
    k: Word,
    kk: Word,
    ek: Word,
) -> Word {
    let checked = null_arg(source, "source")
        .and_then(|()| null_arg(d, "keySelector"))
        .and_then(|()| null_arg(e, "elementSelector"));
    if let Err(x) = checked {
        return x;
    }
    make(Spec {
        source,
        delegate: d,
        delegate2: e,
        op: query::GROUP,
        source_kind: k,
        kind: ek,
        other_kind: kk,
        ..Spec::default()
    })
}
/// `Join` and `GroupJoin`: the kinds are the outer elements', the inner ones', the keys' and
/// the results'.
#[allow(clippy::too_many_arguments)]
fn join(op: u64, outer: Word, inner: Word, ok: Word, ik: Word, rs: Word, kinds: [Word; 4]) -> Word {
    let checked = null_arg(outer, "outer")
        .and_then(|()| null_arg(inner, "inner"))
        .and_then(|()| null_arg(ok, "outerKeySelector"))
        .and_then(|()| null_arg(ik, "innerKeySelector"))
        .and_then(|()| null_arg(rs, "resultSelector"));
    if let Err(e) = checked {
        return e;
    }
    let [t, inner_kind, key_kind, kind] = kinds;
    make(Spec {
        source: outer,
        other: inner,
        delegate: ok,
        delegate2: ik,
        delegate3: rs,
        op,
        source_kind: t,
        kind,
        other_kind: inner_kind,
        key_kind,
        ..Spec::default()
    })
}
#[allow(clippy::too_many_arguments)]
extern "C" fn join_entry(
    outer: Word,
    inner: Word,
    ok: Word,
    ik: Word,
    rs: Word,
    t: Word,
    i: Word,
    k: Word,
    r: Word,
) -> Word {
    join(query::JOIN, outer, inner, ok, ik, rs, [t, i, k, r])
}
#[allow(clippy::too_many_arguments)]
extern "C" fn group_join(
    outer: Word,
    inner: Word,
    ok: Word,
    ik: Word,
    rs: Word,
    t: Word,
    i: Word,
    k: Word,
    r: Word,
) -> Word {
    join(query::GROUP_JOIN, outer, inner, ok, ik, rs, [t, i, k, r])
}
fn count_out_of_range() -> Word {
    crate::pending::throw(exception::new_with_param(
        &exception::ARGUMENT_OUT_OF_RANGE,
        None,
        "count",
    ))
}
extern "C" fn range(start: Word, count: Word) -> Word {
    let (start, count) = (start as i64 as i32 as i64, count as i64 as i32 as i64);
    if count < 0 || start + count - 1 > i64::from(i32::MAX) {
        return count_out_of_range();
    }
    make(Spec {
        op: query::RANGE,
        source_kind: ElemKind::I32 as Word,
        kind: ElemKind::I32 as Word,
        n: start,
        m: count,
        ..Spec::default()
    })
}
extern "C" fn repeat(element: Word, count: Word, k: Word) -> Word {
    let count = count as i64 as i32 as i64;
    if count < 0 {
        return count_out_of_range();
    }
    make(Spec {
        other: element,
        op: query::REPEAT,
        source_kind: k,
        kind: k,
        m: count,
        ..Spec::default()
    })
}
extern "C" fn empty(k: Word) -> Word {
    collections::new_array_from(ElemKind::from_code(k), &[])
}

/// `rt.query_kind(q, kind)`: the exact kind of a new query's elements (`char` where the
/// machine kind says `int`), from its C# type (`library::query_elem_kind`).
extern "C" fn set_query_kind(q: Word, kind: Word) -> Word {
    if !is_query(q) {
        return q;
    }
    // SAFETY: a live query, just made by the call whose result it is.
    let q_ref = unsafe { &mut *((q & !crate::object::TAG_MASK) as *mut query::Query) };
    // A `GroupBy`'s kind is its groupings' elements' (a query of groupings holds references).
    let grouped = kind & crate::library::GROUPED != 0;
    if grouped == (q_ref.op == query::GROUP) {
        q_ref.kind = kind & !crate::library::GROUPED;
    }
    q
}

/// A query expression's transparent identifier: the range variables in a `KeyValuePair`
/// (sema's `builtins::PAIR`).
extern "C" fn transparent_pair(key: Word, value: Word, kk: Word, vk: Word) -> Word {
    crate::hashed::pair_new(key, value, kk, vk, 0, 0)
}

type F1 = extern "C" fn(Word) -> Word;
type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;
type F4 = extern "C" fn(Word, Word, Word, Word) -> Word;
type F5 = extern "C" fn(Word, Word, Word, Word, Word) -> Word;
type F6 = extern "C" fn(Word, Word, Word, Word, Word, Word) -> Word;
type F9 = extern "C" fn(Word, Word, Word, Word, Word, Word, Word, Word, Word) -> Word;

pub(super) fn entries() -> Vec<Entry> {
    entry_list! {
        "IEnumerable<T>.Select<TResult>(Func<T, TResult>)" => select as F4, TypeArgs;
        "IEnumerable<T>.Select<TResult>(Func<T, int, TResult>)" => select_index as F4, TypeArgs;
        "IEnumerable<T>.Where(Func<T, bool>)" => where_ as F3, TypeArgs;
        "IEnumerable<T>.Where(Func<T, int, bool>)" => where_index as F3, TypeArgs;
        "IEnumerable<T>.TakeWhile(Func<T, bool>)" => take_while as F3, TypeArgs;
        "IEnumerable<T>.SkipWhile(Func<T, bool>)" => skip_while as F3, TypeArgs;
        "IEnumerable<T>.TakeWhile(Func<T, int, bool>)" => take_while_index as F3, TypeArgs;
        "IEnumerable<T>.SkipWhile(Func<T, int, bool>)" => skip_while_index as F3, TypeArgs;
        "IEnumerable<T>.SelectMany<TResult>(Func<T, IEnumerable<TResult>>)" => select_many as F4, TypeArgs;
        "IEnumerable<T>.SelectMany<TCollection, TResult>(Func<T, IEnumerable<TCollection>>, Func<T, TCollection, TResult>)" => select_many_result as F6, TypeArgs;
        "IEnumerable<T>.Take(int)" => take as F3, TypeArgs;
        "IEnumerable<T>.Skip(int)" => skip as F3, TypeArgs;
        "IEnumerable<T>.Distinct()" => distinct as F2, TypeArgs;
        "IEnumerable<T>.Reverse()" => reverse as F2, TypeArgs;
        "IEnumerable<T>.Concat(IEnumerable<T>)" => concat as F3, TypeArgs;
        "IEnumerable<T>.Union(IEnumerable<T>)" => union as F3, TypeArgs;
        "IEnumerable<T>.Intersect(IEnumerable<T>)" => intersect as F3, TypeArgs;
        "IEnumerable<T>.Except(IEnumerable<T>)" => except as F3, TypeArgs;
        "IEnumerable<T>.Append(T)" => append as F3, TypeArgs;
        "IEnumerable<T>.Prepend(T)" => prepend as F3, TypeArgs;
        "IEnumerable<T>.DefaultIfEmpty()" => default_if_empty as F2, TypeArgs;
        "IEnumerable<T>.DefaultIfEmpty(T)" => default_if_empty_value as F3, TypeArgs;
        "IEnumerable<T>.Zip<TSecond, TResult>(IEnumerable<TSecond>, Func<T, TSecond, TResult>)" => zip as F6, TypeArgs;
        "IEnumerable<T>.OrderBy<TKey>(Func<T, TKey>)" => order_by as F4, TypeArgs;
        "IEnumerable<T>.OrderByDescending<TKey>(Func<T, TKey>)" => order_by_descending as F4, TypeArgs;
        "IOrderedEnumerable<T>.ThenBy<TKey>(Func<T, TKey>)" => then_by as F4, TypeArgs;
        "IOrderedEnumerable<T>.ThenByDescending<TKey>(Func<T, TKey>)" => then_by_descending as F4, TypeArgs;
        "IEnumerable<T>.OrderBy<TKey>(Func<T, TKey>, IComparer<TKey>)" => order_by_comparer as F5, TypeArgs;
        "IEnumerable<T>.OrderByDescending<TKey>(Func<T, TKey>, IComparer<TKey>)" => order_by_descending_comparer as F5, TypeArgs;
        "IOrderedEnumerable<T>.ThenBy<TKey>(Func<T, TKey>, IComparer<TKey>)" => then_by_comparer as F5, TypeArgs;
        "IOrderedEnumerable<T>.ThenByDescending<TKey>(Func<T, TKey>, IComparer<TKey>)" => then_by_descending_comparer as F5, TypeArgs;
        "IEnumerable<T>.GroupBy<TKey>(Func<T, TKey>)" => group_by as F4, TypeArgs;
        "IEnumerable<T>.GroupBy<TKey, TElement>(Func<T, TKey>, Func<T, TElement>)" => group_by_element as F6, TypeArgs;
        "Enumerable.Range(int, int)" => range as F2, None;
        "Enumerable.Repeat<TResult>(TResult, int)" => repeat as F3, TypeArgs;
        "Enumerable.Empty<TResult>()" => empty as F1, TypeArgs;
        "IEnumerable<T>.Join<TInner, TKey, TResult>(IEnumerable<TInner>, Func<T, TKey>, Func<TInner, TKey>, Func<T, TInner, TResult>)" => join_entry as F9, TypeArgs;
        "IEnumerable<T>.GroupJoin<TInner, TKey, TResult>(IEnumerable<TInner>, Func<T, TKey>, Func<TInner, TKey>, Func<T, IEnumerable<TInner>, TResult>)" => group_join as F9, TypeArgs;
        "rt.query_kind" => set_query_kind as F2, None, nothrow;
        "object.<Pair><T, TValue>(T, TValue)" => transparent_pair as F4, TypeArgs, nothrow;
    }
}
