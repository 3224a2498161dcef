// C# 12: async extension methods on Task<T> and Task (mapping a result, a fallback on a caught exception type, a timeout with Task.WhenAny and TimeoutException), generic extension methods with two type parameters, chaining awaited extension calls
// mcs: compiles and runs
using System;
using System.Threading.Tasks;

static class TaskExtensions
{
    public static async Task<TResult> Then<T, TResult>(this Task<T> task, Func<T, TResult> map) => map(await task);

    public static async Task<T> WithFallback<T>(this Task<T> task, T fallback)
    {
        try
        {
            return await task;
        }
        catch (FormatException)
        {
            return fallback;
        }
    }

    public static async Task<T> WithTimeout<T>(this Task<T> task, int milliseconds)
    {
        Task winner = await Task.WhenAny(task, Task.Delay(milliseconds));
        if (winner != task) throw new TimeoutException($"no result within {milliseconds} ms");
        return await task;
    }

    public static async Task Logged(this Task task, string name)
    {
        Console.WriteLine($"{name}: started");
        await task;
        Console.WriteLine($"{name}: finished");
    }
}

class Program
{
    static async Task<int> ParseLaterAsync(string text, int delay = 1)
    {
        await Task.Delay(delay);
        return int.Parse(text);
    }

    static async Task Main()
    {
        Console.WriteLine(await ParseLaterAsync("21").Then(x => x * 2));
        Console.WriteLine(await ParseLaterAsync("oops").WithFallback(-1));
        Console.WriteLine(await ParseLaterAsync("7").Then(x => x + 1).Then(x => $"eight is {x}"));
        Console.WriteLine(await ParseLaterAsync("5").WithTimeout(5000));
        try
        {
            await ParseLaterAsync("9", 5000).WithTimeout(10);
        }
        catch (TimeoutException e)
        {
            Console.WriteLine(e.Message);
        }
        await Task.Delay(2).Logged("delay");
        await TaskExtensions.Logged(Task.CompletedTask, "completed task");
    }
}
