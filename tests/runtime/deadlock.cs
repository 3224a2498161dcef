// A task nothing will ever complete, waited on: every thread is blocked and no timer is pending.
using System;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        Console.WriteLine("waiting forever");
        Task.Delay(-1).Wait();
        Console.WriteLine("never printed");
    }
}
