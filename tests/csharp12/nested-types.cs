// C# 12: nested types (enum, struct, delegate, interface, private class, public class, static class, generic class) inside a class, a nested type reading the outer type's private fields, Outer.Inner qualified names, an async method taking a nested delegate type
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Parser
{
    public enum TokenKind { Number, Plus, Minus, End }

    public struct Token
    {
        public Token(TokenKind kind, int value) { Kind = kind; Value = value; }
        public TokenKind Kind { get; }
        public int Value { get; }
        public override string ToString() => Kind == TokenKind.Number ? Value.ToString() : Kind.ToString();
    }

    public delegate void TokenHandler(Token token);
    public interface ISink { void Accept(Token token); }
    private readonly string _text;
    private int _pos;
    public Parser(string text) { _text = text; }

    private class Lexer
    {
        private readonly Parser _owner;
        public Lexer(Parser owner) { _owner = owner; }
        public Token Next()
        {
            var p = _owner;
            while (p._pos < p._text.Length && p._text[p._pos] == ' ') p._pos++;
            if (p._pos >= p._text.Length) return new Token(TokenKind.End, 0);
            char c = p._text[p._pos++];
            if (c == '+' || c == '-') return new Token(c == '+' ? TokenKind.Plus : TokenKind.Minus, 0);
            int value = c - '0';
            while (p._pos < p._text.Length && char.IsDigit(p._text[p._pos])) value = value * 10 + (p._text[p._pos++] - '0');
            return new Token(TokenKind.Number, value);
        }
    }

    public class Collector : ISink { public List<Token> Tokens { get; } = new List<Token>(); public void Accept(Token t) => Tokens.Add(t); }

    public static class Evaluator
    {
        public static int Evaluate(IList<Token> tokens)
        {
            int result = 0, sign = 1;
            foreach (var t in tokens)
                if (t.Kind == TokenKind.Number) result += sign * t.Value; else sign = t.Kind == TokenKind.Minus ? -1 : 1;
            return result;
        }
    }

    public class Pair<T> { public T First { get; set; } public T Second { get; set; } }

    public async Task RunAsync(ISink sink, TokenHandler onToken)
    {
        var lexer = new Lexer(this);
        Token token;
        while ((token = lexer.Next()).Kind != TokenKind.End)
        {
            await Task.Yield();
            sink.Accept(token);
            onToken(token);
        }
    }
}

class Program
{
    static async Task Main()
    {
        var collector = new Parser.Collector();
        await new Parser("12 + 30 - 2").RunAsync(collector, t => Console.Write(t + " "));
        Console.WriteLine("= " + Parser.Evaluator.Evaluate(collector.Tokens));
        var pair = new Parser.Pair<Parser.TokenKind> { First = Parser.TokenKind.Plus, Second = Parser.TokenKind.End };
        Console.WriteLine($"{pair.First} {pair.Second}");
    }
}
