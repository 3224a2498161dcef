//! `List<T>`'s searching and reshaping members (`Contains`, `IndexOf`, `Remove`, `Insert`,
//! `AddRange`, `GetRange`, `Reverse`, `Sort`, ...) with .NET's argument checks, messages and
//! version changes: every member that changes the list changes the version a running
//! `foreach` checks (even an empty `AddRange`), except `RemoveRange` of nothing.

use std::cmp::Ordering;

use crate::collections::{alloc_list, list, List};
use crate::exception::{self, ARGUMENT, ARGUMENT_OUT_OF_RANGE};
use crate::object::{desc_of, is_null, is_object, ElemKind, Word};
use crate::string::as_str;

const INDEX_LESS: &str =
    "Index was out of range. Must be non-negative and less than the size of the collection.";
const INDEX_LESS_OR_EQUAL: &str =
    "Index was out of range. Must be non-negative and less than or equal to the size of the collection.";
pub(crate) const NON_NEGATIVE: &str = "Non-negative number required.";
pub(crate) const OFF_LEN: &str = "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.";

fn get<'a>(l: Word) -> Result<&'a mut List, Word> {
    if is_null(l) {
        return Err(exception::throw_null_reference());
    }
    // SAFETY: sema gives these members only `List<T>` receivers.
    Ok(unsafe { list(l) })
}

pub(crate) fn out_of_range(message: &str, param: &str) -> Word {
    crate::pending::throw(exception::new_with_param(
        &ARGUMENT_OUT_OF_RANGE,
        Some(message),
        param,
    ))
}

fn changed(l: &mut List) {
    l.version = l.version.wrapping_add(1);
}

/// .NET's checks of an `(index, count)` range of a list of `size` elements, in its order.
fn check_range(index: Word, count: Word, size: usize) -> Result<(usize, usize), Word> {
    let (index, count) = (index as i32, count as i32);
    if index < 0 {
        return Err(out_of_range(NON_NEGATIVE, "index"));
    }
    if count < 0 {
        return Err(out_of_range(NON_NEGATIVE, "count"));
    }
    if (size as i64) - (index as i64) < count as i64 {
        return Err(exception::throw_new(&ARGUMENT, Some(OFF_LEN)));
    }
    Ok((index as usize, count as usize))
}

// ---- Searching -------------------------------------------------------------------------------

/// `EqualityComparer<T>.Default.Equals(element, value)`: a struct element by its `Equals`
/// (its override, else its fields), anything else as `Contains` of the other collections.
/// `Err(())`: an override threw; its exception is pending.
pub(crate) fn equal(element: Word, value: Word, kind: ElemKind) -> Result<bool, ()> {
    let is_struct = kind == ElemKind::Ref
        && is_object(element)
        && !is_null(value)
        // SAFETY: a live object.
        && unsafe { desc_of(element) }
            .as_class()
            .is_some_and(|c| c.is_struct);
    if !is_struct {
        return crate::keyed::elements_equal(element, value, kind);
    }
    let _roots = crate::gc::root(&[element, value]);
    let r = crate::equality::collection_equals(element, value);
    if crate::pending::is_pending() {
        return Err(());
    }
    Ok(r != 0)
}

/// The index of the first (or with `last`, the last) element equal to `value`, -1 if none;
/// `Err` with the pending exception of an `Equals` override.
fn find(l: Word, value: Word, last: bool) -> Result<i64, Word> {
    let l_ref = get(l)?;
    let kind = ElemKind::from_code(l_ref.kind);
    // .NET searches the array it had when the search began; overrides may change the list.
    let items = l_ref.items.clone();
    let _roots = crate::gc::root(&items);
    let _more = crate::gc::root(&[l, value]);
    let order: Box<dyn Iterator<Item = usize>> = if last {
        Box::new((0..items.len()).rev())
    } else {
        Box::new(0..items.len())
    };
    for i in order {
        match equal(items[i], value, kind) {
            Ok(true) => return Ok(i as i64),
            Ok(false) => {}
            Err(()) => return Err(0),
        }
    }
    Ok(-1)
}

