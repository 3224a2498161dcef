// C# 12: generic variance: covariant (out) and contravariant (in) interfaces and delegates, IEnumerable<out T>, IComparer<in T>, Func/Action variance conversions, inheritance with virtual properties
// mcs: compiles and runs
using System;
using System.Collections.Generic;

interface IProducer<out T> { T Produce(); }

interface IConsumer<in T> { void Consume(T item); }

delegate TResult Transformer<in TInput, out TResult>(TInput input);

class Animal
{
    public Animal(string name) { Name = name; }
    public string Name { get; }
    public virtual string Sound => "...";
}

class Dog : Animal
{
    public Dog(string name) : base(name) { }
    public override string Sound => "Woof";
}

class Cat : Animal
{
    public Cat(string name) : base(name) { }
    public override string Sound => "Meow";
}

class DogShelter : IProducer<Dog>
{
    private int _count;
    public Dog Produce() => new Dog("Dog" + (++_count));
}

class AnimalLogger : IConsumer<Animal>
{
    public void Consume(Animal item) => Console.WriteLine($"{item.Name} says {item.Sound}");
}

class ByName : IComparer<Animal>
{
    public int Compare(Animal x, Animal y) => string.CompareOrdinal(x.Name, y.Name);
}

class Program
{
    static void Main()
    {
        IProducer<Animal> producer = new DogShelter();
        IConsumer<Cat> catSink = new AnimalLogger();
        catSink.Consume(new Cat("Tom"));
        var logger = new AnimalLogger();
        logger.Consume(producer.Produce());
        logger.Consume(producer.Produce());

        IEnumerable<Animal> animals = new List<Dog> { new Dog("Rex"), new Dog("Ace") };
        var sorted = new List<Animal>(animals);
        sorted.Sort(new ByName());
        foreach (var a in sorted) Console.WriteLine(a.Name);
        IComparer<Dog> dogComparer = new ByName();
        Console.WriteLine(dogComparer.Compare(new Dog("a"), new Dog("b")) < 0);

        Transformer<Animal, string> describe = a => a.Name + "/" + a.Sound;
        Transformer<Dog, object> widened = describe;
        Console.WriteLine(widened(new Dog("Fido")));

        Func<Dog> makeDog = () => new Dog("Lassie");
        Func<Animal> makeAnimal = makeDog;
        Action<Animal> greet = a => Console.WriteLine("Hi " + a.Name);
        Action<Dog> greetDog = greet;
        greetDog((Dog)makeAnimal());
    }
}
