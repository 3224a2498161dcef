// IComparable<T> of the type itself: List<T>.Sort() orders a class's and a struct's values by
// their CompareTo(T), with .NET's introsort (so equal elements end where .NET puts them), a
// null first, a derived class ordered by its base's CompareTo; an exception from CompareTo
// becomes InvalidOperationException with it inside. BinarySearch compares the same way.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Job : IComparable<Job>
{
    public string Name;
    public int Priority;
    public Job(string name, int priority) { Name = name; Priority = priority; }
    public int CompareTo(Job other)
    {
        if (other == null) return 1;
        return Priority.CompareTo(other.Priority);
    }
    public override string ToString() { return Name + ":" + Priority; }
}

class UrgentJob : Job
{
    public UrgentJob(string name) : base(name, 0) { }
}

struct Version : IComparable<Version>
{
    public int Major;
    public int Minor;
    public Version(int major, int minor) { Major = major; Minor = minor; }
    public int CompareTo(Version other)
    {
        return Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
    }
    public override string ToString() { return Major + "." + Minor; }
}

class Broken : IComparable<Broken>
{
    public int CompareTo(Broken other) { throw new FormatException("no order defined"); }
}

class Program
{
    static async Task<List<Job>> LoadAsync()
    {
        await Task.Yield();
        var jobs = new List<Job>();
        for (int i = 0; i < 24; i++) jobs.Add(new Job("j" + i, (i * 7) % 4));
        return jobs;
    }

    static async Task Main()
    {
        var queue = new List<Job> { new Job("a", 3), new Job("b", 1), new UrgentJob("u"), null, new Job("c", 3), new Job("d", 2) };
        queue.Sort();
        Console.WriteLine(string.Join(", ", queue));

        var loaded = await LoadAsync();
        loaded.Sort();
        Console.WriteLine(string.Join(" ", loaded));

        var versions = new List<Version> { new Version(1, 10), new Version(1, 2), new Version(0, 9), new Version(1, 2) };
        versions.Sort();
        Console.WriteLine(string.Join(" ", versions));
        // BinarySearch on the sorted list: the index, or the complement of where it would go.
        Console.WriteLine(versions.BinarySearch(new Version(1, 10)) + " " + versions.BinarySearch(new Version(1, 5))
            + " " + loaded.BinarySearch(new Job("probe", 2)) + " " + queue.BinarySearch(null));

        try
        {
            new List<Broken> { new Broken(), new Broken() }.Sort();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + " / " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
        Console.WriteLine(new Job("x", 1).CompareTo(new Job("y", 2)) + " " + new Version(2, 0).CompareTo(new Version(1, 9)));
    }
}
