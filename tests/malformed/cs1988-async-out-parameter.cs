// expect: CS1988
// An async method cannot take an out parameter (its caller's variable would outlive the call).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Fill(out int value)
    {
        value = 1;
        await Task.Yield();
    }

    static void Main()
    {
        Console.WriteLine(0);
    }
}
