// expect: CS8820
// A `static` lambda (C# 9) uses a local of the enclosing method.
using System;
class Program {
    static void Main() {
        int k = 1;
        Func<int> f = static () => k;
        Console.WriteLine(f());
    }
}
