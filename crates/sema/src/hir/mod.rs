//! The typed HIR: what `lower` consumes. Names are resolved (locals to `LocalId`s of their method,
//! calls to a user `MethodId` or a library `BuiltinId`), every expression carries its `Ty` and span,
//! implicit conversions are explicit nodes, constant expressions are folded to `Const`, and
//! operators are split by meaning (string concatenation is `Concat`, never `Binary`).
//!
//! The shapes cover the whole language scope (Tiers 1-3); the checker produces only the Tier 1
//! subset today. Variants marked "Tier 2"/"Tier 3" are not produced yet.

use unawait_syntax::Span;

pub use crate::builtins::BuiltinId;
pub use crate::constants::ConstValue;
use crate::types::Ty;

mod class;
mod ops;
pub mod visit;
pub use class::{Class, ClassGeneric, ClassKind};
pub use ops::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId(pub u32);
/// Index into the owning method's `locals` (lambdas share their enclosing method's table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);
/// An expression of a method body, numbered in evaluation order once the body is checked
/// (`ids.rs`); unique within its method. Layers after sema join by it, never by span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);
/// A statement of a method body, numbered like expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StmtId(pub u32);
/// A label of a method body (`done:`), numbered from 0 in declaration order; unique within its
/// method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LabelId(pub u32);

impl ExprId {
    /// Not numbered yet (or outside a method body: a field initializer).
    pub const NONE: ExprId = ExprId(u32::MAX);
}

impl StmtId {
    pub const NONE: StmtId = StmtId(u32::MAX);
}

#[derive(Clone, Debug, Default)]
pub struct Program {
    pub classes: Vec<Class>,
    pub fields: Vec<Field>,
    pub methods: Vec<Method>,
    /// `None` only when the program has errors (CS5001/CS0017).
    pub entry_point: Option<MethodId>,
    /// Each instantiation of a generic method (`Id<int>`), to its generic declaration
    /// (`instantiate.rs`): reports about the code as written name the declaration.
    pub instance_of: std::collections::HashMap<MethodId, MethodId>,
    /// The position among its parameters of an async iterator's `[EnumeratorCancellation]`
    /// `CancellationToken` parameter, which the token of `GetAsyncEnumerator` reaches.
    pub enumerator_cancellation: std::collections::HashMap<MethodId, u32>,
}

impl Method {
    /// A synchronous instance method taking nothing and returning `void`, with no body yet:
    /// what each declared or generated method starts from.
    pub fn new(class: ClassId, name: impl Into<String>, kind: MethodKind, span: Span) -> Method {
        Method {
            class,
            name: name.into(),
            kind,
            is_static: false,
            is_async: false,
            async_kind: AsyncKind::NotAsync,
            iterator: None,
            type_params: Vec::new(),
            params: Vec::new(),
            param_types: Vec::new(),
            return_type: Ty::Void,
            locals: Vec::new(),
            body: None,
            expr_count: 0,
            stmt_count: 0,
            span,
            name_span: span,
            virt: Virt::None,
            vslot: None,
            delegate_entry: false,
        }
    }

    /// The name C#'s messages give the method: a constructor is named after its class.
    pub fn shown_name<'a>(&'a self, class: &'a str) -> &'a str {
        if self.kind == MethodKind::Constructor {
            class
        } else {
            &self.name
        }
    }
}

impl MethodKind {
    /// Methods a vtable or an itable may hold: ordinary ones and property and event accessors.
    pub fn is_dispatchable(self) -> bool {
        matches!(
            self,
            MethodKind::Ordinary | MethodKind::Getter | MethodKind::EventAdder
        )
    }
}

