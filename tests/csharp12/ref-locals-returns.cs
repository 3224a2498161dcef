// C# 12: ref returns, ref locals, ref readonly returns and locals, assigning through a ref-returning call, ref reassignment (C# 7.3), a ref conditional expression, foreach (ref int x in span), array elements by reference
// mcs: not usable here (mcs 6.8 rejects ref reassignment and foreach (ref ...)); checked by hand against C# rules
using System;

class Inventory
{
    private readonly int[] _stock = { 10, 0, 25, 3 };
    private readonly string[] _names = { "bolts", "nuts", "washers", "screws" };

    public ref int StockOf(string name)
    {
        int i = Array.IndexOf(_names, name);
        if (i < 0) throw new ArgumentException("unknown item " + name, nameof(name));
        return ref _stock[i];
    }

    public ref readonly int Peek(int index) => ref _stock[index];

    public override string ToString()
    {
        var parts = new string[_names.Length];
        for (int i = 0; i < parts.Length; i++) parts[i] = _names[i] + "=" + _stock[i];
        return string.Join(" ", parts);
    }
}

class Program
{
    static ref int Largest(int[] values)
    {
        ref int best = ref values[0];
        for (int i = 1; i < values.Length; i++)
            if (values[i] > best) best = ref values[i];
        return ref best;
    }

    static void Main()
    {
        var inventory = new Inventory();
        ref int nuts = ref inventory.StockOf("nuts");
        nuts += 50;
        inventory.StockOf("bolts") = 1;
        Console.WriteLine(inventory);
        ref readonly int washers = ref inventory.Peek(2);
        Console.WriteLine($"washers: {washers}");

        int[] scores = { 3, 17, 8 };
        Largest(scores) = 0;
        Console.WriteLine(string.Join(",", scores));

        int a = 1, b = 2;
        bool pickA = scores.Length > 5;
        ref int chosen = ref (pickA ? ref a : ref b);
        chosen = 99;
        Console.WriteLine($"a={a} b={b}");

        Span<int> span = scores;
        foreach (ref int s in span) s *= 10;
        Console.WriteLine(string.Join(",", scores));
        try
        {
            inventory.StockOf("glue");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.ParamName);
        }
    }
}
