// await as an operand anywhere in an expression: unary operators, casts, indexers, member access, arguments, throw, return.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Num(int v)
    {
        await Task.Yield();
        return v;
    }

    static async Task<bool> Flag(bool b)
    {
        await Task.Delay(1);
        return b;
    }

    static async Task<string> Text(string s)
    {
        await Task.Yield();
        return s;
    }

    static async Task<int[]> ArrayAsync()
    {
        await Task.Yield();
        return new[] { 10, 20, 30 };
    }

    static async Task<List<int>> ListAsync()
    {
        List<int> list = new List<int>();
        list.Add(await Num(1));
        list.Add(await Num(2));
        return list;
    }

    static async Task<Exception> MakeError(string message)
    {
        await Task.Yield();
        return new InvalidOperationException(message);
    }

    static async Task<int> Twice(int v)
    {
        return 2 * await Num(v);
    }

    static async Task Main()
    {
        int negated = -await Num(5);
        long scaled = (long)await Num(7) * 1000000000L;
        bool inverted = !await Flag(false);
        double half = await Num(5) / 2.0;
        Console.WriteLine(negated + " " + scaled + " " + inverted + " " + half);

        int[] arr = await ArrayAsync();
        arr[await Num(1)] = await Num(42);
        Console.WriteLine(arr[await Num(1)] + " " + (await ArrayAsync()).Length + " " + (await ListAsync()).Count);
        Console.WriteLine((await Text("shout")).ToUpper() + " " + (await Text("abc")).Length);

        if (await Num(3) > 2 && await Text("x") == "x")
        {
            Console.WriteLine("conditions with awaits");
        }

        int nested = await Num(await Num(await Num(9)));
        int arithmetic = await Num(1) + await Num(2) * await Num(3);
        Console.WriteLine(nested + " " + arithmetic + " " + await Twice(21) + " " + Math.Max(await Num(3), await Num(8)));

        Task<int> inner = Num(77);
        Task<Task<int>> outer = Task.WhenAny(inner);
        Console.WriteLine("await await: " + await await outer);

        Console.WriteLine("joined: " + string.Join("+", await ListAsync()));

        try
        {
            throw await MakeError("made asynchronously");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("thrown: " + e.Message);
        }

        int counter = 0;
        counter = counter + await Num(1);
        counter++;
        Console.WriteLine("counter " + counter + ", index " + arr[counter - 1] + ", str " + (await Num(4)).ToString());
        Console.WriteLine(await Flag(true) ? "ternary " + await Num(1) : "never");
    }
}
