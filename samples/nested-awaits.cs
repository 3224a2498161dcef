// Tutorial Pattern 2: a nested await chain collapsed into one await per line; static methods stand in for HttpClient.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Http
{
    static List<string> urls = new List<string>();
    static string[] bodies = new[] { "[\"ada\",\"grace\"]", "{\"ok\":true}" };

    // Stands in for client.GetAsync(url): the "response" is a handle (an index).
    public static async Task<int> GetAsync(string url)
    {
        Console.WriteLine("GET " + url);
        await Task.Delay(10);
        urls.Add(url);
        return urls.Count - 1;
    }

    // Stands in for response.Content.ReadAsStringAsync().
    public static async Task<string> ReadAsStringAsync(int response)
    {
        Console.WriteLine("read body of response " + response);
        await Task.Yield();
        return bodies[response % bodies.Length];
    }

    public static async Task<int> LengthAsync(string body)
    {
        await Task.Delay(5);
        return body.Length;
    }
}

static class Program
{
    static async Task<string> Nested(string url)
    {
        return await Http.ReadAsStringAsync(await Http.GetAsync(url));
    }

    static async Task<string> Collapsed(string url)
    {
        int response = await Http.GetAsync(url);
        string result = await Http.ReadAsStringAsync(response);
        return result;
    }

    static async Task Main()
    {
        string first = await Nested("/users");
        Console.WriteLine("nested:    " + first);
        string second = await Collapsed("/status");
        Console.WriteLine("collapsed: " + second);

        // Three levels deep, both ways: the order of the side effects is the same.
        int deep = await Http.LengthAsync(await Http.ReadAsStringAsync(await Http.GetAsync("/deep")));
        int response = await Http.GetAsync("/flat");
        string body = await Http.ReadAsStringAsync(response);
        int flat = await Http.LengthAsync(body);
        Console.WriteLine("body lengths: deep " + deep + ", flat " + flat);
    }
}
