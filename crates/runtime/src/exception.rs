//! Exceptions: the class hierarchy of the subset, .NET's default messages, `Message` (with the
//! parameter suffix of argument exceptions and the inner messages of `AggregateException`) and
//! `ToString()` without stack frames.

use crate::collections;
use crate::object::{self, desc_of, is_null, Header, Kind, TypeDesc, Word, TAG_MASK};
use crate::pending;
use crate::string::{as_str, intern, is_string, new_string};

macro_rules! class {
    ($name:literal, $base:expr) => {
        TypeDesc {
            name: $name,
            kind: Kind::Exception,
            base: $base,
        }
    };
}

pub static EXCEPTION: TypeDesc = class!("System.Exception", None);
pub static SYSTEM: TypeDesc = class!("System.SystemException", Some(&EXCEPTION));
pub static ARGUMENT: TypeDesc = class!("System.ArgumentException", Some(&SYSTEM));
pub static ARGUMENT_NULL: TypeDesc = class!("System.ArgumentNullException", Some(&ARGUMENT));
pub static ARGUMENT_OUT_OF_RANGE: TypeDesc =
    class!("System.ArgumentOutOfRangeException", Some(&ARGUMENT));
pub static INVALID_OPERATION: TypeDesc = class!("System.InvalidOperationException", Some(&SYSTEM));
pub static OBJECT_DISPOSED: TypeDesc =
    class!("System.ObjectDisposedException", Some(&INVALID_OPERATION));
pub static NOT_SUPPORTED: TypeDesc = class!("System.NotSupportedException", Some(&SYSTEM));
pub static NOT_IMPLEMENTED: TypeDesc = class!("System.NotImplementedException", Some(&SYSTEM));
pub static TIMEOUT: TypeDesc = class!("System.TimeoutException", Some(&SYSTEM));
pub static ARITHMETIC: TypeDesc = class!("System.ArithmeticException", Some(&SYSTEM));
pub static DIVIDE_BY_ZERO: TypeDesc = class!("System.DivideByZeroException", Some(&ARITHMETIC));
pub static OVERFLOW: TypeDesc = class!("System.OverflowException", Some(&ARITHMETIC));
pub static NULL_REFERENCE: TypeDesc = class!("System.NullReferenceException", Some(&SYSTEM));
pub static INDEX_OUT_OF_RANGE: TypeDesc = class!("System.IndexOutOfRangeException", Some(&SYSTEM));
pub static INVALID_CAST: TypeDesc = class!("System.InvalidCastException", Some(&SYSTEM));
pub static ARRAY_TYPE_MISMATCH: TypeDesc =
    class!("System.ArrayTypeMismatchException", Some(&SYSTEM));
pub static OUT_OF_MEMORY: TypeDesc = class!("System.OutOfMemoryException", Some(&SYSTEM));
pub static OPERATION_CANCELED: TypeDesc =
    class!("System.OperationCanceledException", Some(&SYSTEM));
pub static TASK_CANCELED: TypeDesc = class!(
    "System.Threading.Tasks.TaskCanceledException",
    Some(&OPERATION_CANCELED)
);
pub static AGGREGATE: TypeDesc = class!("System.AggregateException", Some(&EXCEPTION));
pub static SEMAPHORE_FULL: TypeDesc =
    class!("System.Threading.SemaphoreFullException", Some(&SYSTEM));
pub static FORMAT: TypeDesc = class!("System.FormatException", Some(&SYSTEM));
pub static KEY_NOT_FOUND: TypeDesc = class!(
    "System.Collections.Generic.KeyNotFoundException",
    Some(&SYSTEM)
);
pub static SWITCH_EXPRESSION: TypeDesc = class!(
    "System.Runtime.CompilerServices.SwitchExpressionException",
    Some(&INVALID_OPERATION)
);
pub static SYNCHRONIZATION_LOCK: TypeDesc = class!(
    "System.Threading.SynchronizationLockException",
    Some(&SYSTEM)
);
pub static APPLICATION: TypeDesc = class!("System.ApplicationException", Some(&EXCEPTION));
pub static TYPE_INITIALIZATION: TypeDesc =
    class!("System.TypeInitializationException", Some(&SYSTEM));

