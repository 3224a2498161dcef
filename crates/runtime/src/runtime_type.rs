//! `System.Type` objects: one per type for the process (`GetType()`, `typeof`), and their
//! `Name` and `FullName`.

use crate::object::{alloc_immortal, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word};

#[repr(C)]
struct RuntimeType {
    header: Header,
    of: &'static TypeDesc,
}

static RUNTIME_TYPE: TypeDesc = TypeDesc {
    name: "System.RuntimeType",
    kind: Kind::RuntimeType,
    base: None,
};

/// `object.GetType()`: the `Type` for the object's class, one object per type for the whole
/// process as in .NET, so that `a.GetType() == b.GetType()` (a reference comparison, which is
/// what `Type`'s `==` amounts to) holds for two objects of the same class.
pub extern "C" fn get_type(obj: Word) -> Word {
    if is_null(obj) {
        return crate::exception::throw_null_reference();
    }
    // SAFETY: `obj` is a live object (checked not null; the JIT boxes value receivers).
    let of = unsafe { desc_of(obj) };
    runtime_type(of.name, || of)
}

/// `typeof(T)` (`<TypeOf>`): the `Type` of .NET full name `name` (a string lowering wrote), the
/// same object `GetType()` gives for the type's objects.
pub extern "C" fn type_of(name: Word) -> Word {
    let name = crate::string::to_string_of(name, ElemKind::Ref);
    runtime_type(&name, || {
        // A type no object has shown yet: a descriptor that only names it (all a `Type`
        // reads of it); kept for the process, as the table keeps its `Type`.
        let name: &'static str = Box::leak(name.clone().into_boxed_str());
        Box::leak(Box::new(TypeDesc {
            name,
            kind: Kind::Other,
            base: None,
        }))
    })
}

/// The one `Type` object of the type named `name` for the process (`desc` describes it when
/// it is new): keyed by name, so two descriptors of one constructed type print and compare as
/// one type.
fn runtime_type(name: &str, desc: impl FnOnce() -> &'static TypeDesc) -> Word {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static TABLE: OnceLock<Mutex<HashMap<&'static str, Word>>> = OnceLock::new();
    let mut table = TABLE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(&w) = table.get(name) {
        return w;
    }
    let of = desc();
    // Outside the collected heap, like interned strings: the table keeps it for the process.
    // SAFETY: a `RuntimeType` is a header and a descriptor reference, valid once written.
    let p = unsafe { alloc_immortal::<RuntimeType>(&RUNTIME_TYPE, 0) };
    unsafe { std::ptr::write(&mut (*p).of, of) };
    table.insert(of.name, p as Word);
    p as Word
}

/// The full name of the type a `Type` describes (`Shop.Order`, `System.Int32`).
pub fn type_full_name(t: Word) -> &'static str {
    // SAFETY: callers pass objects of kind `RuntimeType`.
    unsafe { (*(t as *const RuntimeType)).of.name }
}

/// `Type.Name`: the name without namespace (`List`1` for a constructed generic type).
pub extern "C" fn type_name(t: Word) -> Word {
    if is_null(t) {
        return crate::exception::throw_null_reference();
    }
    let full = type_full_name(t);
    // An array keeps its rank brackets (`Int32[]`, `Int32[,]`, `List`1[]`); a generic type
    // loses its arguments (`List`1[System.Int32]` is `List`1`).
    let mut base = full;
    while let Some(open) = base.rfind('[') {
        if !base.ends_with(']') || !base[open + 1..base.len() - 1].chars().all(|c| c == ',') {
            break;
        }
        base = &base[..open];
    }
    let ranks = &full[base.len()..];
    let plain = base.split('[').next().unwrap_or(base);
    // A nested type's name is its own (`Dictionary`2+KeyCollection` is `KeyCollection`).
    let name = plain.rsplit(['.', '+']).next().unwrap_or(plain);
    crate::string::intern(&format!("{name}{ranks}"))
}

/// `Type.FullName`.
pub extern "C" fn type_full_name_entry(t: Word) -> Word {
    if is_null(t) {
        return crate::exception::throw_null_reference();
    }
    crate::string::intern(type_full_name(t))
}
