// expect: CS0540
// An explicit implementation of an interface the class does not list in its base list.
using System;

interface IReader { string Read(); }

class Store
{
    string IReader.Read() { return "x"; }
}

static class Program
{
    static void Main() { Console.WriteLine(new Store() != null); }
}
