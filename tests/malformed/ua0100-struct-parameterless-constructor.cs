// expect: UA0100
// Valid C# 10: an explicit parameterless struct constructor (mcs, C# 7: CS0568).
using System;

struct Counter
{
    public int N;
    public Counter() { N = 1; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Counter().N);
    }
}
