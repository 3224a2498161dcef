//! `cargo run -p unawait-sema --example dump -- file.cs`: diagnostics and the HIR of a file.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump FILE.cs");
        return;
    };
    let Ok(src) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let parsed = unawait_syntax::parse(&src);
    let checked = unawait_sema::check(&parsed.unit);
    let mut diags = parsed.diagnostics;
    diags.extend(checked.diagnostics);
    print!(
        "{}",
        unawait_syntax::diagnostic::render(&diags, &path, &src, false)
    );
    print!("{}", unawait_sema::dump_hir(&checked.program));
}
