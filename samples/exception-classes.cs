// Exception classes of the program: deriving from Exception and from library exceptions, with
// `: base(message)`, `: base(message, inner)` and `: base()` (the base's default message), own
// fields and properties, classes deriving from them, thrown from async methods and caught by
// their own type, a base type or `Exception`, with `is` and casts on the caught object.
using System;
using System.Threading.Tasks;

namespace Shop
{
    class NotFoundException : Exception
    {
        public int Id { get; }
        public NotFoundException(int id) : base("item " + id + " not found") { Id = id; }
        public NotFoundException(int id, Exception inner) : base("item " + id + " missing", inner) { Id = id; }
    }

    class StaleException : InvalidOperationException
    {
        public int Age;
        public StaleException(int age) { Age = age; }
        public string Describe() { return "stale for " + Age + "s: " + Message; }
    }

    class VeryStaleException : StaleException
    {
        public VeryStaleException() : base(999) { }
    }

    class BareException : Exception { }

    static class Program
    {
        static async Task<int> FindAsync(int id)
        {
            await Task.Delay(10);
            if (id > 3) throw new NotFoundException(id);
            return id * 10;
        }

        static async Task<int> FreshAsync(int age)
        {
            await Task.Delay(10);
            if (age > 100) throw new VeryStaleException();
            if (age > 10) throw new StaleException(age);
            return age;
        }

        static async Task Main()
        {
            try { Console.WriteLine(await FindAsync(2)); Console.WriteLine(await FindAsync(5)); }
            catch (NotFoundException e) { Console.WriteLine(e.Message + " / id " + e.Id); }

            foreach (var age in new[] { 5, 50, 500 })
            {
                try { Console.WriteLine("fresh " + await FreshAsync(age)); }
                catch (VeryStaleException e) { Console.WriteLine("very: " + e.Describe()); }
                catch (InvalidOperationException e)
                {
                    Console.WriteLine((e is StaleException) + " " + ((StaleException)e).Describe());
                }
            }

            try { throw new NotFoundException(7, new TimeoutException("slow")); }
            catch (Exception e)
            {
                Console.WriteLine(e.Message + " <- " + e.InnerException.Message);
                Console.WriteLine(e is NotFoundException);
            }
            Console.WriteLine(new BareException().Message);
            Console.WriteLine(new NotFoundException(1));
            Exception x = new StaleException(3);
            Console.WriteLine(x.ToString());
        }
    }
}
