using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// C# evaluates the array (or list) and the index of an element assignment target BEFORE the right side.
static class Program
{
    static async Task<int> Later(int v) { await Task.Yield(); return v; }
    static async Task<int> Id(int x) { await Task.Yield(); return x + 10; }
    static int[] arr = new int[3];
    static List<int> list = new List<int> { 0, 0 };
    static int Replace() { arr = new int[3]; list = new List<int> { 0, 0 }; return 5; }

    static async Task Main()
    {
        int[] data = new int[5];
        int i = 0;
        data[i] = i = 3;
        Console.WriteLine("1: " + string.Join(",", data) + " i=" + i);

        int[] a = new int[5];
        int k = 1;
        a[k] = k++;
        Console.WriteLine("2: " + string.Join(",", a) + " k=" + k);

        var l = new List<int> { 0, 0, 0, 0, 0 };
        int m = 1;
        l[m] = m++;
        Console.WriteLine("3: " + string.Join(",", l));

        int[] b = new int[5];
        int[] c = b;
        b[1] = (b = new int[5])[0] + 5;
        Console.WriteLine("4: " + string.Join(",", c) + " / " + string.Join(",", b));

        int[] d = new int[5];
        int j = 0;
        d[j] += j = 2;
        Console.WriteLine("5: " + string.Join(",", d));

        int[] e = new int[5];
        int n = 0;
        e[n] = (n = 4) + await Later(10);
        Console.WriteLine("6: " + string.Join(",", e));

        int[] f = new int[5];
        int q = 0;
        f[q]++;
        f[q] = q++ + 100;
        Console.WriteLine("7: " + string.Join(",", f) + " q=" + q);

        int[] z = new int[3];
        int w = 0;
        z[w] = z[w = 1] = 9;
        Console.WriteLine("8: " + string.Join(",", z));

        int[] old = arr;
        arr[0] = Replace();
        Console.WriteLine("9: " + old[0] + " " + arr[0]);

        List<int> oldList = list;
        list[0] = Replace();
        Console.WriteLine("10: " + oldList[0] + " " + list[0]);

        int[] g = new int[4];
        int gi = 0;
        g[gi] = await Id(gi++);
        Console.WriteLine("11: " + string.Join(",", g) + " gi=" + gi);

        int[] h = new int[4];
        int hj = 0;
        h[hj] += await Id(hj++);
        Console.WriteLine("12: " + string.Join(",", h) + " hj=" + hj);
    }
}
