using System;
using System.Threading.Tasks;

class Box {
    public int? Count;
    public string Name;
    public Box(string name) { Name = name; }
}

class Program {
    static int? maybe;

    static int? Parse(string s) {
        if (s == "one") return 1;
        if (s == "two") return 2;
        return null;
    }

    static async Task<int?> FindAsync(int key) {
        await Task.Yield();
        if (key > 0) return key * 10;
        return null;
    }

    static async Task<long?> Sum(int n) {
        long? total = null;
        for (int i = 1; i <= n; i++) {
            int? v = await FindAsync(i);
            total = (total ?? 0) + v;
        }
        return total;
    }

    static void Show(string label, int? v) {
        Console.WriteLine(label + ": " + v + " has=" + v.HasValue + " or=" + v.GetValueOrDefault() + " or7=" + v.GetValueOrDefault(7));
    }

    static async Task Main() {
        int? a = 5;
        int? b = null;
        Show("a", a);
        Show("b", b);
        Console.WriteLine(a + 1);
        Console.WriteLine(a + b);
        Console.WriteLine((a + b) == null);
        Console.WriteLine(a * 2 - 3);
        Console.WriteLine(a < 10);
        Console.WriteLine(b < 10);
        Console.WriteLine(b >= 10);
        Console.WriteLine(a == 5);
        Console.WriteLine(a != 5);
        Console.WriteLine(b == null);
        Console.WriteLine(b != null);
        Console.WriteLine(a == b);
        Console.WriteLine(b == null && b == maybe);
        Console.WriteLine(a ?? -1);
        Console.WriteLine(b ?? -1);
        Console.WriteLine(b ?? maybe ?? 42);
        int? c = b ?? a;
        Console.WriteLine(c);
        Console.WriteLine(b);
        Console.WriteLine(a.Value);
        try {
            Console.WriteLine(b.Value);
        } catch (InvalidOperationException e) {
            Console.WriteLine(e.Message);
        }
        try {
            int x = (int)b;
            Console.WriteLine(x);
        } catch (InvalidOperationException e) {
            Console.WriteLine("cast: " + e.Message);
        }
        int y = (int)a;
        Console.WriteLine(y);
        long? l = a;
        Console.WriteLine(l + 1000000000000);
        double? d = 2.5;
        Console.WriteLine(d * 2);
        bool? flag = null;
        Console.WriteLine(flag == true);
        flag = false;
        Console.WriteLine(flag == false);
        Console.WriteLine(Parse("one") + Parse("two"));
        Console.WriteLine(Parse("three") ?? 0);
        Console.WriteLine($"[{b}] [{a}]");
        object boxed = a;
        Console.WriteLine(boxed);
        object nothing = b;
        Console.WriteLine(nothing == null);
        Console.WriteLine(await FindAsync(4));
        Console.WriteLine(await FindAsync(-4));
        Console.WriteLine((await FindAsync(-1)).HasValue);
        Console.WriteLine(await Sum(3));
        int? hoisted = 3;
        await Task.Delay(1);
        hoisted = hoisted * hoisted;
        Console.WriteLine(hoisted);
        if (maybe == null) maybe = 8;
        if (maybe == null) maybe = 9;
        Console.WriteLine(maybe);
        string s = null;
        Console.WriteLine(s ?? "default");
        s = s ?? "set";
        Console.WriteLine(s ?? "default");
        var bx = new Box("box");
        Console.WriteLine(bx.Count == null);
        bx.Count = 3;
        Console.WriteLine(bx.Count + 1);
        string t = null;
        try {
            Console.WriteLine(t ?? throw new ArgumentException("no t"));
        } catch (ArgumentException e) {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine(a is null);
        Console.WriteLine(b is null);
        Console.WriteLine(b.ToString() == "");
        Console.WriteLine(a.ToString());
    }
}
