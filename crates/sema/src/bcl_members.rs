//! The public members of the .NET types a program can hold values of (the library types and the
//! predefined ones), by name. unawait's library (library.txt) has a few members of each; a name it
//! lacks is either a real .NET member outside the library (UA0104: C#'s CS1061/CS0117 would be
//! false) or, when it is in none of these complete lists, not a member at all (C#'s error is
//! true). Names are .NET 8's public members, declared ones per type: the base type's come from
//! walking `Ty::base` (every chain ends at `object`).

use crate::types::{Lib, Ty};

/// Members declared by each type (static and instance, properties, methods, events, fields).
#[rustfmt::skip]
const MEMBERS: &[(&str, &str)] = &[
    ("object", "Equals GetHashCode GetType ReferenceEquals ToString"),
    ("string", "Chars Clone Compare CompareOrdinal CompareTo Concat Contains Copy CopyTo Create \
        Empty EndsWith EnumerateRunes Equals Format GetEnumerator GetHashCode GetPinnableReference \
        GetTypeCode IndexOf IndexOfAny Insert Intern IsInterned IsNormalized IsNullOrEmpty \
        IsNullOrWhiteSpace Join LastIndexOf LastIndexOfAny Length Normalize PadLeft PadRight Remove \
        Replace ReplaceLineEndings Split StartsWith Substring ToCharArray ToLower ToLowerInvariant \
        ToString ToUpper ToUpperInvariant Trim TrimEnd TrimStart TryCopyTo"),
    // Int32 and Int64 (with their generic-math statics, public since .NET 7).
    ("integer", "Abs Clamp CompareTo CopySign CreateChecked CreateSaturating CreateTruncating \
        DivRem Equals GetHashCode GetTypeCode IsEvenInteger IsNegative IsOddInteger IsPositive \
        IsPow2 LeadingZeroCount Log2 Max MaxMagnitude MaxValue Min MinMagnitude MinValue Parse \
        PopCount RotateLeft RotateRight Sign ToString TrailingZeroCount TryFormat TryParse"),
    ("double", "Abs Acos Acosh AcosPi Asin Asinh AsinPi Atan Atan2 Atan2Pi Atanh AtanPi \
        BitDecrement BitIncrement Cbrt Ceiling Clamp CompareTo CopySign Cos Cosh CosPi \
        CreateChecked CreateSaturating CreateTruncating DegreesToRadians E Epsilon Equals Exp \
        Exp10 Exp10M1 Exp2 Exp2M1 ExpM1 Floor FusedMultiplyAdd GetHashCode GetTypeCode Hypot \
        Ieee754Remainder ILogB IsEvenInteger IsFinite IsInfinity IsInteger IsNaN IsNegative \
        IsNegativeInfinity IsNormal IsOddInteger IsPositive IsPositiveInfinity IsPow2 \
        IsRealNumber IsSubnormal Lerp Log Log10 Log10P1 Log2 Log2P1 LogP1 Max MaxMagnitude \
        MaxMagnitudeNumber MaxNumber MaxValue Min MinMagnitude MinMagnitudeNumber MinNumber \
        MinValue NaN NegativeInfinity NegativeZero Parse Pi PositiveInfinity Pow RadiansToDegrees \
        ReciprocalEstimate ReciprocalSqrtEstimate RootN Round ScaleB Sign Sin SinCos SinCosPi Sinh \
        SinPi Sqrt Tan Tanh TanPi Tau ToString Truncate TryFormat TryParse"),
    ("char", "CompareTo ConvertFromUtf32 ConvertToUtf32 Equals GetHashCode GetNumericValue \
        GetTypeCode GetUnicodeCategory IsAscii IsAsciiDigit IsAsciiHexDigit IsAsciiHexDigitLower \
        IsAsciiHexDigitUpper IsAsciiLetter IsAsciiLetterLower IsAsciiLetterOrDigit \
        IsAsciiLetterUpper IsBetween IsControl IsDigit IsHighSurrogate IsLetter IsLetterOrDigit \
        IsLower IsLowSurrogate IsNumber IsPunctuation IsSeparator IsSurrogate IsSurrogatePair \
        IsSymbol IsUpper IsWhiteSpace MaxValue MinValue Parse ToLower ToLowerInvariant ToString \
        ToUpper ToUpperInvariant TryParse"),
    ("Convert", "ChangeType DBNull FromBase64CharArray FromBase64String FromHexString \
        GetTypeCode IsDBNull ToBase64CharArray ToBase64String ToBoolean ToByte ToChar ToDateTime \
        ToDecimal ToDouble ToHexString ToHexStringLower ToInt16 ToInt32 ToInt64 ToSByte ToSingle \
        ToString ToUInt16 ToUInt32 ToUInt64 TryFromBase64Chars TryFromBase64String \
        TryToBase64Chars TryToHexString TryToHexStringLower"),
    ("StringComparer", "Compare Create CurrentCulture CurrentCultureIgnoreCase Equals \
        FromComparison GetHashCode InvariantCulture InvariantCultureIgnoreCase \
        IsWellKnownCultureAwareComparer IsWellKnownOrdinalComparer Ordinal OrdinalIgnoreCase"),
    ("IEqualityComparer<T>", "Equals GetHashCode"),
    ("IComparer<T>", "Compare"),
    ("TimeSpan", "Add Compare CompareTo Days Divide Duration Equals FromDays FromHours \
        FromMicroseconds FromMilliseconds FromMinutes FromSeconds FromTicks GetHashCode Hours \
        MaxValue Microseconds Milliseconds MinValue Minutes Multiply Nanoseconds \
        NanosecondsPerTick Negate Parse ParseExact Seconds Subtract Ticks TicksPerDay TicksPerHour \
        TicksPerMicrosecond TicksPerMillisecond TicksPerMinute TicksPerSecond ToString TotalDays \
        TotalHours TotalMicroseconds TotalMilliseconds TotalMinutes TotalNanoseconds TotalSeconds \
        TryFormat TryParse TryParseExact Zero"),
    ("StringBuilder", "Append AppendFormat AppendJoin AppendLine Capacity Chars Clear CopyTo \
        EnsureCapacity Equals GetChunks Insert Length MaxCapacity Remove Replace ToString"),
    ("bool", "CompareTo Equals FalseString GetHashCode GetTypeCode Parse ToString TrueString \
        TryFormat TryParse"),
    // System.Array, for `T[]`.
    ("Array", "AsReadOnly BinarySearch Clear Clone ConstrainedCopy ConvertAll Copy CopyTo \
        CreateInstance CreateInstanceFromArrayType Empty Exists Fill Find FindAll FindIndex \
        FindLast FindLastIndex ForEach GetEnumerator GetLength GetLongLength GetLowerBound \
        GetUpperBound GetValue IndexOf Initialize IsFixedSize IsReadOnly IsSynchronized \
        LastIndexOf Length LongLength Rank Resize Reverse SetValue Sort SyncRoot TrueForAll"),
    ("Enum", "CompareTo Equals GetHashCode GetTypeCode HasFlag ToString TryFormat"),
    ("Console", "BackgroundColor Beep BufferHeight BufferWidth CancelKeyPress CapsLock Clear \
        CursorLeft CursorSize CursorTop CursorVisible Error ForegroundColor GetCursorPosition In \
        InputEncoding IsErrorRedirected IsInputRedirected IsOutputRedirected KeyAvailable \
        LargestWindowHeight LargestWindowWidth MoveBufferArea NumberLock OpenStandardError \
        OpenStandardInput OpenStandardOutput Out OutputEncoding Read ReadKey ReadLine ResetColor \
        SetBufferSize SetCursorPosition SetError SetIn SetOut SetWindowPosition SetWindowSize Title \
        TreatControlCAsInput WindowHeight WindowLeft WindowTop WindowWidth Write WriteLine"),
    ("Math", "Abs Acos Acosh Asin Asinh Atan Atan2 Atanh BigMul BitDecrement BitIncrement Cbrt \
        Ceiling Clamp CopySign Cos Cosh DivRem E Exp Floor FusedMultiplyAdd IEEERemainder ILogB \
        Log Log10 Log2 Max MaxMagnitude Min MinMagnitude PI Pow ReciprocalEstimate \
        ReciprocalSqrtEstimate Round ScaleB Sign Sin SinCos Sinh Sqrt Tan Tanh Tau Truncate"),
    ("Environment", "CommandLine CurrentDirectory CurrentManagedThreadId Exit ExitCode \
        ExpandEnvironmentVariables FailFast GetCommandLineArgs GetEnvironmentVariable \
        GetEnvironmentVariables GetFolderPath GetLogicalDrives HasShutdownStarted \
        Is64BitOperatingSystem Is64BitProcess IsPrivilegedProcess MachineName NewLine OSVersion \
        ProcessId ProcessPath ProcessorCount SetEnvironmentVariable StackTrace SystemDirectory \
        SystemPageSize TickCount TickCount64 UserDomainName UserInteractive UserName Version \
        WorkingSet"),
    ("Task", "AsyncState CompletedTask ConfigureAwait ContinueWith CreationOptions CurrentId \
        Delay Dispose Exception Factory FromCanceled FromException FromResult GetAwaiter Id \
        IsCanceled IsCompleted IsCompletedSuccessfully IsFaulted Run RunSynchronously Start Status \
        Wait WaitAll WaitAny WaitAsync WhenAll WhenAny WhenEach Yield"),
    ("Task<TResult>", "ConfigureAwait ContinueWith Factory GetAwaiter Result WaitAsync"),
    ("TaskFactory", "CancellationToken ContinuationOptions ContinueWhenAll ContinueWhenAny \
        CreationOptions FromAsync Scheduler StartNew"),
    ("TaskExtensions", "Unwrap"),
    ("TaskScheduler", "Current Default FromCurrentSynchronizationContext GetScheduledTasks Id \
        MaximumConcurrencyLevel QueueTask TryExecuteTask TryExecuteTaskInline \
        UnobservedTaskException"),
    ("ValueTask", "AsTask CompletedTask ConfigureAwait Equals FromCanceled FromException \
        FromResult GetAwaiter GetHashCode IsCanceled IsCompleted IsCompletedSuccessfully IsFaulted \
        Preserve"),
    ("ValueTask<TResult>", "AsTask ConfigureAwait Equals GetAwaiter GetHashCode IsCanceled \
        IsCompleted IsCompletedSuccessfully IsFaulted Preserve Result ToString"),
    ("awaiter", "GetResult IsCompleted OnCompleted UnsafeOnCompleted"),
    ("awaitable", "GetAwaiter"),
    ("List<T>", "Add AddRange AsReadOnly BinarySearch Capacity Clear Contains ConvertAll CopyTo \
        Count EnsureCapacity Exists Find FindAll FindIndex FindLast FindLastIndex ForEach \
        GetEnumerator GetRange IndexOf Insert InsertRange Item LastIndexOf Remove RemoveAll \
        RemoveAt RemoveRange Reverse Slice Sort ToArray TrimExcess TrueForAll"),
    ("ReadOnlyCollection<T>", "Contains CopyTo Count Empty GetEnumerator IndexOf Item"),
    ("Dictionary<TKey, TValue>", "Add Capacity Clear Comparer ContainsKey Count ContainsValue \
        EnsureCapacity GetAlternateLookup GetEnumerator GetObjectData Item Keys OnDeserialization \
        Remove TrimExcess TryAdd TryGetAlternateLookup TryGetValue Values"),
    ("HashSet<T>", "Add Capacity Clear Comparer Contains CopyTo Count CreateSetComparer EnsureCapacity \
        ExceptWith GetAlternateLookup GetEnumerator GetObjectData IntersectWith IsProperSubsetOf \
        IsProperSupersetOf IsSubsetOf IsSupersetOf OnDeserialization Overlaps Remove RemoveWhere \
        SetEquals SymmetricExceptWith TrimExcess TryGetAlternateLookup TryGetValue UnionWith"),
    ("Queue<T>", "Capacity Clear Contains CopyTo Count Dequeue Enqueue EnsureCapacity GetEnumerator \
        Peek ToArray TrimExcess TryDequeue TryPeek"),
    ("Stack<T>", "Capacity Clear Contains CopyTo Count EnsureCapacity GetEnumerator Peek Pop Push \
        ToArray TrimExcess TryPeek TryPop"),
    ("KeyValuePair<TKey, TValue>", "Deconstruct Key ToString Value"),
    ("KeyCollection", "Contains CopyTo Count GetEnumerator"),
    ("EventArgs", "Empty"),
    ("ThreadPool", "BindHandle CompletedWorkItemCount GetAvailableThreads GetMaxThreads \
        GetMinThreads PendingWorkItemCount QueueUserWorkItem RegisterWaitForSingleObject \
        SetMaxThreads SetMinThreads ThreadCount UnsafeQueueNativeOverlapped \
        UnsafeQueueUserWorkItem UnsafeRegisterWaitForSingleObject"),
    ("SynchronizationContext", "CreateCopy Current IsWaitNotificationRequired OperationCompleted \
        OperationStarted Post Send SetSynchronizationContext SetWaitNotificationRequired Wait \
        WaitHelper"),
    ("Type", "Assembly AssemblyQualifiedName BaseType ContainsGenericParameters DeclaringType \
        FullName GenericTypeArguments GetConstructor GetConstructors GetCustomAttribute \
        GetCustomAttributes GetElementType GetEnumNames GetEnumValues GetEvent GetEvents GetField \
        GetFields GetGenericArguments GetGenericTypeDefinition GetInterface GetInterfaces GetMember \
        GetMembers GetMethod GetMethods GetNestedType GetProperties GetProperty GetType \
        GetTypeFromHandle IsAbstract IsArray IsAssignableFrom IsAssignableTo IsClass IsEnum \
        IsGenericParameter IsGenericType IsGenericTypeDefinition IsInstanceOfType IsInterface \
        IsNested IsPrimitive IsPublic IsSealed IsSubclassOf IsValueType MakeArrayType \
        MakeGenericType Module Name Namespace TypeHandle UnderlyingSystemType"),
    ("CancellationTokenSource", "Cancel CancelAfter CancelAsync CreateLinkedTokenSource Dispose \
        IsCancellationRequested Token TryReset"),
    ("CancellationToken", "CanBeCanceled Equals GetHashCode IsCancellationRequested None Register \
        ThrowIfCancellationRequested UnsafeRegister WaitHandle"),
    ("TaskCompletionSource<TResult>", "SetCanceled SetException SetFromTask SetResult Task \
        TrySetCanceled TrySetException TrySetFromTask TrySetResult"),
    ("Nullable<T>", "Equals GetHashCode GetValueOrDefault HasValue ToString Value"),
    ("Monitor", "Enter Exit IsEntered Pulse PulseAll TryEnter Wait"),
    ("SemaphoreSlim", "AvailableWaitHandle CurrentCount Dispose Release Wait WaitAsync"),
    ("TaskCompletionSource", "SetCanceled SetException SetFromTask SetResult Task \
        TrySetCanceled TrySetException TrySetFromTask TrySetResult"),
    ("ManualResetEventSlim", "Dispose IsSet Reset Set SpinCount Wait WaitHandle"),
    // ManualResetEvent and AutoResetEvent, with what WaitHandle declares.
    ("EventWaitHandle", "Close Dispose GetAccessControl Handle OpenExisting Reset \
        SafeWaitHandle Set SetAccessControl SignalAndWait TryOpenExisting WaitAll WaitAny \
        WaitHandle WaitOne WaitTimeout"),
    ("CountdownEvent", "AddCount CurrentCount Dispose InitialCount IsSet Reset Signal \
        TryAddCount Wait WaitHandle"),
    ("Timeout", "Infinite InfiniteTimeSpan"),
    ("CancellationTokenRegistration", "Dispose DisposeAsync Equals GetHashCode Token Unregister"),
    ("ThreadLocal<T>", "Dispose IsValueCreated ToString Value Values"),
    ("AsyncLocal<T>", "Value"),
    ("Parallel", "For ForAsync ForEach ForEachAsync Invoke"),
    ("ParallelLoopResult", "IsCompleted LowestBreakIteration"),
    ("Exception", "Data GetBaseException GetObjectData GetType HResult HelpLink InnerException \
        Message SerializeObjectState Source StackTrace TargetSite ToString"),
    ("ArgumentException", "Message ParamName ThrowIfNullOrEmpty ThrowIfNullOrWhiteSpace"),
    ("ArgumentNullException", "ThrowIfNull"),
    ("ArgumentOutOfRangeException", "ActualValue Message ThrowIfEqual ThrowIfGreaterThan \
        ThrowIfGreaterThanOrEqual ThrowIfLessThan ThrowIfLessThanOrEqual ThrowIfNegative \
        ThrowIfNegativeOrZero ThrowIfNotEqual ThrowIfZero"),
    ("AggregateException", "Flatten GetBaseException Handle InnerExceptions Message ToString"),
    ("OperationCanceledException", "CancellationToken"),
    ("TaskCanceledException", "Task"),
    ("ObjectDisposedException", "ObjectName"),
    // Delegates: `Invoke` and the members of System.Delegate.
    ("delegate", "BeginInvoke Clone Combine CreateDelegate DynamicInvoke EndInvoke Equals GetHashCode \
        GetInvocationList GetObjectData HasSingleTarget Invoke Method Remove RemoveAll Target"),
    ("Array", "AsReadOnly BinarySearch Clear Clone ConstrainedCopy ConvertAll Copy CopyTo \
        CreateInstance Empty Equals Exists Fill Find FindAll FindIndex FindLast FindLastIndex \
        ForEach GetEnumerator GetHashCode GetLength GetLongLength GetLowerBound GetType \
        GetUpperBound GetValue IndexOf Initialize IsFixedSize IsReadOnly IsSynchronized \
        LastIndexOf Length LongLength MaxLength Rank Resize Reverse SetValue Sort SyncRoot \
        ToString TrueForAll"),
    ("Stopwatch", "Elapsed ElapsedMilliseconds ElapsedTicks Frequency GetElapsedTime \
        GetTimestamp IsHighResolution IsRunning Reset Restart Start StartNew Stop"),
    ("Thread", "Abort ApartmentState BeginCriticalRegion BeginThreadAffinity CurrentCulture \
        CurrentPrincipal CurrentThread CurrentUICulture DisableComObjectEagerCleanup \
        EndCriticalRegion EndThreadAffinity ExecutionContext GetApartmentState \
        GetCurrentProcessorId GetData GetDomain GetDomainID GetHashCode GetNamedDataSlot Interrupt \
        IsAlive IsBackground IsThreadPoolThread Join ManagedThreadId MemoryBarrier Name Priority \
        ResetAbort Resume SetApartmentState SetData Sleep SpinWait Start Suspend ThreadState \
        TrySetApartmentState UnsafeStart VolatileRead VolatileWrite Yield"),
    ("IDisposable", "Dispose"),
    ("INotifyCompletion", "OnCompleted"),
    ("Enumerable", "Aggregate AggregateBy All Any Append AsEnumerable Average Cast Chunk Concat \
        Contains Count CountBy DefaultIfEmpty Distinct DistinctBy ElementAt ElementAtOrDefault \
        Empty Except ExceptBy First FirstOrDefault GroupBy GroupJoin Index Intersect IntersectBy \
        Join Last LastOrDefault LongCount Max MaxBy Min MinBy OfType Order OrderBy \
        OrderByDescending OrderDescending Prepend Range Repeat Reverse Select SelectMany \
        SequenceEqual Single SingleOrDefault Skip SkipLast SkipWhile Sum Take TakeLast TakeWhile \
        ThenBy ThenByDescending ToArray ToDictionary ToHashSet ToList ToLookup \
        TryGetNonEnumeratedCount Union UnionBy Where Zip"),
    ("IEnumerable<T>", "GetEnumerator"),
    ("IOrderedEnumerable<T>", "CreateOrderedEnumerable GetEnumerator"),
    ("IGrouping<TKey, TElement>", "GetEnumerator Key"),
    // The collection interfaces, with the members of the interfaces they extend.
    ("ICollection<T>", "Add Clear Contains CopyTo Count GetEnumerator IsReadOnly Remove"),
    ("IList<T>", "Add Clear Contains CopyTo Count GetEnumerator IndexOf Insert IsReadOnly Item \
        Remove RemoveAt"),
    ("IReadOnlyCollection<T>", "Count GetEnumerator"),
    ("IReadOnlyList<T>", "Count GetEnumerator Item"),
    ("IDictionary<TKey, TValue>", "Add Clear Contains ContainsKey CopyTo Count GetEnumerator \
        IsReadOnly Item Keys Remove TryGetValue Values"),
    ("IReadOnlyDictionary<TKey, TValue>", "ContainsKey Count GetEnumerator Item Keys \
        TryGetValue Values"),
    ("IAsyncEnumerable<T>", "ConfigureAwait GetAsyncEnumerator WithCancellation"),
    ("IAsyncEnumerator<T>", "Current DisposeAsync MoveNextAsync"),
    ("IEnumerator<T>", "Current Dispose MoveNext Reset"),
];