/// Every class with the message its parameterless constructor sets (.NET's resource strings;
/// `Exception()` sets none and its `Message` is computed from the class name).
static CLASSES: &[(&TypeDesc, Option<&str>)] = &[
    (&EXCEPTION, None),
    (&SYSTEM, Some("System error.")),
    (
        &ARGUMENT,
        Some("Value does not fall within the expected range."),
    ),
    (&ARGUMENT_NULL, Some("Value cannot be null.")),
    (
        &ARGUMENT_OUT_OF_RANGE,
        Some("Specified argument was out of the range of valid values."),
    ),
    (
        &INVALID_OPERATION,
        Some("Operation is not valid due to the current state of the object."),
    ),
    (&OBJECT_DISPOSED, Some("Cannot access a disposed object.")),
    (&NOT_SUPPORTED, Some("Specified method is not supported.")),
    (
        &NOT_IMPLEMENTED,
        Some("The method or operation is not implemented."),
    ),
    (&TIMEOUT, Some("The operation has timed out.")),
    (
        &ARITHMETIC,
        Some("Overflow or underflow in the arithmetic operation."),
    ),
    (&DIVIDE_BY_ZERO, Some("Attempted to divide by zero.")),
    (
        &OVERFLOW,
        Some("Arithmetic operation resulted in an overflow."),
    ),
    (
        &NULL_REFERENCE,
        Some("Object reference not set to an instance of an object."),
    ),
    (
        &INDEX_OUT_OF_RANGE,
        Some("Index was outside the bounds of the array."),
    ),
    (&INVALID_CAST, Some("Specified cast is not valid.")),
    (
        &ARRAY_TYPE_MISMATCH,
        Some("Attempted to access an element as a type incompatible with the array."),
    ),
    (
        &OUT_OF_MEMORY,
        Some("Insufficient memory to continue the execution of the program."),
    ),
    (&OPERATION_CANCELED, Some("The operation was canceled.")),
    (&TASK_CANCELED, Some("A task was canceled.")),
    (&AGGREGATE, Some("One or more errors occurred.")),
    (
        &SEMAPHORE_FULL,
        Some("Adding the specified count to the semaphore would cause it to exceed its maximum count."),
    ),
    (
        &FORMAT,
        Some("One of the identified items was in an invalid format."),
    ),
    (
        &KEY_NOT_FOUND,
        Some("The given key was not present in the dictionary."),
    ),
    (&SWITCH_EXPRESSION, Some(SWITCH_EXPRESSION_MESSAGE)),
    (&APPLICATION, Some("Error in the application.")),
    (
        &SYNCHRONIZATION_LOCK,
        Some("Object synchronization method was called from an unsynchronized block of code."),
    ),
    (&TYPE_INITIALIZATION, None),
];

/// The reference fields are `message`, `inner`, `inners`, `param_name` and `actual_value` (each
/// 0 or an object).
#[repr(C)]
pub struct ExceptionObj {
    header: Header,
    /// A string, or 0: `Message` then says "Exception of type 'X' was thrown." (as .NET does
    /// for `new T(null)`).
    message: Word,
    /// `InnerException`.
    inner: Word,
    /// AggregateException only: the read-only collection `InnerExceptions` returns.
    inners: Word,
    /// Argument exceptions: `ParamName`, appended to `Message`.
    param_name: Word,
    /// `ArgumentOutOfRangeException`: the offending value as a string, appended to `Message` on
    /// a line of its own.
    actual_value: Word,
}

unsafe fn obj<'a>(w: Word) -> &'a mut ExceptionObj {
    &mut *((w & !TAG_MASK) as *mut ExceptionObj)
}

/// The exception class named `short` in C# source (`ArgumentException`), for `catch (T)`.
pub fn class_by_name(short: &str) -> Option<&'static TypeDesc> {
    let short = short.trim();
    let short = short.strip_prefix("System.").unwrap_or(short);
    CLASSES
        .iter()
        .map(|c| c.0)
        .find(|d| d.short_name() == short || d.name.strip_prefix("System.") == Some(short))
}

