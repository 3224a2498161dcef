// A class or struct that declares `Equals(T)` (for IEquatable<T>) without overriding
// Equals(object) still has object's members: a call whose argument only fits `object`'s
// overload binds to it (reference equality for a class, field-wise for a struct), while an
// applicable member of the type itself wins (more derived members hide the base's). The same
// for `ToString`, `GetHashCode` and `GetType` overloaded by the program, by simple name too.
using System;

class Person : IEquatable<Person>
{
    public string Name;
    public Person(string n) { Name = n; }
    public bool Equals(Person other) { return other != null && Name == other.Name; }
    public string ToString(int width) { return Name.PadLeft(width); }
    public int GetHashCode(int seed) { return seed + Name.Length; }
    public string GetType(string prefix) { return prefix + Name; }
    public bool Same(object o) { return Equals(o); }
    public bool SameName(Person o) { return Equals(o); }
}

class Student : Person
{
    public Student(string n) : base(n) { }
}

struct Pt : IEquatable<Pt>
{
    public int X;
    public bool Equals(Pt o) { return X == o.X; }
}

class Program
{
    static void Main()
    {
        Person p = new Person("ann");
        object q = new Person("ann");
        Console.WriteLine(p.Equals(q) + " " + p.Equals(p) + " " + p.Equals(null) + " " + p.Equals(new Person("ann")));
        Console.WriteLine(p.Same(q) + " " + p.Same(p) + " " + p.SameName(new Person("ann")));
        Console.WriteLine("[" + p.ToString(5) + "] " + p.ToString());
        Console.WriteLine(p.GetHashCode(10) + " " + (p.GetHashCode() == p.GetHashCode()) + " " + p.GetType("is ") + " " + p.GetType().Name);
        Student s = new Student("bo");
        Console.WriteLine(s.Equals((object)s) + " " + s.Equals(new Student("bo")) + " " + s.Equals((object)new Student("bo")));
        Pt a = new Pt(); a.X = 3;
        Pt b = new Pt(); b.X = 3;
        object ob = b;
        Console.WriteLine(a.Equals(b) + " " + a.Equals(ob) + " " + a.Equals("x"));
    }
}
