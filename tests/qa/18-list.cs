using System;
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        var l = new List<int>();
        Console.WriteLine("count " + l.Count);
        for (int i = 0; i < 10; i++) l.Add(i * i);
        Console.WriteLine("count " + l.Count + " l[3]=" + l[3]);
        l[3] = -1;
        l[0] += 100;
        l[1]++;
        Console.WriteLine(string.Join(",", l));
        int sum = 0;
        foreach (int x in l) sum += x;
        Console.WriteLine("sum " + sum);
        int[] arr = l.ToArray();
        arr[0] = 0;
        Console.WriteLine(arr.Length + " " + arr[0] + " " + l[0]);
        try
        {
            Console.WriteLine(l[10]);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("AOORE: " + e.Message);
        }
        try
        {
            l[-1] = 5;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("AOORE set: " + e.Message);
        }
        try
        {
            foreach (int x in l)
            {
                if (x == 4) l.Add(99);
            }
            Console.WriteLine("no exception?");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("IOE: " + e.Message);
        }
        Console.WriteLine("count after " + l.Count);
        try
        {
            foreach (int x in l)
            {
                l[0] = x;
            }
            Console.WriteLine("setting indexer during foreach ok: " + l[0]);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("IOE2: " + e.Message);
        }
        var strs = new List<string>();
        strs.Add("a"); strs.Add(null); strs.Add("c");
        foreach (string s in strs) Console.WriteLine("[" + s + "]");
        var nested = new List<List<int>>();
        nested.Add(new List<int>());
        nested[0].Add(5);
        Console.WriteLine(nested[0][0] + " " + nested.Count);
        List<int> alias = l;
        alias.Add(1000);
        Console.WriteLine(l.Count + " " + l[l.Count - 1]);
        var init = new List<long> { 1, 2, 3 };
        Console.WriteLine(init.Count + " " + init[2]);
        List<double> ds = new List<double>();
        ds.Add(1.5); ds.Add(2);
        Console.WriteLine(ds[0] + ds[1]);
        List<bool> bs = new List<bool>();
        bs.Add(true);
        Console.WriteLine(bs[0] + " " + bs.ToArray().Length);
        Console.WriteLine(new List<int>().ToArray().Length);
    }
}
