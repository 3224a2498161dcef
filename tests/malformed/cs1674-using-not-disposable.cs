// expect: CS1674, CS0535
// A `using` of an object that is not IDisposable, and a class naming IDisposable without a Dispose method.
using System;

class Plain { }

class Broken : IDisposable { }

static class Program
{
    static void Main()
    {
        using (var p = new Plain())
        {
            Console.WriteLine(p);
        }
    }
}
