using System;

class Program
{
    static string Size(ulong v) => v switch
    {
        0 => "zero",
        < 1000 => "small",
        >= 18446744073709551615 => "max",
        _ => "big",
    };

    static string Sign(float f) => f switch
    {
        < 0f => "neg",
        0f => "zero",
        > 1e30f => "huge",
        _ => "pos",
    };

    static string Count(uint u) => u switch
    {
        1 or 2 => "few",
        > 3000000000 => "lots",
        _ => "some",
    };

    static void Main()
    {
        Console.WriteLine(Size(0) + " " + Size(999) + " " + Size(ulong.MaxValue) + " " + Size(9223372036854775808));
        Console.WriteLine(Sign(-1f) + " " + Sign(-0f) + " " + Sign(2e30f) + " " + Sign(float.NaN));
        Console.WriteLine(Count(2) + " " + Count(4000000000) + " " + Count(7));
        object o = 4000000000u;
        string s = o switch
        {
            int i => "int " + i,
            uint u when u > 5 => "big uint " + u,
            uint u => "uint " + u,
            _ => "other",
        };
        Console.WriteLine(s);
    }
}
