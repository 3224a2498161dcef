//! `List<T>`'s members that take a delegate: `ForEach`, `Find`, `FindLast`, `FindIndex`,
//! `FindAll`, `Exists`, `TrueForAll`, `RemoveAll`, `ConvertAll` and `Sort(Comparison<T>)` (and
//! `Array.Sort(T[], Comparison<T>)`), with
//! .NET's argument checks and its rule that `ForEach` stops with InvalidOperationException when
//! the action changes the list.

use crate::collections::{list, new_list, List};
use crate::delegate::{invoke1, invoke2, Ret};
use crate::exception::{self, INVALID_OPERATION};
use crate::object::{is_null, ElemKind, Word};
use crate::{entry_list, Entry};

fn get<'a>(l: Word, d: Word, what: &str) -> Result<&'a mut List, Word> {
    if is_null(l) {
        return Err(exception::throw_null_reference());
    }
    if is_null(d) {
        return Err(exception::throw_argument_null(what));
    }
    // SAFETY: sema gives these members only `List<T>` receivers.
    Ok(unsafe { list(l) })
}

/// Calls predicate `d` on `x`: `Err` when it threw (pending).
fn test(d: Word, x: Word, kind: ElemKind) -> Result<bool, Word> {
    let r = invoke1(d, x, kind, None, Ret::Bool);
    if crate::pending::is_pending() {
        return Err(r);
    }
    Ok(r != 0)
}

