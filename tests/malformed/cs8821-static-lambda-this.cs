// expect: CS8821
// A `static` lambda (C# 9) reads an instance field through `this`.
using System;
class Program {
    int field = 3;
    int Read() { Func<int> f = static () => field; return f(); }
    static void Main() {
        Console.WriteLine(new Program().Read());
    }
}
