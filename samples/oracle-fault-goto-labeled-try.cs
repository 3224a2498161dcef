// A goto back to the label of the try statement it is in: leaving the try block runs its
// finally block every time (C#: ECMA-334 §13.10.4, §13.11). When the label is on the try
// statement (or on an empty statement right before it), Mono runs the finally block only when
// the try statement ends, so "finally 1" and "finally 2" are missing from its output
// (samples/ORACLE-EXCEPTIONS.md).
using System;

static class Program
{
    static void Main()
    {
        int j = 0;
    again:
        try
        {
            j++;
            if (j < 3)
                goto again;
            Console.WriteLine("last pass " + j);
        }
        finally
        {
            Console.WriteLine("finally " + j);
        }
    }
}
