// C# 12: ref structs (a tokenizer over ReadOnlySpan<char>, a ref struct with a ref field (C# 11), a readonly ref struct with a Span<T> field), readonly struct members (C# 8), stackalloc into Span<T> without unsafe code, ranges on spans, foreach over a span
using System;

ref struct TokenReader
{
    private ReadOnlySpan<char> _rest;

    public TokenReader(ReadOnlySpan<char> text) { _rest = text; }

    public bool TryNext(out ReadOnlySpan<char> token)
    {
        _rest = _rest.TrimStart(' ');
        if (_rest.IsEmpty)
        {
            token = default;
            return false;
        }
        int end = _rest.IndexOf(' ');
        if (end < 0) end = _rest.Length;
        token = _rest[..end];
        _rest = _rest[end..];
        return true;
    }
}

ref struct Accumulator
{
    private ref int _total;
    public Accumulator(ref int total) { _total = ref total; }
    public void Add(int v) => _total += v;
    public readonly int Current => _total;
}

readonly ref struct Window
{
    public readonly Span<int> Data;
    public Window(Span<int> data) { Data = data; }

    public int Sum()
    {
        int s = 0;
        foreach (var v in Data) s += v;
        return s;
    }
}

struct Vector
{
    public double X { get; set; }
    public double Y { get; set; }
    public readonly double Length => Math.Sqrt(X * X + Y * Y);
    public readonly override string ToString() => $"<{X}, {Y}>";
}

class Program
{
    static void Main()
    {
        var reader = new TokenReader("  alpha beta   gamma ");
        while (reader.TryNext(out var token))
            Console.WriteLine($"token '{token.ToString()}' ({token.Length})");

        int total = 0;
        var acc = new Accumulator(ref total);
        acc.Add(5);
        acc.Add(7);
        Console.WriteLine($"accumulated {acc.Current}, local total {total}");

        Span<int> numbers = stackalloc int[5];
        for (int i = 0; i < numbers.Length; i++) numbers[i] = i * i;
        var window = new Window(numbers[1..4]);
        Console.WriteLine($"window sum {window.Sum()}");
        window.Data[0] = 100;
        Console.WriteLine($"backing updated: {numbers[1]}");

        var v = new Vector { X = 3, Y = 4 };
        Console.WriteLine($"{v} has length {v.Length}");
    }
}
