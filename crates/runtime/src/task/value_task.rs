//! `ValueTask` as an object: boxing one (`(object)valueTask`) and its `ToString()`. The box keeps
//! the word as it is (a task's address or an inline result), so the collector traces the word.

use super::SUCCEEDED;
use super::{from_word, inline_result, is_inline, object, ElemKind, Header, Kind, TypeDesc, Word};

/// A boxed `ValueTask<T>`: the word and the kind of `T` (-1 for the non-generic one, -2 for a
/// `CancellationToken`, whose word is its source).
#[repr(C)]
pub(super) struct BoxedValueTask {
    header: Header,
    pub(super) word: Word,
    kind: u64,
}

static BOXED_VALUE_TASK: TypeDesc = TypeDesc {
    name: "System.Threading.Tasks.ValueTask",
    kind: Kind::BoxedValueTask,
    base: None,
};

/// `(object)valueTask`. `kind` is the result's kind code, or -1 for `ValueTask`.
pub extern "C" fn box_value_task(word: Word, kind: Word) -> Word {
    unsafe {
        let b = object::alloc::<BoxedValueTask>(&BOXED_VALUE_TASK, 0);
        (*b).word = word;
        (*b).kind = kind as i32 as i64 as u64;
        b as Word
    }
}

/// `valueTask.ToString()`: the result's string when it completed successfully, else "" (.NET);
/// the type's name for the non-generic `ValueTask`, which does not override `ToString`.
pub fn value_task_string(word: Word, kind: i64) -> String {
    match kind {
        // The non-generic ValueTask and CancellationToken do not override `ToString`.
        -1 => return "System.Threading.Tasks.ValueTask".into(),
        -2 => return "System.Threading.CancellationToken".into(),
        _ => {}
    }
    let kind = ElemKind::from_code(kind as u64);
    if is_inline(word) {
        return crate::string::to_string_of(inline_result(word), kind);
    }
    let t = from_word(word);
    unsafe {
        if (*t).status == SUCCEEDED {
            crate::string::to_string_of((*t).result, kind)
        } else {
            String::new()
        }
    }
}

pub fn boxed_value_task_string(w: Word) -> String {
    let b = w as *const BoxedValueTask;
    unsafe { value_task_string((*b).word, (*b).kind as i64) }
}

/// `"" + valueTask`: a string object.
pub extern "C" fn value_task_to_str(word: Word, kind: Word) -> Word {
    crate::string::new_string(&value_task_string(word, kind as i32 as i64))
}
