using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program {
    static string cached;
    static int? limit;
    static int loads;

    static async Task<string> LoadAsync() {
        await Task.Delay(1);
        loads++;
        return "loaded " + loads;
    }

    static async Task<string> GetAsync() {
        cached ??= await LoadAsync();
        return cached;
    }

    static int Limit() => limit ??= 10;

    static async Task Main() {
        Console.WriteLine(await GetAsync());
        Console.WriteLine(await GetAsync());
        Console.WriteLine(loads);

        Console.WriteLine(Limit());
        limit = 3;
        Console.WriteLine(Limit());

        int? a = null;
        int r1 = a ??= 5;
        int r2 = a ??= 6;
        Console.WriteLine(r1 + " " + r2 + " " + a);

        string s = null;
        string t = s ??= "first";
        s ??= "second";
        Console.WriteLine(t + " " + s);

        List<int> list = null;
        (list ??= new List<int>()).Add(1);
        (list ??= new List<int>()).Add(2);
        Console.WriteLine(list.Count);

        long? big = null;
        big ??= 1;
        Console.WriteLine(big + 1);
    }
}
