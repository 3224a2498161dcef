//! .NET's names of arrays and lists of references: a descriptor per exact type, set on the
//! new object (`rt.set_type`).

use super::casts::{desc_for_cs, generic_collection, kind_of_cs};
use crate::collections::{self as coll, ARRAY_DESCS, LIST_DESCS};
use crate::deque;
use crate::exception::{self as exc};
use crate::object::{is_null, ElemKind, TypeDesc, Word};

/// A descriptor named as .NET names the C# type `cs_type` (`string[]` -> `System.String[]`,
/// `List<Task<int>>` -> ``System.Collections.Generic.List`1[System.Threading.Tasks.Task`1[System.Int32]]``)
/// for an array or list of references, whose shared descriptor only says `System.Object`; 0
/// when the shared one is exact. The JIT sets it on the new object (`rt.set_type`).
pub fn named_desc(cs_type: &str) -> Word {
    let t: String = cs_type.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(base) = desc_for_cs(&t) else {
        return 0;
    };
    // Sequences of an enum are made with the enum's underlying `int` kind: their exact
    // descriptor also says to print the elements by name.
    for k in [
        ElemKind::TaskStatus,
        ElemKind::TaskCreationOptions,
        ElemKind::TaskContinuationOptions,
        ElemKind::StringComparison,
        ElemKind::TimeSpan,
        ElemKind::Char,
        ElemKind::Byte,
        ElemKind::SByte,
        ElemKind::Short,
        ElemKind::UShort,
        ElemKind::UInt,
        ElemKind::ULong,
        ElemKind::Float,
    ] {
        if std::ptr::eq(base, &ARRAY_DESCS[k as usize])
            || std::ptr::eq(base, &LIST_DESCS[k as usize])
        {
            return base as *const TypeDesc as Word;
        }
    }
    let is_ref_sequence = std::ptr::eq(base, &crate::mdarray::MD_ARRAY)
        || std::ptr::eq(base, &ARRAY_DESCS[ElemKind::Ref as usize])
        || std::ptr::eq(base, &LIST_DESCS[ElemKind::Ref as usize])
        || generic_collection(&t).is_some();
    if !is_ref_sequence {
        return 0;
    }
    static NAMED: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<String, usize>>> =
        std::sync::OnceLock::new();
    let table = NAMED.get_or_init(Default::default);
    let mut table = table.lock().unwrap_or_else(|e| e.into_inner());
    let desc = *table.entry(t.clone()).or_insert_with(|| {
        let named: &'static TypeDesc = Box::leak(Box::new(TypeDesc {
            name: Box::leak(dotnet_name(&t).into_boxed_str()),
            kind: base.kind,
            base: Some(base),
        }));
        named as *const TypeDesc as usize
    });
    if let (Some(_), Some(open)) = (generic_collection(&t), t.find('<')) {
        let args = split_args(&t[open + 1..t.len() - 1]);
        let kinds = args.iter().map(|a| refined_kind(a)).collect();
        arg_kinds()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(desc, kinds);
    }
    desc as Word
}

/// The kind of the elements of a LINQ query of C# type `cs_type` (`IEnumerable<char>`) when
/// their machine kind does not say it (`char`, the small integers, `uint`, ...): the JIT gives
/// it to the new query (`rt.query_kind`) so that copies and printing see `char`s.
/// For a sequence of groupings (`IEnumerable<IGrouping<K, char>>`) it is the groupings'
/// elements' kind, with `GROUPED` added (only a `GroupBy` query takes it).
pub fn query_elem_kind(cs_type: &str) -> Option<u64> {
    let t: String = cs_type.chars().filter(|c| !c.is_whitespace()).collect();
    let inner = t
        .strip_prefix("IEnumerable<")
        .or_else(|| t.strip_prefix("IOrderedEnumerable<"))?
        .strip_suffix('>')?;
    // `GroupBy`'s query: its groupings' elements (the last type argument of `IGrouping`).
    if let Some(args) = inner
        .strip_prefix("IGrouping<")
        .and_then(|a| a.strip_suffix('>'))
    {
        return refined_kind(split_args(args).last()?).map(|k| k as u64 | GROUPED);
    }
    refined_kind(inner).map(|k| k as u64)
}

/// Marks `query_elem_kind`'s kind of groupings' elements.
pub const GROUPED: u64 = 0x100;

/// The kinds of type arguments that print or box as their own types (`char`, the small
/// integers, the library's enums, `uint`, `ulong`, `float`), which a collection's constructor,
/// given only machine types, makes as `int`s, `long`s or `double`s; `None` for others.
fn refined_kind(cs: &str) -> Option<ElemKind> {
    let k = kind_of_cs(cs);
    (k.is_small()
        || matches!(
            k,
            ElemKind::Char
                | ElemKind::TaskStatus
                | ElemKind::TaskCreationOptions
                | ElemKind::TaskContinuationOptions
                | ElemKind::UInt
                | ElemKind::ULong
                | ElemKind::Float
                | ElemKind::StringComparison
                | ElemKind::TimeSpan
        ))
    .then_some(k)
}

