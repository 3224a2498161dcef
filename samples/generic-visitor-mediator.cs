// Generic methods whose parameters apply the program's generic types to the method's own
// type parameter (`Accept<R>(IVisitor<R> v)`, `Send<R>(IRequest<R> r)`): the Visitor and
// Mediator patterns. Overrides and implementations match their base modulo the type
// parameter; `Comparer<T>.Default` of a nullable value; static members reached through
// generic nested types (`Shapes.Cache<int>.Hits`).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IVisitor<R> { R VisitNum(Num n); R VisitAdd(Add a); }
abstract class Node { public abstract R Accept<R>(IVisitor<R> v); }
class Num : Node { public int Value; public Num(int v) { Value = v; } public override R Accept<R>(IVisitor<R> v) => v.VisitNum(this); }
class Add : Node { public Node L, R; public Add(Node l, Node r) { L = l; R = r; } public override R Accept<R>(IVisitor<R> v) => v.VisitAdd(this); }
class Eval : IVisitor<int> { public int VisitNum(Num n) => n.Value; public int VisitAdd(Add a) => a.L.Accept(this) + a.R.Accept(this); }
class Show : IVisitor<string> { public string VisitNum(Num n) => n.Value.ToString(); public string VisitAdd(Add a) => "(" + a.L.Accept(this) + " + " + a.R.Accept(this) + ")"; }

interface IRequest<R> { }
class Ping : IRequest<string> { public string Who; }
class Sum : IRequest<int> { public int[] Values; }
interface IMediator { Task<R> Send<R>(IRequest<R> request); }
class Mediator : IMediator
{
    public virtual async Task<R> Send<R>(IRequest<R> request)
    {
        await Task.Yield();
        object result;
        var ping = request as Ping;
        if (ping != null) result = "pong " + ping.Who;
        else { int s = 0; foreach (var v in ((Sum)request).Values) s += v; result = s; }
        return (R)result;
    }
}
class LoggingMediator : Mediator
{
    public override async Task<R> Send<R>(IRequest<R> request)
    {
        Console.WriteLine("send " + request.GetType().Name + " for " + typeof(R).Name);
        return await base.Send(request);
    }
}

static class Shapes
{
    public class Cache<T> { public static int Hits; public static T Last; public static void Hit(T x) { Hits++; Last = x; } }
}

class Program
{
    static int Compare<T>(T a, T b) => Comparer<T>.Default.Compare(a, b);

    static async Task Main()
    {
        Node e = new Add(new Num(2), new Add(new Num(3), new Num(4)));
        Console.WriteLine(e.Accept(new Show()) + " = " + e.Accept(new Eval()));
        IMediator m = new LoggingMediator();
        Console.WriteLine(await m.Send(new Ping { Who = "ann" }));
        Console.WriteLine(await m.Send(new Sum { Values = new[] { 1, 2, 3 } }));
        Console.WriteLine(Compare<int?>(1, 2) + " " + Compare<int?>(null, 2) + " " + Compare<int?>(5, 5) + " " + Compare<double?>(2.5, null));
        Shapes.Cache<int>.Hit(4);
        Shapes.Cache<int>.Hit(9);
        Shapes.Cache<string>.Hit("s");
        Console.WriteLine(Shapes.Cache<int>.Hits + " " + Shapes.Cache<int>.Last + " " + Shapes.Cache<string>.Hits + " " + Shapes.Cache<string>.Last);
    }
}
