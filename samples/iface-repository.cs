using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Order {
    public int Id { get; }
    public string Name { get; }
    public Order(int id, string name) { Id = id; Name = name; }
    public override string ToString() => $"#{Id} {Name}";
}

class Repository {
    private readonly List<Order> _orders = new List<Order>();
    private readonly Dictionary<int, Order> _byId = new Dictionary<int, Order>();
    public IReadOnlyList<Order> Orders => _orders;
    public IReadOnlyDictionary<int, Order> ById => _byId;

    public async Task AddAsync(Order o) {
        await Task.Yield();
        _orders.Add(o);
        _byId[o.Id] = o;
    }

    public async Task<IEnumerable<Order>> GetAllAsync() {
        await Task.Delay(1);
        return _orders;
    }

    public async Task<IList<string>> NamesAsync() {
        await Task.Yield();
        var names = new string[_orders.Count];
        for (int i = 0; i < names.Length; i++) names[i] = _orders[i].Name;
        return names;
    }
}

class Service {
    public static int Sum(IEnumerable<int> xs) {
        int s = 0;
        foreach (var x in xs) s += x;
        return s;
    }
    public static void AddAll(ICollection<int> into, IEnumerable<int> xs) {
        foreach (var x in xs) into.Add(x);
    }
}

class P {
    static async Task Main() {
        var repo = new Repository();
        await repo.AddAsync(new Order(1, "apple"));
        await repo.AddAsync(new Order(2, "pear"));
        Console.WriteLine(repo.Orders.Count + " " + repo.Orders[1]);
        foreach (var o in await repo.GetAllAsync()) Console.WriteLine(o);
        IList<string> names = await repo.NamesAsync();
        Console.WriteLine(string.Join("|", names));
        Console.WriteLine(repo.ById[2].Name);
        Order found;
        Console.WriteLine(repo.ById.TryGetValue(3, out found) + " " + (found == null));
        Console.WriteLine(Service.Sum(new[] { 1, 2, 3 }) + Service.Sum(new List<int> { 4 }) + Service.Sum(new HashSet<int> { 5, 5 }));
        var target = new List<int>();
        Service.AddAll(target, new Queue<int>(new[] { 7, 8 }));
        Service.AddAll(target, new Stack<int>(new[] { 9, 10 }));
        Console.WriteLine(string.Join(",", target));
        var copy = new List<int>((IEnumerable<int>)target);
        copy.AddRange(repo.ById.Keys);
        Console.WriteLine(string.Join(",", copy));
        IEnumerable<Order> all = await repo.GetAllAsync();
        var list = (List<Order>)all;
        list.Add(new Order(3, "plum"));
        Console.WriteLine(repo.Orders.Count);
        Console.WriteLine(all is IReadOnlyList<Order>);
        Console.WriteLine(all as IDictionary<int, Order> == null);
        IReadOnlyCollection<Order> none = null;
        try { Console.WriteLine(none.Count); } catch (NullReferenceException) { Console.WriteLine("NRE"); }
        Console.WriteLine(none?.Count == null);
        Console.WriteLine(names.GetType().Name);
        var hs = new HashSet<int>(copy);
        Console.WriteLine(hs.Count);
    }
}
