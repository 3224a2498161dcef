//! LINQ to Objects' operators (`System.Linq.Enumerable`), as members of `IEnumerable<T>`.
//! The operators .NET defers make a query object (`query.rs`) that runs nothing until it is
//! enumerated; `ordering.rs` sorts for `OrderBy`/`ThenBy`, `grouping.rs` makes `GroupBy`'s
//! groupings, `ToDictionary` and `ToHashSet`; `aggregates.rs` has the operators that run at
//! once, pulling from a query source one element at a time (`each`) where their own delegate or
//! an early stop makes the order observable.

mod aggregates;
mod grouping;
mod ordering;
mod query;

pub(crate) use grouping::grouping_key;
pub use grouping::GROUPING;
pub(crate) use query::{
    enumerator_start, is_query, items, move_next, trace_enumerator, trace_refs,
};
pub use query::{QUERY, QUERY_ENUMERATOR};

use crate::collections;
use crate::delegate::{invoke1, Ret};
use crate::exception;
use crate::object::{is_null, ElemKind, Word};
use crate::{entry_list, Entry};
use query::{make, null_arg, Spec};

/// Calls `d` with `x` (and the index); `Err` with the word to return when it threw.
fn call(d: Word, x: Word, kind: ElemKind, index: Option<Word>, ret: Ret) -> Result<Word, Word> {
    let r = invoke1(d, x, kind, index, ret);
    if crate::pending::is_pending() {
        return Err(r);
    }
    Ok(r)
}

/// Calls `d` with two arguments of their own kinds (`Zip`, `Aggregate`, `SelectMany`'s result
/// selector); `Err` when it threw.
fn call2(d: Word, a: Word, ka: ElemKind, b: Word, kb: ElemKind, ret: Ret) -> Result<Word, Word> {
    let fa = matches!(ka, ElemKind::F64 | ElemKind::Float);
    let fb = matches!(kb, ElemKind::F64 | ElemKind::Float);
    let (x, y) = (f64::from_bits(a), f64::from_bits(b));
    // SAFETY: `d` is a delegate whose method takes its target (when it has one), then an
    // argument of `ka`'s machine type and one of `kb`'s (a double in a float register, anything
    // else in an integer one), and returns `ret`'s.
    // A multicast delegate calls each of its delegates; the last one's result is the call's.
    let r = crate::delegate::each(d, |d| unsafe {
        let (target, code, has) = crate::delegate::parts(d);
        macro_rules! call {
            ($t:ty) => {
                match (has, fa, fb) {
                    (true, false, false) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, Word, Word) -> $t,
                    >(code)(target, a, b),
                    (true, true, false) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, f64, Word) -> $t,
                    >(code)(target, x, b),
                    (true, false, true) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, Word, f64) -> $t,
                    >(code)(target, a, y),
                    (true, true, true) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, f64, f64) -> $t,
                    >(code)(target, x, y),
                    (false, false, false) => {
                        std::mem::transmute::<usize, extern "C" fn(Word, Word) -> $t>(code)(a, b)
                    }
                    (false, true, false) => {
                        std::mem::transmute::<usize, extern "C" fn(f64, Word) -> $t>(code)(x, b)
                    }
                    (false, false, true) => {
                        std::mem::transmute::<usize, extern "C" fn(Word, f64) -> $t>(code)(a, y)
                    }
                    (false, true, true) => {
                        std::mem::transmute::<usize, extern "C" fn(f64, f64) -> $t>(code)(x, y)
                    }
                }
            };
        }
        match ret {
            Ret::Void => {
                call!(());
                0
            }
            Ret::Word => call!(Word),
            Ret::I32 => call!(i32) as i64 as Word,
            Ret::Bool => Word::from(call!(u8) != 0),
            Ret::F64 => call!(f64).to_bits(),
        }
    });
    if crate::pending::is_pending() {
        return Err(r);
    }
    Ok(r)
}

/// The next element of enumerator `e`: `None` at the end, `Err` when something threw.
fn pull(e: Word) -> Result<Option<Word>, Word> {
    let more = collections::enumerator_move_next(e);
    if crate::pending::is_pending() {
        return Err(more);
    }
    if more == 0 {
        return Ok(None);
    }
    Ok(Some(collections::enumerator_current(e)))
}

/// The element kind of a sequence's copy: the sequence's own when it refines the machine kind
/// the JIT passed (`char` for `I32`).
fn refined(own: ElemKind, passed: u64) -> ElemKind {
    let passed = ElemKind::from_code(passed as Word);
    if own != ElemKind::Ref && own.machine_kind() == passed {
        own
    } else {
        passed
    }
}

fn elements_or_throw(w: Word) -> Result<(ElemKind, Vec<Word>), Word> {
    if is_null(w) {
        return Err(exception::throw_argument_null("source"));
    }
    match collections::sequence_items(w) {
        Some(x) => Ok(x),
        None if crate::pending::is_pending() => Err(0),
        None => Err(exception::throw_new(&exception::INVALID_CAST, None)),
    }
}

/// Pulls `source`'s elements one at a time, as .NET's operators pull from their source: over a
/// query, its delegates run only as far as `f` reads (`First()` of a `Select` calls the selector
/// once) and interleave with `f`'s own calls (`Count(predicate)` of a `Select`). `f` returns
/// `Ok(false)` to stop; `Err` carries the word to return when something threw.
fn each(source: Word, mut f: impl FnMut(Word) -> Result<bool, Word>) -> Result<(), Word> {
    if !is_query(source) {
        let (_, items) = elements_or_throw(source)?;
        let _roots = crate::gc::root(&items);
        for x in items {
            if !f(x)? {
                break;
            }
        }
        return Ok(());
    }
    let e = collections::enumerator_start(source);
    if crate::pending::is_pending() {
        return Err(e);
    }
    // The enumerator holds the current element while `f` runs (its `current`).
    let _roots = crate::gc::root(&[e]);
    while let Some(x) = pull(e)? {
        if !f(x)? {
            break;
        }
    }
    Ok(())
}

// ---- The deferred operators' constructors ------------------------------------------------------

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

pub fn entries() -> Vec<Entry> {
    let mut v = entry_list! {
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
    };
    v.extend(aggregates::entries());
    v.extend(grouping::entries());
    v
}
