using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static SemaphoreSlim s = new SemaphoreSlim(0);

    static async Task ReleaseLaterAsync()
    {
        await Task.Delay(10);
        s.Release();
    }

    static async Task TakeAsync()
    {
        await s.WaitAsync();
        Console.WriteLine("took it");
    }

    static void Main()
    {
        Task r = ReleaseLaterAsync();
        Task t = TakeAsync();
        s.Wait();
        Console.WriteLine("main got it");
        t.Wait();
        Console.WriteLine("end");
    }
}
