// expect: UA0100
// A dictionary keyed by a struct of the program (valid C#): the table would have to hold its own copy of each key, which the library does not make yet.
using System;
using System.Collections.Generic;

struct Key
{
    public int Id;
}

static class Program
{
    static void Main()
    {
        var d = new Dictionary<Key, string>();
        Console.WriteLine(d.Count);
    }
}
