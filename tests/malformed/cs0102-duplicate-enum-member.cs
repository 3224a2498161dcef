// expect: CS0102
// Two members of one enum with the same name.
using System;

enum Status { Pending, Paid, Pending }

static class Program
{
    static void Main()
    {
        Console.WriteLine(Status.Paid);
    }
}
