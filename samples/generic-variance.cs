// Variance: `out` and `in` type parameters of the program's interfaces and delegates, and the
// library's (`IEnumerable<out T>`, `Func<out TResult>`, `Action<in T>`). A class implementing
// IProducer<Dog> is an IProducer<Animal> (calls through it run its own methods; `is` agrees),
// and an IConsumer<Animal> is an IConsumer<Dog>.
using System;
using System.Collections.Generic;

class Animal
{
    public Animal(string name) { Name = name; }
    public string Name { get; }
    public virtual string Sound => "...";
}
class Dog : Animal { public Dog(string n) : base(n) { } public override string Sound => "Woof"; }
class Cat : Animal { public Cat(string n) : base(n) { } public override string Sound => "Meow"; }

interface IProducer<out T> { T Produce(); int Made { get; } }
interface IConsumer<in T> { void Consume(T item); }
delegate TResult Transformer<in TInput, out TResult>(TInput input);

class DogShelter : IProducer<Dog>
{
    private int made;
    public Dog Produce() { made++; return new Dog("Dog" + made); }
    public int Made => made;
}

class AnimalLogger : IConsumer<Animal>
{
    public void Consume(Animal a) { Console.WriteLine(a.Name + " says " + a.Sound); }
}

class Program
{
    static void Adopt(IProducer<Animal> source, IConsumer<Dog> sink)
    {
        var a = source.Produce();
        Console.WriteLine("adopted " + a.Name);
        sink.Consume(new Dog("Rex"));
    }

    static void Main()
    {
        var shelter = new DogShelter();
        IProducer<Animal> animals = shelter;
        Console.WriteLine(animals.Produce().Sound);
        IConsumer<Dog> dogs = new AnimalLogger();
        dogs.Consume(new Dog("Fido"));
        Adopt(shelter, new AnimalLogger());
        Console.WriteLine(animals.Made);
        object o = shelter;
        Console.WriteLine((o is IProducer<Animal>) + " " + (o is IProducer<Dog>) + " " + (o is IConsumer<Dog>));

        Transformer<Animal, string> describe = x => x.Name + "/" + x.Sound;
        Transformer<Dog, object> widened = describe;
        Console.WriteLine(widened(new Dog("Lassie")));

        IEnumerable<Animal> pets = new List<Dog> { new Dog("A"), new Dog("B") };
        foreach (var p in pets) Console.Write(p.Name);
        Console.WriteLine();
        Func<Dog> makeDog = () => new Dog("Func");
        Func<Animal> makeAnimal = makeDog;
        Action<Animal> greet = x => Console.WriteLine("hi " + x.Name);
        Action<Cat> greetCat = greet;
        greetCat(new Cat("Tom"));
        Console.WriteLine(makeAnimal().Name);
    }
}
