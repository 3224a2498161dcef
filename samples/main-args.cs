// static void Main(string[] args): the argument array (empty when run without arguments) and its Length.
using System;

static class Program
{
    static void Main(string[] args)
    {
        Console.WriteLine("args.Length = " + args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            Console.WriteLine("args[" + i + "] = " + args[i]);
        }
        foreach (string a in args)
        {
            Console.WriteLine("upper: " + a.ToUpper());
        }
        if (args.Length == 0)
        {
            Console.WriteLine("no arguments given");
        }
        string[] copy = args;
        Console.WriteLine("same array: " + (copy == args) + ", null: " + (args == null));
    }
}
