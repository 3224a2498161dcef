// `??=` on the fields and properties of `this` and on statics: the lazy initialization every
// cache and service writes (`cache ??= new ...`). The place is read once; only when it is null
// is the value evaluated and stored; the result is the place's value or the one stored (a
// property's getter runs once, its setter only when it was null). C# 8: mcs cannot compile
// it, so the expected output is written by hand from C#'s rules (ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;
class Lazy
{
    private string value;
    private int? count;
    public static string Shared;
    public string Label { get; private set; }
    private string backing;
    public string Computed { get { Console.WriteLine("get"); return backing; } set { Console.WriteLine("set " + value); backing = value; } }
    public async Task<string> GetAsync()
    {
        await Task.Yield();
        Console.WriteLine(value ??= "made");
        Console.WriteLine(value ??= "again");
        count ??= 3;
        Shared ??= "s";
        Label ??= "L";
        Console.WriteLine(Computed ??= "c1");
        Console.WriteLine(Computed ??= "c2");
        return value + count + Shared + Label;
    }
}
class Program { static async Task Main() { Console.WriteLine(await new Lazy().GetAsync()); } }
