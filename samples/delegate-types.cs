// The program's own delegate types: declared in a namespace or nested in a class, made from
// lambdas, anonymous methods and method groups (static and instance), invoked directly or with
// Invoke, passed to methods, null-checked, and returning tasks that are awaited.
using System;
using System.Threading.Tasks;

delegate int BinOp(int a, int b);
delegate void Report(string label, int value);
delegate Task<int> Fetch(int id);

class Counter {
    int total;
    public int Add(int a, int b) { total += a + b; return total; }
}

class Program {
    delegate string Format(int x);

    static int Max(int a, int b) => a > b ? a : b;

    static void Apply(BinOp op, Report report) {
        report("apply 6,7", op(6, 7));
    }

    static async Task<int> FetchSlow(int id) {
        await Task.Delay(1);
        return id * 10;
    }

    static async Task Main() {
        Report print = (label, value) => Console.WriteLine(label + " = " + value);
        BinOp op = Max;
        print("max", op(2, 3));
        op = (a, b) => a * b;
        print("mul", op.Invoke(4, 5));
        Apply(op, print);
        Apply((x, y) => x - y, print);
        var c = new Counter();
        Apply(c.Add, print);
        Apply(c.Add, print);
        Format f = delegate (int x) { return "<" + x + ">"; };
        Console.WriteLine(f(9));
        Fetch fetch = FetchSlow;
        print("fetched", await fetch(4));
        fetch = async id => { await Task.Yield(); return id + 1; };
        print("fetched", await fetch(4));
        Report none = null;
        none?.Invoke("never", 0);
        Console.WriteLine(none == null);
        object boxed = op;
        Console.WriteLine(boxed != null);
        try {
            none("x", 1);
        } catch (NullReferenceException) {
            Console.WriteLine("NullReferenceException");
        }
    }
}
