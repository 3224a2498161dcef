//! Equality and hashing as `object` defines them: `Equals`/`GetHashCode` run a class's
//! overrides, else .NET's defaults: identity for classes, value for strings and boxed values,
//! and field by field for structs (`ValueType`'s), which `base.Equals` of a struct also reaches.

use crate::object::{desc_of, is_null, is_object, ClassDesc, ElemKind, Kind, Word};

/// `object.Equals(object)` (`obj.Equals(other)`; value receivers come boxed): the class's
/// override if it has one, else C#'s default: identity, strings by value, boxed values by type
/// and value (`double.NaN.Equals(double.NaN)` is true).
pub extern "C" fn object_equals(obj: Word, other: Word) -> Word {
    if is_null(obj) {
        return crate::exception::throw_null_reference();
    }
    // SAFETY: `obj` is a live object (checked not null; the JIT boxes value receivers).
    if let Some(class) = unsafe { desc_of(obj) }.as_class() {
        let code = override_code(class.equals);
        if code != 0 {
            // SAFETY: the code is an `extern "C" fn(this, object) -> bool` compiled from the
            // override's SMIR signature.
            let f: extern "C" fn(Word, Word) -> u8 = unsafe { std::mem::transmute(code) };
            return Word::from(f(obj, other) != 0);
        }
    }
    Word::from(default_equals(obj, other))
}

/// `EqualityComparer<T>.Default.Equals(a, b)`, as collections compare elements and keys (`a`
/// not null): a class implementing `IEquatable<T>` of itself runs its `Equals(T)` when `b` is
/// a `T` (null is not equal), anything else `object.Equals`.
pub(crate) fn collection_equals(a: Word, b: Word) -> Word {
    if is_null(a) || !is_object(a) {
        return object_equals(a, b);
    }
    // SAFETY: a live object (checked above).
    if let Some(class) = unsafe { desc_of(a) }.as_class() {
        if let Some(code) = equatable_with(class, b) {
            // SAFETY: the code is an `extern "C" fn(this, T) -> bool` compiled from the
            // method's SMIR signature, and `b` is a `T`.
            let f: extern "C" fn(Word, Word) -> u8 = unsafe { std::mem::transmute(code) };
            return Word::from(f(a, b) != 0);
        }
    }
    object_equals(a, b)
}

/// The code of `class`'s `IEquatable<T>.Equals(T)` if it has one and `b` is a `T`, the class
/// that declares it (its furthest base with the same method) or one derived from it.
fn equatable_with(class: &ClassDesc, b: Word) -> Option<usize> {
    let code = override_code(class.equatable);
    if code == 0 || is_null(b) || !is_object(b) {
        return None;
    }
    let mut declaring = class;
    while let Some(base) = declaring.desc.base.and_then(|t| t.as_class()) {
        if base.equatable != class.equatable {
            break;
        }
        declaring = base;
    }
    let is_t = crate::library::type_test(b, declaring as *const ClassDesc as Word, 0) != 0;
    is_t.then_some(code)
}

/// The current code of an override from its code-table cell (0: no override): read each time,
/// since optimized code replaces the quick one.
pub(crate) fn override_code(cell: usize) -> usize {
    if cell == 0 {
        return 0;
    }
    // SAFETY: a non-zero cell is the code table's, which lives as long as the program.
    unsafe {
        (*(cell as *const std::sync::atomic::AtomicUsize))
            .load(std::sync::atomic::Ordering::Acquire)
    }
}

/// `object.GetHashCode()` (value receivers come boxed): the override if any, else the value's
/// own hash as .NET computes it for `int`, `long`, `bool` and `double`; for other objects a
/// number fixed for the object's life (.NET's differ from run to run, and so do these).
pub extern "C" fn object_hash_code(obj: Word) -> Word {
    if is_null(obj) {
        return crate::exception::throw_null_reference();
    }
    // SAFETY: `obj` is a live object (checked not null).
    let desc = unsafe { desc_of(obj) };
    if let Some(class) = desc.as_class() {
        let code = override_code(class.hash_code);
        if code != 0 {
            // SAFETY: an `extern "C" fn(this) -> int` compiled from the override's signature.
            let f: extern "C" fn(Word) -> i32 = unsafe { std::mem::transmute(code) };
            return f(obj) as i64 as Word;
        }
    }
    let fold = |bits: u64| ((bits as i32) ^ ((bits >> 32) as i32)) as i64 as Word;
    match desc.kind {
        Kind::Boxed => {
            let (v, kind) = crate::collections::unboxed(obj);
            match kind {
                ElemKind::I64 | ElemKind::ULong | ElemKind::TimeSpan => fold(v),
                ElemKind::F64 => double_hash(v),
                ElemKind::Float => crate::numfmt::float_hash(v),
                ElemKind::Bool => Word::from(v != 0),
                ElemKind::Char => (v & 0xFFFF) | ((v & 0xFFFF) << 16),
                _ => v as i32 as i64 as Word,
            }
        }
        // Equal strings hash alike (.NET's hash is randomized per process: so may this be).
        Kind::String => {
            // SAFETY: a live string.
            let text = unsafe { crate::string::as_str(obj) };
            let h = text.encode_utf16().fold(0x811C_9DC5u32, |h, c| {
                (h ^ u32::from(c)).wrapping_mul(0x0100_0193)
            });
            h as i32 as i64 as Word
        }
        _ => match desc.as_class() {
            Some(class) if class.is_struct => struct_hash(obj, class),
            _ => identity_hash(obj),
        },
    }
}

