// `new string(char[] value, int startIndex, int length)`: a slice of a buffer, the empty
// slice, and .NET's exceptions (null array, negative start or length, a range past the end).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<string> ReadTokenAsync(char[] buffer, int start, int length)
    {
        await Task.Yield();
        return new string(buffer, start, length);
    }

    static async Task Main()
    {
        char[] buf = "GET /index.html HTTP/1.1".ToCharArray();
        Console.WriteLine(await ReadTokenAsync(buf, 0, 3) + "|" + await ReadTokenAsync(buf, 4, 11) + "|" + await ReadTokenAsync(buf, 16, 8) + "|");
        Console.WriteLine("[" + new string(buf, 5, 0) + "] [" + new string(buf, buf.Length, 0) + "]");
        int[][] bad = { new[] { -1, 2 }, new[] { 2, -3 }, new[] { 20, 5 }, new[] { 0, 99 }, new[] { 25, 0 } };
        foreach (var b in bad)
        {
            try { Console.WriteLine(new string(buf, b[0], b[1])); }
            catch (ArgumentOutOfRangeException ex) { Console.WriteLine($"{b[0]},{b[1]}: {ex.ParamName} | {ex.Message}"); }
        }
        char[] none = null;
        try { Console.WriteLine(new string(none, 0, 0)); }
        catch (ArgumentNullException ex) { Console.WriteLine("null: " + ex.ParamName); }
    }
}
