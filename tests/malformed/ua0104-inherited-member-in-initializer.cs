// expect: UA0104
// Source, which a custom exception inherits from Exception (valid C#), set in an object initializer: UA0104 (outside the library), not CS0117.
using System;

class NotFoundException : Exception
{
    public NotFoundException(string message) : base(message) { }
}

static class Program
{
    static void Main()
    {
        var e = new NotFoundException("item 7") { Source = "repo" };
        Console.WriteLine(e.Message);
    }
}
