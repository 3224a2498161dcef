// Multicast delegates: + and += append to the invocation list, - and -= remove the last
// occurrence of a run of delegates, == compares methods and targets (not references), a
// function's multicast returns the last delegate's result, and an exception stops the list.
using System;

delegate void Notify(string msg);

class Program {
    static int counter;
    static void Hello(string m) => Console.WriteLine("hello " + m);

    static void Main() {
        Notify n = m => Console.WriteLine("1:" + m);
        n += m => Console.WriteLine("2:" + m);
        n += Hello;
        n("hi");
        n -= Hello;
        n("again");

        Notify h = Hello;
        Notify both = h + h;
        both("twice");
        both -= h;
        both("once");
        both -= h;
        Console.WriteLine(both == null);
        both -= h;
        Console.WriteLine(both == null);

        Action a = () => Console.WriteLine("A");
        a += () => Console.WriteLine("B");
        a += a;
        a();

        Func<int> f = () => ++counter;
        f += () => counter * 100;
        Console.WriteLine(f());
        Console.WriteLine(counter);

        Console.WriteLine(h == new Notify(Hello));
        Console.WriteLine(h != (Notify)Hello);
        Console.WriteLine(h + n == h + n);
        Console.WriteLine(h + n == n + h);

        Notify chain = Hello;
        chain += m => throw new InvalidOperationException("boom " + m);
        chain += Hello;
        try {
            chain("c");
        } catch (InvalidOperationException e) {
            Console.WriteLine(e.Message);
        }

        Notify empty = null;
        empty += Hello;
        empty("from null");
        empty -= Hello;
        Console.WriteLine(empty == null);
    }
}
