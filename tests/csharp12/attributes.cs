// C# 12: attributes on the assembly ([assembly: ...]), types, methods, parameters and return values; a custom attribute with AttributeUsage, positional and named arguments; reading attributes with reflection; typeof
// mcs: compiles and runs
using System;
using System.Reflection;
using System.Threading.Tasks;

[assembly: CLSCompliant(false)]
[assembly: Note("attribute corpus program", Priority = 1)]

[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = true)]
sealed class NoteAttribute : Attribute
{
    public NoteAttribute(string text) { Text = text; }
    public string Text { get; }
    public int Priority { get; set; }
}

[Note("service type", Priority = 2)]
[Note("second note")]
class ReportService
{
    [Note("synchronous variant")]
    [Obsolete("Use BuildAsync instead")]
    public string Build(string title) => "[" + title + "]";

    [Note("async variant")]
    [return: Note("never null")]
    public async Task<string> BuildAsync([Note("the title")] string title, [Note("copies")] int copies = 1)
    {
        await Task.Delay(1);
        return copies == 1 ? title : title + " x" + copies;
    }
}

class Program
{
    static string Describe(MemberInfo member)
    {
        var notes = (NoteAttribute[])member.GetCustomAttributes(typeof(NoteAttribute), false);
        return member.Name + ": " + notes.Length + " note(s)";
    }

    static async Task Main()
    {
        Type type = typeof(ReportService);
        Console.WriteLine(Describe(type));
        var assemblyNote = (NoteAttribute)Attribute.GetCustomAttribute(type.Assembly, typeof(NoteAttribute));
        Console.WriteLine($"assembly: {assemblyNote.Text} (priority {assemblyNote.Priority})");

        MethodInfo build = type.GetMethod("BuildAsync");
        Console.WriteLine(Describe(build));
        foreach (ParameterInfo p in build.GetParameters())
        {
            var note = (NoteAttribute)Attribute.GetCustomAttribute(p, typeof(NoteAttribute));
            Console.WriteLine($"  {p.Name}: {note.Text}");
        }
        var ret = (NoteAttribute)Attribute.GetCustomAttribute(build.ReturnParameter, typeof(NoteAttribute));
        Console.WriteLine($"  returns: {ret.Text}");
        Console.WriteLine("Build is obsolete: " + type.GetMethod("Build").IsDefined(typeof(ObsoleteAttribute), false));
        Console.WriteLine(await new ReportService().BuildAsync("Q3", copies: 2));
    }
}