impl Program {
    pub fn class(&self, id: ClassId) -> &Class {
        &self.classes[id.0 as usize]
    }
    pub fn method(&self, id: MethodId) -> &Method {
        &self.methods[id.0 as usize]
    }
    pub fn field(&self, id: FieldId) -> &Field {
        &self.fields[id.0 as usize]
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    pub class: ClassId,
    pub name: String,
    pub ty: Ty,
    /// Tier 1 fields are all static (`const` fields are static too).
    pub is_static: bool,
    pub is_readonly: bool,
    /// `Some` for `const` fields: uses are folded to this value, the field needs no storage.
    pub constant: Option<ConstValue>,
    /// Initializer of a non-const field, run by the class's static initializer in source order.
    pub init: Option<Expr>,
    /// The field of a field-like event: what `+=` on it subscribes is an event handler.
    pub is_event: bool,
    pub span: Span,
    pub name_span: Span,
}

/// How an async method completes: which builder `lower` uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AsyncKind {
    NotAsync,
    /// `async void` (Tier 2).
    Void,
    Task,
    TaskOf(Ty),
    ValueTask,
    ValueTaskOf(Ty),
    /// `async IAsyncEnumerable<T>` (Tier 3).
    AsyncEnumerable(Ty),
    /// `async IAsyncEnumerator<T>` (Tier 3).
    AsyncEnumerator(Ty),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Ordinary,
    /// Tier 2.
    Constructor,
    /// Tier 2 (property `get` bodies).
    Getter,
    /// `static C() { }` (Tier 2).
    StaticConstructor,
    /// The `add` accessor of an event: what it is passed is an event handler.
    EventAdder,
}

#[derive(Clone, Debug)]
pub struct Method {
    pub class: ClassId,
    pub name: String,
    pub kind: MethodKind,
    pub is_static: bool,
    pub is_async: bool,
    pub async_kind: AsyncKind,
    /// `Some(T)` for a synchronous `IEnumerable<T>` iterator (Tier 3).
    pub iterator: Option<Ty>,
    /// Generic method parameters (Tier 3); their uses are `Ty::Param(index)`.
    pub type_params: Vec<String>,
    pub params: Vec<LocalId>,
    pub param_types: Vec<Ty>,
    pub return_type: Ty,
    pub locals: Vec<Local>,
    /// `None` when the declaration had no body (an error was reported).
    pub body: Option<Block>,
    /// How many expressions and statements the body has (its ids run from 0).
    pub expr_count: u32,
    pub stmt_count: u32,
    pub span: Span,
    pub name_span: Span,
    /// `virtual`, `abstract`, `override` (or none).
    pub virt: Virt,
    /// The slot of the class's vtable a virtual, abstract or override method fills: a call
    /// through an object runs the method its class puts in that slot.
    pub vslot: Option<u32>,
    /// Called only through delegates (a lambda's or local function's method, a method group's
    /// thunk, `closures/`): the library calls it with the values its collections hold and
    /// passes no return buffer, so `lower` copies its struct parameters on entry and returns a
    /// struct as a new object (docs/lowering.md, "Structs through delegates").
    pub delegate_entry: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Virt {
    #[default]
    None,
    Virtual,
    Abstract,
    Override,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    Param,
    Local,
    /// `const int x = 1;`: uses are folded; kept for tools.
    Const,
    ForeachVar,
    CatchVar,
    /// Tier 2.
    UsingVar,
    /// Tier 2.
    LambdaParam,
    /// A local function: a local holding its delegate from the start of its block (closures/
    /// makes the function a method).
    LocalFunction,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
    pub kind: LocalKind,
    pub span: Span,
    /// Captured by a lambda (Tier 2): `lower` puts it in a closure environment.
    pub captured: bool,
    /// A `ref`, `out` or `in` parameter: the local is the address of the caller's variable.
    pub by_ref: Option<RefKind>,
}

/// How a parameter takes its argument by reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RefKind {
    Ref,
    Out,
    In,
}

