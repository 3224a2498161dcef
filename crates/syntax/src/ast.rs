//! The untyped syntax tree, designed for the whole language scope (Tiers 1-3). The parser builds
//! every node it can recognise; `sema` decides what the current tier accepts, so "not supported yet"
//! is one diagnostic in one place instead of a parse error.
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
    pub items: Vec<Item>,
    pub span: Span,
}

/// `using System.Threading.Tasks;`
#[derive(Clone, Debug)]
pub struct UsingDirective {
    pub path: Vec<Ident>,
    pub is_static: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Item {
    Namespace(NamespaceDecl),
    Type(TypeDecl),
    /// A member written directly in a namespace (C# rejects it: CS0116) or an unparseable region.
    Member(Member),
    Error(Span),
}

#[derive(Clone, Debug)]
pub struct NamespaceDecl {
    pub name: Vec<Ident>,
    pub usings: Vec<UsingDirective>,
    pub items: Vec<Item>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Class,
    Struct,
    Interface,
    Record,
    Enum,
}

#[derive(Clone, Debug)]
pub struct TypeDecl {
    pub kind: TypeKind,
    pub modifiers: Modifiers,
    pub name: Ident,
    pub type_params: Vec<Ident>,
    pub bases: Vec<TypeExpr>,
    pub members: Vec<Member>,
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
    Property(PropertyDecl),
    Type(TypeDecl),
    Error(Span),
}

impl Member {
    pub fn span(&self) -> Span {
        match self {
            Member::Field(f) => f.span,
            Member::Method(m) => m.span,
            Member::Constructor(c) => c.span,
            Member::Property(p) => p.span,
            Member::Type(t) => t.span,
            Member::Error(s) => *s,
        }
    }
}

/// `static int a = 1, b;` and `const int N = 3;` (`const` is in `modifiers`).
#[derive(Clone, Debug)]
pub struct FieldDecl {
    pub modifiers: Modifiers,
    pub ty: TypeExpr,
    pub declarators: Vec<VarDeclarator>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct VarDeclarator {
    pub name: Ident,
    pub init: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct MethodDecl {
    pub modifiers: Modifiers,
    pub return_type: TypeExpr,
    pub name: Ident,
    pub type_params: Vec<Ident>,
    pub params: Vec<Param>,
    pub body: Body,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Body {
    Block(Block),
    /// `=> expr;`
    Expr(Expr),
    /// `;` (abstract, extern, interface members)
    None(Span),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamModifier {
    Ref,
    Out,
    In,
    Params,
    This,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub modifier: Option<(ParamModifier, Span)>,
    pub ty: TypeExpr,
    pub name: Ident,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ConstructorDecl {
    pub modifiers: Modifiers,
    pub name: Ident,
    pub params: Vec<Param>,
    /// `: base(...)` / `: this(...)`: the keyword and the arguments.
    pub initializer: Option<(Ident, Vec<Arg>)>,
    pub body: Body,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct PropertyDecl {
    pub modifiers: Modifiers,
    pub ty: TypeExpr,
    pub name: Ident,
    pub accessors: Vec<Accessor>,
    /// `int X => expr;`
    pub expr_body: Option<Expr>,
    pub init: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Accessor {
    /// `get`, `set` or `init`.
    pub kind: Ident,
    pub modifiers: Modifiers,
    pub body: Body,
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
    /// `System.Collections.Generic.List<int>`: each segment with its type arguments. `var` is a
    /// one-segment name; sema gives it its contextual meaning.
    Named(Vec<TypeSegment>),
    /// `T[]` (`rank` 1) or `T[,]` (rank 2, outside the subset).
    Array {
        element: Box<TypeExpr>,
        rank: u32,
    },
    /// `T?`
    Nullable(Box<TypeExpr>),
    /// `(int, string)`
    Tuple(Vec<TypeExpr>),
    Error,
}

#[derive(Clone, Debug)]
pub struct TypeSegment {
    pub name: Ident,
    pub args: Vec<TypeExpr>,
}

impl TypeExpr {
    /// `Some("var")`-style check for a plain one-segment name without type arguments.
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
    /// `when (...)` (Tier 2)
    pub filter: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct SwitchSection {
    /// `None` is `default:`.
    pub labels: Vec<Option<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Block(Block),
    LocalDecl(LocalDecl),
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
    /// `foreach (T x in e)`, or `await foreach` (Tier 3) when `is_await`.
    Foreach {
        is_await: bool,
        ty: TypeExpr,
        name: Ident,
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
    /// Tier 2.
    Switch {
        subject: Expr,
        sections: Vec<SwitchSection>,
    },
    /// `using (var x = e) stmt` / `using var x = e;` (Tier 2).
    Using {
        resource: Box<ForInit>,
        body: Option<Box<Stmt>>,
    },
    /// Tier 3 iterators.
    YieldReturn(Expr),
    YieldBreak,
    /// `;`
    Empty,
    /// A statement form outside the whole language (`lock`, `goto`, `unsafe`, `fixed`, `checked`,
    /// local functions...). The parser skips its text; sema names it in a diagnostic.
    Unsupported(&'static str),
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
    /// `1.5f`: outside the subset, kept so sema can name it.
    Float(f64),
    /// `1.5m`: outside the subset.
    Decimal(String),
    String(String),
    Char(char),
    Bool(bool),
    Null,
}

#[derive(Clone, Debug)]
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
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Neg => "-",
            UnaryOp::Plus => "+",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "~",
            UnaryOp::PreInc | UnaryOp::PostInc => "++",
            UnaryOp::PreDec | UnaryOp::PostDec => "--",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Arg {
    /// `ref`/`out`/`in` (outside the subset; kept so sema can say so).
    pub modifier: Option<(ParamModifier, Span)>,
    /// Named argument `name: value`.
    pub name: Option<Ident>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub struct LambdaParam {
    pub ty: Option<TypeExpr>,
    pub name: Ident,
}

#[derive(Clone, Debug)]
pub enum LambdaBody {
    Expr(Box<Expr>),
    Block(Block),
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
    /// `int`, `string` used as an expression target: `int.MaxValue`, `string.Join`.
    PredefinedType(PredefinedType),
    Member {
        target: Box<Expr>,
        name: Ident,
        type_args: Vec<TypeExpr>,
    },
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    Index {
        target: Box<Expr>,
        indices: Vec<Expr>,
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
    /// `new T(args)` with an optional collection initializer `{ a, b }`; `new()` has `ty` None.
    New {
        ty: Option<TypeExpr>,
        args: Vec<Arg>,
        initializer: Option<Vec<Expr>>,
    },
    /// `new int[n]`, `new int[] { .. }`, `new[] { .. }` (`element` None).
    NewArray {
        element: Option<TypeExpr>,
        size: Option<Box<Expr>>,
        init: Option<Vec<Expr>>,
    },
    /// Tier 2.
    Lambda {
        is_async: bool,
        params: Vec<LambdaParam>,
        body: LambdaBody,
    },
    /// `e is T` / `e as T` and other forms outside the subset, kept for a precise message.
    Is {
        expr: Box<Expr>,
        ty: TypeExpr,
    },
    As {
        expr: Box<Expr>,
        ty: TypeExpr,
    },
    Typeof(TypeExpr),
    Default(Option<TypeExpr>),
    This,
    Base,
    /// An expression form the parser recognised but the language does not have at all
    /// (`?.`, `switch` expressions, `stackalloc`...).
    Unsupported(&'static str),
    Error,
}
