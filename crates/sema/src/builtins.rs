//! The library unawait knows: ONE table of C#-like signatures, parsed once. Member lookup, overload
//! resolution, hints ("members unawait's library has for `string`") and the ids in the HIR all come
//! from this table, so adding a library member is adding a line here (and its runtime entry).
//!
//! Line syntax: `Owner: [static] [<T, ..>] Ret Name(Type name, ..)` for methods,
//! `Owner: [static] Ret Name { get; [set;] }` for properties, `Owner: Ret this[int index] { get; }`
//! for indexers, `Owner: new(..)` for constructors and `Owner: const Ret Name = literal`.
//! Identifiers in the owner that are not types (`T` in `List<T>`) are its type parameters.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::constants::ConstValue;
use crate::types::{Lib, Ty};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BuiltinId(pub u32);

/// What member lookup is keyed by: the type constructor of the receiver or qualifying type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    Lib(Lib),
    Array,
    Int,
    Long,
    Bool,
    Double,
    String,
    Object,
}

impl Owner {
    pub fn of(ty: &Ty) -> Option<Owner> {
        Some(match ty {
            Ty::Int => Owner::Int,
            Ty::Long => Owner::Long,
            Ty::Bool => Owner::Bool,
            Ty::Double => Owner::Double,
            Ty::String => Owner::String,
            Ty::Object => Owner::Object,
            Ty::Array(_) => Owner::Array,
            Ty::Lib(l, _) => Owner::Lib(*l),
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum MemberKind {
    Method,
    Property { setter: bool },
    Indexer { setter: bool },
    Constructor,
    Const(ConstValue),
}

#[derive(Clone, Debug)]
pub struct Builtin {
    pub owner: Owner,
    /// The owner with its type parameters (`List<T>`), for display.
    pub owner_ty: Ty,
    pub owner_arity: u32,
    pub name: String,
    pub kind: MemberKind,
    pub is_static: bool,
    /// The method's own type parameters; in signatures they are `Param(owner_arity + i)`.
    pub type_params: Vec<String>,
    pub params: Vec<(String, Ty)>,
    /// The last parameter is `params T[]`.
    pub params_array: bool,
    pub ret: Ty,
}

impl Builtin {
    /// C#'s way of naming a member in messages: `Console.WriteLine(int)`, `string.Length`.
    pub fn display(&self, type_args: &[Ty]) -> String {
        let owner = if type_args.is_empty() {
            self.owner_ty.to_string()
        } else {
            self.owner_ty.subst(type_args).to_string()
        };
        let ty = |t: &Ty| {
            if type_args.is_empty() {
                t.to_string()
            } else {
                t.subst(type_args).to_string()
            }
        };
        match self.kind {
            MemberKind::Method | MemberKind::Constructor => {
                let mut s = if self.kind == MemberKind::Constructor {
                    format!("{owner}.{}", owner.split('<').next().unwrap_or(""))
                } else {
                    format!("{owner}.{}", self.name)
                };
                if !self.type_params.is_empty() {
                    // Instantiated method type arguments when known: `Task.FromResult<int>(int)`.
                    let first = self.owner_arity as usize;
                    let names: Vec<String> = if type_args.len() >= first + self.type_params.len() {
                        type_args[first..first + self.type_params.len()]
                            .iter()
                            .map(|t| t.to_string())
                            .collect()
                    } else {
                        self.type_params.clone()
                    };
                    s.push('<');
                    s.push_str(&names.join(", "));
                    s.push('>');
                }
                s.push('(');
                for (i, (_, t)) in self.params.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    if self.params_array && i + 1 == self.params.len() {
                        s.push_str("params ");
                    }
                    s.push_str(&ty(t));
                }
                s.push(')');
                s
            }
            MemberKind::Indexer { .. } => format!("{owner}.this[int]"),
            _ => format!("{owner}.{}", self.name),
        }
    }

    pub fn is_method(&self) -> bool {
        self.kind == MemberKind::Method
    }
}

pub struct Library {
    members: Vec<Builtin>,
    by_name: HashMap<Owner, HashMap<String, Vec<BuiltinId>>>,
    names: HashMap<Owner, Vec<String>>,
    /// Lines that failed to parse (a unit test keeps this empty).
    pub errors: Vec<String>,
}

impl Library {
    pub fn get(&self, id: BuiltinId) -> &Builtin {
        &self.members[id.0 as usize]
    }

    pub fn lookup(&self, owner: Owner, name: &str) -> &[BuiltinId] {
        self.by_name
            .get(&owner)
            .and_then(|m| m.get(name))
            .map_or(&[], |v| v.as_slice())
    }

    /// Member names of `owner` (constructors excluded), for "did you mean" hints.
    pub fn member_names(&self, owner: Owner) -> &[String] {
        self.names.get(&owner).map_or(&[], |v| v.as_slice())
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

pub fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(build)
}

const TABLE: &str = r#"
Console: static void WriteLine()
Console: static void WriteLine(string value)
Console: static void WriteLine(int value)
Console: static void WriteLine(long value)
Console: static void WriteLine(double value)
Console: static void WriteLine(bool value)
Console: static void WriteLine(object value)
Console: static void Write(string value)
Console: static void Write(int value)
Console: static void Write(long value)
Console: static void Write(double value)
Console: static void Write(bool value)
Console: static void Write(object value)
Math: static int Max(int val1, int val2)
Math: static long Max(long val1, long val2)
Math: static double Max(double val1, double val2)
Math: static int Min(int val1, int val2)
Math: static long Min(long val1, long val2)
Math: static double Min(double val1, double val2)
Math: static int Abs(int value)
Math: static long Abs(long value)
Math: static double Abs(double value)
Environment: static int CurrentManagedThreadId { get; }
int: const int MaxValue = 2147483647
int: const int MinValue = -2147483648
long: const long MaxValue = 9223372036854775807
long: const long MinValue = -9223372036854775808
object: string ToString()
string: int Length { get; }
string: string ToUpper()
string: string ToLower()
string: static string Join(string separator, params string[] value)
string: static string Join(string separator, params object[] values)
string: static string Join(string separator, IEnumerable<string> values)
string: static <T> string Join(string separator, IEnumerable<T> values)
T[]: int Length { get; }
List<T>: new()
List<T>: new(int capacity)
List<T>: new(IEnumerable<T> collection)
List<T>: void Add(T item)
List<T>: int Count { get; }
List<T>: T this[int index] { get; set; }
List<T>: T[] ToArray()
ReadOnlyCollection<T>: int Count { get; }
ReadOnlyCollection<T>: T this[int index] { get; }
Task: static Task Delay(int millisecondsDelay)
Task: static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
Task: static YieldAwaitable Yield()
Task: static <TResult> Task<TResult> FromResult(TResult result)
Task: static Task CompletedTask { get; }
Task: static Task WhenAll(params Task[] tasks)
Task: static Task WhenAll(IEnumerable<Task> tasks)
Task: static <TResult> Task<TResult[]> WhenAll(params Task<TResult>[] tasks)
Task: static <TResult> Task<TResult[]> WhenAll(IEnumerable<Task<TResult>> tasks)
Task: static Task<Task> WhenAny(params Task[] tasks)
Task: static Task<Task> WhenAny(IEnumerable<Task> tasks)
Task: static <TResult> Task<Task<TResult>> WhenAny(params Task<TResult>[] tasks)
Task: static <TResult> Task<Task<TResult>> WhenAny(IEnumerable<Task<TResult>> tasks)
Task: void Wait()
Task: TaskAwaiter GetAwaiter()
Task: ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext)
Task: bool IsCompleted { get; }
Task: bool IsFaulted { get; }
Task: bool IsCanceled { get; }
Task: TaskStatus Status { get; }
Task: AggregateException Exception { get; }
Task<TResult>: TResult Result { get; }
Task<TResult>: TaskAwaiter<TResult> GetAwaiter()
Task<TResult>: ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext)
TaskAwaiter: bool IsCompleted { get; }
TaskAwaiter: void GetResult()
TaskAwaiter<TResult>: bool IsCompleted { get; }
TaskAwaiter<TResult>: TResult GetResult()
ConfiguredTaskAwaitable: ConfiguredTaskAwaiter GetAwaiter()
ConfiguredTaskAwaitable<TResult>: ConfiguredTaskAwaiter<TResult> GetAwaiter()
ConfiguredTaskAwaiter: bool IsCompleted { get; }
ConfiguredTaskAwaiter: void GetResult()
ConfiguredTaskAwaiter<TResult>: bool IsCompleted { get; }
ConfiguredTaskAwaiter<TResult>: TResult GetResult()
ValueTask: bool IsCompleted { get; }
ValueTask: Task AsTask()
ValueTask: ValueTaskAwaiter GetAwaiter()
ValueTask: ConfiguredValueTaskAwaitable ConfigureAwait(bool continueOnCapturedContext)
ValueTask: new(Task task)
ValueTask<TResult>: new(TResult result)
ValueTask<TResult>: new(Task<TResult> task)
ValueTask<TResult>: bool IsCompleted { get; }
ValueTask<TResult>: TResult Result { get; }
ValueTask<TResult>: Task<TResult> AsTask()
ValueTask<TResult>: ValueTaskAwaiter<TResult> GetAwaiter()
ValueTask<TResult>: ConfiguredValueTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext)
ValueTaskAwaiter: bool IsCompleted { get; }
ValueTaskAwaiter: void GetResult()
ValueTaskAwaiter<TResult>: bool IsCompleted { get; }
ValueTaskAwaiter<TResult>: TResult GetResult()
ConfiguredValueTaskAwaitable: ConfiguredValueTaskAwaiter GetAwaiter()
ConfiguredValueTaskAwaitable<TResult>: ConfiguredValueTaskAwaiter<TResult> GetAwaiter()
ConfiguredValueTaskAwaiter: bool IsCompleted { get; }
ConfiguredValueTaskAwaiter: void GetResult()
ConfiguredValueTaskAwaiter<TResult>: bool IsCompleted { get; }
ConfiguredValueTaskAwaiter<TResult>: TResult GetResult()
YieldAwaitable: YieldAwaiter GetAwaiter()
YieldAwaiter: bool IsCompleted { get; }
YieldAwaiter: void GetResult()
TaskStatus: const TaskStatus Created = 0
TaskStatus: const TaskStatus WaitingForActivation = 1
TaskStatus: const TaskStatus WaitingToRun = 2
TaskStatus: const TaskStatus Running = 3
TaskStatus: const TaskStatus WaitingForChildrenToComplete = 4
TaskStatus: const TaskStatus RanToCompletion = 5
TaskStatus: const TaskStatus Canceled = 6
TaskStatus: const TaskStatus Faulted = 7
TaskCreationOptions: const TaskCreationOptions None = 0
TaskCreationOptions: const TaskCreationOptions PreferFairness = 1
TaskCreationOptions: const TaskCreationOptions LongRunning = 2
TaskCreationOptions: const TaskCreationOptions AttachedToParent = 4
TaskCreationOptions: const TaskCreationOptions DenyChildAttach = 8
TaskCreationOptions: const TaskCreationOptions HideScheduler = 16
TaskCreationOptions: const TaskCreationOptions RunContinuationsAsynchronously = 64
TaskCompletionSource<TResult>: new()
TaskCompletionSource<TResult>: new(TaskCreationOptions creationOptions)
TaskCompletionSource<TResult>: Task<TResult> Task { get; }
TaskCompletionSource<TResult>: void SetResult(TResult result)
TaskCompletionSource<TResult>: bool TrySetResult(TResult result)
TaskCompletionSource<TResult>: void SetException(Exception exception)
TaskCompletionSource<TResult>: bool TrySetException(Exception exception)
TaskCompletionSource<TResult>: void SetException(IEnumerable<Exception> exceptions)
TaskCompletionSource<TResult>: bool TrySetException(IEnumerable<Exception> exceptions)
TaskCompletionSource<TResult>: void SetCanceled()
TaskCompletionSource<TResult>: bool TrySetCanceled()
SemaphoreSlim: new(int initialCount)
SemaphoreSlim: new(int initialCount, int maxCount)
SemaphoreSlim: int CurrentCount { get; }
SemaphoreSlim: void Wait()
SemaphoreSlim: Task WaitAsync()
SemaphoreSlim: int Release()
SemaphoreSlim: int Release(int releaseCount)
CancellationTokenSource: new()
CancellationTokenSource: CancellationToken Token { get; }
CancellationTokenSource: void Cancel()
CancellationTokenSource: void CancelAfter(int millisecondsDelay)
CancellationTokenSource: bool IsCancellationRequested { get; }
CancellationToken: static CancellationToken None { get; }
CancellationToken: bool IsCancellationRequested { get; }
CancellationToken: void ThrowIfCancellationRequested()
Exception: string Message { get; }
Exception: Exception InnerException { get; }
AggregateException: ReadOnlyCollection<Exception> InnerExceptions { get; }
ArgumentException: new(string message, string paramName)
ArgumentNullException: new()
ArgumentNullException: new(string paramName)
ArgumentNullException: new(string paramName, string message)
ArgumentNullException: new(string message, Exception innerException)
ArgumentOutOfRangeException: new()
ArgumentOutOfRangeException: new(string paramName)
ArgumentOutOfRangeException: new(string paramName, string message)
ArgumentOutOfRangeException: new(string message, Exception innerException)
"#;

/// Exceptions with the three usual constructors `()`, `(string message)`,
/// `(string message, Exception innerException)`.
const PLAIN_EXCEPTIONS: &[&str] = &[
    "Exception",
    "SystemException",
    "ArgumentException",
    "InvalidOperationException",
    "NotSupportedException",
    "NotImplementedException",
    "TimeoutException",
    "ArithmeticException",
    "DivideByZeroException",
    "OverflowException",
    "InvalidCastException",
    "OutOfMemoryException",
    "NullReferenceException",
    "IndexOutOfRangeException",
    "OperationCanceledException",
    "TaskCanceledException",
    "AggregateException",
    "SemaphoreFullException",
];

fn build() -> Library {
    let mut lines: Vec<String> = TABLE.lines().map(str::to_string).collect();
    for e in PLAIN_EXCEPTIONS {
        lines.push(format!("{e}: new()"));
        lines.push(format!("{e}: new(string message)"));
        lines.push(format!(
            "{e}: new(string message, Exception innerException)"
        ));
    }
    let mut lib = Library {
        members: Vec::new(),
        by_name: HashMap::new(),
        names: HashMap::new(),
        errors: Vec::new(),
    };
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        match parse_line(line) {
            Some(b) => {
                let id = BuiltinId(lib.members.len() as u32);
                lib.by_name
                    .entry(b.owner)
                    .or_default()
                    .entry(b.name.clone())
                    .or_default()
                    .push(id);
                if b.kind != MemberKind::Constructor {
                    let names = lib.names.entry(b.owner).or_default();
                    if !names.contains(&b.name) {
                        names.push(b.name.clone());
                    }
                }
                lib.members.push(b);
            }
            None => lib.errors.push(line.to_string()),
        }
    }
    lib
}

