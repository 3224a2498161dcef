// Lambdas, anonymous methods and method groups converted to Func and Action, and invoked.
using System;
using System.Collections.Generic;

class Greeter
{
    string name;
    public Greeter(string name) { this.name = name; }
    public string Greet(string who) { return name + " greets " + who; }
}

class Program
{
    static int Square(int x) { return x * x; }

    static int Twice(Func<int, int> f, int x) { return f(f(x)); }

    static void Repeat(int times, Action<int> body)
    {
        for (int i = 0; i < times; i++) body(i);
    }

    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g)
    {
        return x => g(f(x));
    }

    static void Main()
    {
        Func<int, int> inc = x => x + 1;
        Func<int, int, int> add = (a, b) => a + b;
        Func<string> hello = () => "hello";
        Action<string> print = s => Console.WriteLine("print: " + s);
        Func<int, bool> isEven = delegate (int n) { return n % 2 == 0; };
        Action tick = delegate { Console.WriteLine("tick"); };

        Console.WriteLine(inc(41));
        Console.WriteLine(add(2, 3));
        Console.WriteLine(hello());
        print("via Action");
        Console.WriteLine(isEven(10) + " " + isEven(7));
        tick();
        tick.Invoke();
        Console.WriteLine(inc.Invoke(9));

        Console.WriteLine(Twice(x => x * 3, 2));
        Console.WriteLine(Twice(Square, 3));
        Repeat(3, i => Console.WriteLine("repeat " + i));
        Console.WriteLine(Compose(inc, Square)(4));
        Console.WriteLine(Compose(Square, inc)(4));

        Func<int, Func<int, int>> adder = a => b => a + b;
        Func<int, int> addTen = adder(10);
        Console.WriteLine(addTen(5) + " " + adder(1)(2));

        Func<int, int> sq = Square;
        Console.WriteLine(sq(12));
        Greeter g = new Greeter("Ann");
        Func<string, string> greet = g.Greet;
        Console.WriteLine(greet("Bob"));

        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(10));

        Func<int, string> classify = n =>
        {
            if (n < 0) return "negative";
            if (n == 0) return "zero";
            return "positive";
        };
        Console.WriteLine(classify(-3) + " " + classify(0) + " " + classify(8));

        var handlers = new List<Func<int, int>> { x => x + 100, Square, inc };
        foreach (var h in handlers) Console.WriteLine(h(6));

        Func<int, int> missing = null;
        try
        {
            missing(1);
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine("NullReferenceException caught: " + (e != null));
        }
        Console.WriteLine(missing == null);
    }
}
