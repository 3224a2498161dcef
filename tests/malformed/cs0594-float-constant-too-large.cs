// expect: CS0594
// A float literal past float.MaxValue (about 3.4E+38) is an error, not infinity.
using System;

class Program
{
    static void Main()
    {
        float huge = 1e39f;
        Console.WriteLine(huge);
    }
}
