// expect: CS1032, CS1025, CS1517, CS1028, CS1027
// A `#define` after the first token, text after a condition, a condition that is no expression, an `#endif` with no `#if` and an `#if` never closed.
using System;
#define LATE

static class Program
{
#if A B
    static void Unused() { }
#elif !
    static void Other() { }
#endif
#endif
    static void Main()
    {
        Console.WriteLine("main");
    }
#if OPEN
}
