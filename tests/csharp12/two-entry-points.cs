// C# 12: two candidate entry points in one class, static void Main() and static async Task Main(string[] args): C# uses the synchronous one and reports warning CS8892 for the async one (the only warning a compiler should give for this file)
// mcs: compiles and runs when called directly (mcs 6.8 predates async Main, so it warns CS0028 instead of CS8892 and runs the synchronous Main); mono-run cannot be used because it rewrites async Main
// expect: CS8892
using System;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        Console.WriteLine("synchronous Main runs");
    }

    static async Task Main(string[] args)
    {
        await Task.Delay(1);
        Console.WriteLine($"async Main with {args.Length} arguments is not the entry point");
    }
}
