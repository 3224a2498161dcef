//! The value half of the library as entry points: the table the JIT links calls against, plus
//! the helpers that span the value modules (boxing, casts, `Math`).

use crate::collections::{
    self as coll, box_value, unboxed, ARRAY_DESCS, BOXED_DESCS, LIST_DESCS, READ_ONLY_EXCEPTIONS,
};
use crate::exception::{
    self as exc, AGGREGATE, APPLICATION, ARGUMENT, ARGUMENT_NULL, ARGUMENT_OUT_OF_RANGE,
    ARITHMETIC, DIVIDE_BY_ZERO, EXCEPTION, FORMAT, INDEX_OUT_OF_RANGE, INVALID_CAST,
    INVALID_OPERATION, KEY_NOT_FOUND, NOT_IMPLEMENTED, NOT_SUPPORTED, NULL_REFERENCE,
    OBJECT_DISPOSED, OPERATION_CANCELED, OUT_OF_MEMORY, OVERFLOW, SEMAPHORE_FULL,
    SYNCHRONIZATION_LOCK, SYSTEM, TASK_CANCELED, TIMEOUT,
};
use crate::object::{desc_of, is_null, ElemKind, TypeDesc, Word};
use crate::string::{self as string, STRING};
use crate::{console, deque, entry, hashed, list_ops, Entry, EntryFn, Extra, F0, F1, F2, F3, F4};

// ---- Boxing and casts --------------------------------------------------------------------------

fn invalid_cast(from: &TypeDesc, to: &str) -> Word {
    let m = format!(
        "Unable to cast object of type '{}' to type '{to}'.",
        from.name
    );
    exc::throw_new(&INVALID_CAST, Some(&m))
}

/// `box(value, kind)` (`Extra::ArgKind`).
pub extern "C" fn box_entry(value: Word, kind: Word) -> Word {
    box_value(value, ElemKind::from_code(kind))
}

/// `unbox(obj, kind)` (`Extra::DstKind`): `(int)obj`.
pub extern "C" fn unbox(obj: Word, kind: Word) -> Word {
    let want = ElemKind::from_code(kind);
    if want == ElemKind::Ref {
        return obj;
    }
    if is_null(obj) {
        return exc::throw_null_reference();
    }
    let (value, have) = unboxed(obj);
    // An enum unboxes to its underlying type and back.
    if have == want || (have.is_int_like() && want.is_int_like()) {
        value
    } else {
        invalid_cast(unsafe { desc_of(obj) }, want.dotnet_name())
    }
}

/// `cast(obj, desc)` (`Extra::CastTarget`): a downcast; null passes, desc 0 is unchecked.
pub extern "C" fn cast(obj: Word, desc: Word) -> Word {
    if is_null(obj) || desc == 0 {
        return obj;
    }
    let target = unsafe { &*(desc as *const TypeDesc) };
    let have = unsafe { desc_of(obj) };
    if have.is_a(target) {
        obj
    } else {
        invalid_cast(have, target.name)
    }
}

/// `rt.type_test(obj, desc, mode)`: whether `obj` is of the type `desc` describes (or derives
/// from it). Mode 0 (`is`) gives a bool, 1 (`as`) the object or null, 2 (a cast) the object or
/// an `InvalidCastException` (null passes a cast). A `desc` of 0 is a type the runtime cannot
/// check (`object`): every object is one.
pub extern "C" fn type_test(obj: Word, desc: Word, mode: Word) -> Word {
    let fits = !is_null(obj)
        && (desc == 0 || {
            // SAFETY: the JIT passes a descriptor address (a library one or a `ClassDesc`).
            let target = unsafe { &*(desc as *const TypeDesc) };
            let have = unsafe { desc_of(obj) };
            match target.as_class() {
                Some(t) if t.is_interface => crate::object::implements(have, target),
                _ => have.is_a(target),
            }
        });
    match mode {
        0 => fits as Word,
        1 => {
            if fits {
                obj
            } else {
                0
            }
        }
        _ if fits || is_null(obj) => obj,
        _ => {
            // SAFETY: as above; `fits` is false only with a real descriptor.
            let target = unsafe { &*(desc as *const TypeDesc) };
            invalid_cast(unsafe { desc_of(obj) }, target.name)
        }
    }
}

