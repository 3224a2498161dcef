// The frames of an unhandled exception's trace name each method with its namespace, as .NET
// does (`at Shop.Orders.Program.LoadAsync()`), like the exception's own type.
using System;
using System.Threading.Tasks;

namespace Shop.Orders
{
    class OrderRejected : Exception
    {
        public OrderRejected(string m) : base(m) { }
    }

    static class Program
    {
        static int Check(int n)
        {
            if (n > 1)
            {
                throw new OrderRejected("too many: " + n);
            }
            return n;
        }

        static async Task<int> LoadAsync(int n)
        {
            await Task.Yield();
            return Check(n);
        }

        static async Task Main()
        {
            Console.WriteLine("loading");
            Console.WriteLine(await LoadAsync(2));
        }
    }
}