/// The message `new T()` gives; `None` for `Exception` itself (computed from the name).
pub fn default_message(desc: &'static TypeDesc) -> Option<&'static str> {
    CLASSES
        .iter()
        .find(|c| std::ptr::eq(c.0, desc))
        .and_then(|c| c.1)
}

fn alloc(desc: &'static TypeDesc, message: Word, inner: Word, param_name: Word) -> Word {
    // An AggregateException made by a constructor holds its one inner exception, if any.
    let inners = if is_null(inner) { vec![] } else { vec![inner] };
    alloc_with(desc, message, inner, param_name, inners)
}

fn alloc_with(
    desc: &'static TypeDesc,
    message: Word,
    inner: Word,
    param_name: Word,
    inners: Vec<Word>,
) -> Word {
    unsafe {
        let p = object::alloc::<ExceptionObj>(desc, 0);
        (*p).message = message;
        (*p).inner = inner;
        (*p).param_name = param_name;
        if desc.is_a(&AGGREGATE) {
            (*p).inners = collections::new_read_only(inners);
        }
        p as Word
    }
}

fn default_word(desc: &'static TypeDesc) -> Word {
    default_message(desc).map_or(0, intern)
}

/// The bytes of an exception object: where the fields of a program's exception class start.
pub const EXCEPTION_OBJECT_BYTES: usize = std::mem::size_of::<ExceptionObj>();

/// `rt.exception_init(e, message, inner)`: what `: base(message, inner)` of a program's
/// exception class does to the object being constructed (0: none given).
pub extern "C" fn rt_exception_init(e: Word, message: Word, inner: Word) -> Word {
    if !is_null(e) {
        // SAFETY: the JIT passes `this` of an exception class's constructor.
        unsafe {
            obj(e).message = message;
            obj(e).inner = inner;
        }
    }
    0
}

/// `rt.exception_init_default(e)`: `: base()` of a program's exception class: the message of
/// the nearest library class it derives from (none for `Exception` itself: `Message` then
/// names the program's class).
pub extern "C" fn rt_exception_init_default(e: Word) -> Word {
    if is_null(e) {
        return 0;
    }
    let mut d = Some(exception_desc(e));
    while let Some(x) = d.filter(|x| x.kind == Kind::ProgramException) {
        d = x.base;
    }
    let message = d.map_or(0, default_word);
    rt_exception_init(e, message, 0)
}

/// A new exception of class `desc` with `message`, or the class's default message.
pub fn new_exception(desc: &'static TypeDesc, message: Option<&str>) -> Word {
    let m = match message {
        Some(m) => new_string(m),
        None => default_word(desc),
    };
    alloc(desc, m, 0, 0)
}

/// An argument exception with its parameter name (`Message` adds " (Parameter 'name')").
pub fn new_with_param(desc: &'static TypeDesc, message: Option<&str>, param: &str) -> Word {
    let m = match message {
        Some(m) => new_string(m),
        None => default_word(desc),
    };
    alloc(desc, m, 0, intern(param))
}

/// `new ArgumentOutOfRangeException(param, actualValue, message)`: `Message` is the message,
/// the parameter and `Actual value was {actual}.` on a line of its own.
pub fn new_out_of_range(message: &str, param: &str, actual: &str) -> Word {
    let e = new_with_param(&ARGUMENT_OUT_OF_RANGE, Some(message), param);
    // The exception is only in a local here; the string is allocated next.
    let _root = crate::gc::root(&[e]);
    let v = new_string(actual);
    unsafe { obj(e).actual_value = v };
    e
}

/// Throws a new exception (see `new_exception`); returns 0 for `return throw_new(..)`.
pub fn throw_new(desc: &'static TypeDesc, message: Option<&str>) -> Word {
    pending::throw(new_exception(desc, message))
}

pub fn throw_null_reference() -> Word {
    throw_new(&NULL_REFERENCE, None)
}

/// ArgumentNullException for parameter `param`.
pub fn throw_argument_null(param: &str) -> Word {
    pending::throw(new_with_param(&ARGUMENT_NULL, None, param))
}

/// ArgumentOutOfRangeException for parameter `param`, with the default message.
pub fn throw_out_of_range(param: &str) -> Word {
    pending::throw(new_with_param(&ARGUMENT_OUT_OF_RANGE, None, param))
}

/// `new AggregateException(inners)` (what a faulted task's `Wait()`/`Result` throws):
/// `InnerException` is the first one.
pub fn new_aggregate(inners: Vec<Word>) -> Word {
    let first = inners.first().copied().unwrap_or(0);
    alloc_with(&AGGREGATE, default_word(&AGGREGATE), first, 0, inners)
}

/// `AggregateException.InnerExceptions` as a vector (empty for other exceptions).
pub fn inner_exceptions(w: Word) -> Vec<Word> {
    if is_null(w) || !exception_desc(w).is_a(&AGGREGATE) {
        return Vec::new();
    }
    collections::sequence_items(unsafe { obj(w).inners }).map_or_else(Vec::new, |s| s.1)
}

/// The class of an exception object (`Exception` for null, which callers check first).
pub fn exception_desc(w: Word) -> &'static TypeDesc {
    if is_null(w) {
        return &EXCEPTION;
    }
    unsafe { desc_of(w) }
}