fn kind_of_cs(t: &str) -> ElemKind {
    match t {
        "bool" => ElemKind::Bool,
        "int" => ElemKind::I32,
        "long" => ElemKind::I64,
        "double" => ElemKind::F64,
        "TaskStatus" => ElemKind::TaskStatus,
        "TaskCreationOptions" => ElemKind::TaskCreationOptions,
        "char" => ElemKind::Char,
        "byte" => ElemKind::Byte,
        "sbyte" => ElemKind::SByte,
        "short" => ElemKind::Short,
        "ushort" => ElemKind::UShort,
        _ => ElemKind::Ref,
    }
}

fn desc_for_cs(t: &str) -> Option<&'static TypeDesc> {
    if t.ends_with("[,]") {
        return Some(&crate::mdarray::MD_ARRAY);
    }
    if let Some(elem) = t.strip_suffix("[]") {
        return Some(&ARRAY_DESCS[kind_of_cs(elem) as usize]);
    }
    if let Some(elem) = t.strip_prefix("List<").and_then(|r| r.strip_suffix('>')) {
        return Some(&LIST_DESCS[kind_of_cs(elem) as usize]);
    }
    if let Some(d) = generic_collection(t) {
        return Some(d);
    }
    match t {
        "string" | "String" => Some(&STRING),
        "ReadOnlyCollection<Exception>" => Some(&READ_ONLY_EXCEPTIONS),
        "bool"
        | "int"
        | "long"
        | "double"
        | "char"
        | "byte"
        | "sbyte"
        | "short"
        | "ushort"
        | "TaskStatus"
        | "TaskCreationOptions" => Some(&BOXED_DESCS[kind_of_cs(t) as usize]),
        _ => exc::class_by_name(t),
    }
}

/// The shared descriptor of a dictionary, set, queue or stack type (`Dictionary<string,int>`);
/// each object gets the exact one of its C# type (`named_desc`).
fn generic_collection(t: &str) -> Option<&'static TypeDesc> {
    if !t.ends_with('>') {
        return None;
    }
    let head = &t[..t.find('<')?];
    Some(match head {
        "Dictionary" => &hashed::DICTIONARY,
        "HashSet" => &hashed::HASH_SET,
        "Queue" => &deque::QUEUE,
        "Stack" => &deque::STACK,
        _ => return None,
    })
}

/// The descriptor a cast to the C# type `cs_type` (as written: `string`, `int[]`,
/// `List<int>`, `ArgumentException`) checks against; 0 when the runtime cannot check it
/// (`object`, interfaces, tasks). Arrays and lists of references are checked only as such.
pub fn class_for_cast(cs_type: &str) -> Word {
    let t: String = cs_type.chars().filter(|c| !c.is_whitespace()).collect();
    // A dictionary, set, queue or stack is checked with its type arguments: its elements'
    // kinds depend on them.
    if generic_collection(&t).is_some() {
        return named_desc(&t);
    }
    desc_for_cs(&t).map_or(0, |d| d as *const TypeDesc as Word)
}

// ---- Math --------------------------------------------------------------------------------------

fn int(w: Word) -> i32 {
    w as u32 as i32
}

fn from_int(v: i32) -> Word {
    v as i64 as Word
}

fn dbl(w: Word) -> f64 {
    f64::from_bits(w)
}

extern "C" fn max_int(a: Word, b: Word) -> Word {
    from_int(int(a).max(int(b)))
}

extern "C" fn min_int(a: Word, b: Word) -> Word {
    from_int(int(a).min(int(b)))
}

extern "C" fn max_long(a: Word, b: Word) -> Word {
    (a as i64).max(b as i64) as Word
}

extern "C" fn min_long(a: Word, b: Word) -> Word {
    (a as i64).min(b as i64) as Word
}

