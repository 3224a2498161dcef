using System;

static class Program
{
    static int[] field = { 3, 1, 2 };
    static string[] names = new string[2];

    static int Sum(int[] a)
    {
        int s = 0;
        foreach (var x in a) s += x;
        return s;
    }

    static void Main(string[] args)
    {
        int[] a = new int[5];
        Console.WriteLine(a.Length + " " + a[0] + " " + a[4]);
        long[] la = new long[2];
        double[] da = new double[2];
        bool[] ba = new bool[2];
        string[] sa = new string[2];
        Console.WriteLine(la[1] + " " + da[1] + " " + ba[1] + " [" + sa[1] + "] " + (sa[1] == null));
        var b = new[] { 1, 2, 3 };
        var c = new int[] { 4, 5 };
        var d = new[] { "x", "y" };
        var e = new[] { 1.5, 2 };
        Console.WriteLine(Sum(b) + Sum(c) + " " + d[1] + " " + e[1]);
        Console.WriteLine(Sum(field) + " " + names.Length + " " + (names[0] == null));
        for (int i = 0; i < a.Length; i++) a[i] = i * 10;
        a[2] += 5;
        a[3]++;
        --a[4];
        Console.WriteLine(string.Join(" ", a));
        try
        {
            a[5] = 1;
        }
        catch (IndexOutOfRangeException ex)
        {
            Console.WriteLine("IOORE: " + ex.Message);
        }
        try
        {
            Console.WriteLine(a[-1]);
        }
        catch (Exception ex)
        {
            Console.WriteLine("neg: " + ex.Message);
        }
        int[] empty = new int[0];
        Console.WriteLine("empty " + empty.Length + " " + Sum(empty));
        int n = args.Length - 1;
        try
        {
            int[] bad = new int[n];
            Console.WriteLine("created " + bad.Length);
        }
        catch (Exception ex)
        {
            Console.WriteLine("negative size: " + ex.Message);
        }
        int[] alias = b;
        alias[0] = 100;
        Console.WriteLine(b[0]);
        int[] arr2 = { };
        Console.WriteLine(arr2.Length);
        string[] words = { "one", "two", "three" };
        foreach (string w in words) Console.Write(w.Length + ";");
        Console.WriteLine();
        int[] big = new int[100000];
        big[99999] = 7;
        Console.WriteLine(big[99999] + big[0]);
        int[] nullArr = null;
        try
        {
            Console.WriteLine(nullArr.Length);
        }
        catch (NullReferenceException ex)
        {
            Console.WriteLine("NRE: " + ex.Message);
        }
    }
}
