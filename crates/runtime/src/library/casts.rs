//! Boxing, unboxing, casts and type tests, and the descriptors C# type names stand for.

use super::type_names::named_desc;
use crate::collections::{
    box_value, unboxed, ARRAY_DESCS, BOXED_DESCS, LIST_DESCS, READ_ONLY_EXCEPTIONS,
};
use crate::exception::{self as exc, INVALID_CAST};
use crate::object::{desc_of, is_null, ElemKind, TypeDesc, Word};
use crate::string::STRING;
use crate::{deque, hashed};

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
    if crate::ifaces::implements(obj, desc).unwrap_or_else(|| have.is_a(target)) {
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
    let disposable = std::ptr::eq(desc as *const TypeDesc, &crate::disposable::IDISPOSABLE);
    let fits = !is_null(obj)
        && (desc == 0
            || (disposable && crate::disposable::is_disposable(obj))
            || crate::ifaces::implements(obj, desc) == Some(true)
            || (!disposable && {
                // SAFETY: the JIT passes a descriptor address (a library one or a `ClassDesc`).
                let target = unsafe { &*(desc as *const TypeDesc) };
                let have = unsafe { desc_of(obj) };
                match target.as_class() {
                    Some(t) if t.is_interface => crate::object::implements(have, target),
                    _ => have.is_a(target),
                }
            }));
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

pub(crate) fn kind_of_cs(t: &str) -> ElemKind {
    match t {
        "bool" => ElemKind::Bool,
        "int" => ElemKind::I32,
        "long" => ElemKind::I64,
        "double" => ElemKind::F64,
        "TaskStatus" => ElemKind::TaskStatus,
        "TaskCreationOptions" => ElemKind::TaskCreationOptions,
        "TaskContinuationOptions" => ElemKind::TaskContinuationOptions,
        "StringComparison" => ElemKind::StringComparison,
        "TimeSpan" => ElemKind::TimeSpan,
        "char" => ElemKind::Char,
        "byte" => ElemKind::Byte,
        "sbyte" => ElemKind::SByte,
        "short" => ElemKind::Short,
        "ushort" => ElemKind::UShort,
        "uint" => ElemKind::UInt,
        "ulong" => ElemKind::ULong,
        "float" => ElemKind::Float,
        _ => ElemKind::Ref,
    }
}

pub(super) fn desc_for_cs(t: &str) -> Option<&'static TypeDesc> {
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
        | "uint"
        | "ulong"
        | "float"
        | "TaskStatus"
        | "TaskCreationOptions"
        | "TaskContinuationOptions"
        | "StringComparison"
        | "TimeSpan" => Some(&BOXED_DESCS[kind_of_cs(t) as usize]),
        // The library's classes of one type each, so that casts to them are checked.
        "ManualResetEventSlim" => Some(&crate::events::MANUAL_SLIM_DESC),
        "ManualResetEvent" => Some(&crate::events::MANUAL_DESC),
        "AutoResetEvent" => Some(&crate::events::AUTO_DESC),
        "CountdownEvent" => Some(&crate::events::COUNTDOWN_DESC),
        "Stopwatch" => Some(&crate::stopwatch::DESC),
        "Thread" => Some(&crate::waits::THREAD_DESC),
        "TaskCompletionSource" => Some(&crate::sync::VOID_SOURCE_DESC),
        "SemaphoreSlim" => Some(&crate::sync::SEMAPHORE_DESC),
        "CancellationTokenSource" => Some(&crate::cancel::SOURCE_DESC),
        _ => exc::class_by_name(t),
    }
}

/// The shared descriptor of a dictionary, set, queue or stack type (`Dictionary<string,int>`);
/// each object gets the exact one of its C# type (`named_desc`).
pub(super) fn generic_collection(t: &str) -> Option<&'static TypeDesc> {
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
    if t == "IDisposable" {
        return &crate::disposable::IDISPOSABLE as *const TypeDesc as Word;
    }
    if let Some(d) = crate::ifaces::interface_desc(&t) {
        return d;
    }
    // A dictionary, set, queue or stack is checked with its type arguments: its elements'
    // kinds depend on them.
    if generic_collection(&t).is_some() {
        return named_desc(&t);
    }
    desc_for_cs(&t).map_or(0, |d| d as *const TypeDesc as Word)
}
