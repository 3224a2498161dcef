using System;
using System.Text;

// char.IsPunctuation, IsSymbol, IsSeparator, IsNumber (Unicode's general categories P*, S*, Z* and
// N*), IsControl and the surrogate tests over ASCII and characters beyond it, beside
// IsLetter/IsDigit/IsWhiteSpace.
class Program
{
    static string Classes(char c)
    {
        var sb = new StringBuilder();
        if (char.IsPunctuation(c)) sb.Append('P');
        if (char.IsSymbol(c)) sb.Append('S');
        if (char.IsSeparator(c)) sb.Append('Z');
        if (char.IsLetter(c)) sb.Append('L');
        if (char.IsDigit(c)) sb.Append('D');
        if (char.IsWhiteSpace(c)) sb.Append('W');
        if (char.IsNumber(c)) sb.Append('N');
        if (char.IsControl(c)) sb.Append('C');
        if (char.IsSurrogate(c)) sb.Append(char.IsHighSurrogate(c) ? 'H' : char.IsLowSurrogate(c) ? 'O' : '?');
        return sb.Length == 0 ? "-" : sb.ToString();
    }

    static void Main()
    {
        for (int row = 32; row < 128; row += 16)
        {
            var line = new StringBuilder();
            for (int c = row; c < row + 16; c++)
            {
                char ch = (char)c;
                line.Append(c == 127 ? "DEL" : ch.ToString()).Append('=').Append(Classes(ch)).Append(' ');
            }
            Console.WriteLine(line.ToString().TrimEnd());
        }
        char[] others = { '\t', '\n', '\u00A0', '\u00A1', '\u00A7', '\u00A9', '\u00AB', '\u00B0', '\u00B1', '\u00BF', '\u00D7', '\u00E9', '\u2014', '\u2018', '\u2022', '\u2028', '\u2029', '\u20AC', '\u2190', '\u221E', '\u3000', '\u3001', '\u0085', '\u00B2', '\u00BD', '\u0660', '\u2160', (char)0xD83D, (char)0xDE00 };
        foreach (char c in others)
        {
            Console.WriteLine(((int)c).ToString("X4") + " " + Classes(c));
        }
        int punctuation = 0, symbols = 0, separators = 0, numbers = 0, controls = 0;
        for (int c = 0; c < 256; c++)
        {
            if (char.IsPunctuation((char)c)) punctuation++;
            if (char.IsSymbol((char)c)) symbols++;
            if (char.IsSeparator((char)c)) separators++;
            if (char.IsNumber((char)c)) numbers++;
            if (char.IsControl((char)c)) controls++;
        }
        Console.WriteLine($"Latin-1: {punctuation} punctuation, {symbols} symbols, {separators} separators, {numbers} numbers, {controls} controls");
    }
}
