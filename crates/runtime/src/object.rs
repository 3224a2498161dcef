//! The object model: every heap object starts with a `Header` that points at its `TypeDesc`.
//! The descriptor says what the object is (for `ToString`, casts and `catch`) and where its
//! references are (for the collector of issue 5). Objects are allocated zeroed and, until the
//! collector exists, never freed.

use crate::gc::Site;
use std::alloc::{alloc_zeroed, Layout};
use std::cell::Cell;

/// A value as the JIT passes it to the runtime: `bool` is 0/1, `int` sign-extended, `double`
/// its bits, a reference the object's address (possibly tagged, see `task.rs`).
pub type Word = u64;

/// The machine type of a value held in a word, where the runtime must know it (list and array
/// elements, boxed values, task results). Same order as the JIT's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ElemKind {
    Bool = 0,
    I32 = 1,
    I64 = 2,
    F64 = 3,
    Ref = 4,
    /// `int`s that print by member name: the library's enums.
    TaskStatus = 5,
    TaskCreationOptions = 6,
    /// A `char`: an `int`-sized word holding a UTF-16 code unit; prints as the character.
    Char = 7,
    /// `byte`, `sbyte`, `short`, `ushort`: `int`-sized words in their type's range, which box
    /// as their own types.
    Byte = 8,
    SByte = 9,
    Short = 10,
    UShort = 11,
    /// `uint`: a 64-bit word holding the zero-extended value.
    UInt = 12,
    /// `ulong`: a 64-bit word holding the value's bits.
    ULong = 13,
    /// `float`: a 64-bit `double` word holding a value exactly representable in single
    /// precision; prints and boxes as `System.Single`.
    Float = 14,
    /// `System.StringComparison`, a library enum like `TaskStatus` (its code follows the others').
    StringComparison = 15,
    /// `System.TimeSpan`: an `i64` word (its ticks) that prints and boxes as a `TimeSpan`.
    TimeSpan = 16,
    /// `TaskContinuationOptions`, a library `[Flags]` enum (`ContinueWith`'s options).
    TaskContinuationOptions = 17,
}

/// How many kind codes there are (the length of tables indexed by `ElemKind as usize`).
pub const ELEM_KINDS: usize = 18;

impl ElemKind {
    pub fn from_code(code: u64) -> ElemKind {
        match code {
            0 => ElemKind::Bool,
            1 => ElemKind::I32,
            2 => ElemKind::I64,
            3 => ElemKind::F64,
            5 => ElemKind::TaskStatus,
            6 => ElemKind::TaskCreationOptions,
            7 => ElemKind::Char,
            8 => ElemKind::Byte,
            9 => ElemKind::SByte,
            10 => ElemKind::Short,
            11 => ElemKind::UShort,
            12 => ElemKind::UInt,
            13 => ElemKind::ULong,
            14 => ElemKind::Float,
            15 => ElemKind::StringComparison,
            16 => ElemKind::TimeSpan,
            17 => ElemKind::TaskContinuationOptions,
            _ => ElemKind::Ref,
        }
    }

    /// An `int` or an enum: the value is a sign-extended 32-bit integer.
    pub fn is_int_like(self) -> bool {
        matches!(
            self,
            ElemKind::I32
                | ElemKind::TaskStatus
                | ElemKind::TaskCreationOptions
                | ElemKind::TaskContinuationOptions
                | ElemKind::StringComparison
        )
    }

    /// The kind a collection of this kind is made with from machine types alone (`I64` for
    /// `uint`/`ulong`, `F64` for `float`, `I32` for the other refined kinds).
    pub fn machine_kind(self) -> ElemKind {
        match self {
            ElemKind::UInt | ElemKind::ULong => ElemKind::I64,
            ElemKind::Float => ElemKind::F64,
            _ => ElemKind::I32,
        }
    }

    /// `byte`, `sbyte`, `short`, `ushort`.
    pub fn is_small(self) -> bool {
        matches!(
            self,
            ElemKind::Byte | ElemKind::SByte | ElemKind::Short | ElemKind::UShort
        )
    }

