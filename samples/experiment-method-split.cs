// Pattern 7, after: the work split into two smaller async methods: each box carries only
// what its own part needs after its await, so every suspension's payload is smaller (more
// boxes, each smaller).
// counts dotnet: state machine boxes=61/9760; suspensions=100
// counts unawait: state machine boxes=61/9760; suspensions=100
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<long> CheckAsync(long a, long b, long c, long d)
    {
        await Task.Yield();
        return a + b + c + d;
    }

    static async Task<long> PriceAsync(long e, long f, long g, long h)
    {
        await Task.Yield();
        return e * f + g * h;
    }

    static Task<long> ProcessOrderAsync(int id)
    {
        Task<long> check = CheckAsync(id + 1, id * 2, id * 3, id * 5);
        Task<long> price = PriceAsync(id * 7, id * 11, id * 13, id * 17);
        return AddAsync(check, price);
    }

    static async Task<long> AddAsync(Task<long> check, Task<long> price)
    {
        return await check + await price;
    }

    static async Task Main()
    {
        long total = 0;
        for (int id = 0; id < 20; id++)
            total += await ProcessOrderAsync(id);
        Console.WriteLine(total);
    }
}
