// A switch whose subject mcs folds to a constant although C# does not (`Next() & 0` and `x * 0`
// read a call and a variable: no constant expressions, ECMA-334 §12.23): mcs emits invalid IL
// and Mono throws InvalidProgramException when Main is compiled (C#: the subject is evaluated,
// then the matching section or `default` runs). Found by crates/difftest (seed 677, where Mono
// skipped the section instead). The oracle's spelling switches on a local holding the subject;
// .out is what that form prints on Mono (samples/ORACLE-EXCEPTIONS.md).
using System;

static class Program
{
    static int calls;

    static int Next()
    {
        calls++;
        return 5;
    }

    static void Main()
    {
        switch (Next() & 0)
        {
            case 4:
            default:
                Console.WriteLine("default, the subject ran " + calls + " time(s)");
                break;
        }
        int x = 3;
        switch (x * 0)
        {
            case 0:
                Console.WriteLine("case 0");
                break;
            default:
                Console.WriteLine("not here");
                break;
        }
    }
}
