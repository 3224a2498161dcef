using System;

// A pattern variable of an exception filter is in scope in its catch block, definitely
// assigned there when the filter's `&&` made it so (Roslyn's "assigned when true").
class Program
{
    static void Fail(string param) => throw new ArgumentException("bad value", param);

    static void Main()
    {
        try { Fail("port"); }
        catch (Exception e) when (e is ArgumentException ae && ae.ParamName == "port")
        {
            Console.WriteLine("filter " + ae.ParamName);
        }
        try { Fail("host"); }
        catch (Exception e) when (e is ArgumentException ae2)
        {
            Console.WriteLine("filter2 " + ae2.ParamName);
        }
        try { Fail("user"); }
        catch (Exception e) when (!(e is FormatException) && e is ArgumentException ae3 && ae3.ParamName.Length > 2)
        {
            Console.WriteLine("filter3 " + ae3.ParamName);
        }
        try { Fail("x"); }
        catch (Exception e) when (e is ArgumentException ae4 && ae4.ParamName.Length > 2)
        {
            Console.WriteLine("not here " + ae4.ParamName);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("second catch " + e.ParamName);
        }
    }
}
