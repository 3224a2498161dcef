//! `HashSet<T>`'s set operations (`UnionWith`, `IntersectWith`, `ExceptWith`, `SetEquals`,
//! `IsSubsetOf`, `IsSupersetOf`, `Overlaps`) for elements compared without `Equals`/
//! `GetHashCode` overrides (sema keeps the others out), so no user code runs and only the
//! slots elements take and leave show: additions in `other`'s order, removals in slot order,
//! and `Clear` (which frees every slot at once) exactly where .NET calls it. A set made with
//! an `IEqualityComparer<T>` of the program compares by it (`by_comparer`): the results are
//! .NET's, though not the order of the comparer's calls.

use std::collections::HashSet;

use crate::exception;
use crate::hashed::{set_add, set_remove};
use crate::keyed::{hashed, KeyId};
use crate::object::{desc_of, is_null, Kind, Word};

/// The set's and `other`'s elements, or the exception of a null set or `other`.
fn operands(s: Word, other: Word) -> Result<Vec<Word>, Word> {
    if is_null(s) {
        return Err(exception::throw_null_reference());
    }
    let items = crate::collections::items_or_null_arg(other, "other")?.1;
    // SAFETY: a live set.
    let t = unsafe { hashed(s) };
    for &w in &items {
        t.check_key(w)?;
    }
    Ok(items)
}

fn ids_of(s: Word, items: &[Word]) -> HashSet<KeyId> {
    // SAFETY: a live set.
    let t = unsafe { hashed(s) };
    items.iter().map(|&w| t.key_of(w)).collect()
}

fn own_ids(s: Word) -> HashSet<KeyId> {
    // SAFETY: a live set.
    let t = unsafe { hashed(s) };
    t.entries.iter().flatten().map(|e| t.key_of(e.0)).collect()
}

fn count(s: Word) -> usize {
    // SAFETY: a live set.
    unsafe { hashed(s) }.count()
}

/// Queues and stacks are no `ICollection<T>`, so .NET cannot ask them for a count first.
fn is_collection(other: Word) -> bool {
    // SAFETY: a live object (`operands` read it).
    (unsafe { desc_of(other).kind }) != Kind::Deque
}

pub extern "C" fn union_with(s: Word, other: Word) -> Word {
    let items = match operands(s, other) {
        Ok(i) => i,
        Err(e) => return e,
    };
    let _roots = crate::gc::root(&items);
    for item in items {
        set_add(s, item);
    }
    0
}

pub extern "C" fn except_with(s: Word, other: Word) -> Word {
    let items = match operands(s, other) {
        Ok(i) => i,
        Err(e) => return e,
    };
    if count(s) == 0 {
        return 0;
    }
    if other == s {
        // SAFETY: a live set.
        unsafe { hashed(s) }.clear();
        return 0;
    }
    for item in items {
        set_remove(s, item);
    }
    0
}

pub extern "C" fn intersect_with(s: Word, other: Word) -> Word {
    if let Some(r) = by_comparer(s, other, Op::IntersectWith) {
        return r;
    }
    let items = match operands(s, other) {
        Ok(i) => i,
        Err(e) => return e,
    };
    if count(s) == 0 || other == s {
        return 0;
    }
    if items.is_empty() && is_collection(other) {
        // SAFETY: a live set.
        unsafe { hashed(s) }.clear();
        return 0;
    }
    let keep = ids_of(s, &items);
    // SAFETY: a live set; removing never moves an entry to another slot.
    let t = unsafe { hashed(s) };
    let doomed: Vec<Word> = t
        .entries
        .iter()
        .flatten()
        .filter(|e| !keep.contains(&t.key_of(e.0)))
        .map(|e| e.0)
        .collect();
    for item in doomed {
        set_remove(s, item);
    }
    0
}

pub extern "C" fn set_equals(s: Word, other: Word) -> Word {
    if let Some(r) = by_comparer(s, other, Op::SetEquals) {
        return r;
    }
    match operands(s, other) {
        Ok(items) => Word::from(other == s || own_ids(s) == ids_of(s, &items)),
        Err(e) => e,
    }
}

pub extern "C" fn is_subset_of(s: Word, other: Word) -> Word {
    if let Some(r) = by_comparer(s, other, Op::IsSubsetOf) {
        return r;
    }
    match operands(s, other) {
        Ok(items) => Word::from(own_ids(s).is_subset(&ids_of(s, &items))),
        Err(e) => e,
    }
}

pub extern "C" fn is_superset_of(s: Word, other: Word) -> Word {
    if let Some(r) = by_comparer(s, other, Op::IsSupersetOf) {
        return r;
    }
    match operands(s, other) {
        Ok(items) => Word::from(ids_of(s, &items).is_subset(&own_ids(s))),
        Err(e) => e,
    }
}

pub extern "C" fn overlaps(s: Word, other: Word) -> Word {
    if let Some(r) = by_comparer(s, other, Op::Overlaps) {
        return r;
    }
    match operands(s, other) {
        Ok(items) => {
            let own = own_ids(s);
            Word::from(ids_of(s, &items).iter().any(|i| own.contains(i)))
        }
        Err(e) => e,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    IntersectWith,
    SetEquals,
    IsSubsetOf,
    IsSupersetOf,
    Overlaps,
}

/// Whether `item` is in set `s`, by the set's comparer.
fn contains(s: Word, item: Word) -> Result<bool, Word> {
    crate::keyed::probe(s, item)
        .map(|p| p.slot.is_some())
        .map_err(|()| 0 as Word)
}

/// Operation `op` on a set made with a comparer of the program (`None` for any other set):
/// `other`'s elements made a set with the same comparer where the operation needs one.
fn by_comparer(s: Word, other: Word, op: Op) -> Option<Word> {
    if is_null(s) {
        return None;
    }
    // SAFETY: a live set.
    let t = unsafe { hashed(s) };
    let (cmp, kind) = (t.user_comparer, t.key_kind as Word);
    if cmp == 0 {
        return None;
    }
    let items = match operands(s, other) {
        Ok(i) => i,
        Err(e) => return Some(e),
    };
    let _roots = crate::gc::root(&items);
    let _set = crate::gc::root(&[s, other, cmp]);
    let r = (|| -> Result<bool, Word> {
        match op {
            Op::IsSupersetOf => {
                for &x in &items {
                    if !contains(s, x)? {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            Op::Overlaps => {
                for &x in &items {
                    if contains(s, x)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => {}
        }
        let o = crate::hashed::set_new_comparer(cmp, kind);
        let _o = crate::gc::root(&[o]);
        for &x in &items {
            set_add(o, x);
            if crate::pending::is_pending() {
                return Err(0);
            }
        }
        // SAFETY: a live set.
        let own: Vec<Word> = unsafe { hashed(s) }
            .entries
            .iter()
            .flatten()
            .map(|e| e.0)
            .collect();
        let mut all_in = true;
        for &x in &own {
            if !contains(o, x)? {
                all_in = false;
                if op == Op::IntersectWith {
                    set_remove(s, x);
                    if crate::pending::is_pending() {
                        return Err(0);
                    }
                }
            }
        }
        Ok(match op {
            Op::SetEquals => all_in && own.len() == count(o),
            _ => all_in,
        })
    })();
    Some(match r {
        Ok(b) => Word::from(b && op != Op::IntersectWith),
        Err(e) => e,
    })
}
