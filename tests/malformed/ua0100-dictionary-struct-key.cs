// expect: UA0100
// A dictionary keyed by a struct of the program (valid C#): .NET compares such keys field by field, which the runtime does not.
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
