using System;

// A static field initializer that throws: C# wraps it in TypeInitializationException when the class is
// first used, which here happens inside Read(), called inside a try.
static class B
{
    public static int Value = Fail();
    static int Fail() { throw new InvalidOperationException("init failed"); }
}

static class Program
{
    static int Read() { return B.Value; }

    static void Main()
    {
        Console.WriteLine("start");
        try
        {
            Console.WriteLine(Read());
        }
        catch (Exception e)
        {
            Console.WriteLine("caught: " + e.Message + " / inner: " + e.InnerException.Message);
        }
        Console.WriteLine("end");
    }
}
