// C# 10: natural function types for lambdas, anonymous methods and method groups.
using System;
using System.Threading.Tasks;

class Program {
    static int Twice(int x) => x * 2;
    static void Hello() => Console.WriteLine("hello");
    string name = "inst";
    string Name(string greeting) => greeting + " " + name;

    static async Task Main() {
        var add = (int a, int b) => a + b;
        Console.WriteLine(add(2, 3));
        var greet = () => Console.WriteLine("greet");
        greet();
        var parse = (string s) => int.Parse(s) + 1;
        Console.WriteLine(parse("41"));
        var block = (int n) => {
            if (n > 0) return "positive";
            return "not positive";
        };
        Console.WriteLine(block(-1));
        var anon = delegate (int x) { return x * x; };
        Console.WriteLine(anon(7));
        var twice = Twice;
        Console.WriteLine(twice(21));
        var hello = Hello;
        hello();
        var p = new Program();
        var named = p.Name;
        Console.WriteLine(named("hi"));
        var load = async (int id) => { await Task.Delay(1); return id * 10; };
        Console.WriteLine(await load(5));
        var work = async () => { await Task.Yield(); Console.WriteLine("worked"); };
        await work();
        Func<int, int> f = twice;
        Console.WriteLine(f(1) + add(1, 1));
        var both = greet + greet;
        both();
    }
}
