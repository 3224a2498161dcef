using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Background(string name, int ms)
    {
        await Task.Delay(ms);
        Console.WriteLine(name + " finished");
    }

    static async Task Failing()
    {
        await Task.Delay(10);
        throw new InvalidOperationException("nobody observes this");
    }

    static async Task Main()
    {
        _ = Background("quick", 20);
        _ = Background("slow", 400);
        _ = Failing();
        Task kept = Background("kept", 60);
        await Task.Delay(100);
        Console.WriteLine("kept completed: " + kept.IsCompleted);
        Console.WriteLine("Main returns; slow never prints");
    }
}
