// expect: UA0100
// SetSynchronizationContext inside an async method: .NET's builder restores the caller's context when the method first returns, which unawait does not model.
using System;
using System.Threading;
using System.Threading.Tasks;

class Mine : SynchronizationContext { }

static class Program
{
    static async Task Install()
    {
        SynchronizationContext.SetSynchronizationContext(new Mine());
        await Task.Delay(1);
    }

    static void Main()
    {
        Install().Wait();
        Console.WriteLine(SynchronizationContext.Current == null);
    }
}
