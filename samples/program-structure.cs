// Program structure: a namespace, several classes, static and const fields, access modifiers, an async Main returning Task<int>.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Shop
{
    internal static class Config
    {
        public const int MaxItems = 3;
        public const string Currency = "EUR";
        public const double TaxRate = 0.25;
        private static int secret = 41;

        public static int Secret()
        {
            return secret + 1;
        }
    }

    public class Inventory
    {
        protected static List<string> items = new List<string>();
        private static int rejected = 0;
        internal static long TotalCents = 0;

        public static async Task<bool> AddAsync(string item, int cents)
        {
            await Task.Delay(5);
            if (items.Count >= Config.MaxItems)
            {
                rejected++;
                return false;
            }
            items.Add(item);
            TotalCents += cents;
            return true;
        }

        public static int Count()
        {
            return items.Count;
        }

        public static int Rejected()
        {
            return rejected;
        }

        public static string Describe()
        {
            return string.Join(", ", items);
        }
    }

    class Program
    {
        static int limit = Config.MaxItems * 2;
        static string banner = "== " + Config.Currency + " shop ==";

        private static async Task<int> Main()
        {
            Console.WriteLine(banner);
            string[] wanted = new[] { "apple", "bread", "cheese", "dates" };
            int[] prices = new[] { 120, 250, 499, 300 };
            for (int i = 0; i < wanted.Length; i++)
            {
                bool added = await Inventory.AddAsync(wanted[i], prices[i]);
                Console.WriteLine(wanted[i] + (added ? " added" : " rejected"));
            }
            Console.WriteLine(Inventory.Count() + " of " + Config.MaxItems + " items (limit field " + limit + "), rejected " + Inventory.Rejected());
            Console.WriteLine("items: " + Inventory.Describe());
            long cents = Inventory.TotalCents;
            Console.WriteLine("total " + cents / 100 + "." + cents % 100 + " " + Config.Currency + ", tax " + cents * Config.TaxRate / 100);
            Console.WriteLine("secret " + Config.Secret());
            return 0;
        }
    }
}
