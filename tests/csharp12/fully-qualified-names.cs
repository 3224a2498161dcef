// C# 12: fully qualified names with no using directive at all (System.Threading.Tasks.Task.Delay(1), System.Collections.Generic.List<string>, System.Console, System.Text.StringBuilder, System.Math), global:: qualification in a catch clause and a call, an async Main spelled System.Threading.Tasks.Task
// mcs: compiles and runs (checked with Main renamed by hand: mono-run only rewrites `static async Task Main`)
class Program
{
    static async System.Threading.Tasks.Task<int> CountAsync(System.Collections.Generic.IEnumerable<string> items)
    {
        await System.Threading.Tasks.Task.Delay(1);
        int n = 0;
        foreach (var item in items) n += item.Length;
        return n;
    }

    static async System.Threading.Tasks.Task Main()
    {
        var list = new System.Collections.Generic.List<string> { "alpha", "beta" };
        System.Console.WriteLine(await CountAsync(list));
        System.Text.StringBuilder sb = new System.Text.StringBuilder();
        sb.Append(System.Math.Max(3, 4)).Append(' ').Append(System.DateTime.MinValue.Year);
        System.Console.WriteLine(sb);
        try
        {
            throw new System.InvalidOperationException("qualified");
        }
        catch (global::System.InvalidOperationException e)
        {
            global::System.Console.WriteLine(e.Message);
        }
        await global::System.Threading.Tasks.Task.Yield();
        System.Threading.Tasks.Task<int>[] tasks = { System.Threading.Tasks.Task.FromResult(1), System.Threading.Tasks.Task.Run(() => 2) };
        int[] values = await System.Threading.Tasks.Task.WhenAll(tasks);
        System.Console.WriteLine(values[0] + values[1]);
    }
}