/// The index of the first element from `from` (stepping by `step`) that `d` accepts.
fn find_index(l: Word, d: Word, kind: Word, last: bool) -> Result<Option<usize>, Word> {
    let items = get(l, d, "match")?.items.clone();
    let _roots = crate::gc::root(&items);
    let kind = ElemKind::from_code(kind);
    let order: Box<dyn Iterator<Item = usize>> = if last {
        Box::new((0..items.len()).rev())
    } else {
        Box::new(0..items.len())
    };
    for i in order {
        if test(d, items[i], kind)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

extern "C" fn for_each(l: Word, d: Word, kind: Word) -> Word {
    let kind = ElemKind::from_code(kind);
    let list = match get(l, d, "action") {
        Ok(x) => x,
        Err(e) => return e,
    };
    let version = list.version;
    let _roots = crate::gc::root(&[l]);
    let mut i = 0;
    loop {
        // SAFETY: the list stays alive (rooted); its items are read afresh each time.
        let list = unsafe { crate::collections::list(l) };
        if list.version != version {
            break;
        }
        let Some(&x) = list.items.get(i) else {
            return 0;
        };
        let r = invoke1(d, x, kind, None, Ret::Void);
        if crate::pending::is_pending() {
            return r;
        }
        i += 1;
    }
    exception::throw_new(
        &INVALID_OPERATION,
        Some("Collection was modified; enumeration operation may not execute."),
    )
}
extern "C" fn find(l: Word, d: Word, kind: Word) -> Word {
    match find_index(l, d, kind, false) {
        Ok(Some(i)) => unsafe { list(l) }.items[i],
        Ok(None) => 0,
        Err(e) => e,
    }
}
extern "C" fn find_last(l: Word, d: Word, kind: Word) -> Word {
    match find_index(l, d, kind, true) {
        Ok(Some(i)) => unsafe { list(l) }.items[i],
        Ok(None) => 0,
        Err(e) => e,
    }
}
extern "C" fn find_index_of(l: Word, d: Word, kind: Word) -> Word {
    match find_index(l, d, kind, false) {
        Ok(Some(i)) => i as Word,
        Ok(None) => -1i64 as Word,
        Err(e) => e,
    }
}
extern "C" fn exists(l: Word, d: Word, kind: Word) -> Word {
    match find_index(l, d, kind, false) {
        Ok(found) => Word::from(found.is_some()),
        Err(e) => e,
    }
}
extern "C" fn true_for_all(l: Word, d: Word, kind: Word) -> Word {
    let items = match get(l, d, "match") {
        Ok(x) => x.items.clone(),
        Err(e) => return e,
    };
    let _roots = crate::gc::root(&items);
    let kind = ElemKind::from_code(kind);
    for x in items {
        match test(d, x, kind) {
            Ok(true) => {}
            Ok(false) => return 0,
            Err(e) => return e,
        }
    }
    1
}
extern "C" fn find_all(l: Word, d: Word, kind: Word) -> Word {
    let items = match get(l, d, "match") {
        Ok(x) => x.items.clone(),
        Err(e) => return e,
    };
    let _roots = crate::gc::root(&items);
    let k = ElemKind::from_code(kind);
    let mut out = Vec::new();
    for x in items {
        match test(d, x, k) {
            Ok(true) => out.push(x),
            Ok(false) => {}
            Err(e) => return e,
        }
    }
    new_list(k, out)
}
extern "C" fn remove_all(l: Word, d: Word, kind: Word) -> Word {
    let items = match get(l, d, "match") {
        Ok(x) => x.items.clone(),
        Err(e) => return e,
    };
    let _roots = crate::gc::root(&items);
    let k = ElemKind::from_code(kind);
    let mut keep = Vec::with_capacity(items.len());
    for &x in &items {
        match test(d, x, k) {
            Ok(true) => {}
            Ok(false) => keep.push(x),
            Err(e) => return e,
        }
    }
    let removed = items.len() - keep.len();
    let list = unsafe { list(l) };
    list.items = keep;
    if removed > 0 {
        list.version = list.version.wrapping_add(1);
    }
    removed as Word
}
extern "C" fn convert_all(l: Word, d: Word, kind: Word, out_kind: Word) -> Word {
    let items = match get(l, d, "converter") {
        Ok(x) => x.items.clone(),
        Err(e) => return e,
    };
    let (k, out_k) = (ElemKind::from_code(kind), ElemKind::from_code(out_kind));
    let _roots = crate::gc::root(&items);
    let mut out = Vec::with_capacity(items.len());
    let mut roots = Vec::with_capacity(items.len());
    for x in items {
        let r = invoke1(d, x, k, None, Ret::of(Some(out_k)));
        if crate::pending::is_pending() {
            return r;
        }
        roots.push(crate::gc::root(&[r]));
        out.push(r);
    }
    new_list(out_k, out)
}
pub(crate) extern "C" fn sort_comparison(l: Word, d: Word, kind: Word) -> Word {
    let mut items = match get(l, d, "comparison") {
        Ok(x) => x.items.clone(),
        Err(e) => return e,
    };
    if let Err(e) = sort_by_comparison(&mut items, d, kind) {
        return e;
    }
    let target = unsafe { crate::collections::list(l) };
    target.items = items;
    target.version = target.version.wrapping_add(1);
    0
}

/// `Array.Sort(array, comparison)`: .NET's introsort with the comparison, as `List<T>.Sort`.
pub(crate) extern "C" fn array_sort_comparison(a: Word, d: Word, kind: Word) -> Word {
    if is_null(a) {
        return exception::throw_argument_null("array");
    }
    if is_null(d) {
        return exception::throw_argument_null("comparison");
    }
    // The comparison may allocate: the array must outlive it whoever else holds it.
    let _array = crate::gc::root(&[a, d]);
    // SAFETY: sema gives this member only arrays.
    let mut items = unsafe { crate::collections::array_elements(a) }.to_vec();
    if let Err(e) = sort_by_comparison(&mut items, d, kind) {
        return e;
    }
    // SAFETY: the same array; the comparison cannot resize it.
    unsafe { crate::collections::array_elements(a) }.copy_from_slice(&items);
    0
}

/// Sorts `items` by comparison `d`; `Err` when it threw (InvalidOperationException, as .NET's
/// "Failed to compare two elements").
fn sort_by_comparison(items: &mut [Word], d: Word, kind: Word) -> Result<(), Word> {
    let k = ElemKind::from_code(kind);
    crate::list_ops::sort_or_fail(items, &|a, b| {
        let r = invoke2(d, a, b, k, Ret::I32);
        (!crate::pending::is_pending()).then_some(r as i64 as i32)
    })
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "List<T>.ForEach(Action<T>)" => for_each as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "List<T>.Find(Predicate<T>)" => find as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "List<T>.FindLast(Predicate<T>)" => find_last as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "List<T>.FindIndex(Predicate<T>)" => find_index_of as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "List<T>.FindAll(Predicate<T>)" => find_all as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "List<T>.Exists(Predicate<T>)" => exists as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "List<T>.TrueForAll(Predicate<T>)" => true_for_all as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "List<T>.RemoveAll(Predicate<T>)" => remove_all as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "List<T>.ConvertAll<TOutput>(Converter<T, TOutput>)" => convert_all as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgs;
        "List<T>.Sort(Comparison<T>)" => sort_comparison as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "Array.Sort<T>(T[], Comparison<T>)" => array_sort_comparison as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
    }
}
