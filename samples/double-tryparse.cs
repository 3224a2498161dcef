using System;
using System.Threading.Tasks;

class Program
{
    static async Task<string> ReadAsync(int i)
    {
        await Task.Yield();
        var inputs = new[] { "1.5", " -2e3 ", "abc", "", null, "1,234.5", "NaN", "1e400" };
        return inputs[i];
    }

    static async Task Main()
    {
        for (int i = 0; i < 8; i++)
        {
            string s = await ReadAsync(i);
            double d;
            bool ok = double.TryParse(s, out d);
            Console.WriteLine((s ?? "null") + " -> " + ok + " " + d);
        }
        var chars = new[] { 'a', 'b', 'c' };
        Console.WriteLine(new string(chars) + "|" + new string(new char[0]) + "|");
    }
}
