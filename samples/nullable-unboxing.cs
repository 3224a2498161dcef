using System;
using System.Threading.Tasks;

class Program
{
    static async Task<object> Get(int i)
    {
        await Task.Yield();
        if (i == 0) return 5;
        if (i == 1) return "text";
        if (i == 2) return 7L;
        if (i == 3) return 2.5;
        return null;
    }

    static async Task Main()
    {
        for (int i = 0; i < 5; i++)
        {
            object o = await Get(i);
            int? n = o as int?;
            long? l = o as long?;
            double? d = o as double?;
            Console.WriteLine(i + ": " + (n.HasValue ? n.Value.ToString() : "none") + " " + (l ?? -1) + " " + (d ?? -1.0));
            try
            {
                int? c = (int?)o;
                Console.WriteLine("  cast " + (c == null ? "null" : c.ToString()));
            }
            catch (InvalidCastException) { Console.WriteLine("  cast failed"); }
        }
        object b = true;
        bool? flag = (bool?)b;
        Console.WriteLine(flag == true);
        Console.WriteLine((b as bool?) ?? false);
    }
}