impl RefKind {
    pub fn keyword(self) -> &'static str {
        match self {
            RefKind::Ref => "ref",
            RefKind::Out => "out",
            RefKind::In => "in",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    pub id: StmtId,
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt {
            kind,
            span,
            id: StmtId::NONE,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForeachKind {
    Array,
    /// A `string`'s `char`s, by index as C# compiles it (the string cannot change).
    String,
    List,
    /// `AggregateException.InnerExceptions`.
    ReadOnlyCollection,
    /// Tier 3: any `IEnumerable<T>` / `await foreach` over `IAsyncEnumerable<T>`.
    Enumerable,
    AsyncEnumerable,
}

#[derive(Clone, Debug)]
pub struct CatchClause {
    /// The caught type; `catch { }` catches `Exception`.
    pub ty: Ty,
    pub local: Option<LocalId>,
    /// `when (...)`: run when an exception of `ty` reaches the clause (a filter that throws is
    /// false); C# runs it before the `finally` blocks inside the `try` (docs/lowering.md).
    pub filter: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct SwitchSection {
    /// `None` is `default:`; labels are constants of the subject's type (`Null` for `case null`
    /// of a string). The `default` label matches only when no other label does, wherever it is.
    pub labels: Vec<Option<ConstValue>>,
    /// The end of the list is unreachable (C#'s CS0163): a section never falls into the next.
    pub body: Vec<Stmt>,
    /// The section's last label, where C# reports a section that falls through.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Block(Block),
    /// One declarator: `int a = 1, b;` becomes two `Local` statements.
    Local {
        local: LocalId,
        init: Option<Expr>,
    },
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
        init: Vec<Stmt>,
        cond: Option<Expr>,
        update: Vec<Expr>,
        body: Box<Stmt>,
    },
    Foreach {
        kind: ForeachKind,
        /// The iteration variable; the element is converted to its type by `conversion`.
        local: LocalId,
        elem_ty: Ty,
        conversion: Option<Conversion>,
        collection: Expr,
        body: Box<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Throw(Expr),
    /// `throw;` inside a catch clause.
    Rethrow,
    Try {
        body: Block,
        catches: Vec<CatchClause>,
        finally: Option<Block>,
    },
    /// A `switch` statement of an `int`, `long`, `bool` or `string` with constant labels:
    /// `break` inside leaves it, `continue` goes to the enclosing loop.
    Switch {
        subject: Expr,
        sections: Vec<SwitchSection>,
    },
    /// The place of label `L:` in its statement list (the statement it labels follows).
    Label(LabelId),
    /// `goto L;`: the label is in this statement's block or an enclosing one, so the jump only
    /// leaves statements, running the `finally` blocks it leaves.
    Goto(LabelId),
    /// `goto case c;` / `goto default;`: to section `n` of the innermost enclosing `switch`.
    GotoSection(u32),
    /// `using (var x = e) body` (Tier 2): `resource` declares the local(s), disposed in reverse.
    Using {
        resource: Vec<Stmt>,
        body: Box<Stmt>,
    },
    /// Tier 3.
    YieldReturn(Expr),
    YieldBreak,
    Empty,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub span: Span,
    pub id: ExprId,
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Ty, span: Span) -> Expr {
        Expr {
            kind,
            ty,
            span,
            id: ExprId::NONE,
        }
    }

    pub fn error(span: Span) -> Expr {
        Expr::new(ExprKind::Error, Ty::Error, span)
    }

    pub fn constant(&self) -> Option<&ConstValue> {
        match &self.kind {
            ExprKind::Const(c) => Some(c),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Callee {
    User(MethodId),
    Builtin(BuiltinId),
}

/// The target of an assignment, compound assignment or `++`/`--`.
#[derive(Clone, Debug)]
pub enum Place {
    Local(LocalId),
    /// `this = value` in a method or constructor of a struct: the value is copied into the
    /// struct `this` refers to.
    This,
    StaticField(FieldId),
    ArrayElement {
        array: Box<Expr>,
        index: Box<Expr>,
    },
    /// A settable library indexer, e.g. `List<T>.this[int]`.
    Indexer {
        target: Box<Expr>,
        index: Box<Expr>,
        indexer: BuiltinId,
    },
    /// Tier 2.
    InstanceField {
        receiver: Box<Expr>,
        field: FieldId,
    },
    /// A user property with a setter (and the getter a compound assignment reads through), or
    /// a user indexer (`get_Item`/`set_Item`): `args` are its index arguments, evaluated after
    /// the receiver and before the value.
    Property {
        receiver: Option<Box<Expr>>,
        getter: MethodId,
        setter: MethodId,
        args: Vec<Expr>,
    },
}

/// `X = value` in `new C { X = value }`.
#[derive(Clone, Debug)]
pub struct MemberInit {
    pub target: InitTarget,
    pub value: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InitTarget {
    Field(FieldId),
    /// A property's `set` accessor.
    Setter(MethodId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeTestKind {
    /// `is`: a `bool`.
    Is,
    /// `as`: the object, or `null`.
    As,
}

/// Which awaiter `lower` drives for an `await` (the awaiter type itself is in `AwaitInfo`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaiterKind {
    TaskAwaiter,
    TaskAwaiterOf,
    ValueTaskAwaiter,
    ValueTaskAwaiterOf,
    ConfiguredTaskAwaiter,
    ConfiguredTaskAwaiterOf,
    ConfiguredValueTaskAwaiter,
    ConfiguredValueTaskAwaiterOf,
    YieldAwaiter,
    /// A user awaitable (Tier 2): the three members below are user methods.
    Custom,
}

#[derive(Clone, Debug)]
pub struct AwaitInfo {
    pub awaiter: AwaiterKind,
    pub awaiter_ty: Ty,
    pub get_awaiter: Callee,
    pub is_completed: Callee,
    pub get_result: Callee,
    /// For `AwaiterKind::Custom`: the awaiter's members as C# calls them. The awaited
    /// expression is then the `GetAwaiter()` call itself.
    pub custom: Option<Box<CustomAwait>>,
}

/// The members of a user awaiter an `await` calls, each an expression over two placeholders
/// that `lower` binds: the awaiter (an `ExprKind::Error` of the awaiter's type) and the
/// continuation (an `ExprKind::Error` of type `Action`). Placeholders rather than hidden
/// locals: no pass renumbers or captures them (closure conversion renumbers every local it
/// walks, and it does not walk these).
#[derive(Clone, Debug)]
pub struct CustomAwait {
    /// `awaiter.IsCompleted`.
    pub is_completed: Expr,
    /// `awaiter.UnsafeOnCompleted(continuation)` when the awaiter implements
    /// `ICriticalNotifyCompletion` (as the builder prefers), else `awaiter.OnCompleted(..)`.
    pub on_completed: Expr,
    /// `awaiter.GetResult()`.
    pub get_result: Expr,
}

/// A lambda or anonymous async function (Tier 2). Its parameters and locals live in the enclosing
/// method's local table; `captures` lists the enclosing locals it uses.
#[derive(Clone, Debug)]
pub struct Lambda {
    /// A local function's name (`Square` of `int Square(int x) => ...`).
    pub local_name: Option<String>,
    /// A local function's signature as C#'s messages give it (`Square(int)`, `Id<T>(T)`), and
    /// where its name is.
    pub local_sig: Option<(String, Span)>,
    /// The first local the lambda declares (its parameters, then its body's): lower ids are
    /// the enclosing function's.
    pub first_local: u32,
    pub params: Vec<LocalId>,
    pub is_async: bool,
    pub async_kind: AsyncKind,
    pub return_type: Ty,
    pub body: Block,
    pub captures: Vec<LocalId>,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// Literals and folded constant expressions.
    Const(ConstValue),
    Local(LocalId),
    StaticField(FieldId),
    /// A library property read, static (`Task.CompletedTask`) or instance (`s.Length`).
    Property {
        receiver: Option<Box<Expr>>,
        member: BuiltinId,
        /// The owner's type arguments then the member's (e.g. `[int]` for `List<int>.Count`).
        type_args: Vec<Ty>,
    },
    /// A call with arguments already converted to the parameter types; `params` arguments are
    /// gathered into an `ArrayInit`.
    Call {
        callee: Callee,
        receiver: Option<Box<Expr>>,
        args: Vec<Expr>,
        type_args: Vec<Ty>,
    },
    /// `new T(args)` of a library type, with collection-initializer items added in order.
    New {
        ctor: Callee,
        args: Vec<Expr>,
        type_args: Vec<Ty>,
        initializer: Vec<Expr>,
    },
    /// `new T[size]`.
    NewArray {
        elem: Ty,
        size: Box<Expr>,
    },
    /// `new[] { .. }`, `new T[] { .. }`, and `params` arguments.
    ArrayInit {
        elem: Ty,
        items: Vec<Expr>,
    },
    ArrayElement {
        array: Box<Expr>,
        index: Box<Expr>,
    },
    /// A library indexer read (`list[i]`).
    Indexer {
        target: Box<Expr>,
        index: Box<Expr>,
        indexer: BuiltinId,
    },
    Unary {
        op: UnOp,
        operand: Box<Expr>,
    },
    /// Arithmetic, comparison and logical operators; both operands have the operation's type
    /// (`operand_ty`), which for `==`/`!=` of references is `object`.
    Binary {
        op: BinOp,
        operand_ty: Ty,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// String concatenation of string-typed parts (non-strings are wrapped in `ToStr`); also what
    /// interpolated strings become.
    Concat(Vec<Expr>),
    /// The string form of any value as concatenation sees it: `null` becomes "".
    ToStr(Box<Expr>),
    Convert {
        conversion: Conversion,
        expr: Box<Expr>,
    },
    Assign {
        target: Place,
        value: Box<Expr>,
    },
    /// `_ = e`
    Discard(Box<Expr>),
    /// `target op= value`; `value` has the target's type; `concat` for `s += x`.
    CompoundAssign {
        target: Place,
        op: BinOp,
        concat: bool,
        value: Box<Expr>,
    },
    IncDec {
        target: Place,
        kind: IncDec,
        /// In a `checked` context: `int.MaxValue` + 1 throws `OverflowException`.
        checked: bool,
    },
    Conditional {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// The node's `ty` is the result type of `GetResult()` (may be `void`).
    Await {
        expr: Box<Expr>,
        info: Box<AwaitInfo>,
    },
    This,
    /// `base`: `this`, typed as the base class; a call of a virtual method through it runs the
    /// base's implementation (not the object's override).
    Base,
    InstanceField {
        receiver: Box<Expr>,
        field: FieldId,
    },
    NewObject {
        class: ClassId,
        ctor: Option<MethodId>,
        args: Vec<Expr>,
        /// An object initializer's assignments, in order, after the constructor.
        init: Vec<MemberInit>,
    },
    /// `e is T`, `e is T x` (x gets the object when the test is true), `e as T`.
    TypeTest {
        expr: Box<Expr>,
        target: Ty,
        kind: TypeTestKind,
        local: Option<LocalId>,
    },
    Lambda(Box<Lambda>),
    /// A lambda or anonymous method whose delegate type is not known yet (a call's argument
    /// before overload resolution): `coerce` binds it to the parameter's type. Never left in a
    /// body that checks clean.
    UnboundLambda(Box<unawait_syntax::ast::Expr>),
    /// A method group converted to a delegate type (the node's `ty`).
    MethodGroup {
        method: Callee,
        receiver: Option<Box<Expr>>,
        /// A generic method's type arguments, inferred from the delegate type (empty
        /// otherwise, and once instantiation has named the instance).
        type_args: Vec<Ty>,
    },
    InvokeDelegate {
        target: Box<Expr>,
        args: Vec<Expr>,
    },
    /// A library call with an `out` argument (`d.TryGetValue(k, out v)`, `int.TryParse(s, out
    /// n)`): `call` runs, then its out value goes to `out` (`None`: `out _`). The target is a
    /// local, so nothing is evaluated between the call and the store.
    OutCall {
        call: Box<Expr>,
        out: Option<LocalId>,
    },
    /// A by-reference argument of a call of the program's own method (`ref x`, `out x`, `in
    /// x`, and an `in` parameter's plain argument): `target` is a local (a by-reference
    /// parameter passes its address on), an instance or static field, an array element, or
    /// (for `in` only) any value, which the call passes the address of a copy of.
    RefArg {
        kind: RefKind,
        target: Box<Expr>,
    },
    /// Recovery after a reported error.
    Error,
}
