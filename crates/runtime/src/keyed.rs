//! The table behind a `Dictionary<TKey, TValue>` or `HashSet<T>`: entries in one array in
//! insertion order with a free list, and the index that finds a key by .NET's default equality
//! (`EqualityComparer<T>.Default`), which may run the key class's `Equals`/`GetHashCode`
//! overrides (`probe`).

use std::collections::HashMap;

use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};
use crate::string::{as_str, is_string};
use crate::text::compare::{self, Mode};

/// What makes two keys equal under .NET's default comparer, for keys whose class does not
/// override `Equals`/`GetHashCode`: value types by value, strings by content, other objects by
/// reference. Keys whose class overrides either go to `Table::user` instead.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) enum KeyId {
    Word(u64),
    Str(Box<str>),
    Boxed(u64, u64),
    Null,
}

#[derive(Clone)]
pub struct Table {
    /// `None` is a free slot.
    pub(crate) entries: Vec<Option<(Word, Word)>>,
    /// Free slots, the last freed on top.
    pub(crate) free: Vec<u32>,
    pub(crate) index: HashMap<KeyId, u32>,
    /// The slots of keys whose class overrides `Equals` or `GetHashCode`, by the hash code
    /// their `GetHashCode()` gave, oldest first. Looking one up runs the overrides as .NET's
    /// `EqualityComparer<T>.Default` does: the query's `GetHashCode()` once, then
    /// `entry.Equals(query)` for each entry of the same hash code (newest first, as .NET's
    /// bucket chains run until a resize), never for others.
    pub(crate) user: HashMap<i32, Vec<u32>>,
    pub(crate) version: u64,
    pub(crate) key_kind: ElemKind,
    pub(crate) value_kind: ElemKind,
    /// .NET's capacity (its entry array's length; 0 before the first insertion): never shrinks,
    /// not even on `Clear`; `new HashSet<T>(set)` copies the free slots only when it is small.
    pub(crate) capacity: usize,
    /// The descriptors (`enums::EnumDesc`) of the keys' and values' enum types, 0 for other
    /// types: what messages and `KeyValuePair.ToString()` name them by.
    pub(crate) key_enum: usize,
    pub(crate) value_enum: usize,
    /// The `StringComparer` of a table of strings made with one (`None`: the default
    /// comparer): its keys are `compare::key`s, and only the ones it can make get in.
    pub(crate) comparer: Option<Mode>,
    /// An `IEqualityComparer<T>` of the program the table was made with (0: none): every key
    /// is found by its `GetHashCode` and `Equals` (`probe`), under `user`. Traced.
    pub(crate) user_comparer: Word,
}

/// The references are the keys (kind `Ref`) and values (kind `Ref`) in `table`.
#[repr(C)]
pub struct Hashed {
    header: Header,
    table: Table,
}

pub(crate) unsafe fn hashed<'a>(w: Word) -> &'a mut Table {
    &mut (*((w & !TAG_MASK) as *mut Hashed)).table
}

pub(crate) fn key_id(w: Word, kind: ElemKind) -> KeyId {
    match kind {
        ElemKind::Bool => KeyId::Word(w & 0xff),
        ElemKind::F64 | ElemKind::Float => {
            let d = f64::from_bits(w);
            // .NET's double equality for keys: NaN equals NaN, -0.0 equals 0.0.
            if d.is_nan() {
                KeyId::Word(f64::NAN.to_bits())
            } else if d == 0.0 {
                KeyId::Word(0)
            } else {
                KeyId::Word(w)
            }
        }
        k if k.is_int_like() => KeyId::Word(w as u32 as i32 as i64 as u64),
        // Values, not references: no tag bits to mask (5L and 7L are different keys).
        ElemKind::I64 | ElemKind::UInt | ElemKind::ULong | ElemKind::TimeSpan => KeyId::Word(w),
        ElemKind::Char => KeyId::Word(w & 0xFFFF),
        k if k.is_small() => KeyId::Word(w as u32 as i32 as i64 as u64),
        ElemKind::Ref if is_null(w) => KeyId::Null,
        ElemKind::Ref if is_string(w) => KeyId::Str(unsafe { as_str(w) }.into()),
        ElemKind::Ref if unsafe { desc_of(w).kind } == Kind::Boxed => {
            let (v, k) = crate::collections::unboxed(w);
            // A box of an enum is a key of its enum type only: its descriptor (an address,
            // never as small as a kind's code) stands for the type.
            let ty = match crate::enums::enum_of_box(w) {
                Some(_) => unsafe { desc_of(w) as *const TypeDesc as u64 },
                None => k as u64,
            };
            match key_id(v, k) {
                KeyId::Word(x) => KeyId::Boxed(ty, x),
                other => other,
            }
        }
        _ => KeyId::Word(w & !TAG_MASK),
    }
}