/// The entry of `MEMBERS` for the members `ty` itself declares.
fn key(ty: &Ty) -> Option<&'static str> {
    use Lib::*;
    Some(match ty {
        Ty::Object => "object",
        Ty::String => "string",
        Ty::Int | Ty::Long | Ty::Small(_) | Ty::UInt | Ty::ULong => "integer",
        Ty::Double | Ty::Float => "double",
        Ty::Bool => "bool",
        Ty::Char => "char",
        Ty::Array(_) => "Array",
        Ty::Enum(..) => "Enum",
        Ty::Lib(l, _) => match l {
            Console => "Console",
            Math => "Math",
            Environment => "Environment",
            Task => "Task",
            TaskOf => "Task<TResult>",
            ValueTask => "ValueTask",
            ValueTaskOf => "ValueTask<TResult>",
            TaskStatus | TaskCreationOptions | TaskContinuationOptions | StringComparison => "Enum",
            TaskFactory => "TaskFactory",
            TaskExtensions => "TaskExtensions",
            TaskScheduler => "TaskScheduler",
            StringComparer => "StringComparer",
            IEqualityComparer => "IEqualityComparer<T>",
            IComparer => "IComparer<T>",
            TimeSpan => "TimeSpan",
            TaskAwaiter
            | TaskAwaiterOf
            | ValueTaskAwaiter
            | ValueTaskAwaiterOf
            | ConfiguredTaskAwaiter
            | ConfiguredTaskAwaiterOf
            | ConfiguredValueTaskAwaiter
            | ConfiguredValueTaskAwaiterOf
            | YieldAwaiter => "awaiter",
            ConfiguredTaskAwaitable
            | ConfiguredTaskAwaitableOf
            | ConfiguredValueTaskAwaitable
            | ConfiguredValueTaskAwaitableOf
            | YieldAwaitable => "awaitable",
            List => "List<T>",
            IEnumerable => "IEnumerable<T>",
            IList => "IList<T>",
            IReadOnlyList => "IReadOnlyList<T>",
            ICollection => "ICollection<T>",
            IReadOnlyCollection => "IReadOnlyCollection<T>",
            IDictionary => "IDictionary<TKey, TValue>",
            IReadOnlyDictionary => "IReadOnlyDictionary<TKey, TValue>",
            ReadOnlyCollection => "ReadOnlyCollection<T>",
            Dictionary => "Dictionary<TKey, TValue>",
            HashSet => "HashSet<T>",
            Queue => "Queue<T>",
            Stack => "Stack<T>",
            KeyValuePair => "KeyValuePair<TKey, TValue>",
            KeyCollection | ValueCollection => "KeyCollection",
            MdArray => "Array",
            CancellationTokenSource => "CancellationTokenSource",
            EventArgs => "EventArgs",
            Type => "Type",
            CancellationToken => "CancellationToken",
            TaskCompletionSource => "TaskCompletionSource<TResult>",
            TaskCompletionSourceVoid => "TaskCompletionSource",
            SemaphoreSlim => "SemaphoreSlim",
            ManualResetEventSlim => "ManualResetEventSlim",
            ManualResetEvent | AutoResetEvent => "EventWaitHandle",
            CountdownEvent => "CountdownEvent",
            Timeout => "Timeout",
            CancellationTokenRegistration => "CancellationTokenRegistration",
            ThreadLocal => "ThreadLocal<T>",
            AsyncLocal => "AsyncLocal<T>",
            Parallel => "Parallel",
            ParallelLoopResult => "ParallelLoopResult",
            Monitor => "Monitor",
            Nullable => "Nullable<T>",
            Exception => "Exception",
            ArgumentException => "ArgumentException",
            ArgumentNullException => "ArgumentNullException",
            ArgumentOutOfRangeException => "ArgumentOutOfRangeException",
            AggregateException => "AggregateException",
            OperationCanceledException => "OperationCanceledException",
            TaskCanceledException => "TaskCanceledException",
            ObjectDisposedException => "ObjectDisposedException",
            // Exceptions that declare no public member of their own.
            SystemException
            | InvalidOperationException
            | NotSupportedException
            | NotImplementedException
            | TimeoutException
            | ArithmeticException
            | DivideByZeroException
            | OverflowException
            | InvalidCastException
            | OutOfMemoryException
            | NullReferenceException
            | IndexOutOfRangeException
            | SemaphoreFullException
            | FormatException
            | KeyNotFoundException
            | SynchronizationLockException
            | ApplicationException => return Some(""),
            Func | Action | Predicate | Comparison | Converter | EventHandler | EventHandlerOf
            | Delegate | SendOrPostCallback | WaitCallback => "delegate",
            ThreadPool => "ThreadPool",
            SynchronizationContext => "SynchronizationContext",
            Stopwatch => "Stopwatch",
            Array => "Array",
            Thread => "Thread",
            IDisposable => "IDisposable",
            INotifyCompletion => "INotifyCompletion",
            Enumerable => "Enumerable",
            IOrderedEnumerable => "IOrderedEnumerable<T>",
            IGrouping => "IGrouping<TKey, TElement>",
            Convert => "Convert",
            StringBuilder => "StringBuilder",
            IAsyncEnumerable => "IAsyncEnumerable<T>",
            IAsyncEnumerator => "IAsyncEnumerator<T>",
            IEnumerator => "IEnumerator<T>",
        },
        _ => return None,
    })
}

