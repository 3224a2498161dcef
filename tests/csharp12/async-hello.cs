// C# 12: async Task Main, async methods returning Task<T>, await, Task.Delay, Task.Yield, TaskStatus, string interpolation
// mcs: compiles and runs
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> SquareAsync(int x)
    {
        await Task.Delay(10);
        return x * x;
    }

    static async Task<string> GreetAsync(string name)
    {
        await Task.Yield();
        return $"Hello, {name}!";
    }

    static async Task Main()
    {
        Console.WriteLine(await GreetAsync("async world"));
        int total = 0;
        for (int i = 1; i <= 3; i++)
        {
            total += await SquareAsync(i);
        }
        Console.WriteLine($"Sum of squares: {total}");

        Task<int> pending = SquareAsync(7);
        Console.WriteLine($"Started, not canceled: {pending.Status != TaskStatus.Canceled}");
        Console.WriteLine($"Result: {await pending}");
        Console.WriteLine($"Final status: {pending.Status}");
    }
}
