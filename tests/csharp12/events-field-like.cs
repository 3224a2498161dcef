// C# 12: field-like events, EventHandler<TEventArgs> with custom EventArgs, async void event handlers (object sender, EventArgs e), += and -= subscription, ?.Invoke, completion signalled through TaskCompletionSource, Interlocked
// mcs: compiles and runs
using System;
using System.Threading;
using System.Threading.Tasks;

class OrderPlacedEventArgs : EventArgs
{
    public OrderPlacedEventArgs(int orderId, decimal amount) { OrderId = orderId; Amount = amount; }
    public int OrderId { get; }
    public decimal Amount { get; }
}

class OrderService
{
    public event EventHandler<OrderPlacedEventArgs> OrderPlaced;
    public event EventHandler Closed;

    public void Place(int id, decimal amount)
    {
        Console.WriteLine($"placing order {id}");
        OrderPlaced?.Invoke(this, new OrderPlacedEventArgs(id, amount));
    }

    public void Close() => Closed?.Invoke(this, EventArgs.Empty);
}

class Program
{
    static readonly TaskCompletionSource<bool> EmailsDone = new TaskCompletionSource<bool>();
    static readonly TaskCompletionSource<bool> ClosedSignal = new TaskCompletionSource<bool>();
    static int _emailsSent;

    static async void SendEmail(object sender, OrderPlacedEventArgs e)
    {
        await Task.Delay(10 * e.OrderId);
        Console.WriteLine($"email for order {e.OrderId} ({e.Amount:F2})");
        if (Interlocked.Increment(ref _emailsSent) == 2) EmailsDone.SetResult(true);
    }

    static void Audit(object sender, OrderPlacedEventArgs e) => Console.WriteLine($"audit {e.OrderId} by {sender.GetType().Name}");

    static async void OnClosed(object sender, EventArgs e)
    {
        await Task.Yield();
        Console.WriteLine("service closed");
        ClosedSignal.SetResult(true);
    }

    static async Task Main()
    {
        var service = new OrderService();
        service.OrderPlaced += SendEmail;
        service.OrderPlaced += Audit;
        service.Closed += OnClosed;
        service.Place(1, 10m);
        service.Place(2, 25.5m);
        await EmailsDone.Task;

        service.OrderPlaced -= SendEmail;
        service.Place(3, 1m);
        service.OrderPlaced -= Audit;
        service.Place(4, 2m);

        service.Close();
        await ClosedSignal.Task;
        Console.WriteLine($"emails sent: {_emailsSent}");
    }
}
