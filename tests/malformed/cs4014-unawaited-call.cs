// expect: CS4014
// Warning only: the task returned by WorkAsync() is neither awaited nor stored. Otherwise valid.
using System;
using System.Threading.Tasks;


static class Program
{
    static async Task WorkAsync()
    {
        await Task.Delay(10);
        Console.WriteLine("work done");
    }

    static async Task Main()
    {
        WorkAsync();
        await Task.Delay(100);
    }
}
