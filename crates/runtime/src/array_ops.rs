//! `System.Array`'s static members and `Clone()` of arrays (one-dimensional, zero-based), with
//! .NET's checks and messages. An array of structs holds one struct object per element, each
//! owned by its slot: members that move elements (Reverse, Sort) move those objects, members
//! that put a value in more than one place (Copy, Fill, Clone) copy the struct, and Clear
//! zeroes it in place.

use crate::collections::{array_elements, array_kind, new_array_from};
use crate::exception::{self, ARGUMENT};
use crate::list_ops::{equal, out_of_range, sort_words, NON_NEGATIVE, OFF_LEN};
use crate::object::{desc_of, is_null, is_object, ClassDesc, ElemKind, Word};

/// The elements of a non-null array, or the ArgumentNullException .NET throws for `param`.
fn elements<'a>(a: Word, param: &str) -> Result<&'a mut [Word], Word> {
    if is_null(a) {
        return Err(exception::throw_argument_null(param));
    }
    // SAFETY: sema gives these members only arrays.
    Ok(unsafe { array_elements(a) })
}

/// The struct class of an element of an array of `kind`, when it holds structs of the
/// program: only an array of references can (a `char` or a `double` may look like an address).
fn struct_of(w: Word, kind: ElemKind) -> Option<&'static ClassDesc> {
    if kind != ElemKind::Ref || is_null(w) || !is_object(w) {
        return None;
    }
    // SAFETY: a non-null element of an array of references is a live object.
    unsafe { desc_of(w) }.as_class().filter(|c| c.is_struct)
}

/// A copy of the value in an element of an array of `kind`: a new struct object for a
/// struct, else the word.
fn copied(w: Word, kind: ElemKind) -> Word {
    match struct_of(w, kind) {
        Some(class) => crate::object::copy_struct(w, class),
        None => w,
    }
}

/// .NET's checks of an `(index, length)` range of an array of `len` elements.
fn range(index: Word, length: Word, len: usize) -> Result<(usize, usize), Word> {
    let (index, length) = (index as i32, length as i32);
    if index < 0 {
        return Err(out_of_range(NON_NEGATIVE, "index"));
    }
    if length < 0 {
        return Err(out_of_range(NON_NEGATIVE, "length"));
    }
    if (len as i64) - (index as i64) < length as i64 {
        return Err(exception::throw_new(&ARGUMENT, Some(OFF_LEN)));
    }
    Ok((index as usize, length as usize))
}

/// `Array.Reverse(array)`.
pub extern "C" fn reverse(a: Word) -> Word {
    match elements(a, "array") {
        Ok(items) => {
            items.reverse();
            0
        }
        Err(e) => e,
    }
}

/// `Array.Reverse(array, index, length)`.
pub extern "C" fn reverse_range(a: Word, index: Word, length: Word) -> Word {
    let items = match elements(a, "array") {
        Ok(items) => items,
        Err(e) => return e,
    };
    match range(index, length, items.len()) {
        Ok((i, n)) => {
            items[i..i + n].reverse();
            0
        }
        Err(e) => e,
    }
}

/// `Array.Sort(array)`: the order `List<T>.Sort()` gives.
pub extern "C" fn sort(a: Word) -> Word {
    let items = match elements(a, "array") {
        Ok(items) => items,
        Err(e) => return e,
    };
    let kind = unsafe { array_kind(a) };
    let mut sorted = items.to_vec();
    let _roots = crate::gc::root(&sorted);
    if let Err(e) = sort_words(&mut sorted, kind) {
        return e;
    }
    items.copy_from_slice(&sorted);
    0
}

/// `Array.Sort(array, comparer)`: the default order for a null comparer or
/// `Comparer<T>.Default`, `Comparer<T>.Create`'s comparison, a `StringComparer`'s, or the
/// `Compare` of a comparer of the program, by .NET's introsort.
pub extern "C" fn sort_comparer(a: Word, comparer: Word) -> Word {
    if is_null(a) {
        return exception::throw_argument_null("array");
    }
    match crate::default_comparer::generic(comparer) {
        Some(crate::default_comparer::Generic::Comparison(d, kind)) => {
            return crate::list_delegates::array_sort_comparison(a, d, kind as Word);
        }
        Some(_) => return sort(a),
        None if is_null(comparer) => return sort(a),
        None => {}
    }
    let _roots = crate::gc::root(&[a, comparer]);
    let mut sorted = match elements(a, "array") {
        Ok(items) => items.to_vec(),
        Err(e) => return e,
    };
    if crate::user_comparer::is_comparer(comparer) {
        if let Err(e) = crate::user_comparer::sort(&mut sorted, comparer) {
            return e;
        }
    } else if let Some(mode) = crate::text::compare::comparer_mode(comparer) {
        // The culture's comparisons know ASCII only: refuse before sorting anything.
        for &w in &sorted {
            if let Err(e) = crate::text::compare::compare_by(w, w, mode) {
                return e;
            }
        }
        crate::introsort::sort(&mut sorted, &|x, y| {
            crate::text::compare::compare_by(x, y, mode) == Ok(std::cmp::Ordering::Less)
        });
    }
    // SAFETY: the same array; a comparer cannot resize it.
    unsafe { array_elements(a) }.copy_from_slice(&sorted);
    0
}

/// `Array.IndexOf(array, value)`: the first element equal to `value` by `Equals`, or -1.
pub extern "C" fn index_of(a: Word, value: Word) -> Word {
    let items = match elements(a, "array") {
        Ok(items) => items.to_vec(),
        Err(e) => return e,
    };
    let kind = unsafe { array_kind(a) };
    let _roots = crate::gc::root(&items);
    for (i, &w) in items.iter().enumerate() {
        match equal(w, value, kind) {
            Ok(true) => return i as Word,
            Ok(false) => {}
            Err(()) => return 0,
        }
    }
    -1i64 as Word
}

