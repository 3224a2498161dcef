// expect: CS1503
// A delegate invoked with an argument of the wrong type: the argument does not convert to the delegate's parameter.
using System;

class Program {
    static void Main() {
        Func<int, int> twice = x => x * 2;
        Console.WriteLine(twice("four"));
    }
}
