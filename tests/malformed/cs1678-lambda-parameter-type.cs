// expect: CS1678
// The lambda declares its parameter `long`; the delegate's is `int`.
using System;
class Program {
    static void Main() {
        Func<int, int> f = (long x) => 1;
        Console.WriteLine(f(1));
    }
}
