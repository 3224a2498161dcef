//! LINQ to Objects' operators (`System.Linq.Enumerable`), as members of `IEnumerable<T>`.
//! The operators .NET defers make (`ops.rs`) a query object (`query.rs`) that runs nothing until
//! it is enumerated; `ordering.rs` sorts for `OrderBy`/`ThenBy`, `grouping.rs` makes `GroupBy`'s
//! groupings, `ToDictionary` and `ToHashSet`; `aggregates.rs` has the operators that run at
//! once, pulling from a query source one element at a time (`each`) where their own delegate or
//! an early stop makes the order observable; `partition.rs` has .NET's shortcuts for a `Select`
//! over an indexable source (`Last`, `ElementAt` and `Skip` run only the selectors they need).

mod aggregates;
mod grouping;
mod ops;
mod ordering;
mod partition;
mod query;

pub(crate) use grouping::grouping_key;
pub use grouping::GROUPING;
pub(crate) use query::{
    dispose, enumerator_start, is_query, items, move_next, trace_enumerator, trace_refs,
};
pub use query::{QUERY, QUERY_ENUMERATOR};

use crate::collections;
use crate::delegate::{invoke1, Ret};
use crate::exception;
use crate::object::{is_null, ElemKind, Word};
use crate::Entry;

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
    if !is_query(source)
        && !crate::iterator::is_iterator(source)
        && !crate::user_enum::is_enumerable(source)
    {
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
    let mut step = || -> Result<bool, Word> {
        match pull(e)? {
            Some(x) => f(x),
            None => Ok(false),
        }
    };
    loop {
        match step() {
            Ok(true) => {}
            Ok(false) => break,
            Err(x) => {
                collections::dispose_on_throw(e);
                return Err(x);
            }
        }
    }
    // As .NET's `foreach` in the operator: an iterator's `finally` blocks run when it stops.
    let r = collections::enumerator_dispose(e);
    if crate::pending::is_pending() {
        return Err(r);
    }
    Ok(())
}

pub fn entries() -> Vec<Entry> {
    let mut v = ops::entries();
    v.extend(aggregates::entries());
    v.extend(grouping::entries());
    v
}
