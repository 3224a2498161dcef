using System;
using System.Collections.Generic;
interface IShape { }
class Animal { }
class Dog : Animal, IShape { }
class P {
    static void Main() {
        object animals = new List<Animal> { new Animal() };
        object dogs = new List<Dog> { new Dog() };
        object objs = new List<object> { 1 };
        Console.WriteLine((animals is IList<Dog>) + " " + (animals is IEnumerable<Dog>) + " " + (animals is IReadOnlyList<Animal>) + " " + (animals is IList<Animal>));
        Console.WriteLine((dogs is IList<Animal>) + " " + (dogs is IEnumerable<Animal>) + " " + (dogs is IReadOnlyCollection<IShape>) + " " + (dogs is IEnumerable<object>));
        Console.WriteLine((objs is IList<string>) + " " + (objs is IEnumerable<string>) + " " + (objs is IList<object>));
        object arr = new Dog[1];
        Console.WriteLine((arr is IList<Animal>) + " " + (arr is IList<Dog>) + " " + (arr is IList<string>) + " " + (arr is ICollection<IShape>));
        object strs = new[] { "a" };
        Console.WriteLine((strs is IEnumerable<object>) + " " + (strs is IList<string>) + " " + (strs is IReadOnlyList<Dog>));
        var d = new Dictionary<string, Dog>();
        object od = d;
        Console.WriteLine((od is IDictionary<string, Animal>) + " " + (od is IReadOnlyDictionary<string, Dog>) + " " + (od is IEnumerable<KeyValuePair<string, Dog>>));
        object keys = d.Values;
        Console.WriteLine((keys is ICollection<Dog>) + " " + (keys is IEnumerable<Animal>) + " " + (keys is ICollection<Animal>));
    }
}
