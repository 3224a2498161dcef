using System;
using System.Collections.Generic;
using System.Threading.Tasks;
class P {
  static async Task<short> Five() { await Task.Yield(); return 5; }
  static async Task Main() {
    var d = new Dictionary<string, byte>();
    Console.WriteLine(d.GetType());
    Console.WriteLine(new List<short>().GetType());
    Console.WriteLine(new sbyte[0].GetType() + " " + new ushort[0].GetType());
    byte[] a = { 1, 2, 255 };
    Console.WriteLine(a[2] + a.Length);
    Console.WriteLine(await Five() + await Task.FromResult((byte)7));
    byte b = 3;
    bool c = b > 2;
    Console.WriteLine(c ? b : 1);
    var q = new Queue<byte>();
    q.Enqueue(9);
    Console.WriteLine(q.Peek() + " " + q.Contains(9));
    var hs = new HashSet<short>();
    hs.Add(-3); hs.Add(-3); hs.Add(4);
    Console.WriteLine(hs.Count + " " + hs.Contains(-3) + " " + hs.GetType());
    var dk = new Dictionary<byte, string>();
    dk[200] = "a"; dk[(byte)7] = "b";
    foreach (var kv in dk) Console.Write(kv + " ");
    Console.WriteLine(dk.ContainsKey(200) + " " + dk[7]);
    object ok = (byte)200;
    Console.WriteLine(dk.GetType());
  }
}
