// expect: CS8421
// A `static` local function (C# 8) uses a local of the enclosing method.
using System;
class Program {
    static void Main() {
        int k = 3;
        static int Get() => k;
        Console.WriteLine(Get());
    }
}
