//! The operators that run at once: copies (`ToList`, `ToArray`), counts and tests, element
//! picks (`First`, `Single`, `Last`, with .NET's exceptions), sums and extremes, `Aggregate`,
//! `Contains`.

use super::{call, call2, each, elements_or_throw, is_query, query::own_kind, refined};
use crate::collections;
use crate::delegate::Ret;
use crate::exception;
use crate::object::{is_null, ElemKind, Word};
use crate::{entry_list, Entry};
use std::cmp::Ordering;

fn invalid(message: &str) -> Word {
    exception::throw_new(&exception::INVALID_OPERATION, Some(message))
}
fn no_elements() -> Word {
    invalid("Sequence contains no elements")
}
fn no_match() -> Word {
    invalid("Sequence contains no matching element")
}

extern "C" fn to_list(source: Word, kind: Word) -> Word {
    match elements_or_throw(source) {
        Ok((own, items)) => collections::new_list(refined(own, kind), items),
        Err(e) => e,
    }
}
extern "C" fn to_array(source: Word, kind: Word) -> Word {
    match elements_or_throw(source) {
        Ok((own, items)) => collections::new_array_from(refined(own, kind), &items),
        Err(e) => e,
    }
}
extern "C" fn count(source: Word) -> Word {
    match elements_or_throw(source) {
        Ok((_, items)) => items.len() as Word,
        Err(e) => e,
    }
}

