// expect: CS8411, CS8415
// `await foreach` over a value with no GetAsyncEnumerator (an int), and over an array, which `foreach` enumerates synchronously.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Main()
    {
        int n = 3;
        await foreach (var x in n)
            Console.WriteLine(x);
        var items = new[] { 1, 2 };
        await foreach (var x in items)
            Console.WriteLine(x);
    }
}
