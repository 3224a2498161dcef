//! `Dictionary<TKey, TValue>` and `HashSet<T>` with .NET's observable behaviour: entries live in
//! one array in insertion order, a removed entry's slot goes on a free list that the next
//! insertion takes first (last removed, first reused), and enumeration walks the array skipping
//! free slots. Only an insertion of a new key changes the version an enumerator checks (.NET
//! Core 3.0 on: `Remove`, `Clear` and overwriting a value do not). Hash codes never show in
//! that order, so the index is a Rust `HashMap` from the key's identity to its slot.
//! Also `KeyValuePair<TKey, TValue>` (an immutable pair object) and the live `Keys`/`Values`
//! views.

use std::collections::HashMap;

use crate::exception::{self, ARGUMENT, INVALID_OPERATION};
use crate::keyed::{alloc_hashed, hashed, new_table, probe, Probe, Table};
use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};

pub static DICTIONARY: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.Dictionary`2",
    kind: Kind::Hashed,
    base: None,
};

pub static HASH_SET: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.HashSet`1",
    kind: Kind::Hashed,
    base: None,
};

pub static PAIR: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.KeyValuePair`2",
    kind: Kind::Pair,
    base: None,
};

pub static KEYS: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.Dictionary`2+KeyCollection",
    kind: Kind::View,
    base: None,
};

