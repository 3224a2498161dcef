using System;
using System.Threading.Tasks;

class Validator
{
    // A validation failure as a faulted task: the caller sees it when it awaits, not before.
    public Task<int> ParseAsync(string s)
    {
        if (s == null) return Task.FromException<int>(new ArgumentNullException(nameof(s)));
        if (s.Length == 0) return Task.FromException<int>(new ArgumentException("empty input", nameof(s)));
        return Task.FromResult(s.Length);
    }

    public Task SaveAsync(bool allowed)
    {
        return allowed ? Task.CompletedTask : Task.FromException(new TimeoutException());
    }
}

class Program
{
    static async Task Main()
    {
        var v = new Validator();
        Console.WriteLine(await v.ParseAsync("abc"));
        Task<int> t = v.ParseAsync(null);
        Console.WriteLine(t.IsCompleted + " " + t.IsFaulted);
        try { await t; }
        catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
        try { await v.ParseAsync(""); }
        catch (ArgumentException e) { Console.WriteLine(e.ParamName + " / " + (new ArgumentException("m").ParamName == null)); }
        await v.SaveAsync(true);
        try { await v.SaveAsync(false); }
        catch (TimeoutException e) { Console.WriteLine(e.Message); }
    }
}
