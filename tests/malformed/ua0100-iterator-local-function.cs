// expect: UA0100
// A local function that is an iterator (valid C# 7): unawait has iterator methods, not iterator local functions yet.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        IEnumerable<int> Twice(int x)
        {
            yield return x;
            yield return x;
        }
        foreach (var v in Twice(3))
            Console.WriteLine(v);
    }
}