pub static VALUES: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.Dictionary`2+ValueCollection",
    kind: Kind::View,
    base: None,
};

/// `key` and `value`, references by their kinds.
#[repr(C)]
pub struct Pair {
    header: Header,
    key: Word,
    value: Word,
    key_kind: u64,
    value_kind: u64,
    /// As the dictionary's `Table::key_enum`/`value_enum`.
    key_enum: u64,
    value_enum: u64,
}

/// `dictionary.Keys` / `.Values`: a reference to the dictionary.
#[repr(C)]
pub struct View {
    header: Header,
    dict: Word,
}

/// The table of a dictionary or set, or the NullReferenceException a null one throws.
fn table<'a>(w: Word) -> Result<&'a mut Table, Word> {
    if is_null(w) {
        return Err(exception::throw_null_reference());
    }
    Ok(unsafe { hashed(w) })
}

/// A dictionary key must not be null: ArgumentNullException for parameter `key`.
fn non_null_key(t: &Table, key: Word) -> Result<(), Word> {
    if t.key_kind == ElemKind::Ref && is_null(key) {
        return Err(exception::throw_argument_null("key"));
    }
    Ok(())
}

// ---- Dictionary<TKey, TValue> ---------------------------------------------------------------

/// `new Dictionary<TKey, TValue>()`: the arguments are the kind codes of TKey and TValue, then
/// their enum descriptors (`Extra::TypeArgsEnums`).
pub extern "C" fn dict_new(
    key_kind: Word,
    value_kind: Word,
    key_enum: Word,
    value_enum: Word,
) -> Word {
    let mut t = new_table(
        ElemKind::from_code(key_kind),
        ElemKind::from_code(value_kind),
    );
    t.key_enum = key_enum as usize;
    t.value_enum = value_enum as usize;
    alloc_hashed(&DICTIONARY, t)
}

/// `new Dictionary<TKey, TValue>(comparer)`: a `StringComparer` (null: the default one).
pub extern "C" fn dict_new_comparer(
    comparer: Word,
    key_kind: Word,
    value_kind: Word,
    key_enum: Word,
    value_enum: Word,
) -> Word {
    let _comparer = crate::gc::root(&[comparer]);
    let d = dict_new(key_kind, value_kind, key_enum, value_enum);
    // SAFETY: a live dictionary, just made.
    let t = unsafe { hashed(d) };
    t.comparer = crate::text::compare::comparer_mode(comparer);
    if crate::user_comparer::is_equality_comparer(comparer) {
        t.user_comparer = comparer;
    }
    d
}

/// The table of dictionary `d` after the checks every keyed member makes (`d` not null, `key`
/// not null), and where `key` is; `Err` with the exception (pending) otherwise.
fn keyed<'a>(d: Word, key: Word) -> Result<(&'a mut Table, Probe), Word> {
    table(d).and_then(|t| non_null_key(t, key))?;
    let p = probe(d, key).map_err(|()| 0 as Word)?;
    // SAFETY: a live dictionary; read again after the overrides ran.
    Ok((unsafe { hashed(d) }, p))
}

/// `Dictionary.Add(key, value)`: ArgumentException on a key already present.
pub extern "C" fn dict_add(d: Word, key: Word, value: Word) -> Word {
    let (t, p) = match keyed(d, key) {
        Ok(x) => x,
        Err(e) => return e,
    };
    if p.slot.is_some() {
        let shown = crate::enums::show(key, t.key_kind, t.key_enum);
        let m = format!("An item with the same key has already been added. Key: {shown}");
        return exception::throw_new(&ARGUMENT, Some(&m));
    }
    t.insert(key, value, p.hash);
    0
}

/// The dictionary indexer's getter: KeyNotFoundException for a missing key.
pub extern "C" fn dict_get(d: Word, key: Word) -> Word {
    let (t, p) = match keyed(d, key) {
        Ok(x) => x,
        Err(e) => return e,
    };
    match p.slot {
        Some(slot) => t.entries[slot as usize].map_or(0, |e| e.1),
        None => {
            let shown = crate::enums::show(key, t.key_kind, t.key_enum);
            let m = format!("The given key '{shown}' was not present in the dictionary.");
            exception::throw_new(&exception::KEY_NOT_FOUND, Some(&m))
        }
    }
}

/// The dictionary indexer's setter: replaces the value of a present key (no change to the
/// version), else adds the key.
pub extern "C" fn dict_set(d: Word, key: Word, value: Word) -> Word {
    let (t, p) = match keyed(d, key) {
        Ok(x) => x,
        Err(e) => return e,
    };
    match p.slot {
        Some(slot) => {
            if let Some(e) = &mut t.entries[slot as usize] {
                e.1 = value;
            }
        }
        None => t.insert(key, value, p.hash),
    }
    0
}

/// `TryGetValue(key, out value)`: the bool; the value goes to the out slot (`out_value`).
pub extern "C" fn dict_try_get_value(d: Word, key: Word) -> Word {
    let (t, p) = match keyed(d, key) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let found = p.slot.and_then(|s| t.entries[s as usize]);
    crate::library::set_out_value(found.map_or(0, |e| e.1));
    found.is_some() as Word
}

/// `dictionary.GetValueOrDefault(key[, defaultValue])`: .NET's extension method
/// (`CollectionExtensions`), so a null dictionary is an ArgumentNullException, not a
/// NullReferenceException; then `TryGetValue`'s lookup.
fn value_or(d: Word, key: Word, default: Word) -> Word {
    if is_null(d) {
        return exception::throw_argument_null("dictionary");
    }
    match keyed(d, key) {
        Ok((t, p)) => p
            .slot
            .and_then(|s| t.entries[s as usize])
            .map_or(default, |e| e.1),
        Err(e) => e,
    }
}

pub extern "C" fn dict_get_value_or_default(d: Word, key: Word) -> Word {
    value_or(d, key, 0)
}

pub extern "C" fn dict_get_value_or(d: Word, key: Word, default: Word) -> Word {
    value_or(d, key, default)
}

pub extern "C" fn dict_contains_key(d: Word, key: Word) -> Word {
    match keyed(d, key) {
        Ok((_, p)) => p.slot.is_some() as Word,
        Err(e) => e,
    }
}

/// `ContainsValue(value)`: the default comparer of the value type, entry by entry in order
/// (running a value's `Equals` override, which may change the dictionary: the values are
/// copied first).
pub extern "C" fn dict_contains_value(d: Word, value: Word) -> Word {
    match table(d) {
        Ok(t) => {
            let values: Vec<Word> = t.entries.iter().flatten().map(|e| e.1).collect();
            crate::keyed::any_equal(&values, value, t.value_kind).map_or_else(|e| e, Word::from)
        }
        Err(e) => e,
    }
}

/// `Dictionary.Remove(key)`.
pub extern "C" fn dict_remove(d: Word, key: Word) -> Word {
    match keyed(d, key) {
        Ok((
            t,
            Probe {
                slot: Some(s),
                hash,
            },
        )) => {
            t.remove_at(s, hash);
            1
        }
        Ok(_) => 0,
        Err(e) => e,
    }
}

/// `Remove(key, out value)`: the removed value goes to the out slot (default when absent).
pub extern "C" fn dict_remove_out(d: Word, key: Word) -> Word {
    let (t, p) = match keyed(d, key) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let value = p
        .slot
        .and_then(|s| t.entries[s as usize])
        .map_or(0, |e| e.1);
    crate::library::set_out_value(value);
    match p.slot {
        Some(s) => {
            t.remove_at(s, p.hash);
            1
        }
        None => 0,
    }
}

/// `TryAdd(key, value)`: adds a new key, leaves a present one as it is.
pub extern "C" fn dict_try_add(d: Word, key: Word, value: Word) -> Word {
    let (t, p) = match keyed(d, key) {
        Ok(x) => x,
        Err(e) => return e,
    };
    if p.slot.is_some() {
        return 0;
    }
    t.insert(key, value, p.hash);
    1
}

/// `Count` of a dictionary or set.
pub extern "C" fn hashed_count(d: Word) -> Word {
    table(d).map_or_else(|e| e, |t| t.count() as Word)
}

/// `Clear()` of a dictionary or set.
pub extern "C" fn hashed_clear(d: Word) -> Word {
    table(d).map_or_else(
        |e| e,
        |t| {
            t.clear();
            0
        },
    )
}

/// The descriptor of a view of dictionary `d`, named as .NET names it from the dictionary's
/// exact type (`Dictionary`2+KeyCollection[System.String,System.Int32]`), based on `base`.
fn view_desc(base: &'static TypeDesc, d: Word) -> &'static TypeDesc {
    let dict_name = unsafe { desc_of(d).name };
    let Some(open) = dict_name.find('[') else {
        return base;
    };
    let nested = if std::ptr::eq(base, &KEYS) {
        "+KeyCollection"
    } else {
        "+ValueCollection"
    };
    let name = format!("{}{nested}{}", &dict_name[..open], &dict_name[open..]);
    static NAMED: std::sync::OnceLock<std::sync::Mutex<HashMap<String, usize>>> =
        std::sync::OnceLock::new();
    let mut table = NAMED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let desc = *table.entry(name.clone()).or_insert_with(|| {
        let named: &'static TypeDesc = Box::leak(Box::new(TypeDesc {
            name: Box::leak(name.into_boxed_str()),
            kind: Kind::View,
            base: Some(base),
        }));
        named as *const TypeDesc as usize
    });
    // SAFETY: the table holds leaked descriptors only.
    unsafe { &*(desc as *const TypeDesc) }
}

