// expect: CS0066
// An event's type must be a delegate type.
using System;

class Counter {
    public event int Changed;
}

class Program {
    static void Main() {
        Console.WriteLine(new Counter() != null);
    }
}
