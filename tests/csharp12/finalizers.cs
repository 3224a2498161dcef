// C# 12: a destructor (finalizer) alongside the dispose pattern (Dispose(bool), GC.SuppressFinalize), stacked using statements, GC.Collect and GC.WaitForPendingFinalizers, Interlocked on static fields, [MethodImpl(NoInlining)]
// mcs: compiles and runs
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class NativeBuffer : IDisposable
{
    public static int Finalized;
    public static int Disposed;
    private readonly int _size;
    private bool _disposed;

    public NativeBuffer(int size) { _size = size; }

    ~NativeBuffer()
    {
        Interlocked.Increment(ref Finalized);
        Dispose(false);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed) return;
        if (disposing) Interlocked.Increment(ref Disposed);
        _disposed = true;
    }

    public int Size => _size;
}

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Abandon(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var buffer = new NativeBuffer(i * 16);
            GC.KeepAlive(buffer);
        }
    }

    static void Main()
    {
        using (var a = new NativeBuffer(64))
        using (var b = new NativeBuffer(128))
        {
            Console.WriteLine($"using {a.Size + b.Size} bytes");
        }
        Console.WriteLine($"disposed: {NativeBuffer.Disposed}");
        Abandon(3);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"finalized no more than abandoned: {NativeBuffer.Finalized <= 3}");
    }
}
