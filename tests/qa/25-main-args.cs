using System;

static class Program
{
    static void Main(string[] args)
    {
        Console.WriteLine("count " + args.Length);
        foreach (string a in args) Console.WriteLine("[" + a + "]");
        Console.WriteLine(args == null);
        Console.WriteLine(string.Join(",", args) + ".");
        if (args.Length > 0) return;
        Console.WriteLine("no args path");
    }
}
