// expect: CS1929
// ThenBy is Enumerable's extension method of IOrderedEnumerable<T>: a List<int> is not ordered (mcs says CS0411, finding ParallelEnumerable.ThenBy).
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static void Main()
    {
        var xs = new List<int> { 3, 1, 2 };
        Console.WriteLine(xs.ThenBy(x => x).First());
    }
}