fn new_view(base: &'static TypeDesc, d: Word) -> Word {
    if is_null(d) {
        return exception::throw_null_reference();
    }
    let desc = view_desc(base, d);
    let _roots = crate::gc::root(&[d]);
    unsafe {
        let p = object::alloc::<View>(desc, 0);
        (*p).dict = d;
        p as Word
    }
}

pub extern "C" fn dict_keys(d: Word) -> Word {
    new_view(&KEYS, d)
}

pub extern "C" fn dict_values(d: Word) -> Word {
    new_view(&VALUES, d)
}

/// The dictionary of a `Keys` or `Values` view.
pub(crate) fn view_dict(v: Word) -> Word {
    // SAFETY: a live view.
    unsafe { (*((v & !TAG_MASK) as *const View)).dict }
}

/// The key kind of a dictionary or the element kind of a set.
pub(crate) fn key_kind(d: Word) -> ElemKind {
    // SAFETY: a live dictionary or set.
    unsafe { hashed(d) }.key_kind
}

/// The value kind of a dictionary.
pub(crate) fn value_kind(d: Word) -> ElemKind {
    // SAFETY: a live dictionary.
    unsafe { hashed(d) }.value_kind
}

/// `Keys.Count` / `Values.Count`.
pub extern "C" fn view_count(v: Word) -> Word {
    if is_null(v) {
        return exception::throw_null_reference();
    }
    let d = unsafe { (*((v & !TAG_MASK) as *const View)).dict };
    hashed_count(d)
}