    /// The .NET name of the type, for `ToString` of generic objects (`System.Int32`).
    pub fn dotnet_name(self) -> &'static str {
        match self {
            ElemKind::Bool => "System.Boolean",
            ElemKind::I32 => "System.Int32",
            ElemKind::I64 => "System.Int64",
            ElemKind::F64 => "System.Double",
            ElemKind::Ref => "System.Object",
            ElemKind::TaskStatus => "System.Threading.Tasks.TaskStatus",
            ElemKind::TaskCreationOptions => "System.Threading.Tasks.TaskCreationOptions",
            ElemKind::Char => "System.Char",
            ElemKind::Byte => "System.Byte",
            ElemKind::SByte => "System.SByte",
            ElemKind::Short => "System.Int16",
            ElemKind::UShort => "System.UInt16",
            ElemKind::UInt => "System.UInt32",
            ElemKind::ULong => "System.UInt64",
            ElemKind::Float => "System.Single",
            ElemKind::StringComparison => "System.StringComparison",
            ElemKind::TimeSpan => "System.TimeSpan",
            ElemKind::TaskContinuationOptions => "System.Threading.Tasks.TaskContinuationOptions",
        }
    }
}

/// What kind of object a descriptor describes; the runtime dispatches on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    String,
    Array,
    List,
    Enumerator,
    Boxed,
    Exception,
    Task,
    CancellationTokenSource,
    /// `TaskCompletionSource<T>` and `SemaphoreSlim` (`sync.rs`).
    TaskCompletionSource,
    SemaphoreSlim,
    /// `ManualResetEventSlim`, `ManualResetEvent`, `AutoResetEvent`, `CountdownEvent`
    /// (`events.rs`).
    Event,
    /// `System.Text.StringBuilder` (`builder.rs`): no references.
    StringBuilder,
    /// A boxed `ValueTask`/`ValueTask<T>` (`task.rs`): its word is not a reference.
    BoxedValueTask,
    /// An object of one of the program's classes: its descriptor is a `ClassDesc`.
    Object,
    /// A `System.Type`, as `GetType()` returns it: the descriptor of the type it describes.
    RuntimeType,
    /// `Dictionary<TKey, TValue>` and `HashSet<T>` (`hashed.rs`).
    Hashed,
    /// `KeyValuePair<TKey, TValue>` (`hashed.rs`).
    Pair,
    /// A dictionary's `Keys` or `Values` (`hashed.rs`).
    View,
    /// `Queue<T>` and `Stack<T>` (`deque.rs`).
    Deque,
    /// A two-dimensional array (`mdarray.rs`).
    MdArray,
    /// An exception of one of the program's classes (deriving from a library exception): an
    /// exception object followed by the class's fields; its descriptor is a `ClassDesc`.
    ProgramException,
    /// A delegate (`delegate.rs`): its target is a reference.
    Delegate,
    /// A LINQ query not run yet (`linq.rs`): its source and delegate.
    Query,
    /// A small runtime object whose words are all traced (`slots.rs`): a cancellation
    /// registration, a `ThreadLocal<T>`, an `AsyncLocal<T>`, an execution context.
    Slots,
    /// An iterator of the program (`iterator.rs`): the references its descriptor lists.
    Iterator,
    /// An async iterator's object (async_iterator.rs).
    AsyncIterator,
    Other,
}

pub struct TypeDesc {
    /// The .NET full name (`System.String`), what `object.ToString()` prints by default.
    pub name: &'static str,
    pub kind: Kind,
    /// For exceptions: the base class, so `catch (T)` can walk up.
    pub base: Option<&'static TypeDesc>,
}

impl TypeDesc {
    /// `self` is `other` or derives from it.
    pub fn is_a(&'static self, other: &'static TypeDesc) -> bool {
        let mut d = Some(self);
        while let Some(x) = d {
            if std::ptr::eq(x, other) {
                return true;
            }
            d = x.base;
        }
        false
    }

    /// The name without its namespace (`ArgumentException`).
    pub fn short_name(&self) -> &'static str {
        self.name.rsplit('.').next().unwrap_or(self.name)
    }
}

