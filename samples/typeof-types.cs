// `typeof`: the `Type` of a type of the library, of the program (in a namespace, a struct) and of a
// type parameter in each instantiation of a generic method (`typeof(T).Name`), the same object
// `GetType()` gives for the type's values.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Shop
{
    class Order { }
    struct Pt { public int X; }

    static class Program
    {
        static string Describe<T>(T x) => typeof(T).Name + "=" + x;
        static async Task<T> Load<T>() where T : new()
        {
            await Task.Yield();
            Console.WriteLine("loading " + typeof(T).Name);
            return new T();
        }

        static async Task Main()
        {
            Console.WriteLine(typeof(int).Name + " " + typeof(int).FullName + " " + typeof(string));
            Console.WriteLine(typeof(List<int>).Name + " " + typeof(Dictionary<string, int>).Name);
            Console.WriteLine(typeof(Order).Name + " " + typeof(Order).FullName + " " + typeof(Pt));
            Console.WriteLine(typeof(int[]).Name + " " + typeof(Task<string>).Name);
            Console.WriteLine(Describe(5) + " " + Describe("s") + " " + Describe(new Order()));
            Console.WriteLine(typeof(int) == 5.GetType());
            Console.WriteLine(new Order().GetType() == typeof(Order));
            var o = await Load<Order>();
            Console.WriteLine(o.GetType().Name);
        }
    }
}
