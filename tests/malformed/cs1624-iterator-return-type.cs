// expect: CS1624
// `yield return` in a method returning `List<int>`: an iterator must return IEnumerable<T> or IEnumerator<T>.
using System;
using System.Collections.Generic;

class Program
{
    static List<int> Numbers()
    {
        yield return 1;
        yield return 2;
    }

    static void Main()
    {
        Console.WriteLine(Numbers().Count);
    }
}
