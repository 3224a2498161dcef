// Local functions (C# 7): callable anywhere in their block, recursive and mutually recursive,
// capturing the enclosing method's variables (and `this`), async, static, and converted to a
// delegate like a method group.
using System;
using System.Threading.Tasks;

class Inventory
{
    int stock = 100;

    public int Take(int n)
    {
        bool CanTake() => n <= stock;
        if (!CanTake()) return -1;
        stock -= n;
        return stock;
    }
}

class Program
{
    static async Task Main()
    {
        Console.WriteLine(Square(7));
        int Square(int x) => x * x;

        int total = 0;
        void AddTo(int n) { total += n; }
        AddTo(3);
        AddTo(4);
        Console.WriteLine("total " + total);

        long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        Console.WriteLine(Fact(20));

        bool IsEven(int n) => n == 0 || IsOdd(n - 1);
        bool IsOdd(int n) => n != 0 && IsEven(n - 1);
        Console.WriteLine(IsEven(10) + " " + IsOdd(7));

        async Task<int> LaterAsync(int v)
        {
            await Task.Delay(1);
            return v + total;
        }
        Console.WriteLine("later " + await LaterAsync(10));

        static string Shout(string s) => s.ToUpper() + "!";
        Console.WriteLine(Shout("static"));

        Func<int, int> asDelegate = Square;
        Console.WriteLine(asDelegate(5));

        var inv = new Inventory();
        Console.WriteLine(inv.Take(30) + " " + inv.Take(80) + " " + inv.Take(70));

        for (int i = 0; i < 3; i++)
        {
            string Label() => "item " + i;
            Console.WriteLine(Label());
        }
    }
}
