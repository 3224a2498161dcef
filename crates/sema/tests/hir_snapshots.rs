//! Snapshots of `dump_hir`: the source and the typed tree it becomes.

mod common;

fn snapshot(src: &str) -> String {
    let checked = common::check(src);
    let diags = unawait_syntax::diagnostic::render(&checked.diagnostics, "t.cs", src, false);
    format!(
        "{src}\n---- diagnostics\n{diags}---- hir\n{}",
        unawait_sema::dump_hir(&checked.program)
    )
}

#[test]
fn hir_async_basics() {
    let src = r#"using System;
using System.Threading.Tasks;

static class Program
{
    const int Base = 40 + 2;
    static int calls = 0;

    static async Task<int> ComputeAsync(int x)
    {
        calls++;
        long total = x;
        await Task.Delay(10);
        total += Base;
        int y = await Task.FromResult(x * 2);
        return (int)total + y;
    }

    static async Task Main()
    {
        int r = await ComputeAsync(1).ConfigureAwait(false);
        await Task.Yield();
        Console.WriteLine($"r = {r}, calls = {calls}");
    }
}
"#;
    insta::assert_snapshot!(snapshot(src));
}

#[test]
fn hir_collections_and_control_flow() {
    let src = r#"using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Item(int i) { await Task.Yield(); return i * i; }

    static async Task Main()
    {
        var tasks = new List<Task<int>>();
        for (int i = 0; i < 3; i++)
        {
            tasks.Add(Item(i));
        }
        int[] results = await Task.WhenAll(tasks);
        double sum = 0;
        foreach (var r in results)
        {
            if (r % 2 == 0) continue;
            sum += r;
        }
        string s = "sum: " + sum;
        _ = Task.WhenAny(tasks[0], tasks[1]);
        Console.WriteLine(s + " " + string.Join(",", results) + " " + tasks.Count);
    }
}
"#;
    insta::assert_snapshot!(snapshot(src));
}

#[test]
fn hir_exceptions() {
    let src = r#"using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        var cts = new CancellationTokenSource();
        try
        {
            cts.Cancel();
            cts.Token.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException e) when_placeholder
        {
            Console.WriteLine(e.Message);
        }
        catch (Exception)
        {
            throw;
        }
        finally
        {
            Console.WriteLine("done");
        }
        int n = 0;
        do { n++; } while (n < 3 && !cts.IsCancellationRequested);
        throw new InvalidOperationException("end", new TimeoutException());
    }
}
"#
    .replace(" when_placeholder", "");
    insta::assert_snapshot!(snapshot(&src));
}
