// Async void event-style handlers `(object sender, EventArgs e)`: the caller gets control back
// at the handler's first await and cannot wait for it (the tutorial's section 9); GetType().Name
// and FullName of the sender, of an exception and of boxed values.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Ui
{
    class SaveButton
    {
        public int Clicks;

        public async void OnClick(object sender, EventArgs e)
        {
            Clicks++;
            Console.WriteLine("  click " + Clicks + " from " + sender.GetType().Name + ", empty args: " + (e == EventArgs.Empty));
            await Task.Delay(20 * Clicks);
            Console.WriteLine("  click " + Clicks + " saved");
        }
    }

    class Form { }

    static class Program
    {
        static async Task Main()
        {
            var button = new SaveButton();
            button.OnClick(new Form(), EventArgs.Empty);
            Console.WriteLine("back in Main after the first click");
            button.OnClick(button, new EventArgs());
            Console.WriteLine("back in Main after the second click");
            await Task.Delay(100);
            Console.WriteLine("clicks: " + button.Clicks);
            Console.WriteLine(button.GetType().FullName + " / " + button.GetType());
            try
            {
                throw new TimeoutException("slow");
            }
            catch (Exception e)
            {
                Console.WriteLine(e.GetType().Name + ": " + e.Message);
            }
            object[] values = { 5, 5L, 2.5, true, "s" };
            foreach (var v in values) Console.WriteLine(v.GetType().Name + " " + v.GetType().FullName);
        }
    }
}
