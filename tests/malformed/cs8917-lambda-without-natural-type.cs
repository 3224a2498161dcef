// expect: CS8917
// `var f = x => x;`: with an untyped parameter the lambda has no natural type (C# 10; mcs says CS0815).
using System;

class Program {
    static void Main() {
        var f = x => x + 1;
        Console.WriteLine(f(1));
    }
}
