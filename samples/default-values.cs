// `default` and `default(T)` as values and as optional parameters' defaults, the way async APIs
// take a token (`CancellationToken ct = default`), and `char` literals as parameter defaults
// (also for an `int` parameter, by the implicit char-to-int conversion).
using System;
using System.Threading;
using System.Threading.Tasks;

enum Level { Quiet, Loud }

struct Point { public int X; public int Y; }

class Client
{
    public async Task<string> FetchAsync(string url, CancellationToken ct = default, int retries = default)
    {
        await Task.Delay(1, ct);
        return url + " cancelable=" + ct.CanBeCanceled + " retries=" + retries;
    }

    public static string Pad(string s, char fill = '.', int code = 'A', Level level = default,
        string suffix = default, int? limit = default(int?), double scale = default(double))
    {
        return s + fill + code + " " + level + " " + (suffix == null) + " " + limit.HasValue + " " + scale;
    }
}

class Program
{
    static async Task Main()
    {
        var client = new Client();
        var cts = new CancellationTokenSource();
        Console.WriteLine(await client.FetchAsync("/a"));
        Console.WriteLine(await client.FetchAsync("/b", cts.Token, 2));
        Console.WriteLine(Client.Pad("x"));
        Console.WriteLine(Client.Pad("y", '\t', '0', Level.Loud, "!", 3, 1.5) + "|");

        CancellationToken none = default;
        string text = default;
        int count = default(int);
        long big = default;
        bool flag = default;
        flag = !flag;
        char ch = default;
        Point origin = default;
        Level level = default(Level);
        int? maybe = default;
        Console.WriteLine(none.CanBeCanceled + " " + (text == null) + " " + count + " " + big + " " + flag);
        Console.WriteLine((int)ch + " " + origin.X + "," + origin.Y + " " + level + " " + maybe.HasValue);

        // In `?:` the literal takes the other branch's type: an int 0, then converted to int?.
        int? picked = flag ? default : 5;
        double? ratio = !flag ? 2.5 : default;
        Console.WriteLine(picked.HasValue + " " + picked + " " + ratio);
    }
}
