// C# 12: LINQ over tasks: Select into Task<T>[] with a method group, Task.WhenAll, Task.WhenAny in a loop, async lambdas inside Select, Task.Run per element, Task.FromResult, Zip and OrderByDescending on awaited results
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static async Task<int> FetchScoreAsync(string player)
    {
        await Task.Delay(player.Length * 3);
        return player.Length * 10 + player[0] % 7;
    }

    static async Task Main()
    {
        var players = new List<string> { "ana", "bartholomew", "cy", "dora" };

        Task<int>[] tasks = players.Select(FetchScoreAsync).ToArray();
        int[] scores = await Task.WhenAll(tasks);
        var board = players.Zip(scores, (p, s) => new { Player = p, Score = s })
                           .OrderByDescending(x => x.Score);
        foreach (var entry in board)
            Console.WriteLine($"{entry.Player,-12}{entry.Score,5}");

        var labelled = await Task.WhenAll(players.Select(async p =>
        {
            int s = await FetchScoreAsync(p);
            return p.ToUpperInvariant() + "=" + s;
        }));
        Console.WriteLine(string.Join(", ", labelled));

        var pending = players.Select(p => Task.Run(() => p.Length)).ToList();
        int sum = 0;
        while (pending.Count > 0)
        {
            Task<int> done = await Task.WhenAny(pending);
            pending.Remove(done);
            sum += await done;
        }
        Console.WriteLine($"sum of lengths {sum}");

        var evens = (await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.FromResult(i * i))))
            .Where(v => v % 2 == 0);
        Console.WriteLine(string.Join(" ", evens));
    }
}
