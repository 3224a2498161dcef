//! The members of `Nullable<T>` (`int?`, `long?`, `bool?`, `double?`, enums, structs of the
//! program). A nullable value is represented by what boxing it gives in .NET: null, or the box
//! of its value (sema's `Lib::Nullable`), so these read the box. The extra word is `T`'s kind:
//! `Ref` only for a struct, whose box is a struct object itself (lower copies it).

use crate::exception;
use crate::object::{is_null, ElemKind, Word};
use crate::{entry_list, Entry};

/// .NET's message for `.Value` (and `(int)x`) without a value.
const NO_VALUE: &str = "Nullable object must have a value.";

fn value_of(w: Word, kind: Word) -> Word {
    if ElemKind::from_code(kind) == ElemKind::Ref {
        return w;
    }
    crate::collections::unboxed(w).0
}

extern "C" fn has_value(w: Word, _kind: Word) -> Word {
    !is_null(w) as Word
}

extern "C" fn value(w: Word, kind: Word) -> Word {
    if is_null(w) {
        return exception::throw_new(&exception::INVALID_OPERATION, Some(NO_VALUE));
    }
    value_of(w, kind)
}

extern "C" fn get_value_or_default(w: Word, kind: Word) -> Word {
    if is_null(w) {
        0
    } else {
        value_of(w, kind)
    }
}

extern "C" fn get_value_or(w: Word, default: Word, kind: Word) -> Word {
    if is_null(w) {
        default
    } else {
        value_of(w, kind)
    }
}

/// `ToString()`: "" without a value.
extern "C" fn to_string(w: Word, _kind: Word) -> Word {
    crate::string::new_string(&crate::string::object_to_string(w))
}

/// `int?` to `long?` (or `double?`): null stays null, a value is widened and boxed again. The
/// extra word is the target's value kind.
extern "C" fn rebox(w: Word, kind: Word) -> Word {
    if is_null(w) {
        return 0;
    }
    let (v, from) = crate::collections::unboxed(w);
    let to = ElemKind::from_code(kind);
    let widened = match (from, to) {
        (ElemKind::I32, ElemKind::I64) => v as u32 as i32 as i64 as Word,
        (ElemKind::I32, ElemKind::F64) => (v as u32 as i32 as f64).to_bits() as Word,
        (ElemKind::I64, ElemKind::F64) => (v as i64 as f64).to_bits() as Word,
        // A UTF-16 unit is its word: as an `int` or `long` it stays.
        (ElemKind::Char, ElemKind::F64) => (v as u16 as f64).to_bits() as Word,
        _ => v,
    };
    crate::collections::box_value(widened, to)
}

/// `Equals(object)`: without a value, whether `other` is null (a call on null would throw);
/// with one, the value's `Equals`.
extern "C" fn equals(w: Word, other: Word, _kind: Word) -> Word {
    if is_null(w) {
        return is_null(other) as Word;
    }
    crate::equality::object_equals(w, other)
}

/// `GetHashCode()`: 0 without a value.
extern "C" fn hash_code(w: Word, _kind: Word) -> Word {
    if is_null(w) {
        return 0;
    }
    crate::equality::object_hash_code(w)
}

type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "T?.HasValue" => has_value as F2, TypeArgs, nothrow;
        "T?.Value" => value as F2, TypeArgs;
        "T?.GetValueOrDefault()" => get_value_or_default as F2, TypeArgs, nothrow;
        "T?.GetValueOrDefault(T)" => get_value_or as F3, TypeArgs, nothrow;
        "T?.ToString()" => to_string as F2, TypeArgs, nothrow;
        "T?.Equals(object)" => equals as F3, TypeArgs;
        "T?.GetHashCode()" => hash_code as F2, TypeArgs;
        "object.<Rebox><T>(object)" => rebox as F2, TypeArgs, nothrow;
    }
}
