// Keeping every array alive passes the heap limit: the allocation that would pass it throws
// OutOfMemoryException, which the program catches; once the arrays are garbage, allocating
// works again.
using System;
using System.Collections.Generic;

static class Program
{
    static int Hoard()
    {
        List<int[]> kept = new List<int[]>();
        try
        {
            while (true)
            {
                kept.Add(new int[100000]);
            }
        }
        catch (OutOfMemoryException)
        {
            return kept.Count;
        }
    }

    static void Main()
    {
        int count = Hoard();
        Console.WriteLine("caught OutOfMemoryException after many arrays: " + (count > 10));
        int[] again = new int[100000];
        Console.WriteLine("allocating again works: " + again.Length);
    }
}
