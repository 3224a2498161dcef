// C# 12: async void event handlers with the (object sender, EventArgs e) signature and with EventHandler<T>, try/catch inside async void, an async lambda subscribed to an event, completion signalled with TaskCompletionSource, custom EventArgs
// mcs: compiles and runs
using System;
using System.Threading.Tasks;

class SaveRequestedEventArgs : EventArgs
{
    public SaveRequestedEventArgs(string document) { Document = document; }
    public string Document { get; }
}

class Editor
{
    public event EventHandler Opened;
    public event EventHandler<SaveRequestedEventArgs> SaveRequested;
    public void Open() => Opened?.Invoke(this, EventArgs.Empty);
    public void Save(string doc) => SaveRequested?.Invoke(this, new SaveRequestedEventArgs(doc));
}

class Program
{
    static readonly TaskCompletionSource<string> Saved = new TaskCompletionSource<string>();
    static readonly TaskCompletionSource<bool> Loaded = new TaskCompletionSource<bool>();
    static readonly TaskCompletionSource<bool> Failed = new TaskCompletionSource<bool>();

    static async void OnOpened(object sender, EventArgs e)
    {
        await Task.Delay(5);
        Console.WriteLine($"{sender.GetType().Name} opened, recent files loaded");
        Loaded.SetResult(true);
    }

    static async void OnSaveRequested(object sender, SaveRequestedEventArgs e)
    {
        try
        {
            await Task.Delay(5);
            if (e.Document.Length == 0) throw new InvalidOperationException("nothing to save");
            Saved.TrySetResult($"saved '{e.Document}'");
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"save failed: {ex.Message}");
            Failed.TrySetResult(true);
        }
    }

    static async Task Main()
    {
        var editor = new Editor();
        editor.Opened += OnOpened;
        editor.SaveRequested += OnSaveRequested;
        var lambdaDone = new TaskCompletionSource<bool>();
        editor.Opened += async (sender, e) =>
        {
            await Task.Yield();
            lambdaDone.SetResult(true);
        };
        editor.Open();
        await Task.WhenAll(Loaded.Task, lambdaDone.Task);
        Console.WriteLine("both open handlers finished");
        editor.Save("");
        await Failed.Task;
        editor.Save("notes.txt");
        Console.WriteLine(await Saved.Task);
    }
}
