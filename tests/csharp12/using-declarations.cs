// C# 12: using declarations (using var) disposed at the end of the enclosing block in reverse order, in a nested block, in a loop body, in an async method that throws, pattern-based Dispose on a ref struct, StringReader
using System;
using System.IO;
using System.Threading.Tasks;

sealed class Transaction : IDisposable
{
    private readonly string _id;
    private bool _committed;
    public Transaction(string id) { _id = id; Console.WriteLine($"begin {id}"); }
    public void Commit() { _committed = true; Console.WriteLine($"commit {_id}"); }
    public void Dispose() => Console.WriteLine(_committed ? $"end {_id}" : $"rollback {_id}");
}

ref struct PooledBuffer
{
    private readonly int _size;
    public PooledBuffer(int size) { _size = size; Console.WriteLine($"rent {size}"); }
    public int Size => _size;
    public void Dispose() => Console.WriteLine($"return {_size}");
}

class Program
{
    static int CountWords(string text)
    {
        using var reader = new StringReader(text);
        int count = 0;
        string line;
        while ((line = reader.ReadLine()) != null)
            count += line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return count;
    }

    static async Task TransferAsync(decimal amount)
    {
        using var tx = new Transaction($"tx-{amount}");
        await Task.Delay(1);
        if (amount > 100) throw new InvalidOperationException("limit exceeded");
        tx.Commit();
    }

    static void UseBuffer()
    {
        using var buffer = new PooledBuffer(256);
        Console.WriteLine($"using a buffer of {buffer.Size}");
    }

    static async Task Main()
    {
        {
            using var first = new Transaction("a");
            using var second = new Transaction("b");
            second.Commit();
            Console.WriteLine("leaving block");
        }
        UseBuffer();
        Console.WriteLine(CountWords("one two\nthree  four five"));
        await TransferAsync(50);
        try
        {
            await TransferAsync(500);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        for (int i = 0; i < 2; i++)
        {
            using var loopTx = new Transaction($"loop{i}");
            if (i == 1) loopTx.Commit();
        }
    }
}
