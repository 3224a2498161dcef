//! Copies and snapshots of dictionaries and sets: `new Dictionary<TKey, TValue>(dictionary)`,
//! `new HashSet<T>(collection)` (as .NET builds them), their elements for a copy or
//! `AddRange` elsewhere, and the element kinds `rt.set_type` refines.

use std::collections::HashMap;

use crate::exception;
use crate::hashed::{new_pair, set_add, view_dict, DICTIONARY, HASH_SET, KEYS, VALUES};
use crate::keyed::{alloc_hashed, hashed, new_table, Table};
use crate::object::{desc_of, is_null, ElemKind, Kind, Word};

/// `new Dictionary<TKey, TValue>(dictionary)`: .NET copies the entries in order without their
/// free slots into a table sized for them, keeping each key's hash code (no `GetHashCode`
/// override runs).
pub extern "C" fn dict_new_copy(source: Word, key_kind: Word, value_kind: Word) -> Word {
    if is_null(source) {
        return exception::throw_argument_null("dictionary");
    }
    let mut t = new_table(
        ElemKind::from_code(key_kind),
        ElemKind::from_code(value_kind),
    );
    // SAFETY: a live dictionary (sema passes only dictionaries).
    let src = unsafe { hashed(source) };
    if src.user_comparer != 0 {
        return dict_copy_by_default(source, key_kind, value_kind);
    }
    // A copy of a dictionary of enums names its keys and values as the source does.
    t.key_enum = src.key_enum;
    t.value_enum = src.value_enum;
    let count = src.count();
    if count > 0 {
        t.capacity = crate::keyed::get_prime(count);
    }
    let hash_of: HashMap<u32, i32> = src
        .user
        .iter()
        .flat_map(|(&h, slots)| slots.iter().map(move |&s| (s, h)))
        .collect();
    for (slot, entry) in src.entries.iter().enumerate() {
        if let Some((k, v)) = *entry {
            t.insert(k, v, hash_of.get(&(slot as u32)).copied());
        }
    }
    t.version = 0;
    let _roots = crate::gc::root(&[source]);
    alloc_hashed(&DICTIONARY, t)
}

/// A copy of a dictionary made with a comparer of the program: the new one has the default
/// comparer, so .NET adds the entries one by one (a key equal to an earlier one by default
/// equality throws as `Add` does).
fn dict_copy_by_default(source: Word, key_kind: Word, value_kind: Word) -> Word {
    let _roots = crate::gc::root(&[source]);
    // SAFETY: a live dictionary.
    let (key_enum, value_enum, entries) = {
        let src = unsafe { hashed(source) };
        let entries: Vec<(Word, Word)> = src.entries.iter().flatten().copied().collect();
        (src.key_enum, src.value_enum, entries)
    };
    let d = crate::hashed::dict_new(key_kind, value_kind, key_enum as Word, value_enum as Word);
    let _d = crate::gc::root(&[d]);
    for (k, v) in entries {
        crate::hashed::dict_add(d, k, v);
        if crate::pending::is_pending() {
            return 0;
        }
    }
    // SAFETY: a live dictionary.
    unsafe { hashed(d) }.version = 0;
    d
}

/// Makes a new dictionary's or set's `int` keys or values hold the type arguments' own kinds
/// (`char`, small integers, the library's enums), which its constructor cannot tell
/// (`rt.set_type`). Their key identities are the same either way.
pub(crate) fn refine_kinds(w: Word, kinds: &[Option<ElemKind>]) {
    // SAFETY: a live dictionary or set, just made.
    let t = unsafe { hashed(w) };
    if let Some(Some(k)) = kinds.first() {
        if t.key_kind == k.machine_kind() {
            t.key_kind = *k;
        }
    }
    if let Some(Some(k)) = kinds.get(1) {
        if t.value_kind == k.machine_kind() {
            t.value_kind = *k;
        }
    }
}

