// expect: CS0266
// An `int?` may have no value: converting it to `int` needs a cast (or `??`, `GetValueOrDefault()`).
using System;


static class Program
{
    static void Main()
    {
        int? maybe = 4;
        int sure = maybe;
        Console.WriteLine(sure);
    }
}
