//! Statements, methods and programs.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    /// `<<=`, `>>=`: the value is an int count whatever the target's type.
    Shl,
    Shr,
}

impl AssignOp {
    pub fn cs(self) -> &'static str {
        match self {
            AssignOp::Set => "=",
            AssignOp::Add => "+=",
            AssignOp::Sub => "-=",
            AssignOp::Mul => "*=",
            AssignOp::And => "&=",
            AssignOp::Or => "|=",
            AssignOp::Xor => "^=",
            AssignOp::Shl => "<<=",
            AssignOp::Shr => ">>=",
        }
    }
    pub fn binop(self) -> Option<BinOp> {
        match self {
            AssignOp::Set => None,
            AssignOp::Add => Some(BinOp::Add),
            AssignOp::Sub => Some(BinOp::Sub),
            AssignOp::Mul => Some(BinOp::Mul),
            AssignOp::And => Some(BinOp::BitAnd),
            AssignOp::Or => Some(BinOp::BitOr),
            AssignOp::Xor => Some(BinOp::BitXor),
            AssignOp::Shl => Some(BinOp::Shl),
            AssignOp::Shr => Some(BinOp::Shr),
        }
    }
}

pub type Block = Vec<Stmt>;

#[derive(Clone, Debug, PartialEq)]
pub struct Catch {
    /// None: a bare `catch`.
    pub exc: Option<Exc>,
    pub var: Option<String>,
    pub body: Block,
}

/// A section of a `switch`: its labels (`None` is `default:`) and statements, which end with a
/// jump (C# lets no section fall into the next).
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub labels: Vec<Option<Lit>>,
    pub body: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    Local(Ty, String, Expr),
    Assign(Expr, AssignOp, Expr),
    Expr(Expr),
    If(Expr, Block, Block),
    /// `int counter = 0; while (counter++ < bound && cond) body`: the counter lives in the
    /// condition, so no `continue` can skip it.
    While {
        counter: String,
        bound: i32,
        cond: Option<Expr>,
        body: Block,
    },
    /// `int counter = 0; do body while (++counter < bound && cond);`
    DoWhile {
        counter: String,
        bound: i32,
        body: Block,
        cond: Option<Expr>,
    },
    /// `for (int var = 0; var < Math.Min(limit, cap); var++) body`, or `var < cap` without a
    /// limit; the body never assigns `var`.
    For {
        var: String,
        cap: i32,
        limit: Option<Expr>,
        body: Block,
    },
    Foreach {
        ty: Ty,
        var: String,
        coll: Expr,
        body: Block,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Throw(Expr),
    Rethrow,
    Try {
        body: Block,
        catches: Vec<Catch>,
        finally: Option<Block>,
    },
    /// A bare `{ ... }`: only the spill transform makes these, to scope its temporaries.
    Block(Block),
    /// `while (true) body`: only the spill transform makes these (a loop whose condition it has
    /// moved into the body; the body leaves it with `break`).
    Loop(Block),
    /// `switch (subject) { sections }`: `break` in a section leaves the switch.
    Switch {
        subject: Expr,
        sections: Vec<Section>,
    },
    /// `goto case label;` (`None`: `goto default;`), only to a later section of the innermost
    /// switch, so that sections never loop.
    GotoCase(Option<Lit>),
    /// `checked { ... }` (true) or `unchecked { ... }`.
    Checked(bool, Block),
}

