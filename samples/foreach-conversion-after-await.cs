// `foreach (C c in xs)` where a user-defined conversion makes each element a struct of the
// program, in an async method after an await: each iteration's variable is a new one that
// holds the converted value (nothing crosses the await before the loop), also with awaits in
// the body. `new int?()` and `new Celsius?(c)`.
using System;
using System.Threading.Tasks;

struct Celsius
{
    public double Degrees;
    public static explicit operator Celsius(double d) => new Celsius { Degrees = d };
    public static implicit operator Celsius(int d) => new Celsius { Degrees = d };
}

class Program
{
    static async Task Main()
    {
        await Task.Yield();
        Console.WriteLine("start");
        double[] raw = { 1.5, 2.5 };
        foreach (Celsius c in raw) Console.WriteLine(c.Degrees);
        int[] whole = { 10, 20 };
        foreach (Celsius c in whole)
        {
            await Task.Delay(1);
            Console.WriteLine(c.Degrees + 0.5);
        }
        Celsius last = (Celsius)0.0;
        foreach (Celsius c in raw) { await Task.Yield(); last = c; }
        Console.WriteLine(last.Degrees);
        // `new T?()` is null, `new T?(x)` the value made nullable.
        int? none = new int?();
        Celsius? boiling = new Celsius?((Celsius)100.0);
        Console.WriteLine(none.HasValue + " " + new int?(5) + " " + new Celsius?().HasValue + " " + boiling.Value.Degrees);
    }
}
