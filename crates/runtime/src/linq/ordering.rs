//! `OrderBy`/`OrderByDescending` and their `ThenBy`/`ThenByDescending` refinements, sorted when
//! the query is first enumerated, as .NET's `OrderedEnumerable` does: every level's keys are
//! computed first (the first level's for all elements, then the next level's), then a stable
//! sort compares them by `Comparer<TKey>.Default` (strings by the culture's order, as
//! `string.Compare`), ties keeping the source's order even when descending.

use std::cmp::Ordering;

use super::query::{query, ORDER, THEN};
use super::{call, each, elements_or_throw};
use crate::delegate::Ret;
use crate::object::{ElemKind, Word};

struct Level {
    keys: Vec<Word>,
    kind: ElemKind,
    descending: bool,
    /// Keys of the program's classes, compared by their `CompareTo`.
    by_compare_to: bool,
    /// A `StringComparer`'s way to compare string keys.
    mode: Option<crate::text::compare::Mode>,
    /// `Comparer<TKey>.Create`'s comparison.
    by_delegate: Option<Word>,
    /// A comparer of the program, whose `Compare` the sort runs.
    by_user: Option<Word>,
}

/// The elements of the ordered query `w`, sorted; `Err` when something threw.
pub(super) fn sorted(w: Word) -> Result<Vec<Word>, Word> {
    // The levels from the first `OrderBy` to this query.
    let mut chain = vec![w];
    loop {
        let q = unsafe { query(*chain.last().unwrap_or(&w)) };
        if q.op != THEN {
            break;
        }
        chain.push(q.source);
    }
    chain.reverse();
    let root = unsafe { query(chain[0]) };
    let (_, items) = elements_or_throw(root.source)?;
    let _items = crate::gc::root(&items);
    let arg = ElemKind::from_code(root.source_kind);
    let mut levels = Vec::with_capacity(chain.len());
    let mut roots = Vec::new();
    for &l in &chain {
        let q = unsafe { query(l) };
        let kind = ElemKind::from_code(q.other_kind);
        let mut keys = Vec::with_capacity(items.len());
        for &x in &items {
            keys.push(call(q.delegate, x, arg, None, Ret::of(Some(kind)))?);
        }
        roots.push(crate::gc::root(&keys));
        // `Comparer<TKey>.Default` orders as no comparer does; `Comparer<TKey>.Create(c)` by `c`.
        let generic = crate::default_comparer::generic(q.delegate2);
        let by_delegate = match generic {
            Some(crate::default_comparer::Generic::Comparison(d, _)) => Some(d),
            _ => None,
        };
        let by_user = crate::user_comparer::is_comparer(q.delegate2).then_some(q.delegate2);
        let mode = if q.delegate2 == 0 || generic.is_some() || by_user.is_some() {
            None
        } else {
            crate::text::compare::comparer_mode(q.delegate2)
        };
        let by_compare_to = mode.is_none()
            && by_delegate.is_none()
            && by_user.is_none()
            && kind == ElemKind::Ref
            && crate::list_ops::comparable(&keys);
        if let Some(m) = mode {
            // The culture's comparisons know ASCII only: refuse before sorting anything.
            for &k in &keys {
                crate::text::compare::compare_by(k, k, m)?;
            }
        } else if kind == ElemKind::Ref
            && !by_compare_to
            && by_delegate.is_none()
            && by_user.is_none()
        {
            crate::list_ops::collatable(&keys, None)?;
        }
        levels.push(Level {
            keys,
            kind,
            descending: q.n != 0,
            by_compare_to,
            mode,
            by_delegate,
            by_user,
        });
    }
    let failed = std::cell::Cell::new(false);
    // A comparer's comparison that throws ends the sort as .NET's sort of the keys ends it:
    // `InvalidOperationException` with the exception inside.
    let comparison_failed = std::cell::Cell::new(false);
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        for l in &levels {
            if failed.get() {
                return Ordering::Equal;
            }
            let c = if let Some(d) = l.by_delegate {
                let r = crate::delegate::invoke2(d, l.keys[a], l.keys[b], l.kind, Ret::I32);
                if crate::pending::is_pending() {
                    failed.set(true);
                    comparison_failed.set(true);
                    return Ordering::Equal;
                }
                (r as i32).cmp(&0)
            } else if let Some(u) = l.by_user {
                let r = crate::user_comparer::compare(u, l.keys[a], l.keys[b]).unwrap_or(0);
                if crate::pending::is_pending() {
                    failed.set(true);
                    comparison_failed.set(true);
                    return Ordering::Equal;
                }
                (r as i32).cmp(&0)
            } else if let Some(m) = l.mode {
                crate::text::compare::compare_by(l.keys[a], l.keys[b], m).unwrap_or(Ordering::Equal)
            } else if l.by_compare_to {
                match crate::list_ops::compare_to(l.keys[a], l.keys[b]) {
                    Some(c) => c.cmp(&0),
                    None => {
                        failed.set(true);
                        Ordering::Equal
                    }
                }
            } else {
                crate::list_ops::compare(l.keys[a], l.keys[b], l.kind)
            };
            if c != Ordering::Equal {
                return if l.descending { c.reverse() } else { c };
            }
        }
        a.cmp(&b)
    });
    if comparison_failed.get() {
        return Err(crate::list_ops::failed_to_compare());
    }
    if failed.get() {
        // The exception `CompareTo` threw is pending: .NET lets it through as it is.
        return Err(0);
    }
    Ok(order.into_iter().map(|i| items[i]).collect())
}

