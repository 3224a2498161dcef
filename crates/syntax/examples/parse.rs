//! `cargo run -p unawait-syntax --example parse FILE`: prints the tree and diagnostics.
fn main() {
    let path = std::env::args().nth(1).expect("usage: parse FILE");
    let source = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let parsed = unawait_syntax::parse(&source);
    println!("{:#?}", parsed.unit);
    eprint!("{}", unawait_syntax::diagnostic::render(&parsed.diagnostics, &path, &source, false));
}
