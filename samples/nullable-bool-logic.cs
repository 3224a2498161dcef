using System;

// `&` and `|` of `bool?`: C#'s three-valued logic, both operands evaluated, left first.
class Program
{
    static bool? Show(string name, bool? v)
    {
        Console.Write(name + " ");
        return v;
    }

    static string S(bool? b) => b.HasValue ? b.Value.ToString() : "null";

    static void Main()
    {
        bool?[] values = { true, false, null };
        foreach (var a in values)
            foreach (var b in values)
                Console.WriteLine($"{S(a)} & {S(b)} = {S(a & b)}; {S(a)} | {S(b)} = {S(a | b)}");
        Console.WriteLine(S(Show("left", false) & Show("right", null)));
        Console.WriteLine(S(Show("left", true) | Show("right", null)));
        bool plain = true;
        bool? maybe = null;
        Console.WriteLine(S(plain & maybe) + " " + S(maybe | plain) + " " + S(false & maybe));
        bool? permitted = Show("policy", null) | Show("override", true);
        if (permitted == true) Console.WriteLine("permitted");
    }
}
