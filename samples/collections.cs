// List<T> (Add, Count, indexer, foreach, ToArray) and arrays (new int[n], new[] {..}, new int[] {..}, Length, foreach).
using System;
using System.Collections.Generic;

static class Program
{
    static int Sum(int[] values)
    {
        int total = 0;
        for (int i = 0; i < values.Length; i++)
        {
            total += values[i];
        }
        return total;
    }

    static void Fill(int[] target, int value)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] = value + i;
        }
    }

    static void AddTwice(List<string> list, string item)
    {
        list.Add(item);
        list.Add(item);
    }

    static void Main()
    {
        int[] zeros = new int[3];
        Console.WriteLine("new int[3]: " + zeros[0] + zeros[1] + zeros[2] + ", Length " + zeros.Length);
        int size = 4;
        int[] filled = new int[size];
        Fill(filled, 10);
        Console.WriteLine("filled by a method: " + filled[0] + "," + filled[3] + " sum " + Sum(filled));
        int[] implicitArray = new[] { 5, 3, 8 };
        int[] explicitArray = new int[] { 1, 2 };
        Console.WriteLine("lengths: " + implicitArray.Length + " " + explicitArray.Length);
        implicitArray[1] = implicitArray[0] * implicitArray[2];
        implicitArray[2]++;
        implicitArray[0] += 100;
        foreach (int v in implicitArray)
        {
            Console.Write(v + " ");
        }
        Console.WriteLine();

        string[] words = new[] { "one", "two" };
        string[] empty = new string[2];
        bool[] flags = new bool[2];
        long[] longs = new long[] { 1L, 10000000000L };
        double[] halves = new double[] { 0.5, 1.5 };
        Console.WriteLine(words[1] + " [" + empty[0] + "] " + flags[0] + " " + longs[1] + " " + halves[1]);

        var list = new List<int>();
        Console.WriteLine("empty list Count " + list.Count);
        for (int i = 0; i < 5; i++)
        {
            list.Add(i * 3);
        }
        list[0] = 99;
        list[1] += 1;
        Console.WriteLine("Count " + list.Count + ", first " + list[0] + ", second " + list[1] + ", last " + list[list.Count - 1]);
        int listSum = 0;
        foreach (var item in list)
        {
            listSum += item;
        }
        Console.WriteLine("sum via foreach " + listSum);
        var copy = list.ToArray();
        list.Add(1000);
        Console.WriteLine("ToArray is a copy: " + copy.Length + " vs " + list.Count + ", sum " + Sum(copy));

        List<string> names = new List<string>();
        AddTwice(names, "x");
        names.Add("y");
        string[] nameArray = names.ToArray();
        Console.WriteLine(string.Join("|", names) + " " + nameArray.Length);

        int[] alias = copy;
        alias[0] = -1;
        Console.WriteLine("arrays are references: " + copy[0]);

        List<bool> bools = new List<bool>();
        bools.Add(true);
        bools.Add(false);
        Console.WriteLine(string.Join(" ", bools));
    }
}
