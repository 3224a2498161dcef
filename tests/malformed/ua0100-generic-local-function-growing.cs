// expect: UA0100
// Valid C#: a generic local function calling itself with ever larger type arguments (`Depth<List<T>>` inside `Depth<T>`), which .NET instantiates as it runs; unawait makes one copy per list of type arguments and stops.
using System;
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        int Depth<T>(int n) => n == 0 ? 0 : 1 + Depth<List<T>>(n - 1);
        Console.WriteLine(Depth<int>(3));
    }
}
