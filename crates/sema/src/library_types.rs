//! The library's types: one enum (`Lib`) and one table of their C# names, arities, namespaces,
//! tiers and base types (`Lib::info`), which type resolution, member lookup, conversions and
//! printing all read.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lib {
    Console,
    Math,
    Environment,
    Task,
    TaskOf,
    ValueTask,
    ValueTaskOf,
    TaskStatus,
    TaskCreationOptions,
    /// `ContinueWith`'s options (runtime `task/run.rs`).
    TaskContinuationOptions,
    /// `Task.Factory`'s type: `StartNew` (runtime `task/factory.rs`).
    TaskFactory,
    /// `System.Threading.Tasks.TaskExtensions`: `Unwrap`, found on a `Task<Task>` or
    /// `Task<Task<T>>` receiver only (resolve_value.rs).
    TaskExtensions,
    /// `TaskScheduler.Default`/`Current`: the pool's scheduler, the only one.
    TaskScheduler,
    /// `System.Threading.SynchronizationContext`: `Current`, `SetSynchronizationContext` and
    /// its virtual `Post`/`Send`, which a class of the program may override (runtime
    /// `sync_context.rs`).
    SynchronizationContext,
    /// `SendOrPostCallback`: the delegate type `void(object)` `Post` and `Send` take.
    SendOrPostCallback,
    /// `System.Threading.ThreadPool`: `QueueUserWorkItem` of a `WaitCallback` (`void(object)`).
    ThreadPool,
    WaitCallback,
    /// `System.StringComparison`: how the string members that take one compare.
    StringComparison,
    /// `System.StringComparer`: its six singletons (`StringComparer.Ordinal`, ...), a runtime
    /// object that says which `StringComparison` it compares by.
    StringComparer,
    /// `IEqualityComparer<T>` and `IComparer<T>`: only `StringComparer` implements them (for
    /// `T` = `string`), as what dictionaries, sets and `Sort` take.
    IEqualityComparer,
    IComparer,
    /// `System.TimeSpan`: a value type whose word is its ticks (an `I64`).
    TimeSpan,
    TaskAwaiter,
    TaskAwaiterOf,
    ValueTaskAwaiter,
    ValueTaskAwaiterOf,
    ConfiguredTaskAwaitable,
    ConfiguredTaskAwaitableOf,
    ConfiguredTaskAwaiter,
    ConfiguredTaskAwaiterOf,
    ConfiguredValueTaskAwaitable,
    ConfiguredValueTaskAwaitableOf,
    ConfiguredValueTaskAwaiter,
    ConfiguredValueTaskAwaiterOf,
    YieldAwaitable,
    YieldAwaiter,
    List,
    IEnumerable,
    /// The collection interfaces a library collection converts to (convert.rs
    /// `collection_interfaces`); their members dispatch on the object's kind at run time.
    IList,
    IReadOnlyList,
    ICollection,
    IReadOnlyCollection,
    IDictionary,
    IReadOnlyDictionary,
    ReadOnlyCollection,
    Dictionary,
    HashSet,
    Queue,
    Stack,
    KeyValuePair,
    /// `Dictionary<TKey, TValue>.KeyCollection` and `.ValueCollection` (`Keys`, `Values`).
    KeyCollection,
    ValueCollection,
    /// A two-dimensional array `T[,]` (a library type to the compiler: its members and indexer
    /// are the runtime's; no program can name it but as `T[,]`).
    MdArray,
    CancellationTokenSource,
    CancellationToken,
    TaskCompletionSource,
    /// The non-generic `TaskCompletionSource` (.NET 5+): its task is a `Task`.
    TaskCompletionSourceVoid,
    SemaphoreSlim,
    /// `System.Threading`'s events (runtime `events.rs`) and `Timeout`'s constants.
    ManualResetEventSlim,
    ManualResetEvent,
    AutoResetEvent,
    CountdownEvent,
    Timeout,
    /// `CancellationToken.Register`'s result (runtime `cancel.rs`): a struct whose word is a
    /// runtime object naming the source and the callback.
    CancellationTokenRegistration,
    /// `ThreadLocal<T>` and `AsyncLocal<T>` (runtime `locals.rs`).
    ThreadLocal,
    AsyncLocal,
    /// `Parallel.For`/`ForEach` and their result (runtime `parallel.rs`).
    Parallel,
    ParallelLoopResult,
    Exception,
    SystemException,
    ArgumentException,
    ArgumentOutOfRangeException,
    ArgumentNullException,
    InvalidOperationException,
    NotSupportedException,
    NotImplementedException,
    TimeoutException,
    ArithmeticException,
    DivideByZeroException,
    OverflowException,
    InvalidCastException,
    OutOfMemoryException,
    NullReferenceException,
    IndexOutOfRangeException,
    OperationCanceledException,
    TaskCanceledException,
    AggregateException,
    SemaphoreFullException,
    FormatException,
    /// `System.Convert`.
    Convert,
    /// `System.Text.StringBuilder`.
    StringBuilder,
    KeyNotFoundException,
    SynchronizationLockException,
    ApplicationException,
    ObjectDisposedException,
    /// `System.Threading.Monitor`: what `lock` statements call.
    Monitor,
    /// `int?` (`Nullable<T>` of `int`, `long`, `bool`, `double`): C# makes it a value type; its
    /// values are `null` or the boxed value, so it is represented as a reference, the box itself
    /// (boxing a nullable gives null or the value's box, and that is what it already is).
    Nullable,
    // Tier 2 and 3: present so the HIR can express them; `tier` keeps them out of Tier 1 programs.
    Func,
    Action,
    /// `Predicate<T>`, `Comparison<T>`, `Converter<TInput, TOutput>`: the delegate types
    /// `List<T>`'s members take.
    Predicate,
    Comparison,
    Converter,
    /// `EventHandler` and `EventHandler<TEventArgs>`: `(object sender, e) => void`.
    EventHandler,
    EventHandlerOf,
    /// `System.Delegate`: the base of every delegate type (`GetInvocationList`, `Combine`).
    Delegate,
    Stopwatch,
    /// `System.Array`: the base of every array, with its static members (`Array.Sort`).
    Array,
    Thread,
    IDisposable,
    EventArgs,
    /// `System.Type`, as `GetType()` returns it.
    Type,
    INotifyCompletion,
    Enumerable,
    /// `System.Linq`'s `IOrderedEnumerable<T>` (what `OrderBy` returns, which `ThenBy`
    /// refines) and `IGrouping<TKey, TElement>` (`GroupBy`'s groups): the runtime's query
    /// objects and groupings.
    IOrderedEnumerable,
    IGrouping,
    IAsyncEnumerable,
    IAsyncEnumerator,
    /// `IEnumerator<T>`: what `GetEnumerator()` gives, and an iterator's return type.
    IEnumerator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    Fixed(usize),
    /// `Func<...>` / `Action<...>`.
    Variadic,
}

