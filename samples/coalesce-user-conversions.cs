using System;

// `a ?? b` takes `b`'s type when `a`'s converts to it, user-defined conversions included, and
// `a`'s when `b`'s converts to it.
struct Maybe<T>
{
    readonly T _value;
    readonly bool _has;
    public Maybe(T value) { _value = value; _has = true; }
    public static implicit operator Maybe<T>(T value) => new Maybe<T>(value);
    public override string ToString() => _has ? $"Some({_value})" : "None";
}

class Label
{
    public string Text;
    public static implicit operator Label(string s) => new Label { Text = s };
    public override string ToString() => "Label:" + Text;
}

class Program
{
    static Maybe<string> OrNone(string s) => s ?? default(Maybe<string>);
    static Label Caption(string s, Label fallback) => s ?? fallback;
    static Label Title(Label given) => given ?? "untitled";

    static void Main()
    {
        Console.WriteLine(OrNone(null) + " " + OrNone("s"));
        Console.WriteLine(Caption("x", new Label { Text = "fb" }) + " " + Caption(null, new Label { Text = "fb" }));
        Console.WriteLine(Title(null) + " " + Title(new Label { Text = "given" }));
        int? n = null;
        Console.WriteLine((n ?? 5) + " " + (n ?? default(Maybe<int>)));
    }
}
