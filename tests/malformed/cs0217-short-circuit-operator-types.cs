// expect: CS0217
// `&&` through a user-defined `&` needs the operator to take and return its own type, not `bool`.
using System;

struct Flag
{
    public bool On;
    public static bool operator &(Flag a, Flag b) => a.On && b.On;
    public static bool operator true(Flag f) => f.On;
    public static bool operator false(Flag f) => !f.On;
}

class Program
{
    static void Main()
    {
        var f = new Flag() && new Flag();
        Console.WriteLine(f);
    }
}
