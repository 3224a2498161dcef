// expect: CS0664
// A double literal does not convert to float implicitly: it needs an `f` suffix.
using System;

class Program
{
    static void Main()
    {
        float ratio = 0.75;
        Console.WriteLine(ratio);
    }
}