/// The elements `pred` accepts (all without one), in order, stopping once `limit` are found;
/// `Err` when something threw.
fn matching(source: Word, pred: Option<Word>, kind: Word, limit: usize) -> Result<Vec<Word>, Word> {
    if is_null(source) {
        return Err(exception::throw_argument_null("source"));
    }
    if pred.is_some_and(is_null) {
        return Err(exception::throw_argument_null("predicate"));
    }
    let arg = ElemKind::from_code(kind);
    let mut out = Vec::new();
    let mut roots = Vec::new();
    each(source, |x| {
        let keep = match pred {
            Some(d) => call(d, x, arg, None, Ret::Bool)? != 0,
            None => true,
        };
        if keep {
            roots.push(crate::gc::root(&[x]));
            out.push(x);
        }
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

extern "C" fn any(source: Word, kind: Word) -> Word {
    matching(source, None, kind, 1).map_or_else(|e| e, |m| Word::from(!m.is_empty()))
}
extern "C" fn count_where(source: Word, d: Word, kind: Word) -> Word {
    matching(source, Some(d), kind, usize::MAX).map_or_else(|e| e, |m| m.len() as Word)
}
extern "C" fn any_where(source: Word, d: Word, kind: Word) -> Word {
    matching(source, Some(d), kind, 1).map_or_else(|e| e, |m| Word::from(!m.is_empty()))
}
extern "C" fn all_where(source: Word, d: Word, kind: Word) -> Word {
    if is_null(d) {
        return exception::throw_argument_null("predicate");
    }
    let arg = ElemKind::from_code(kind);
    let mut all = true;
    let walked = each(source, |x| {
        all = call(d, x, arg, None, Ret::Bool)? != 0;
        Ok(all)
    });
    walked.map_or_else(|e| e, |()| Word::from(all))
}

/// `First`/`FirstOrDefault` (`default` says which), with or without a predicate.
fn first(source: Word, pred: Option<Word>, kind: Word, default: bool) -> Word {
    let ordered = match pred.is_none() && is_query(source) {
        true => super::ordering::first_or_last(source, false),
        false => None,
    };
    let found =
        ordered.unwrap_or_else(|| matching(source, pred, kind, 1).map(|m| m.first().copied()));
    match found {
        Ok(found) => match found {
            Some(x) => x,
            None if default => 0,
            None if pred.is_some() => no_match(),
            None => no_elements(),
        },
        Err(e) => e,
    }
}
extern "C" fn first0(source: Word, kind: Word) -> Word {
    first(source, None, kind, false)
}
extern "C" fn first_where(source: Word, d: Word, kind: Word) -> Word {
    first(source, Some(d), kind, false)
}
extern "C" fn first_or_default(source: Word, kind: Word) -> Word {
    first(source, None, kind, true)
}
extern "C" fn first_or_default_where(source: Word, d: Word, kind: Word) -> Word {
    first(source, Some(d), kind, true)
}

/// `Single`/`SingleOrDefault`: .NET stops at the second element (the second match).
fn single(source: Word, pred: Option<Word>, kind: Word, default: bool) -> Word {
    match matching(source, pred, kind, 2) {
        Ok(m) => match m.len() {
            1 => m[0],
            0 if default => 0,
            0 if pred.is_some() => no_match(),
            0 => no_elements(),
            _ if pred.is_some() => invalid("Sequence contains more than one matching element"),
            _ => invalid("Sequence contains more than one element"),
        },
        Err(e) => e,
    }
}
extern "C" fn single0(source: Word, kind: Word) -> Word {
    single(source, None, kind, false)
}
extern "C" fn single_where(source: Word, d: Word, kind: Word) -> Word {
    single(source, Some(d), kind, false)
}
extern "C" fn single_or_default(source: Word, kind: Word) -> Word {
    single(source, None, kind, true)
}
extern "C" fn single_or_default_where(source: Word, d: Word, kind: Word) -> Word {
    single(source, Some(d), kind, true)
}

/// `Last`/`LastOrDefault`: over a list or array .NET tests the elements from the end and stops
/// at the first match; over anything else it tests them all in order.
fn last(source: Word, pred: Option<Word>, kind: Word, default: bool) -> Word {
    let ordered = match pred.is_none() && is_query(source) {
        true => super::ordering::first_or_last(source, true),
        false => None,
    };
    let found = if let Some(found) = ordered {
        found
    } else if pred.is_none() && is_query(source) && super::partition::applies(source) {
        super::partition::last(source)
    } else if is_query(source) || is_null(source) || pred.is_none() {
        matching(source, pred, kind, usize::MAX).map(|m| m.last().copied())
    } else {
        last_of_list(source, pred.unwrap_or(0), kind)
    };
    match found {
        Ok(Some(x)) => x,
        Ok(None) if default => 0,
        Ok(None) if pred.is_some() => no_match(),
        Ok(None) => no_elements(),
        Err(e) => e,
    }
}
fn last_of_list(source: Word, d: Word, kind: Word) -> Result<Option<Word>, Word> {
    if is_null(d) {
        return Err(exception::throw_argument_null("predicate"));
    }
    let (_, items) = elements_or_throw(source)?;
    let _roots = crate::gc::root(&items);
    let indexed = collections::has_kind(source, crate::object::Kind::List)
        || collections::has_kind(source, crate::object::Kind::Array);
    let arg = ElemKind::from_code(kind);
    let mut found = None;
    if indexed {
        for &x in items.iter().rev() {
            if call(d, x, arg, None, Ret::Bool)? != 0 {
                return Ok(Some(x));
            }
        }
    } else {
        for &x in &items {
            if call(d, x, arg, None, Ret::Bool)? != 0 {
                found = Some(x);
            }
        }
    }
    Ok(found)
}
extern "C" fn last0(source: Word, kind: Word) -> Word {
    last(source, None, kind, false)
}
extern "C" fn last_where(source: Word, d: Word, kind: Word) -> Word {
    last(source, Some(d), kind, false)
}
extern "C" fn last_or_default(source: Word, kind: Word) -> Word {
    last(source, None, kind, true)
}
extern "C" fn last_or_default_where(source: Word, d: Word, kind: Word) -> Word {
    last(source, Some(d), kind, true)
}

/// `Contains(value)` by the default equality of the elements (`Equals` overrides run).
extern "C" fn contains(source: Word, value: Word, kind: Word) -> Word {
    let kind = if is_null(source) {
        ElemKind::from_code(kind)
    } else {
        refined(own_kind(source), kind)
    };
    let mut found = false;
    let walked = each(source, |x| {
        match crate::list_ops::equal(x, value, kind) {
            Ok(eq) => found = eq,
            Err(()) => return Err(0),
        }
        Ok(!found)
    });
    walked.map_or_else(|e| e, |()| Word::from(found))
}

/// `ElementAt`/`ElementAtOrDefault`: a list's or an array's element by index, anything else's by
/// pulling that far.
fn element_at(source: Word, index: Word, default: bool) -> Word {
    if is_null(source) {
        return exception::throw_argument_null("source");
    }
    let index = index as i64 as i32 as i64;
    let indexed = !is_query(source)
        && (collections::has_kind(source, crate::object::Kind::List)
            || collections::has_kind(source, crate::object::Kind::Array));
    let mut found = None;
    if is_query(source) && super::partition::applies(source) {
        match super::partition::element_at(source, index) {
            Ok(x) => found = x,
            Err(e) => return e,
        }
    } else {
        let mut i = 0i64;
        let walked = each(source, |x| {
            if i == index {
                found = Some(x);
                return Ok(false);
            }
            i += 1;
            Ok(index >= 0)
        });
        if let Err(e) = walked {
            return e;
        }
    }
    match found {
        Some(x) => x,
        None if default => 0,
        // A list's indexer says the list's words; the others .NET's generic ones.
        None if indexed => crate::list_ops::out_of_range(
            "Index was out of range. Must be non-negative and less than the size of the collection.",
            "index",
        ),
        None => crate::pending::throw(exception::new_with_param(
            &exception::ARGUMENT_OUT_OF_RANGE,
            None,
            "index",
        )),
    }
}
extern "C" fn element_at_entry(source: Word, index: Word, _kind: Word) -> Word {
    element_at(source, index, false)
}
extern "C" fn element_at_or_default(source: Word, index: Word, _kind: Word) -> Word {
    element_at(source, index, true)
}

/// `SequenceEqual`: the same number of elements, pairwise equal by the default equality.
extern "C" fn sequence_equal(first: Word, second: Word, kind: Word) -> Word {
    if is_null(first) {
        return exception::throw_argument_null("first");
    }
    if is_null(second) {
        return exception::throw_argument_null("second");
    }
    let (a, b) = match (elements_or_throw(first), elements_or_throw(second)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    if a.1.len() != b.1.len() {
        return 0;
    }
    let _roots = (crate::gc::root(&a.1), crate::gc::root(&b.1));
    let kind = refined(a.0, kind);
    for (&x, &y) in a.1.iter().zip(&b.1) {
        match crate::list_ops::equal(x, y, kind) {
            Ok(true) => {}
            Ok(false) => return 0,
            Err(()) => return 0,
        }
    }
    1
}

extern "C" fn long_count(source: Word) -> Word {
    count(source)
}

/// The selector's results over the source (`Sum`, `Max`, `Min`, `Average` with a selector).
fn selected(source: Word, d: Word, kind: Word, ret: ElemKind) -> Result<Vec<Word>, Word> {
    if is_null(source) {
        return Err(exception::throw_argument_null("source"));
    }
    if is_null(d) {
        return Err(exception::throw_argument_null("selector"));
    }
    let arg = ElemKind::from_code(kind);
    let mut out = Vec::new();
    each(source, |x| {
        out.push(call(d, x, arg, None, Ret::of(Some(ret)))?);
        Ok(true)
    })?;
    Ok(out)
}

/// `Sum()`, `Max()`, `Min()` and `Average()` of numbers of kind `kind` (`int`, `long`, `double`):
/// `int` and `long` sums are checked (OverflowException), as .NET's are.
fn numbers(items: Vec<Word>, kind: ElemKind, op: &str) -> Word {
    if kind == ElemKind::Float {
        // .NET sums floats in a double and rounds the sum (and the average) to float.
        let r = numbers(items, ElemKind::F64, op);
        if crate::pending::is_pending() || matches!(op, "Max" | "Min") {
            return r;
        }
        return f64::from(f64::from_bits(r) as f32).to_bits();
    }
    if kind == ElemKind::F64 {
        let xs: Vec<f64> = items.iter().map(|&w| f64::from_bits(w)).collect();
        if xs.is_empty() && op != "Sum" {
            return no_elements();
        }
        let r = match op {
            "Sum" => xs.iter().sum(),
            "Average" => xs.iter().sum::<f64>() / xs.len() as f64,
            // .NET's Max/Min of doubles: NaN is smaller than every number.
            "Max" => xs
                .iter()
                .copied()
                .fold(f64::NAN, |a, b| if a.is_nan() || b > a { b } else { a }),
            _ => xs.iter().copied().fold(
                f64::INFINITY,
                |a, b| if b.is_nan() || b < a { b } else { a },
            ),
        };
        return r.to_bits();
    }
    let xs: Vec<i64> = items.iter().map(|&w| w as i64).collect();
    if xs.is_empty() && op != "Sum" {
        return no_elements();
    }
    let int = kind != ElemKind::I64;
    match op {
        "Sum" => {
            let mut s: i64 = 0;
            for x in xs {
                let next = s
                    .checked_add(x)
                    .filter(|v| !int || i32::try_from(*v).is_ok());
                match next {
                    Some(v) => s = v,
                    None => return exception::throw_new(&exception::OVERFLOW, None),
                }
            }
            s as Word
        }
        "Average" => (xs.iter().map(|&x| x as f64).sum::<f64>() / xs.len() as f64).to_bits(),
        "Max" => xs.into_iter().max().unwrap_or(0) as Word,
        _ => xs.into_iter().min().unwrap_or(0) as Word,
    }
}

fn of_source(source: Word, kind: Word, op: &str) -> Word {
    match elements_or_throw(source) {
        Ok((_, items)) if ElemKind::from_code(kind) == ElemKind::Ref => {
            let _items = crate::gc::root(&items);
            compared(&items, op == "Max").unwrap_or_else(|e| e)
        }
        Ok((_, items)) => numbers(items, ElemKind::from_code(kind), op),
        Err(e) => e,
    }
}

/// `Max(selector)`/`Min(selector)` of the generic overload (sema lets through the results the
/// runtime orders as `Comparer<TResult>.Default`: strings and `IComparable<T>` classes as
/// `compared` does, `char`s, enums, small integers and `TimeSpan`s as numbers).
fn of_selector_compared(source: Word, d: Word, kind: Word, result: Word, max: bool) -> Word {
    let rk = ElemKind::from_code(result);
    match selected(source, d, kind, rk) {
        Ok(items) if rk == ElemKind::Ref => {
            let _items = crate::gc::root(&items);
            compared(&items, max).unwrap_or_else(|e| e)
        }
        Ok(items) => numbers(items, rk, if max { "Max" } else { "Min" }),
        Err(e) => e,
    }
}
extern "C" fn max_of(source: Word, d: Word, kind: Word, result: Word) -> Word {
    of_selector_compared(source, d, kind, result, true)
}
extern "C" fn min_of(source: Word, d: Word, kind: Word, result: Word) -> Word {
    of_selector_compared(source, d, kind, result, false)
}

/// `Max()`/`Min()` of references (sema lets strings and objects of classes implementing
/// `IComparable<T>` through) by `Comparer<T>.Default`, as .NET's: nulls are skipped, none left
/// gives null (no exception), and of equal ones the first is kept.
fn compared(items: &[Word], max: bool) -> Result<Word, Word> {
    let present: Vec<Word> = items.iter().copied().filter(|&w| !is_null(w)).collect();
    let by_compare_to = crate::list_ops::comparable(&present);
    if !by_compare_to {
        crate::list_ops::collatable(&present, None)?;
    }
    let mut best: Option<Word> = None;
    for x in present {
        let Some(b) = best else {
            best = Some(x);
            continue;
        };
        let c = if by_compare_to {
            // `None`: `CompareTo` threw; its exception is pending.
            crate::list_ops::compare_to(x, b).ok_or(0 as Word)?.cmp(&0)
        } else {
            crate::list_ops::compare(x, b, ElemKind::Ref)
        };
        if (max && c == Ordering::Greater) || (!max && c == Ordering::Less) {
            best = Some(x);
        }
    }
    Ok(best.unwrap_or(0))
}
fn of_selector(source: Word, d: Word, kind: Word, ret: ElemKind, op: &str) -> Word {
    match selected(source, d, kind, ret) {
        Ok(items) => numbers(items, ret, op),
        Err(e) => e,
    }
}

macro_rules! numeric_ops {
    ($($f:ident, $g:ident, $op:literal, $ret:ident;)*) => {
        $(
            extern "C" fn $f(source: Word, kind: Word) -> Word {
                of_source(source, kind, $op)
            }
            extern "C" fn $g(source: Word, d: Word, kind: Word) -> Word {
                of_selector(source, d, kind, ElemKind::$ret, $op)
            }
        )*
    };
}
numeric_ops! {
    sum0, sum_int, "Sum", I32;
    max0, max_int, "Max", I32;
    min0, min_int, "Min", I32;
    average0, average_int, "Average", I32;
}
extern "C" fn sum_long(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::I64, "Sum")
}
extern "C" fn sum_double(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::F64, "Sum")
}
extern "C" fn max_long(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::I64, "Max")
}
extern "C" fn max_double(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::F64, "Max")
}
extern "C" fn min_long(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::I64, "Min")
}
extern "C" fn min_double(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::F64, "Min")
}
extern "C" fn average_long(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::I64, "Average")
}
extern "C" fn average_double(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::F64, "Average")
}
extern "C" fn sum_float(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::Float, "Sum")
}
extern "C" fn max_float(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::Float, "Max")
}
extern "C" fn min_float(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::Float, "Min")
}
extern "C" fn average_float(source: Word, d: Word, kind: Word) -> Word {
    of_selector(source, d, kind, ElemKind::Float, "Average")
}

