// expect: CS1593
// The lambda takes two parameters; Func<int, int> gives one.
using System;
class Program {
    static void Main() {
        Func<int, int> f = (a, b) => a + b;
        Console.WriteLine(f(1));
    }
}
