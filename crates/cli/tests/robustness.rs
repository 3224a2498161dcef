//! No input may crash the front end: generated extremes and random soup must end in diagnostics
//! or success, never in a panic (reported as the internal error UA0000) or a stack overflow.

mod common;

use unawait::{front_end, front_end_linted, Compiled, Dump};

fn run(source: &str) -> Compiled {
    // Lowering runs too whenever the input checks clean: it must not panic either.
    let lowered = Dump::Lowered {
        format: unawait::LoweredFormat::Text,
        method: None,
        model: unawait::Model::Unawait,
    };
    let compiled = front_end(source, lowered, 100);
    // Rendering is part of not crashing: every diagnostic must be printable.
    let _ = common::render("fuzz.cs", source, &compiled);
    if !compiled.has_errors() {
        verify_lowering(source);
        // The lints and `explain`'s report must not panic either.
        let explained = front_end_linted(
            source,
            // .NET's model: the lowering without calls awaited directly must not panic either.
            Dump::Explain {
                format: unawait_explain::Format::Json,
                method: None,
                model: unawait::Model::DotNet,
            },
            100,
            true,
        );
        assert!(
            explained.diagnostics.iter().all(|d| d.code != "UA0000"),
            "explain failed on input starting {:?}",
            &source.chars().take(200).collect::<String>()
        );
    }
    assert!(
        compiled.diagnostics.iter().all(|d| d.code != "UA0000"),
        "internal compiler error on input starting {:?}",
        &source.chars().take(200).collect::<String>()
    );
    compiled
}

/// A program that checks clean lowers to SMIR that passes the verifier, method by method, and
/// the JIT compiles it (Cranelift's own verifier checks the IR it is given).
/// Runs on a large stack, as the driver does: deep programs recurse deeply in every phase.
fn verify_lowering(source: &str) {
    let errors = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(1 << 30)
            .spawn_scoped(s, || {
                let parsed = unawait_syntax::parse(source);
                let checked = unawait_sema::check(&parsed.unit);
                let module = unawait_lower::lower(&checked.program);
                let mut errors: Vec<String> = module
                    .methods
                    .iter()
                    .flat_map(unawait_smir::verify::method)
                    .map(|e| format!("{e:?}"))
                    .collect();
                if errors.is_empty() {
                    if let Err(e) = unawait_jit::compile(&module, source) {
                        errors.push(format!("the JIT failed: {e}"));
                    }
                }
                errors
            })
            .expect("thread starts")
            .join()
            .expect("lowering does not panic")
    });
    assert!(
        errors.is_empty(),
        "{errors:?} in the lowering of {:?}",
        &source.chars().take(400).collect::<String>()
    );
}

fn codes(c: &Compiled) -> Vec<&'static str> {
    c.diagnostics.iter().map(|d| d.code).collect()
}

fn wrap_main(body: &str) -> String {
    format!("using System;\nclass P {{\n    static void Main() {{\n{body}\n    }}\n}}\n")
}

/// How many random cases each fuzz test runs: a few hundred in CI, more on demand with
/// `UNAWAIT_FUZZ_ITERATIONS=20000 cargo test --release -p unawait --test robustness`.
fn iterations(default: usize) -> usize {
    std::env::var("UNAWAIT_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn empty_file_reports_missing_main() {
    let c = run("");
    assert_eq!(codes(&c), ["CS5001"]);
}

#[test]
fn binary_garbage_is_reported_not_crashed_on() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let bytes: Vec<u8> = (0..4096).map(|_| rng.next() as u8).collect();
    let c = run(&String::from_utf8_lossy(&bytes));
    assert!(c.has_errors());
    // The error count is capped so a binary file does not print thousands of lines.
    assert!(c.diagnostics.len() <= 101);
}

#[test]
fn deep_nesting_is_an_error_not_an_overflow() {
    for (open, close) in [("(", ")"), ("{", "}"), ("[", "]")] {
        let inner = format!("{}1{}", open.repeat(5000), close.repeat(5000));
        let c = run(&wrap_main(&format!("int x = {inner};")));
        assert!(codes(&c).contains(&"CS8078"), "{open}: {:?}", codes(&c));
    }
    let c = run(&wrap_main(&format!("int x = {}1;", "-".repeat(5000))));
    assert!(codes(&c).contains(&"CS8078"));
}

