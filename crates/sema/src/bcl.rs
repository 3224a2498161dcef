//! The types of .NET's base class library that are not in unawait's library: naming one draws
//! UA0103 ("type `X` is outside unawait's language", with the tier it arrives in), never C#'s
//! CS0246, which would claim the type does not exist. The names are those of the common
//! namespaces (System, System.Collections.*, System.Threading.*, System.Linq, System.Text.*,
//! System.IO, System.Net.Http, System.Diagnostics, System.Reflection,
//! System.Runtime.CompilerServices, System.Globalization, System.Numerics, System.Buffers,
//! System.ComponentModel); a name that is not .NET's is the program's own mistake (CS0246).

/// Types the next tiers bring (docs/language.md): objects, functions and the concurrency
/// library (Tier 2).
const TIER_2: &[&str] = &[
    "Action",
    "AutoResetEvent",
    "Barrier",
    "BitConverter",
    "Comparer",
    "Comparison",
    "CountdownEvent",
    "Dictionary",
    "Enumerable",
    "EqualityComparer",
    "EventHandler",
    "Func",
    "HashSet",
    "ICollection",
    "IComparable",
    "IComparer",
    "ICriticalNotifyCompletion",
    "IDictionary",
    "IDisposable",
    "IEqualityComparer",
    "IEquatable",
    "IList",
    "INotifyCompletion",
    "IProgress",
    "IReadOnlyCollection",
    "IReadOnlyDictionary",
    "IReadOnlyList",
    "ISet",
    "Interlocked",
    "InvalidCastException",
    "KeyNotFoundException",
    "KeyValuePair",
    "Lazy",
    "LinkedList",
    "LinkedListNode",
    "ManualResetEvent",
    "ManualResetEventSlim",
    "Mutex",
    "Object",
    "OverflowException",
    "Predicate",
    "Progress",
    "Queue",
    "ReaderWriterLockSlim",
    "SortedDictionary",
    "SortedList",
    "SortedSet",
    "Stack",
    "Stopwatch",
    "TaskCompletionSource",
    "TaskContinuationOptions",
    "TaskFactory",
    "TaskScheduler",
    "Thread",
    "ThreadLocal",
    "Volatile",
];

/// Types of Tier 3: generics' companions, iterators and async streams.
const TIER_3: &[&str] = &[
    "ConfiguredCancelableAsyncEnumerable",
    "EnumeratorCancellationAttribute",
    "IAsyncDisposable",
    "IAsyncEnumerable",
    "IAsyncEnumerator",
    "IEnumerable",
    "IEnumerator",
    "ILookup",
    "IQueryable",
];

use crate::bcl_names::NEVER;

/// Namespaces of .NET (and their parents): `System.Text.StringBuilder` names a real type outside
/// the language (UA0103), never a missing namespace (CS0246/CS0234).
const NAMESPACES: &[&str] = &[
    "Microsoft.CSharp.RuntimeBinder",
    "Microsoft.VisualBasic",
    "Microsoft.Win32.SafeHandles",
    "System.Buffers.Binary",
    "System.Buffers.Text",
    "System.CodeDom.Compiler",
    "System.Collections.Concurrent",
    "System.Collections.Frozen",
    "System.Collections.Generic",
    "System.Collections.Immutable",
    "System.Collections.ObjectModel",
    "System.Collections.Specialized",
    "System.ComponentModel.DataAnnotations",
    "System.Configuration",
    "System.Data.Common",
    "System.Diagnostics.CodeAnalysis",
    "System.Diagnostics.Contracts",
    "System.Diagnostics.Metrics",
    "System.Diagnostics.Tracing",
    "System.Drawing",
    "System.Dynamic",
    "System.Formats.Asn1",
    "System.Globalization",
    "System.IO.Compression",
    "System.IO.Enumeration",
    "System.IO.MemoryMappedFiles",
    "System.IO.Pipelines",
    "System.IO.Pipes",
    "System.Linq.Expressions",
    "System.Media",
    "System.Net.Http.Headers",
    "System.Net.Http.Json",
    "System.Net.Mail",
    "System.Net.NetworkInformation",
    "System.Net.Security",
    "System.Net.Sockets",
    "System.Net.WebSockets",
    "System.Numerics",
    "System.Reflection.Emit",
    "System.Reflection.Metadata",
    "System.Resources",
    "System.Runtime.CompilerServices",
    "System.Runtime.ExceptionServices",
    "System.Runtime.InteropServices.Marshalling",
    "System.Runtime.Intrinsics.X86",
    "System.Runtime.Loader",
    "System.Runtime.Serialization",
    "System.Runtime.Versioning",
    "System.Security.Cryptography",
    "System.Security.Principal",
    "System.Text.Encodings.Web",
    "System.Text.Json.Nodes",
    "System.Text.Json.Serialization",
    "System.Text.RegularExpressions",
    "System.Text.Unicode",
    "System.Threading.Channels",
    "System.Threading.Tasks.Dataflow",
    "System.Threading.Tasks.Sources",
    "System.Timers",
    "System.Transactions",
    "System.Web",
    "System.Xml.Linq",
    "System.Xml.Serialization",
];