// ---- HashSet<T> ----------------------------------------------------------------------------

/// `new HashSet<T>()`.
pub extern "C" fn set_new(kind: Word) -> Word {
    let t = new_table(ElemKind::from_code(kind), ElemKind::Bool);
    alloc_hashed(&HASH_SET, t)
}

/// `new HashSet<T>(comparer)`: a `StringComparer` (null: the default one).
pub extern "C" fn set_new_comparer(comparer: Word, kind: Word) -> Word {
    let _comparer = crate::gc::root(&[comparer]);
    let s = set_new(kind);
    // SAFETY: a live set, just made.
    let t = unsafe { hashed(s) };
    t.comparer = crate::text::compare::comparer_mode(comparer);
    if crate::user_comparer::is_equality_comparer(comparer) {
        t.user_comparer = comparer;
    }
    s
}

/// The table of set `s` (not null) and where `item` is; `Err` with the exception (pending).
fn set_probe<'a>(s: Word, item: Word) -> Result<(&'a mut Table, Probe), Word> {
    table(s)?;
    let p = probe(s, item).map_err(|()| 0 as Word)?;
    // SAFETY: a live set; read again after the overrides ran.
    Ok((unsafe { hashed(s) }, p))
}

/// `HashSet.Add(item)`: whether it was added (a null item is an element like any other).
pub extern "C" fn set_add(s: Word, item: Word) -> Word {
    match set_probe(s, item) {
        Ok((_, Probe { slot: Some(_), .. })) => 0,
        Ok((t, p)) => {
            t.insert(item, 0, p.hash);
            1
        }
        Err(e) => e,
    }
}

pub extern "C" fn set_contains(s: Word, item: Word) -> Word {
    set_probe(s, item).map_or_else(|e| e, |(_, p)| p.slot.is_some() as Word)
}

pub extern "C" fn set_remove(s: Word, item: Word) -> Word {
    match set_probe(s, item) {
        Ok((
            t,
            Probe {
                slot: Some(slot),
                hash,
            },
        )) => {
            t.remove_at(slot, hash);
            1
        }
        Ok(_) => 0,
        Err(e) => e,
    }
}

// ---- KeyValuePair<TKey, TValue> --------------------------------------------------------------

pub(crate) fn new_pair(key: Word, value: Word, t: &Table) -> Word {
    let _roots = crate::gc::root(&[key, value]);
    unsafe {
        let p = object::alloc::<Pair>(&PAIR, 0);
        (*p).key = key;
        (*p).value = value;
        (*p).key_kind = t.key_kind as u64;
        (*p).value_kind = t.value_kind as u64;
        (*p).key_enum = t.key_enum as u64;
        (*p).value_enum = t.value_enum as u64;
        p as Word
    }
}

/// `new KeyValuePair<TKey, TValue>(key, value)`; the kinds and enum descriptors come from the
/// type arguments, as a dictionary's do.
pub extern "C" fn pair_new(
    key: Word,
    value: Word,
    key_kind: Word,
    value_kind: Word,
    key_enum: Word,
    value_enum: Word,
) -> Word {
    let mut t = new_table(
        ElemKind::from_code(key_kind),
        ElemKind::from_code(value_kind),
    );
    t.key_enum = key_enum as usize;
    t.value_enum = value_enum as usize;
    new_pair(key, value, &t)
}

