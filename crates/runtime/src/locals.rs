//! `ThreadLocal<T>`, a value per logical thread (keyed by the managed id
//! `Environment.CurrentManagedThreadId` reports), and `AsyncLocal<T>`, a value in the execution
//! context (`exec_ctx.rs`). Both are `slots.rs` objects: a `ThreadLocal` holds its factory, its
//! result kind, whether it is disposed, then (thread id, value) pairs; an `AsyncLocal` holds
//! nothing (its identity is the key).

use crate::delegate::{invoke0, Ret};
use crate::exception;
use crate::object::{is_null, ElemKind, Kind, TypeDesc, Word};
use crate::slots;
use crate::{entry_list, Entry, F1, F2, F3};

static THREAD_LOCAL_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.ThreadLocal`1",
    kind: Kind::Slots,
    base: None,
};

static ASYNC_LOCAL_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.AsyncLocal`1",
    kind: Kind::Slots,
    base: None,
};

const FACTORY: usize = 0;
const KIND: usize = 1;
const DISPOSED: usize = 2;
const PAIRS: usize = 3;

fn new_thread_local(factory: Word, kind: Word) -> Word {
    let _root = crate::gc::root(&[factory]);
    slots::new(&THREAD_LOCAL_DESC, vec![factory, kind, 0])
}

extern "C" fn thread_local_new(kind: Word) -> Word {
    new_thread_local(0, kind)
}

extern "C" fn thread_local_with(factory: Word, kind: Word) -> Word {
    if is_null(factory) {
        return exception::throw_argument_null("valueFactory");
    }
    new_thread_local(factory, kind)
}

/// The running thread's pair index in `w`'s words, if it has a value.
fn slot(w: &[Word]) -> Option<usize> {
    let me = crate::sched::current_managed_id() as Word;
    (PAIRS..w.len()).step_by(2).find(|&i| w[i] == me)
}

/// The receiver, or the exception .NET throws for a null or disposed one.
fn check(tl: Word) -> Result<&'static mut Vec<Word>, Word> {
    if is_null(tl) {
        return Err(exception::throw_null_reference());
    }
    let w = slots::words(tl);
    if w[DISPOSED] != 0 {
        return Err(exception::throw_new(&exception::OBJECT_DISPOSED, None));
    }
    Ok(w)
}

/// `Value`: the thread's value; the first read on a thread runs the factory (default(T)
/// without one) and keeps its result.
extern "C" fn thread_local_get(tl: Word, _kind: Word) -> Word {
    let w = match check(tl) {
        Ok(w) => w,
        Err(e) => return e,
    };
    if let Some(i) = slot(w) {
        return w[i + 1];
    }
    let factory = w[FACTORY];
    let value = if factory == 0 {
        0
    } else {
        let _root = crate::gc::root(&[tl]);
        let kind = ElemKind::from_code(w[KIND]);
        let v = invoke0(factory, Ret::of(Some(kind)));
        if crate::pending::is_pending() {
            return 0;
        }
        v
    };
    let w = slots::words(tl);
    match slot(w) {
        Some(i) => w[i + 1] = value,
        None => w.extend([crate::sched::current_managed_id() as Word, value]),
    }
    value
}

extern "C" fn thread_local_set(tl: Word, value: Word, _kind: Word) -> Word {
    let w = match check(tl) {
        Ok(w) => w,
        Err(e) => return e,
    };
    match slot(w) {
        Some(i) => w[i + 1] = value,
        None => w.extend([crate::sched::current_managed_id() as Word, value]),
    }
    0
}

extern "C" fn thread_local_is_created(tl: Word, _kind: Word) -> Word {
    match check(tl) {
        Ok(w) => Word::from(slot(w).is_some()),
        Err(e) => e,
    }
}

/// `Dispose()`: the values go; a later use throws ObjectDisposedException.
pub(crate) extern "C" fn thread_local_dispose(tl: Word) -> Word {
    if is_null(tl) {
        return exception::throw_null_reference();
    }
    let w = slots::words(tl);
    w.truncate(PAIRS);
    w[FACTORY] = 0;
    w[DISPOSED] = 1;
    0
}
extern "C" fn thread_local_dispose_of(tl: Word, _kind: Word) -> Word {
    thread_local_dispose(tl)
}

pub(crate) fn is_thread_local(w: Word) -> bool {
    slots::is(w, &THREAD_LOCAL_DESC)
}

extern "C" fn async_local_new(_kind: Word) -> Word {
    slots::new(&ASYNC_LOCAL_DESC, Vec::new())
}

extern "C" fn async_local_get(al: Word, _kind: Word) -> Word {
    if is_null(al) {
        return exception::throw_null_reference();
    }
    crate::exec_ctx::get(al)
}

extern "C" fn async_local_set(al: Word, value: Word, _kind: Word) -> Word {
    if is_null(al) {
        return exception::throw_null_reference();
    }
    crate::exec_ctx::set(al, value);
    0
}

/// `tl.Value = v` for a `ThreadLocal<T>` or an `AsyncLocal<T>` (sema's `local_values.rs`):
/// the value, as an assignment gives.
extern "C" fn local_set(local: Word, value: Word, kind: Word) -> Word {
    let done = if slots::is(local, &ASYNC_LOCAL_DESC) {
        async_local_set(local, value, kind)
    } else {
        thread_local_set(local, value, kind)
    };
    if crate::pending::is_pending() {
        return done;
    }
    value
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "ThreadLocal<T>.ThreadLocal()" => thread_local_new as F1, TypeArgs;
        "ThreadLocal<T>.ThreadLocal(Func<T>)" => thread_local_with as F2, TypeArgs;
        "ThreadLocal<T>.Value" => thread_local_get as F2, TypeArgs;
        "ThreadLocal<T>.IsValueCreated" => thread_local_is_created as F2, TypeArgs;
        "ThreadLocal<T>.Dispose()" => thread_local_dispose_of as F2, TypeArgs;
        "AsyncLocal<T>.AsyncLocal()" => async_local_new as F1, TypeArgs;
        "AsyncLocal<T>.Value" => async_local_get as F2, TypeArgs;
        "object.<LocalSet><T>(object, T)" => local_set as F3, TypeArgs;
        "rt.ec_save" => crate::exec_ctx::save as crate::F0, None, nothrow;
        "rt.ec_restore" => crate::exec_ctx::restore as F1, None, nothrow;
    }
}
