using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
class P {
  static void Main() {
    int sum = 0;
    var r = Parallel.For(0, 100, i => Interlocked.Add(ref sum, i));
    Console.WriteLine("sum " + sum + " completed " + r.IsCompleted);
    var threads = new HashSet<int>();
    object gate = new object();
    long total = 0;
    Parallel.ForEach(new List<int> { 1, 2, 3, 4, 5, 6, 7, 8 }, x => {
      Thread.Sleep(10);
      lock (gate) { threads.Add(Environment.CurrentManagedThreadId); total += x * x; }
    });
    Console.WriteLine("squares " + total + " on several threads " + (threads.Count > 1));
    Parallel.For(5, 5, i => Console.WriteLine("never"));
    try {
      Parallel.For(0, 4, i => { if (i == 2) throw new InvalidOperationException("bad " + i); });
    } catch (AggregateException e) {
      Console.WriteLine(e.InnerExceptions.Count + " " + e.InnerException.Message);
    }
    var words = new[] { "a", "bb", "ccc" };
    int len = 0;
    Parallel.ForEach(words, w => Interlocked.Add(ref len, w.Length));
    Console.WriteLine("len " + len);
  }
}