fn declared(key: &str) -> &'static str {
    MEMBERS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, names)| names)
}

/// What .NET says of `ty.name` (members of `ty` and its base types; for a value receiver, also
/// the extension methods the program's `using`s bring in).
#[derive(Debug, PartialEq, Eq)]
pub enum RealMember {
    /// A member of the type, outside unawait's library.
    Member,
    /// An extension method of a static class of .NET (`Enumerable.Where`), outside the library.
    Extension(&'static str),
    /// An extension method of that class, whose namespace is not imported.
    NeedsUsing(&'static str, &'static str),
    /// Certainly not a member: C#'s error is true.
    No,
    /// A type whose members are not listed here.
    Unknown,
}

/// `ty.name` in .NET. `imports` decides which extension methods apply (`instance`: accessed on a
/// value, not through the type name).
pub fn real_member(
    ty: &Ty,
    name: &str,
    instance: bool,
    imports: &dyn Fn(&str) -> bool,
) -> RealMember {
    let mut cur = Some(ty.clone());
    while let Some(t) = cur {
        let Some(k) = key(&t) else {
            return RealMember::Unknown;
        };
        let own = if k == "Enum" && !instance {
            ""
        } else {
            declared(k)
        };
        if own.split_whitespace().any(|n| n == name) {
            return RealMember::Member;
        }
        cur = t.base();
    }
    if !instance {
        return RealMember::No;
    }
    for (class, ns, applies) in EXTENSIONS {
        if applies(ty) && extension_names(class).split_whitespace().any(|n| n == name) {
            return if imports(ns) {
                RealMember::Extension(class)
            } else {
                RealMember::NeedsUsing(class, ns)
            };
        }
    }
    RealMember::No
}

/// An extension method `name` of .NET that applies to a value of type `ty` whose namespace the
/// file imports (`Enumerable.Count` on a `List<T>` with `using System.Linq;`): its class.
/// C# binds a call `x.Count()` to it even when `ty` has a property `Count`, since the lookup
/// of an invoked member skips what cannot be invoked.
pub fn imported_extension(
    ty: &Ty,
    name: &str,
    imports: &dyn Fn(&str) -> bool,
) -> Option<&'static str> {
    EXTENSIONS
        .iter()
        .find(|(class, ns, applies)| {
            applies(ty)
                && imports(ns)
                && extension_names(class).split_whitespace().any(|n| n == name)
        })
        .map(|(class, _, _)| *class)
}