fn tokenize(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == '-' {
            let start = i;
            i += 1;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out
}

struct P {
    toks: Vec<String>,
    pos: usize,
    /// Type parameter names in scope: owner's first, then the method's.
    params: Vec<String>,
}

impl P {
    fn peek(&self) -> &str {
        self.toks.get(self.pos).map_or("", |s| s.as_str())
    }
    fn next(&mut self) -> String {
        let t = self.peek().to_string();
        self.pos += 1;
        t
    }
    fn eat(&mut self, t: &str) -> bool {
        if self.peek() == t {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, t: &str) -> Option<()> {
        self.eat(t).then_some(())
    }

    /// A type; in the owner position (`declare`), unknown names become type parameters.
    fn ty(&mut self, declare: bool) -> Option<Ty> {
        let name = self.next();
        let mut args = Vec::new();
        if self.eat("<") {
            loop {
                args.push(self.ty(declare)?);
                if !self.eat(",") {
                    break;
                }
            }
            self.expect(">")?;
        }
        let mut t = match name.as_str() {
            "int" => Ty::Int,
            "long" => Ty::Long,
            "bool" => Ty::Bool,
            "double" => Ty::Double,
            "string" => Ty::String,
            "void" => Ty::Void,
            "object" => Ty::Object,
            _ => {
                if let Some(i) = self.params.iter().position(|p| *p == name) {
                    Ty::Param(i as u32, name.as_str().into())
                } else if let Some(l) = Lib::by_name(&name, args.len()) {
                    Ty::Lib(l, args)
                } else if declare && args.is_empty() {
                    self.params.push(name.clone());
                    Ty::Param(self.params.len() as u32 - 1, name.as_str().into())
                } else {
                    return None;
                }
            }
        };
        while self.peek() == "[" {
            self.pos += 1;
            self.expect("]")?;
            t = Ty::array_of(t);
        }
        Some(t)
    }

    fn param_list(&mut self, close: &str) -> Option<(Vec<(String, Ty)>, bool)> {
        let mut params = Vec::new();
        let mut params_array = false;
        if self.eat(close) {
            return Some((params, false));
        }
        loop {
            if self.eat("params") {
                params_array = true;
            }
            let ty = self.ty(false)?;
            let name = self.next();
            params.push((name, ty));
            if self.eat(close) {
                break;
            }
            self.expect(",")?;
        }
        Some((params, params_array))
    }
}

fn parse_line(line: &str) -> Option<Builtin> {
    let mut p = P {
        toks: tokenize(line),
        pos: 0,
        params: Vec::new(),
    };
    let owner_ty = p.ty(true)?;
    let owner = Owner::of(&owner_ty)?;
    let owner_arity = p.params.len() as u32;
    p.expect(":")?;
    let mut b = Builtin {
        owner,
        owner_ty,
        owner_arity,
        name: String::new(),
        kind: MemberKind::Method,
        is_static: false,
        type_params: Vec::new(),
        params: Vec::new(),
        params_array: false,
        ret: Ty::Void,
    };
    if p.eat("new") {
        p.expect("(")?;
        (b.params, b.params_array) = p.param_list(")")?;
        b.kind = MemberKind::Constructor;
        b.name = ".ctor".into();
        b.ret = b.owner_ty.clone();
        b.is_static = true;
        return (p.pos == p.toks.len()).then_some(b);
    }
    if p.eat("const") {
        b.ret = p.ty(false)?;
        b.name = p.next();
        p.expect("=")?;
        let lit = p.next();
        let value = match b.ret {
            Ty::Int => ConstValue::Int(lit.parse().ok()?),
            Ty::Long => ConstValue::Long(lit.parse().ok()?),
            // Enum members are constants of the enum type with their underlying int value.
            Ty::Lib(l, _) if l.is_enum() => ConstValue::Int(lit.parse().ok()?),
            _ => return None,
        };
        b.kind = MemberKind::Const(value);
        b.is_static = true;
        return (p.pos == p.toks.len()).then_some(b);
    }
    b.is_static = p.eat("static");
    if p.eat("<") {
        loop {
            let n = p.next();
            b.type_params.push(n.clone());
            p.params.push(n);
            if !p.eat(",") {
                break;
            }
        }
        p.expect(">")?;
    }
    b.ret = p.ty(false)?;
    if p.eat("this") {
        p.expect("[")?;
        (b.params, _) = p.param_list("]")?;
        b.name = "this[]".into();
        b.kind = MemberKind::Indexer {
            setter: accessors(&mut p)?,
        };
        return (p.pos == p.toks.len()).then_some(b);
    }
    b.name = p.next();
    if p.peek() == "{" {
        b.kind = MemberKind::Property {
            setter: accessors(&mut p)?,
        };
    } else {
        p.expect("(")?;
        (b.params, b.params_array) = p.param_list(")")?;
    }
    (p.pos == p.toks.len()).then_some(b)
}

/// `{ get; }` or `{ get; set; }`: returns whether there is a setter.
fn accessors(p: &mut P) -> Option<bool> {
    p.expect("{")?;
    p.expect("get")?;
    p.expect(";")?;
    let setter = p.eat("set");
    if setter {
        p.expect(";")?;
    }
    p.expect("}")?;
    Some(setter)
}
