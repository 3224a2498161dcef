// expect: UA0100
// A class deriving from the library's List<string>: only the exception classes and IDisposable are modelled as library bases (the message says so).
using System;
using System.Collections.Generic;

class Names : List<string> { }

static class Program
{
    static void Main()
    {
        var n = new Names();
        n.Add("a");
        Console.WriteLine(n.Count);
    }
}
