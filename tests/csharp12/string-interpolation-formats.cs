// C# 12: string interpolation with alignment and format specifiers ({x,-14}, {p,9:F2}, {d:yyyy-MM-dd}, {n:X4}, {p:P1}, {n:N2}, {n:D6}, custom 0.00), FormattableString.Invariant, nested interpolated strings, escaped braces, verbatim strings (@"..." with "" quotes and newlines), verbatim interpolated strings ($@), char literals and escapes ('\t', '\'', '\\', '\0', '\u0041', '\x42'), composite formatting
// mcs: compiles and runs
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        string[] names = { "Coffee", "Bagel", "Orange juice" };
        int[] quantities = { 3, 12, 1 };
        decimal[] prices = { 2.5m, 1.25m, 4m };
        Console.WriteLine($"{"Item",-14}|{"Qty",5}|{"Price",9}");
        Console.WriteLine(new string('-', 30));
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine(FormattableString.Invariant($"{names[i],-14}|{quantities[i],5}|{prices[i],9:F2}"));

        var when = new DateTime(2024, 2, 29, 13, 5, 9);
        Console.WriteLine(when.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        Console.WriteLine(FormattableString.Invariant($"{when:yyyy-MM-dd} {when:HH:mm} {255:X4} {0.1234:P1} {1234567.891:N2} {42:D6} {3.14159:0.00}"));
        int braces = 7;
        Console.WriteLine($"{{literal braces}} around {braces}");
        Console.WriteLine($"nested: {$"inner {braces * 2}"}");
        Console.WriteLine($"conditional: {(braces > 5 ? "big" : "small")}");

        string path = @"C:\Users\demo\file.txt";
        string multi = @"line one
line ""two""";
        string folder = "demo";
        Console.WriteLine(path);
        Console.WriteLine(multi);
        Console.WriteLine($@"C:\Users\{folder}\notes");

        char tab = '\t', quote = '\'', letter = '\u0041', hex = '\x42', backslash = '\\', nul = '\0';
        Console.WriteLine($"[{tab}] {quote} {letter} {hex} {backslash} {(int)nul} {'z' - 'a'} {(char)('a' + 2)}");
        Console.WriteLine("escapes: \"quoted\" \\ \u00e9 \x41 end".Length);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} + {0} = {1}", 2, 4));
        Console.WriteLine(string.Concat("a", 'b', 3));
    }
}
