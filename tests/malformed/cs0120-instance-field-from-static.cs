// expect: CS0120, CS0120
// A static method uses an instance field and an instance method of its class without an object.
using System;

class Counter
{
    private int count;
    void Bump() { count++; }

    static void Main()
    {
        count = 1;
        Bump();
        Console.WriteLine("unreachable");
    }
}
