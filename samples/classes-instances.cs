// Classes: instance fields with initializers, readonly fields, constructors with overloads and
// `: this(...)` chaining (initializers run once, in the constructor that does not chain), instance
// methods and `this`, static and instance members mixed, a linked list of objects, and `null`.
using System;
using System.Collections.Generic;

namespace Shop
{
    class Order
    {
        public static int Created;
        private static int nextId = 100;

        private readonly int id;
        private readonly List<string> lines = new List<string>();
        private int total = Log("total initializer");
        public string Customer;

        public Order(string customer)
        {
            id = nextId++;
            Customer = customer;
            Created++;
            Log("Order(string) body");
        }

        public Order() : this("walk-in")
        {
            Log("Order() body");
        }

        static int Log(string what)
        {
            Console.WriteLine("  " + what);
            return 0;
        }

        public Order Add(string item, int price)
        {
            lines.Add(item);
            total += price;
            return this;
        }

        public int Total() { return total; }

        public string Describe()
        {
            return "#" + id + " " + Customer + ": " + lines.Count + " lines, " + Total();
        }
    }

    class Node
    {
        public int Value;
        public Node Next;

        public Node(int value, Node next)
        {
            Value = value;
            Next = next;
        }
    }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("new Order(\"ada\"):");
            var a = new Order("ada");
            Console.WriteLine("new Order():");
            var b = new Order();
            a.Add("tea", 3).Add("cake", 5);
            b.Add("coffee", 4);
            Console.WriteLine(a.Describe());
            Console.WriteLine(b.Describe());
            b.Customer = "bob";
            Console.WriteLine(b.Describe() + " / created " + Order.Created);

            Node list = null;
            for (int i = 1; i <= 4; i++) list = new Node(i * i, list);
            int sum = 0;
            for (Node n = list; n != null; n = n.Next) sum += n.Value;
            Console.WriteLine("sum " + sum + ", head " + list.Value);

            Order same = a;
            same.Customer = "ada lovelace";
            Console.WriteLine(a.Customer + " " + (same == a) + " " + (a == b));
            Console.WriteLine(a);

            Order missing = null;
            try
            {
                Console.WriteLine(missing.Customer);
            }
            catch (NullReferenceException)
            {
                Console.WriteLine("NullReferenceException reading a field");
            }
            try
            {
                missing.Add("x", 1);
            }
            catch (NullReferenceException)
            {
                Console.WriteLine("NullReferenceException calling a method");
            }
        }
    }
}
