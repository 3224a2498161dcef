// C# 12: block-bodied namespaces (a dotted name, a nested namespace, the same namespace declared twice), using directives and a using alias inside a namespace, two types with the same simple name in different namespaces, fully qualified type names, global::
// mcs: compiles and runs
using System;

namespace Shop.Billing
{
    using System.Collections.Generic;

    public class Invoice
    {
        public List<decimal> Lines { get; } = new List<decimal>();

        public decimal Total
        {
            get
            {
                decimal t = 0;
                foreach (var l in Lines) t += l;
                return t;
            }
        }
    }
}

namespace Shop
{
    namespace Shipping
    {
        public class Invoice
        {
            public string Carrier { get; set; } = "post";
        }
    }

    public static class Catalog
    {
        public const string Name = "Main catalog";
    }
}

namespace Shop.Billing
{
    public static class InvoiceFactory
    {
        public static Invoice Create(params decimal[] amounts)
        {
            var invoice = new Invoice();
            invoice.Lines.AddRange(amounts);
            return invoice;
        }
    }
}

namespace App
{
    using Shop.Billing;
    using ShippingInvoice = Shop.Shipping.Invoice;

    class Program
    {
        static void Main()
        {
            Invoice bill = InvoiceFactory.Create(9.99m, 20m);
            var label = new ShippingInvoice { Carrier = "courier" };
            var other = new Shop.Shipping.Invoice();
            Console.WriteLine($"{bill.Total} {label.Carrier} {other.Carrier} {Shop.Catalog.Name}");
            Console.WriteLine(typeof(Invoice).FullName + " / " + typeof(ShippingInvoice).FullName);
            global::System.Console.WriteLine(nameof(Shop.Billing));
        }
    }
}
