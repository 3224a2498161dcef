// await inside loop conditions: while (await NextAsync()), do/while, for conditions and steps, foreach over an awaited list.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static int remaining = 3;

    static async Task<bool> NextAsync()
    {
        await Task.Delay(5);
        remaining--;
        return remaining >= 0;
    }

    static async Task<bool> LessThanAsync(int a, int b)
    {
        await Task.Yield();
        return a < b;
    }

    static async Task<int> StepAsync(int i)
    {
        await Task.Yield();
        return i + 1;
    }

    static async Task<List<string>> NamesAsync()
    {
        await Task.Delay(5);
        List<string> names = new List<string>();
        names.Add("red");
        names.Add("green");
        names.Add("blue");
        return names;
    }

    static async Task<int[]> NumbersAsync()
    {
        await Task.Yield();
        return new int[] { 3, 1, 4, 1, 5 };
    }

    static async Task Main()
    {
        int items = 0;
        while (await NextAsync())
        {
            items++;
            Console.WriteLine("while: item " + items + ", remaining " + remaining);
        }

        int n = 0;
        do
        {
            Console.WriteLine("do: n = " + n);
            n += 2;
        } while (await LessThanAsync(n, 5));

        for (int i = 0; await LessThanAsync(i, 6); i += await StepAsync(i))
        {
            Console.WriteLine("for: i = " + i);
        }

        // Statement expressions in the initializer and the iterator may be awaits too.
        int k = 0;
        for (await StepAsync(k); k < 2; await StepAsync(k), k++)
        {
            Console.WriteLine("for with awaited initializer: k = " + k);
        }

        foreach (string name in await NamesAsync())
        {
            Console.WriteLine("foreach: " + name);
        }

        int total = 0;
        foreach (int x in await NumbersAsync())
        {
            if (x == 1)
            {
                continue;
            }
            total += x;
        }
        Console.WriteLine("sum without ones = " + total);

        remaining = 10;
        int count = 0;
        while (await NextAsync())
        {
            count++;
            if (count == 4)
            {
                break;
            }
        }
        Console.WriteLine("stopped after " + count + ", remaining " + remaining);
    }
}
