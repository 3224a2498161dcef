// expect: CS0815
// `null` has no type, so `var` cannot infer one.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        var name = null;
        Console.WriteLine(name);
    }
}
