//! Objects of the program's classes implementing `IComparer<T>` or `IEqualityComparer<T>`
//! (sema's user_enumerables.rs lists their `Compare`, `Equals` and `GetHashCode` under the
//! interface members' keys in `ClassDesc::lib_overrides`, with the compared type's kind after
//! `|`): calls through the interfaces, `List<T>.Sort`, `OrderBy` and the hashed collections run
//! them. An exception they throw is left pending for the caller to pass on as .NET does.

use crate::object::{self, ElemKind, Word};
use crate::user_enum::find;

const COMPARE: &str = "IComparer<T>.Compare(T, T)";
const EQUALS: &str = "IEqualityComparer<T>.Equals(T, T)";
const HASH: &str = "IEqualityComparer<T>.GetHashCode(T)";

/// Whether `w` is an object of the program with a `Compare` the runtime runs.
pub(crate) fn is_comparer(w: Word) -> bool {
    find(w, COMPARE).is_some()
}

/// Whether `w` is an object of the program with `Equals`/`GetHashCode` the runtime runs.
pub(crate) fn is_equality_comparer(w: Word) -> bool {
    find(w, EQUALS).is_some()
}

fn is_float(kind: ElemKind) -> bool {
    matches!(kind, ElemKind::F64 | ElemKind::Float)
}

/// Calls `cell`'s method on `this` with one or two arguments of `kind` (`b` is ignored for
/// one), whose result is an `int` (`bool` when `ret_bool`), as a word.
fn call(cell: usize, kind: ElemKind, this: Word, a: Word, b: Option<Word>, ret_bool: bool) -> Word {
    let _roots = crate::gc::root(&[this, a, b.unwrap_or(0)]);
    // A struct argument is the callee's own copy, which it may change.
    let copy = |x: Word| {
        if kind != ElemKind::Ref {
            return x;
        }
        match crate::collections::struct_object(x) {
            Some(class) => crate::object::copy_struct(x, class),
            None => x,
        }
    };
    let a = copy(a);
    let _a = crate::gc::root(&[a]);
    let b = b.map(copy);
    let _b = crate::gc::root(&[b.unwrap_or(0)]);
    if crate::pending::is_pending() {
        return 0;
    }
    let code = object::cell_code(cell);
    let (x, y) = (f64::from_bits(a), f64::from_bits(b.unwrap_or(0)));
    macro_rules! go {
        ($t:ty) => {
            // SAFETY: the cell holds the code of an instance method of the object's class
            // taking values of `kind`'s machine type (lowering's key says which) and returning
            // `$t` (sema checked the signature); a word in an integer register serves any
            // narrower integer parameter.
            unsafe {
                match (b, is_float(kind)) {
                    (Some(b), false) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, Word, Word) -> $t,
                    >(code)(this, a, b),
                    (Some(_), true) => std::mem::transmute::<
                        usize,
                        extern "C" fn(Word, f64, f64) -> $t,
                    >(code)(this, x, y),
                    (None, false) => {
                        std::mem::transmute::<usize, extern "C" fn(Word, Word) -> $t>(code)(this, a)
                    }
                    (None, true) => {
                        std::mem::transmute::<usize, extern "C" fn(Word, f64) -> $t>(code)(this, x)
                    }
                }
            }
        };
    }
    if ret_bool {
        Word::from(go!(u8) != 0)
    } else {
        go!(i32) as i64 as Word
    }
}

/// `cmp.Compare(a, b)` of a comparer of the program (`None` for any other object); when it
/// threw, its exception is pending.
pub(crate) fn compare(cmp: Word, a: Word, b: Word) -> Option<Word> {
    let (cell, kind, _) = find(cmp, COMPARE)?;
    Some(call(cell, kind, cmp, a, Some(b), false))
}

/// `cmp.Equals(a, b)` of an equality comparer of the program.
pub(crate) fn equals(cmp: Word, a: Word, b: Word) -> Option<Word> {
    let (cell, kind, _) = find(cmp, EQUALS)?;
    Some(call(cell, kind, cmp, a, Some(b), true))
}

/// `cmp.GetHashCode(a)` of an equality comparer of the program.
pub(crate) fn hash(cmp: Word, a: Word) -> Option<Word> {
    let (cell, kind, _) = find(cmp, HASH)?;
    Some(call(cell, kind, cmp, a, None, false))
}

/// Sorts `items` by comparer `cmp` of the program as .NET's introsort does (`List<T>.Sort`);
/// `Err` when its `Compare` threw: .NET's InvalidOperationException "Failed to compare two
/// elements" with the exception inside.
pub(crate) fn sort(items: &mut [Word], cmp: Word) -> Result<(), Word> {
    let Some((cell, kind, _)) = find(cmp, COMPARE) else {
        return Ok(());
    };
    let _cmp = crate::gc::root(&[cmp]);
    crate::list_ops::sort_or_fail(items, &|a, b| {
        let r = call(cell, kind, cmp, a, Some(b), false);
        (!crate::pending::is_pending()).then_some(r as i64 as i32)
    })
}
