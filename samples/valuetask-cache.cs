// ValueTask<T> with a cache: a hit returns new ValueTask<int>(value) without suspending, a miss awaits a slow load.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static int[] cache = new int[8];
    static bool[] present = new bool[8];
    static int loads = 0;

    static async Task<int> LoadAsync(int key)
    {
        loads++;
        await Task.Delay(100);
        int value = key * key + 1;
        cache[key] = value;
        present[key] = true;
        return value;
    }

    // Not async: a hit needs no Task at all, a miss wraps the loading task.
    static ValueTask<int> GetAsync(int key)
    {
        if (present[key])
        {
            return new ValueTask<int>(cache[key]);
        }
        return new ValueTask<int>(LoadAsync(key));
    }

    // The async flavour: the compiler builds the ValueTask; the hit path never suspends.
    static async ValueTask<int> GetOrLoadAsync(int key)
    {
        if (present[key])
        {
            return cache[key];
        }
        return await LoadAsync(key);
    }

    static async Task Main()
    {
        ValueTask<int> miss = GetAsync(3);
        Console.WriteLine("miss completed synchronously: " + miss.IsCompleted);
        Console.WriteLine("miss value: " + await miss);
        ValueTask<int> hit = GetAsync(3);
        Console.WriteLine("hit completed synchronously: " + hit.IsCompleted);
        Console.WriteLine("hit value via Result: " + hit.Result);
        Console.WriteLine("loads so far: " + loads);

        ValueTask<int> a = GetOrLoadAsync(5);
        Console.WriteLine("async miss completed synchronously: " + a.IsCompleted);
        int five = await a.ConfigureAwait(false);
        ValueTask<int> b = GetOrLoadAsync(5);
        Console.WriteLine("async hit completed synchronously: " + b.IsCompleted + ", value " + b.Result);
        Console.WriteLine("five = " + five + ", loads = " + loads);

        Task<int> asTask = GetAsync(3).AsTask();
        Console.WriteLine("AsTask of a hit: " + asTask.Status + ", value " + await asTask);
        Task<int> pendingTask = GetAsync(7).AsTask();
        Console.WriteLine("AsTask of a miss: completed = " + pendingTask.IsCompleted + ", value " + await pendingTask);

        int sum = 0;
        for (int k = 0; k < 6; k++)
        {
            sum += await GetAsync(k % 2);
        }
        Console.WriteLine("sum = " + sum + ", loads = " + loads);
    }
}
