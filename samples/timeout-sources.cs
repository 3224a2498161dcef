using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Work(CancellationToken token)
    {
        Console.WriteLine("can be canceled: " + token.CanBeCanceled);
        await Task.Delay(50, token);
        return "done";
    }

    static async Task Main()
    {
        Console.WriteLine(await Work(CancellationToken.None));
        using (var cts = new CancellationTokenSource(0))
        {
            Console.WriteLine("canceled at once: " + cts.IsCancellationRequested);
        }
        using (var cts = new CancellationTokenSource(10))
        {
            Console.WriteLine("before: " + cts.IsCancellationRequested);
            try { Console.WriteLine(await Work(cts.Token)); }
            catch (TaskCanceledException) { Console.WriteLine("timed out: " + cts.IsCancellationRequested); }
        }
    }
}