impl Stmt {
    /// The blocks directly inside this statement.
    pub fn blocks_mut(&mut self) -> Vec<&mut Block> {
        match self {
            Stmt::If(_, a, b) => vec![a, b],
            Stmt::While { body, .. }
            | Stmt::DoWhile { body, .. }
            | Stmt::For { body, .. }
            | Stmt::Foreach { body, .. }
            | Stmt::Block(body)
            | Stmt::Checked(_, body)
            | Stmt::Loop(body) => vec![body],
            Stmt::Switch { sections, .. } => sections.iter_mut().map(|s| &mut s.body).collect(),
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                let mut v = vec![body];
                v.extend(catches.iter_mut().map(|c| &mut c.body));
                if let Some(f) = finally {
                    v.push(f);
                }
                v
            }
            _ => vec![],
        }
    }

    pub fn blocks(&self) -> Vec<&Block> {
        match self {
            Stmt::If(_, a, b) => vec![a, b],
            Stmt::While { body, .. }
            | Stmt::DoWhile { body, .. }
            | Stmt::For { body, .. }
            | Stmt::Foreach { body, .. }
            | Stmt::Block(body)
            | Stmt::Checked(_, body)
            | Stmt::Loop(body) => vec![body],
            Stmt::Switch { sections, .. } => sections.iter().map(|s| &s.body).collect(),
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                let mut v = vec![body];
                v.extend(catches.iter().map(|c| &c.body));
                if let Some(f) = finally {
                    v.push(f);
                }
                v
            }
            _ => vec![],
        }
    }

    /// The expressions directly in this statement (not those of nested statements).
    pub fn exprs_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            Stmt::Local(_, _, e)
            | Stmt::Expr(e)
            | Stmt::Throw(e)
            | Stmt::If(e, _, _)
            | Stmt::Switch { subject: e, .. } => vec![e],
            Stmt::Assign(t, _, v) => vec![t, v],
            Stmt::While { cond, .. } | Stmt::DoWhile { cond, .. } => cond.iter_mut().collect(),
            Stmt::For { limit, .. } => limit.iter_mut().collect(),
            Stmt::Foreach { coll, .. } => vec![coll],
            Stmt::Return(e) => e.iter_mut().collect(),
            _ => vec![],
        }
    }

    pub fn exprs(&self) -> Vec<&Expr> {
        match self {
            Stmt::Local(_, _, e)
            | Stmt::Expr(e)
            | Stmt::Throw(e)
            | Stmt::If(e, _, _)
            | Stmt::Switch { subject: e, .. } => vec![e],
            Stmt::Assign(t, _, v) => vec![t, v],
            Stmt::While { cond, .. } | Stmt::DoWhile { cond, .. } => cond.iter().collect(),
            Stmt::For { limit, .. } => limit.iter().collect(),
            Stmt::Foreach { coll, .. } => vec![coll],
            Stmt::Return(e) => e.iter().collect(),
            _ => vec![],
        }
    }

    /// Ends the block: nothing after it in the same block could run.
    pub fn is_jump(&self) -> bool {
        matches!(
            self,
            Stmt::Break
                | Stmt::Continue
                | Stmt::Return(_)
                | Stmt::Throw(_)
                | Stmt::Rethrow
                | Stmt::GotoCase(_)
        )
    }
}

/// How a method is compiled: synchronously, or by one of the async method builders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Sync,
    /// `async Task` / `async Task<T>`.
    AsyncTask,
    /// `async ValueTask` / `async ValueTask<T>`.
    AsyncValueTask,
    /// `async void`.
    AsyncVoid,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub ty: Ty,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    pub name: String,
    pub kind: Kind,
    /// The value the method produces: `void`, or the `T` of `Task<T>`/`ValueTask<T>`.
    pub ret: Ty,
    pub params: Vec<Param>,
    pub body: Block,
    /// Pure methods read only their parameters and locals and call only pure methods, so their
    /// tasks may run concurrently with anything (see docs/difftest.md).
    pub pure: bool,
    /// Recursive methods take their remaining depth as the first parameter.
    pub recursive: bool,
    /// The class of an instance method (None: a static method of `Program`).
    pub owner: Option<String>,
}

impl Method {
    pub fn is_async(&self) -> bool {
        self.kind != Kind::Sync
    }

    /// The type a call of this method has.
    pub fn call_ty(&self) -> Ty {
        self.kind.call_ty(&self.ret)
    }
}

impl Kind {
    /// The type of a call of a method of this kind producing `ret`.
    pub fn call_ty(self, ret: &Ty) -> Ty {
        let inner = if *ret == Ty::Void {
            None
        } else {
            Some(Box::new(ret.clone()))
        };
        match self {
            Kind::Sync | Kind::AsyncVoid => ret.clone(),
            Kind::AsyncTask => Ty::Task(inner),
            Kind::AsyncValueTask => Ty::ValueTask(inner),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub ty: Ty,
    pub name: String,
    pub init: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    /// Declared before `Program`; each class's instance methods are among `methods`.
    pub classes: Vec<Class>,
    pub fields: Vec<Field>,
    /// `Main` is one of them.
    pub methods: Vec<Method>,
}

impl Program {
    pub fn method(&self, name: &str) -> Option<&Method> {
        self.methods.iter().find(|m| m.name == name)
    }

    pub fn main(&self) -> &Method {
        self.method("Main").expect("a program has a Main")
    }

    pub fn class(&self, name: &str) -> Option<&Class> {
        self.classes.iter().find(|c| c.name == name)
    }
}

/// Calls `f` on every expression (and sub-expression) of the statements of `block`'s tree.
pub fn walk_exprs<'a>(block: &'a Block, f: &mut dyn FnMut(&'a Expr)) {
    for s in block {
        for e in s.exprs() {
            e.walk(f);
        }
        for b in s.blocks() {
            walk_exprs(b, f);
        }
    }
}
