// expect: UA0100
// An `out` parameter of a delegate type is not supported yet: one UA0100 at the declaration, none for converting a method group to it or invoking it (they drew UA0100, CS1615 and CS0165 too). mcs accepts it.
using System;

class Program
{
    delegate bool Validator(string input, out string error);

    static bool NotEmpty(string s, out string error)
    {
        error = string.IsNullOrEmpty(s) ? "empty" : null;
        return error == null;
    }

    static void Main()
    {
        Validator v = NotEmpty;
        string err;
        if (!v("", out err)) Console.WriteLine(err);
    }
}
