using System;
using System.Threading.Tasks;

static class Program
{
    static void Throw(int k)
    {
        if (k == 0) throw new ArgumentNullException("p");
        if (k == 1) throw new ArgumentOutOfRangeException("q");
        if (k == 2) throw new ArgumentException("plain");
        if (k == 3) throw new TaskCanceledException();
        if (k == 4) throw new OperationCanceledException();
        if (k == 5) throw new DivideByZeroException();
        if (k == 6) throw new NotImplementedException();
        if (k == 7) throw new NotSupportedException();
        if (k == 8) throw new TimeoutException();
        if (k == 9) throw new IndexOutOfRangeException();
        if (k == 10) throw new NullReferenceException();
        if (k == 11) throw new InvalidOperationException();
        if (k == 12) throw new AggregateException();
        throw new Exception();
    }

    static string Classify(int k)
    {
        try
        {
            Throw(k);
            return "none";
        }
        catch (ArgumentNullException e) { return "ANE: " + e.Message; }
        catch (ArgumentOutOfRangeException e) { return "AOORE: " + e.Message; }
        catch (ArgumentException e) { return "AE: " + e.Message; }
        catch (TaskCanceledException e) { return "TCE: " + e.Message; }
        catch (OperationCanceledException e) { return "OCE: " + e.Message; }
        catch (InvalidOperationException e) { return "IOE: " + e.Message; }
        catch (AggregateException e) { return "Agg: " + e.Message; }
        catch (Exception e) { return "E: " + e.Message; }
    }

    static string Broad(int k)
    {
        try { Throw(k); return "none"; }
        catch (ArgumentException) { return "arg-family"; }
        catch (OperationCanceledException) { return "oce-family"; }
        catch (InvalidOperationException) { return "ioe"; }
        catch { return "other"; }
    }

    static async Task Main()
    {
        for (int k = 0; k <= 13; k++)
        {
            Console.WriteLine(k + " " + Classify(k) + " / " + Broad(k));
        }
        await Task.Yield();
    }
}
