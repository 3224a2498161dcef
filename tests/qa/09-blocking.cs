using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Later(int ms, int v)
    {
        await Task.Delay(ms);
        Console.WriteLine("later " + v + " finishing");
        return v;
    }

    static async Task Step(string s)
    {
        await Task.Delay(30);
        Console.WriteLine("step " + s);
    }

    static async Task<int> Fails()
    {
        await Task.Delay(10);
        throw new ArgumentException("bad arg");
    }

    static void Main()
    {
        Task<int> t = Later(50, 1);
        Console.WriteLine("before Result");
        Console.WriteLine("Result = " + t.Result);
        Task s = Step("one");
        s.Wait();
        Console.WriteLine("after Wait " + s.Status);
        Console.WriteLine("GetResult = " + Later(20, 2).GetAwaiter().GetResult());
        Step("two").GetAwaiter().GetResult();
        Task<int> f = Fails();
        try
        {
            int x = f.Result;
            Console.WriteLine("no " + x);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result: AggregateException, inner: " + e.InnerException.Message + " count " + e.InnerExceptions.Count);
        }
        try
        {
            f.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait: AggregateException " + e.InnerExceptions.Count);
        }
        try
        {
            f.GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("GetResult: ArgumentException " + e.Message);
        }
        catch (AggregateException)
        {
            Console.WriteLine("GetResult: wrong, aggregate");
        }
        Task<int> done = Task.FromResult(3);
        Console.WriteLine(done.Result + done.GetAwaiter().GetResult());
        Task.Delay(40).Wait();
        Console.WriteLine("end");
    }
}
