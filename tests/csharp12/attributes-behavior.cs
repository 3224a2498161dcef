// C# 12: attributes that change what a program does: [Conditional] (its calls are removed when the symbol is not defined), [ThreadStatic] (one field per thread), [MethodImpl(MethodImplOptions.Synchronized)] (a lock); attributes that do not: [Obsolete] (with its warning suppressed), [DebuggerStepThrough], [MethodImpl(MethodImplOptions.NoInlining)], [CLSCompliant], an attribute class of the program; a partial class in three parts
// mcs: compiles and runs
using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

[assembly: CLSCompliant(false)]

[AttributeUsage(AttributeTargets.Method)]
sealed class AuditedAttribute : Attribute { }

static partial class Program
{
    [ThreadStatic]
    static int requestsOnThisThread;

    [Conditional("VERBOSE_LOGGING")]
    static void Trace(string message)
    {
        Console.WriteLine("trace: " + message);
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    static void Count()
    {
        requestsOnThisThread++;
    }
}

static partial class Program
{
    [Obsolete("use NewAsync")]
    static async Task<int> OldAsync()
    {
        return await NewAsync() - 1;
    }

    [Audited, DebuggerStepThrough]
    static async Task<int> NewAsync()
    {
        return await Task.FromResult(42);
    }
}

static partial class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static async Task Main()
    {
        Trace("starting");
        requestsOnThisThread = 5;
        Count();
        Console.WriteLine("this thread: " + requestsOnThisThread);
        await Task.Run(() => Console.WriteLine("a pool thread: " + requestsOnThisThread));
#pragma warning disable CS0618
        Console.WriteLine(await OldAsync() + await NewAsync());
#pragma warning restore CS0618
    }
}