fn extension_names(class: &str) -> &'static str {
    match class {
        // `Empty`, `Range` and `Repeat` are not extension methods.
        "Enumerable" => declared("Enumerable"),
        "MemoryExtensions" => "AsMemory AsSpan",
        "TaskExtensions" => "Unwrap",
        // `TryAdd` and `Remove` are the dictionary's own members (the library has them).
        "CollectionExtensions" => "AsReadOnly GetValueOrDefault",
        _ => "",
    }
}

fn is_sequence(ty: &Ty) -> bool {
    matches!(
        ty,
        Ty::Array(_)
            | Ty::String
            | Ty::Lib(
                Lib::List
                    | Lib::ReadOnlyCollection
                    | Lib::IEnumerable
                    | Lib::IList
                    | Lib::IReadOnlyList
                    | Lib::ICollection
                    | Lib::IReadOnlyCollection
                    | Lib::IDictionary
                    | Lib::IReadOnlyDictionary
                    | Lib::Dictionary
                    | Lib::HashSet
                    | Lib::Queue
                    | Lib::Stack
                    | Lib::KeyCollection
                    | Lib::ValueCollection
                    | Lib::IOrderedEnumerable
                    | Lib::IGrouping,
                _
            )
    )
}

type Applies = fn(&Ty) -> bool;

