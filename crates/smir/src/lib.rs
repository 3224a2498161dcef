//! SMIR, the State-Machine IR: plain data between `lower` and the JIT. Functions are control-flow
//! graphs of blocks holding three-address instructions over numbered values; an async method's
//! `MoveNext` additionally touches its frame through explicit slot loads and stores, and drives
//! awaiters and its builder through explicit instructions. docs/lowering.md has the design.
//!
//! Architecture invariant: no behaviour beyond printing (`print`) and checking (`verify`); every
//! decision (what is in the frame, which state resumes where) is made by `lower` and recorded here.

mod model;
pub use model::Model;
pub mod csharp;
pub mod json;
pub mod liveness;
pub mod print;
pub mod verify;
mod verify_defs;

mod classes;
mod ops;
mod state_machine;

pub use classes::{ClassLayout, EnumLayout, EXCEPTION_OBJECT_BYTES, OBJECT_HEADER};
pub use ops::*;
pub use state_machine::*;

use unawait_syntax::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueId(pub u32);
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SlotId(pub u32);

/// What the machine sees of a C# type: its size and whether the collector must trace it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MachTy {
    Bool,
    I32,
    I64,
    F64,
    /// A pointer to a heap object (string, array, list, task, exception...), traced.
    Ref,
    /// An awaiter: a small struct the runtime defines.
    Awaiter(AwaiterKind),
}

impl MachTy {
    /// The C# name of the machine type itself: what a slot shared by values of several
    /// reference types holds is an `object`.
    pub fn csharp(self) -> &'static str {
        match self {
            MachTy::Bool => "bool",
            MachTy::I32 => "int",
            MachTy::I64 => "long",
            MachTy::F64 => "double",
            MachTy::Ref => "object",
            MachTy::Awaiter(k) => k.name(),
        }
    }

    pub fn bytes(self) -> u32 {
        match self {
            MachTy::Bool => 1,
            MachTy::I32 => 4,
            MachTy::I64 | MachTy::F64 | MachTy::Ref => 8,
            MachTy::Awaiter(k) => k.bytes(),
        }
    }

    /// A slot holding this type is in the frame's reference map.
    pub fn has_refs(self) -> bool {
        match self {
            MachTy::Ref => true,
            MachTy::Awaiter(k) => k.bytes() > 0,
            _ => false,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            MachTy::Bool => "bool",
            MachTy::I32 => "i32",
            MachTy::I64 => "i64",
            MachTy::F64 => "f64",
            MachTy::Ref => "ref",
            MachTy::Awaiter(k) => k.name(),
        }
    }
}

/// The awaiters of the library; `lower` maps sema's awaiter kinds onto these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AwaiterKind {
    /// `TaskAwaiter` and `TaskAwaiter<T>`: the task.
    Task,
    /// `ConfiguredTaskAwaitable(<T>).ConfiguredTaskAwaiter`: the task and the flag.
    ConfiguredTask,
    /// `ValueTaskAwaiter(<T>)` and the configured form: the source object and the result.
    ValueTask,
    /// `YieldAwaitable.YieldAwaiter`: no state.
    Yield,
    /// An awaiter of the program's own (a custom awaitable): a value of its C# type, which the
    /// await's calls (`IsCompleted`, `OnCompleted`, `GetResult`) use; never a `MachTy`.
    Custom,
}

impl AwaiterKind {
    pub fn bytes(self) -> u32 {
        match self {
            AwaiterKind::Task => 8,
            // One word: the task with the `ConfigureAwait(false)` flag in a low bit, or the
            // ValueTask word (the task, or an inline result); docs/runtime.md.
            AwaiterKind::ConfiguredTask => 8,
            AwaiterKind::ValueTask => 8,
            AwaiterKind::Yield => 0,
            AwaiterKind::Custom => 8,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            AwaiterKind::Task => "TaskAwaiter",
            AwaiterKind::ConfiguredTask => "ConfiguredTaskAwaiter",
            AwaiterKind::ValueTask => "ValueTaskAwaiter",
            AwaiterKind::Yield => "YieldAwaiter",
            AwaiterKind::Custom => "custom awaiter",
        }
    }
}

