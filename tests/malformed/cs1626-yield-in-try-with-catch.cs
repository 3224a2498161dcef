// expect: CS1626
// `yield return` in the body of a `try` that has a `catch` clause (`yield break` there is allowed).
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Parse(string[] items)
    {
        foreach (var s in items)
        {
            try
            {
                yield return int.Parse(s);
            }
            catch (FormatException)
            {
                yield break;
            }
        }
    }

    static void Main()
    {
        foreach (var x in Parse(new[] { "1", "x" }))
            Console.WriteLine(x);
    }
}