pub struct LibInfo {
    pub name: &'static str,
    pub arity: Arity,
    pub namespace: &'static str,
    pub tier: u8,
    pub is_value_type: bool,
    pub is_static_class: bool,
    pub base: Option<Lib>,
}

const SYS: &str = "System";
const TASKS: &str = "System.Threading.Tasks";
const THREADING: &str = "System.Threading";
const GENERIC: &str = "System.Collections.Generic";
const COMPILER: &str = "System.Runtime.CompilerServices";

impl Lib {
    #[rustfmt::skip]
    pub const ALL: &'static [Lib] = &[
        Lib::Console, Lib::Math, Lib::Environment, Lib::Task, Lib::TaskOf, Lib::ValueTask,
        Lib::ValueTaskOf, Lib::TaskStatus, Lib::TaskCreationOptions, Lib::TaskFactory, Lib::TaskExtensions,
        Lib::TaskScheduler, Lib::SynchronizationContext, Lib::SendOrPostCallback, Lib::ThreadPool,
        Lib::WaitCallback,
        Lib::StringComparison,
        Lib::StringComparer, Lib::IEqualityComparer, Lib::IComparer, Lib::TimeSpan,
        Lib::TaskAwaiter,
        Lib::TaskAwaiterOf, Lib::ValueTaskAwaiter, Lib::ValueTaskAwaiterOf,
        Lib::ConfiguredTaskAwaitable, Lib::ConfiguredTaskAwaitableOf, Lib::ConfiguredTaskAwaiter,
        Lib::ConfiguredTaskAwaiterOf,
        Lib::ConfiguredValueTaskAwaitable, Lib::ConfiguredValueTaskAwaitableOf,
        Lib::ConfiguredValueTaskAwaiter, Lib::ConfiguredValueTaskAwaiterOf, Lib::YieldAwaitable,
        Lib::YieldAwaiter, Lib::List, Lib::IEnumerable, Lib::IList, Lib::IReadOnlyList,
        Lib::ICollection, Lib::IReadOnlyCollection, Lib::IDictionary, Lib::IReadOnlyDictionary,
        Lib::ReadOnlyCollection,
        Lib::Dictionary, Lib::HashSet, Lib::Queue, Lib::Stack, Lib::KeyValuePair,
        Lib::KeyCollection, Lib::ValueCollection, Lib::MdArray,
        Lib::CancellationTokenSource, Lib::CancellationToken, Lib::TaskCompletionSource,
        Lib::TaskCompletionSourceVoid, Lib::SemaphoreSlim, Lib::ManualResetEventSlim,
        Lib::ManualResetEvent, Lib::AutoResetEvent, Lib::CountdownEvent, Lib::Timeout, Lib::CancellationTokenRegistration, Lib::ThreadLocal,
        Lib::AsyncLocal, Lib::Parallel, Lib::ParallelLoopResult, Lib::TaskContinuationOptions, Lib::Exception, Lib::SystemException,
        Lib::ArgumentException, Lib::ArgumentOutOfRangeException, Lib::ArgumentNullException,
        Lib::InvalidOperationException, Lib::NotSupportedException, Lib::NotImplementedException,
        Lib::TimeoutException, Lib::ArithmeticException, Lib::DivideByZeroException,
        Lib::OverflowException, Lib::InvalidCastException, Lib::OutOfMemoryException,
        Lib::NullReferenceException, Lib::IndexOutOfRangeException, Lib::OperationCanceledException,
        Lib::TaskCanceledException, Lib::AggregateException, Lib::SemaphoreFullException,
        Lib::FormatException, Lib::Convert, Lib::StringBuilder, Lib::KeyNotFoundException,
        Lib::SynchronizationLockException, Lib::ApplicationException, Lib::ObjectDisposedException, Lib::Monitor, Lib::Nullable,
        Lib::Func, Lib::Action, Lib::Predicate, Lib::Comparison, Lib::Converter, Lib::EventHandler, Lib::EventHandlerOf, Lib::Delegate, Lib::Stopwatch, Lib::Array, Lib::Thread,
        Lib::IDisposable, Lib::EventArgs, Lib::Type, Lib::INotifyCompletion, Lib::Enumerable, Lib::IOrderedEnumerable, Lib::IGrouping, Lib::IAsyncEnumerable,
        Lib::IAsyncEnumerator, Lib::IEnumerator,
    ];

    #[rustfmt::skip]
    pub fn info(self) -> LibInfo {
        use Lib::*;
        // (name, arity (MAX: variadic), namespace, tier, value type, static class, base class)
        let (name, arity, namespace, tier, value, stat, base) = match self {
            Console => ("Console", 0, SYS, 1, false, true, None),
            Math => ("Math", 0, SYS, 1, false, true, None),
            Environment => ("Environment", 0, SYS, 1, false, true, None),
            Task => ("Task", 0, TASKS, 1, false, false, None),
            TaskOf => ("Task", 1, TASKS, 1, false, false, Some(Task)),
            ValueTask => ("ValueTask", 0, TASKS, 1, true, false, None),
            ValueTaskOf => ("ValueTask", 1, TASKS, 1, true, false, None),
            TaskStatus => ("TaskStatus", 0, TASKS, 1, true, false, None),
            TaskCreationOptions => ("TaskCreationOptions", 0, TASKS, 1, true, false, None),
            TaskFactory => ("TaskFactory", 0, TASKS, 1, false, false, None),
            TaskExtensions => ("TaskExtensions", 0, TASKS, 1, false, true, None),
            TaskScheduler => ("TaskScheduler", 0, TASKS, 1, false, false, None),
            SynchronizationContext => ("SynchronizationContext", 0, THREADING, 1, false, false, None),
            SendOrPostCallback => ("SendOrPostCallback", 0, THREADING, 1, false, false, Some(Delegate)),
            ThreadPool => ("ThreadPool", 0, THREADING, 1, false, true, None),
            WaitCallback => ("WaitCallback", 0, THREADING, 1, false, false, Some(Delegate)),
            StringComparison => ("StringComparison", 0, SYS, 1, true, false, None),
            StringComparer => ("StringComparer", 0, SYS, 1, false, false, None),
            IEqualityComparer => ("IEqualityComparer", 1, GENERIC, 1, false, false, None),
            IComparer => ("IComparer", 1, GENERIC, 1, false, false, None),
            TimeSpan => ("TimeSpan", 0, SYS, 1, true, false, None),
            TaskAwaiter => ("TaskAwaiter", 0, COMPILER, 1, true, false, None),
            TaskAwaiterOf => ("TaskAwaiter", 1, COMPILER, 1, true, false, None),
            ValueTaskAwaiter => ("ValueTaskAwaiter", 0, COMPILER, 1, true, false, None),
            ValueTaskAwaiterOf => ("ValueTaskAwaiter", 1, COMPILER, 1, true, false, None),
            ConfiguredTaskAwaitable => ("ConfiguredTaskAwaitable", 0, COMPILER, 1, true, false, None),
            ConfiguredTaskAwaitableOf => ("ConfiguredTaskAwaitable", 1, COMPILER, 1, true, false, None),
            ConfiguredTaskAwaiter => ("ConfiguredTaskAwaiter", 0, COMPILER, 1, true, false, None),
            ConfiguredTaskAwaiterOf => ("ConfiguredTaskAwaiter", 1, COMPILER, 1, true, false, None),
            ConfiguredValueTaskAwaitable => ("ConfiguredValueTaskAwaitable", 0, COMPILER, 1, true, false, None),
            ConfiguredValueTaskAwaitableOf => ("ConfiguredValueTaskAwaitable", 1, COMPILER, 1, true, false, None),
            ConfiguredValueTaskAwaiter => ("ConfiguredValueTaskAwaiter", 0, COMPILER, 1, true, false, None),
            ConfiguredValueTaskAwaiterOf => ("ConfiguredValueTaskAwaiter", 1, COMPILER, 1, true, false, None),
            YieldAwaitable => ("YieldAwaitable", 0, COMPILER, 1, true, false, None),
            YieldAwaiter => ("YieldAwaiter", 0, COMPILER, 1, true, false, None),
            List => ("List", 1, GENERIC, 1, false, false, None),
            IEnumerable => ("IEnumerable", 1, GENERIC, 1, false, false, None),
            IList => ("IList", 1, GENERIC, 1, false, false, None),
            IReadOnlyList => ("IReadOnlyList", 1, GENERIC, 1, false, false, None),
            ICollection => ("ICollection", 1, GENERIC, 1, false, false, None),
            IReadOnlyCollection => ("IReadOnlyCollection", 1, GENERIC, 1, false, false, None),
            IDictionary => ("IDictionary", 2, GENERIC, 1, false, false, None),
            IReadOnlyDictionary => ("IReadOnlyDictionary", 2, GENERIC, 1, false, false, None),
            ReadOnlyCollection => ("ReadOnlyCollection", 1, "System.Collections.ObjectModel", 1, false, false, None),
            Dictionary => ("Dictionary", 2, GENERIC, 1, false, false, None),
            HashSet => ("HashSet", 1, GENERIC, 1, false, false, None),
            Queue => ("Queue", 1, GENERIC, 1, false, false, None),
            Stack => ("Stack", 1, GENERIC, 1, false, false, None),
            KeyValuePair => ("KeyValuePair", 2, GENERIC, 1, true, false, None),
            // Nested in `Dictionary<TKey, TValue>`: names no program can write alone.
            KeyCollection => ("Dictionary.KeyCollection", 2, GENERIC, 1, false, false, None),
            ValueCollection => ("Dictionary.ValueCollection", 2, GENERIC, 1, false, false, None),
            MdArray => ("T[,]", 1, SYS, 1, false, false, None),
            CancellationTokenSource => ("CancellationTokenSource", 0, THREADING, 1, false, false, None),
            CancellationToken => ("CancellationToken", 0, THREADING, 1, true, false, None),
            TaskCompletionSource => ("TaskCompletionSource", 1, TASKS, 1, false, false, None),
            TaskCompletionSourceVoid => ("TaskCompletionSource", 0, TASKS, 1, false, false, None),
            SemaphoreSlim => ("SemaphoreSlim", 0, THREADING, 1, false, false, None),
            ManualResetEventSlim => ("ManualResetEventSlim", 0, THREADING, 1, false, false, None),
            ManualResetEvent => ("ManualResetEvent", 0, THREADING, 1, false, false, None),
            AutoResetEvent => ("AutoResetEvent", 0, THREADING, 1, false, false, None),
            CountdownEvent => ("CountdownEvent", 0, THREADING, 1, false, false, None),
            Timeout => ("Timeout", 0, THREADING, 1, false, true, None),
            CancellationTokenRegistration => ("CancellationTokenRegistration", 0, THREADING, 1, true, false, None),
            ThreadLocal => ("ThreadLocal", 1, THREADING, 1, false, false, None),
            AsyncLocal => ("AsyncLocal", 1, THREADING, 1, false, false, None),
            Parallel => ("Parallel", 0, TASKS, 1, false, true, None),
            ParallelLoopResult => ("ParallelLoopResult", 0, TASKS, 1, true, false, None),
            TaskContinuationOptions => ("TaskContinuationOptions", 0, TASKS, 1, true, false, None),
            Exception => ("Exception", 0, SYS, 1, false, false, None),
            SystemException => ("SystemException", 0, SYS, 1, false, false, Some(Exception)),
            ArgumentException => ("ArgumentException", 0, SYS, 1, false, false, Some(SystemException)),
            ArgumentOutOfRangeException => ("ArgumentOutOfRangeException", 0, SYS, 1, false, false, Some(ArgumentException)),
            ArgumentNullException => ("ArgumentNullException", 0, SYS, 1, false, false, Some(ArgumentException)),
            InvalidOperationException => ("InvalidOperationException", 0, SYS, 1, false, false, Some(SystemException)),
            NotSupportedException => ("NotSupportedException", 0, SYS, 1, false, false, Some(SystemException)),
            NotImplementedException => ("NotImplementedException", 0, SYS, 1, false, false, Some(SystemException)),
            TimeoutException => ("TimeoutException", 0, SYS, 1, false, false, Some(SystemException)),
            ArithmeticException => ("ArithmeticException", 0, SYS, 1, false, false, Some(SystemException)),
            DivideByZeroException => ("DivideByZeroException", 0, SYS, 1, false, false, Some(ArithmeticException)),
            OverflowException => ("OverflowException", 0, SYS, 1, false, false, Some(ArithmeticException)),
            InvalidCastException => ("InvalidCastException", 0, SYS, 1, false, false, Some(SystemException)),
            OutOfMemoryException => ("OutOfMemoryException", 0, SYS, 1, false, false, Some(SystemException)),
            NullReferenceException => ("NullReferenceException", 0, SYS, 1, false, false, Some(SystemException)),
            IndexOutOfRangeException => ("IndexOutOfRangeException", 0, SYS, 1, false, false, Some(SystemException)),
            OperationCanceledException => ("OperationCanceledException", 0, SYS, 1, false, false, Some(SystemException)),
            TaskCanceledException => ("TaskCanceledException", 0, TASKS, 1, false, false, Some(OperationCanceledException)),
            AggregateException => ("AggregateException", 0, SYS, 1, false, false, Some(Exception)),
            SemaphoreFullException => ("SemaphoreFullException", 0, THREADING, 1, false, false, Some(SystemException)),
            FormatException => ("FormatException", 0, SYS, 1, false, false, Some(SystemException)),
            Convert => ("Convert", 0, SYS, 1, false, true, None),
            StringBuilder => ("StringBuilder", 0, "System.Text", 1, false, false, None),
            KeyNotFoundException => ("KeyNotFoundException", 0, GENERIC, 1, false, false, Some(SystemException)),
            SynchronizationLockException => ("SynchronizationLockException", 0, THREADING, 1, false, false, Some(SystemException)),
            ApplicationException => ("ApplicationException", 0, SYS, 1, false, false, Some(Exception)),
            ObjectDisposedException => ("ObjectDisposedException", 0, SYS, 1, false, false, Some(InvalidOperationException)),
            Monitor => ("Monitor", 0, THREADING, 1, false, true, None),
            Nullable => ("Nullable", 1, SYS, 1, false, false, None),
            Func => ("Func", usize::MAX, SYS, 1, false, false, Some(Delegate)),
            Action => ("Action", usize::MAX, SYS, 1, false, false, Some(Delegate)),
            Predicate => ("Predicate", 1, SYS, 1, false, false, Some(Delegate)),
            Comparison => ("Comparison", 1, SYS, 1, false, false, Some(Delegate)),
            Converter => ("Converter", 2, SYS, 1, false, false, Some(Delegate)),
            EventHandler => ("EventHandler", 0, SYS, 1, false, false, Some(Delegate)),
            EventHandlerOf => ("EventHandler", 1, SYS, 1, false, false, Some(Delegate)),
            Delegate => ("Delegate", 0, SYS, 1, false, false, None),
            Stopwatch => ("Stopwatch", 0, "System.Diagnostics", 1, false, false, None),
            Array => ("Array", 0, SYS, 1, false, false, None),
            Thread => ("Thread", 0, THREADING, 1, false, false, None),
            IDisposable => ("IDisposable", 0, SYS, 1, false, false, None),
            EventArgs => ("EventArgs", 0, SYS, 1, false, false, None),
            Type => ("Type", 0, SYS, 1, false, false, None),
            INotifyCompletion => ("INotifyCompletion", 0, COMPILER, 2, false, false, None),
            Enumerable => ("Enumerable", 0, "System.Linq", 1, false, true, None),
            IOrderedEnumerable => ("IOrderedEnumerable", 1, "System.Linq", 1, false, false, None),
            IGrouping => ("IGrouping", 2, "System.Linq", 1, false, false, None),
            IAsyncEnumerable => ("IAsyncEnumerable", 1, GENERIC, 1, false, false, None),
            IAsyncEnumerator => ("IAsyncEnumerator", 1, GENERIC, 1, false, false, None),
            IEnumerator => ("IEnumerator", 1, GENERIC, 1, false, false, None),
        };
        LibInfo {
            name,
            arity: if arity == usize::MAX { Arity::Variadic } else { Arity::Fixed(arity) },
            namespace,
            tier,
            is_value_type: value,
            is_static_class: stat,
            base,
        }
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The library type a user can name with `name` and `arity` type arguments.
    pub fn by_name(name: &str, arity: usize) -> Option<Lib> {
        Lib::named(name)?
            .iter()
            .copied()
            .find(|l| match l.info().arity {
                Arity::Fixed(n) => n == arity,
                Arity::Variadic => true,
            })
    }

    /// Any arity: used to say "requires 1 type arguments" instead of "unknown type".
    pub fn by_name_any_arity(name: &str) -> Option<Lib> {
        Lib::named(name)?.first().copied()
    }

    /// The library types called `name`, in `ALL`'s order: an index built once, since building
    /// the library looks up every type it names (a scan of `ALL` per name was most of that).
    fn named(name: &str) -> Option<&'static [Lib]> {
        static INDEX: std::sync::OnceLock<std::collections::HashMap<&'static str, Vec<Lib>>> =
            std::sync::OnceLock::new();
        let index = INDEX.get_or_init(|| {
            let mut m: std::collections::HashMap<&'static str, Vec<Lib>> =
                std::collections::HashMap::new();
            for &l in Lib::ALL {
                m.entry(l.info().name).or_default().push(l);
            }
            m
        });
        index.get(name).map(Vec::as_slice)
    }

    /// The library's classes that implement `IDisposable` (`using`, conversions).
    pub fn is_disposable(self) -> bool {
        matches!(
            self,
            Lib::CancellationTokenSource
                | Lib::IEnumerator
                | Lib::SemaphoreSlim
                | Lib::ManualResetEventSlim
                | Lib::ManualResetEvent
                | Lib::AutoResetEvent
                | Lib::CountdownEvent
                | Lib::CancellationTokenRegistration
                | Lib::ThreadLocal
        )
    }

    /// The library's enums: `int` values that print by member name.
    pub fn is_enum(self) -> bool {
        matches!(
            self,
            Lib::TaskStatus
                | Lib::TaskCreationOptions
                | Lib::TaskContinuationOptions
                | Lib::StringComparison
        )
    }

    pub fn is_exception(self) -> bool {
        let mut cur = Some(self);
        while let Some(l) = cur {
            if l == Lib::Exception {
                return true;
            }
            cur = l.info().base;
        }
        false
    }
}
