// expect: CS0453
// Only value types can be made nullable: a string can be null already.
using System;


static class Program
{
    static void Main()
    {
        Nullable<string> name = null;
        Console.WriteLine(name);
    }
}
