// A `return` and a `break` inside `lock` leave through its finally (Monitor.Exit) before a local the
// lock assigns later is read after it: every path that reads the local assigned it.
using System;
using System.Collections.Generic;
class Program {
    static List<int> items = new List<int> { 5 };
    static int First() {
        int x;
        lock (items) { if (items.Count == 0) return -1; x = items[0]; }
        return x;
    }
    static void Main() {
        Console.WriteLine(First());
        int total = 0;
        int n = 0;
        while (true) {
            int item;
            lock (items) { if (n++ > 2) break; item = n; }
            total += item;
        }
        Console.WriteLine(total);
    }
}