/// Public types nested in .NET's types: (outer type, the outer type as .NET's documentation
/// writes it, the nested types). Complete for the library's own types (`List<T>`,
/// `Environment`, the awaitables), the common ones for the rest.
#[rustfmt::skip]
const NESTED: &[(&str, &str, &[&str])] = &[
    ("ArraySegment", "ArraySegment<T>", &["Enumerator"]),
    ("ConfiguredCancelableAsyncEnumerable", "ConfiguredCancelableAsyncEnumerable<T>", &["Enumerator"]),
    ("ConfiguredTaskAwaitable", "ConfiguredTaskAwaitable", &["ConfiguredTaskAwaiter"]),
    ("ConfiguredValueTaskAwaitable", "ConfiguredValueTaskAwaitable", &["ConfiguredValueTaskAwaiter"]),
    ("Dictionary", "Dictionary<TKey, TValue>", &["Enumerator", "KeyCollection", "ValueCollection"]),
    ("Environment", "Environment", &["SpecialFolder", "SpecialFolderOption"]),
    ("HashSet", "HashSet<T>", &["Enumerator"]),
    ("ImmutableArray", "ImmutableArray<T>", &["Builder", "Enumerator"]),
    ("ImmutableDictionary", "ImmutableDictionary<TKey, TValue>", &["Builder", "Enumerator"]),
    ("ImmutableHashSet", "ImmutableHashSet<T>", &["Builder", "Enumerator"]),
    ("ImmutableList", "ImmutableList<T>", &["Builder", "Enumerator"]),
    ("ImmutableSortedDictionary", "ImmutableSortedDictionary<TKey, TValue>", &["Builder", "Enumerator"]),
    ("ImmutableSortedSet", "ImmutableSortedSet<T>", &["Builder", "Enumerator"]),
    ("JsonElement", "JsonElement", &["ArrayEnumerator", "ObjectEnumerator"]),
    ("LinkedList", "LinkedList<T>", &["Enumerator"]),
    ("List", "List<T>", &["Enumerator"]),
    ("PriorityQueue", "PriorityQueue<TElement, TPriority>", &["UnorderedItemsCollection"]),
    ("Queue", "Queue<T>", &["Enumerator"]),
    ("ReadOnlySpan", "ReadOnlySpan<T>", &["Enumerator"]),
    ("Regex", "Regex", &["ValueMatchEnumerator", "ValueSplitEnumerator"]),
    ("RuntimeHelpers", "RuntimeHelpers", &["CleanupCode", "TryCode"]),
    ("SortedDictionary", "SortedDictionary<TKey, TValue>", &["Enumerator", "KeyCollection", "KeyValuePairComparer", "ValueCollection"]),
    ("SortedList", "SortedList<TKey, TValue>", &[]),
    ("SortedSet", "SortedSet<T>", &["Enumerator"]),
    ("Span", "Span<T>", &["Enumerator"]),
    ("Stack", "Stack<T>", &["Enumerator"]),
    ("TimeZoneInfo", "TimeZoneInfo", &["AdjustmentRule", "TransitionTime"]),
    ("YieldAwaitable", "YieldAwaitable", &["YieldAwaiter"]),
];

/// .NET's type `name` with `arity` type arguments as its documentation writes it
/// (`Dictionary<TKey, TValue>`, `Task<T1>` for a type the table does not know).
pub fn type_display(name: &str, arity: usize) -> String {
    let known = NESTED
        .iter()
        .find(|(o, _, _)| *o == name)
        .map(|(_, shown, _)| *shown);
    match (arity, known) {
        (0, _) => name.to_string(),
        (_, Some(shown)) if shown.contains('<') => shown.to_string(),
        (1, Some(_)) => format!("{name}<TResult>"),
        (1, None) => format!("{name}<T>"),
        (n, _) => {
            let ps: Vec<String> = (1..=n).map(|i| format!("T{i}")).collect();
            format!("{name}<{}>", ps.join(", "))
        }
    }
}

/// `outer.name` is a public nested type of .NET's type `outer` (with `arity` type arguments):
/// its name as .NET's documentation writes it (`List<T>.Enumerator`).
pub fn nested_type(outer: &str, arity: usize, name: &str) -> Option<String> {
    let (_, _, nested) = NESTED.iter().find(|(o, _, _)| *o == outer)?;
    nested
        .contains(&name)
        .then(|| format!("{}.{name}", type_display(outer, arity)))
}

/// `ns` is a namespace of .NET: one of `NAMESPACES` or a parent of one.
pub fn is_dotnet_namespace(ns: &str) -> bool {
    NAMESPACES
        .iter()
        .any(|n| *n == ns || n.strip_prefix(ns).is_some_and(|rest| rest.starts_with('.')))
}

/// The tier a .NET type outside the library arrives in (`Some(None)`: never), or `None` when
/// `name` is not a type of the base class library.
pub fn outside_type(name: &str) -> Option<Option<u8>> {
    let has = |list: &[&str]| list.binary_search(&name).is_ok();
    if has(TIER_2) {
        Some(Some(2))
    } else if has(TIER_3) {
        Some(Some(3))
    } else if has(NEVER) {
        Some(None)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists are searched by bisection: each must stay sorted (by byte), without
    /// duplicates, and a name belongs to one list only.
    #[test]
    fn the_lists_are_sorted_and_disjoint() {
        for list in [TIER_2, TIER_3, NEVER] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        for n in TIER_2 {
            assert!(!TIER_3.contains(n) && !NEVER.contains(n), "{n}");
        }
        for n in TIER_3 {
            assert!(!NEVER.contains(n), "{n}");
        }
    }
}
