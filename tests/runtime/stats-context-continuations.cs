// Under a SynchronizationContext each suspension that captures it costs .NET a
// SynchronizationContextAwaitTaskContinuation, and each box that resumes through it one
// MoveNextAction delegate; ConfigureAwait(false) costs neither (unawait's scheduler posts the box
// itself: its own columns show none).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Step(int i)
    {
        await Task.Delay(1);
        await Task.Delay(1);
        return i;
    }

    static async Task<int> StepFree(int i)
    {
        await Task.Delay(1).ConfigureAwait(false);
        await Task.Delay(1).ConfigureAwait(false);
        return i;
    }

    static async Task Main()
    {
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += await Step(i);
        for (int i = 0; i < 10; i++) sum += await StepFree(i);
        Console.WriteLine(sum);
    }
}