/// .NET Core 3.0+: NaN wins, and +0 is greater than -0.
extern "C" fn max_double(a: Word, b: Word) -> Word {
    let (x, y) = (dbl(a), dbl(b));
    let r = if x != y {
        if x.is_nan() || y.is_nan() {
            f64::NAN
        } else {
            x.max(y)
        }
    } else if y.is_sign_negative() {
        x
    } else {
        y
    };
    r.to_bits()
}

extern "C" fn min_double(a: Word, b: Word) -> Word {
    let (x, y) = (dbl(a), dbl(b));
    let r = if x != y {
        if x.is_nan() || y.is_nan() {
            f64::NAN
        } else {
            x.min(y)
        }
    } else if x.is_sign_negative() {
        x
    } else {
        y
    };
    r.to_bits()
}

const ABS_MIN: &str = "Negating the minimum value of a twos complement number is invalid.";

extern "C" fn abs_int(a: Word) -> Word {
    match int(a).checked_abs() {
        Some(v) => from_int(v),
        None => exc::throw_new(&OVERFLOW, Some(ABS_MIN)),
    }
}

extern "C" fn abs_long(a: Word) -> Word {
    match (a as i64).checked_abs() {
        Some(v) => v as Word,
        None => exc::throw_new(&OVERFLOW, Some(ABS_MIN)),
    }
}

extern "C" fn abs_double(a: Word) -> Word {
    dbl(a).abs().to_bits()
}

// ---- Argument exceptions' own constructors -----------------------------------------------------

extern "C" fn argument_null_param(p: Word) -> Word {
    exc::param_only(&ARGUMENT_NULL, p)
}

extern "C" fn argument_null_param_message(p: Word, m: Word) -> Word {
    exc::param_message(&ARGUMENT_NULL, p, m)
}

extern "C" fn out_of_range_param(p: Word) -> Word {
    exc::param_only(&ARGUMENT_OUT_OF_RANGE, p)
}

extern "C" fn out_of_range_param_message(p: Word, m: Word) -> Word {
    exc::param_message(&ARGUMENT_OUT_OF_RANGE, p, m)
}

// ObjectDisposedException keeps its object name where the argument exceptions keep theirs.
extern "C" fn object_disposed_name(n: Word) -> Word {
    exc::param_only(&OBJECT_DISPOSED, n)
}

extern "C" fn object_disposed_name_message(n: Word, m: Word) -> Word {
    exc::param_message(&OBJECT_DISPOSED, n, m)
}

// ---- The table ---------------------------------------------------------------------------------

fn e<F: EntryFn>(name: &'static str, f: F) -> Entry {
    entry(name, f, Extra::None)
}

fn x<F: EntryFn>(name: &'static str, f: F, extra: Extra) -> Entry {
    entry(name, f, extra)
}

/// One constructor of an exception class, named as sema displays it
/// (`Exception.Exception(string)`).
macro_rules! ctor {
    ($desc:ident $name:literal ()) => {{
        extern "C" fn f() -> Word {
            exc::construct(&$desc, None, 0)
        }
        e(concat!($name, ".", $name, "()"), f as F0)
    }};
    ($desc:ident $name:literal (string)) => {{
        extern "C" fn f(m: Word) -> Word {
            exc::construct(&$desc, Some(m), 0)
        }
        e(concat!($name, ".", $name, "(string)"), f as F1)
    }};
    ($desc:ident $name:literal (string, Exception)) => {{
        extern "C" fn f(m: Word, inner: Word) -> Word {
            exc::construct_with_inner(&$desc, m, inner)
        }
        e(concat!($name, ".", $name, "(string, Exception)"), f as F2)
    }};
}

/// `new T()`, `new T(string message)`, `new T(string message, Exception innerException)`.
macro_rules! plain_ctors {
    ($($desc:ident $name:literal),* $(,)?) => {
        vec![$(
            ctor!($desc $name ()),
            ctor!($desc $name (string)),
            ctor!($desc $name (string, Exception)),
        )*]
    };
}

