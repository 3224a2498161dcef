// Oracle fault: mcs folds an array element such as `--p & 0` or `F() & 0` to the constant 0 of
// the array's static data and never evaluates the operand, so its side effects are lost. `x & 0`
// is no constant expression (ECMA-334 §12.23) and array elements are evaluated in order
// (§12.8.17.5). Found by difftest (seed 658); the oracle's spelling passes such elements through
// an identity method.
using System;

static class Program
{
    static int n;

    static int F()
    {
        n++;
        Console.WriteLine("F ran");
        return 5;
    }

    static void Main()
    {
        int p = 0;
        int[] a = new int[] { F() & 0, 7 };
        Console.WriteLine(a[0] + " " + n);
        int[] b = new int[] { F() * 0, 7 };
        Console.WriteLine(b[0] + " " + n);
        int[] c = new int[] { 0 & --p, 7 };
        Console.WriteLine(c[0] + " " + p);
        int[] d = new int[] { --p & 0, p };
        Console.WriteLine(d[0] + " " + d[1] + " " + p);
        bool[] e = new bool[] { (--p == 0) & false };
        Console.WriteLine(e[0] + " " + p);
        int plain = --p & 0;
        Console.WriteLine(plain + " " + p);
    }
}
