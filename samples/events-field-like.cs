// Field-like events: the declaring type raises, assigns and null-checks its event as a field;
// other code subscribes and unsubscribes with += and -=. EventHandler<T> with an EventArgs
// subclass, static events, handlers removed, and an async void handler: the event's raise
// returns at the handler's first await, before the handler finishes.
using System;
using System.Threading.Tasks;

class PriceChangedEventArgs : EventArgs {
    public int Price { get; }
    public PriceChangedEventArgs(int price) { Price = price; }
}

class Stock {
    public event EventHandler<PriceChangedEventArgs> PriceChanged;
    public event Action Closed;
    public static event Action<string> Log;
    int price;

    public int Price {
        get => price;
        set {
            price = value;
            OnPriceChanged(new PriceChangedEventArgs(value));
        }
    }

    protected virtual void OnPriceChanged(PriceChangedEventArgs e) {
        PriceChanged?.Invoke(this, e);
    }

    public void Close() {
        if (Closed != null) {
            Closed();
        }
        Log?.Invoke("closed");
        Closed = null;
    }
}

class Program {
    static void OnLog(string s) => Console.WriteLine("log: " + s);

    static async Task Main() {
        var stock = new Stock();
        EventHandler<PriceChangedEventArgs> first = (sender, e) =>
            Console.WriteLine("first sees " + e.Price + ", sender is the stock: " + (sender == stock));
        stock.PriceChanged += first;
        stock.PriceChanged += (sender, e) => Console.WriteLine("second sees " + e.Price);
        stock.Price = 10;
        stock.PriceChanged -= first;
        stock.Price = 20;

        stock.Closed += () => Console.WriteLine("closed handler");
        Stock.Log += OnLog;
        stock.Close();
        stock.Close();
        Stock.Log -= OnLog;
        stock.Close();

        var done = new TaskCompletionSource<int>();
        stock.PriceChanged += async (sender, e) => {
            Console.WriteLine("async handler starts at " + e.Price);
            await Task.Delay(10);
            Console.WriteLine("async handler ends");
            done.SetResult(e.Price);
        };
        stock.Price = 30;
        Console.WriteLine("the setter returned");
        Console.WriteLine("handler finished with " + await done.Task);

        EventHandler plain = (o, e) => Console.WriteLine("EventArgs.Empty: " + (e == EventArgs.Empty));
        plain(null, EventArgs.Empty);
    }
}
