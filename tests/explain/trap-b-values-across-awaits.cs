// Tutorial Trap B: locals used after an await live in the state machine; a large buffer stays alive while suspended.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task FillAsync(int[] buffer)
    {
        await Task.Delay(10);
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = i % 5;
        }
    }

    static void Fill(int[] buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = i % 5;
        }
    }

    static int Process(int[] buffer)
    {
        int sum = 0;
        foreach (int x in buffer)
        {
            sum += x;
        }
        return sum;
    }

    // Before: the buffer is read after the await, so it is in the frame while the method waits.
    static async Task<int> ReadAsync(int scale)
    {
        int[] buffer = new int[8192];
        int before = scale + 1;
        await FillAsync(buffer);
        return Process(buffer) * before;
    }

    // After: the buffer is finished with before the await; only the sum crosses it.
    static async Task<int> ReadThenSendAsync(int scale)
    {
        int[] buffer = new int[8192];
        Fill(buffer);
        int sum = Process(buffer) * (scale + 1);
        await Task.Delay(1);
        return sum;
    }

    static async Task Main()
    {
        Console.WriteLine(await ReadAsync(2) + " " + await ReadThenSendAsync(2));
    }
}
