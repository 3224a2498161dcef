// Tutorial Trap B (after): finish with the buffer before awaiting; keep only what is needed after the await.
// expect: none
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static void Fill(int[] buffer)
    {
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

    static async Task SendAsync(int value)
    {
        await Task.Delay(10);
        Console.WriteLine("sent " + value);
    }

    static async Task<int> ReadAsync()
    {
        int[] buffer = new int[8192];
        Fill(buffer);
        int sum = Process(buffer);
        await SendAsync(sum);
        return sum;
    }

    static async Task<int> CountAsync()
    {
        List<string> names = new List<string>();
        names.Add("ada");
        names.Add("grace");
        int count = names.Count;
        await Task.Delay(10);
        return count;
    }

    // A small array whose elements are needed after the await.
    static async Task<int> PairAsync()
    {
        int[] pair = new int[2];
        pair[0] = 20;
        pair[1] = 22;
        await Task.Delay(1);
        return pair[0] + pair[1];
    }

    // A parameter: the caller holds the array anyway.
    static async Task<int> LengthAsync(int[] data)
    {
        await Task.Delay(1);
        return data.Length;
    }

    static async Task Main()
    {
        Console.WriteLine(await ReadAsync());
        Console.WriteLine(await CountAsync());
        Console.WriteLine(await PairAsync());
        Console.WriteLine(await LengthAsync(new int[3]));
    }
}
