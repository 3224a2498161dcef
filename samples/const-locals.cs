using System;
using System.Threading.Tasks;

static class Program
{
    const int Base = 10;

    static async Task<int> Twice(int x)
    {
        await Task.Yield();
        return x * 2;
    }

    static string Name(int code)
    {
        const int Ok = 200, NotFound = 404;
        switch (code)
        {
            case Ok: return "ok";
            case NotFound: return "not found";
            default: return "other";
        }
    }

    static async Task Main()
    {
        const int N = 3;
        const int M = N * Base + 1;
        const long Big = (long)M * 1000000000;
        const double Half = 1.0 / 2;
        const bool Flag = N > 2 && M < 100;
        const string Greeting = "Hello, " + "world";
        const string Pick = Flag ? "yes" : "no";
        const int Shifted = (1 << N) | 1;
        Console.WriteLine(M);
        Console.WriteLine(Big);
        Console.WriteLine(Half);
        Console.WriteLine(Flag);
        Console.WriteLine(Greeting);
        Console.WriteLine(Pick);
        Console.WriteLine(Shifted);
        int[] arr = new int[N];
        for (int i = 0; i < N; i++)
        {
            arr[i] = await Twice(i + M);
        }
        Console.WriteLine(arr[N - 1]);
        Console.WriteLine(Name(200) + " " + Name(404) + " " + Name(N));
        {
            const int N2 = N + 1;
            Console.WriteLine(await Twice(N2));
        }
        const int Max = int.MaxValue;
        Console.WriteLine(unchecked(Max + N));
    }
}
