//! The program's classes as the HIR keeps them: kinds, members, bases, dispatch tables and,
//! for a generic type, its template and type arguments.

use crate::types::Ty;
use unawait_syntax::Span;

use super::{ClassId, FieldId, MethodId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    Class,
    /// Tier 2.
    Struct,
    /// Tier 2.
    Interface,
    /// A user-defined enum: its members are `const` fields of its type.
    Enum,
    /// A `delegate` type: its objects are the runtime's delegates; `delegate` is its signature.
    Delegate,
}

#[derive(Clone, Debug)]
pub struct Class {
    pub name: String,
    /// Dotted namespace, `None` for the global namespace.
    pub namespace: Option<String>,
    pub kind: ClassKind,
    pub is_static: bool,
    pub fields: Vec<FieldId>,
    pub methods: Vec<MethodId>,
    pub span: Span,
    pub name_span: Span,
    /// The class of the program it derives from.
    pub base: Option<ClassId>,
    /// The library class it derives from (an exception class), when its base is not one of the
    /// program's.
    pub lib_base: Option<Ty>,
    pub is_abstract: bool,
    /// The method each vtable slot runs for objects of this class.
    pub vtable: Vec<MethodId>,
    /// Every interface it implements (through its bases and the interfaces they extend).
    pub interfaces: Vec<ClassId>,
    /// For each method of those interfaces, the method that implements it for this class.
    pub itable: Vec<(MethodId, MethodId)>,
    /// The type it is declared in, for a nested type (`Outer.Inner`).
    pub outer: Option<ClassId>,
    /// An enum marked `[Flags]`: its values print as their members' names joined.
    pub enum_flags: bool,
    /// An enum's underlying type (`int` unless its base list names another).
    pub enum_underlying: Ty,
    /// Its `Equals(T)` when it implements `IEquatable<T>` of itself: what collections compare
    /// its values with (`EqualityComparer<T>.Default`), before `Equals(object)`.
    pub equatable: Option<MethodId>,
    /// Its `CompareTo(T)` when it implements `IComparable<T>` of itself: what `List<T>.Sort()`
    /// orders its values with (`Comparer<T>.Default`).
    pub comparable: Option<MethodId>,
    /// The method that implements `IDisposable.Dispose()` for its objects (its own or a base
    /// class's): what a call through an `IDisposable` value runs.
    pub dispose: Option<MethodId>,
    /// The methods implementing the library's iteration interfaces (`IEnumerable<T>`,
    /// `IEnumerator<T>`, their async twins) declared by its own base list, by the runtime's
    /// key of the member (user_enumerables.rs): what the runtime runs for its objects.
    pub iteration: Vec<(&'static str, MethodId)>,
    /// A `delegate` type's signature.
    pub delegate: Option<std::sync::Arc<crate::types::DelegateSig>>,
    /// An anonymous type's properties, in order (anonymous_types.rs): C# names the type by
    /// them (`<anonymous type: int A>`), .NET by its generic class's arguments.
    pub anonymous: Option<std::sync::Arc<[(String, Ty)]>>,
    /// A generic type's template or one of its instances (generic_classes.rs).
    pub generic: Option<ClassGeneric>,
    /// Its code depends on type parameters (a generic type's template, an instance with a
    /// type parameter among its arguments, or a type nested in one): checked, never run.
    pub open: bool,
}

/// A class made from a generic type declaration for one list of type arguments.
#[derive(Clone, Debug)]
pub struct ClassGeneric {
    /// The declaration's class (checked against its own type parameters).
    pub template: ClassId,
    /// The declared name without type arguments (`Box`).
    pub name: String,
    /// The type parameters' names, in order.
    pub params: Vec<String>,
    pub args: Vec<Ty>,
    /// Per type parameter: `out` (1), `in` (-1) or neither (0); empty when none is variant.
    pub variance: std::sync::Arc<[i8]>,
}

impl Class {
    /// A class with no members, bases or interfaces yet: what each declaration starts from.
    pub fn new(name: String, kind: ClassKind, span: Span) -> Class {
        Class {
            name,
            namespace: None,
            kind,
            is_static: false,
            fields: Vec::new(),
            methods: Vec::new(),
            span,
            name_span: span,
            base: None,
            lib_base: None,
            is_abstract: false,
            vtable: Vec::new(),
            interfaces: Vec::new(),
            itable: Vec::new(),
            outer: None,
            enum_flags: false,
            enum_underlying: Ty::Int,
            equatable: None,
            comparable: None,
            dispose: None,
            iteration: Vec::new(),
            delegate: None,
            anonymous: None,
            generic: None,
            open: false,
        }
    }
}
