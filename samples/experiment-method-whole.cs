// Pattern 7, before: one long async method keeps every value it needs after each await in its
// box, so each suspension carries them all.
// counts dotnet: state machine boxes=21/4000; suspensions=40
// counts unawait: state machine boxes=3/544; suspensions=40
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<long> ProcessOrderAsync(int id)
    {
        long a = id + 1, b = id * 2, c = id * 3, d = id * 5;
        long e = id * 7, f = id * 11, g = id * 13, h = id * 17;
        await Task.Yield();
        long check = a + b + c + d;
        long price = e * f + g * h;
        return check + price;
    }

    static async Task Main()
    {
        long total = 0;
        for (int id = 0; id < 20; id++)
            total += await ProcessOrderAsync(id);
        Console.WriteLine(total);
    }
}