/// `Aggregate(func)`: the first element is the seed; an empty source has no result.
extern "C" fn aggregate(source: Word, d: Word, kind: Word) -> Word {
    if is_null(source) {
        return exception::throw_argument_null("source");
    }
    if is_null(d) {
        return exception::throw_argument_null("func");
    }
    let k = ElemKind::from_code(kind);
    let mut acc: Option<Word> = None;
    // Roots are a stack: each accumulator stays rooted until the end (replacing a guard would
    // drop the new root with the old one).
    let mut roots = Vec::new();
    let walked = each(source, |x| {
        let next = match acc {
            None => x,
            Some(a) => call2(d, a, k, x, k, Ret::of(Some(k)))?,
        };
        acc = Some(next);
        roots.push(crate::gc::root(&[next]));
        Ok(true)
    });
    match walked {
        Ok(()) => acc.unwrap_or_else(no_elements),
        Err(e) => e,
    }
}
fn fold(source: Word, seed: Word, d: Word, kind: Word, acc_kind: Word) -> Result<Word, Word> {
    if is_null(source) {
        return Err(exception::throw_argument_null("source"));
    }
    if is_null(d) {
        return Err(exception::throw_argument_null("func"));
    }
    let (k, ak) = (ElemKind::from_code(kind), ElemKind::from_code(acc_kind));
    let mut acc = seed;
    // As in `aggregate`: every accumulator rooted until the end.
    let mut roots = vec![crate::gc::root(&[acc])];
    each(source, |x| {
        acc = call2(d, acc, ak, x, k, Ret::of(Some(ak)))?;
        roots.push(crate::gc::root(&[acc]));
        Ok(true)
    })?;
    drop(roots);
    Ok(acc)
}
extern "C" fn aggregate_seed(source: Word, seed: Word, d: Word, kind: Word, ak: Word) -> Word {
    fold(source, seed, d, kind, ak).unwrap_or_else(|e| e)
}
extern "C" fn aggregate_result(
    source: Word,
    seed: Word,
    d: Word,
    result: Word,
    kind: Word,
    ak: Word,
    rk: Word,
) -> Word {
    if is_null(result) && !is_null(source) && !is_null(d) {
        return exception::throw_argument_null("resultSelector");
    }
    match fold(source, seed, d, kind, ak) {
        Ok(acc) => {
            let rk = ElemKind::from_code(rk);
            call(
                result,
                acc,
                ElemKind::from_code(ak),
                None,
                Ret::of(Some(rk)),
            )
            .unwrap_or_else(|e| e)
        }
        Err(e) => e,
    }
}

