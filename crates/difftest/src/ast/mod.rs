//! The program tree the generator builds, the renderer prints and the reducer shrinks.
//!
//! It is deliberately small and typed: every expression carries its C# type, so the spill
//! transform can declare temporaries and the reducer can replace an expression by a literal of
//! the same type without a type checker. Loops carry their bound structurally (not as arbitrary
//! code) so that no transformation can make a generated loop run forever.

mod class;
mod stmt;

pub use class::*;
pub use stmt::*;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Void,
    Int,
    Long,
    Bool,
    Str,
    Array(Box<Ty>),
    List(Box<Ty>),
    /// `Task` (None) or `Task<T>`.
    Task(Option<Box<Ty>>),
    /// `ValueTask` (None) or `ValueTask<T>`.
    ValueTask(Option<Box<Ty>>),
    Cts,
    Token,
    /// `TaskCompletionSource<T>`.
    Tcs(Box<Ty>),
    /// `TaskStatus` (printed by name).
    Status,
    Exc(Exc),
    /// A class of the program (`ast::Class`), by name.
    Class(String),
    /// `Func<A.., R>` (or `Action<A..>` when R is void).
    Func(Vec<Ty>, Box<Ty>),
    /// `IEnumerable<T>`: a LINQ query, run when enumerated.
    Seq(Box<Ty>),
}

impl Ty {
    pub fn task_of(t: Ty) -> Ty {
        Ty::Task(Some(Box::new(t)))
    }
    pub fn array_of(t: Ty) -> Ty {
        Ty::Array(Box::new(t))
    }
    pub fn list_of(t: Ty) -> Ty {
        Ty::List(Box::new(t))
    }
    pub fn func(params: Vec<Ty>, ret: Ty) -> Ty {
        Ty::Func(params, Box::new(ret))
    }

    /// The result type of awaiting (or blocking on) a value of this type.
    pub fn awaited(&self) -> Ty {
        match self {
            Ty::Task(Some(t)) | Ty::ValueTask(Some(t)) => (**t).clone(),
            _ => Ty::Void,
        }
    }

    /// int, long, bool, string: values locals, parameters and trace holes have.
    pub fn is_scalar(&self) -> bool {
        matches!(self, Ty::Int | Ty::Long | Ty::Bool | Ty::Str)
    }

    pub fn is_task_like(&self) -> bool {
        matches!(self, Ty::Task(_) | Ty::ValueTask(_))
    }

    pub fn elem(&self) -> Ty {
        match self {
            Ty::Array(t) | Ty::List(t) | Ty::Tcs(t) | Ty::Seq(t) => (**t).clone(),
            _ => panic!("elem of {self:?}"),
        }
    }

    /// The C# spelling. `mono` spells the non-generic `ValueTask` as `Task` (mcs lacks it).
    pub fn cs(&self, mono: bool) -> String {
        match self {
            Ty::Void => "void".into(),
            Ty::Int => "int".into(),
            Ty::Long => "long".into(),
            Ty::Bool => "bool".into(),
            Ty::Str => "string".into(),
            Ty::Array(t) => format!("{}[]", t.cs(mono)),
            Ty::List(t) => format!("List<{}>", t.cs(mono)),
            Ty::Task(None) => "Task".into(),
            Ty::Task(Some(t)) => format!("Task<{}>", t.cs(mono)),
            Ty::ValueTask(None) if mono => "Task".into(),
            Ty::ValueTask(None) => "ValueTask".into(),
            Ty::ValueTask(Some(t)) => format!("ValueTask<{}>", t.cs(mono)),
            Ty::Cts => "CancellationTokenSource".into(),
            Ty::Token => "CancellationToken".into(),
            Ty::Tcs(t) => format!("TaskCompletionSource<{}>", t.cs(mono)),
            Ty::Status => "TaskStatus".into(),
            Ty::Exc(e) => e.name().into(),
            Ty::Class(c) => c.clone(),
            Ty::Func(ps, r) => {
                let mut args: Vec<String> = ps.iter().map(|p| p.cs(mono)).collect();
                if **r == Ty::Void {
                    if args.is_empty() {
                        return "Action".into();
                    }
                    return format!("Action<{}>", args.join(", "));
                }
                args.push(r.cs(mono));
                format!("Func<{}>", args.join(", "))
            }
            Ty::Seq(t) => format!("IEnumerable<{}>", t.cs(mono)),
        }
    }
}

