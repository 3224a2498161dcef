using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
class P {
  static readonly object gate = new object();
  static readonly Queue<int> items = new Queue<int>();
  static bool finished;
  static void Main() {
    var consumer = Task.Run(() => {
      int total = 0;
      while (true) {
        int item = 0;
        lock (gate) {
          while (items.Count == 0 && !finished) Monitor.Wait(gate);
          if (items.Count == 0) break;
          item = items.Dequeue();
        }
        total += item;
      }
      return total;
    });
    for (int i = 1; i <= 10; i++) {
      lock (gate) { items.Enqueue(i); Monitor.Pulse(gate); }
      if (i % 3 == 0) Thread.Sleep(1);
    }
    lock (gate) { finished = true; Monitor.PulseAll(gate); }
    Console.WriteLine("total " + consumer.Result);
    try { Monitor.Pulse(gate); } catch (SynchronizationLockException e) { Console.WriteLine(e.GetType().Name); }
    try { Monitor.Wait(gate); } catch (SynchronizationLockException e) { Console.WriteLine(e.GetType().Name); }
  }
}
