// C# 12: ConfigureAwait(false) on Task, Task<T>, ValueTask<T> and Task.WhenAll, a named argument continueOnCapturedContext, library-style async methods that do not capture the context, SynchronizationContext.Current before and after awaits, Task.Yield
// mcs: compiles and runs
using System;
using System.Threading;
using System.Threading.Tasks;

static class Library
{
    public static async Task<string> ReadConfigAsync(string key)
    {
        await Task.Delay(1).ConfigureAwait(false);
        string value = await LookupAsync(key).ConfigureAwait(false);
        return $"{key}={value}";
    }

    static async Task<string> LookupAsync(string key)
    {
        await Task.Yield();
        return key.Length.ToString();
    }

    public static async ValueTask<int> CountAsync(string text)
    {
        await Task.Delay(1).ConfigureAwait(continueOnCapturedContext: false);
        return text.Length;
    }
}

class Program
{
    static async Task Main()
    {
        Console.WriteLine($"no context at start: {SynchronizationContext.Current == null}");
        string config = await Library.ReadConfigAsync("timeout").ConfigureAwait(false);
        Console.WriteLine(config);
        int n = await Library.CountAsync("configure").ConfigureAwait(false);
        Console.WriteLine(n);
        string[] both = await Task.WhenAll(Library.ReadConfigAsync("a"), Library.ReadConfigAsync("bb")).ConfigureAwait(false);
        Console.WriteLine(string.Join(";", both));
        Console.WriteLine($"no context after the awaits: {SynchronizationContext.Current == null}");
    }
}
