// expect: UA0104
// Valid C#: `Sum()` of an `IEnumerable<int?>` (nulls skipped) is outside unawait's library, also when the sequence is typed `IEnumerable<int?>` (it once bound to the numeric `Sum()` and summed wrongly).
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static void Main()
    {
        IEnumerable<int?> e = new List<int?> { 1, null, 3 };
        Console.WriteLine(e.Sum());
    }
}