#[test]
fn long_else_if_chains_and_nested_ifs_work() {
    let mut body = String::from("int x = 3;\nif (x == 0) { }\n");
    for i in 1..2000 {
        body.push_str(&format!(
            "else if (x == {i}) {{ Console.WriteLine({i}); }}\n"
        ));
    }
    body.push_str(&"if (x > 0) ".repeat(2000));
    body.push_str("Console.WriteLine(x);");
    let c = run(&wrap_main(&body));
    assert!(!c.has_errors(), "{:?}", codes(&c));
}

#[test]
fn sixty_thousand_statements_check_clean() {
    let mut body = String::from("int total = 0;\n");
    for i in 0..60_000 {
        body.push_str(&format!("total = total + {};\n", i % 97));
    }
    body.push_str("Console.WriteLine(total);");
    let c = run(&wrap_main(&body));
    assert!(!c.has_errors(), "{:?}", codes(&c));
}

const SOUP: &[&str] = &[
    "class",
    "static",
    "async",
    "await",
    "Task",
    "void",
    "int",
    "string",
    "var",
    "Main",
    "x",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ";",
    ",",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "/",
    "%",
    "<",
    ">",
    ">=",
    "&&",
    "||",
    "!",
    "?",
    ":",
    "=>",
    "if",
    "else",
    "while",
    "for",
    "foreach",
    "in",
    "return",
    "try",
    "catch",
    "finally",
    "throw",
    "new",
    "1",
    "2.5",
    "\"s\"",
    "$\"a{",
    "}\"",
    "'c'",
    "null",
    "true",
    "using",
    "namespace",
    "System",
    "List",
    "<int>",
    "++",
    "--",
    "+=",
    "break",
    "@",
    "#",
    "\\",
    "\"",
    "/*",
    "*/",
    "//",
    "\n",
    "$\"",
    "0x",
    "1L",
    "99999999999999999999",
];

#[test]
fn random_token_soup_never_crashes() {
    let mut rng = Rng(12345);
    for _ in 0..iterations(300) {
        let len = rng.below(60);
        let text: Vec<&str> = (0..len).map(|_| SOUP[rng.below(SOUP.len())]).collect();
        run(&text.join(" "));
    }
}

#[test]
fn random_mutations_of_samples_never_crash() {
    let mut rng = Rng(777);
    let samples: Vec<String> = common::programs("samples")
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 sample"))
        .collect();
    for _ in 0..iterations(200) {
        let source = &samples[rng.below(samples.len())];
        let mut words: Vec<&str> = source
            .split_inclusive(|c: char| !c.is_alphanumeric())
            .collect();
        for _ in 0..1 + rng.below(4) {
            let i = rng.below(words.len());
            match rng.below(3) {
                0 => {
                    words.remove(i);
                }
                1 => words.insert(i, SOUP[rng.below(SOUP.len())]),
                _ => {
                    let j = rng.below(words.len());
                    words.swap(i, j);
                }
            }
        }
        run(&words.concat());
    }
}

const CHARS: &[char] = &[
    '"', '\'', '{', '}', '$', '@', '\\', '\n', '\r', '(', ')', '<', '>', ':', ';', '/', '*', '0',
    'e', 'x', '.', '#', '`', 'é', '€', '\u{2028}', '\u{FEFF}', '\u{0}', '😀', ' ',
];

#[test]
fn random_character_edits_never_crash() {
    let mut rng = Rng(4242);
    let samples: Vec<Vec<char>> = common::programs("samples")
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .expect("UTF-8 sample")
                .chars()
                .collect()
        })
        .collect();
    for _ in 0..iterations(200) {
        let mut text = samples[rng.below(samples.len())].clone();
        for _ in 0..1 + rng.below(6) {
            let i = rng.below(text.len());
            match rng.below(3) {
                0 => {
                    text.remove(i);
                }
                1 => text.insert(i, CHARS[rng.below(CHARS.len())]),
                _ => {
                    // Cut the file short: unterminated everything.
                    text.truncate(i);
                }
            }
            if text.is_empty() {
                break;
            }
        }
        run(&text.into_iter().collect::<String>());
    }
}
