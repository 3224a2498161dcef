// CancellationTokenSource.CreateLinkedTokenSource(token1, token2): canceled when either source is (a
// timeout canceling work), at once when one already is, not the other way, not once disposed.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Work(int ms, CancellationToken token)
    {
        try
        {
            await Task.Delay(ms, token);
            return "finished";
        }
        catch (OperationCanceledException e)
        {
            return e.GetType().Name;
        }
    }

    static async Task Main()
    {
        // The user's source and a timeout, linked: whichever cancels first cancels the work.
        var user = new CancellationTokenSource();
        var timeout = new CancellationTokenSource();
        var linked = CancellationTokenSource.CreateLinkedTokenSource(user.Token, timeout.Token);
        Console.WriteLine(linked.IsCancellationRequested + " " + linked.Token.CanBeCanceled);
        var work = Work(5000, linked.Token);
        timeout.CancelAfter(30);
        Console.WriteLine(await work);
        Console.WriteLine("linked " + linked.IsCancellationRequested + ", user " + user.IsCancellationRequested + ", timeout " + timeout.IsCancellationRequested);

        // Canceling the user's source cancels a second linked source synchronously.
        var linked2 = CancellationTokenSource.CreateLinkedTokenSource(user.Token, CancellationToken.None);
        user.Cancel();
        Console.WriteLine("after user.Cancel: " + linked2.IsCancellationRequested);

        // A source linked to an already canceled token starts canceled.
        var linked3 = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, new CancellationTokenSource().Token);
        Console.WriteLine("linked to a canceled token: " + linked3.IsCancellationRequested);

        // Canceling the linked source does not cancel its parents.
        var a = new CancellationTokenSource();
        var b = new CancellationTokenSource();
        var ab = CancellationTokenSource.CreateLinkedTokenSource(a.Token, b.Token);
        ab.Cancel();
        Console.WriteLine(ab.IsCancellationRequested + " " + a.IsCancellationRequested + " " + b.IsCancellationRequested);

        // A disposed linked source no longer follows its parents.
        var c = new CancellationTokenSource();
        var cd = CancellationTokenSource.CreateLinkedTokenSource(c.Token, CancellationToken.None);
        cd.Dispose();
        c.Cancel();
        Console.WriteLine("disposed linked source canceled: " + cd.IsCancellationRequested);

        // Work that finishes before either token fires.
        var quick = CancellationTokenSource.CreateLinkedTokenSource(new CancellationTokenSource().Token, new CancellationTokenSource(5000).Token);
        Console.WriteLine(await Work(10, quick.Token));
    }
}