/// Where a value comes from, for dumps and for the reasons `explain` gives.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// A local variable of the source (one value per variable): sema's `LocalId` and where it
    /// is declared.
    Local { span: Span, local: u32 },
    /// A parameter: sema's `LocalId`.
    Param { local: u32 },
    /// The object an instance method runs on (`this`), its first parameter.
    This,
    /// A compiler temporary: the result of a subexpression, printed `<tN>`.
    Temp,
    /// A value the lowering adds for `try` statements and `return`s that run `finally` code.
    Synthetic(Synthetic),
}

/// The values the lowering adds that C# keeps too (as locals its compiler synthesizes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Synthetic {
    /// Which way out of a `try` was taken (the end, a `return`, a `break`...), kept while its
    /// `finally` runs.
    PendingBranch,
    /// The exception in flight when a `finally` began (null when none), rethrown after it.
    PendingException,
    /// The exception a `catch` clause (or the method's outermost handler) caught.
    Caught,
    /// The value of a `return` that runs `finally` code first.
    ReturnValue,
    /// Where a method returning a struct writes it: the caller's struct object, passed as a
    /// hidden last parameter (the CLR's return buffer), so the struct the method builds can
    /// live in its stack frame.
    ReturnBuffer,
    /// The awaiter of a custom awaitable's await: an ordinary value, kept in the frame across
    /// the suspension for its `GetResult()` (C# keeps it in an awaiter field, `<>u__N`).
    Awaiter,
}

impl Synthetic {
    /// The value's name in dumps.
    pub fn name(self) -> &'static str {
        match self {
            Synthetic::PendingBranch => "<pending>",
            Synthetic::PendingException | Synthetic::Caught => "<exception>",
            Synthetic::ReturnValue => "<return>",
            Synthetic::ReturnBuffer => "<retbuf>",
            Synthetic::Awaiter => "<awaiter>",
        }
    }
}

