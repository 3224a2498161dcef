// Tutorial Optimization 7 (before): independent operations awaited one after the other.
// expect: UA0211
// expect: UA0211
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> LoadUserAsync(int id)
    {
        await Task.Delay(30);
        return id * 10;
    }

    static async Task<string> LoadSettingsAsync(string name)
    {
        await Task.Delay(20);
        return name + ": dark";
    }

    static async Task WarmAsync(int part)
    {
        await Task.Delay(10);
        Console.WriteLine("warmed " + part);
    }

    static async Task Main()
    {
        int user = await LoadUserAsync(7);
        string settings = await LoadSettingsAsync("theme");
        Console.WriteLine(user + " " + settings);

        await WarmAsync(1);
        await WarmAsync(2);
        await WarmAsync(3);
    }
}
