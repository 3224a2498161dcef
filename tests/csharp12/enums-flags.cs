// C# 12: enums with explicit underlying types (byte, ushort, long) and explicit values, a [Flags] enum with shifts and combined members, |=, &= ~, HasFlag, Enum.Parse/TryParse/GetValues/IsDefined/GetUnderlyingType, casts between enums and integers, a switch statement on an enum
// mcs: compiles and runs
using System;

enum Weekday : byte { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday = 10, Sunday }

[Flags]
enum Permissions : ushort
{
    None = 0,
    Read = 1 << 0,
    Write = 1 << 1,
    Execute = 1 << 2,
    Delete = 1 << 3,
    ReadWrite = Read | Write,
    All = Read | Write | Execute | Delete,
}

enum FileSizeUnit : long { Byte = 1, Kilobyte = 1024, Megabyte = 1024 * 1024, Terabyte = 1024L * 1024 * 1024 * 1024 }

class Program
{
    static bool IsWeekend(Weekday d)
    {
        switch (d)
        {
            case Weekday.Saturday:
            case Weekday.Sunday:
                return true;
            default:
                return false;
        }
    }

    static void Main()
    {
        Weekday today = Weekday.Wednesday;
        Console.WriteLine($"{today} = {(byte)today}, weekend: {IsWeekend(today)}, Sunday = {(int)Weekday.Sunday}");

        Permissions p = Permissions.Read | Permissions.Execute;
        Console.WriteLine(p);
        p |= Permissions.Write;
        p &= ~Permissions.Execute;
        Console.WriteLine($"{p} has write: {p.HasFlag(Permissions.Write)}, can delete: {(p & Permissions.Delete) != 0}");
        Console.WriteLine(Permissions.All);
        Console.WriteLine((Permissions)5);

        Permissions parsed = (Permissions)Enum.Parse(typeof(Permissions), "Read, Delete");
        Console.WriteLine($"{parsed} = {(ushort)parsed}");
        Weekday w;
        Console.WriteLine(Enum.TryParse("Friday", out w) ? $"parsed {w}" : "no");
        foreach (Weekday d in Enum.GetValues(typeof(Weekday)))
            Console.Write(d + (IsWeekend(d) ? "* " : " "));
        Console.WriteLine();
        long bytes = 3 * (long)FileSizeUnit.Megabyte;
        Console.WriteLine($"{bytes} bytes, {Enum.GetUnderlyingType(typeof(FileSizeUnit)).Name}, {FileSizeUnit.Terabyte:D}");
        Console.WriteLine(Enum.IsDefined(typeof(Weekday), (byte)4));
    }
}
