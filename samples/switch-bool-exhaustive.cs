// Since C# 8, a switch on a bool with both `case true` and `case false` handles every value:
// the end of the switch is unreachable (no CS0161), a variable assigned in both sections is
// definitely assigned after it (no CS0165), and a `default` section is reached only by
// `goto default`. mcs predates C# 8 and rejects this program (ORACLE-EXCEPTIONS.md).
using System;

class Program
{
    static string Truth(bool b)
    {
        switch (b)
        {
            case true:
                return "yes";
            case false:
                return "no";
        }
    }

    static int Count(bool b)
    {
        int n;
        switch (!b)
        {
            case false:
                n = 1;
                break;
            case true:
                n = 2;
                goto default;
            default:
                n += 10;
                break;
        }
        return n;
    }

    static void Main()
    {
        Console.WriteLine(Truth(true) + " " + Truth(false));
        Console.WriteLine(Count(true) + " " + Count(false));
    }
}
