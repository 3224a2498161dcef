// expect: UA0100
// Valid C#, but `WithCancellation` held in a variable (a ConfiguredCancelableAsyncEnumerable<T>) is not supported yet; as the source of `await foreach` it is.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async IAsyncEnumerable<int> Numbers()
    {
        await Task.Yield();
        yield return 1;
    }

    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        var configured = Numbers().WithCancellation(cts.Token);
        await foreach (var x in configured)
            Console.WriteLine(x);
    }
}
