// expect: UA0100
// Valid C#, but C# runs the filter before Helper's finally block (the first pass of exception handling), which unawait cannot do across a call.
using System;


static class Program
{
    static void Helper()
    {
        try
        {
            throw new InvalidOperationException("helper");
        }
        finally
        {
            Console.WriteLine("helper's finally");
        }
    }

    static void Main()
    {
        try
        {
            Helper();
        }
        catch (InvalidOperationException e) when (e.Message == "helper")
        {
            Console.WriteLine("caught");
        }
    }
}
