//! The collections' members: Dictionary, HashSet, Queue, Stack, arrays, `T[,]`, List and
//! ReadOnlyCollection.

use super::{e, x};
use crate::collections::{self as coll};
use crate::object::Word;
use crate::{array_ops, deque, hashed, ifaces, list_ops, Entry, Extra, F1, F2, F3, F4};

/// Dictionary, HashSet, Queue, Stack (hashed.rs, set_ops.rs, deque.rs).
pub(super) fn hashed_entries() -> Vec<Entry> {
    vec![
        x(
            "Dictionary<TKey, TValue>.Dictionary()",
            hashed::dict_new as F4,
            Extra::TypeArgsEnums,
        ),
        x(
            "Dictionary<TKey, TValue>.Dictionary(Dictionary<TKey, TValue>)",
            crate::hashed_copy::dict_new_copy as F3,
            Extra::TypeArgs,
        ),
        e(
            "Dictionary<TKey, TValue>.GetValueOrDefault(TKey)",
            hashed::dict_get_value_or_default as F2,
        ),
        e(
            "Dictionary<TKey, TValue>.GetValueOrDefault(TKey, TValue)",
            hashed::dict_get_value_or as F3,
        ),
        e(
            "Dictionary<TKey, TValue>.Add(TKey, TValue)",
            hashed::dict_add as F3,
        ),
        e(
            "Dictionary<TKey, TValue>.this[TKey]",
            hashed::dict_get as F2,
        ),
        e(
            "Dictionary<TKey, TValue>.TryGetValue(TKey, out TValue)",
            hashed::dict_try_get_value as F2,
        ),
        e(
            "Dictionary<TKey, TValue>.ContainsKey(TKey)",
            hashed::dict_contains_key as F2,
        ),
        e(
            "Dictionary<TKey, TValue>.ContainsValue(TValue)",
            hashed::dict_contains_value as F2,
        ),
        e(
            "Dictionary<TKey, TValue>.Remove(TKey)",
            hashed::dict_remove as F2,
        ),
        e(
            "Dictionary<TKey, TValue>.Remove(TKey, out TValue)",
            hashed::dict_remove_out as F2,
        ),
        e(
            "Dictionary<TKey, TValue>.TryAdd(TKey, TValue)",
            hashed::dict_try_add as F3,
        ),
        e("Dictionary<TKey, TValue>.Count", hashed::hashed_count as F1),
        e(
            "Dictionary<TKey, TValue>.Clear()",
            hashed::hashed_clear as F1,
        ),
        e("Dictionary<TKey, TValue>.Keys", hashed::dict_keys as F1),
        e("Dictionary<TKey, TValue>.Values", hashed::dict_values as F1),
        e(
            "Dictionary<TKey, TValue>.KeyCollection.Count",
            hashed::view_count as F1,
        ),
        e(
            "Dictionary<TKey, TValue>.ValueCollection.Count",
            hashed::view_count as F1,
        ),
        x(
            "KeyValuePair<TKey, TValue>.KeyValuePair(TKey, TValue)",
            hashed::pair_new as extern "C" fn(Word, Word, Word, Word, Word, Word) -> Word,
            Extra::TypeArgsEnums,
        ),
        e("KeyValuePair<TKey, TValue>.Key", hashed::pair_key as F1).nothrow(),
        e("KeyValuePair<TKey, TValue>.Value", hashed::pair_value as F1).nothrow(),
        x(
            "HashSet<T>.HashSet()",
            hashed::set_new as F1,
            Extra::TypeArgs,
        ),
        x(
            "HashSet<T>.HashSet(IEqualityComparer<T>)",
            hashed::set_new_comparer as F2,
            Extra::TypeArgs,
        ),
        x(
            "Dictionary<TKey, TValue>.Dictionary(IEqualityComparer<TKey>)",
            hashed::dict_new_comparer as crate::F5,
            Extra::TypeArgsEnums,
        ),
        x(
            "HashSet<T>.HashSet(IEnumerable<T>)",
            crate::hashed_copy::set_new_copy as F2,
            Extra::TypeArgs,
        ),
        x(
            "HashSet<T>.HashSet(IEnumerable<T>, IEqualityComparer<T>)",
            crate::hashed_copy::set_new_copy_comparer as crate::F3,
            Extra::TypeArgs,
        ),
        x(
            "Queue<T>.Queue(IEnumerable<T>)",
            deque::queue_new_copy as F2,
            Extra::TypeArgs,
        ),
        x(
            "Stack<T>.Stack(IEnumerable<T>)",
            deque::stack_new_copy as F2,
            Extra::TypeArgs,
        ),
        e("HashSet<T>.Add(T)", hashed::set_add as F2),
        // HashSet<T>'s set operations (set_ops.rs)
        e(
            "HashSet<T>.UnionWith(IEnumerable<T>)",
            crate::set_ops::union_with as F2,
        ),
        e(
            "HashSet<T>.IntersectWith(IEnumerable<T>)",
            crate::set_ops::intersect_with as F2,
        ),
        e(
            "HashSet<T>.ExceptWith(IEnumerable<T>)",
            crate::set_ops::except_with as F2,
        ),
        e(
            "HashSet<T>.SetEquals(IEnumerable<T>)",
            crate::set_ops::set_equals as F2,
        ),
        e(
            "HashSet<T>.IsSubsetOf(IEnumerable<T>)",
            crate::set_ops::is_subset_of as F2,
        ),
        e(
            "HashSet<T>.IsSupersetOf(IEnumerable<T>)",
            crate::set_ops::is_superset_of as F2,
        ),
        e(
            "HashSet<T>.Overlaps(IEnumerable<T>)",
            crate::set_ops::overlaps as F2,
        ),
        e("HashSet<T>.Contains(T)", hashed::set_contains as F2),
        e("HashSet<T>.Remove(T)", hashed::set_remove as F2),
        e("HashSet<T>.Count", hashed::hashed_count as F1),
        e("HashSet<T>.Clear()", hashed::hashed_clear as F1),
        x("Queue<T>.Queue()", deque::queue_new as F1, Extra::TypeArgs),
        e("Queue<T>.Enqueue(T)", deque::push as F2),
        e("Queue<T>.Dequeue()", deque::take as F1),
        e("Queue<T>.Peek()", deque::peek as F1),
        e("Queue<T>.Contains(T)", deque::contains as F2),
        e("Queue<T>.TryDequeue(out T)", deque::try_take as F1),
        e("Queue<T>.TryPeek(out T)", deque::try_peek as F1),
        e("Queue<T>.ToArray()", deque::to_array as F1),
        e("Queue<T>.Count", deque::count as F1),
        e("Queue<T>.Clear()", deque::clear as F1),
        x("Stack<T>.Stack()", deque::stack_new as F1, Extra::TypeArgs),
        e("Stack<T>.Push(T)", deque::push as F2),
        e("Stack<T>.Pop()", deque::take as F1),
        e("Stack<T>.Peek()", deque::peek as F1),
        e("Stack<T>.Contains(T)", deque::contains as F2),
        e("Stack<T>.TryPop(out T)", deque::try_take as F1),
        e("Stack<T>.TryPeek(out T)", deque::try_peek as F1),
        e("Stack<T>.ToArray()", deque::to_array as F1),
        e("Stack<T>.Count", deque::count as F1),
        e("Stack<T>.Clear()", deque::clear as F1),
    ]
}

