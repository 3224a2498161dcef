// C# 12: types nested in .NET's types (List<int>.Enumerator, Dictionary<string, int>.KeyCollection, Environment.SpecialFolder, System.Environment.SpecialFolder, ConfiguredTaskAwaitable.ConfiguredTaskAwaiter), .NET types rarely named (StackTrace, StackFrame, UnreachableException, LazyInitializer), Enumerable.Count() called on a List<T>, which has a Count property, and the non-generic TaskCompletionSource (.NET 5)
// mcs: cannot check: UnreachableException is .NET 7 and the non-generic TaskCompletionSource .NET 5
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<string> KindAsync(int code)
    {
        await Task.Yield();
        if (code == 1) return "one";
        throw new UnreachableException("code " + code);
    }

    static async Task Main()
    {
        var list = new List<int> { 1, 2, 3 };
        List<int>.Enumerator e = list.GetEnumerator();
        e.MoveNext();
        Console.WriteLine(e.Current);
        Dictionary<string, int>.KeyCollection keys = new Dictionary<string, int> { ["a"] = 1 }.Keys;
        Console.WriteLine(keys.Count);
        Environment.SpecialFolder folder = Environment.SpecialFolder.Desktop;
        Console.WriteLine(folder);
        Console.WriteLine(System.Environment.SpecialFolder.UserProfile);
        System.Runtime.CompilerServices.ConfiguredTaskAwaitable.ConfiguredTaskAwaiter awaiter = Task.Delay(1).ConfigureAwait(false).GetAwaiter();
        awaiter.GetResult();
        Console.WriteLine(list.Count() + " " + list.Count);
        var pending = new List<Task<int>> { Task.FromResult(1), Task.FromResult(2) };
        await Task.WhenAll(pending);
        Console.WriteLine(pending.Count());
        var trace = new StackTrace();
        StackFrame frame = trace.GetFrame(0);
        Console.WriteLine(trace.FrameCount > 0 && frame != null);
        string cached = null;
        LazyInitializer.EnsureInitialized(ref cached, () => "init");
        Console.WriteLine(cached);
        var signal = new TaskCompletionSource();
        signal.SetResult();
        await signal.Task;
        Console.WriteLine(await KindAsync(1));
        try
        {
            await KindAsync(2);
        }
        catch (UnreachableException ex)
        {
            Console.WriteLine(ex.Message);
        }
    }
}
