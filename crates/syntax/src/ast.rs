//! The untyped syntax tree of the whole of C#'s syntax (C# 12). The parser builds every node it
//! can recognise; `sema` decides what the language accepts today, so "not supported yet" is one
//! diagnostic in one place instead of a parse error.
//!
//! Every node carries the span of the source it came from. Parsing never fails: where the source is
//! broken, an `Error` node stands in and a diagnostic says why.

use crate::span::Span;

mod expr;
mod stmt;
pub use expr::*;
pub use stmt::*;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CompilationUnit {
    pub usings: Vec<UsingDirective>,
    /// `[assembly: ...]` and `[module: ...]` sections.
    pub attributes: Vec<AttributeSection>,
    pub items: Vec<Item>,
    pub span: Span,
    /// The file's `#pragma warning disable/restore` directives (filled in by `parse`).
    pub pragmas: crate::pragmas::WarningPragmas,
    /// The file creates anonymous objects (`new { A = 1 }`): the checker makes their classes
    /// as it meets them, so it must check the bodies in order, on one thread.
    pub anonymous_objects: bool,
    /// The file has a `yield` statement: some method may be an iterator, whose enumerator a
    /// `foreach` over an interface must dispose (sema expands those loops only then).
    pub has_yield: bool,
    /// The file declares a generic local function: the checker declares a method for each
    /// as it meets it, so it must check the bodies in order, on one thread.
    pub generic_local_functions: bool,
}

