// `await foreach (C c in stream)` converts each element as `foreach` does: explicitly, by a
// user-defined conversion too (to a struct and to a class of the program).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Meters
{
    public double Value;
    public static explicit operator Meters(double d) => new Meters { Value = d };
}

class Label
{
    public string Text;
    public static implicit operator Label(int n) => new Label { Text = "#" + n };
}

class Program
{
    static async IAsyncEnumerable<double> Distances()
    {
        await Task.Yield();
        yield return 1.5;
        yield return 2.5;
    }

    static async IAsyncEnumerable<int> Numbers()
    {
        for (int i = 1; i <= 2; i++)
        {
            await Task.Delay(1);
            yield return i;
        }
    }

    static async Task Main()
    {
        await foreach (Meters m in Distances()) Console.WriteLine(m.Value);
        await foreach (Label l in Numbers()) Console.WriteLine(l.Text);
    }
}
