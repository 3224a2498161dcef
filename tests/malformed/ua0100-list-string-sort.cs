// expect: UA0100
// Valid C#: `List<string>.Sort()` orders strings by the culture's collation rules, which unawait does not implement yet.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var names = new List<string> { "b", "A", "a" };
        names.Sort();
        Console.WriteLine(string.Join(",", names));
    }
}
