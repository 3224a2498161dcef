// expect: CS0403
// `T` may be a value type: `null` does not convert to it (use `default(T)`).
using System;

static class Program
{
    static T Nothing<T>()
    {
        T x = null;
        return x;
    }

    static void Main()
    {
        Console.WriteLine(Nothing<string>());
    }
}
