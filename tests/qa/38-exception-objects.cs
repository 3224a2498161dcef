using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Fail(string m) { await Task.Yield(); throw new InvalidOperationException(m); }

    static async Task Main()
    {
        Exception e1 = new Exception("hello");
        Console.WriteLine(e1.Message);
        Console.WriteLine(e1.ToString());
        Console.WriteLine(e1);
        Console.WriteLine("inner null: " + (e1.InnerException == null));
        Exception e2 = new ArgumentException("arg msg");
        Console.WriteLine(e2.ToString());
        Console.WriteLine(new ArgumentNullException("param").Message);
        Console.WriteLine(new ArgumentOutOfRangeException("idx").Message);
        Console.WriteLine(new ArgumentException().Message);
        Console.WriteLine(new ArgumentNullException().Message);
        Console.WriteLine(new ArgumentOutOfRangeException().Message);
        Console.WriteLine(new TaskCanceledException().Message);
        Console.WriteLine(new OperationCanceledException("custom cancel").Message);
        Console.WriteLine(new AggregateException("agg custom").Message);
        Console.WriteLine(new NullReferenceException().Message);
        Console.WriteLine(new IndexOutOfRangeException().Message);
        Console.WriteLine(new InvalidOperationException("").Message + "|");
        Task<int> t = Fail("inner message");
        try { await t; } catch { }
        AggregateException agg = t.Exception;
        Console.WriteLine("agg message: " + agg.Message);
        Console.WriteLine("agg inner: " + agg.InnerException.Message);
        Task both = Task.WhenAll(Fail("one"), Fail("two"));
        try { await both; } catch { }
        Console.WriteLine("agg2 message: " + both.Exception.Message);
        Console.WriteLine("agg2 count: " + both.Exception.InnerExceptions.Count);
        try
        {
            both.Wait();
        }
        catch (AggregateException ae)
        {
            Console.WriteLine("wait agg message: " + ae.Message);
        }
        Exception caught = null;
        try { throw new TimeoutException("tm"); }
        catch (Exception ex) { caught = ex; }
        Console.WriteLine("caught later: " + caught.Message);
        try { throw caught; }
        catch (TimeoutException ex) { Console.WriteLine("rethrown object: " + ex.Message + " same " + (ex == caught)); }
        string s = $"interp {e1.Message} {agg.InnerExceptions.Count}";
        Console.WriteLine(s);
    }
}
