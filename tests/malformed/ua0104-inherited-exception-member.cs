// expect: UA0104
// GetBaseException, which a custom exception inherits from Exception (valid C#), is outside the library: UA0104, not CS1061.
using System;

class WrappedException : Exception
{
    public WrappedException(string message, Exception inner) : base(message, inner) { }
}

static class Program
{
    static void Main()
    {
        var e = new WrappedException("outer", new FormatException("inner"));
        Console.WriteLine(e.GetBaseException().Message);
    }
}
