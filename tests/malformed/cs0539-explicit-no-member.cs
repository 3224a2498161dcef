// expect: CS0539
// An explicit implementation of a method its interface does not declare.
using System;

interface IReader { string Read(); }

class Store : IReader
{
    public string Read() { return "x"; }
    string IReader.ReadAll() { return "all"; }
}

static class Program
{
    static void Main() { Console.WriteLine(new Store().Read()); }
}
