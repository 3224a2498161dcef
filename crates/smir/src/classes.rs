//! The program's classes as the runtime needs them: each one's object layout, reference map,
//! vtable, itable and the overrides the runtime itself calls.

/// How `lower` lays out the objects of a class: a header, then the instance fields in
/// declaration order, one 8-byte word each, or a whole object of its class for a field of a
/// struct type.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassLayout {
    /// The .NET full name (`Shop.Order`), what `ToString()` and `GetType()` print.
    pub name: String,
    /// Bytes of an object, header included.
    pub size: u32,
    /// Offsets of the fields that hold references, those of its inline structs included:
    /// what the collector traces.
    pub ref_offsets: Vec<u32>,
    /// Its fields of struct types, held inline: (offset, struct class). Each is a whole
    /// object of the struct's class, header included, so a reference to it (`InnerObject`)
    /// is a struct object like any other; a new object gets their headers written.
    pub embedded: Vec<(u32, u32)>,
    /// The class it derives from (`is`, casts and `catch` walk up).
    pub base: Option<u32>,
    /// The method each virtual slot runs for objects of this class (method indices).
    pub vtable: Vec<u32>,
    /// Its override of `object.ToString()`, which the runtime runs to print an object.
    pub to_string: Option<u32>,
    /// Its override of `object.Equals(object)`, which the runtime runs for `object.Equals`.
    pub equals: Option<u32>,
    /// Its `IEquatable<T>.Equals(T)`, which collections run instead of `equals`.
    pub equatable: Option<u32>,
    /// Its `IComparable<T>.CompareTo(T)`, which `List<T>.Sort()` orders by.
    pub comparable: Option<u32>,
    /// Its override of `object.GetHashCode()`.
    pub hash_code: Option<u32>,
    /// The method implementing `IDisposable.Dispose()` for its objects, which a call through
    /// an `IDisposable` value runs.
    pub dispose: Option<u32>,
    /// For an exception class, its override of `Exception.Message`, which the runtime runs
    /// wherever it reads the message (`e.Message` through a base type, unhandled exceptions).
    pub message: Option<u32>,
    /// Its overrides of library classes' virtual members the runtime calls
    /// (`SynchronizationContext.Post`): (the runtime's key for the member, method index).
    pub lib_overrides: Vec<(String, u32)>,
    /// For a class deriving from a library class directly (an exception class or `EventArgs`):
    /// that class's C# name. An exception class's objects (and those of classes deriving from
    /// it) are exception objects.
    pub exception_base: Option<String>,
    pub is_interface: bool,
    /// A struct: `Equals`/`GetHashCode` without an override compare and hash its fields
    /// (`ValueType`'s), not its identity.
    pub is_struct: bool,
    /// Offsets of its `double` fields, which a struct's default `Equals` compares as
    /// `double.Equals` does (NaN equals NaN, 0.0 equals -0.0) rather than bit by bit.
    pub double_offsets: Vec<u32>,
    /// The interfaces it implements (class indices).
    pub interfaces: Vec<u32>,
    /// For each method of those interfaces, the method that implements it (method indices).
    pub itable: Vec<(u32, u32)>,
    /// For an enum: what its values print as.
    pub enum_members: Option<EnumLayout>,
}

/// An enum, as the runtime needs it to print and box its values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnumLayout {
    /// `[Flags]`.
    pub flags: bool,
    /// The C# name of its underlying type (`int`, `long`, `byte`, ...).
    pub underlying: String,
    /// (name, value) in declaration order.
    pub members: Vec<(String, i64)>,
}

/// Bytes of an object's header (type descriptor and the collector's word).
pub const OBJECT_HEADER: u32 = 16;

/// Bytes of the runtime's exception object (`unawait_runtime::exception::ExceptionObj`): where
/// the fields of an exception class of the program start. The JIT checks the two agree.
pub const EXCEPTION_OBJECT_BYTES: u32 = 56;
