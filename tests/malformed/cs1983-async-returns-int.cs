// expect: CS1983
// An async method must return void, Task, Task<T> or a task-like type, not int.
using System;
using System.Threading.Tasks;


static class Program
{
    static async int ComputeAsync()
    {
        await Task.Delay(10);
        return 42;
    }

    static void Main()
    {
        Console.WriteLine(ComputeAsync());
    }
}
