// expect: CS1628
// A lambda uses a `ref` parameter: a delegate may outlive the variable the parameter refers to.
using System;

class Program
{
    static void Bump(ref int x)
    {
        Action a = () => x++;
        a();
    }

    static void Main()
    {
        int y = 0;
        Bump(ref y);
        Console.WriteLine(y);
    }
}