/// The descriptor of one of the program's classes, made when the program is compiled. The
/// `TypeDesc` comes first, so the header of an object points at both.
#[repr(C)]
pub struct ClassDesc {
    pub desc: TypeDesc,
    /// Bytes of an object, header included.
    pub size: u32,
    /// Offsets of the fields that hold references, those of its inline structs included, for
    /// the collector.
    pub refs: Box<[u32]>,
    /// Its fields of struct types, held inline: (offset, the struct's `ClassDesc`). Each is a
    /// whole object of that struct, header included (`headers`).
    pub embedded: Box<[(u32, usize)]>,
    /// The method index each virtual slot runs (JIT code reads it at `VTABLE_OFFSET`).
    pub vtable: *const u64,
    /// The code-table cell of the class's `ToString()` override (0: none): the runtime runs
    /// it to print an object, reading the cell each time since optimized code replaces quick.
    pub to_string: usize,
    /// The code-table cell of its `Equals(object)` override (0: none), read as `to_string`.
    pub equals: usize,
    /// The code-table cell of its `IEquatable<T>.Equals(T)` (0: none), which collections run
    /// as `EqualityComparer<T>.Default` does.
    pub equatable: usize,
    /// The code-table cell of its `IComparable<T>.CompareTo(T)` (0: none), which `List<T>.Sort()`
    /// orders by.
    pub comparable: usize,
    /// The code-table cell of its `GetHashCode()` override (0: none).
    pub hash_code: usize,
    /// The code-table cell of the method implementing `IDisposable.Dispose()` (0: none).
    pub dispose: usize,
    /// The code-table cell of an exception class's `Message` override (0: none).
    pub message: usize,
    /// Its overrides of library virtual members the runtime calls (`sync_context.rs`): the
    /// member's key and the override's code-table cell.
    pub lib_overrides: Box<[(Box<str>, usize)]>,
    pub is_interface: bool,
    /// A struct's objects are values: without overrides, `Equals` compares their fields and
    /// `GetHashCode` hashes them.
    pub is_struct: bool,
    /// Offsets of a struct's `double` fields (compared as `double.Equals`, not bitwise).
    pub double_offsets: Box<[u32]>,
    /// The descriptors of the interfaces it implements.
    pub interfaces: Box<[usize]>,
    /// (interface method index, implementing method index), sorted.
    pub itable: Box<[(u32, u32)]>,
}

// SAFETY: a descriptor is immutable once registered; `vtable` points at a leaked array.
unsafe impl Sync for ClassDesc {}
unsafe impl Send for ClassDesc {}

/// Where JIT code finds a class's vtable in its descriptor.
pub const VTABLE_OFFSET: usize = std::mem::offset_of!(ClassDesc, vtable);

/// What the JIT knows of a class when it registers it.
pub struct ClassSpec<'a> {
    pub name: &'a str,
    pub size: u32,
    pub refs: &'a [u32],
    /// (offset, descriptor) of each struct held inline.
    pub embedded: Vec<(u32, usize)>,
    /// The class it derives from: one of the program's, or a library exception.
    pub base: Option<&'static TypeDesc>,
    /// `ProgramException` for an exception class, else `Object`.
    pub kind: Kind,
    pub vtable: Vec<u64>,
    pub to_string: usize,
    pub equals: usize,
    pub equatable: usize,
    pub comparable: usize,
    pub hash_code: usize,
    pub dispose: usize,
    pub message: usize,
    pub lib_overrides: Vec<(String, usize)>,
    pub is_interface: bool,
    pub is_struct: bool,
    pub double_offsets: &'a [u32],
    pub interfaces: Vec<usize>,
    pub itable: Vec<(u32, u32)>,
}

