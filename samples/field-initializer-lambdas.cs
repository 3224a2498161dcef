// Lambdas in field initializers: static ones run in the static constructor (before its body,
// when the class is first used), instance ones in every constructor that does not chain to
// another with `this(...)`; an async lambda held in a static field.
using System;
using System.Threading.Tasks;

static class Registry {
    public static readonly Func<int, int> Square = x => x * x;
    public static Func<string, string> Shout = s => s.ToUpper() + "!";
    static Registry() {
        Console.WriteLine("Registry's static constructor body");
        Shout = s => s + "?";
    }
}

class Pipeline {
    static int created;
    static readonly Func<Task<int>> Load = async () => {
        await Task.Delay(1);
        return 40;
    };
    readonly Func<int, int> step = x => x + 1;
    readonly Action<string> log = s => Console.WriteLine("[log] " + s);
    readonly Func<int> id = () => ++created;
    readonly int number;

    public Pipeline() {
        number = id();
        log("Pipeline() made #" + number);
    }

    public Pipeline(int start) : this() {
        log("Pipeline(int) chained, start " + step(start));
    }

    public Pipeline(string name) {
        number = id();
        log("Pipeline(string) made #" + number + " " + name);
    }

    public async Task<int> RunAsync() => step(await Load());
}

class Program {
    static async Task Main() {
        Console.WriteLine("Main starts");
        Console.WriteLine(Registry.Square(7));
        Console.WriteLine(Registry.Shout("hey"));
        var a = new Pipeline();
        var b = new Pipeline(10);
        var c = new Pipeline("named");
        Console.WriteLine(await a.RunAsync());
        Console.WriteLine(await c.RunAsync());
    }
}