/// `List<T>.Contains(T)`.
pub extern "C" fn list_contains(l: Word, item: Word) -> Word {
    find(l, item, false).map_or_else(|e| e, |i| Word::from(i >= 0))
}

/// `List<T>.IndexOf(T)`.
pub extern "C" fn list_index_of(l: Word, item: Word) -> Word {
    find(l, item, false).map_or_else(|e| e, |i| i as Word)
}

/// `List<T>.LastIndexOf(T)`.
pub extern "C" fn list_last_index_of(l: Word, item: Word) -> Word {
    find(l, item, true).map_or_else(|e| e, |i| i as Word)
}

/// `List<T>.Remove(T)`: the first equal element; whether there was one.
pub extern "C" fn list_remove(l: Word, item: Word) -> Word {
    match find(l, item, false) {
        Err(e) => e,
        Ok(-1) => 0,
        Ok(i) => {
            // SAFETY: `find` checked `l` is not null.
            let l = unsafe { list(l) };
            // An override may have shrunk the list meanwhile; .NET's `RemoveAt` then throws.
            if (i as usize) >= l.items.len() {
                return out_of_range(INDEX_LESS, "index");
            }
            l.items.remove(i as usize);
            changed(l);
            1
        }
    }
}

// ---- Changing ----------------------------------------------------------------------------------

/// `List<T>.RemoveAt(int)`.
pub extern "C" fn list_remove_at(l: Word, index: Word) -> Word {
    let l = match get(l) {
        Ok(l) => l,
        Err(e) => return e,
    };
    let index = index as i32;
    if index < 0 || index as usize >= l.items.len() {
        return out_of_range(INDEX_LESS, "index");
    }
    l.items.remove(index as usize);
    changed(l);
    0
}

/// `List<T>.RemoveRange(int, int)`.
pub extern "C" fn list_remove_range(l: Word, index: Word, count: Word) -> Word {
    let l = match get(l) {
        Ok(l) => l,
        Err(e) => return e,
    };
    match check_range(index, count, l.items.len()) {
        Err(e) => e,
        Ok((index, count)) => {
            if count > 0 {
                l.items.drain(index..index + count);
                changed(l);
            }
            0
        }
    }
}

/// `List<T>.Insert(int, T)`.
pub extern "C" fn list_insert(l: Word, index: Word, item: Word) -> Word {
    let l = match get(l) {
        Ok(l) => l,
        Err(e) => return e,
    };
    let index = index as i32;
    if index < 0 || index as usize > l.items.len() {
        return out_of_range("Index must be within the bounds of the List.", "index");
    }
    l.items.insert(index as usize, item);
    changed(l);
    0
}

/// The elements of `collection` for `AddRange`/`InsertRange` (a snapshot: a list may add
/// itself), or the ArgumentNullException of a null one.
fn range_items(collection: Word) -> Result<Vec<Word>, Word> {
    crate::collections::items_or_null_arg(collection, "collection").map(|s| s.1)
}

/// `List<T>.InsertRange(int, IEnumerable<T>)`.
pub extern "C" fn list_insert_range(l: Word, index: Word, collection: Word) -> Word {
    if is_null(l) {
        return exception::throw_null_reference();
    }
    let items = match range_items(collection) {
        Ok(items) => items,
        Err(e) => return e,
    };
    // SAFETY: checked not null.
    let l = unsafe { list(l) };
    let index = index as i32;
    if index < 0 || index as usize > l.items.len() {
        return out_of_range(INDEX_LESS_OR_EQUAL, "index");
    }
    let at = index as usize;
    l.items.splice(at..at, items);
    changed(l);
    0
}

/// `List<T>.AddRange(IEnumerable<T>)`.
pub extern "C" fn list_add_range(l: Word, collection: Word) -> Word {
    if is_null(l) {
        return exception::throw_null_reference();
    }
    let items = match range_items(collection) {
        Ok(items) => items,
        Err(e) => return e,
    };
    // SAFETY: checked not null.
    let l = unsafe { list(l) };
    l.items.extend(items);
    changed(l);
    0
}

