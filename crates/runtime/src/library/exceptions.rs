//! Exceptions' members and constructors: the three usual ones of each plain exception, and the
//! argument exceptions' own.

use super::e;
use crate::exception::{
    self as exc, AGGREGATE, APPLICATION, ARGUMENT, ARGUMENT_NULL, ARGUMENT_OUT_OF_RANGE,
    ARITHMETIC, DIVIDE_BY_ZERO, EXCEPTION, FORMAT, INDEX_OUT_OF_RANGE, INVALID_CAST,
    INVALID_OPERATION, KEY_NOT_FOUND, NOT_IMPLEMENTED, NOT_SUPPORTED, NULL_REFERENCE,
    OBJECT_DISPOSED, OPERATION_CANCELED, OUT_OF_MEMORY, OVERFLOW, SEMAPHORE_FULL,
    SYNCHRONIZATION_LOCK, SYSTEM, TASK_CANCELED, TIMEOUT,
};
use crate::object::Word;
use crate::{Entry, F0, F1, F2, F3};

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

/// Exceptions' members and the argument exceptions' own constructors.
pub(super) fn entries() -> Vec<Entry> {
    vec![
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
    ]
}

/// The usual constructors of the plain exceptions, and those of the argument exceptions that
/// take no parameter name.
pub(super) fn ctors() -> Vec<Entry> {
    let mut all = plain_ctors![
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
    ];
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
