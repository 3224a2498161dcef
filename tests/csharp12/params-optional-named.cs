// C# 12: params arrays (empty, expanded, an explicit array), params object[], optional parameters with constant, null and default(T) values, named arguments in any order and mixed with positional ones, [CallerMemberName] on an async method, StringBuilder
// mcs: compiles and runs
using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;

class Program
{
    static int Sum(params int[] numbers)
    {
        int total = 0;
        foreach (var n in numbers) total += n;
        return total;
    }

    static string Join(string separator, params object[] parts)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) sb.Append(separator);
            sb.Append(parts[i]);
        }
        return sb.ToString();
    }

    static string Pad(string text, int width = 10, char pad = '.', bool left = false, string suffix = null)
        => (left ? text.PadRight(width, pad) : text.PadLeft(width, pad)) + (suffix ?? "");

    static async Task<string> FetchAsync(string url, int retries = 3, TimeSpan timeout = default(TimeSpan), [CallerMemberName] string caller = "")
    {
        await Task.Delay(1);
        return $"{(caller.Length > 0 ? "called" : "?")} -> {url} (retries {retries}, timeout {timeout.TotalSeconds}s)";
    }

    static void Log(string message, [CallerMemberName] string member = "")
        => Console.WriteLine($"{member.Length > 0}: {message}");

    static async Task Main()
    {
        Console.WriteLine(Sum());
        Console.WriteLine(Sum(1, 2, 3));
        Console.WriteLine(Sum(new[] { 10, 20 }));
        Console.WriteLine(Join(", ", "a", 1, 2.5, true));
        Console.WriteLine(Pad("x"));
        Console.WriteLine(Pad("x", 5, '-'));
        Console.WriteLine(Pad("x", left: true, width: 4));
        Console.WriteLine(Pad(suffix: "!", text: "named", pad: '*'));
        Console.WriteLine(Pad("mix", 6, left: true, suffix: "|"));
        Console.WriteLine(await FetchAsync("https://example.com"));
        Console.WriteLine(await FetchAsync("https://example.com/slow", timeout: TimeSpan.FromSeconds(2)));
        Log("done");
    }
}