/// `List<T>.GetRange(int, int)`: a new list of the same type.
pub extern "C" fn list_get_range(l: Word, index: Word, count: Word) -> Word {
    let source = match get(l) {
        Ok(s) => s,
        Err(e) => return e,
    };
    match check_range(index, count, source.items.len()) {
        Err(e) => e,
        Ok((index, count)) => {
            let items = source.items[index..index + count].to_vec();
            let kind = ElemKind::from_code(source.kind);
            let _roots = crate::gc::root(&[l]);
            // SAFETY: a live list; its descriptor names its exact type.
            alloc_list(unsafe { desc_of(l) }, kind, items)
        }
    }
}

/// `List<T>.Reverse()`.
pub extern "C" fn list_reverse(l: Word) -> Word {
    match get(l) {
        Ok(l) => {
            l.items.reverse();
            changed(l);
            0
        }
        Err(e) => e,
    }
}

/// `x.CompareTo(y)` of two elements of `kind` (a kind `Sort` accepts): `double`'s puts NaN
/// below every number and equal to itself.
pub(crate) fn compare(x: Word, y: Word, kind: ElemKind) -> Ordering {
    match kind {
        ElemKind::F64 | ElemKind::Float => {
            let (a, b) = (f64::from_bits(x), f64::from_bits(y));
            a.partial_cmp(&b)
                .unwrap_or_else(|| a.is_nan().cmp(&b.is_nan()).reverse())
        }
        ElemKind::I64 | ElemKind::TimeSpan => (x as i64).cmp(&(y as i64)),
        ElemKind::UInt | ElemKind::ULong => x.cmp(&y),
        ElemKind::Bool => (x & 0xff != 0).cmp(&(y & 0xff != 0)),
        ElemKind::Char => (x & 0xFFFF).cmp(&(y & 0xFFFF)),
        // Strings (sema lets no other references through), checked to be ASCII first.
        ElemKind::Ref => {
            crate::text::collate::compare_words(x, y, false).unwrap_or(Ordering::Equal)
        }
        _ => (x as u32 as i32).cmp(&(y as u32 as i32)),
    }
}

/// For a list of strings: `Err` with NotSupportedException pending unless the culture's order
/// of every pair of elements (and `item`) is known (`text/collate.rs`).
pub(crate) fn collatable(items: &[Word], item: Option<Word>) -> Result<(), Word> {
    let mut all = items.iter().chain(item.as_ref()).copied();
    match all.find(|&w| !is_null(w) && !unsafe { as_str(w) }.is_ascii()) {
        Some(w) => crate::text::collate::compare_words(w, w, false).map(|_| ()),
        None => Ok(()),
    }
}

/// Whether the elements are objects of a class implementing `IComparable<T>` of itself (sema
/// lets a list through to `Sort()` only then, or for the other orders above).
pub(crate) fn comparable(items: &[Word]) -> bool {
    items.iter().any(|&w| {
        // SAFETY: a non-null element of a list of references is a live object.
        !is_null(w)
            && is_object(w)
            && unsafe { desc_of(w) }
                .as_class()
                .is_some_and(|c| c.comparable != 0)
    })
}

/// `Comparer<T>.Default.Compare(a, b)` for a class implementing `IComparable<T>` of itself: a
/// null before everything, else `a.CompareTo(b)`. `None`: `CompareTo` threw (its exception is
/// pending).
pub(crate) fn compare_to(a: Word, b: Word) -> Option<i32> {
    match (is_null(a), is_null(b)) {
        (true, true) => return Some(0),
        (true, false) => return Some(-1),
        (false, true) => return Some(1),
        _ => {}
    }
    // SAFETY: a live object of the program's classes (`comparable`).
    let cell = unsafe { desc_of(a) }.as_class().map_or(0, |c| c.comparable);
    let code = crate::equality::override_code(cell);
    if code == 0 {
        return Some(0);
    }
    // SAFETY: the code is an `extern "C" fn(this, T) -> int` compiled from the method's SMIR
    // signature, and every element of the list is a `T`.
    let f: extern "C" fn(Word, Word) -> i32 = unsafe { std::mem::transmute(code) };
    let r = f(a, b);
    (!crate::pending::is_pending()).then_some(r)
}

