//! `cargo run -p unawait-syntax --example parse -- FILE... [--time]`: the syntax tree of each
//! file and its syntax diagnostics, or with `--time` how long lexing and parsing took; both
//! print the parser's work (tokens consumed plus tokens examined by lookahead).

fn main() {
    let time = std::env::args().any(|a| a == "--time");
    for path in std::env::args().skip(1).filter(|a| a != "--time") {
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let start = std::time::Instant::now();
        drop(unawait_syntax::lexer::lex(&source));
        let lex_time = start.elapsed();
        let start = std::time::Instant::now();
        let (parsed, work) = unawait_syntax::parse_counting(&source);
        let parse_time = start.elapsed();
        if time {
            println!(
                "{path}: lex {lex_time:?}, lex+parse {parse_time:?}, {} diagnostics",
                parsed.diagnostics.len()
            );
        } else {
            print!("{}", unawait_syntax::ast_dump::dump(&parsed.unit));
            eprint!(
                "{}",
                unawait_syntax::diagnostic::render(&parsed.diagnostics, &path, &source, false)
            );
        }
        eprintln!("{path}: {} bytes, work {work}", source.len());
    }
}