/// The exception classes programs throw and catch, with C#'s hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exc {
    Exception,
    InvalidOperation,
    Timeout,
    NotSupported,
    NotImplemented,
    Arithmetic,
    DivideByZero,
    Overflow,
    IndexOutOfRange,
    OperationCanceled,
    TaskCanceled,
    Aggregate,
    /// Only ever caught by a null guard (gen/objects.rs), never printed: Mono's message differs.
    NullReference,
}

impl Exc {
    pub const ALL: [Exc; 13] = [
        Exc::Exception,
        Exc::InvalidOperation,
        Exc::Timeout,
        Exc::NotSupported,
        Exc::NotImplemented,
        Exc::Arithmetic,
        Exc::DivideByZero,
        Exc::Overflow,
        Exc::IndexOutOfRange,
        Exc::OperationCanceled,
        Exc::TaskCanceled,
        Exc::Aggregate,
        Exc::NullReference,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Exc::Exception => "Exception",
            Exc::InvalidOperation => "InvalidOperationException",
            Exc::Timeout => "TimeoutException",
            Exc::NotSupported => "NotSupportedException",
            Exc::NotImplemented => "NotImplementedException",
            Exc::Arithmetic => "ArithmeticException",
            Exc::DivideByZero => "DivideByZeroException",
            Exc::Overflow => "OverflowException",
            Exc::IndexOutOfRange => "IndexOutOfRangeException",
            Exc::OperationCanceled => "OperationCanceledException",
            Exc::TaskCanceled => "TaskCanceledException",
            Exc::Aggregate => "AggregateException",
            Exc::NullReference => "NullReferenceException",
        }
    }

    /// The direct base class among these (SystemException is skipped: no program names it).
    pub fn base(self) -> Option<Exc> {
        match self {
            Exc::Exception => None,
            Exc::DivideByZero | Exc::Overflow => Some(Exc::Arithmetic),
            Exc::TaskCanceled => Some(Exc::OperationCanceled),
            _ => Some(Exc::Exception),
        }
    }

    /// `self` is `other` or derives from it.
    pub fn is_a(self, other: Exc) -> bool {
        let mut cur = Some(self);
        while let Some(c) = cur {
            if c == other {
                return true;
            }
            cur = c.base();
        }
        false
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lit {
    Int(i32),
    Long(i64),
    Bool(bool),
    Str(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    /// `~` of an int or a long.
    BitNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
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
    /// `&`, `|`, `^` of two ints, two longs or two bools (no short circuit).
    BitAnd,
    BitOr,
    BitXor,
    /// `<<`, `>>` of an int or a long by an int count.
    Shl,
    Shr,
}

impl BinOp {
    pub fn cs(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::And => "&&",
            BinOp::Or => "||",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncDec {
    PreInc,
    PreDec,
    PostInc,
    PostDec,
}

/// Library members. Arguments are `Expr::args` in evaluation order; an instance member's receiver
/// is the first argument (C# evaluates it first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lib {
    MathMax,
    MathMin,
    MathAbs,
    StrLength,
    ToUpper,
    ToLower,
    ToStr,
    /// `string.Join(sep, list)`.
    Join,
    ArrLength,
    ListCount,
    ListAdd,
    FromResult,
    Delay,
    /// `Task.Delay(ms, token)`.
    DelayToken,
    Yield,
    CompletedTask,
    /// `Task.WhenAll(a, b, ...)` or `Task.WhenAll(list)`: the same member, chosen by the arguments.
    WhenAll,
    WhenAny,
    Result,
    /// `t.GetAwaiter().GetResult()`.
    GetResult,
    Wait,
    /// `t.ConfigureAwait(false)`.
    ConfigureAwait,
    AsTask,
    /// `CancellationToken.None`.
    TokenNone,
    CtsToken,
    CtsCancel,
    ThrowIfCancel,
    IsCancelRequested,
    TcsTask,
    TrySetResult,
    Message,
    InnerCount,
    /// `e.InnerException.Message` of an AggregateException (never null where generated).
    InnerMessage,
    /// `(t.IsFaulted ? t.Exception.InnerExceptions.Count : 0)` of a completed task variable:
    /// how many of a WhenAll's tasks failed.
    FaultCount,
    /// `t.Status` of a completed task.
    Status,
    WriteLine,
    /// `Trace.Int("tag", v)` (and Long, Bool, Str): prints `tag:v`, returns `v`. Arguments: the
    /// tag (a string literal) and the value; shows when an operand or initializer runs.
    Trace,
    /// `Task.Run(lambda)`: a `Func<T>` or an async `Func<Task<T>>` (unwrapped).
    TaskRun,
    /// LINQ (`using System.Linq;`): `src.Select(f)`, `src.Where(f)`, `q.ToList()`, `q.Sum()`,
    /// `q.Count()`; Select and Where are deferred.
    Select,
    Where,
    ToList,
    Sum,
    LinqCount,
}

impl Lib {
    pub fn is_linq(self) -> bool {
        matches!(
            self,
            Lib::Select | Lib::Where | Lib::ToList | Lib::Sum | Lib::LinqCount
        )
    }
}

/// A lambda: `(params) => body` or `async () => body`. Its body is opaque to the expression
/// walks (spilling, reduction): it runs when the delegate is invoked, not where it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Lambda {
    pub is_async: bool,
    pub params: Vec<Param>,
    pub body: LambdaBody,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LambdaBody {
    Expr(Expr),
    Block(Block),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    Hole(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Lit(Lit),
    Local(String),
    Static(String),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A call of a method of the program.
    Call(String, Vec<Expr>),
    Lib(Lib, Vec<Expr>),
    Await(Box<Expr>),
    Index(Box<Expr>, Box<Expr>),
    /// `new T[] { ... }` (element type from `ty`).
    NewArray(Vec<Expr>),
    /// `new List<T>()` or `new List<T> { ... }`.
    NewList(Vec<Expr>),
    /// `new E(message)`.
    NewExc(Exc, Box<Expr>),
    NewCts,
    NewTcs,
    Interp(Vec<Part>),
    IncDec(IncDec, Box<Expr>),
    /// A numeric conversion to `ty`.
    Cast(Box<Expr>),
    /// `this` (of type `Ty::Class`).
    This,
    /// `null` of a class type.
    Null,
    /// `recv.name`: an instance field or property.
    Member(Box<Expr>, String),
    /// `args[0].name(args[1..])`: a call of an instance method; the receiver is evaluated first.
    MCall(String, Vec<Expr>),
    /// `new C(args)`, with the index of the constructor C# resolves it to (for costs; `None`: the
    /// implicit parameterless one).
    New(String, Option<usize>, Vec<Expr>),
    /// A lambda (of a `Ty::Func` type); no children: its body runs at invocation.
    Lambda(Box<Lambda>),
    /// `args[0](args[1..])`: a delegate invoked; the delegate is evaluated first.
    Invoke(Vec<Expr>),
    /// A static method of `Program` as a delegate value (`Func<int, int> f = M3;`).
    MethodGroup(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Ty) -> Expr {
        Expr { kind, ty }
    }
    pub fn int(v: i32) -> Expr {
        Expr::new(ExprKind::Lit(Lit::Int(v)), Ty::Int)
    }
    pub fn long(v: i64) -> Expr {
        Expr::new(ExprKind::Lit(Lit::Long(v)), Ty::Long)
    }
    pub fn bool(v: bool) -> Expr {
        Expr::new(ExprKind::Lit(Lit::Bool(v)), Ty::Bool)
    }
    pub fn str(v: &str) -> Expr {
        Expr::new(ExprKind::Lit(Lit::Str(v.to_string())), Ty::Str)
    }
    pub fn local(name: &str, ty: Ty) -> Expr {
        Expr::new(ExprKind::Local(name.to_string()), ty)
    }
    pub fn lib(f: Lib, args: Vec<Expr>, ty: Ty) -> Expr {
        Expr::new(ExprKind::Lib(f, args), ty)
    }
    pub fn call(name: &str, args: Vec<Expr>, ty: Ty) -> Expr {
        Expr::new(ExprKind::Call(name.to_string(), args), ty)
    }
    pub fn binary(op: BinOp, a: Expr, b: Expr, ty: Ty) -> Expr {
        Expr::new(ExprKind::Binary(op, Box::new(a), Box::new(b)), ty)
    }
    pub fn await_(e: Expr) -> Expr {
        let ty = e.ty.awaited();
        Expr::new(ExprKind::Await(Box::new(e)), ty)
    }

    /// The sub-expressions, in C#'s evaluation order (for `&&`, `||` and `?:` the order in which
    /// they would run if all ran).
    pub fn children(&self) -> Vec<&Expr> {
        match &self.kind {
            ExprKind::Lit(_) | ExprKind::Local(_) | ExprKind::Static(_) => vec![],
            ExprKind::NewCts | ExprKind::NewTcs | ExprKind::This | ExprKind::Null => vec![],
            ExprKind::Lambda(_) | ExprKind::MethodGroup(_) => vec![],
            ExprKind::Unary(_, a)
            | ExprKind::Await(a)
            | ExprKind::NewExc(_, a)
            | ExprKind::IncDec(_, a)
            | ExprKind::Cast(a)
            | ExprKind::Member(a, _) => vec![a],
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => vec![a, b],
            ExprKind::Cond(c, a, b) => vec![c, a, b],
            ExprKind::Call(_, args)
            | ExprKind::MCall(_, args)
            | ExprKind::New(_, _, args)
            | ExprKind::Lib(_, args)
            | ExprKind::Invoke(args)
            | ExprKind::NewArray(args)
            | ExprKind::NewList(args) => args.iter().collect(),
            ExprKind::Interp(parts) => parts
                .iter()
                .filter_map(|p| match p {
                    Part::Hole(e) => Some(e),
                    Part::Text(_) => None,
                })
                .collect(),
        }
    }

    pub fn children_mut(&mut self) -> Vec<&mut Expr> {
        match &mut self.kind {
            ExprKind::Lit(_) | ExprKind::Local(_) | ExprKind::Static(_) => vec![],
            ExprKind::NewCts | ExprKind::NewTcs | ExprKind::This | ExprKind::Null => vec![],
            ExprKind::Lambda(_) | ExprKind::MethodGroup(_) => vec![],
            ExprKind::Unary(_, a)
            | ExprKind::Await(a)
            | ExprKind::NewExc(_, a)
            | ExprKind::IncDec(_, a)
            | ExprKind::Cast(a)
            | ExprKind::Member(a, _) => vec![a],
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => vec![a, b],
            ExprKind::Cond(c, a, b) => vec![c, a, b],
            ExprKind::Call(_, args)
            | ExprKind::MCall(_, args)
            | ExprKind::New(_, _, args)
            | ExprKind::Lib(_, args)
            | ExprKind::Invoke(args)
            | ExprKind::NewArray(args)
            | ExprKind::NewList(args) => args.iter_mut().collect(),
            ExprKind::Interp(parts) => parts
                .iter_mut()
                .filter_map(|p| match p {
                    Part::Hole(e) => Some(e),
                    Part::Text(_) => None,
                })
                .collect(),
        }
    }

    pub fn contains_await(&self) -> bool {
        matches!(self.kind, ExprKind::Await(_))
            || self.children().iter().any(|c| c.contains_await())
    }

    /// A C# constant expression (spec §12.23): literals and operators over them. Locals are never
    /// `const` in generated programs, so only literal trees qualify.
    pub fn is_const(&self) -> bool {
        match &self.kind {
            ExprKind::Lit(_) => true,
            ExprKind::Unary(_, a) | ExprKind::Cast(a) => a.is_const(),
            ExprKind::Binary(_, a, b) => a.is_const() && b.is_const(),
            ExprKind::Cond(c, a, b) => c.is_const() && a.is_const() && b.is_const(),
            _ => false,
        }
    }

    /// Every expression of the tree, this one first.
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        f(self);
        for c in self.children() {
            c.walk(f);
        }
    }
}
