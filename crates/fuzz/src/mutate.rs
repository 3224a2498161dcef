//! Mutations of a program's text. Token-level ones work on the lexer's tokens (delete, repeat,
//! swap, insert or replace with a word of C#'s vocabulary, move ranges); tree-level ones on the
//! parser's subtrees (delete, duplicate, swap, splice a subtree of another program in, wrap an
//! expression or a statement in more structure, nest one deeply). Every mutation is a pure
//! function of the input and the random stream, so a seed reproduces a mutant.

use crate::spans::{Kind, Spans};
use unawait_syntax::Span;

/// SplitMix64: small, fast, and the same sequence on every platform and version.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> Option<&'a T> {
        (!xs.is_empty()).then(|| &xs[self.below(xs.len())])
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Words of C# that mutations insert: keywords, contextual keywords, punctuation, literals.
const VOCABULARY: &[&str] = &[
    "class",
    "struct",
    "interface",
    "enum",
    "record",
    "static",
    "async",
    "await",
    "public",
    "private",
    "readonly",
    "const",
    "void",
    "int",
    "long",
    "bool",
    "string",
    "object",
    "var",
    "dynamic",
    "Task",
    "Task<int>",
    "ValueTask",
    "List<int>",
    "new",
    "this",
    "base",
    "null",
    "true",
    "false",
    "default",
    "typeof",
    "sizeof",
    "nameof",
    "is",
    "as",
    "in",
    "out",
    "ref",
    "params",
    "if",
    "else",
    "while",
    "do",
    "for",
    "foreach",
    "switch",
    "case",
    "break",
    "continue",
    "return",
    "throw",
    "try",
    "catch",
    "finally",
    "when",
    "using",
    "lock",
    "goto",
    "yield",
    "checked",
    "unchecked",
    "unsafe",
    "fixed",
    "delegate",
    "event",
    "operator",
    "implicit",
    "explicit",
    "where",
    "from",
    "select",
    "group",
    "by",
    "into",
    "let",
    "orderby",
    "and",
    "or",
    "not",
    "with",
    "global",
    "get",
    "set",
    "init",
    "value",
    "_",
    "x",
    "Main",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ";",
    ",",
    ".",
    ":",
    "::",
    "?",
    "??",
    "?.",
    "=>",
    "=",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "++",
    "--",
    "&&",
    "||",
    "!",
    "&",
    "|",
    "^",
    "~",
    "<<",
    ">>",
    ">>>",
    "+=",
    "-=",
    "??=",
    "..",
    "->",
    "@",
    "#",
    "$\"",
    "\"",
    "'",
    "0",
    "1",
    "-1",
    "2147483647",
    "-2147483648",
    "9223372036854775807",
    "1.5",
    "1e308",
    "\"s\"",
    "'c'",
    "$\"{x}\"",
    "@\"v\"",
    "\"\"\"raw\"\"\"",
    "0x7FFFFFFF",
    "1_000",
    "0b101",
    "Console.WriteLine(1);",
    "await Task.Yield();",
    "(await Task.FromResult(1))",
    "x => x",
    "async () => { await Task.Yield(); }",
    "/* c */",
    "// c\n",
    "\n",
];

/// Tokens that stand in for each other without breaking the grammar, so that mutants still
/// check clean and reach `run`: operators of one precedence class, literals, keywords.
const SIMILAR: &[&[&str]] = &[
    &["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"],
    &["<", "<=", ">", ">=", "==", "!="],
    &["&&", "||"],
    &["++", "--"],
    &["+=", "-=", "*=", "/=", "%="],
    &["0", "1", "-1", "2", "7", "100", "2147483647", "-2147483648"],
    &["true", "false"],
    &["break", "continue"],
    &[
        "Task.Yield()",
        "Task.CompletedTask",
        "Task.Delay(1)",
        "Task.Delay(0)",
    ],
    &["await", "await"],
    &["ConfigureAwait(false)", "ConfigureAwait(true)"],
];

/// Text that repeats without end for nesting mutations.
const NESTERS: &[(&str, &str)] = &[
    ("(", ")"),
    ("{", "}"),
    ("[", "]"),
    ("await ", ""),
    ("- ", ""),
    ("!", ""),
    ("(int)", ""),
    ("new[] { ", " }"),
    ("F(", ")"),
    ("x => ", ""),
    ("a ? b : ", ""),
    ("if (x) ", ""),
    ("{ ", " }"),
    ("try { ", " } finally { }"),
    ("$\"{", "}\""),
    ("List<", ">"),
    ("x is not ", ""),
];

