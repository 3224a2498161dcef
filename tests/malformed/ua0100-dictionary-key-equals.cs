// expect: UA0100
// A dictionary keyed by a class that overrides Equals/GetHashCode (valid C#): the runtime compares keys by reference.
using System;
using System.Collections.Generic;

class Key
{
    public int Id;
    public override bool Equals(object o) { return o is Key k && k.Id == Id; }
    public override int GetHashCode() { return Id; }
}

static class Program
{
    static void Main()
    {
        var d = new Dictionary<Key, string>();
        Console.WriteLine(d.Count);
    }
}