/// `rt.equals_base(this, other)`: `base.Equals(other)` where the base's `Equals` is
/// `object`'s or `ValueType`'s: identity for a class, the fields for a struct, never the
/// class's own override.
pub extern "C" fn equals_base(this: Word, other: Word) -> Word {
    Word::from(default_equals(this, other))
}

/// `rt.hash_code_base(this)`: `base.GetHashCode()` where the base's is `object`'s (the
/// object's own hash) or `ValueType`'s (its fields'), never the class's override.
pub extern "C" fn hash_code_base(this: Word) -> Word {
    // SAFETY: `this` is a live object of a class of the program.
    match unsafe { desc_of(this) }.as_class() {
        Some(class) if class.is_struct => struct_hash(this, class),
        _ => identity_hash(this),
    }
}

/// A number fixed for the object's life (.NET's differ from run to run, and so do these).
fn identity_hash(obj: Word) -> Word {
    // Objects never move (the collector does not compact): the address is a fixed hash.
    (((obj >> 4) as u32) & 0x7FFF_FFFF) as Word
}

fn default_equals(a: Word, b: Word) -> bool {
    if a == b {
        return true;
    }
    if is_null(b) || !is_object(a) || !is_object(b) {
        return false;
    }
    // SAFETY: both are live objects.
    let (da, db) = unsafe { (desc_of(a), desc_of(b)) };
    match (da.kind, db.kind) {
        (Kind::String, Kind::String) => unsafe {
            crate::string::as_str(a) == crate::string::as_str(b)
        },
        (Kind::Boxed, Kind::Boxed) => {
            let ((va, ka), (vb, kb)) = (
                crate::collections::unboxed(a),
                crate::collections::unboxed(b),
            );
            // A box of an enum equals only a box of the same enum.
            let enums =
                crate::enums::enum_of_box(a).is_some() || crate::enums::enum_of_box(b).is_some();
            if ka != kb || (enums && !std::ptr::eq(da, db)) {
                return false;
            }
            match ka {
                ElemKind::F64 | ElemKind::Float => doubles_equal(va, vb),
                _ => va == vb,
            }
        }
        _ => match (da.as_class(), db.as_class()) {
            (Some(ca), Some(cb)) if ca.is_struct && std::ptr::eq(ca, cb) => {
                struct_fields_equal(a, b, ca)
            }
            _ => false,
        },
    }
}

/// A field of a struct object: a word, or a struct it holds inline.
enum Field {
    Word(u32, Word),
    Inner(Word),
}

/// The fields of a struct object in order: each word with its offset, and each struct held
/// inline as a whole (a reference to it), as `ValueType.Equals` compares a struct field by the
/// field's own `Equals`.
fn struct_fields(obj: Word, class: &ClassDesc) -> impl Iterator<Item = Field> + '_ {
    let start = std::mem::size_of::<crate::object::Header>() as u32;
    let mut off = start;
    std::iter::from_fn(move || {
        if off >= class.size {
            return None;
        }
        let at = obj + Word::from(off);
        if let Some(&(_, inner)) = class.embedded.iter().find(|e| e.0 == off) {
            // SAFETY: `register_class` returned `inner`.
            off += unsafe { (*(inner as *const ClassDesc)).size };
            return Some(Field::Inner(at));
        }
        let here = off;
        off += 8;
        // SAFETY: `obj` is a live object of `class`, one word per field from the header to
        // `size` outside its inline structs.
        Some(Field::Word(here, unsafe { *(at as usize as *const Word) }))
    })
}

/// `ValueType.Equals` of two objects of the same struct: each field as its type's `Equals`
/// compares it (references and inline structs through their own `Equals`, doubles as
/// `double.Equals`).
fn struct_fields_equal(a: Word, b: Word, class: &ClassDesc) -> bool {
    struct_fields(a, class)
        .zip(struct_fields(b, class))
        .all(|pair| match pair {
            (Field::Inner(x), Field::Inner(y)) => object_equals(x, y) != 0,
            (Field::Word(off, x), Field::Word(_, y)) => {
                if class.refs.contains(&off) {
                    x == y || (!is_null(x) && !is_null(y) && object_equals(x, y) != 0)
                } else if class.double_offsets.contains(&off) {
                    doubles_equal(x, y)
                } else {
                    x == y
                }
            }
            _ => false,
        })
}