/// Arrays, `T[,]` (mdarray.rs), lists (collections.rs, list_ops.rs).
pub(super) fn list_entries() -> Vec<Entry> {
    vec![
        e("T[].Length", coll::rt_array_length as F1),
        x(
            "T[,].T[,](int, int)",
            crate::mdarray::md_new as F3,
            Extra::TypeArgs,
        ),
        e("T[,].T[,](T[], int, int)", crate::mdarray::md_from as F3).nothrow(),
        e("T[,].this[long]", crate::mdarray::md_get as F2),
        e("T[,].Length", crate::mdarray::md_length as F1),
        e("T[,].Rank", crate::mdarray::md_rank as F1),
        e("T[,].GetLength(int)", crate::mdarray::md_get_length as F2),
        x("List<T>.List()", coll::list_new as F1, Extra::TypeArgs),
        x(
            "List<T>.List(int)",
            coll::list_new_capacity as F2,
            Extra::TypeArgs,
        ),
        x(
            "List<T>.List(IEnumerable<T>)",
            coll::list_new_copy as F2,
            Extra::TypeArgs,
        ),
        e("List<T>.Add(T)", coll::list_add as F2),
        e("List<T>.Clear()", coll::list_clear as F1),
        e("List<T>.Count", coll::list_count as F1),
        e("List<T>.this[int]", coll::list_get as F2),
        e("List<T>.ToArray()", coll::list_to_array as F1),
        // List<T>'s searching and reshaping members (list_ops.rs)
        e("List<T>.Contains(T)", list_ops::list_contains as F2),
        e("List<T>.IndexOf(T)", list_ops::list_index_of as F2),
        e("List<T>.LastIndexOf(T)", list_ops::list_last_index_of as F2),
        e("List<T>.Remove(T)", list_ops::list_remove as F2),
        e("List<T>.RemoveAt(int)", list_ops::list_remove_at as F2),
        e(
            "List<T>.RemoveRange(int, int)",
            list_ops::list_remove_range as F3,
        ),
        e("List<T>.Insert(int, T)", list_ops::list_insert as F3),
        e(
            "List<T>.InsertRange(int, IEnumerable<T>)",
            list_ops::list_insert_range as F3,
        ),
        e(
            "List<T>.AddRange(IEnumerable<T>)",
            list_ops::list_add_range as F2,
        ),
        e("List<T>.GetRange(int, int)", list_ops::list_get_range as F3),
        e("List<T>.Reverse()", list_ops::list_reverse as F1),
        e("T[].Clone()", array_ops::clone as F1),
        e("Array.Reverse(Array)", array_ops::reverse as F1),
        e(
            "Array.Reverse(Array, int, int)",
            array_ops::reverse_range as F3,
        ),
        e("Array.Sort<T>(T[])", array_ops::sort as F1),
        e(
            "Array.Sort<T>(T[], IComparer<T>)",
            array_ops::sort_comparer as F2,
        ),
        e("Array.IndexOf<T>(T[], T)", array_ops::index_of as F2),
        e("Array.Clear(Array, int, int)", array_ops::clear as F3),
        e("Array.Fill<T>(T[], T)", array_ops::fill as F2),
        e("Array.Copy(Array, Array, int)", array_ops::copy as F3),
        e(
            "Array.Copy(Array, int, Array, int, int)",
            array_ops::copy_range as extern "C" fn(Word, Word, Word, Word, Word) -> Word,
        ),
        x("Array.Empty<T>()", array_ops::empty as F1, Extra::TypeArgs),
        e("List<T>.Sort()", list_ops::list_sort as F1),
        e("List<T>.Sort(IComparer<T>)", list_ops::list_sort_by as F2),
        e(
            "List<T>.BinarySearch(T)",
            list_ops::list_binary_search as F2,
        ),
        e("ReadOnlyCollection<T>.Count", coll::list_count as F1),
        e("ReadOnlyCollection<T>.this[int]", coll::list_get as F2),
    ]
}

