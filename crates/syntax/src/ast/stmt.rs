//! Statements of the syntax tree.

use super::*;

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
