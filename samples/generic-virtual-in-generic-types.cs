using System;
using System.Collections.Generic;
using System.Threading.Tasks;
class Visitor {
    public virtual string Visit<T>(T node) => "visit " + typeof(T).Name;
}
class Counter<X> : Visitor {
    public int N;
    public override string Visit<T>(T node) { N++; return "counter<" + typeof(X).Name + "> " + base.Visit(node); }
}
class Deep<X> : Counter<X> {
    public override string Visit<T>(T node) => "deep " + base.Visit(node);
}
abstract class Handler<TReq> {
    public abstract Task<TRes> Send<TRes>(TReq req, Func<TReq, TRes> f);
}
class Direct : Handler<string> {
    public override async Task<TRes> Send<TRes>(string req, Func<string, TRes> f) {
        await Task.Delay(1);
        return f(req);
    }
}
class Program {
    static string Run<V>(V v, Visitor vis) => vis.Visit(v);
    static async Task Main() {
        var d = new Deep<int>();
        Console.WriteLine(d.Visit("x"));
        Console.WriteLine(Run(3.5, d));
        Console.WriteLine(Run(new List<int>(), new Counter<string>()));
        Console.WriteLine(Run('c', new Visitor()));
        Console.WriteLine(d.N);
        Handler<string> h = new Direct();
        Console.WriteLine(await h.Send("abc", s => s.Length));
        Console.WriteLine(await h.Send("abc", s => s.ToUpper()));
        try { await h.Send<int>("z", s => throw new InvalidOperationException("boom " + s)); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