unsafe fn pair<'a>(w: Word) -> &'a Pair {
    &*((w & !TAG_MASK) as *const Pair)
}

/// `KeyValuePair.Key` (a pair is never null: it is a struct in C#).
pub extern "C" fn pair_key(p: Word) -> Word {
    if is_null(p) {
        return 0;
    }
    unsafe { pair(p).key }
}

pub extern "C" fn pair_value(p: Word) -> Word {
    if is_null(p) {
        return 0;
    }
    unsafe { pair(p).value }
}

/// `KeyValuePair.ToString()`: `[key, value]`.
pub fn pair_string(p: Word) -> String {
    let p = unsafe { pair(p) };
    format!(
        "[{}, {}]",
        crate::enums::show(p.key, ElemKind::from_code(p.key_kind), p.key_enum as usize),
        crate::enums::show(
            p.value,
            ElemKind::from_code(p.value_kind),
            p.value_enum as usize
        )
    )
}

// ---- Enumeration -----------------------------------------------------------------------------

/// The version an enumerator of `source` (a dictionary, set or view) records.
pub(crate) fn version(source: Word) -> u64 {
    unsafe {
        match desc_of(source).kind {
            Kind::View => hashed((*((source & !TAG_MASK) as *const View)).dict).version,
            _ => hashed(source).version,
        }
    }
}

/// The element at or after `*index` (advancing it past the element), `Ok(None)` at the end,
/// or the InvalidOperationException of a collection changed since `version`.
pub(crate) fn next(source: Word, index: &mut u64, version: u64) -> Result<Option<Word>, Word> {
    let (dict, which) = unsafe {
        if desc_of(source).is_a(&KEYS) {
            ((*((source & !TAG_MASK) as *const View)).dict, 1)
        } else if desc_of(source).is_a(&VALUES) {
            ((*((source & !TAG_MASK) as *const View)).dict, 2)
        } else if desc_of(source).is_a(&HASH_SET) {
            (source, 1)
        } else {
            (source, 0)
        }
    };
    let t = unsafe { hashed(dict) };
    if t.version != version {
        return Err(exception::throw_new(
            &INVALID_OPERATION,
            Some("Collection was modified; enumeration operation may not execute."),
        ));
    }
    while (*index as usize) < t.entries.len() {
        let e = t.entries[*index as usize];
        *index += 1;
        if let Some((k, v)) = e {
            return Ok(Some(match which {
                1 => k,
                2 => v,
                _ => new_pair(k, v, t),
            }));
        }
    }
    *index = t.entries.len() as u64 + 1;
    Ok(None)
}

// ---- Collector support -------------------------------------------------------------------------

pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    unsafe {
        match desc_of(w).kind {
            Kind::Hashed => {
                let t = hashed(w);
                if t.user_comparer != 0 {
                    f(t.user_comparer);
                }
                let (k, v) = (t.key_kind == ElemKind::Ref, t.value_kind == ElemKind::Ref);
                for (key, value) in t.entries.iter().flatten() {
                    if k {
                        f(*key);
                    }
                    if v {
                        f(*value);
                    }
                }
            }
            Kind::Pair => {
                let p = pair(w);
                if p.key_kind == ElemKind::Ref as u64 {
                    f(p.key);
                }
                if p.value_kind == ElemKind::Ref as u64 {
                    f(p.value);
                }
            }
            Kind::View => f((*((w & !TAG_MASK) as *const View)).dict),
            _ => {}
        }
    }
}

/// Frees a dead dictionary's or set's table.
/// # Safety
/// `w` is a dictionary or set nothing reaches any more.
pub(crate) unsafe fn finalize(w: Word) {
    std::ptr::drop_in_place(hashed(w) as *mut Table);
}
