// expect: CS0165
// The variable of `o is string s` is assigned only where the test is true: reading it in the branch where it failed is an error.
using System;

static class Program
{
    static void Main()
    {
        object o = 42;
        if (!(o is string s))
        {
            Console.WriteLine(s);
        }
    }
}
