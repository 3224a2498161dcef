//! Objects of the program's classes that implement `IEnumerable<T>` or `IEnumerator<T>`
//! (sema's user_enumerables.rs): the library's enumeration entry points (`foreach` over an
//! interface, LINQ, `string.Join`, copies into collections) run the class's methods, found
//! under the interface member's key in `ClassDesc::lib_overrides`. The keys of
//! `GetEnumerator()` and `Current` carry the element's kind and .NET name after `|`
//! (crates/lower/src/enumerables.rs): `Current` returns a machine value of that
//! kind, and the sequence's copies keep it.

use crate::object::{self, desc_of, is_null, ElemKind, Word};

pub(crate) const GET_ENUMERATOR: &str = "IEnumerable<T>.GetEnumerator()";
const MOVE_NEXT: &str = "IEnumerator<T>.MoveNext()";
const CURRENT: &str = "IEnumerator<T>.Current";
const DISPOSE: &str = "IEnumerator<T>.Dispose()";
const RESET: &str = "IEnumerator<T>.Reset()";

/// The code-table cell of `w`'s override of `key`, with the element's kind and .NET name
/// when the key carries them.
pub(crate) fn find(w: Word, key: &str) -> Option<(usize, ElemKind, &'static str)> {
    if is_null(w) || w & 1 == 1 {
        return None;
    }
    // SAFETY: `w` is a live object (not null, not an inline value).
    let class = unsafe { desc_of(w) }.as_class()?;
    class.lib_overrides.iter().find_map(|(k, cell)| {
        let mut parts = k.splitn(3, '|');
        if parts.next()? != key {
            return None;
        }
        let kind = parts
            .next()
            .and_then(|c| c.parse().ok())
            .map_or(ElemKind::Ref, ElemKind::from_code);
        Some((*cell, kind, parts.next().unwrap_or("")))
    })
}

pub(crate) fn is_enumerable(w: Word) -> bool {
    find(w, GET_ENUMERATOR).is_some()
}

pub(crate) fn is_enumerator(e: Word) -> bool {
    find(e, MOVE_NEXT).is_some()
}

/// The kind and .NET name of a user enumerable's elements.
pub(crate) fn element(w: Word) -> Option<(ElemKind, &'static str)> {
    find(w, GET_ENUMERATOR).map(|(_, k, n)| (k, n))
}

fn call_ref(cell: usize, w: Word) -> Word {
    let _roots = crate::gc::root(&[w]);
    // SAFETY: the cell holds the code of an instance method of the object's class taking
    // only `this` and returning a reference (sema checked the signature).
    let f: extern "C" fn(Word) -> Word = unsafe { std::mem::transmute(object::cell_code(cell)) };
    f(w)
}

/// `GetEnumerator()` of a user enumerable; `None` when `w` is not one.
pub(crate) fn get_enumerator(w: Word) -> Option<Word> {
    let (cell, _, _) = find(w, GET_ENUMERATOR)?;
    Some(call_ref(cell, w))
}

/// `MoveNext()` of a user enumerator: 1, or 0 at the end or when it threw (pending).
pub(crate) fn move_next(e: Word) -> Word {
    let Some((cell, _, _)) = find(e, MOVE_NEXT) else {
        return 0;
    };
    let _roots = crate::gc::root(&[e]);
    // SAFETY: the class's `bool MoveNext()`.
    let f: extern "C" fn(Word) -> u8 = unsafe { std::mem::transmute(object::cell_code(cell)) };
    let more = f(e);
    if crate::pending::is_pending() {
        return 0;
    }
    Word::from(more != 0)
}

/// `Current` of a user enumerator, as a word (a value of its element's machine type).
pub(crate) fn current(e: Word) -> Word {
    let Some((cell, kind, _)) = find(e, CURRENT) else {
        return 0;
    };
    call_typed(cell, kind, e)
}

/// Calls the getter in `cell` on `e`, whose result has kind `kind`, and makes it a word as
/// the JIT does (`bool` zero-extended, `int` sign-extended, `double` by its bits).
pub(crate) fn call_typed(cell: usize, kind: ElemKind, e: Word) -> Word {
    let _roots = crate::gc::root(&[e]);
    let code = object::cell_code(cell);
    // SAFETY: the getter returns a value of the machine type of `kind` (lowering's
    // `kind_code` gave the key the getter's return type).
    unsafe {
        match kind {
            ElemKind::Ref
            | ElemKind::I64
            | ElemKind::UInt
            | ElemKind::ULong
            | ElemKind::TimeSpan => {
                std::mem::transmute::<usize, extern "C" fn(Word) -> Word>(code)(e)
            }
            ElemKind::F64 | ElemKind::Float => {
                std::mem::transmute::<usize, extern "C" fn(Word) -> f64>(code)(e).to_bits()
            }
            ElemKind::Bool => {
                Word::from(std::mem::transmute::<usize, extern "C" fn(Word) -> u8>(code)(e) != 0)
            }
            _ => std::mem::transmute::<usize, extern "C" fn(Word) -> i32>(code)(e) as i64 as Word,
        }
    }
}

/// `Dispose()` of a user enumerator (nothing when its class has none).
pub(crate) fn dispose(e: Word) -> Word {
    if let Some((cell, _, _)) = find(e, DISPOSE) {
        let _roots = crate::gc::root(&[e]);
        // SAFETY: the class's `void Dispose()`.
        let f: extern "C" fn(Word) = unsafe { std::mem::transmute(object::cell_code(cell)) };
        f(e);
    }
    0
}

/// `Reset()` of a user enumerator.
pub(crate) fn reset(e: Word) -> Option<Word> {
    let (cell, _, _) = find(e, RESET)?;
    let _roots = crate::gc::root(&[e]);
    // SAFETY: the class's `void Reset()`.
    let f: extern "C" fn(Word) = unsafe { std::mem::transmute(object::cell_code(cell)) };
    f(e);
    Some(0)
}

/// Every element of a user enumerable, for the library members that read a whole sequence;
/// `None` when its code threw (pending).
pub(crate) fn items(w: Word) -> Option<(ElemKind, Vec<Word>)> {
    let (kind, _) = element(w)?;
    let e = crate::collections::enumerator_start(w);
    if crate::pending::is_pending() {
        return None;
    }
    let _root = crate::gc::root(&[e]);
    let mut out = Vec::new();
    let mut roots = Vec::new();
    loop {
        let more = crate::collections::enumerator_move_next(e);
        if crate::pending::is_pending() {
            crate::collections::dispose_on_throw(e);
            return None;
        }
        if more == 0 {
            break;
        }
        let v = crate::collections::enumerator_current(e);
        if crate::pending::is_pending() {
            crate::collections::dispose_on_throw(e);
            return None;
        }
        roots.push(crate::gc::root(&[v]));
        out.push(v);
    }
    crate::collections::enumerator_dispose(e);
    if crate::pending::is_pending() {
        return None;
    }
    Some((kind, out))
}
