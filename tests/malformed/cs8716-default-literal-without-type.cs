// expect: CS8716, CS1547
// `var x = default;` gives the literal no type; `default(void)` names a type without values.
using System;

class Program
{
    static void Main()
    {
        var x = default;
        var y = default(void);
        Console.WriteLine("unreachable");
    }
}
