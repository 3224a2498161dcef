//! Expressions of the syntax tree (patterns and queries among them).

use super::*;

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
