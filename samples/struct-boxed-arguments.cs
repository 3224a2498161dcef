// A struct passed where a method takes `object` or an interface arrives as its own box, which
// the method may keep: the boxes a registry keeps stay intact after the calls that made them
// return, while later calls reuse the same stack.
using System;
using System.Collections.Generic;

interface ILabel { string Label(); }

struct Tag : ILabel
{
    public int Id;
    public string Text;
    public Tag(int id, string text) { Id = id; Text = text; }
    public string Label() { return Text + "#" + Id; }
}

class Registry
{
    readonly List<object> items = new List<object>();
    readonly List<ILabel> labels = new List<ILabel>();
    public void Keep(object o) { items.Add(o); }
    public void KeepLabel(ILabel l) { labels.Add(l); }
    public ILabel Last() { return labels[labels.Count - 1]; }
    public string Dump()
    {
        var parts = new List<string>();
        foreach (var o in items) parts.Add(((Tag)o).Label());
        foreach (var l in labels) parts.Add(l.Label());
        return string.Join(" ", parts);
    }
}

class Program
{
    static long Churn(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++) { var t = new Tag(i, "x"); sum += t.Id + t.Text.Length; }
        return sum;
    }

    static void Fill(Registry r, int i)
    {
        var t = new Tag(i, "t");
        r.Keep(t);
        r.KeepLabel(new Tag(i * 10, "l"));
        t.Id = -1;
    }

    static void Main()
    {
        var r = new Registry();
        for (int i = 0; i < 3; i++)
        {
            Fill(r, i);
            Console.WriteLine(Churn(50) + " " + r.Last().Label());
        }
        Console.WriteLine(r.Dump());
    }
}
