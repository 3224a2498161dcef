// Struct awaitables whose struct awaiters are already complete: no suspension, no box; the
// awaiter's GetResult gives the await's value (an int, a string, a struct), in loops, in
// expressions, in an async lambda and through a GetAwaiter that is an extension method.
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => "(" + X + ", " + Y + ")";
}


struct Now
{
    private readonly int n;
    public Now(int n) { this.n = n; }
    public NowAwaiter GetAwaiter() => new NowAwaiter(n);
}

struct NowAwaiter : INotifyCompletion
{
    private readonly int n;
    public NowAwaiter(int n) { this.n = n; }
    public bool IsCompleted => true;
    public void OnCompleted(Action continuation) { throw new InvalidOperationException("never suspends"); }
    public int GetResult() => n * n;
}

struct Word
{
    public string Text;
    public WordAwaiter GetAwaiter() => new WordAwaiter { Text = Text };
}

struct WordAwaiter : ICriticalNotifyCompletion
{
    public string Text;
    public bool IsCompleted { get { return Text != null; } }
    public void OnCompleted(Action continuation) { continuation(); }
    public void UnsafeOnCompleted(Action continuation) { continuation(); }
    public string GetResult() => Text.ToUpper();
}

struct PointAwaiter : INotifyCompletion
{
    private readonly int x;
    public PointAwaiter(int x) { this.x = x; }
    public bool IsCompleted => true;
    public void OnCompleted(Action continuation) { }
    public Point GetResult() => new Point(x, -x);
}

static class Awaitables
{
    public static PointAwaiter GetAwaiter(this int x) => new PointAwaiter(x);
}

class Program
{
    static async Task<int> SumOfSquares(int n)
    {
        int sum = 0;
        for (int i = 1; i <= n; i++)
        {
            sum += await new Now(i);
        }
        return sum;
    }

    static async Task<string> Sentence()
    {
        string a = await new Word { Text = "custom" };
        string b = await new Word { Text = "awaiters" };
        return a + " " + b + " " + await new Now(3);
    }

    static async Task Main()
    {
        Task<int> squares = SumOfSquares(4);
        Console.WriteLine("completed synchronously: " + squares.IsCompleted);
        Console.WriteLine("sum of squares: " + await squares);
        Console.WriteLine(await Sentence());
        Point p = await 7;
        Console.WriteLine("point " + p + ", X + Y = " + (p.X + p.Y));
        Func<int, Task<int>> twice = async k => await new Now(k) + await new Now(k);
        Console.WriteLine("lambda: " + await twice(5));
        int total = 0;
        foreach (int k in new[] { 1, 2, 3 })
        {
            Point q = await k;
            total += q.X * 10 + await new Now(k);
        }
        Console.WriteLine("total: " + total);
    }
}