/// A descriptor for a class of the program; it lives as long as the process, as compiled code
/// that refers to it does.
pub fn register_class(spec: ClassSpec<'_>) -> &'static ClassDesc {
    let vtable: &'static [u64] = Box::leak(spec.vtable.into_boxed_slice());
    let name = spec.name.to_string();
    let class: &'static ClassDesc = Box::leak(Box::new(ClassDesc {
        desc: TypeDesc {
            name: Box::leak(spec.name.to_string().into_boxed_str()),
            kind: spec.kind,
            base: spec.base,
        },
        size: spec.size.max(16),
        refs: spec.refs.into(),
        embedded: spec.embedded.into_boxed_slice(),
        vtable: vtable.as_ptr(),
        to_string: spec.to_string,
        equals: spec.equals,
        equatable: spec.equatable,
        comparable: spec.comparable,
        hash_code: spec.hash_code,
        dispose: spec.dispose,
        message: spec.message,
        lib_overrides: spec
            .lib_overrides
            .into_iter()
            .map(|(k, c)| (k.into_boxed_str(), c))
            .collect(),
        is_interface: spec.is_interface,
        is_struct: spec.is_struct,
        double_offsets: spec.double_offsets.into(),
        interfaces: spec.interfaces.into_boxed_slice(),
        itable: {
            let mut t = spec.itable;
            t.sort_unstable();
            t.into_boxed_slice()
        },
    }));
    class_names()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(name, &class.desc as *const TypeDesc as usize);
    class
}

type ClassNames = std::sync::Mutex<std::collections::HashMap<String, usize>>;

fn class_names() -> &'static ClassNames {
    static NAMES: std::sync::OnceLock<ClassNames> = std::sync::OnceLock::new();
    NAMES.get_or_init(Default::default)
}

/// The descriptor of the program's class `name` (the last one registered by that name): what
/// a covariant collection interface's type test compares element types with (ifaces.rs).
pub fn class_named(name: &str) -> Option<&'static TypeDesc> {
    let d = *class_names()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(name)?;
    // SAFETY: registered descriptors live as long as the process.
    Some(unsafe { &*(d as *const TypeDesc) })
}

/// `rt.interface_method(obj, method)`: the method index that runs interface method `method`
/// for `obj` (which the caller checked is not null).
pub extern "C" fn rt_interface_method(obj: Word, method: Word) -> Word {
    // SAFETY: `obj` is a live object of a class of the program that implements the interface.
    let Some(class) = (unsafe { desc_of(obj) }).as_class() else {
        return 0;
    };
    let m = method as u32;
    class
        .itable
        .binary_search_by_key(&m, |&(i, _)| i)
        .map_or(0, |k| u64::from(class.itable[k].1))
}

/// Whether `desc` (an object's class) implements the interface whose descriptor is `iface`.
pub fn implements(desc: &'static TypeDesc, iface: &'static TypeDesc) -> bool {
    desc.as_class()
        .is_some_and(|c| c.interfaces.contains(&(iface as *const TypeDesc as usize)))
}

/// The string an object's `ToString()` override returns; `None` when its class has none. A
/// failure leaves its exception pending (the caller's code checks).
pub fn call_to_string(w: Word) -> Option<Word> {
    call_string_override(w, |c| c.to_string)
}

/// The string an exception's `Message` override returns; `None` when its class has none.
pub fn call_message(w: Word) -> Option<Word> {
    call_string_override(w, |c| c.message)
}

/// Runs the override of a `string`-returning member without parameters whose code-table cell
/// `cell` picks out of the object's class.
fn call_string_override(w: Word, cell: fn(&ClassDesc) -> usize) -> Option<Word> {
    // SAFETY: `w` is a live object (callers check null and tags).
    let cell = cell(unsafe { desc_of(w) }.as_class()?);
    if cell == 0 {
        return None;
    }
    // SAFETY: the cell is the code table's, which holds the override's current code, an
    // `extern "C" fn(this) -> string` compiled from its SMIR signature.
    let code = unsafe {
        (*(cell as *const std::sync::atomic::AtomicUsize))
            .load(std::sync::atomic::Ordering::Acquire)
    };
    if code == 0 {
        return None;
    }
    let f: extern "C" fn(Word) -> Word = unsafe { std::mem::transmute(code) };
    Some(f(w))
}

