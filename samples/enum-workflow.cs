// An async order workflow whose state is an enum: states as fields and properties (with C#'s
// "Color Color" rule: a property `Status Status` next to the enum `Status`), Task<Status> results
// across awaits, a state table in a Dictionary<Status, Status>, transitions checked by switch,
// an enum-typed exception field, [Flags] notifications accumulated with |=, and a log of states.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Shop
{
    public enum Status { Created, Paid, Packed, Shipped, Delivered, Cancelled = -1 }

    [Flags]
    public enum Notify { None = 0, Email = 1, Sms = 2, Push = 4 }

    class InvalidTransition : Exception
    {
        public Status From;
        public InvalidTransition(Status from, string message) : base(message) { From = from; }
    }

    class Order
    {
        static readonly Dictionary<Status, Status> Next = new Dictionary<Status, Status>();

        static Order()
        {
            Next[Status.Created] = Status.Paid;
            Next[Status.Paid] = Status.Packed;
            Next[Status.Packed] = Status.Shipped;
            Next[Status.Shipped] = Status.Delivered;
        }

        public int Id { get; }
        public Status Status { get; private set; }
        public Notify Sent;
        public List<Status> History = new List<Status>();

        public Order(int id)
        {
            Id = id;
            Status = Status.Created;
            History.Add(Status);
        }

        public async Task<Status> AdvanceAsync()
        {
            await Task.Delay(1);
            if (!Next.ContainsKey(Status))
                throw new InvalidTransition(Status, $"order {Id} cannot leave {Status}");
            Status = Next[Status];
            History.Add(Status);
            Sent |= await NotifyAsync(Status);
            return Status;
        }

        static async Task<Notify> NotifyAsync(Status s)
        {
            await Task.Yield();
            switch (s)
            {
                case Status.Paid:
                    return Notify.Email;
                case Status.Shipped:
                    return Notify.Email | Notify.Sms;
                case Status.Delivered:
                    return Notify.Push;
                default:
                    return Notify.None;
            }
        }

        public void Cancel()
        {
            if (Status >= Status.Shipped)
                throw new InvalidTransition(Status, $"order {Id} is already {Status}");
            Status = Status.Cancelled;
            History.Add(Status);
        }
    }

    static class Program
    {
        static async Task<Status> RunToEnd(Order o)
        {
            Status last = default(Status);
            while (o.Status != Status.Delivered)
                last = await o.AdvanceAsync();
            return last;
        }

        static async Task Main()
        {
            var a = new Order(1);
            Status end = await RunToEnd(a);
            Console.WriteLine($"order {a.Id}: {end}, notified by {a.Sent}");
            var path = "";
            foreach (var s in a.History)
                path += (path == "" ? "" : " -> ") + s;
            Console.WriteLine(path);

            var b = new Order(2);
            await b.AdvanceAsync();
            b.Cancel();
            Console.WriteLine($"order {b.Id}: {b.Status} ({(int)b.Status}), notified by {b.Sent}");
            try
            {
                await b.AdvanceAsync();
            }
            catch (InvalidTransition e)
            {
                Console.WriteLine($"{e.Message} (from {e.From})");
            }

            try
            {
                a.Cancel();
            }
            catch (InvalidTransition e)
            {
                Console.WriteLine(e.Message + ", state " + e.From);
            }

            var tasks = new List<Task<Status>>();
            var orders = new List<Order>();
            for (int i = 3; i <= 5; i++)
            {
                var o = new Order(i);
                orders.Add(o);
                tasks.Add(o.AdvanceAsync());
            }
            Status[] results = await Task.WhenAll(tasks);
            foreach (var r in results)
                Console.Write(r + " ");
            Console.WriteLine();
            var byStatus = new Dictionary<Status, int>();
            await Task.WhenAll(orders[0].AdvanceAsync(), orders[1].AdvanceAsync());
            foreach (var o in orders)
            {
                if (byStatus.ContainsKey(o.Status))
                    byStatus[o.Status]++;
                else
                    byStatus[o.Status] = 1;
            }
            foreach (var kv in byStatus)
                Console.WriteLine($"{kv.Key}: {kv.Value}");
            Notify all = Notify.None;
            foreach (var o in orders)
                all |= o.Sent;
            Console.WriteLine($"{all} has Sms: {all.HasFlag(Notify.Sms)}, has Push: {(all & Notify.Push) == Notify.Push}");
        }
    }
}
