// Default exception messages from the runtime and from new T(), custom messages, and C#'s exception hierarchy in catch clauses.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static void Show(string what, Exception e)
    {
        Console.WriteLine(what + ": " + e.Message + (e.InnerException == null ? "" : " (has inner)"));
    }

    static async Task Main()
    {
        int zero = 0;
        try { Console.WriteLine(10 / zero); } catch (DivideByZeroException e) { Show("int / 0", e); }
        try { Console.WriteLine(10 % zero); } catch (DivideByZeroException e) { Show("int % 0", e); }
        long lzero = zero;
        try { Console.WriteLine(10L / lzero); } catch (DivideByZeroException e) { Show("long / 0", e); }
        int[] small = new int[2];
        try { small[2] = 1; } catch (IndexOutOfRangeException e) { Show("array index 2 of 2", e); }
        try { Console.WriteLine(small[zero - 1]); } catch (IndexOutOfRangeException e) { Show("array index -1", e); }
        string nothing = null;
        try { Console.WriteLine(nothing.Length); } catch (NullReferenceException e) { Show("null.Length", e); }
        int[] noArray = null;
        try { Console.WriteLine(noArray[0]); } catch (NullReferenceException e) { Show("null[0]", e); }
        List<int> list = new List<int>();
        try { Console.WriteLine(list[0]); } catch (ArgumentOutOfRangeException) { Console.WriteLine("List index: ArgumentOutOfRangeException"); }

        CancellationTokenSource cts = new CancellationTokenSource();
        cts.Cancel();
        try { await Task.Delay(100, cts.Token); } catch (TaskCanceledException e) { Show("canceled delay", e); }
        try { cts.Token.ThrowIfCancellationRequested(); } catch (OperationCanceledException e) { Show("ThrowIfCancellationRequested", e); }

        Console.WriteLine("-- new T() --");
        Show("Exception", new Exception());
        Show("ArgumentException", new ArgumentException());
        Show("ArgumentOutOfRangeException", new ArgumentOutOfRangeException());
        Show("ArgumentNullException", new ArgumentNullException());
        Show("InvalidOperationException", new InvalidOperationException());
        Show("NotSupportedException", new NotSupportedException());
        Show("NotImplementedException", new NotImplementedException());
        Show("TimeoutException", new TimeoutException());
        Show("DivideByZeroException", new DivideByZeroException());
        Show("NullReferenceException", new NullReferenceException());
        Show("IndexOutOfRangeException", new IndexOutOfRangeException());
        Show("OperationCanceledException", new OperationCanceledException());
        Show("TaskCanceledException", new TaskCanceledException());
        Show("AggregateException", new AggregateException());

        Console.WriteLine("-- new T(message) --");
        Show("Exception", new Exception("custom"));
        Show("ArgumentException", new ArgumentException("bad argument"));
        Show("TimeoutException", new TimeoutException("too slow"));
        Show("OperationCanceledException", new OperationCanceledException("stopped"));
        Show("AggregateException", new AggregateException("several things"));

        Console.WriteLine("-- hierarchy --");
        try { throw new ArgumentNullException(); } catch (ArgumentException) { Console.WriteLine("ArgumentNullException is an ArgumentException"); }
        try { throw new ArgumentOutOfRangeException(); } catch (ArgumentException) { Console.WriteLine("ArgumentOutOfRangeException is an ArgumentException"); }
        try { throw new TaskCanceledException(); } catch (OperationCanceledException) { Console.WriteLine("TaskCanceledException is an OperationCanceledException"); }
        try { throw new TimeoutException(); } catch (Exception) { Console.WriteLine("TimeoutException is an Exception"); }
        try
        {
            throw new NotSupportedException("not an InvalidOperationException");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("not reached");
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine("second clause: " + e.Message);
        }
        try
        {
            try { throw new OperationCanceledException(); }
            catch (TaskCanceledException) { Console.WriteLine("not reached"); }
        }
        catch (Exception e)
        {
            Console.WriteLine("a base-class exception skips a derived-class catch: " + e.Message);
        }
    }
}