/// .NET's `InvalidOperationException` around the exception a `CompareTo` threw (pending).
pub(crate) fn failed_to_compare() -> Word {
    let inner = crate::pending::take();
    let _inner_root = crate::gc::root(&[inner]);
    let message = crate::string::new_string("Failed to compare two elements in the array.");
    let e = crate::exception::construct_with_inner(
        &crate::exception::INVALID_OPERATION,
        message,
        inner,
    );
    crate::exception::rt_throw(e)
}

/// .NET's introsort by `Comparer<T>.Default` (`compare_to`).
fn sort_by_compare_to(items: &mut [Word]) -> Result<(), Word> {
    sort_or_fail(items, &compare_to)
}

/// .NET's introsort by a comparison that may throw (`None`: it threw, its exception pending).
/// An exception ends the sort as .NET's `InvalidOperationException` ("Failed to compare two
/// elements in the array.") with it as the inner exception.
pub(crate) fn sort_or_fail(
    items: &mut [Word],
    compare: &dyn Fn(Word, Word) -> Option<i32>,
) -> Result<(), Word> {
    let _roots = crate::gc::root(items);
    let failed = std::cell::Cell::new(false);
    crate::introsort::sort(items, &|a, b| {
        if failed.get() {
            return false;
        }
        match compare(a, b) {
            Some(c) => c < 0,
            None => {
                failed.set(true);
                false
            }
        }
    });
    if failed.get() {
        return Err(failed_to_compare());
    }
    Ok(())
}

/// `List<T>.BinarySearch(T)`: .NET's search of a sorted list: the index of an equal element,
/// else the complement of the index where `item` would go.
pub extern "C" fn list_binary_search(l: Word, item: Word) -> Word {
    let l = match get(l) {
        Ok(l) => l,
        Err(e) => return e,
    };
    let kind = ElemKind::from_code(l.kind);
    if kind == ElemKind::Ref && (comparable(&l.items) || comparable(&[item])) {
        let items = l.items.clone();
        let _roots = crate::gc::root(&items);
        let (mut lo, mut hi) = (0i64, items.len() as i64 - 1);
        while lo <= hi {
            let i = lo + ((hi - lo) >> 1);
            let Some(c) = compare_to(items[i as usize], item) else {
                return failed_to_compare();
            };
            match c.cmp(&0) {
                Ordering::Equal => return i as Word,
                Ordering::Less => lo = i + 1,
                Ordering::Greater => hi = i - 1,
            }
        }
        return !lo as Word;
    }
    if kind == ElemKind::Ref {
        if let Err(e) = collatable(&l.items, Some(item)) {
            return e;
        }
    }
    let (mut lo, mut hi) = (0i64, l.items.len() as i64 - 1);
    while lo <= hi {
        let i = lo + ((hi - lo) >> 1);
        match compare(l.items[i as usize], item, kind) {
            Ordering::Equal => return i as Word,
            Ordering::Less => lo = i + 1,
            Ordering::Greater => hi = i - 1,
        }
    }
    !lo as Word
}

// ---- Sorting -----------------------------------------------------------------------------------

/// `List<T>.Sort()` for element types with a default comparer the runtime knows (sema lets no
/// others through): numbers, `char`, `bool`, the library's enums and strings (by the culture's
/// order, `text/collate.rs`), as .NET's introsort
/// orders them (the order of elements that compare equal shows only for `-0.0` and `0.0`).
pub extern "C" fn list_sort(l_word: Word) -> Word {
    let l = match get(l_word) {
        Ok(l) => l,
        Err(e) => return e,
    };
    let kind = ElemKind::from_code(l.kind);
    let mut items = l.items.clone();
    if let Err(e) = sort_words(&mut items, kind) {
        return e;
    }
    // The comparisons may have run the program's code: the list is read afresh.
    let l = match get(l_word) {
        Ok(l) => l,
        Err(e) => return e,
    };
    if l.items.len() == items.len() {
        l.items = items;
    }
    changed(l);
    0
}

