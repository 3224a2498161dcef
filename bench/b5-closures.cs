// B5 (issue 16): closures and async lambdas. 10 rounds of 100k async lambda calls made by LINQ's
// Select over a list (Trap C: a closure capturing `round`, a delegate, a state machine and a task
// per element), each yielding once, joined with Task.WhenAll; then a synchronous Func<int, int>
// capturing a local, called 10M times through the delegate.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

static class Program
{
    static async Task Main()
    {
        var items = new List<int>();
        for (int i = 0; i < 100000; i++) items.Add(i);
        long sum = 0;
        for (int round = 0; round < 10; round++)
        {
            int[] results = await Task.WhenAll(items.Select(async i =>
            {
                await Task.Yield();
                return (i + round) % 1000;
            }));
            foreach (int r in results) sum += r;
        }
        int bias = 3;
        Func<int, int> f = x => (x ^ bias) & 1023;
        for (int i = 0; i < 10000000; i++) sum += f(i);
        Console.WriteLine("B5 sum = " + sum);
    }
}
