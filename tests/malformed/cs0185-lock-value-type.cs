// expect: CS0185
// `lock` needs a reference type: an int would be boxed anew on each lock.
using System;


static class Program
{
    static int counter = 0;

    static void Main()
    {
        lock (counter)
        {
            counter++;
        }
        Console.WriteLine(counter);
    }
}
