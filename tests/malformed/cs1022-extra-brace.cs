// expect: CS1022
// One `}` too many at the end of the file.
using System;

class P
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
}
