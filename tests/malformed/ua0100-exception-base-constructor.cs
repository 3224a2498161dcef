// expect: UA0100
// Valid C#, but calling ArgumentException's (message, paramName) constructor as a base constructor is not supported yet (only those taking nothing, a message, or a message and an inner exception).
using System;

class BadInputException : ArgumentException
{
    public BadInputException(string field) : base("bad input", field) { }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(new BadInputException("name").Message);
    }
}
