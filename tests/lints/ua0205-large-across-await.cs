// Tutorial Trap B (checklist 11): large values held across an await.
// expect: UA0205
// expect: UA0205
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task FillAsync(int[] buffer)
    {
        await Task.Delay(10);
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = i % 7;
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

    // The tutorial's buffer: 8192 elements kept alive while the method is suspended.
    static async Task<int> ReadAsync()
    {
        int[] buffer = new int[8192];
        await FillAsync(buffer);
        return Process(buffer);
    }

    // The list is kept across the await only for its Count.
    static async Task<int> CountAsync()
    {
        List<string> names = new List<string>();
        names.Add("ada");
        names.Add("grace");
        await Task.Delay(10);
        return names.Count;
    }

    static async Task Main()
    {
        Console.WriteLine(await ReadAsync());
        Console.WriteLine(await CountAsync());
    }
}
