// A filter that throws is false: .NET drops the filter's exception and goes on to the next
// clause (or outward), with the exception that was thrown. Mono lets the filter's exception
// escape instead (samples/ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;

class Program
{
    static bool Explode(string why)
    {
        Console.WriteLine("  filter throws: " + why);
        throw new InvalidOperationException("from the filter");
    }

    static int[] empty = new int[0];

    static async Task Main()
    {
        try
        {
            throw new Exception("original");
        }
        catch (Exception) when (Explode("first clause"))
        {
            Console.WriteLine("not here");
        }
        catch (Exception e)
        {
            Console.WriteLine("next clause: " + e.Message);
        }
        try
        {
            try
            {
                await Task.Yield();
                throw new ArgumentException("async original");
            }
            catch (ArgumentException e) when (empty[e.Message.Length] > 0)
            {
                Console.WriteLine("not here either");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("outer clause: " + e.Message);
        }
    }
}
