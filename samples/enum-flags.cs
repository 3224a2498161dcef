// [Flags] enums: members built with shifts and from other members, |, &, ^, ~ and their compound
// assignments, HasFlag, tests against 0, and .NET's printing of combinations: a value that is a
// member prints its name; otherwise the members whose bits make it up, taken from the largest value
// down and printed in ascending order; a value with a bit no member covers prints as its number.
// Also a non-[Flags] enum with the same values (combinations print as numbers), and duplicates.
using System;
using System.Collections.Generic;

[Flags]
enum Access
{
    None = 0,
    Read = 1 << 0,
    Write = 1 << 1,
    Execute = 1 << 2,
    Delete = 1 << 3,
    ReadWrite = Read | Write,
    All = ReadWrite | Execute | Delete,
}

enum Plain { A = 1, B = 2, C = 4 }

[Flags]
enum NoZero { X = 1, Y = 2 }

[System.Flags]
enum Days { Mon = 1, Tue = 2, Wed = 4, Thu = 8, Fri = 16, Weekdays = Mon | Tue | Wed | Thu | Fri, Sat = 32, Sun = 64 }

static class Program
{
    static Access Grant(Access current, Access extra) => current | extra;

    static void Show(Access a) =>
        Console.WriteLine($"{a,-20}|{(int)a,3} read:{a.HasFlag(Access.Read)} write:{(a & Access.Write) != 0}");

    static void Main()
    {
        Access a = Access.Read;
        Show(a);
        a |= Access.Execute;
        Show(a);
        a = Grant(a, Access.Write);
        Show(a);
        a ^= Access.Read;
        Show(a);
        a &= ~Access.Execute;
        Show(a);
        Show(Access.All);
        Show(Access.None);
        Show(~Access.None & Access.All);
        Show((Access)16);
        Show((Access)17);
        Show(Access.Read | Access.Write | Access.Delete);
        Console.WriteLine(Access.All.HasFlag(Access.ReadWrite));
        Console.WriteLine(Access.Read.HasFlag(Access.None));
        var want = Access.Delete;
        Console.WriteLine(Access.All.HasFlag(want) + " " + Access.ReadWrite.HasFlag(want));

        Console.WriteLine(Plain.A | Plain.B);
        Console.WriteLine(Plain.A | Plain.C);
        Console.WriteLine((Plain)0);
        Console.WriteLine((NoZero)0);
        Console.WriteLine(NoZero.X | NoZero.Y);
        Console.WriteLine((NoZero)4);

        Console.WriteLine(Days.Weekdays);
        Console.WriteLine(Days.Weekdays | Days.Sat);
        Console.WriteLine(Days.Mon | Days.Sun);
        Console.WriteLine(Days.Weekdays & ~Days.Wed);

        object boxed = Access.Read | Access.Delete;
        Console.WriteLine(boxed);
        Console.WriteLine($"{boxed} / {Access.ReadWrite}");
        var byName = new Dictionary<Access, string>();
        byName[Access.Read] = "r";
        byName.Add(Access.ReadWrite, "rw");
        foreach (var kv in byName)
            Console.WriteLine(kv.Key + " => " + kv.Value);
    }
}
