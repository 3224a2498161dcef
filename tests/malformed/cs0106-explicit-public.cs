// expect: CS0106
// An explicit interface implementation cannot have an access modifier.
using System;

interface IReader { string Read(); }

class Store : IReader
{
    public string IReader.Read() { return "x"; }
}

static class Program
{
    static void Main() { IReader r = new Store(); Console.WriteLine(r.Read()); }
}
