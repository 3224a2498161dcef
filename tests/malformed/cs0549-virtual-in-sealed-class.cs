// expect: CS0549
// A sealed class declares a new virtual method: nothing can override it.
using System;

sealed class Cache
{
    public virtual int Get() { return 1; }
}

class Program
{
    static void Main() { Console.WriteLine(new Cache().Get()); }
}
