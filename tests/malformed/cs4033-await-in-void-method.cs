// expect: CS4033
// `await` in a non-async method that returns void (Roslyn suggests Task).
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        await Task.Delay(10);
        Console.WriteLine("done");
    }
}
