using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Boom()
    {
        await Task.Delay(5);
        throw new NotSupportedException("inner boom");
    }

    static void Main()
    {
        Console.WriteLine("blocking on a failing task");
        Boom().Wait();
    }
}
