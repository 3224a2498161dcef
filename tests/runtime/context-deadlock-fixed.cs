// The fix: ConfigureAwait(false) inside GetDataAsync lets its continuation run on the pool, so
// the blocked main thread gets its result.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<string> GetDataAsync()
    {
        await Task.Delay(100).ConfigureAwait(false);
        return "data";
    }

    static void Main()
    {
        Console.WriteLine("asking");
        string s = GetDataAsync().Result;
        Console.WriteLine("got " + s);
    }
}