/// What a field of C#'s state machine holds, for its name (`roslyn_field_name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldRole<'a> {
    /// A parameter: C# keeps it under its own name.
    Param(&'a str),
    /// `this` of an instance method.
    This,
    /// A hoisted local of the source.
    Local(&'a str),
    /// A local the compiler adds for `try`/`finally`, `foreach` or `using`.
    Wrap,
    /// An operand computed before an await and used after it.
    Spill,
    /// An awaiter.
    Awaiter,
}

/// The name Roslyn gives a state machine's field: the parameter's own name, `<x>5__N` for a
/// hoisted local (`<>8__N` for a display class), `<>7__wrapN` for a hidden local of `try`/`finally`, `foreach` or `using`,
/// `<>s__N` for a spilled operand, `<>u__N` for an awaiter. The lowered C# dump and explain's
/// estimate of C#'s state machine both name fields with it; `n` counts from 1 (awaiters have
/// their own count, the others share one).
pub fn roslyn_field_name(role: FieldRole<'_>, n: usize) -> String {
    match role {
        FieldRole::Param(name) => name.to_string(),
        FieldRole::This => "<>4__this".to_string(),
        // A display class of closure conversion (sema's closures/) that the frame holds.
        FieldRole::Local(name) if name.starts_with("CS$<>8__locals") => format!("<>8__{n}"),
        FieldRole::Local(name) => format!("<{name}>5__{n}"),
        FieldRole::Wrap => format!("<>7__wrap{n}"),
        FieldRole::Spill => format!("<>s__{n}"),
        FieldRole::Awaiter => format!("<>u__{n}"),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ValueInfo {
    pub ty: MachTy,
    /// The source name, or `<tN>` for a temporary; unique within the function (a second
    /// variable `x` is `x#2`).
    pub name: String,
    pub origin: Origin,
    /// The C# type, for dumps (`string`, `List<int>`); the machine type's own name when the
    /// value has no single C# type (a flag, an index `lower` introduced).
    pub cs_ty: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    I32(i32),
    I64(i64),
    F64(f64),
    Str(String),
    Null,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Value(ValueId),
    Const(Const),
}

/// A call target: a method of the program or a member of the library (sema's builtin id), with
/// its printable name.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    User {
        id: u32,
        name: String,
        /// The call is the operand of an `await` and its task goes nowhere else, so an async
        /// method that completes synchronously may hand back its result inline instead of a
        /// task (docs/runtime.md): no allocation on the synchronous path; and once the await
        /// has read a box's result, the box goes back to its method's pool.
        awaited_directly: bool,
    },
    Builtin {
        id: u32,
        name: String,
        /// The member as the library table declares it (`List<T>.Add(T)`): what the runtime's
        /// entry points are keyed by.
        key: String,
        /// The machine types of the member's type arguments (`List<int>` -> `[I32]`): what
        /// the runtime must know that C# carries in types (list element kinds, task results).
        type_args: Vec<MachTy>,
        /// For each type argument that is one of the program's enums, its class: the members
        /// that print their elements (`Dictionary` keys, `string.Join`) name them by member.
        enum_args: Vec<Option<u32>>,
    },
    /// A helper of the runtime that is not a C# library member (enumerating a list, boxing).
    Runtime(&'static str),
    /// A virtual method called through an object: the method its class puts in vtable slot
    /// `slot` runs; `id` is the method the call names (its signature is every override's).
    Virtual { slot: u32, id: u32, name: String },
    /// A method of an interface called through an object: the method the object's class
    /// implements it with runs; `id` is the interface's method (its signature is theirs).
    Interface { id: u32, name: String },
    /// A delegate invoked: the first argument is the delegate, the rest its arguments; the
    /// method it was made with runs (with its target first, unless static). The machine types
    /// of the arguments and the result are the signature.
    Delegate,
}

/// Which code a delegate of `method` runs: `method`'s own, or the one its target's class puts
/// in a vtable `Slot` or implements an `Interface` method (`method`) with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DelegateDispatch {
    Direct,
    Slot(u32),
    Interface,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    Copy {
        dst: ValueId,
        src: Operand,
    },
    Unary {
        dst: ValueId,
        op: UnOp,
        src: Operand,
    },
    /// `ty` is the operand type (the result of a comparison is `Bool`).
    Binary {
        dst: ValueId,
        op: BinOp,
        ty: MachTy,
        lhs: Operand,
        rhs: Operand,
    },
    Convert {
        dst: ValueId,
        conv: Conv,
        src: Operand,
    },
    /// Calls, library properties, constructors and indexers alike: the library is a table of
    /// functions, and `lower` passes the receiver as the first argument.
    Call {
        dst: Option<ValueId>,
        callee: Callee,
        args: Vec<Operand>,
        /// The innermost source expression being evaluated (where a blocking call blocks, for
        /// deadlock reports).
        span: Span,
    },
    /// Runs class `class`'s static constructor (method `cctor`) if it has not run yet: C# runs
    /// field initializers when the class is first used. Throws `TypeInitializationException`
    /// if it failed, now or before.
    InitClass {
        cctor: u32,
        class: String,
    },
    LoadStatic {
        dst: ValueId,
        field: u32,
        name: String,
    },
    StoreStatic {
        field: u32,
        name: String,
        src: Operand,
    },
    NewArray {
        dst: ValueId,
        elem: MachTy,
        len: Operand,
    },
    /// A new delegate of method `method` (an async one's kickoff), bound to `target` (`None`:
    /// a static method). `name` is the method's, for dumps.
    NewDelegate {
        dst: ValueId,
        method: u32,
        name: String,
        target: Option<Operand>,
        /// The delegate type's .NET full name (`System.Func`2[System.Int32,System.Int32]`),
        /// which the object's `GetType()` and `ToString()` give.
        type_name: String,
        /// A virtual or interface `method` binds the override of the target's class, found
        /// when the delegate is made (C#'s `ldvirtftn`).
        dispatch: DelegateDispatch,
    },
    /// A new object of the program's class `class` (`Module::classes`), its fields zeroed.
    NewObject {
        dst: ValueId,
        class: u32,
    },
    /// A zeroed object of struct `class` in the function's stack frame, for a struct value that
    /// cannot outlive the activation that makes it (`lower/stack_objects.rs`): .NET's struct
    /// locals allocate nothing either. Each execution zeroes the same memory again.
    StackObject {
        dst: ValueId,
        class: u32,
    },
    /// Whether `object` is of type `target` (or derives from it): `Is` gives a `bool`, `As` the
    /// object or null, `Cast` the object or an `InvalidCastException` (null passes).
    TypeTest {
        dst: ValueId,
        object: Operand,
        target: TypeTarget,
        mode: TestMode,
    },
    /// `object.field`, at `offset` bytes into the object; `NullReferenceException` when
    /// `object` is null. `name` is `Class.field`, for dumps.
    LoadField {
        dst: ValueId,
        object: Operand,
        offset: u32,
        name: String,
    },
    StoreField {
        object: Operand,
        offset: u32,
        name: String,
        src: Operand,
    },
    /// The struct held inline in `object`'s field at `offset` (`ClassLayout::embedded`): a
    /// reference into `object`, to the struct's own header and fields, so it is used as any
    /// struct object is. It keeps `object` alive as every reference into an object does (the
    /// collector finds the object a word points into). `NullReferenceException` when `object`
    /// is null. `name` is `Class.field`, for dumps.
    InnerObject {
        dst: ValueId,
        object: Operand,
        offset: u32,
        name: String,
    },
    ArrayLoad {
        dst: ValueId,
        array: Operand,
        index: Operand,
    },
    ArrayStore {
        array: Operand,
        index: Operand,
        src: Operand,
    },
    ArrayLength {
        dst: ValueId,
        array: Operand,
    },
    /// The string of a value as concatenation sees it (`null` is "").
    ToStr {
        dst: ValueId,
        src: Operand,
        from: MachTy,
    },
    Concat {
        dst: ValueId,
        parts: Vec<Operand>,
    },

    // The async machinery, explicit so that dumps show it and the JIT decides nothing.
    GetAwaiter {
        dst: ValueId,
        awaitable: Operand,
        kind: AwaiterKind,
        /// The HIR await expression this lowers (sema's `ExprId`): what the facts of the
        /// await are keyed by.
        hir: u32,
    },
    IsCompleted {
        dst: ValueId,
        awaiter: ValueId,
    },
    GetResult {
        dst: Option<ValueId>,
        awaiter: ValueId,
        /// The `await`, for the async call chain of an exception's trace.
        span: Span,
    },
    /// Registers `MoveNext` as the continuation of the awaiter stored in `slot`.
    AwaitOnCompleted {
        slot: SlotId,
    },
    /// The continuation of a custom awaiter's await: an `Action` that resumes this state
    /// machine, which the await passes to the awaiter's `OnCompleted`/`UnsafeOnCompleted`
    /// (what `AwaitUnsafeOnCompleted` hands the awaiter). It boxes the frame on the method's
    /// first suspension, as `AwaitOnCompleted` does.
    AwaitContinuation {
        dst: ValueId,
    },
    LoadState {
        dst: ValueId,
    },
    StoreState {
        state: i32,
    },
    FrameLoad {
        dst: ValueId,
        slot: SlotId,
    },
    FrameStore {
        slot: SlotId,
        src: ValueId,
    },
    /// Drops the reference a slot holds, so the frame does not keep a dead object alive.
    FrameClear {
        slot: SlotId,
    },
    SetResult {
        value: Option<Operand>,
    },
    SetException {
        exception: ValueId,
    },

    /// The kickoff of an async method: create the builder and the frame (on the caller's stack:
    /// the runtime boxes it only when `MoveNext` first suspends), set the state to -1, run
    /// `MoveNext` of method `method` with `args`, and give back the builder's task (`dst` is
    /// `None` for `async void`).
    Start {
        dst: Option<ValueId>,
        builder: BuilderKind,
        method: u32,
        args: Vec<Operand>,
    },

    /// A by-reference argument that is a local of this function (`ref x`, `out x`, `in x`):
    /// the address of a stack slot that stands for `local` during the call that follows (the
    /// lowering emits it right before the call), holding its value when `read`. After the call
    /// `LocalReload` takes the slot's value back into `local`; the JIT also reloads at once
    /// after the call, so a handler sees what the callee wrote before it threw.
    LocalAddr {
        dst: ValueId,
        local: ValueId,
        read: bool,
    },
    LocalReload {
        local: ValueId,
    },
    /// The address of an object's field (throws NullReferenceException on null). The JIT keeps
    /// the object in a stack slot of its own until the function returns, so the object stays
    /// reachable while a callee writes through the address.
    FieldAddr {
        dst: ValueId,
        object: Operand,
        offset: u32,
    },
    /// The address of an array element (null and bounds checks), the array kept as above.
    ElemAddr {
        dst: ValueId,
        array: Operand,
        index: Operand,
    },
    /// The address of a static field.
    StaticAddr {
        dst: ValueId,
        field: u32,
    },
    /// A read through a by-reference parameter or address: the value of `dst`'s type.
    LoadRef {
        dst: ValueId,
        ptr: Operand,
    },
    /// A write through a by-reference parameter or address: the whole word.
    StoreRef {
        ptr: Operand,
        src: Operand,
    },

    /// First instruction of a handler: the exception being handled.
    Caught {
        dst: ValueId,
    },
    /// Whether an exception is of a class or derived from it (`catch (T)`).
    ExceptionIs {
        dst: ValueId,
        exception: ValueId,
        class: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Goto(BlockId),
    Branch {
        cond: Operand,
        then: BlockId,
        otherwise: BlockId,
    },
    Switch {
        on: ValueId,
        cases: Vec<(i32, BlockId)>,
        default: BlockId,
    },
    Return(Option<Operand>),
    /// Throws the exception; `span` is the `throw` statement's (empty for the lowering's own
    /// rethrows), the line an exception's trace shows for this method.
    Throw(Operand, Span),
    /// Leaves `MoveNext` after `AwaitOnCompleted`: the method is parked.
    Suspend,
    Unreachable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Terminator,
    /// Where an exception thrown by an instruction of this block goes; `None` leaves the function.
    pub unwind: Option<BlockId>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Function {
    pub params: Vec<ValueId>,
    pub values: Vec<ValueInfo>,
    pub blocks: Vec<Block>,
    pub entry: BlockId,
    /// The source expression of each instruction that can throw and has no span of its own
    /// (`/`, an array access...), by the value it defines: the line an exception's trace
    /// shows for this method when the instruction throws.
    pub fault_spans: std::collections::HashMap<ValueId, Span, unawait_syntax::fx::Fx>,
}

impl Function {
    pub fn value(&self, v: ValueId) -> &ValueInfo {
        &self.values[v.0 as usize]
    }

    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b.0 as usize]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum MethodKind {
    Sync,
    Async(StateMachine),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    /// `Class.Method`
    pub name: String,
    /// `Namespace.Class.Method`: how .NET's stack traces name it.
    pub trace_name: String,
    /// The C# return type, as written in dumps (`Task<int>`).
    pub return_type: String,
    /// What the method's code returns: the C# return type for a sync method, the task for an
    /// async one (its kickoff's result); `None` for `void`.
    pub ret: Option<MachTy>,
    pub kind: MethodKind,
    /// The method's code: its body for a sync method, `MoveNext` for an async one.
    pub body: Function,
    pub span: Span,
    /// A generic method's declaration: no code of its own (its body is empty), never called;
    /// each list of type arguments the program uses is a method of its own (`Name<int>`).
    /// The dumps leave it out.
    pub generic: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Module {
    /// Whose runtime the module was lowered for: unawait's optimizations, or none of them.
    pub model: Model,
    /// Indexed by sema's `MethodId`; the static constructors `lower` synthesizes come last.
    pub methods: Vec<Method>,
    /// The static constructors (`Class..cctor`, field initializers in source order), run in
    /// declaration order before the entry point.
    pub static_inits: Vec<u32>,
    /// The entry point (`Main`), when the program has one.
    pub entry: Option<u32>,
    /// How many static fields the program has (`LoadStatic`/`StoreStatic` index them).
    pub statics: u32,
    /// The layout of each class's objects, indexed by sema's `ClassId`.
    pub classes: Vec<ClassLayout>,
}

/// The type a `TypeTest` checks against.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeTarget {
    /// A class of the program (`Module::classes`), with its name for dumps.
    Class { id: u32, name: String },
    /// A type of the library, by its C# name (`string`, `ArgumentException`, `int` for a box).
    Library(String),
    /// A delegate type, by its .NET full name (a delegate object records its type's).
    Delegate(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TestMode {
    Is,
    As,
    Cast,
}