/// The code-table cell of the override of library member `key` the class of `w` (an object)
/// has, if any (`ClassDesc::lib_overrides`).
pub fn lib_override(w: Word, key: &str) -> Option<usize> {
    // SAFETY: `w` is a live object (callers check null).
    let class = unsafe { desc_of(w) }.as_class()?;
    class
        .lib_overrides
        .iter()
        .find(|(k, _)| &**k == key)
        .map(|&(_, cell)| cell)
}

/// The code an override's code-table cell holds now (optimized code replaces quick code).
pub fn cell_code(cell: usize) -> usize {
    // SAFETY: the cell is the code table's.
    unsafe {
        (*(cell as *const std::sync::atomic::AtomicUsize))
            .load(std::sync::atomic::Ordering::Acquire)
    }
}

pub use crate::equality::{
    equals_base, hash_code_base, object_equals, object_hash_code, reference_equals, static_equals,
};

impl TypeDesc {
    /// The class descriptor of an object of the program's classes.
    pub fn as_class(&'static self) -> Option<&'static ClassDesc> {
        // SAFETY: descriptors of these kinds are only made by `register_class`, as the first
        // field of a `#[repr(C)]` `ClassDesc`.
        matches!(self.kind, Kind::Object | Kind::ProgramException)
            .then(|| unsafe { &*(self as *const TypeDesc as *const ClassDesc) })
    }
}

/// Bytes of an object of the class `register_class` returned `desc` for, header included: what
/// the JIT reserves for a struct value it keeps in a stack frame.
pub fn object_size(desc: usize) -> u32 {
    // SAFETY: the caller passes a descriptor `register_class` returned, which lives forever.
    unsafe { (*(desc as *const ClassDesc)).size }
}

/// The descriptor words an object of the class `desc` holds besides its own header: (offset,
/// descriptor) for each struct held inline, nested ones included. An object is valid once
/// they are written over its zeroed memory.
pub fn headers(desc: usize) -> Vec<(u32, usize)> {
    fn walk(desc: usize, base: u32, out: &mut Vec<(u32, usize)>, depth: usize) {
        // SAFETY: `register_class` returned `desc`, and the descriptors it holds.
        let class = unsafe { &*(desc as *const ClassDesc) };
        for &(offset, inner) in class.embedded.iter() {
            out.push((base + offset, inner));
            if depth < 64 {
                walk(inner, base + offset, out, depth + 1);
            }
        }
    }
    let mut out = Vec::new();
    walk(desc, 0, &mut out, 0);
    out
}

/// `rt.new_object(desc)`: a zeroed object of a class of the program; OutOfMemoryException
/// past `--max-heap`.
pub extern "C" fn rt_new_object(desc: Word) -> Word {
    // SAFETY: the JIT passes the address `register_class` returned.
    let class = unsafe { &*(desc as usize as *const ClassDesc) };
    let extra = class.size as usize - std::mem::size_of::<Header>();
    // SAFETY: a `Header` followed by zeroed words is a valid object of this class once the
    // headers of its inline structs are written.
    let p = unsafe { try_alloc::<Header>(&class.desc, extra) };
    if p.is_null() {
        return crate::exception::throw_new(&crate::exception::OUT_OF_MEMORY, None);
    }
    if !class.embedded.is_empty() {
        write_headers(p as usize, class, 0);
    }
    p as Word
}

/// A copy of the struct object `w` of `class`: a new object with the same fields (the structs
/// it holds inline included, header words and all); OutOfMemoryException's pending word if none.
pub fn copy_struct(w: Word, class: &ClassDesc) -> Word {
    let _roots = crate::gc::root(&[w]);
    let new = rt_new_object(class as *const ClassDesc as Word);
    if crate::pending::is_pending() {
        return new;
    }
    let start = std::mem::size_of::<Header>();
    // SAFETY: both are objects of `class`, `size` bytes each; the copy skips the header.
    unsafe {
        std::ptr::copy_nonoverlapping(
            (w as usize + start) as *const u8,
            (new as usize + start) as *mut u8,
            class.size as usize - start,
        )
    };
    new
}

/// Zeroes the fields of the struct object `w` of `class` in place (`default` written into the
/// storage it is), keeping the headers of the structs it holds inline.
pub fn zero_struct(w: Word, class: &ClassDesc) {
    let start = std::mem::size_of::<Header>();
    // SAFETY: `w` is an object of `class`, `size` bytes.
    unsafe {
        std::ptr::write_bytes(
            (w as usize + start) as *mut u8,
            0,
            class.size as usize - start,
        )
    };
    write_headers(w as usize, class, 0);
}

fn write_headers(obj: usize, class: &ClassDesc, depth: usize) {
    for &(offset, inner) in class.embedded.iter() {
        // SAFETY: `obj` is a new object of `class`, with room for the struct at `offset`.
        unsafe { *((obj + offset as usize) as *mut usize) = inner };
        if depth < 64 {
            // SAFETY: `register_class` returned `inner`.
            write_headers(
                obj + offset as usize,
                unsafe { &*(inner as *const ClassDesc) },
                depth + 1,
            );
        }
    }
}

/// `System.EventArgs`, also the base of the program's classes that derive from it.
pub static EVENT_ARGS: TypeDesc = TypeDesc {
    name: "System.EventArgs",
    kind: Kind::Other,
    base: None,
};

/// `new EventArgs()`.
pub extern "C" fn new_event_args() -> Word {
    // SAFETY: a bare `Header` is a valid object of `EVENT_ARGS`.
    let p = unsafe { try_alloc::<Header>(&EVENT_ARGS, 0) };
    if p.is_null() {
        return crate::exception::throw_new(&crate::exception::OUT_OF_MEMORY, None);
    }
    p as Word
}

/// `EventArgs.Empty`: one object for the process.
pub extern "C" fn event_args_empty() -> Word {
    static EMPTY: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    // SAFETY: an immortal bare `Header` of `EVENT_ARGS`.
    *EMPTY.get_or_init(|| unsafe { alloc_immortal::<Header>(&EVENT_ARGS, 0) as usize }) as Word
}

static PLAIN_OBJECT: TypeDesc = TypeDesc {
    name: "System.Object",
    kind: Kind::Other,
    base: None,
};

/// `new object()`: an object with no fields, what programs lock on or use as a unique token.
pub extern "C" fn new_plain_object() -> Word {
    // SAFETY: a bare `Header` is a valid object of `PLAIN_OBJECT`.
    let p = unsafe { try_alloc::<Header>(&PLAIN_OBJECT, 0) };
    if p.is_null() {
        return crate::exception::throw_new(&crate::exception::OUT_OF_MEMORY, None);
    }
    p as Word
}

/// The references of an object of the program's classes.
pub fn trace_object(w: Word, f: &mut dyn FnMut(Word)) {
    // SAFETY: the collector calls this for live objects of kind `Object` only.
    let desc = unsafe { desc_of(w) };
    if let Some(class) = desc.as_class() {
        for &off in class.refs.iter() {
            f(unsafe { *((w as usize + off as usize) as *const Word) });
        }
    }
}

#[repr(C)]
pub struct Header {
    pub desc: &'static TypeDesc,
    /// Reserved for the collector (mark bits, size class).
    pub gc: u64,
}

/// Low bits of a reference word the runtime uses as tags (`task.rs`); objects are 16-aligned.
pub const TAG_MASK: u64 = 0b111;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static BYTES: Cell<u64> = const { Cell::new(0) };
}

