//! Two-dimensional arrays (`int[,]`): the lengths of both dimensions and a one-dimensional
//! array of the elements in row-major order, which holds their kind (so the collector traces
//! reference elements through it) and which `foreach` walks.

use crate::exception::{self, INDEX_OUT_OF_RANGE, OVERFLOW};
use crate::object::{self, desc_of, is_null, Header, Kind, TypeDesc, Word, TAG_MASK};

/// The descriptor an array gets until `rt.set_type` gives it its exact one (`System.Int32[,]`).
pub static MD_ARRAY: TypeDesc = TypeDesc {
    name: "System.Array",
    kind: Kind::MdArray,
    base: None,
};

/// `elements` (a one-dimensional array of `len0 * len1` elements) is the one reference.
#[repr(C)]
pub struct MdArray {
    header: Header,
    len0: u64,
    len1: u64,
    elements: Word,
}

unsafe fn md<'a>(w: Word) -> &'a mut MdArray {
    &mut *((w & !TAG_MASK) as *mut MdArray)
}

/// A new array of `len0` rows of `len1` elements, taking `elements` (their one-dimensional
/// array, row-major) as its storage.
fn wrap(len0: u64, len1: u64, elements: Word) -> Word {
    let _roots = crate::gc::root(&[elements]);
    unsafe {
        let p = object::alloc::<MdArray>(&MD_ARRAY, 0);
        (*p).len0 = len0;
        (*p).len1 = len1;
        (*p).elements = elements;
        p as Word
    }
}

/// `new T[len0, len1]`: the last argument is the kind code of `T`. A negative length throws
/// `OverflowException`, as .NET's `newobj` of an array does.
pub extern "C" fn md_new(len0: Word, len1: Word, kind: Word) -> Word {
    let (a, b) = (len0 as u32 as i32, len1 as u32 as i32);
    if a < 0 || b < 0 {
        return exception::throw_new(&OVERFLOW, None);
    }
    let n = i64::from(a) * i64::from(b);
    let elements = crate::collections::rt_new_array(kind, n as Word);
    if crate::pending::is_pending() {
        return 0;
    }
    wrap(a as u64, b as u64, elements)
}

/// `new T[,] { { .. }, .. }`: `items` is the one-dimensional array of the initializer's
/// elements in row-major order (sema checked the shape), `len0` rows of `len1`.
pub extern "C" fn md_from(items: Word, len0: Word, len1: Word) -> Word {
    wrap(u64::from(len0 as u32), u64::from(len1 as u32), items)
}

/// The flat index of `a[i, j]` (`packed` holds `i` in its high half, `j` in its low half), or
/// the exception C# throws: NullReferenceException, IndexOutOfRangeException.
fn flat(a: Word, packed: Word) -> Result<(Word, Word), Word> {
    if is_null(a) {
        return Err(exception::throw_null_reference());
    }
    let (i, j) = ((packed >> 32) as u32 as i32, packed as u32 as i32);
    let m = unsafe { md(a) };
    let ok = i >= 0 && j >= 0 && (i as u64) < m.len0 && (j as u64) < m.len1;
    if !ok {
        return Err(exception::throw_new(&INDEX_OUT_OF_RANGE, None));
    }
    Ok((m.elements, i as u64 * m.len1 + j as u64))
}

/// The getter of `a[i, j]` (the indices packed as `flat` reads them).
pub extern "C" fn md_get(a: Word, packed: Word) -> Word {
    match flat(a, packed) {
        Ok((e, k)) => crate::collections::rt_array_load(e, k),
        Err(x) => x,
    }
}

/// The setter of `a[i, j]`.
pub extern "C" fn md_set(a: Word, packed: Word, value: Word) -> Word {
    match flat(a, packed) {
        Ok((e, k)) => crate::collections::rt_array_store(e, k, value),
        Err(x) => x,
    }
}

/// `Length`: the number of elements.
pub extern "C" fn md_length(a: Word) -> Word {
    if is_null(a) {
        return exception::throw_null_reference();
    }
    let m = unsafe { md(a) };
    m.len0 * m.len1
}

/// `Rank`.
pub extern "C" fn md_rank(a: Word) -> Word {
    if is_null(a) {
        return exception::throw_null_reference();
    }
    2
}

/// `GetLength(dimension)`: IndexOutOfRangeException for a dimension other than 0 and 1.
pub extern "C" fn md_get_length(a: Word, dimension: Word) -> Word {
    if is_null(a) {
        return exception::throw_null_reference();
    }
    let m = unsafe { md(a) };
    match dimension as u32 as i32 {
        0 => m.len0,
        1 => m.len1,
        _ => exception::throw_new(&INDEX_OUT_OF_RANGE, None),
    }
}

/// What `foreach` walks: the elements' one-dimensional array, in row-major order.
pub(crate) fn elements(a: Word) -> Word {
    unsafe { md(a).elements }
}

pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    // SAFETY: `w` is a live two-dimensional array.
    if unsafe { desc_of(w).kind } == Kind::MdArray {
        f(unsafe { md(w) }.elements);
    }
}
