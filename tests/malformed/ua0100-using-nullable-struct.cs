// expect: UA0100
// A nullable disposable struct as the resource of using is valid C# (disposed when it has a value); unawait does not support it yet: UA0100, not a false CS1674.
using System;

struct Guard : IDisposable
{
    public void Dispose() { Console.WriteLine("disposed"); }
}

class Program
{
    static void Main()
    {
        Guard? maybe = new Guard();
        using (maybe)
        {
            Console.WriteLine("body");
        }
    }
}