/// Aggregates nested deeper than this are cut short instead of exhausting the native stack.
const MAX_DEPTH: u32 = 64;

/// `e.Message` as .NET computes it.
pub fn message(w: Word) -> String {
    message_at(w, 0)
}

fn message_at(w: Word, depth: u32) -> String {
    if is_null(w) {
        return String::new();
    }
    if let Some(m) = crate::object::call_message(w) {
        // SAFETY: the override returns a string or null (an empty message).
        return if is_string(m) {
            unsafe { as_str(m) }.to_string()
        } else {
            String::new()
        };
    }
    own_message(w, depth)
}

/// `rt.message_base(e)`: `base.Message` in a class overriding `Message`: `Exception`'s own
/// message, never the override (which may be the caller).
pub extern "C" fn message_base(e: Word) -> Word {
    if is_null(e) {
        return throw_null_reference();
    }
    new_string(&own_message(e, 0))
}

/// The message as `Exception.Message` computes it, without the class's override.
fn own_message(w: Word, depth: u32) -> String {
    let desc = exception_desc(w);
    let e = unsafe { obj(w) };
    let mut s = if is_string(e.message) {
        unsafe { as_str(e.message) }.to_string()
    } else if std::ptr::eq(desc, &ARGUMENT) {
        // ArgumentException fills in its default only for its own class, not derived ones.
        default_message(desc).unwrap_or_default().to_string()
    } else {
        format!("Exception of type '{}' was thrown.", desc.name)
    };
    // The slot holds an ObjectDisposedException's object name, else an argument's name.
    let param = unsafe { as_str(e.param_name) };
    if !param.is_empty() {
        if desc.is_a(&OBJECT_DISPOSED) {
            s.push_str(&format!("\nObject name: '{param}'."));
        } else {
            s.push_str(&format!(" (Parameter '{param}')"));
        }
    }
    // The library's own throws keep the value's text; a program's `new
    // ArgumentOutOfRangeException(p, actualValue, m)` keeps the object, printed when asked for.
    if !is_null(e.actual_value) {
        let v = crate::string::to_string_of(e.actual_value, object::ElemKind::Ref);
        s.push_str(&format!("\nActual value was {v}."));
    }
    let inners = inner_exceptions(w);
    if !inners.is_empty() && depth < MAX_DEPTH {
        s.push(' ');
        let parts: Vec<String> = inners
            .iter()
            .map(|&i| format!("({})", message_at(i, depth + 1)))
            .collect();
        s.push_str(&parts.join(" "));
    }
    s
}

/// What .NET prints after "Unhandled exception. " (its `ToString()` without stack frames):
/// `System.InvalidOperationException: boom`, each inner exception on a line of its own after
/// ` ---> `, closed by `   --- End of inner exception stack trace ---`.
pub fn describe(w: Word) -> String {
    let s = describe_at(w, 0);
    s.strip_suffix('\n').map_or(s.clone(), str::to_string)
}

