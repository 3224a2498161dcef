// expect: CS1643
// One path through the lambda ends without returning the int its Func<int, int> needs.
using System;
class Program {
    static void Main() {
        Func<int, int> f = x => { if (x > 0) return 1; };
        Console.WriteLine(f(1));
    }
}
