// expect: CS1660
// A lambda converts only to a delegate type.
using System;
class Program {
    static void Main() {
        int n = () => 5;
        Console.WriteLine(n);
    }
}
