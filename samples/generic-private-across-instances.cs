using System;
using System.Collections.Generic;

// C#'s accessibility belongs to the declaration: code in Result<T> may use the private
// members of Result<U>, and a derived generic class the protected members of its other
// instantiations.
sealed class Result<T>
{
    private readonly T _value;
    private readonly string _error;
    private static int _made;

    private Result(T value, string error) { _value = value; _error = error; _made++; }

    public static Result<T> Ok(T value) => new Result<T>(value, null);
    public static Result<T> Fail(string error) => new Result<T>(default(T), error);

    public Result<U> Map<U>(Func<T, U> f) =>
        _error == null ? new Result<U>(f(_value), null) : new Result<U>(default(U), _error);

    public bool SameErrorAs<U>(Result<U> other) => _error == other._error;

    public static int MadeOf<U>() => Result<U>._made;

    public override string ToString() => _error == null ? $"Ok({_value})" : $"Fail({_error})";
}

abstract class Node<T>
{
    protected T Value;
    protected static string Tag = "node";
    protected Node(T v) { Value = v; }
    protected virtual string Show() => $"{Tag}:{Value}";
    public override string ToString() => Show();
}

class Leaf<T> : Node<T>
{
    public Leaf(T v) : base(v) { }
    protected override string Show() => "leaf " + base.Show();
    public string Compare(Leaf<T> other) => $"{Value} vs {other.Value}";
    public string Peek(Leaf<string> other) => other.Value;
}

class Program
{
    static void Main()
    {
        var parsed = Result<string>.Ok("41").Map(int.Parse).Map(n => n + 1.5);
        Console.WriteLine(parsed);
        var failed = Result<string>.Fail("empty").Map(s => s.Length);
        Console.WriteLine(failed);
        Console.WriteLine(failed.SameErrorAs(Result<double>.Fail("empty")));
        Console.WriteLine(Result<int>.MadeOf<double>() + " " + Result<int>.MadeOf<string>());

        var a = new Leaf<int>(1);
        Console.WriteLine(a);
        Console.WriteLine(a.Compare(new Leaf<int>(2)));
        Console.WriteLine(a.Peek(new Leaf<string>("s")));
    }
}
