// expect: UA0100
// Queue.Contains with a class that overrides Equals (valid C#): the runtime compares queue elements by reference.
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
        var q = new Queue<Key>();
        Console.WriteLine(q.Contains(new Key()));
    }
}
