// expect: CS0019
// `&&` has no lifted form: a `bool?` operand needs `== true` (or `&`, the three-valued one).
using System;


static class Program
{
    static void Main()
    {
        bool? ready = null;
        bool done = true;
        if (ready && done)
        {
            Console.WriteLine("go");
        }
    }
}
