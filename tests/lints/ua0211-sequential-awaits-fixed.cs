// Tutorial Optimization 7 (after): independent operations started together and awaited with Task.WhenAll;
// awaits that depend on each other, or whose callees read shared state, stay in order.
// expect: none
using System;
using System.Threading.Tasks;

static class Program
{
    static int next = 0;

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

    static async Task<int> LoadOrdersAsync(int user)
    {
        await Task.Delay(10);
        return user + 1;
    }

    static async Task<int> TakeTicketAsync()
    {
        await Task.Delay(10);
        next++;
        return next;
    }

    static async Task Main()
    {
        Task<int> userTask = LoadUserAsync(7);
        Task<string> settingsTask = LoadSettingsAsync("theme");
        await Task.WhenAll(userTask, settingsTask);
        int user = await userTask;
        string settings = await settingsTask;
        Console.WriteLine(user + " " + settings);

        // The second needs the first's result.
        int id = await LoadUserAsync(8);
        int orders = await LoadOrdersAsync(id);
        Console.WriteLine(orders);

        // Each result depends on what the previous call changed.
        int first = await TakeTicketAsync();
        int second = await TakeTicketAsync();
        Console.WriteLine(first + " " + second);
    }
}
