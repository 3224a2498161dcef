using System;

// Roslyn's tie-breaks when the candidates use different numbers of parameters: one applicable
// in its normal form beats one applicable only in its expanded form, then one that needs no
// default arguments beats one that needs them, before the non-generic-over-generic rule.
static class Log
{
    public static string Write<T>(T value) => $"generic<{typeof(T).Name}>:{value}";
    public static string Write(int value, string level = "info") => $"{level}:{value}";

    public static string Tag<T>(T value, string tag = "") => $"tag<{typeof(T).Name}>:{value}{tag}";
    public static string Tag(int value, params object[] rest) => $"params:{value}+{rest.Length}";

    public static string Scale(int x) => "int";
    public static string Scale(int x, string unit = "m") => "int+" + unit;

    public static string Plain(string s, string level = "") => "normal+default";
    public static string Plain(params string[] parts) => "params";
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Log.Write(42));
        Console.WriteLine(Log.Write(42, "warn"));
        Console.WriteLine(Log.Write("x"));
        Console.WriteLine(Log.Tag(5));
        Console.WriteLine(Log.Tag(5, "a", "b"));
        Console.WriteLine(Log.Scale(3));
        Console.WriteLine(Log.Plain("x"));
        Console.WriteLine(Log.Plain("x", "y", "z"));
    }
}