/// The collection interfaces (ifaces.rs): entries that dispatch on the object's kind, and
/// the dictionary's own members for the dictionary interfaces.
pub(super) fn interface_entries() -> Vec<Entry> {
    let mut v = Vec::new();
    for owner in [
        "ICollection<T>",
        "IList<T>",
        "IReadOnlyCollection<T>",
        "IReadOnlyList<T>",
    ] {
        v.push(e(leak(format!("{owner}.Count")), ifaces::count as F1));
    }
    for owner in ["IList<T>", "IReadOnlyList<T>"] {
        v.push(e(
            leak(format!("{owner}.this[int]")),
            ifaces::get_item as F2,
        ));
    }
    for owner in ["ICollection<T>", "IList<T>"] {
        v.push(e(leak(format!("{owner}.Add(T)")), ifaces::add as F2));
        v.push(e(leak(format!("{owner}.Clear()")), ifaces::clear as F1));
        v.push(e(
            leak(format!("{owner}.Contains(T)")),
            ifaces::contains as F2,
        ));
        v.push(e(leak(format!("{owner}.Remove(T)")), ifaces::remove as F2));
    }
    v.push(e("IList<T>.IndexOf(T)", ifaces::index_of as F2));
    v.push(e("IList<T>.Insert(int, T)", ifaces::insert as F3));
    v.push(e("IList<T>.RemoveAt(int)", ifaces::remove_at as F2));
    for owner in [
        "IDictionary<TKey, TValue>",
        "IReadOnlyDictionary<TKey, TValue>",
    ] {
        let name = |m: &str| leak(format!("{owner}.{m}"));
        v.push(e(name("Count"), hashed::hashed_count as F1));
        v.push(e(name("this[TKey]"), hashed::dict_get as F2));
        v.push(e(
            name("ContainsKey(TKey)"),
            hashed::dict_contains_key as F2,
        ));
        v.push(e(
            name("TryGetValue(TKey, out TValue)"),
            hashed::dict_try_get_value as F2,
        ));
        v.push(e(name("Keys"), hashed::dict_keys as F1));
        v.push(e(name("Values"), hashed::dict_values as F1));
    }
    v.push(e(
        "IDictionary<TKey, TValue>.Add(TKey, TValue)",
        hashed::dict_add as F3,
    ));
    v.push(e(
        "IDictionary<TKey, TValue>.Remove(TKey)",
        hashed::dict_remove as F2,
    ));
    v.push(e(
        "IDictionary<TKey, TValue>.Clear()",
        hashed::hashed_clear as F1,
    ));
    v.push(e(
        "IDictionary<TKey, TValue>.Add(KeyValuePair<TKey, TValue>)",
        ifaces::add as F2,
    ));
    v.push(e(
        "IDictionary<TKey, TValue>.Contains(KeyValuePair<TKey, TValue>)",
        ifaces::contains as F2,
    ));
    v.push(e(
        "IDictionary<TKey, TValue>.Remove(KeyValuePair<TKey, TValue>)",
        ifaces::remove as F2,
    ));
    v
}

/// Entry names are `'static`; the interfaces' are made once per process.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}