/// `using System.Threading.Tasks;`, `using static System.Math;`, `using L = List<int>;`,
/// `global using X;`, `extern alias A;`.
#[derive(Clone, Debug)]
pub struct UsingDirective {
    /// The namespace (or, for `using static`, the type) as a dotted name; for an alias, the
    /// target's name when it is a plain dotted name.
    pub path: Vec<Ident>,
    pub is_static: bool,
    /// `using unsafe P = int*;` (C# 12), which may name a pointer type.
    pub is_unsafe: bool,
    pub is_global: bool,
    /// `using A = target;`: the alias and the full target type.
    pub alias: Option<(Ident, TypeExpr)>,
    /// `extern alias A;` (`path` holds `A`).
    pub is_extern_alias: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
// Boxing the large variant would only add an indirection to a tree built once and walked.
#[allow(clippy::large_enum_variant)]
pub enum Item {
    Namespace(NamespaceDecl),
    Type(TypeDecl),
    /// A member written directly in a namespace (C# rejects it: CS0116).
    Member(Member),
    /// A top-level statement (C# 9), local functions included.
    Statement(Stmt),
    Error(Span),
}

#[derive(Clone, Debug)]
pub struct NamespaceDecl {
    pub name: Vec<Ident>,
    /// `namespace N;` (C# 10).
    pub file_scoped: bool,
    pub usings: Vec<UsingDirective>,
    pub items: Vec<Item>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Class,
    Struct,
    Interface,
    /// `record` and `record class`.
    Record,
    RecordStruct,
    Enum,
}

#[derive(Clone, Debug)]
pub struct TypeDecl {
    pub kind: TypeKind,
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    /// The parameter list of a record or of a primary constructor (C# 12).
    pub params: Option<Vec<Param>>,
    pub bases: Vec<TypeExpr>,
    /// `record B(int X) : A(X)`: the arguments passed to the base's constructor.
    pub base_args: Option<Vec<Arg>>,
    pub constraints: Vec<Constraint>,
    pub members: Vec<Member>,
    /// The members of an enum.
    pub enum_members: Vec<EnumMember>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumMember {
    pub attributes: Vec<AttributeSection>,
    pub name: Ident,
    pub value: Option<Expr>,
    pub span: Span,
}

/// `<in T, out U>` on types, methods and delegates.
#[derive(Clone, Debug)]
pub struct TypeParam {
    pub attributes: Vec<AttributeSection>,
    pub variance: Option<(Variance, Span)>,
    pub name: Ident,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variance {
    In,
    Out,
}

/// `where T : class, IComparable<T>, new()`.
#[derive(Clone, Debug)]
pub struct Constraint {
    pub param: Ident,
    pub bounds: Vec<(ConstraintBound, Span)>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ConstraintBound {
    /// `class` or `class?`.
    Class,
    Struct,
    Unmanaged,
    NotNull,
    /// `new()`
    New,
    /// `default` (on overrides).
    Default,
    Type(TypeExpr),
}

/// `[Obsolete("x"), Flags]`, `[return: NotNull]`.
#[derive(Clone, Debug)]
pub struct AttributeSection {
    pub target: Option<Ident>,
    pub attributes: Vec<Attribute>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Attribute {
    pub name: TypeExpr,
    pub args: Vec<Arg>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Modifier {
    Public,
    Private,
    Internal,
    Protected,
    Static,
    Async,
    Const,
    Readonly,
    Abstract,
    Virtual,
    Override,
    Sealed,
    Extern,
    Unsafe,
    New,
    Partial,
    Volatile,
    Required,
    File,
    /// `ref struct`, `ref` returns written before the type.
    Ref,
    Fixed,
    /// `scoped` (C# 11) on locals and parameters.
    Scoped,
}

impl Modifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Public => "public",
            Modifier::Private => "private",
            Modifier::Internal => "internal",
            Modifier::Protected => "protected",
            Modifier::Static => "static",
            Modifier::Async => "async",
            Modifier::Const => "const",
            Modifier::Readonly => "readonly",
            Modifier::Abstract => "abstract",
            Modifier::Virtual => "virtual",
            Modifier::Override => "override",
            Modifier::Sealed => "sealed",
            Modifier::Extern => "extern",
            Modifier::Unsafe => "unsafe",
            Modifier::New => "new",
            Modifier::Partial => "partial",
            Modifier::Volatile => "volatile",
            Modifier::Required => "required",
            Modifier::File => "file",
            Modifier::Ref => "ref",
            Modifier::Fixed => "fixed",
            Modifier::Scoped => "scoped",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Modifiers(pub Vec<(Modifier, Span)>);

impl Modifiers {
    pub fn has(&self, m: Modifier) -> bool {
        self.0.iter().any(|(x, _)| *x == m)
    }

    pub fn span_of(&self, m: Modifier) -> Option<Span> {
        self.0.iter().find(|(x, _)| *x == m).map(|(_, s)| *s)
    }
}

#[derive(Clone, Debug)]
pub enum Member {
    Field(FieldDecl),
    Method(MethodDecl),
    Constructor(ConstructorDecl),
    Destructor(DestructorDecl),
    Property(PropertyDecl),
    Indexer(IndexerDecl),
    Event(EventDecl),
    Operator(OperatorDecl),
    Delegate(DelegateDecl),
    Type(TypeDecl),
    Error(Span),
}

impl Member {
    pub fn span(&self) -> Span {
        match self {
            Member::Field(f) => f.span,
            Member::Method(m) => m.span,
            Member::Constructor(c) => c.span,
            Member::Destructor(d) => d.span,
            Member::Property(p) => p.span,
            Member::Indexer(i) => i.span,
            Member::Event(e) => e.span,
            Member::Operator(o) => o.span,
            Member::Delegate(d) => d.span,
            Member::Type(t) => t.span,
            Member::Error(s) => *s,
        }
    }
}

/// `static int a = 1, b;` and `const int N = 3;` (`const` is in `modifiers`).
#[derive(Clone, Debug)]
pub struct FieldDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub ty: TypeExpr,
    pub declarators: Vec<VarDeclarator>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct VarDeclarator {
    pub name: Ident,
    /// `int x[4]` (fixed-size buffers) and the C-style `int x[];` C# rejects.
    pub brackets: Vec<Expr>,
    pub init: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct MethodDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub return_type: TypeExpr,
    /// `IDisposable.Dispose`: the interface of an explicit implementation.
    pub explicit_interface: Option<TypeExpr>,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    pub params: Vec<Param>,
    pub constraints: Vec<Constraint>,
    pub body: Body,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Body {
    Block(Block),
    /// `=> expr;`
    Expr(Expr),
    /// `;` (abstract, extern, interface and partial members)
    None(Span),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamModifier {
    Ref,
    Out,
    In,
    Params,
    This,
    /// `ref readonly` (C# 12).
    RefReadonly,
    /// `scoped ref` and friends.
    Scoped,
}

impl ParamModifier {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamModifier::Ref => "ref",
            ParamModifier::Out => "out",
            ParamModifier::In => "in",
            ParamModifier::Params => "params",
            ParamModifier::This => "this",
            ParamModifier::RefReadonly => "ref readonly",
            ParamModifier::Scoped => "scoped",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Param {
    pub attributes: Vec<AttributeSection>,
    pub modifier: Option<(ParamModifier, Span)>,
    pub ty: TypeExpr,
    pub name: Ident,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ConstructorDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub name: Ident,
    pub params: Vec<Param>,
    /// `: base(...)` / `: this(...)`: the keyword and the arguments.
    pub initializer: Option<(Ident, Vec<Arg>)>,
    pub body: Body,
    pub span: Span,
}

/// `~Name() { ... }`
#[derive(Clone, Debug)]
pub struct DestructorDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub name: Ident,
    pub body: Body,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct PropertyDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub ty: TypeExpr,
    pub explicit_interface: Option<TypeExpr>,
    pub name: Ident,
    pub accessors: Vec<Accessor>,
    /// `int X => expr;`
    pub expr_body: Option<Expr>,
    pub init: Option<Expr>,
    pub span: Span,
}

/// `int this[int i] { get { ... } }`
#[derive(Clone, Debug)]
pub struct IndexerDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub ty: TypeExpr,
    pub explicit_interface: Option<TypeExpr>,
    pub params: Vec<Param>,
    pub accessors: Vec<Accessor>,
    pub expr_body: Option<Expr>,
    pub span: Span,
}

/// `event Action E, F;` (field-like) or `event Action E { add { } remove { } }`.
#[derive(Clone, Debug)]
pub struct EventDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub ty: TypeExpr,
    pub explicit_interface: Option<TypeExpr>,
    pub declarators: Vec<VarDeclarator>,
    pub accessors: Vec<Accessor>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Accessor {
    pub attributes: Vec<AttributeSection>,
    /// `get`, `set`, `init`, `add` or `remove`.
    pub kind: Ident,
    pub modifiers: Modifiers,
    pub body: Body,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum OperatorKind {
    /// `operator +`: the operator as written (`+`, `==`, `true`, `>>>`...).
    Op(String),
    /// `implicit operator T` / `explicit operator T`.
    Conversion { implicit: bool },
}

#[derive(Clone, Debug)]
pub struct OperatorDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub kind: OperatorKind,
    /// The result type (the target type of a conversion).
    pub return_type: TypeExpr,
    pub is_checked: bool,
    pub params: Vec<Param>,
    pub body: Body,
    /// The `operator` keyword through the operator token.
    pub name_span: Span,
    pub span: Span,
}

/// `delegate int Op(int a, int b);`
#[derive(Clone, Debug)]
pub struct DelegateDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Modifiers,
    pub return_type: TypeExpr,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    pub params: Vec<Param>,
    pub constraints: Vec<Constraint>,
    pub span: Span,
}

// ---------------------------------------------------------------------------------------------
// Types

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PredefinedType {
    Int,
    Long,
    Bool,
    Double,
    String,
    Void,
    Object,
    Char,
    Float,
    Decimal,
    Byte,
    SByte,
    Short,
    UShort,
    UInt,
    ULong,
}

impl PredefinedType {
    pub fn as_str(self) -> &'static str {
        match self {
            PredefinedType::Int => "int",
            PredefinedType::Long => "long",
            PredefinedType::Bool => "bool",
            PredefinedType::Double => "double",
            PredefinedType::String => "string",
            PredefinedType::Void => "void",
            PredefinedType::Object => "object",
            PredefinedType::Char => "char",
            PredefinedType::Float => "float",
            PredefinedType::Decimal => "decimal",
            PredefinedType::Byte => "byte",
            PredefinedType::SByte => "sbyte",
            PredefinedType::Short => "short",
            PredefinedType::UShort => "ushort",
            PredefinedType::UInt => "uint",
            PredefinedType::ULong => "ulong",
        }
    }
}

#[derive(Clone, Debug)]
pub struct TypeExpr {
    pub kind: TypeExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum TypeExprKind {
    Predefined(PredefinedType),
    /// `System.Collections.Generic.List<int>`: each segment with its type arguments. `var` and
    /// `dynamic` are one-segment names; sema gives them their contextual meaning.
    Named(Vec<TypeSegment>),
    /// `global::System.Int32`: an alias-qualified name.
    AliasQualified {
        alias: Ident,
        rest: Vec<TypeSegment>,
    },
    /// `T[]` (`rank` 1) or `T[,]` (rank 2).
    Array {
        element: Box<TypeExpr>,
        rank: u32,
    },
    /// `T?`
    Nullable(Box<TypeExpr>),
    /// `(int, string name)`
    Tuple(Vec<TupleTypeElem>),
    /// `int*`
    Pointer(Box<TypeExpr>),
    /// `delegate*<int, void>`
    FunctionPointer(Vec<TypeExpr>),
    /// `ref int`, `ref readonly int` (returns and locals).
    Ref {
        readonly: bool,
        inner: Box<TypeExpr>,
    },
    /// The empty argument of an unbound generic type in `typeof(List<>)`.
    Omitted,
    Error,
}

#[derive(Clone, Debug)]
pub struct TupleTypeElem {
    pub ty: TypeExpr,
    pub name: Option<Ident>,
}

#[derive(Clone, Debug)]
pub struct TypeSegment {
    pub name: Ident,
    pub args: Vec<TypeExpr>,
}

impl TypeExpr {
    /// The name of a plain one-segment name without type arguments (`var`, `T`).
    pub fn simple_name(&self) -> Option<&str> {
        match &self.kind {
            TypeExprKind::Named(segs) if segs.len() == 1 && segs[0].args.is_empty() => {
                Some(&segs[0].name.name)
            }
            _ => None,
        }
    }
}