/// `First()`/`Last()` (and their `OrDefault`s) of a query ordered by one key, as .NET's
/// `OrderedEnumerable.TryGetFirst`/`TryGetLast` do: the source is read once, each element's key
/// computed as it is read, keeping the first smallest (for `Last`, the last largest; reversed
/// when descending). `None` when `w` is no such query: sorting everything serves the others.
pub(super) fn first_or_last(w: Word, last: bool) -> Option<Result<Option<Word>, Word>> {
    let q = unsafe { query(w) };
    if q.op != ORDER {
        return None;
    }
    let arg = ElemKind::from_code(q.source_kind);
    let kind = ElemKind::from_code(q.other_kind);
    let mode = match q.delegate2 {
        0 => None,
        d => crate::text::compare::comparer_mode(d),
    };
    // A comparer of the program or `Comparer<TKey>.Create`'s: its `Compare(key, best)`.
    let custom = match crate::default_comparer::generic(q.delegate2) {
        Some(crate::default_comparer::Generic::Comparison(..)) => Some(q.delegate2),
        _ if crate::user_comparer::is_comparer(q.delegate2) => Some(q.delegate2),
        _ => None,
    };
    let mode = mode.filter(|_| custom.is_none());
    let (delegate, descending) = (q.delegate, q.n != 0);
    let mut compare_failed = false;
    let mut best: Option<(Word, Word)> = None;
    let mut failed = false;
    let walked = each(q.source, |x| {
        let _x = crate::gc::root(&[x]);
        let key = call(delegate, x, arg, None, Ret::of(Some(kind)))?;
        let Some((_, best_key)) = best else {
            best = Some((x, key));
            return Ok(true);
        };
        let c = match mode {
            _ if custom.is_some() => {
                let cmp = custom.unwrap_or(0);
                let r = crate::default_comparer::compare(cmp, key, best_key)
                    .or_else(|| crate::user_comparer::compare(cmp, key, best_key))
                    .unwrap_or(0);
                if crate::pending::is_pending() {
                    compare_failed = true;
                    return Ok(false);
                }
                (r as i32).cmp(&0)
            }
            Some(m) => crate::text::compare::compare_by(key, best_key, m)?,
            None if kind == ElemKind::Ref && crate::list_ops::comparable(&[key, best_key]) => {
                match crate::list_ops::compare_to(key, best_key) {
                    Some(c) => c.cmp(&0),
                    None => {
                        failed = true;
                        return Ok(false);
                    }
                }
            }
            None => {
                if kind == ElemKind::Ref {
                    crate::list_ops::collatable(&[key, best_key], None)?;
                }
                crate::list_ops::compare(key, best_key, kind)
            }
        };
        let c = if descending { c.reverse() } else { c };
        let better = match last {
            false => c == Ordering::Less,
            true => c != Ordering::Less,
        };
        if better {
            best = Some((x, key));
        }
        Ok(true)
    });
    Some(match walked {
        // The exception `CompareTo` threw is pending: .NET lets it through as it is.
        // A comparer's exception too: no sort runs here to wrap it.
        Ok(()) if failed || compare_failed => Err(0),
        Ok(()) => Ok(best.map(|(x, _)| x)),
        Err(e) => Err(e),
    })
}
