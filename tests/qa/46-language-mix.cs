using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Qa.Mix
{
    internal static class Helpers
    {
        public const string Prefix = "[mix]";
        internal static int calls;

        public static async Task<int> Twice(int x)
        {
            calls++;
            await Task.Yield();
            return x * 2;
        }
    }

    public class Program
    {
        private static readonly List<Task> pending = new List<Task>();
        protected static int Level = 3;

        public static async Task Main(string[] args)
        {
            int a = 1, b, c = a + 1;
            b = c * 10;
            var msg = Helpers.Prefix + " a=" + a + " b=" + b + " c=" + c;
            Console.WriteLine(msg);
            Task<int> typed = Helpers.Twice(21);
            Task untyped = typed;
            pending.Add(untyped);
            pending.Add(Task.Delay(5));
            await Task.WhenAll(pending);
            Console.WriteLine("typed via untyped: " + typed.Result + " " + untyped.IsCompleted);
            Task<int>[] arr = { Helpers.Twice(1), Helpers.Twice(2) };
            Task first = await Task.WhenAny(arr);
            Console.WriteLine("first done " + first.IsCompleted);
            bool flag = !(a > b) && (b >= c || c != 3);
            Console.WriteLine(flag ? "flag" : "no flag");
            string nested = a > 0 ? b > 100 ? "big" : "medium" : "neg";
            Console.WriteLine(nested);
            string maybe = a > 5 ? "x" : null;
            Console.WriteLine("maybe=" + maybe);
            long widened = a;
            double dbl = widened;
            int narrowed = (int)(dbl * 2.9);
            Console.WriteLine(widened + " " + dbl + " " + narrowed + " " + (long)(-2.5) + " " + (double)(long)7 / 2);
            _ = Helpers.Twice(5);
            _ = a + b;
            int counter = 0;
            counter++;
            ++counter;
            counter--;
            Console.WriteLine("counter " + counter + " calls " + Helpers.calls);
            Level *= await Helpers.Twice(Level);
            Console.WriteLine("Level " + Level);
            {
                int scoped = 5;
                Console.WriteLine("scoped " + scoped);
            }
            {
                int scoped = 6;
                Console.WriteLine("scoped again " + scoped);
            }
            if (args.Length == 0)
                Console.WriteLine("no args");
            else if (args.Length == 1)
                Console.WriteLine("one arg");
            else
                Console.WriteLine("many");
            var tokenSource = new CancellationTokenSource();
            CancellationToken token = tokenSource.Token;
            Console.WriteLine(token.IsCancellationRequested);
            Console.WriteLine(Compare("a", "a") + " " + Compare("a", "b"));
        }

        private static string Compare(string x, string y) => x == y ? "same" : "different";
    }
}