/// Ways to put more structure around an expression (`{}` is the expression).
const EXPR_WRAPS: &[&str] = &[
    "({})",
    "await {}",
    "-{}",
    "!{}",
    "({} + {})",
    "F({})",
    "{}.X",
    "{}[{}]",
    "(int){}",
    "(long){}",
    "new[] {{ {} }}",
    "$\"{{{}}}\"",
    "({} ? {} : {})",
    "{} ?? {}",
    "({}, {})",
    "{} is int",
    "{} as string",
    "(await Task.FromResult({}))",
    "x => {}",
    "{} switch {{ _ => {} }}",
    "checked({})",
    "{}++",
    "{} = {}",
    "{} += await {}",
];

/// Ways to put more structure around a statement.
const STMT_WRAPS: &[&str] = &[
    "{ {} }",
    "if (true) {}",
    "if (x > 0) { {} } else { {} }",
    "while (false) {}",
    "for (int i = 0; i < 2; i++) {}",
    "do {} while (false);",
    "try { {} } catch { throw; }",
    "try { {} } finally { await Task.Yield(); }",
    "try { {} } catch (Exception e) when (e != null) { }",
    "foreach (var v in new[] { 1 }) {}",
    "lock (this) {}",
    "using (var r = R()) {}",
    "switch (x) { case 1: {} break; default: break; }",
    "L: {}",
    "checked { {} }",
    "unsafe { {} }",
];

/// A program and what mutations need of it: its tokens and its subtrees.
pub struct Program {
    pub text: String,
    pub tokens: Vec<Span>,
    pub spans: Spans,
}

impl Program {
    pub fn new(text: String) -> Program {
        let tokens = unawait_syntax::lexer::lex(&text)
            .tokens
            .into_iter()
            .map(|(_, s)| s)
            .filter(|s| !s.is_empty())
            .collect();
        let parsed = unawait_syntax::parse(&text);
        let spans = Spans::of(&parsed.unit);
        Program {
            text,
            tokens,
            spans,
        }
    }

    fn slice(&self, s: Span) -> &str {
        self.text.get(s.range()).unwrap_or("")
    }
}

/// One mutant of `p`: one to three mutations, each token- or tree-level; `donors` supply
/// subtrees to splice in.
pub fn mutant(p: &Program, donors: &[Program], rng: &mut Rng) -> String {
    let mut text = mutate_once(p, donors, rng);
    for _ in 0..rng.below(3) {
        // Later mutations work on the mutant's own tokens and tree.
        let next = Program::new(text);
        text = mutate_once(&next, donors, rng);
    }
    text
}

fn mutate_once(p: &Program, donors: &[Program], rng: &mut Rng) -> String {
    let tree_level = rng.chance(50) && !p.spans.nodes.is_empty();
    let edit = if tree_level {
        tree_mutation(p, donors, rng)
    } else {
        token_mutation(p, rng)
    };
    match edit {
        Some((span, with)) => splice(&p.text, span, &with),
        None => p.text.clone(),
    }
}

fn splice(text: &str, span: Span, with: &str) -> String {
    let (start, end) = (span.start as usize, span.end as usize);
    if start > end
        || end > text.len()
        || !text.is_char_boundary(start)
        || !text.is_char_boundary(end)
    {
        return text.to_string();
    }
    format!("{}{with}{}", &text[..start], &text[end..])
}

fn vocabulary_word(p: &Program, rng: &mut Rng) -> String {
    if rng.chance(30) {
        // A word of the program itself: names get confused with other names.
        if let Some(&t) = rng.pick(&p.tokens) {
            return p.slice(t).to_string();
        }
    }
    rng.pick(VOCABULARY).copied().unwrap_or("x").to_string()
}

/// Replaces a span of text by another: `(span, replacement)`.
type Edit = Option<(Span, String)>;