fn describe_at(w: Word, depth: u32) -> String {
    if is_null(w) {
        return String::new();
    }
    // The chain of inner exceptions, iteratively: a program may build a long one.
    let mut chain = vec![w];
    let mut cur = unsafe { obj(w).inner };
    while !is_null(cur) && chain.len() < 100_000 {
        chain.push(cur);
        cur = unsafe { obj(cur).inner };
    }
    let mut s = String::new();
    for (i, &e) in chain.iter().enumerate() {
        if i > 0 {
            s.push_str("\n ---> ");
        }
        s.push_str(&head(e, depth));
    }
    for &e in chain.iter().rev() {
        if !is_null(unsafe { obj(e).inner }) {
            s.push_str("\n   --- End of inner exception stack trace ---");
        }
        s.push_str(&aggregate_tail(e, depth));
    }
    s
}

/// `ClassName: Message`, or the class name alone when the message is empty.
fn head(w: Word, depth: u32) -> String {
    let name = exception_desc(w).name;
    let m = message_at(w, depth);
    if m.is_empty() {
        name.to_string()
    } else {
        format!("{name}: {m}")
    }
}

/// AggregateException.ToString() adds the inner exceptions other than `InnerException`.
fn aggregate_tail(w: Word, depth: u32) -> String {
    let inner = unsafe { obj(w).inner };
    let mut s = String::new();
    if depth >= MAX_DEPTH {
        return s;
    }
    for (i, e) in inner_exceptions(w).into_iter().enumerate() {
        if e != inner {
            s.push_str(&format!(
                "\n ---> (Inner Exception #{i}) {}<---\n",
                describe_at(e, depth + 1)
            ));
        }
    }
    s
}

// ---- Entry points ------------------------------------------------------------------------------

/// The constructors: `new T()` (`message` None), `new T(message)`, `new T(message, inner)`.
pub fn construct(desc: &'static TypeDesc, message: Option<Word>, inner: Word) -> Word {
    let m = message.unwrap_or_else(|| default_word(desc));
    alloc(desc, m, inner, 0)
}

/// `new T(message, inner)`; `AggregateException` requires its inner exception.
pub fn construct_with_inner(desc: &'static TypeDesc, message: Word, inner: Word) -> Word {
    if std::ptr::eq(desc, &AGGREGATE) && is_null(inner) {
        return throw_argument_null("innerException");
    }
    alloc(desc, message, inner, 0)
}

/// `ArgumentException(string message, string paramName)`.
pub extern "C" fn argument_message_param(message: Word, param: Word) -> Word {
    alloc(&ARGUMENT, message, 0, param)
}

/// `ArgumentNullException(string paramName)` and `ArgumentOutOfRangeException(string
/// paramName)`: the one string is the parameter name, with the default message.
pub fn param_only(desc: &'static TypeDesc, param: Word) -> Word {
    alloc(desc, default_word(desc), 0, param)
}

/// `ArgumentNullException(string paramName, string message)` and its OutOfRange sibling.
pub fn param_message(desc: &'static TypeDesc, param: Word, message: Word) -> Word {
    alloc(desc, message, 0, param)
}

/// `new ArgumentOutOfRangeException(paramName, actualValue, message)`.
pub extern "C" fn out_of_range_actual(param: Word, actual: Word, message: Word) -> Word {
    let _roots = crate::gc::root(&[param, actual, message]);
    let e = alloc(&ARGUMENT_OUT_OF_RANGE, message, 0, param);
    unsafe { obj(e).actual_value = actual };
    e
}

/// `ArgumentOutOfRangeException.ActualValue`: the value given, or null.
pub extern "C" fn actual_value(e: Word) -> Word {
    if is_null(e) {
        return throw_null_reference();
    }
    unsafe { obj(e).actual_value }
}

