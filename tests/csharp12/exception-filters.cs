// C# 12: exception filters (catch (E e) when (...), a logging filter returning false, a filter using a pattern), a custom exception deriving from ApplicationException with an inner exception, finally, rethrow with throw;, exceptions from async methods, the first exception of Task.WhenAll and its AggregateException
// mcs: compiles and runs
using System;
using System.Threading.Tasks;

class PaymentException : ApplicationException
{
    public PaymentException(string message, int code, Exception inner = null) : base(message, inner) { Code = code; }
    public int Code { get; }
    public bool IsTransient => Code >= 500;
}

class Program
{
    static bool Log(Exception e)
    {
        Console.WriteLine($"  log: {e.GetType().Name}: {e.Message}");
        return false;
    }

    static async Task ChargeAsync(int code)
    {
        await Task.Delay(1);
        if (code != 200) throw new PaymentException($"charge failed with {code}", code);
    }

    static async Task<string> TryChargeAsync(int code)
    {
        try
        {
            await ChargeAsync(code);
            return "ok";
        }
        catch (Exception e) when (Log(e))
        {
            return "never";
        }
        catch (PaymentException e) when (e.IsTransient)
        {
            return $"retry later ({e.Code})";
        }
        catch (PaymentException e) when (e.Code == 402)
        {
            return "payment required";
        }
        finally
        {
            Console.WriteLine($"  finished attempt {code}");
        }
    }

    static async Task Main()
    {
        foreach (var code in new[] { 200, 503, 402 })
            Console.WriteLine($"{code}: {await TryChargeAsync(code)}");
        try { await TryChargeAsync(404); }
        catch (ApplicationException e) when (e is PaymentException p && p.Code == 404) { Console.WriteLine($"not found: {e.Message}"); }

        try
        {
            try { throw new InvalidOperationException("inner problem"); }
            catch (InvalidOperationException e) { throw new PaymentException("wrapped", 500, e); }
        }
        catch (PaymentException e) when (e.InnerException != null) { Console.WriteLine($"{e.Message} <- {e.InnerException.Message}"); }

        Task all = Task.WhenAll(ChargeAsync(500), ChargeAsync(401));
        try { await all; }
        catch (PaymentException first) { Console.WriteLine($"first: {first.Code}, total: {all.Exception.InnerExceptions.Count}"); }

        try
        {
            try { throw new ApplicationException("rethrown"); }
            catch (ApplicationException) { Console.WriteLine("handling, then rethrowing"); throw; }
        }
        catch (Exception e) { Console.WriteLine($"outer caught: {e.Message}"); }
    }
}