/// `Array.Clear(array, index, length)`: zeroes, nulls, or a zeroed struct in each element.
pub extern "C" fn clear(a: Word, index: Word, length: Word) -> Word {
    let items = match elements(a, "array") {
        Ok(items) => items,
        Err(e) => return e,
    };
    let (i, n) = match range(index, length, items.len()) {
        Ok(r) => r,
        Err(e) => return e,
    };
    // SAFETY: `elements` checked it is an array.
    let kind = unsafe { array_kind(a) };
    for w in &mut items[i..i + n] {
        match struct_of(*w, kind) {
            Some(class) => crate::object::zero_struct(*w, class),
            None => *w = 0,
        }
    }
    0
}

/// `Array.Fill(array, value)`: each element gets the value (a struct, its own copy).
pub extern "C" fn fill(a: Word, value: Word) -> Word {
    let len = match elements(a, "array") {
        Ok(items) => items.len(),
        Err(e) => return e,
    };
    let _roots = crate::gc::root(&[a, value]);
    // SAFETY: `elements` checked it is an array.
    let kind = unsafe { array_kind(a) };
    for i in 0..len {
        let v = copied(value, kind);
        // SAFETY: `a` is an array of `len` elements; a copy may have run the collector,
        // which moves nothing.
        unsafe { array_elements(a)[i] = v };
    }
    0
}

/// `Array.Copy(source, destination, length)`.
pub extern "C" fn copy(src: Word, dst: Word, length: Word) -> Word {
    copy_range(src, 0, dst, 0, length)
}

/// `Array.Copy(source, sourceIndex, destination, destinationIndex, length)`, overlapping ranges
/// of one array included (as if through a temporary).
pub extern "C" fn copy_range(src: Word, si: Word, dst: Word, di: Word, length: Word) -> Word {
    let source = match elements(src, "sourceArray") {
        Ok(items) => items.to_vec(),
        Err(e) => return e,
    };
    let dest_len = match elements(dst, "destinationArray") {
        Ok(items) => items.len(),
        Err(e) => return e,
    };
    let (si, di, length) = (si as i32, di as i32, length as i32);
    if length < 0 {
        return out_of_range(NON_NEGATIVE, "length");
    }
    if si < 0 {
        return out_of_range(NON_NEGATIVE, "sourceIndex");
    }
    if di < 0 {
        return out_of_range(NON_NEGATIVE, "destinationIndex");
    }
    let (si, di, n) = (si as usize, di as usize, length as usize);
    if si + n > source.len() {
        return throw_with_param(
            "Source array was not long enough. Check the source index, length, and the array's lower bounds.",
            "sourceArray",
        );
    }
    if di + n > dest_len {
        return throw_with_param(
            "Destination array was not long enough. Check the destination index, length, and the array's lower bounds.",
            "destinationArray",
        );
    }
    let (from, to) = unsafe { (array_kind(src), array_kind(dst)) };
    let _roots = crate::gc::root(&source);
    let _ends = crate::gc::root(&[src, dst]);
    for k in 0..n {
        let v = match widen(source[si + k], from, to) {
            Some(v) => copied(v, to),
            None => {
                return exception::throw_new(
                    &exception::ARRAY_TYPE_MISMATCH,
                    Some("Source array type cannot be assigned to destination array type."),
                )
            }
        };
        // SAFETY: `dst` is an array with room for `di + n` elements.
        unsafe { array_elements(dst)[di + k] = v };
    }
    0
}

/// An element of an array of `from` stored into one of `to`: the same kind, or a primitive
/// widening `Array.Copy` performs (`int` to `long` or `double`, `long` to `double`).
fn widen(w: Word, from: ElemKind, to: ElemKind) -> Option<Word> {
    match (from, to) {
        _ if from == to => Some(w),
        (ElemKind::I32, ElemKind::I64) => Some(w as u32 as i32 as i64 as Word),
        (ElemKind::I32, ElemKind::F64) => Some((w as u32 as i32 as f64).to_bits()),
        (ElemKind::I64, ElemKind::F64) => Some((w as i64 as f64).to_bits()),
        _ => None,
    }
}

fn throw_with_param(message: &str, param: &str) -> Word {
    crate::pending::throw(exception::new_with_param(&ARGUMENT, Some(message), param))
}

/// `array.Clone()`: a new array of the same elements (each struct copied).
pub extern "C" fn clone(a: Word) -> Word {
    if is_null(a) {
        return exception::throw_null_reference();
    }
    // SAFETY: sema gives `Clone` only arrays.
    let items: Vec<Word> = unsafe { array_elements(a) }.to_vec();
    let kind = unsafe { array_kind(a) };
    let _roots = crate::gc::root(&[a]);
    let out = new_array_from(kind, &items);
    let _out = crate::gc::root(&[out]);
    // Each struct is copied into the new array at once, where the collector sees it.
    for (i, &w) in items.iter().enumerate() {
        if struct_of(w, kind).is_some() {
            let v = copied(w, kind);
            // SAFETY: `out` is an array of `items.len()` elements.
            unsafe { array_elements(out)[i] = v };
        }
    }
    out
}

/// `Array.Empty<T>()`: an empty array of the element's kind.
pub extern "C" fn empty(kind: Word) -> Word {
    new_array_from(ElemKind::from_code(kind), &[])
}