/// .NET's static classes of extension methods on the types above: (class, namespace, receivers).
const EXTENSIONS: &[(&str, &str, Applies)] = &[
    ("Enumerable", "System.Linq", is_sequence),
    ("CollectionExtensions", "System.Collections.Generic", |t| {
        matches!(t, Ty::Lib(Lib::Dictionary, _))
    }),
    ("MemoryExtensions", "System", |t| {
        matches!(t, Ty::Array(_) | Ty::String)
    }),
    (
        "TaskExtensions",
        "System.Threading.Tasks",
        |t| matches!(t, Ty::Lib(Lib::TaskOf, a) if matches!(a.first(), Some(Ty::Lib(Lib::Task | Lib::TaskOf, _)))),
    ),
];

/// Argument counts for which .NET has overloads (or constructors, `.ctor`) that unawait's library
/// lacks: a call that fits none of the library's is then not certainly wrong in C#. `*`: any count.
#[rustfmt::skip]
const OVERLOADS: &[(&str, &str, &str)] = &[
    // LINQ's overloads with comparers, default values, ... beyond the library's.
    ("IEnumerable<T>", "Distinct", "1"),
    ("IEnumerable<T>", "Union", "2"),
    ("IEnumerable<T>", "Intersect", "2"),
    ("IEnumerable<T>", "Except", "2"),
    ("IEnumerable<T>", "SequenceEqual", "2"),
    ("IEnumerable<T>", "LongCount", "1"),
    ("IEnumerable<T>", "Contains", "2"),
    ("IEnumerable<T>", "ToHashSet", "1"),
    ("IEnumerable<T>", "GroupBy", "2 3 4"),
    ("IEnumerable<T>", "ToDictionary", "0 2 3"),
    ("IEnumerable<T>", "Join", "5"),
    ("IEnumerable<T>", "GroupJoin", "5"),
    ("IEnumerable<T>", "Zip", "1"),
    ("IEnumerable<T>", "Max", "0 1"),
    ("IEnumerable<T>", "Min", "0 1"),
    ("IEnumerable<T>", "Sum", "0 1"),
    ("IEnumerable<T>", "Average", "0 1"),
    ("IEnumerable<T>", "FirstOrDefault", "1 2"),
    ("IEnumerable<T>", "SingleOrDefault", "1 2"),
    ("IEnumerable<T>", "LastOrDefault", "1 2"),
    ("IEnumerable<T>", "Take", "1"),
    ("Console", "WriteLine", "*"),
    ("Console", "Write", "*"),
    ("string", ".ctor", "1 2 3 4"),
    ("TimeSpan", ".ctor", "5 6"),
    ("TimeSpan", "ToString", "2"),
    ("TimeSpan", "FromDays", "*"),
    ("TimeSpan", "FromHours", "*"),
    ("TimeSpan", "FromMinutes", "*"),
    ("TimeSpan", "FromSeconds", "*"),
    ("TimeSpan", "FromMilliseconds", "*"),
    ("TimeSpan", "Equals", "2"),
    ("string", "Join", "*"),
    ("string", "IndexOf", "1 2 3 4"),
    ("string", "LastIndexOf", "1 2 3 4"),
    ("string", "Contains", "1 2"),
    ("string", "StartsWith", "1 2 3"),
    ("string", "EndsWith", "1 2 3"),
    ("string", "Split", "*"),
    ("string", "Trim", "*"),
    ("string", "TrimStart", "*"),
    ("string", "TrimEnd", "*"),
    ("string", "Replace", "2 3 4"),
    ("string", "ToCharArray", "2"),
    ("string", "Equals", "1 2 3"),
    ("string", "CompareOrdinal", "2 5"),
    ("string", "Compare", "3 4 5 6 7"),
    ("string", "CompareTo", "1"),
    ("integer", "CompareTo", "1"),
    ("double", "CompareTo", "1"),
    ("bool", "CompareTo", "1"),
    ("char", "CompareTo", "1"),
    ("string", "Concat", "*"),
    ("string", "Format", "*"),
    ("string", "ToString", "1"),
    ("char", "ToString", "1"),
    ("char", "IsDigit", "2"),
    ("char", "IsLetter", "2"),
    ("char", "IsLetterOrDigit", "2"),
    ("char", "IsWhiteSpace", "2"),
    ("char", "IsUpper", "2"),
    ("char", "IsLower", "2"),
    ("char", "IsPunctuation", "2"),
    ("char", "IsSymbol", "2"),
    ("char", "IsSeparator", "2"),
    ("char", "IsNumber", "2"),
    ("char", "IsControl", "2"),
    ("char", "IsSurrogate", "2"),
    ("char", "IsHighSurrogate", "2"),
    ("char", "IsLowSurrogate", "2"),
    ("char", "ToUpper", "2"),
    ("char", "ToLower", "2"),
    ("integer", "Parse", "1 2 3"),
    ("double", "Parse", "1 2 3"),
    ("Convert", "ToInt32", "*"),
    ("Convert", "ToInt64", "*"),
    ("Convert", "ToDouble", "*"),
    ("Convert", "ToString", "*"),
    ("StringBuilder", ".ctor", "1 2 4"),
    ("StringBuilder", "Append", "*"),
    ("StringBuilder", "AppendLine", "*"),
    ("StringBuilder", "AppendFormat", "*"),
    ("StringBuilder", "Insert", "*"),
    ("StringBuilder", "ToString", "2"),
    ("StringBuilder", "Replace", "4"),
    ("integer", "ToString", "1 2"),
    ("double", "ToString", "1 2"),
    ("bool", "ToString", "1"),
    ("Enum", "ToString", "1"),
    ("Task", ".ctor", "2 3 4"),
    // StartNew(Action<object>, object, ...).
    ("TaskFactory", "StartNew", "2 3 4 5"),
    ("TaskFactory", ".ctor", "*"),
    // With a token, TaskContinuationOptions, a TaskScheduler or a state object.
    ("Task", "ContinueWith", "2 3 4 5"),
    ("Task<TResult>", "ContinueWith", "2 3 4 5"),
    ("CancellationToken", "Register", "2 3"),
    ("ThreadLocal<T>", ".ctor", "1 2"),
    ("AsyncLocal<T>", ".ctor", "1"),
    ("Parallel", "For", "4"),
    ("Parallel", "ForEach", "3"),
    ("Monitor", "Wait", "2 3"),
    // Start(TaskScheduler), RunSynchronously(TaskScheduler).
    ("Task", "Start", "1"),
    ("Task", "RunSynchronously", "1"),
    ("Task", "Delay", "1 2 3"),
    ("Task", "Wait", "2"),
    ("Task", "WhenAll", "*"),
    ("Task", "WhenAny", "*"),
    ("Task", "ConfigureAwait", "1"),
    ("Task<TResult>", ".ctor", "2 3 4"),
    ("Task<TResult>", "ConfigureAwait", "1"),
    ("ValueTask", ".ctor", "2"),
    ("ValueTask<TResult>", ".ctor", "2"),
    // LINQ's aggregates with a selector (`Max(s => s.Score)`) and Sum's other element types.
    ("IEnumerable<T>", "Max", "1"),
    ("IEnumerable<T>", "Min", "1"),
    ("IEnumerable<T>", "Average", "1"),
    ("IEnumerable<T>", "Sum", "1"),
    // Array's ranges, comparers and keys/items pairs.
    ("Array", "IndexOf", "3 4"),
    ("Array", "Sort", "2 3 4 5"),
    ("Array", "Clear", "1"),
    ("Array", "Fill", "4"),
    ("List<T>", ".ctor", "1"),
    ("List<T>", "Sort", "1 3"),
    ("List<T>", "BinarySearch", "2 4"),
    ("List<T>", "Reverse", "2"),
    ("List<T>", "IndexOf", "2 3"),
    ("List<T>", "LastIndexOf", "2 3"),
    ("Dictionary<TKey, TValue>", ".ctor", "1 2"),
    ("HashSet<T>", ".ctor", "1 2"),
    ("Queue<T>", ".ctor", "1"),
    ("Stack<T>", ".ctor", "1"),
    ("SemaphoreSlim", "Wait", "1 2"),
    ("TaskCompletionSource", ".ctor", "1 2"),
    ("TaskCompletionSource", "SetCanceled", "1"),
    ("TaskCompletionSource", "TrySetCanceled", "1"),
    ("ManualResetEventSlim", ".ctor", "2"),
    ("Thread", ".ctor", "1 2"),
    ("ManualResetEventSlim", "Wait", "2"),
    ("EventWaitHandle", "WaitOne", "2"),
    ("CountdownEvent", "Wait", "2"),
    ("Task", "WaitAll", "3"),
    ("Task", "WaitAny", "3"),
    ("SemaphoreSlim", "WaitAsync", "1 2"),
    ("CancellationTokenSource", ".ctor", "1 2"),
    ("CancellationTokenSource", "Cancel", "1"),
    ("CancellationTokenSource", "CancelAfter", "1"),
    ("CancellationTokenSource", "CreateLinkedTokenSource", "*"),
    ("CancellationToken", ".ctor", "1"),
    ("TaskCompletionSource<TResult>", ".ctor", "1 2"),
    ("TaskCompletionSource<TResult>", "SetCanceled", "1"),
    ("TaskCompletionSource<TResult>", "TrySetCanceled", "1"),
    ("ArgumentException", ".ctor", "3"),
    ("ArgumentOutOfRangeException", ".ctor", "3"),
    ("AggregateException", ".ctor", "*"),
    ("OperationCanceledException", ".ctor", "1 2 3"),
    ("TaskCanceledException", ".ctor", "1 2 3"),
];

