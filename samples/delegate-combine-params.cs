using System;

// Delegate.Combine(params Delegate[]): any number of delegates (nulls skipped), an array of them,
// none at all (null); the two-argument overload still binds two.
class Program
{
    static void A(string s) { Console.WriteLine("A " + s); }
    static void B(string s) { Console.WriteLine("B " + s); }

    static void Main()
    {
        var all = (Action<string>)Delegate.Combine(new Action<string>(A), null, new Action<string>(B), new Action<string>(A));
        all("three");
        Console.WriteLine(all.GetInvocationList().Length);
        Delegate[] parts = { new Action<string>(B), all };
        var more = (Action<string>)Delegate.Combine(parts);
        more("array");
        Console.WriteLine(more.GetInvocationList().Length);
        Console.WriteLine(Delegate.Combine() == null);
        Console.WriteLine(Delegate.Combine(null, null) == null);
        Delegate[] none = null;
        Console.WriteLine(Delegate.Combine(none) == null);
        var two = (Action<string>)Delegate.Combine(new Action<string>(B), new Action<string>(B));
        two("two");
        Console.WriteLine(two.GetType());
    }
}
