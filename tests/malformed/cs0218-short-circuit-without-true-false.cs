// expect: CS0218
// `&&` through a user-defined `&` needs the type to declare `operator true` and `operator false`.
using System;

struct Flag
{
    public bool On;
    public static Flag operator &(Flag a, Flag b) => new Flag { On = a.On && b.On };
}

class Program
{
    static void Main()
    {
        var f = new Flag() && new Flag();
        Console.WriteLine(f.On);
    }
}
