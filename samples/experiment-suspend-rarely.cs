// Trap A: the same method when nine calls in ten complete synchronously (the buffer is not
// full yet): those return Task.CompletedTask and allocate nothing; only the calls that truly
// go async allocate a box.
// counts dotnet: state machine boxes=11; suspensions=20
// counts unawait: state machine boxes=3; suspensions=20
using System;
using System.Threading.Tasks;

static class Program
{
    static int buffered;
    static int written;

    static async Task SaveAsync(int record)
    {
        buffered += record;
        if ((record + 1) % 10 != 0)
            return;
        await Task.Yield();
        written += buffered;
        buffered = 0;
    }

    static async Task Main()
    {
        for (int i = 0; i < 100; i++)
            await SaveAsync(i);
        Console.WriteLine(written);
    }
}
