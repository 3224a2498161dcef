// expect: CS0150
// A constant pattern needs a constant: `limit` is a variable (a `when` guard compares with it). mcs predates switch expressions.
using System;


static class Program
{
    static void Main()
    {
        int limit = 3;
        int x = 3;
        Console.WriteLine(x switch { limit => "limit", _ => "other" });
    }
}