pub(crate) fn new_table(key_kind: ElemKind, value_kind: ElemKind) -> Table {
    Table {
        entries: Vec::new(),
        free: Vec::new(),
        index: HashMap::new(),
        user: HashMap::new(),
        version: 0,
        key_kind,
        value_kind,
        capacity: 0,
        key_enum: 0,
        value_enum: 0,
        comparer: None,
        user_comparer: 0,
    }
}

/// .NET's `HashHelpers.GetPrime`: the capacity it picks for at least `min` entries.
pub(crate) fn get_prime(min: usize) -> usize {
    const PRIMES: [usize; 72] = [
        3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631,
        761, 919, 1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103,
        12143, 14591, 17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631,
        130363, 156437, 187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403,
        968897, 1162687, 1395263, 1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559,
        5999471, 7199369,
    ];
    if let Some(&p) = PRIMES.iter().find(|&&p| p >= min) {
        return p;
    }
    let is_prime = |n: usize| {
        !n.is_multiple_of(2)
            && (3..)
                .step_by(2)
                .take_while(|d| d * d <= n)
                .all(|d| !n.is_multiple_of(d))
    };
    (min | 1..)
        .step_by(2)
        .find(|&i| is_prime(i) && !(i - 1).is_multiple_of(101))
        .unwrap_or(min)
}

pub(crate) fn alloc_hashed(desc: &'static TypeDesc, table: Table) -> Word {
    unsafe {
        let p = object::alloc::<Hashed>(desc, 0);
        // A zeroed Table is not a valid Table.
        std::ptr::write(&mut (*p).table, table);
        p as Word
    }
}

impl Table {
    /// What the table knows `w` by: `key_id`, or its comparer's key for a string.
    pub(crate) fn key_of(&self, w: Word) -> KeyId {
        match self.comparer {
            Some(m) if self.key_kind == ElemKind::Ref && !is_null(w) && is_string(w) => {
                let s = unsafe { as_str(w) };
                KeyId::Str(compare::key(s, m).unwrap_or_else(|| s.to_string()).into())
            }
            _ => key_id(w, self.key_kind),
        }
    }

    /// NotSupportedException (pending) for a string key its comparer cannot key.
    pub(crate) fn check_key(&self, w: Word) -> Result<(), Word> {
        match self.comparer {
            Some(m) if self.key_kind == ElemKind::Ref && !is_null(w) && is_string(w) => {
                compare::key(unsafe { as_str(w) }, m)
                    .map(|_| ())
                    .ok_or_else(compare::key_not_supported)
            }
            _ => Ok(()),
        }
    }

    pub(crate) fn find(&self, key: Word) -> Option<u32> {
        self.index.get(&self.key_of(key)).copied()
    }

    /// Inserts a new key; the caller checked it is absent (`probe`, whose `hash` it passes on).
    pub(crate) fn insert(&mut self, key: Word, value: Word, hash: Option<i32>) {
        if self.free.is_empty() {
            // .NET's `Initialize(0)` on the first insertion, then `Resize` when full.
            if self.capacity == 0 {
                self.capacity = get_prime(0);
            } else if self.entries.len() >= self.capacity {
                self.capacity = get_prime(2 * self.entries.len());
            }
        }
        let slot = match self.free.pop() {
            Some(s) => {
                self.entries[s as usize] = Some((key, value));
                s
            }
            None => {
                self.entries.push(Some((key, value)));
                self.entries.len() as u32 - 1
            }
        };
        match hash {
            Some(h) => self.user.entry(h).or_default().push(slot),
            None => {
                self.index.insert(self.key_of(key), slot);
            }
        }
        self.version = self.version.wrapping_add(1);
    }

    /// Frees the slot `probe` found (under `hash` for a key with overrides).
    pub(crate) fn remove_at(&mut self, slot: u32, hash: Option<i32>) {
        let key = match self.entries.get_mut(slot as usize).and_then(Option::take) {
            Some((k, _)) => k,
            None => return,
        };
        match hash {
            Some(h) => {
                if let Some(slots) = self.user.get_mut(&h) {
                    slots.retain(|&s| s != slot);
                    if slots.is_empty() {
                        self.user.remove(&h);
                    }
                }
            }
            None => {
                self.index.remove(&self.key_of(key));
            }
        }
        self.free.push(slot);
    }