/// `new HashSet<T>(collection)` as .NET builds it: a set with few free slots for its size is
/// copied as it is (its free slots, which the next additions fill, included), any other
/// collection added element by element (running `GetHashCode`/`Equals` overrides) into a
/// table sized for it, then trimmed when duplicates left it more than three times too big.
/// `new HashSet<T>(collection, comparer)`: a set with the comparer, then the elements added one
/// by one in order (the first of equal ones stays), as .NET's constructor adds them.
pub extern "C" fn set_new_copy_comparer(collection: Word, comparer: Word, kind: Word) -> Word {
    if is_null(collection) {
        return exception::throw_argument_null("collection");
    }
    let _roots = crate::gc::root(&[collection, comparer]);
    let s = crate::hashed::set_new_comparer(comparer, kind);
    if crate::pending::is_pending() {
        return s;
    }
    let _set = crate::gc::root(&[s]);
    let r = crate::set_ops::union_with(s, collection);
    if crate::pending::is_pending() {
        return r;
    }
    s
}

pub extern "C" fn set_new_copy(collection: Word, kind: Word) -> Word {
    if is_null(collection) {
        return exception::throw_argument_null("collection");
    }
    let kind = ElemKind::from_code(kind);
    let _roots = crate::gc::root(&[collection]);
    // SAFETY: a live object.
    if unsafe { desc_of(collection).is_a(&HASH_SET) } {
        // SAFETY: a live set.
        let src = unsafe { hashed(collection) };
        let count = src.count();
        // Another comparer than the new set's default one: .NET adds the elements one by one.
        if count > 0
            && src.comparer.is_none()
            && src.user_comparer == 0
            && crate::keyed::get_prime(2 * (count + 1)) >= src.capacity
        {
            let t = Table {
                version: 0,
                ..src.clone()
            };
            return alloc_hashed(&HASH_SET, t);
        }
    }
    let Some((_, items)) = crate::collections::sequence_items(collection) else {
        // A query whose delegate threw: its exception stands.
        if crate::pending::is_pending() {
            return 0;
        }
        return exception::throw_new(&exception::INVALID_CAST, None);
    };
    let _items = crate::gc::root(&items);
    let mut t = new_table(kind, ElemKind::Bool);
    // Queues and stacks are no `ICollection<T>`: .NET does not size the table for them first.
    if !items.is_empty() && unsafe { desc_of(collection).kind } != Kind::Deque {
        t.capacity = crate::keyed::get_prime(items.len());
    }
    let s = alloc_hashed(&HASH_SET, t);
    let _set = crate::gc::root(&[s]);
    for &item in &items {
        set_add(s, item);
        if crate::pending::is_pending() {
            return 0;
        }
    }
    // SAFETY: a live set.
    let t = unsafe { hashed(s) };
    let count = t.count();
    if count > 0 && t.capacity / count > 3 {
        t.capacity = t.capacity.min(crate::keyed::get_prime(count));
    }
    s
}

/// The element kind and elements of a set, a `Keys`/`Values` view or a dictionary (new
/// `KeyValuePair`s) in enumeration order, for a copy or `AddRange`; `None` for anything else.
pub(crate) fn items(w: Word) -> Option<(ElemKind, Vec<Word>)> {
    if is_null(w) {
        return None;
    }
    let (dict, keys) = unsafe {
        let d = desc_of(w);
        if d.is_a(&KEYS) {
            (view_dict(w), true)
        } else if d.is_a(&VALUES) {
            (view_dict(w), false)
        } else if d.is_a(&HASH_SET) {
            (w, true)
        } else if d.is_a(&DICTIONARY) {
            return Some((ElemKind::Ref, pairs(w)));
        } else {
            return None;
        }
    };
    let t = unsafe { hashed(dict) };
    let items = t.entries.iter().flatten();
    Some(if keys {
        (t.key_kind, items.map(|e| e.0).collect())
    } else {
        (t.value_kind, items.map(|e| e.1).collect())
    })
}

/// New pairs of dictionary `d`'s entries in order, each rooted while the next is allocated
/// (the caller roots the result before it allocates).
fn pairs(d: Word) -> Vec<Word> {
    let _dict = crate::gc::root(&[d]);
    let mut out = Vec::new();
    let mut guards = Vec::new();
    let mut slot = 0;
    loop {
        // SAFETY: a live dictionary; read afresh after each allocation.
        let t = unsafe { hashed(d) };
        let Some(&entry) = t.entries.get(slot) else {
            break;
        };
        slot += 1;
        if let Some((k, v)) = entry {
            let p = new_pair(k, v, t);
            guards.push(crate::gc::root(&[p]));
            out.push(p);
        }
    }
    // Each guard truncates the roots to where it began: drop the newest first.
    while guards.pop().is_some() {}
    out
}
