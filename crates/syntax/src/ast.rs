//! The untyped syntax tree of the whole of C#'s syntax (C# 12). The parser builds every node it
//! can recognise; `sema` decides what the language accepts today, so "not supported yet" is one
//! diagnostic in one place instead of a parse error.
//!
//! Every node carries the span of the source it came from. Parsing never fails: where the source is
//! broken, an `Error` node stands in and a diagnostic says why.

use crate::span::Span;

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

// ---------------------------------------------------------------------------------------------
// Statements

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct LocalDecl {
    pub is_const: bool,
    /// `scoped ref int x = ...` and friends.
    pub modifiers: Modifiers,
    pub ty: TypeExpr,
    pub declarators: Vec<VarDeclarator>,
}

#[derive(Clone, Debug)]
pub enum ForInit {
    Decl(LocalDecl),
    Exprs(Vec<Expr>),
}

#[derive(Clone, Debug)]
pub struct CatchClause {
    pub ty: Option<TypeExpr>,
    pub name: Option<Ident>,
    /// `when (...)`
    pub filter: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct SwitchSection {
    pub labels: Vec<SwitchLabel>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct SwitchLabel {
    /// `None` is `default:`.
    pub pattern: Option<Pattern>,
    /// `case int x when x > 0:`
    pub guard: Option<Expr>,
    pub span: Span,
}

/// What `foreach` declares: `T x`, `var (a, b)` or an existing tuple of variables.
#[derive(Clone, Debug)]
pub enum ForeachTarget {
    /// `T x`, `ref readonly T x` (a `Ref` type), `scoped ref T x` (`scoped` in `modifiers`).
    Var {
        modifiers: Modifiers,
        ty: TypeExpr,
        name: Ident,
    },
    /// `var (a, b)` or `(int a, int b)`: a declaration expression.
    Deconstruct(Expr),
}

#[derive(Clone, Debug)]
pub enum GotoTarget {
    Label(Ident),
    Case(Expr),
    Default,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Block(Block),
    LocalDecl(LocalDecl),
    /// A local function (C# 7): a method declared in a block.
    LocalFunction(Box<MethodDecl>),
    Expr(Expr),
    If {
        cond: Expr,
        then: Box<Stmt>,
        otherwise: Option<Box<Stmt>>,
    },
    While {
        cond: Expr,
        body: Box<Stmt>,
    },
    DoWhile {
        body: Box<Stmt>,
        cond: Expr,
    },
    For {
        init: Option<ForInit>,
        cond: Option<Expr>,
        update: Vec<Expr>,
        body: Box<Stmt>,
    },
    /// `foreach (T x in e)`, or `await foreach` when `is_await`.
    Foreach {
        is_await: bool,
        target: ForeachTarget,
        collection: Expr,
        body: Box<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    /// `throw e;` or, with `None`, the rethrow `throw;`.
    Throw(Option<Expr>),
    Try {
        body: Block,
        catches: Vec<CatchClause>,
        finally: Option<Block>,
    },
    Switch {
        subject: Expr,
        sections: Vec<SwitchSection>,
    },
    /// `using (var x = e) stmt` / `using var x = e;`, and their `await using` forms.
    Using {
        is_await: bool,
        resource: Box<ForInit>,
        body: Option<Box<Stmt>>,
    },
    YieldReturn(Expr),
    YieldBreak,
    Lock {
        expr: Expr,
        body: Box<Stmt>,
    },
    /// `checked { ... }` / `unchecked { ... }`.
    Checked {
        checked: bool,
        body: Block,
    },
    Unsafe(Block),
    Fixed {
        decl: LocalDecl,
        body: Box<Stmt>,
    },
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Goto(GotoTarget),
    /// `;`
    Empty,
    Error,
}

// ---------------------------------------------------------------------------------------------
// Expressions

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntSuffix {
    None,
    /// `L`
    Long,
    /// `U`
    Unsigned,
    /// `UL`
    UnsignedLong,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// The value as written (too-large constants were already reported by the lexer).
    Int(u64, IntSuffix),
    Double(f64),
    /// `1.5f`
    Float(f64),
    /// `1.5m`
    Decimal(String),
    String(String),
    /// `"abc"u8` (C# 11).
    Utf8String(String),
    Char(char),
    Bool(bool),
    Null,
}

#[derive(Clone, Debug)]
// Boxing the large variant would only add an indirection to a tree built once and walked.
#[allow(clippy::large_enum_variant)]
pub enum InterpPart {
    Text(String),
    /// `{expr}`, `{expr,align}` or `{expr:format}`.
    Hole {
        expr: Expr,
        alignment: Option<Expr>,
        format: Option<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    And,
    Or,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    /// `>>>` (C# 11).
    UShr,
    /// `??`
    Coalesce,
}

impl BinaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::And => "&&",
            BinaryOp::Or => "||",
            BinaryOp::BitAnd => "&",
            BinaryOp::BitOr => "|",
            BinaryOp::BitXor => "^",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::UShr => ">>>",
            BinaryOp::Coalesce => "??",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Plus,
    Not,
    BitNot,
    PreInc,
    PreDec,
    PostInc,
    PostDec,
    /// `^i`: an index from the end (C# 8).
    Hat,
    /// `x!`: the null-forgiving operator.
    SuppressNull,
    /// `*p`
    Deref,
    /// `&x`
    AddressOf,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Neg => "-",
            UnaryOp::Plus => "+",
            UnaryOp::Not | UnaryOp::SuppressNull => "!",
            UnaryOp::BitNot => "~",
            UnaryOp::PreInc | UnaryOp::PostInc => "++",
            UnaryOp::PreDec | UnaryOp::PostDec => "--",
            UnaryOp::Hat => "^",
            UnaryOp::Deref => "*",
            UnaryOp::AddressOf => "&",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Arg {
    /// `ref`/`out`/`in`.
    pub modifier: Option<(ParamModifier, Span)>,
    /// Named argument `name: value`.
    pub name: Option<Ident>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub struct LambdaParam {
    pub attributes: Vec<AttributeSection>,
    pub modifier: Option<(ParamModifier, Span)>,
    pub ty: Option<TypeExpr>,
    pub name: Ident,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug)]
pub enum LambdaBody {
    Expr(Box<Expr>),
    Block(Block),
}

/// What a pattern or a declaration expression introduces: `x`, `_`, `(a, b)`.
#[derive(Clone, Debug)]
pub enum Designation {
    Name(Ident),
    Discard(Span),
    Tuple(Vec<Designation>, Span),
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    /// `_`
    Discard,
    /// `var x`, `var (a, b)`
    Var(Designation),
    /// `int x`
    Declaration {
        ty: TypeExpr,
        designation: Designation,
    },
    /// `int[]`, `List<int>`: a type that cannot be read as an expression. A plain name (`Foo`,
    /// `int`, `A.B`) is a `Constant` whose expression sema may find to be a type.
    Type(TypeExpr),
    Constant(Expr),
    /// `> 5`, `<= 'z'`
    Relational {
        op: BinaryOp,
        value: Expr,
    },
    Not(Box<Pattern>),
    And(Box<Pattern>, Box<Pattern>),
    Or(Box<Pattern>, Box<Pattern>),
    Paren(Box<Pattern>),
    /// `Point { X: 1 } p`, `(1, 2)`, `{ Length: > 0 }`
    Recursive {
        ty: Option<TypeExpr>,
        positional: Option<Vec<Subpattern>>,
        properties: Option<Vec<Subpattern>>,
        designation: Option<Designation>,
    },
    /// `[1, .., var last]` (C# 11).
    List {
        elements: Vec<Pattern>,
        designation: Option<Designation>,
    },
    /// `..` or `.. var rest` inside a list pattern.
    Slice(Option<Box<Pattern>>),
}

#[derive(Clone, Debug)]
pub struct Subpattern {
    /// `X:` or the extended `A.B:`.
    pub name: Option<Expr>,
    pub pattern: Pattern,
}

#[derive(Clone, Debug)]
pub struct SwitchArm {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct AnonymousMember {
    /// `A = e`; without a name the member is named after `e` (`p.X` gives `X`).
    pub name: Option<Ident>,
    pub value: Expr,
}

/// A LINQ query: `from x in xs where ... select ...`.
#[derive(Clone, Debug)]
pub struct QueryExpr {
    pub from: FromClause,
    pub body: QueryBody,
}

#[derive(Clone, Debug)]
pub struct FromClause {
    pub ty: Option<TypeExpr>,
    pub name: Ident,
    pub source: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct QueryBody {
    pub clauses: Vec<QueryClause>,
    pub end: QueryEnd,
    /// `into g ...`
    pub continuation: Option<(Ident, Box<QueryBody>)>,
}

#[derive(Clone, Debug)]
// Boxing the large variant would only add an indirection to a tree built once and walked.
#[allow(clippy::large_enum_variant)]
pub enum QueryClause {
    From(FromClause),
    Let {
        name: Ident,
        value: Expr,
    },
    Where(Expr),
    Join {
        ty: Option<TypeExpr>,
        name: Ident,
        source: Expr,
        left: Expr,
        right: Expr,
        into: Option<Ident>,
    },
    OrderBy(Vec<(Expr, bool)>),
}

#[derive(Clone, Debug)]
pub enum QueryEnd {
    Select(Expr),
    Group {
        element: Expr,
        key: Expr,
    },
    /// A query whose end is missing (already reported).
    Error,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Literal(Literal),
    /// `$"..."`
    Interpolated(Vec<InterpPart>),
    /// A simple name, possibly generic: `x`, `Task`, `List<int>`.
    Name {
        name: Ident,
        type_args: Vec<TypeExpr>,
    },
    /// `global::System`
    AliasQualified {
        alias: Ident,
        name: Ident,
        type_args: Vec<TypeExpr>,
    },
    /// `int`, `string` used as an expression target: `int.MaxValue`, `string.Join`.
    PredefinedType(PredefinedType),
    Member {
        target: Box<Expr>,
        name: Ident,
        type_args: Vec<TypeExpr>,
    },
    /// `p->x`
    PointerMember {
        target: Box<Expr>,
        name: Ident,
    },
    /// `a?.b.c`: `access` is the chain after `?`, built on `Binding` (the value of `target`).
    ConditionalAccess {
        target: Box<Expr>,
        access: Box<Expr>,
    },
    /// The receiver of the chain inside a `ConditionalAccess`.
    Binding,
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    Index {
        target: Box<Expr>,
        indices: Vec<Arg>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `a = b` (`op` None) or compound `a += b`.
    Assign {
        op: Option<BinaryOp>,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Conditional {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    Cast {
        ty: TypeExpr,
        expr: Box<Expr>,
    },
    Await(Box<Expr>),
    /// `new T(args)` with an optional initializer `{ a, b }` / `{ X = 1 }`; `new()` has `ty`
    /// None.
    New {
        ty: Option<TypeExpr>,
        args: Vec<Arg>,
        initializer: Option<Vec<Expr>>,
    },
    /// `new int[n]`, `new int[2, 3]`, `new long[4][]`, `new int[] { .. }`, `new[] { .. }`
    /// (`element` None). `element` is the type of the elements (`long[]` for `new long[4][]`),
    /// `rank` the rank of the array created, `sizes` the lengths given.
    NewArray {
        element: Option<TypeExpr>,
        rank: u32,
        sizes: Vec<Expr>,
        init: Option<Vec<Expr>>,
    },
    /// `new { A = 1, b }`
    AnonymousObject(Vec<AnonymousMember>),
    /// `stackalloc int[n]`, `stackalloc[] { .. }`
    Stackalloc {
        element: Option<TypeExpr>,
        size: Option<Box<Expr>>,
        init: Option<Vec<Expr>>,
    },
    /// A nested `{ ... }` inside an initializer: a collection element with several values or
    /// the initializer of a member (`Items = { 1, 2 }`).
    InitializerList(Vec<Expr>),
    /// `[k]` as the target of an object initializer element `[k] = v`.
    ImplicitIndex(Vec<Arg>),
    /// `[1, 2, ..rest]` (C# 12).
    Collection(Vec<Expr>),
    /// `..e` inside a collection expression.
    Spread(Box<Expr>),
    Lambda {
        attributes: Vec<AttributeSection>,
        is_async: bool,
        is_static: bool,
        return_type: Option<TypeExpr>,
        params: Vec<LambdaParam>,
        /// `x => ...` without parentheses.
        bare_param: bool,
        body: LambdaBody,
    },
    /// `delegate (int x) { ... }`; `params` None for `delegate { ... }`.
    AnonymousMethod {
        is_async: bool,
        is_static: bool,
        params: Option<Vec<Param>>,
        body: Block,
    },
    Is {
        expr: Box<Expr>,
        pattern: Box<Pattern>,
    },
    As {
        expr: Box<Expr>,
        ty: TypeExpr,
    },
    Typeof(TypeExpr),
    Sizeof(TypeExpr),
    Default(Option<TypeExpr>),
    /// `checked(e)` / `unchecked(e)`
    Checked {
        checked: bool,
        expr: Box<Expr>,
    },
    This,
    Base,
    /// `throw e` as an expression (C# 7).
    Throw(Box<Expr>),
    /// `(a, b)` and `(x: 1, y: 2)`.
    Tuple(Vec<Arg>),
    /// `out var x`, `int x` inside a tuple, `var (a, b)`.
    Declaration {
        ty: TypeExpr,
        designation: Designation,
    },
    /// `e switch { p => v, ... }`
    Switch {
        subject: Box<Expr>,
        arms: Vec<SwitchArm>,
    },
    /// `e with { X = 1 }`
    With {
        expr: Box<Expr>,
        init: Vec<Expr>,
    },
    /// `a..b`, `..b`, `a..`, `..`
    Range {
        start: Option<Box<Expr>>,
        end: Option<Box<Expr>>,
    },
    /// `ref e` (ref returns, ref locals, ref conditional operands).
    Ref(Box<Expr>),
    Query(Box<QueryExpr>),
    /// `__arglist`, `__makeref(x)` and the other undocumented forms.
    Undocumented(&'static str),
    Error,
}