    pub(crate) fn clear(&mut self) {
        self.entries.clear();
        self.free.clear();
        self.index.clear();
        self.user.clear();
    }

    pub(crate) fn count(&self) -> usize {
        self.entries.len() - self.free.len()
    }
}

/// Whether `key` (of a reference key kind) is compared by its class's `Equals`/`GetHashCode`
/// overrides.
pub(crate) fn by_overrides(key: Word) -> bool {
    // SAFETY: a non-null reference that is not an inline ValueTask result is a live object.
    object::is_object(key)
        && unsafe { desc_of(key) }
            .as_class()
            .is_some_and(|c| c.equals != 0 || c.hash_code != 0 || c.equatable != 0 || c.is_struct)
}

/// Where a key is in a table: its slot or none, and the hash code its `GetHashCode()` override
/// gave (`None` for keys compared without overrides).
pub(crate) struct Probe {
    pub(crate) slot: Option<u32>,
    pub(crate) hash: Option<i32>,
}

/// Finds `key` in the table of `d` (not null), running the key class's overrides as .NET does.
/// `Err(())`: an override threw; its exception is pending. The overrides may allocate (so `d`
/// and `key` are rooted while they run) and may even change the table (so nothing borrowed
/// from it is held across a call: each step reads it afresh).
pub(crate) fn probe(d: Word, key: Word) -> Result<Probe, ()> {
    // SAFETY (every `hashed(d)` below): `d` is a live dictionary or set, which never moves.
    let t = unsafe { hashed(d) };
    if t.check_key(key).is_err() {
        return Err(());
    }
    let cmp = t.user_comparer;
    if cmp == 0 && (t.key_kind != ElemKind::Ref || !by_overrides(key)) {
        return Ok(Probe {
            slot: t.find(key),
            hash: None,
        });
    }
    let _roots = crate::gc::root(&[d, key, cmp]);
    // With a comparer of the program, as .NET's `FindValue` runs it: `cmp.GetHashCode(key)`
    // once, then `cmp.Equals(entry, key)` for each entry of that hash code; else the key's
    // own overrides.
    let h = match cmp {
        0 => object::object_hash_code(key) as i32,
        _ => crate::user_comparer::hash(cmp, key).unwrap_or(0) as i32,
    };
    if crate::pending::is_pending() {
        return Err(());
    }
    let candidates = unsafe { hashed(d) }
        .user
        .get(&h)
        .cloned()
        .unwrap_or_default();
    for &slot in candidates.iter().rev() {
        // A live table read afresh: `Equals` may have changed it.
        let t = unsafe { hashed(d) };
        let still = t.user.get(&h).is_some_and(|s| s.contains(&slot));
        let Some(Some((entry, _))) = t.entries.get(slot as usize).copied().filter(|_| still) else {
            continue;
        };
        let _entry_root = crate::gc::root(&[entry]);
        let equal = match cmp {
            0 => crate::equality::collection_equals(entry, key),
            _ => crate::user_comparer::equals(cmp, entry, key).unwrap_or(0),
        };
        if crate::pending::is_pending() {
            return Err(());
        }
        if equal != 0 {
            return Ok(Probe {
                slot: Some(slot),
                hash: Some(h),
            });
        }
    }
    Ok(Probe {
        slot: None,
        hash: Some(h),
    })
}

/// `EqualityComparer<T>.Default.Equals(element, value)` for an element of a collection of
/// `kind`, as `Contains` and `ContainsValue` compare: `element.Equals(value)` when the
/// element's class overrides `Equals`/`GetHashCode` (never for a null element or value), else
/// the default equality. `Err(())`: the override threw; its exception is pending.
pub(crate) fn elements_equal(element: Word, value: Word, kind: ElemKind) -> Result<bool, ()> {
    if kind != ElemKind::Ref || !by_overrides(element) || is_null(value) {
        return Ok(key_id(element, kind) == key_id(value, kind));
    }
    let _roots = crate::gc::root(&[element, value]);
    let equal = crate::equality::collection_equals(element, value);
    if crate::pending::is_pending() {
        return Err(());
    }
    Ok(equal != 0)
}

/// Whether any of `items` (in the order .NET searches them) equals `value`, or `Err` with the
/// pending exception of an override. The items are rooted: an override may allocate.
pub(crate) fn any_equal(items: &[Word], value: Word, kind: ElemKind) -> Result<bool, Word> {
    let _roots = crate::gc::root(items);
    for &x in items {
        match elements_equal(x, value, kind) {
            Ok(true) => return Ok(true),
            Ok(false) => {}
            Err(()) => return Err(0),
        }
    }
    Ok(false)
}
