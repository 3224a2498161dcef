// Compound assignment to an array element with an awaiting right side: C# reads array, index and element before the await.
using System;
using System.Threading.Tasks;

static class Program
{
    static int[] arr = new int[3];

    // Overwrites every element while the caller is suspended in the middle of its compound assignment.
    static async Task<int> Clobber(int v)
    {
        for (int k = 0; k < arr.Length; k++)
        {
            arr[k] = 100;
        }
        await Task.Delay(10);
        return v;
    }

    static int Index(string label, int i)
    {
        Console.WriteLine("index " + label);
        return i;
    }

    static void Show(string label)
    {
        Console.WriteLine(label + ": " + arr[0] + " " + arr[1] + " " + arr[2]);
    }

    static async Task Main()
    {
        arr[0] = 5;
        arr[0] += await Clobber(1);
        Show("constant index");

        arr[1] = 7;
        int i = 1;
        arr[i] += await Clobber(2);
        Show("variable index");

        arr[2] = 3;
        arr[Index("c", 2)] += await Clobber(3);
        Show("computed index");

        arr[Index("d", 0)] -= await Clobber(4);
        Show("minus");

        int[] local = new int[] { 1, 2 };
        local[Index("e", 1)] *= await Clobber(5);
        Console.WriteLine("local: " + local[0] + " " + local[1]);
    }
}
