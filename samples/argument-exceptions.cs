// The one-string constructors of ArgumentNullException/ArgumentOutOfRangeException take a parameter name, not a message.
using System;

static class Program
{
    static int CheckPositive(int n)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException("n");
        }
        return n;
    }

    static int Length(string s)
    {
        if (s == null)
        {
            throw new ArgumentNullException("s");
        }
        return s.Length;
    }

    static void Main()
    {
        try
        {
            Console.WriteLine(Length("four"));
            Console.WriteLine(Length(null));
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.Message);
        }

        try
        {
            Console.WriteLine(CheckPositive(3));
            Console.WriteLine(CheckPositive(-3));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }

        // ArgumentException's one-string constructor is a message; no parameter name is added.
        Console.WriteLine(new ArgumentException("plain message").Message);
        Console.WriteLine(new ArgumentNullException().Message);
        Console.WriteLine("done");
    }
}
