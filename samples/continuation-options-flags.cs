using System;
using System.Collections.Generic;
using System.Threading.Tasks;
class P {
  static async Task Main() {
    var tcs = new TaskCompletionSource<int>();
    var opts = TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously;
    var c = tcs.Task.ContinueWith(t => Console.WriteLine("faulted: " + t.Exception.InnerException.Message), opts);
    Console.WriteLine((opts & TaskContinuationOptions.ExecuteSynchronously) == TaskContinuationOptions.ExecuteSynchronously);
    tcs.SetException(new Exception("x"));
    Console.WriteLine("after SetException: " + c.Status);
    try { _ = tcs.Task.ContinueWith(t => {}, TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.NotOnCanceled); }
    catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
    var t2 = Task.Factory.StartNew(() => 1, TaskCreationOptions.DenyChildAttach | TaskCreationOptions.PreferFairness);
    Console.WriteLine(await t2);
    Console.WriteLine(TaskCreationOptions.DenyChildAttach | TaskCreationOptions.PreferFairness);

    var o = TaskContinuationOptions.OnlyOnFaulted;
    Console.WriteLine(o);
    object b = o;
    Console.WriteLine(b + " " + (int)o + " " + b.GetType());
    Console.WriteLine(opts);
    Console.WriteLine(TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.LazyCancellation);
    Console.WriteLine($"{TaskContinuationOptions.None} {o:D}");
    var l = new List<TaskContinuationOptions> { o, TaskContinuationOptions.NotOnCanceled };
    Console.WriteLine(string.Join(", ", l) + " " + (o == TaskContinuationOptions.OnlyOnFaulted));
  }
}