/// Sorts `items` of `kind` as `List<T>.Sort()` and `Array.Sort` do; `Err` with the pending
/// exception of a `CompareTo` that threw or of elements that cannot be compared.
pub(crate) fn sort_words(items: &mut [Word], kind: ElemKind) -> Result<(), Word> {
    if matches!(kind, ElemKind::F64 | ElemKind::Float) {
        // .NET moves the NaNs (less than every number) to the front first.
        let mut left = 0;
        for i in 0..items.len() {
            if f64::from_bits(items[i]).is_nan() {
                items.swap(left, i);
                left += 1;
            }
        }
        crate::introsort::sort(&mut items[left..], &|a, b| {
            f64::from_bits(a) < f64::from_bits(b)
        });
    } else if kind == ElemKind::Ref && comparable(items) {
        sort_by_compare_to(items)?;
    } else if kind == ElemKind::Ref {
        collatable(items, None)?;
        crate::introsort::sort(items, &|a, b| {
            compare(a, b, ElemKind::Ref) == Ordering::Less
        });
    } else {
        let key = move |w: Word| -> i64 {
            match kind {
                ElemKind::I64 | ElemKind::UInt | ElemKind::TimeSpan => w as i64,
                // Unsigned order, as a signed one.
                ElemKind::ULong => (w ^ (1 << 63)) as i64,
                ElemKind::Bool => i64::from(w & 0xff != 0),
                ElemKind::Char => (w & 0xFFFF) as i64,
                _ => w as u32 as i32 as i64,
            }
        };
        crate::introsort::sort(items, &|a, b| key(a).cmp(&key(b)) == Ordering::Less);
    }
    Ok(())
}

/// `List<T>.Sort(comparer)`: .NET's introsort by a `StringComparer`'s `Compare`; a null
/// comparer is the default one (`Sort()`).
pub extern "C" fn list_sort_by(l_word: Word, comparer: Word) -> Word {
    // `Comparer<T>.Default` is the default order; `Comparer<T>.Create(c)` sorts as `Sort(c)`.
    match crate::default_comparer::generic(comparer) {
        Some(crate::default_comparer::Generic::Comparison(d, kind)) => {
            return crate::list_delegates::sort_comparison(l_word, d, kind as Word);
        }
        Some(_) => return list_sort_by(l_word, 0),
        None => {}
    }
    // A comparer of the program: its `Compare` on a copy, as `Sort(comparison)` does.
    if crate::user_comparer::is_comparer(comparer) {
        let _list = crate::gc::root(&[l_word]);
        let mut items = match get(l_word) {
            Ok(l) => l.items.clone(),
            Err(e) => return e,
        };
        if let Err(e) = crate::user_comparer::sort(&mut items, comparer) {
            return e;
        }
        if let Ok(l) = get(l_word) {
            l.items = items;
            changed(l);
        }
        return 0;
    }
    let mode = if is_null(comparer) {
        None
    } else {
        crate::text::compare::comparer_mode(comparer)
    };
    let Some(mode) = mode else {
        if let Ok(l) = get(l_word) {
            let strings = |w: Word| is_null(w) || crate::string::is_string(w);
            if ElemKind::from_code(l.kind) == ElemKind::Ref
                && !comparable(&l.items)
                && !l.items.iter().all(|&w| strings(w))
            {
                // .NET's default comparer of objects that are not `IComparable`.
                let inner = exception::new_exception(
                    &ARGUMENT,
                    Some("At least one object must implement IComparable."),
                );
                crate::pending::throw(inner);
                return failed_to_compare();
            }
        }
        return list_sort(l_word);
    };
    let l = match get(l_word) {
        Ok(l) => l,
        Err(e) => return e,
    };
    // The culture's comparisons know ASCII only: refuse before sorting anything.
    for &w in &l.items {
        if let Err(e) = crate::text::compare::compare_by(w, w, mode) {
            return e;
        }
    }
    crate::introsort::sort(&mut l.items, &|a, b| {
        crate::text::compare::compare_by(a, b, mode) == Ok(Ordering::Less)
    });
    changed(l);
    0
}
