// expect: CS0034, CS0034
// A ulong with an int or long variable has no best operator in C# (mcs says CS0019: "Operator `+' cannot be applied to operands of type `ulong' and `int'").
using System;

class Program
{
    static void Main()
    {
        ulong total = 10;
        int step = 3;
        long other = 4;
        Console.WriteLine(total + step);
        Console.WriteLine(total < other);
    }
}
