//! `GroupBy`'s groupings (an `IGrouping<TKey, TElement>`: a list of the group's elements that
//! also holds the key, so enumerating and copying one is a list's), and the operators that build
//! keyed collections: `ToDictionary`, `ToHashSet`.

use super::query::Query;
use super::{call, each, elements_or_throw, query::null_arg};
use crate::collections::List;
use crate::delegate::Ret;
use crate::exception;
use crate::object::{self, is_null, ElemKind, Kind, TypeDesc, Word, TAG_MASK};
use crate::{entry_list, Entry};

/// A grouping is a list (`Kind::List`: `foreach`, `Count()`, `ToList()` read it as one) followed
/// by its key, which the collector traces (`collections::trace_refs`).
pub static GROUPING: TypeDesc = TypeDesc {
    name: "System.Linq.Grouping`2",
    kind: Kind::List,
    base: None,
};

#[repr(C)]
struct Grouping {
    list: List,
    key: Word,
}

pub(crate) fn grouping_key(w: Word) -> Word {
    unsafe { (*((w & !TAG_MASK) as *const Grouping)).key }
}

fn new_grouping(key: Word, kind: ElemKind, items: Vec<Word>) -> Word {
    let _roots = crate::gc::root(&[key]);
    let _items = crate::gc::root(&items);
    unsafe {
        let p = object::alloc::<Grouping>(&GROUPING, 0);
        // A zeroed Vec is not a valid Vec.
        std::ptr::write(&mut (*p).list.items, items);
        (*p).list.kind = kind as u64;
        (*p).key = key;
        p as Word
    }
}

/// The groups of a `GroupBy` query, in the order their keys first appear, each with its
/// elements in the source's order. For each element .NET computes the key, finds its group (the
/// key's `Equals`/`GetHashCode` overrides run), then computes the element.
pub(super) fn groups(q: &Query) -> Result<Vec<Word>, Word> {
    let (_, items) = elements_or_throw(q.source)?;
    let _items = crate::gc::root(&items);
    let (arg, key_kind) = (
        ElemKind::from_code(q.source_kind),
        ElemKind::from_code(q.other_kind),
    );
    let kind = ElemKind::from_code(q.kind);
    let index = crate::hashed::dict_new(key_kind as Word, ElemKind::I64 as Word, 0, 0);
    let _index = crate::gc::root(&[index]);
    let mut groups: Vec<(Word, Vec<Word>)> = Vec::new();
    let mut null_group = None;
    let mut roots = Vec::new();
    for &x in &items {
        let key = call(q.delegate, x, arg, None, Ret::of(Some(key_kind)))?;
        roots.push(crate::gc::root(&[key]));
        let g = if key_kind == ElemKind::Ref && is_null(key) {
            *null_group.get_or_insert_with(|| {
                groups.push((key, Vec::new()));
                groups.len() - 1
            })
        } else {
            let p = crate::keyed::probe(index, key).map_err(|()| 0 as Word)?;
            let t = unsafe { crate::keyed::hashed(index) };
            match p.slot.and_then(|s| t.entries[s as usize]) {
                Some((_, g)) => g as usize,
                None => {
                    t.insert(key, groups.len() as Word, p.hash);
                    groups.push((key, Vec::new()));
                    groups.len() - 1
                }
            }
        };
        let v = if q.delegate2 == 0 {
            x
        } else {
            call(q.delegate2, x, arg, None, Ret::of(Some(kind)))?
        };
        roots.push(crate::gc::root(&[v]));
        groups[g].1.push(v);
    }
    let mut out = Vec::with_capacity(groups.len());
    for (key, elems) in groups {
        let g = new_grouping(key, kind, elems);
        roots.push(crate::gc::root(&[g]));
        out.push(g);
    }
    Ok(out)
}

/// `Join`'s lookup of the inner sequence: a dictionary from each key to the grouping of the
/// elements with it (null keys are left out, as .NET's `Lookup.CreateForJoin` leaves them).
pub(super) fn lookup(
    inner: Word,
    d: Word,
    kind: ElemKind,
    key_kind: ElemKind,
) -> Result<Word, Word> {
    let (_, items) = elements_or_throw(inner)?;
    let _items = crate::gc::root(&items);
    let index = crate::hashed::dict_new(key_kind as Word, ElemKind::Ref as Word, 0, 0);
    let _index = crate::gc::root(&[index]);
    let mut groups: Vec<(Word, Vec<Word>)> = Vec::new();
    let mut roots = Vec::new();
    for &x in &items {
        let key = call(d, x, kind, None, Ret::of(Some(key_kind)))?;
        if key_kind == ElemKind::Ref && is_null(key) {
            continue;
        }
        roots.push(crate::gc::root(&[key]));
        let p = crate::keyed::probe(index, key).map_err(|()| 0 as Word)?;
        let t = unsafe { crate::keyed::hashed(index) };
        match p.slot.and_then(|s| t.entries[s as usize]) {
            Some((_, g)) => groups[g as usize].1.push(x),
            None => {
                t.insert(key, groups.len() as Word, p.hash);
                groups.push((key, vec![x]));
            }
        }
    }
    // The index maps each key to its group's number, then to its grouping (entries are in
    // insertion order: nothing was removed).
    for (i, (key, elems)) in groups.into_iter().enumerate() {
        let g = new_grouping(key, kind, elems);
        let t = unsafe { crate::keyed::hashed(index) };
        if let Some(Some(entry)) = t.entries.get_mut(i) {
            entry.1 = g;
        }
    }
    Ok(index)
}

