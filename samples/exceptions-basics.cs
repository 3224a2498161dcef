// Synchronous exception handling: throw, throw;, catch (T), catch (T e), bare catch, finally ordering, nested try.
using System;

static class Program
{
    static void Fail(string message)
    {
        throw new InvalidOperationException(message);
    }

    static int WithFinally(int x)
    {
        try
        {
            if (x < 0)
            {
                Fail("negative");
            }
            return x * 2;
        }
        finally
        {
            Console.WriteLine("  finally in WithFinally(" + x + ")");
        }
    }

    static void Rethrow()
    {
        try
        {
            Fail("first failure");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("  logging, then rethrowing");
            throw;
        }
    }

    static void Main()
    {
        Console.WriteLine("WithFinally(4) = " + WithFinally(4));
        try
        {
            Console.WriteLine(WithFinally(-1));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }

        try
        {
            Rethrow();
        }
        catch (Exception e)
        {
            Console.WriteLine("rethrown exception keeps its message: " + e.Message);
        }

        try
        {
            Fail("anything");
        }
        catch
        {
            Console.WriteLine("bare catch caught it");
        }

        try
        {
            throw new TimeoutException();
        }
        catch (ArgumentException)
        {
            Console.WriteLine("not reached");
        }
        catch (TimeoutException)
        {
            Console.WriteLine("catch (TimeoutException) without a variable");
        }
        finally
        {
            Console.WriteLine("finally after a handled exception");
        }

        try
        {
            try
            {
                throw new ArgumentException("inner");
            }
            catch (ArgumentException e)
            {
                throw new NotSupportedException("replaced " + e.Message);
            }
            finally
            {
                Console.WriteLine("inner finally runs before the outer catch");
            }
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine("outer caught: " + e.Message);
        }

        Exception made = new ArgumentNullException();
        try
        {
            throw made;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("thrown from a variable: " + e.Message);
        }
    }
}