type ArgKinds = std::sync::Mutex<std::collections::HashMap<usize, Vec<Option<ElemKind>>>>;

/// A dictionary's, set's, queue's or stack's refined type argument kinds, by its named
/// descriptor (`set_type` applies them).
fn arg_kinds() -> &'static ArgKinds {
    static KINDS: std::sync::OnceLock<ArgKinds> = std::sync::OnceLock::new();
    KINDS.get_or_init(Default::default)
}

/// `rt.set_type(obj, desc)`: gives a new array or list its exact descriptor (`named_desc`).
pub extern "C" fn set_type(obj: Word, desc: Word) -> Word {
    if is_null(obj) || desc == 0 {
        return obj;
    }
    let desc = unsafe { &*(desc as *const TypeDesc) };
    unsafe {
        let header = (obj & !crate::object::TAG_MASK) as *mut crate::object::Header;
        if (*header).desc.kind == desc.kind {
            (*header).desc = desc;
        }
    }
    for k in [
        ElemKind::TaskStatus,
        ElemKind::TaskCreationOptions,
        ElemKind::TaskContinuationOptions,
        ElemKind::StringComparison,
        ElemKind::TimeSpan,
        ElemKind::Char,
        ElemKind::Byte,
        ElemKind::SByte,
        ElemKind::Short,
        ElemKind::UShort,
        ElemKind::UInt,
        ElemKind::ULong,
        ElemKind::Float,
    ] {
        if std::ptr::eq(desc, &ARRAY_DESCS[k as usize])
            || std::ptr::eq(desc, &LIST_DESCS[k as usize])
        {
            coll::set_elem_kind(obj, k);
        }
    }
    // A `Dictionary<char, int>` prints its keys as characters.
    let kinds = arg_kinds()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&(desc as *const TypeDesc as usize))
        .cloned();
    if let Some(kinds) = kinds {
        match desc.kind {
            crate::object::Kind::Hashed => crate::hashed_copy::refine_kinds(obj, &kinds),
            crate::object::Kind::Deque => deque::refine_kind(obj, kinds.first().copied().flatten()),
            _ => {}
        }
    }
    obj
}

/// .NET's full name of a C# type as written (`Type.ToString()`).
pub(crate) fn dotnet_name(t: &str) -> String {
    if let Some(elem) = t.strip_suffix("[,]") {
        return format!("{}[,]", dotnet_name(elem));
    }
    if let Some(elem) = t.strip_suffix("[]") {
        return format!("{}[]", dotnet_name(elem));
    }
    if let (Some(open), true) = (t.find('<'), t.ends_with('>')) {
        let head = &t[..open];
        let args = split_args(&t[open + 1..t.len() - 1]);
        let names: Vec<String> = args.iter().map(|a| dotnet_name(a)).collect();
        return format!("{}`{}[{}]", qualified(head), names.len(), names.join(","));
    }
    qualified(t)
}

fn qualified(t: &str) -> String {
    let ns = match t {
        "int" => return "System.Int32".into(),
        "long" => return "System.Int64".into(),
        "bool" => return "System.Boolean".into(),
        "double" => return "System.Double".into(),
        "char" => return "System.Char".into(),
        "byte" => return "System.Byte".into(),
        "sbyte" => return "System.SByte".into(),
        "short" => return "System.Int16".into(),
        "ushort" => return "System.UInt16".into(),
        "string" => return "System.String".into(),
        "object" => return "System.Object".into(),
        "List"
        | "Dictionary"
        | "HashSet"
        | "Queue"
        | "Stack"
        | "KeyValuePair"
        | "IEnumerable"
        | "IList"
        | "IReadOnlyList"
        | "ICollection"
        | "IReadOnlyCollection"
        | "IDictionary"
        | "IReadOnlyDictionary" => "System.Collections.Generic",
        "Task"
        | "ValueTask"
        | "TaskStatus"
        | "TaskCreationOptions"
        | "TaskContinuationOptions"
        | "TaskCompletionSource" => "System.Threading.Tasks",
        "CancellationToken"
        | "CancellationTokenSource"
        | "SemaphoreSlim"
        | "ManualResetEventSlim"
        | "ManualResetEvent"
        | "AutoResetEvent"
        | "CountdownEvent"
        | "Thread" => "System.Threading",
        "Stopwatch" => "System.Diagnostics",
        "StringBuilder" => "System.Text",
        _ => match exc::class_by_name(t) {
            Some(d) => return d.name.to_string(),
            None if matches!(
                t,
                "EventArgs" | "Type" | "StringComparison" | "StringComparer" | "TimeSpan"
            ) =>
            {
                "System"
            }
            // A class of the program, named as the program names it.
            None => return t.to_string(),
        },
    };
    format!("{ns}.{t}")
}

/// The top-level comma-separated parts of a type argument list.
pub(crate) fn split_args(s: &str) -> Vec<&str> {
    let (mut depth, mut start, mut parts) = (0i32, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}