/// Allocates a zeroed object of type `T` (which starts with a `Header`) plus `extra` bytes on
/// the collected heap (`gc`). The runtime's fixed-size objects use this: it never fails short
/// of the system running out of memory, which ends the process.
/// # Safety
/// `T` must be `#[repr(C)]` with a `Header` first and valid when zeroed.
pub unsafe fn alloc<T>(desc: &'static TypeDesc, extra: usize) -> *mut T {
    alloc_at(desc, extra, Site::Kind(kind_label(desc.kind)))
}

/// `alloc` for a state machine box, counted under the await that allocated it.
/// # Safety
/// As `alloc`.
pub unsafe fn alloc_at<T>(desc: &'static TypeDesc, extra: usize, site: Site) -> *mut T {
    let p = alloc_in_heap::<T>(desc, extra, false, site);
    if p.is_null() {
        crate::sched::fatal_out_of_memory();
    }
    p
}

/// `alloc` for objects whose size the program chooses (strings, arrays, lists): null when it
/// would pass `--max-heap` (the caller throws OutOfMemoryException) or the system has no memory.
/// # Safety
/// As `alloc`.
pub unsafe fn try_alloc<T>(desc: &'static TypeDesc, extra: usize) -> *mut T {
    alloc_in_heap::<T>(desc, extra, true, Site::Kind(kind_label(desc.kind)))
}