thread_local! {
    /// The value of the `out` parameter of the last library call that has one; the JIT
    /// stores it into the argument's local right after the call (`rt.out_value`).
    static OUT_VALUE: std::cell::Cell<Word> = const { std::cell::Cell::new(0) };
}

/// Sets the value a library call gives its `out` argument.
pub fn set_out_value(w: Word) {
    OUT_VALUE.with(|c| c.set(w));
}

/// `rt.out_value()`: the out value of the call just made (then cleared: a reference held
/// there is no root).
pub extern "C" fn rt_out_value() -> Word {
    OUT_VALUE.with(|c| c.replace(0))
}

/// `int.TryParse(s, out result)` / `long.TryParse`: .NET's `NumberStyles.Integer` (white
/// space around, one leading sign, ASCII digits; trailing NULs allowed), false on null, on
/// anything else and on overflow, with result 0.
fn try_parse(s: Word, min: i128, max: i128) -> Word {
    let parsed = (!is_null(s))
        .then(|| unsafe { crate::string::as_str(s) })
        .and_then(|text| {
            let ws = |c: char| matches!(c, '\u{9}'..='\u{d}' | ' ');
            let t = text.trim_end_matches('\0').trim_matches(ws);
            let (neg, digits) = match t.as_bytes().first() {
                Some(b'-') => (true, &t[1..]),
                Some(b'+') => (false, &t[1..]),
                _ => (false, t),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let mut v: i128 = 0;
            for b in digits.bytes() {
                v = v * 10 + i128::from(b - b'0');
                if v > max + 1 {
                    return None;
                }
            }
            let v = if neg { -v } else { v };
            (min..=max).contains(&v).then_some(v)
        });
    set_out_value(parsed.map_or(0, |v| v as i64 as Word));
    parsed.is_some() as Word
}

/// `double.TryParse(s, out result)`: as `double.Parse`, false and 0 where it would throw.
pub extern "C" fn try_parse_double(s: Word) -> Word {
    let parsed = crate::numfmt::try_parse_double(s);
    set_out_value(parsed.map_or(0, f64::to_bits));
    Word::from(parsed.is_some())
}

pub extern "C" fn try_parse_int(s: Word) -> Word {
    try_parse(s, i32::MIN.into(), i32::MAX.into())
}

pub extern "C" fn try_parse_long(s: Word) -> Word {
    try_parse(s, i64::MIN.into(), i64::MAX.into())
}

/// Every entry point of the value half: library members and runtime helpers.
pub fn entries() -> Vec<Entry> {
    let mut all = vec![
        // Dictionary, HashSet, Queue, Stack (hashed.rs, deque.rs)
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
            "HashSet<T>.HashSet(IEnumerable<T>)",
            crate::hashed_copy::set_new_copy as F2,
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
        e("int.TryParse(string, out int)", try_parse_int as F1).nothrow(),
        e(
            "double.TryParse(string, out double)",
            try_parse_double as F1,
        )
        .nothrow(),
        e("long.TryParse(string, out long)", try_parse_long as F1).nothrow(),
        e("rt.out_value", rt_out_value as F0).nothrow(),
        // Console
        e("Console.WriteLine()", console::write_line_empty as F0).nothrow(),
        e("Console.WriteLine(string)", console::write_line_ref as F1).nothrow(),
        e("Console.WriteLine(int)", console::write_line_int as F1).nothrow(),
        e("Console.WriteLine(long)", console::write_line_long as F1).nothrow(),
        e(
            "Console.WriteLine(double)",
            console::write_line_double as F1,
        )
        .nothrow(),
        e("Console.WriteLine(bool)", console::write_line_bool as F1).nothrow(),
        // An object's `ToString()` override may throw.
        e("Console.WriteLine(object)", console::write_line_ref as F1),
        e("Console.Write(string)", console::write_ref as F1).nothrow(),
        e("Console.Write(int)", console::write_int as F1).nothrow(),
        e("Console.Write(long)", console::write_long as F1).nothrow(),
        e("Console.Write(double)", console::write_double as F1).nothrow(),
        e("Console.Write(bool)", console::write_bool as F1).nothrow(),
        e("Console.Write(object)", console::write_ref as F1),
        // Math
        e("Math.Max(int, int)", max_int as F2).nothrow(),
        e("Math.Max(long, long)", max_long as F2).nothrow(),
        e("Math.Max(double, double)", max_double as F2).nothrow(),
        e("Math.Min(int, int)", min_int as F2).nothrow(),
        e("Math.Min(long, long)", min_long as F2).nothrow(),
        e("Math.Min(double, double)", min_double as F2).nothrow(),
        e("Math.Abs(int)", abs_int as F1),
        e("Math.Abs(long)", abs_long as F1),
        e("Math.Abs(double)", abs_double as F1).nothrow(),
        // object and string
        x(
            "object.ToString()",
            string::object_to_string_entry as F2,
            Extra::ArgKind,
        ),
        e("string.Length", string::length as F1),
        e("string.ToUpper()", string::to_upper as F1),
        e("string.ToLower()", string::to_lower as F1),
        e(
            "string.Join(string, params string[])",
            string::join_strings as F2,
        ),
        e(
            "string.Join(string, params object[])",
            string::join_objects as F2,
        ),
        e(
            "string.Join(string, IEnumerable<string>)",
            string::join_enumerable as F2,
        ),
        x(
            "string.Join<T>(string, IEnumerable<T>)",
            string::join_enumerable_of as F4,
            Extra::TypeArgsEnums,
        ),
        // Arrays, lists
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
        e("List<T>.Sort()", list_ops::list_sort as F1),
        e(
            "List<T>.BinarySearch(T)",
            list_ops::list_binary_search as F2,
        ),
        e("ReadOnlyCollection<T>.Count", coll::list_count as F1),
        e("ReadOnlyCollection<T>.this[int]", coll::list_get as F2),
        // Exceptions
        e("Exception.Message", exc::message_entry as F1),
        e("Exception.InnerException", exc::inner_exception as F1),
        e(
            "AggregateException.InnerExceptions",
            exc::inner_exceptions_entry as F1,
        ),
        e(
            "ArgumentException.ArgumentException(string, string)",
            exc::argument_message_param as F2,
        ),
        e(
            "ArgumentNullException.ArgumentNullException(string)",
            argument_null_param as F1,
        ),
        e(
            "ArgumentNullException.ArgumentNullException(string, string)",
            argument_null_param_message as F2,
        ),
        e(
            "ArgumentOutOfRangeException.ArgumentOutOfRangeException(string)",
            out_of_range_param as F1,
        ),
        e(
            "ArgumentOutOfRangeException.ArgumentOutOfRangeException(string, string)",
            out_of_range_param_message as F2,
        ),
        e(
            "ObjectDisposedException.ObjectDisposedException(string)",
            object_disposed_name as F1,
        ),
        e(
            "ObjectDisposedException.ObjectDisposedException(string, string)",
            object_disposed_name_message as F2,
        ),
        e("ObjectDisposedException.ObjectName", exc::object_name as F1),
        e("ArgumentException.ParamName", exc::param_name as F1),
        e(
            "ArgumentOutOfRangeException.ArgumentOutOfRangeException(string, object, string)",
            exc::out_of_range_actual as F3,
        ),
        e(
            "ArgumentOutOfRangeException.ActualValue",
            exc::actual_value as F1,
        ),
        // Runtime helpers
        e("rt.concat", string::concat as F2),
        e("rt.to_str", string::to_str as F2),
        e("rt.new_array", coll::rt_new_array as F2),
        e("rt.new_object", crate::object::rt_new_object as F1),
        e("rt.type_test", type_test as F3),
        e("rt.unreachable", crate::task::rt_unreachable as F0).nothrow(),
        e("rt.to_string_base", string::to_string_base as F1),
        e("rt.message_base", exc::message_base as F1),
        // A struct's base (`ValueType`) compares fields through their own overrides, which may throw.
        e("rt.equals_base", crate::object::equals_base as F2),
        e("rt.hash_code_base", crate::object::hash_code_base as F1),
        e(
            "rt.interface_method",
            crate::object::rt_interface_method as F2,
        )
        .nothrow(),
        e("rt.exception_init", exc::rt_exception_init as F3).nothrow(),
        e(
            "rt.exception_init_default",
            exc::rt_exception_init_default as F1,
        )
        .nothrow(),
        e("object.object()", crate::object::new_plain_object as F0),
        e("object.GetType()", crate::object::get_type as F1),
        e("object.Equals(object)", crate::object::object_equals as F2),
        e("int.Equals(int)", crate::equality::int_equals as F2).nothrow(),
        e("int.CompareTo(int)", crate::equality::int_compare_to as F2).nothrow(),
        e(
            "long.CompareTo(long)",
            crate::equality::long_compare_to as F2,
        )
        .nothrow(),
        e(
            "byte.CompareTo(byte)",
            crate::equality::small_compare_to as F2,
        )
        .nothrow(),
        e(
            "sbyte.CompareTo(sbyte)",
            crate::equality::small_compare_to as F2,
        )
        .nothrow(),
        e(
            "short.CompareTo(short)",
            crate::equality::small_compare_to as F2,
        )
        .nothrow(),
        e(
            "ushort.CompareTo(ushort)",
            crate::equality::small_compare_to as F2,
        )
        .nothrow(),
        e(
            "char.CompareTo(char)",
            crate::equality::char_compare_to as F2,
        )
        .nothrow(),
        e(
            "bool.CompareTo(bool)",
            crate::equality::bool_compare_to as F2,
        )
        .nothrow(),
        e(
            "double.CompareTo(double)",
            crate::equality::double_compare_to as F2,
        )
        .nothrow(),
        e("byte.Equals(byte)", crate::equality::int_equals as F2).nothrow(),
        e("sbyte.Equals(sbyte)", crate::equality::int_equals as F2).nothrow(),
        e("short.Equals(short)", crate::equality::int_equals as F2).nothrow(),
        e("ushort.Equals(ushort)", crate::equality::int_equals as F2).nothrow(),
        e("char.Equals(char)", crate::equality::int_equals as F2).nothrow(),
        e("long.Equals(long)", crate::equality::long_equals as F2).nothrow(),
        e("bool.Equals(bool)", crate::equality::bool_equals as F2).nothrow(),
        e(
            "double.Equals(double)",
            crate::equality::double_equals as F2,
        )
        .nothrow(),
        e(
            "object.GetHashCode()",
            crate::object::object_hash_code as F1,
        ),
        e(
            "object.Equals(object, object)",
            crate::object::static_equals as F2,
        ),
        e(
            "object.ReferenceEquals(object, object)",
            crate::object::reference_equals as F2,
        )
        .nothrow(),
        e("Type.Name", crate::object::type_name as F1),
        e("Type.FullName", crate::object::type_full_name_entry as F1),
        e("EventArgs.EventArgs()", crate::object::new_event_args as F0),
        e("EventArgs.Empty", crate::object::event_args_empty as F0).nothrow(),
        e("rt.array_load", coll::rt_array_load as F2),
        e("rt.array_addr", coll::rt_array_addr as F2),
        e("rt.array_store", coll::rt_array_store as F3),
        e("rt.array_length", coll::rt_array_length as F1),
        e("rt.throw", exc::rt_throw as F1),
        x(
            "object.<SwitchFail><T>(object)",
            exc::rt_switch_fail as F2,
            Extra::TypeArgs,
        ),
        x(
            "object.<Throw><T>(Exception)",
            exc::rt_throw_expr as F2,
            Extra::TypeArgs,
        ),
        e("rt.exception_is", exc::rt_exception_is as F2),
        e("rt.divide_by_zero", exc::rt_divide_by_zero as F0),
        e("rt.overflow", exc::rt_overflow as F0),
        e("rt.null_reference", exc::rt_null_reference as F0),
        e("rt.set_type", set_type as F2),
        e("rt.index_out_of_range", exc::rt_index_out_of_range as F0),
        x("box", box_entry as F2, Extra::ArgKind),
        x("unbox", unbox as F2, Extra::DstKind),
        x("cast", cast as F2, Extra::CastTarget),
        e("enumerator.start", coll::enumerator_start as F1),
        e("enumerator.move_next", coll::enumerator_move_next as F1),
        e("enumerator.current", coll::enumerator_current as F1),
        e("collection.Add", coll::list_add as F2),
        e("indexer.set", coll::list_set as F3),
    ];
    all.extend(plain_ctors![
        EXCEPTION "Exception",
        SYSTEM "SystemException",
        ARGUMENT "ArgumentException",
        INVALID_OPERATION "InvalidOperationException",
        NOT_SUPPORTED "NotSupportedException",
        NOT_IMPLEMENTED "NotImplementedException",
        TIMEOUT "TimeoutException",
        ARITHMETIC "ArithmeticException",
        DIVIDE_BY_ZERO "DivideByZeroException",
        OVERFLOW "OverflowException",
        INVALID_CAST "InvalidCastException",
        OUT_OF_MEMORY "OutOfMemoryException",
        NULL_REFERENCE "NullReferenceException",
        INDEX_OUT_OF_RANGE "IndexOutOfRangeException",
        OPERATION_CANCELED "OperationCanceledException",
        TASK_CANCELED "TaskCanceledException",
        AGGREGATE "AggregateException",
        SEMAPHORE_FULL "SemaphoreFullException",
        FORMAT "FormatException",
        KEY_NOT_FOUND "KeyNotFoundException",
        SYNCHRONIZATION_LOCK "SynchronizationLockException",
        APPLICATION "ApplicationException",
    ]);
    // Their one-string constructors take a parameter name (above).
    all.extend([
        ctor!(ARGUMENT_NULL "ArgumentNullException" ()),
        ctor!(ARGUMENT_NULL "ArgumentNullException" (string, Exception)),
        ctor!(ARGUMENT_OUT_OF_RANGE "ArgumentOutOfRangeException" ()),
        ctor!(ARGUMENT_OUT_OF_RANGE "ArgumentOutOfRangeException" (string, Exception)),
        ctor!(OBJECT_DISPOSED "ObjectDisposedException" (string, Exception)),
    ]);
    all
}

// ---- .NET type names of arrays and lists ---------------------------------------------------------

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
        ElemKind::Char,
        ElemKind::Byte,
        ElemKind::SByte,
        ElemKind::Short,
        ElemKind::UShort,
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

/// The kinds of `int`-sized type arguments that print or box as their own types (`char`, the
/// small integers, the library's enums), which a collection's constructor, given only machine
/// types, makes as `int`s; `None` for others.
fn refined_kind(cs: &str) -> Option<ElemKind> {
    let k = kind_of_cs(cs);
    (k.is_small()
        || matches!(
            k,
            ElemKind::Char | ElemKind::TaskStatus | ElemKind::TaskCreationOptions
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
        ElemKind::Char,
        ElemKind::Byte,
        ElemKind::SByte,
        ElemKind::Short,
        ElemKind::UShort,
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
fn dotnet_name(t: &str) -> String {
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
        "List" | "Dictionary" | "HashSet" | "Queue" | "Stack" | "KeyValuePair" => {
            "System.Collections.Generic"
        }
        "Task" | "ValueTask" | "TaskStatus" | "TaskCreationOptions" | "TaskCompletionSource" => {
            "System.Threading.Tasks"
        }
        "CancellationToken" | "CancellationTokenSource" | "SemaphoreSlim" => "System.Threading",
        "StringBuilder" => "System.Text",
        _ => match exc::class_by_name(t) {
            Some(d) => return d.name.to_string(),
            None if matches!(t, "EventArgs" | "Type") => "System",
            // A class of the program, named as the program names it.
            None => return t.to_string(),
        },
    };
    format!("{ns}.{t}")
}

/// The top-level comma-separated parts of a type argument list.
fn split_args(s: &str) -> Vec<&str> {
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