/// Whether .NET has an overload of `ty.name` (`.ctor` for constructors), declared by `ty` or a
/// base type, taking `n` arguments that unawait's library does not have.
pub fn has_other_overload(ty: &Ty, name: &str, n: usize) -> bool {
    let mut cur = Some(ty.clone());
    while let Some(t) = cur {
        let k = key(&t).unwrap_or("");
        let found = OVERLOADS.iter().any(|(o, m, counts)| {
            *o == k
                && *m == name
                && counts
                    .split_whitespace()
                    .any(|c| c == "*" || c.parse() == Ok(n))
        });
        if found {
            return true;
        }
        if name == ".ctor" {
            return false;
        }
        cur = t.base();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every library type has a member list, so no lookup ends in `Unknown`.
    #[test]
    fn every_library_type_has_members_listed() {
        for &l in Lib::ALL {
            let k = key(&Ty::Lib(l, Vec::new())).unwrap();
            assert!(
                k.is_empty() || MEMBERS.iter().any(|(m, _)| *m == k),
                "{l:?}"
            );
        }
    }

    /// The library's own members are real .NET members (the lists are not missing any).
    #[test]
    fn library_members_are_listed() {
        let lib = crate::builtins::library();
        for i in 0..lib.len() {
            let b = lib.get(crate::builtins::BuiltinId(i as u32));
            if matches!(
                b.kind,
                crate::builtins::MemberKind::Constructor
                    | crate::builtins::MemberKind::Indexer { .. }
            ) {
                continue;
            }
            // The hidden members no C# name reaches (builtins::SWITCH_FAIL).
            if b.name.starts_with('<') {
                continue;
            }
            let ty = b.owner_ty.clone();
            // The library has every member of its enums.
            if matches!(ty, Ty::Lib(l, _) if l.is_enum()) {
                continue;
            }
            // .NET's extension methods the library has as members (`GetValueOrDefault`).
            let extension = imported_extension(&ty, &b.name, &|_| true).is_some();
            let found = extension
                || real_member(&ty, &b.name, true, &|_| true) == RealMember::Member
                || real_member(&ty, &b.name, false, &|_| true) == RealMember::Member;
            assert!(found, "{} {}", ty, b.name);
        }
    }
}
