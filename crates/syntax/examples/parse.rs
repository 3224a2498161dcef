//! `cargo run -p unawait-syntax --example parse FILE [--time]`: prints the tree and diagnostics,
//! or with `--time` only how long lexing and parsing took.
fn main() {
    let path = std::env::args().nth(1).expect("usage: parse FILE [--time]");
    let time = std::env::args().any(|a| a == "--time");
    let source = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let start = std::time::Instant::now();
    let lexed = unawait_syntax::lexer::lex(&source);
    let lex_time = start.elapsed();
    drop(lexed);
    let start = std::time::Instant::now();
    let parsed = unawait_syntax::parse(&source);
    let parse_time = start.elapsed();
    if time {
        println!(
            "lex {:?}, lex+parse {:?}, {} diagnostics",
            lex_time,
            parse_time,
            parsed.diagnostics.len()
        );
        return;
    }
    println!("{:#?}", parsed.unit);
    eprint!(
        "{}",
        unawait_syntax::diagnostic::render(&parsed.diagnostics, &path, &source, false)
    );
}