/// `Exception.Message`.
pub extern "C" fn message_entry(e: Word) -> Word {
    if is_null(e) {
        return throw_null_reference();
    }
    if let Some(m) = crate::object::call_message(e) {
        return m;
    }
    let o = unsafe { obj(e) };
    let plain = is_string(o.message)
        && is_null(o.param_name)
        && is_null(o.actual_value)
        && inner_exceptions(e).is_empty();
    if plain {
        return o.message;
    }
    new_string(&message(e))
}

/// `ArgumentException.ParamName`: the parameter's name, or null.
pub extern "C" fn param_name(e: Word) -> Word {
    if is_null(e) {
        return throw_null_reference();
    }
    let name = unsafe { obj(e).param_name };
    if is_string(name) {
        name
    } else {
        0
    }
}

/// `ObjectDisposedException.ObjectName`: the name given, or empty.
pub extern "C" fn object_name(e: Word) -> Word {
    if is_null(e) {
        return throw_null_reference();
    }
    let name = unsafe { obj(e).param_name };
    if is_string(name) {
        name
    } else {
        intern("")
    }
}

/// `Exception.InnerException`.
pub extern "C" fn inner_exception(e: Word) -> Word {
    if is_null(e) {
        return throw_null_reference();
    }
    unsafe { obj(e).inner }
}

/// `AggregateException.InnerExceptions`.
pub extern "C" fn inner_exceptions_entry(e: Word) -> Word {
    if is_null(e) {
        return throw_null_reference();
    }
    unsafe { obj(e).inners }
}

/// `rt.throw(e)`: `throw null` throws NullReferenceException.
const SWITCH_EXPRESSION_MESSAGE: &str =
    "Non-exhaustive switch expression failed to match its input.";

/// A switch expression that matched nothing: `new SwitchExpressionException(value)`, whose
/// `Message` adds the unmatched value's `ToString()` on a line of its own (not for null), as
/// .NET's does. `value` is boxed; the extra word is the result type's kind.
pub extern "C" fn rt_switch_fail(value: Word, _kind: Word) -> Word {
    let shown = (!is_null(value)).then(|| crate::string::object_to_string(value));
    if pending::is_pending() {
        return 0;
    }
    let message = match shown {
        Some(v) => format!("{SWITCH_EXPRESSION_MESSAGE}\nUnmatched value was {v}."),
        None => SWITCH_EXPRESSION_MESSAGE.to_string(),
    };
    throw_new(&SWITCH_EXPRESSION, Some(&message))
}

/// `throw e` as an expression: as the statement, null throws NullReferenceException.
pub extern "C" fn rt_throw_expr(e: Word, _kind: Word) -> Word {
    rt_throw(e)
}

pub extern "C" fn rt_throw(e: Word) -> Word {
    if is_null(e) {
        return throw_null_reference();
    }
    pending::throw(e)
}

/// `rt.exception_is(e, desc)`: whether `catch (T)` with T's descriptor catches `e`.
pub extern "C" fn rt_exception_is(e: Word, desc: Word) -> Word {
    if is_null(e) || desc == 0 {
        return 0;
    }
    let target = unsafe { &*(desc as *const TypeDesc) };
    exception_desc(e).is_a(target) as Word
}

pub extern "C" fn rt_divide_by_zero() -> Word {
    throw_new(&DIVIDE_BY_ZERO, None)
}

pub extern "C" fn rt_overflow() -> Word {
    throw_new(&OVERFLOW, None)
}

pub extern "C" fn rt_null_reference() -> Word {
    throw_null_reference()
}

pub extern "C" fn rt_index_out_of_range() -> Word {
    throw_new(&INDEX_OUT_OF_RANGE, None)
}

/// The references an exception holds (gc/trace.rs).
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let e = unsafe { &*((w & !TAG_MASK) as *const ExceptionObj) };
    f(e.message);
    f(e.inner);
    f(e.inners);
    f(e.param_name);
    f(e.actual_value);
}

/// Sets `InnerException` (for exceptions the runtime builds around another).
pub fn set_inner(e: Word, inner: Word) {
    unsafe { (*((e & !TAG_MASK) as *mut ExceptionObj)).inner = inner };
}