/// `ValueType.GetHashCode`: a hash of the fields, equal for structs that `Equals` calls equal
/// (.NET's own mixes in fewer fields; its numbers are not specified, only that agreement).
fn struct_hash(obj: Word, class: &ClassDesc) -> Word {
    let h = struct_fields(obj, class).fold(0x1505u32, |h, field| {
        let field = match field {
            Field::Inner(w) => object_hash_code(w) as u32,
            Field::Word(off, w) if class.refs.contains(&off) => {
                if is_null(w) {
                    0
                } else {
                    object_hash_code(w) as u32
                }
            }
            Field::Word(off, w) if class.double_offsets.contains(&off) => double_hash(w) as u32,
            Field::Word(_, w) => (w as u32) ^ ((w >> 32) as u32),
        };
        h.rotate_left(5).wrapping_add(h) ^ field
    });
    h as i32 as i64 as Word
}

/// `object.Equals(objA, objB)`: identity, then null on either side is false, then `objA.Equals(objB)`.
pub extern "C" fn static_equals(a: Word, b: Word) -> Word {
    if a == b {
        return 1;
    }
    if is_null(a) || is_null(b) {
        return 0;
    }
    object_equals(a, b)
}

/// `object.ReferenceEquals(objA, objB)`.
pub extern "C" fn reference_equals(a: Word, b: Word) -> Word {
    Word::from(a == b)
}

/// `double.GetHashCode()` of a double's bits: .NET folds every NaN to one hash, and 0.0 and
/// -0.0 to 0.
fn double_hash(bits: u64) -> Word {
    let mut bits = bits;
    if (bits.wrapping_sub(1) & 0x7FFF_FFFF_FFFF_FFFF) >= 0x7FEF_FFFF_FFFF_FFFF {
        bits &= 0x7FF0_0000_0000_0000;
    }
    ((bits as i32) ^ ((bits >> 32) as i32)) as i64 as Word
}

/// `int.Equals(int)` (and the narrower integers' and `char`'s, held as ints): the value.
pub extern "C" fn int_equals(a: Word, b: Word) -> Word {
    Word::from(a as i32 == b as i32)
}

/// `long.Equals(long)`.
pub extern "C" fn long_equals(a: Word, b: Word) -> Word {
    Word::from(a == b)
}

/// `bool.Equals(bool)`.
pub extern "C" fn bool_equals(a: Word, b: Word) -> Word {
    Word::from((a & 1) == (b & 1))
}

/// `double.Equals(double)`: unlike `==`, NaN equals NaN.
pub extern "C" fn double_equals(a: Word, b: Word) -> Word {
    Word::from(doubles_equal(a, b))
}

/// `double.Equals` of two doubles' bits: `==`, except that NaN equals NaN.
fn doubles_equal(a: Word, b: Word) -> bool {
    let (x, y) = (f64::from_bits(a), f64::from_bits(b));
    x == y || (x.is_nan() && y.is_nan())
}

// ---- CompareTo of the value types ------------------------------------------------------------

fn sign(o: std::cmp::Ordering) -> Word {
    o as i32 as i64 as Word
}

/// `int.CompareTo(int)`: -1, 0 or 1.
pub extern "C" fn int_compare_to(a: Word, b: Word) -> Word {
    sign((a as i32).cmp(&(b as i32)))
}

/// `long.CompareTo(long)`.
pub extern "C" fn long_compare_to(a: Word, b: Word) -> Word {
    sign((a as i64).cmp(&(b as i64)))
}

/// `byte`/`sbyte`/`short`/`ushort.CompareTo`: .NET returns the difference of the values (held
/// as ints in their type's range).
pub extern "C" fn small_compare_to(a: Word, b: Word) -> Word {
    ((a as i32) - (b as i32)) as i64 as Word
}

/// `char.CompareTo(char)`: the difference of the code units, as .NET returns it.
pub extern "C" fn char_compare_to(a: Word, b: Word) -> Word {
    ((a & 0xFFFF) as i32 - (b & 0xFFFF) as i32) as i64 as Word
}

/// `bool.CompareTo(bool)`: false before true.
pub extern "C" fn bool_compare_to(a: Word, b: Word) -> Word {
    sign((a & 1).cmp(&(b & 1)))
}

/// `double.CompareTo(double)`: NaN before every number and equal to itself.
pub extern "C" fn double_compare_to(a: Word, b: Word) -> Word {
    let (x, y) = (f64::from_bits(a), f64::from_bits(b));
    sign(
        x.partial_cmp(&y)
            .unwrap_or_else(|| x.is_nan().cmp(&y.is_nan()).reverse()),
    )
}