unsafe fn alloc_in_heap<T>(
    desc: &'static TypeDesc,
    extra: usize,
    fallible: bool,
    site: Site,
) -> *mut T {
    let size = std::mem::size_of::<T>() + extra;
    let p = crate::gc::alloc(size, fallible, site);
    if p.is_null() {
        return std::ptr::null_mut();
    }
    (*(p as *mut Header)).desc = desc;
    ALLOCATIONS.with(|c| c.set(c.get() + 1));
    BYTES.with(|c| c.set(c.get() + size as u64));
    p as *mut T
}

/// An object that lives as long as the process, outside the collected heap: string literals,
/// the cached completed tasks. Not counted as a program allocation.
/// # Safety
/// As `alloc`.
pub unsafe fn alloc_immortal<T>(desc: &'static TypeDesc, extra: usize) -> *mut T {
    let size = std::mem::size_of::<T>() + extra;
    let layout = Layout::from_size_align(size.max(16), 16).expect("object size");
    let p = alloc_zeroed(layout);
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    (*(p as *mut Header)).desc = desc;
    p as *mut T
}

pub(crate) fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::String => "strings",
        Kind::Array => "arrays",
        Kind::List => "lists",
        Kind::Enumerator => "list enumerators",
        Kind::Hashed => "dictionaries and sets",
        Kind::Pair => "key/value pairs",
        Kind::View => "dictionary views",
        Kind::Deque => "queues and stacks",
        Kind::MdArray => "multi-dimensional arrays",
        Kind::Boxed | Kind::BoxedValueTask => "boxed values",
        Kind::Exception | Kind::ProgramException => "exceptions",
        Kind::Task => "tasks",
        Kind::CancellationTokenSource => "cancellation sources",
        Kind::TaskCompletionSource => "task completion sources",
        Kind::SemaphoreSlim => "semaphores",
        Kind::Event => "events",
        Kind::StringBuilder => "string builders",
        Kind::Object => "objects",
        Kind::RuntimeType => "types",
        Kind::Delegate => "delegates",
        Kind::Query => "LINQ queries",
        Kind::Slots => "threading objects",
        Kind::Iterator => "iterators",
        Kind::AsyncIterator => "async iterators",
        Kind::Other => "other",
    }
}

/// Heap allocations and bytes since the start of the process.
pub fn allocation_counters() -> (u64, u64) {
    (ALLOCATIONS.with(Cell::get), BYTES.with(Cell::get))
}

/// The descriptor of the object a (possibly tagged) non-null reference word points at.
/// # Safety
/// `w` must be a reference produced by this runtime.
pub unsafe fn desc_of(w: Word) -> &'static TypeDesc {
    if w & 1 == 1 {
        // An inline ValueTask result is a value, not an object; it must never be dereferenced.
        return &INLINE_VALUE;
    }
    (*((w & !TAG_MASK) as *const Header)).desc
}

static INLINE_VALUE: TypeDesc = TypeDesc {
    name: "System.ValueType",
    kind: Kind::Other,
    base: None,
};

pub fn is_null(w: Word) -> bool {
    w & !TAG_MASK == 0
}

/// Whether a word in a reference position points at an object: an inline `ValueTask` result
/// (bit 0 set) does not. Code that may see one (printing, `==`) checks before `desc_of`.
pub fn is_object(w: Word) -> bool {
    w & 1 == 0 && !is_null(w)
}
