//! `IDisposable` as the type of a value: `Dispose()` runs what the object's class implements
//! `IDisposable.Dispose()` with (a class of the program: its `ClassDesc::dispose` cell), or the
//! library's own for a `CancellationTokenSource` (the semaphore's and the events' do nothing); a
//! type test asks the same question.

use crate::equality::override_code;
use crate::object::{desc_of, is_null, Kind, TypeDesc, Word};

/// The descriptor `class_for_cast("IDisposable")` gives type tests against `IDisposable`.
pub static IDISPOSABLE: TypeDesc = TypeDesc {
    name: "System.IDisposable",
    kind: Kind::Other,
    base: None,
};

/// Whether `obj` (not null) implements `IDisposable`.
pub fn is_disposable(obj: Word) -> bool {
    // SAFETY: a non-null reference is a live object.
    let desc = unsafe { desc_of(obj) };
    matches!(
        desc.kind,
        Kind::CancellationTokenSource | Kind::SemaphoreSlim | Kind::Event | Kind::Iterator
    ) || crate::cancel::is_registration(obj)
        || crate::locals::is_thread_local(obj)
        || desc.as_class().is_some_and(|c| c.dispose != 0)
}

/// `((IDisposable)x).Dispose()`.
pub extern "C" fn dispose(obj: Word) -> Word {
    if is_null(obj) {
        return crate::exception::throw_null_reference();
    }
    // SAFETY: checked not null.
    let desc = unsafe { desc_of(obj) };
    if desc.kind == Kind::CancellationTokenSource {
        return crate::cancel::dispose(obj);
    }
    if crate::cancel::is_registration(obj) {
        return crate::cancel::dispose_registration(obj);
    }
    // An iterator: its pending `finally` blocks run (iterator.rs).
    if desc.kind == Kind::Iterator {
        return crate::collections::enumerator_dispose(obj);
    }
    if crate::locals::is_thread_local(obj) {
        return crate::locals::thread_local_dispose(obj);
    }
    // The semaphore's and the events' `Dispose()` does nothing (sync.rs, events.rs).
    if matches!(desc.kind, Kind::SemaphoreSlim | Kind::Event) {
        return 0;
    }
    let code = desc.as_class().map_or(0, |c| override_code(c.dispose));
    if code != 0 {
        // SAFETY: an `extern "C" fn(this)` compiled from the method's signature; an
        // exception it throws is pending when it returns.
        let f: extern "C" fn(Word) = unsafe { std::mem::transmute(code) };
        f(obj);
    }
    0
}
