// A delegate object knows its delegate type: printing it gives the type's .NET name, GetType()
// names it, `is`/`as`/casts test it (a delegate type is sealed: another type with the same
// signature is not it), and the combined delegate of `a + b` has their type.
using System;

delegate int Op(int x);
delegate int OtherOp(int x);

namespace Shop {
    delegate void PriceChanged(string item, double price);
}

class Program {
    static void Main() {
        Func<int, int> inc = x => x + 1;
        Action hello = () => Console.WriteLine("hello");
        Op twice = x => x * 2;
        Shop.PriceChanged changed = (item, price) => Console.WriteLine(item + " " + price);
        Console.WriteLine(inc);
        Console.WriteLine(hello);
        Console.WriteLine(twice);
        Console.WriteLine(changed.ToString());
        Console.WriteLine(twice.GetType().Name);
        Console.WriteLine("as string: " + hello);

        object a = inc, b = twice;
        Console.WriteLine(a is Func<int, int>);
        Console.WriteLine(a is Op);
        Console.WriteLine(b is Op);
        Console.WriteLine(b is OtherOp);
        Console.WriteLine(b is Func<int, int>);
        Console.WriteLine(((Op)b)(5));
        Console.WriteLine((a as Func<int, int>)(5));
        Console.WriteLine(a as Op == null);
        if (b is Op g) {
            Console.WriteLine(g(10));
        }
        try {
            var wrong = (OtherOp)b;
            Console.WriteLine(wrong(1));
        } catch (InvalidCastException) {
            Console.WriteLine("InvalidCastException");
        }
        Op both = twice + twice;
        Console.WriteLine(both);
        Console.WriteLine(both.GetType() == twice.GetType());
    }
}