pub(super) fn lookup_is_empty(index: Word) -> bool {
    unsafe { crate::keyed::hashed(index) }.count() == 0
}

/// The grouping of `key` in a lookup, if any (a null key has none).
pub(super) fn lookup_get(index: Word, key: Word, key_kind: ElemKind) -> Result<Option<Word>, Word> {
    if key_kind == ElemKind::Ref && is_null(key) {
        return Ok(None);
    }
    let p = crate::keyed::probe(index, key).map_err(|()| 0 as Word)?;
    let t = unsafe { crate::keyed::hashed(index) };
    Ok(p.slot.and_then(|s| t.entries[s as usize]).map(|(_, g)| g))
}

extern "C" fn key(g: Word) -> Word {
    if is_null(g) {
        return exception::throw_null_reference();
    }
    grouping_key(g)
}

/// `ToDictionary`: for each element its key, then its value (`Add`: a duplicate key is .NET's
/// ArgumentException, a null one its ArgumentNullException). `kinds` are the element's, the
/// key's and the value's; `enums` the key's and the value's enum descriptors (0 for none), so
/// the pairs print an enum by name as a `new Dictionary<K, V>()`'s do; `desc` its exact type
/// (0: none), which a duplicate `char` key's message needs before the call returns.
fn to_dictionary(
    source: Word,
    ks: Word,
    es: Word,
    kinds: [Word; 3],
    enums: [Word; 2],
    desc: Word,
) -> Word {
    let checked = null_arg(source, "source")
        .and_then(|()| null_arg(ks, "keySelector"))
        .and_then(|()| {
            if es == 1 {
                Ok(())
            } else {
                null_arg(es, "elementSelector")
            }
        });
    if let Err(e) = checked {
        return e;
    }
    let [k, kk, vk] = kinds.map(ElemKind::from_code);
    let d = crate::hashed::dict_new(kk as Word, vk as Word, enums[0], enums[1]);
    let d = crate::library::set_type(d, desc);
    let _root = crate::gc::root(&[d]);
    let walked = each(source, |x| {
        let key = call(ks, x, k, None, Ret::of(Some(kk)))?;
        let _key = crate::gc::root(&[key]);
        let value = if es == 1 {
            x
        } else {
            call(es, x, k, None, Ret::of(Some(vk)))?
        };
        let r = crate::hashed::dict_add(d, key, value);
        if crate::pending::is_pending() {
            return Err(r);
        }
        Ok(true)
    });
    walked.map_or_else(|e| e, |()| d)
}
extern "C" fn to_dictionary_key(
    source: Word,
    ks: Word,
    k: Word,
    kk: Word,
    k_enum: Word,
    kk_enum: Word,
    desc: Word,
) -> Word {
    to_dictionary(source, ks, 1, [k, kk, k], [kk_enum, k_enum], desc)
}
#[allow(clippy::too_many_arguments)]
extern "C" fn to_dictionary_element(
    source: Word,
    ks: Word,
    es: Word,
    k: Word,
    kk: Word,
    vk: Word,
    _k_enum: Word,
    kk_enum: Word,
    vk_enum: Word,
    desc: Word,
) -> Word {
    to_dictionary(source, ks, es, [k, kk, vk], [kk_enum, vk_enum], desc)
}

extern "C" fn to_hash_set(source: Word, k: Word) -> Word {
    if let Err(e) = null_arg(source, "source") {
        return e;
    }
    let kind = super::refined(super::query::own_kind(source), k);
    let s = crate::hashed::set_new(kind as Word);
    let _root = crate::gc::root(&[s]);
    let walked = each(source, |x| {
        let r = crate::hashed::set_add(s, x);
        if crate::pending::is_pending() {
            return Err(r);
        }
        Ok(true)
    });
    walked.map_or_else(|e| e, |()| s)
}

pub(super) fn entries() -> Vec<Entry> {
    entry_list! {
        "IGrouping<TKey, TElement>.Key" => key as extern "C" fn(Word) -> Word, None;
        "IEnumerable<T>.ToDictionary<TKey>(Func<T, TKey>)" => to_dictionary_key as extern "C" fn(Word, Word, Word, Word, Word, Word, Word) -> Word, TypeArgsEnums;
        "IEnumerable<T>.ToDictionary<TKey, TElement>(Func<T, TKey>, Func<T, TElement>)" => to_dictionary_element as extern "C" fn(Word, Word, Word, Word, Word, Word, Word, Word, Word, Word) -> Word, TypeArgsEnums;
        "IEnumerable<T>.ToHashSet()" => to_hash_set as extern "C" fn(Word, Word) -> Word, TypeArgs;
    }
}
