using System;
using System.Collections.Generic;
using System.Threading.Tasks;

delegate T Transform<T>(T x);
delegate TResult Combine<A, B, TResult>(A a, B b);
delegate Task<T> AsyncSource<T>();
delegate void Handler<TArgs>(object sender, TArgs e);

class Bus<T>
{
    public event Handler<T> Published;
    public void Publish(T item) { if (Published != null) Published(this, item); }
}

class Program
{
    static T Twice<T>(Transform<T> f, T x) => f(f(x));
    static async Task<T> Run<T>(AsyncSource<T> src) => await src();

    static async Task Main()
    {
        Transform<int> inc = x => x + 1;
        Transform<string> shout = s => s + "!";
        Console.WriteLine(inc(1) + " " + shout("hi"));
        Console.WriteLine(Twice(inc, 5) + " " + Twice(shout, "a"));
        Combine<int, string, string> c = (a, b) => b + a;
        Console.WriteLine(c(1, "x"));
        Console.WriteLine(await Run(async () => { await Task.Yield(); return 7; }));
        var bus = new Bus<string>();
        bus.Published += (s, e) => Console.WriteLine("got " + e);
        bus.Publish("m1");
        Transform<int> both = inc;
        both += x => x * 10;
        Console.WriteLine(both(3));
        Console.WriteLine(inc.GetType().Name);
    }
}