type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;
type F5 = extern "C" fn(Word, Word, Word, Word, Word) -> Word;
type F7 = extern "C" fn(Word, Word, Word, Word, Word, Word, Word) -> Word;

pub(super) fn entries() -> Vec<Entry> {
    entry_list! {
        "IEnumerable<T>.ToList()" => to_list as F2, TypeArgs;
        "IEnumerable<T>.ToArray()" => to_array as F2, TypeArgs;
        "IEnumerable<T>.Count()" => count as extern "C" fn(Word) -> Word, None;
        "IEnumerable<T>.LongCount()" => long_count as extern "C" fn(Word) -> Word, None;
        "IEnumerable<T>.ElementAt(int)" => element_at_entry as F3, TypeArgs;
        "IEnumerable<T>.ElementAtOrDefault(int)" => element_at_or_default as F3, TypeArgs;
        "IEnumerable<T>.SequenceEqual(IEnumerable<T>)" => sequence_equal as F3, TypeArgs;
        "IEnumerable<T>.Count(Func<T, bool>)" => count_where as F3, TypeArgs;
        "IEnumerable<T>.Any()" => any as F2, TypeArgs;
        "IEnumerable<T>.Any(Func<T, bool>)" => any_where as F3, TypeArgs;
        "IEnumerable<T>.All(Func<T, bool>)" => all_where as F3, TypeArgs;
        "IEnumerable<T>.First()" => first0 as F2, TypeArgs;
        "IEnumerable<T>.First(Func<T, bool>)" => first_where as F3, TypeArgs;
        "IEnumerable<T>.FirstOrDefault()" => first_or_default as F2, TypeArgs;
        "IEnumerable<T>.FirstOrDefault(Func<T, bool>)" => first_or_default_where as F3, TypeArgs;
        "IEnumerable<T>.Single()" => single0 as F2, TypeArgs;
        "IEnumerable<T>.Single(Func<T, bool>)" => single_where as F3, TypeArgs;
        "IEnumerable<T>.SingleOrDefault()" => single_or_default as F2, TypeArgs;
        "IEnumerable<T>.SingleOrDefault(Func<T, bool>)" => single_or_default_where as F3, TypeArgs;
        "IEnumerable<T>.Last()" => last0 as F2, TypeArgs;
        "IEnumerable<T>.Last(Func<T, bool>)" => last_where as F3, TypeArgs;
        "IEnumerable<T>.LastOrDefault()" => last_or_default as F2, TypeArgs;
        "IEnumerable<T>.LastOrDefault(Func<T, bool>)" => last_or_default_where as F3, TypeArgs;
        "IEnumerable<T>.Contains(T)" => contains as F3, TypeArgs;
        "IEnumerable<T>.Sum(Func<T, int>)" => sum_int as F3, TypeArgs;
        "IEnumerable<T>.Sum(Func<T, long>)" => sum_long as F3, TypeArgs;
        "IEnumerable<T>.Sum(Func<T, double>)" => sum_double as F3, TypeArgs;
        "IEnumerable<T>.Max(Func<T, int>)" => max_int as F3, TypeArgs;
        "IEnumerable<T>.Max(Func<T, long>)" => max_long as F3, TypeArgs;
        "IEnumerable<T>.Max(Func<T, double>)" => max_double as F3, TypeArgs;
        "IEnumerable<T>.Min(Func<T, int>)" => min_int as F3, TypeArgs;
        "IEnumerable<T>.Min(Func<T, long>)" => min_long as F3, TypeArgs;
        "IEnumerable<T>.Min(Func<T, double>)" => min_double as F3, TypeArgs;
        "IEnumerable<T>.Average(Func<T, int>)" => average_int as F3, TypeArgs;
        "IEnumerable<T>.Average(Func<T, long>)" => average_long as F3, TypeArgs;
        "IEnumerable<T>.Average(Func<T, double>)" => average_double as F3, TypeArgs;
        "IEnumerable<T>.Sum(Func<T, float>)" => sum_float as F3, TypeArgs;
        "IEnumerable<T>.Max(Func<T, float>)" => max_float as F3, TypeArgs;
        "IEnumerable<T>.Min(Func<T, float>)" => min_float as F3, TypeArgs;
        "IEnumerable<T>.Max<TResult>(Func<T, TResult>)" => max_of as crate::F4, TypeArgs;
        "IEnumerable<T>.Min<TResult>(Func<T, TResult>)" => min_of as crate::F4, TypeArgs;
        "IEnumerable<T>.Average(Func<T, float>)" => average_float as F3, TypeArgs;
        "IEnumerable<T>.Sum()" => sum0 as F2, TypeArgs;
        "IEnumerable<T>.Max()" => max0 as F2, TypeArgs;
        "IEnumerable<T>.Min()" => min0 as F2, TypeArgs;
        "IEnumerable<T>.Average()" => average0 as F2, TypeArgs;
        "IEnumerable<T>.Aggregate(Func<T, T, T>)" => aggregate as F3, TypeArgs;
        "IEnumerable<T>.Aggregate<TAccumulate>(TAccumulate, Func<TAccumulate, T, TAccumulate>)" => aggregate_seed as F5, TypeArgs;
        "IEnumerable<T>.Aggregate<TAccumulate, TResult>(TAccumulate, Func<TAccumulate, T, TAccumulate>, Func<TAccumulate, TResult>)" => aggregate_result as F7, TypeArgs;
    }
}
