// C# 12: a service behind an interface (async interface members returning Task<T> and Task<IReadOnlyList<T>>), constructor injection, a fake implementation and a logging decorator, a throw expression guard, Task.FromResult with an explicit type argument, LINQ Zip/OrderByDescending over awaited results
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public interface IWeatherService
{
    Task<double> GetTemperatureAsync(string city);
    Task<IReadOnlyList<string>> GetCitiesAsync();
}

public sealed class FakeWeatherService : IWeatherService
{
    private readonly Dictionary<string, double> _data = new Dictionary<string, double> { ["Oslo"] = -3.5, ["Lisbon"] = 17.25, ["Cairo"] = 28 };
    public int Calls { get; private set; }

    public async Task<double> GetTemperatureAsync(string city)
    {
        Calls++;
        await Task.Delay(2);
        double t;
        if (!_data.TryGetValue(city, out t)) throw new KeyNotFoundException(city);
        return t;
    }

    public Task<IReadOnlyList<string>> GetCitiesAsync() => Task.FromResult<IReadOnlyList<string>>(_data.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList());
}

public sealed class LoggingWeatherService : IWeatherService
{
    private readonly IWeatherService _inner;

    public LoggingWeatherService(IWeatherService inner) { _inner = inner ?? throw new ArgumentNullException(nameof(inner)); }

    public async Task<double> GetTemperatureAsync(string city)
    {
        Console.WriteLine($"-> temperature of {city}");
        double result = await _inner.GetTemperatureAsync(city);
        Console.WriteLine($"<- {result}");
        return result;
    }

    public Task<IReadOnlyList<string>> GetCitiesAsync() => _inner.GetCitiesAsync();
}

public class ForecastReport
{
    private readonly IWeatherService _weather;
    public ForecastReport(IWeatherService weather) { _weather = weather; }

    public async Task<string> BuildAsync()
    {
        var cities = await _weather.GetCitiesAsync();
        var temps = new List<double>();
        foreach (var city in cities)
            temps.Add(await _weather.GetTemperatureAsync(city));
        var warmest = cities.Zip(temps, (c, t) => new { City = c, Temp = t }).OrderByDescending(x => x.Temp).First();
        return $"{cities.Count} cities, warmest {warmest.City} at {warmest.Temp:F1}";
    }
}

public static class Program
{
    public static async Task Main()
    {
        var fake = new FakeWeatherService();
        IWeatherService service = new LoggingWeatherService(fake);
        var report = new ForecastReport(service);
        Console.WriteLine(await report.BuildAsync());
        Console.WriteLine($"calls reaching the fake: {fake.Calls}");
        try { await service.GetTemperatureAsync("Atlantis"); }
        catch (KeyNotFoundException e) { Console.WriteLine($"unknown city {e.Message}"); }
        try { new LoggingWeatherService(null); }
        catch (ArgumentNullException e) { Console.WriteLine($"missing {e.ParamName}"); }
    }
}
