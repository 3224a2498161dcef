// expect: UA0100
// A local of type IDisposable (valid C#): IDisposable works in base lists and `using`, but values of that type are not supported yet (not "outside the language").
using System;

class Resource : IDisposable
{
    public void Dispose() { Console.WriteLine("disposed"); }
}

static class Program
{
    static void Main()
    {
        IDisposable d = new Resource();
        d.Dispose();
    }
}