fn token_mutation(p: &Program, rng: &mut Rng) -> Edit {
    let n = p.tokens.len();
    if n == 0 {
        return Some((Span::new(0, 0), vocabulary_word(p, rng)));
    }
    let i = rng.below(n);
    let t = p.tokens[i];
    let at = |s: Span| Span::new(s.start as usize, s.start as usize);
    Some(match rng.below(11) {
        9 | 10 => {
            // A token replaced by one of its kind: the program likely still checks clean.
            let word = p.slice(t);
            let class = SIMILAR.iter().find(|c| c.contains(&word));
            match class {
                Some(c) => (t, rng.pick(c).copied().unwrap_or(word).to_string()),
                None => {
                    // An identifier for another identifier of the program.
                    let idents: Vec<Span> = p
                        .tokens
                        .iter()
                        .copied()
                        .filter(|s| {
                            p.slice(*s)
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_alphabetic())
                        })
                        .collect();
                    let &other = rng.pick(&idents)?;
                    (t, p.slice(other).to_string())
                }
            }
        }
        0 => (t, String::new()),
        1 => (at(t), format!("{} ", p.slice(t))),
        2 if i + 1 < n => {
            let u = p.tokens[i + 1];
            let between = p.text.get(t.end as usize..u.start as usize).unwrap_or(" ");
            (t.to(u), format!("{}{between}{}", p.slice(u), p.slice(t)))
        }
        3 => (at(t), format!("{} ", vocabulary_word(p, rng))),
        4 => (t, vocabulary_word(p, rng)),
        5 => {
            let j = (i + 1 + rng.below(20)).min(n - 1);
            (t.to(p.tokens[j]), String::new())
        }
        6 => {
            let j = (i + rng.below(20)).min(n - 1);
            let range = t.to(p.tokens[j]);
            let dest = p.tokens[rng.below(n)];
            (at(dest), format!("{} ", p.slice(range)))
        }
        7 => {
            let times = [2, 10, 100, 999, 1001, 3000][rng.below(6)];
            (at(t), format!("{} ", p.slice(t)).repeat(times))
        }
        _ => {
            let (open, close) = rng.pick(NESTERS).copied().unwrap_or(("(", ")"));
            let times = [2, 50, 500, 999, 1001, 2000][rng.below(6)];
            let inner = if rng.chance(50) { p.slice(t) } else { "x" };
            (
                t,
                format!("{}{inner}{}", open.repeat(times), close.repeat(times)),
            )
        }
    })
}

fn tree_mutation(p: &Program, donors: &[Program], rng: &mut Rng) -> Edit {
    let kinds = [Kind::Expr, Kind::Stmt, Kind::Member, Kind::Type];
    let kind = kinds[rng.below(kinds.len())];
    let nodes: Vec<Span> = p.spans.of_kind(kind).collect();
    let &target = rng.pick(&nodes)?;
    let text = p.slice(target).to_string();
    Some(match rng.below(6) {
        0 => (target, String::new()),
        1 => (target, format!("{text}\n{text}")),
        2 => {
            let &other = rng.pick(&nodes)?;
            (target, p.slice(other).to_string())
        }
        3 => {
            // A subtree of the same kind from another program.
            let donor = rng.pick(donors)?;
            let theirs: Vec<Span> = donor.spans.of_kind(kind).collect();
            let &s = rng.pick(&theirs)?;
            (target, donor.slice(s).to_string())
        }
        4 => (target, wrap(kind, &text, rng)),
        _ => {
            let mut nested = text.clone();
            for _ in 0..[2, 20, 200][rng.below(3)] {
                nested = wrap(kind, &nested, rng);
                if nested.len() > 200_000 {
                    break;
                }
            }
            (target, nested)
        }
    })
}

fn wrap(kind: Kind, text: &str, rng: &mut Rng) -> String {
    let shapes = match kind {
        Kind::Expr => EXPR_WRAPS,
        Kind::Stmt => STMT_WRAPS,
        Kind::Member => &[
            "class Inner { {} }",
            "#region r\n{}\n#endregion",
            "[Obsolete] {}",
        ],
        Kind::Type => &["{}[]", "{}?", "List<{}>", "({}, {})", "Task<{}>", "{}*"],
    };
    let shape = rng.pick(shapes).copied().unwrap_or("{}");
    // Only the first hole gets the text in full; further holes repeat it only when short, so
    // a wrap never doubles a large subtree.
    let mut out = String::new();
    let mut parts = shape.split("{}").peekable();
    let mut first = true;
    while let Some(part) = parts.next() {
        out.push_str(&part.replace("{{", "{").replace("}}", "}"));
        if parts.peek().is_some() {
            out.push_str(if first || text.len() < 200 { text } else { "x" });
            first = false;
        }
    }
    out
}
