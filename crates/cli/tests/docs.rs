//! Every diagnostic code the compiler can emit is documented in docs/diagnostics.md.

mod common;

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_code_is_documented() {
    let docs = std::fs::read_to_string(common::repo().join("docs/diagnostics.md"))
        .expect("docs/diagnostics.md exists");
    let mut files = Vec::new();
    for krate in ["syntax", "sema", "explain", "cli"] {
        rust_files(
            &common::repo().join("crates").join(krate).join("src"),
            &mut files,
        );
    }
    let mut missing = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("UTF-8 source");
        for (i, _) in text.match_indices('"') {
            let code = text.get(i + 1..i + 7).unwrap_or("");
            let is_code = (code.starts_with("CS") || code.starts_with("UA"))
                && code[2..].bytes().all(|b| b.is_ascii_digit())
                && text.get(i + 7..i + 8) == Some("\"");
            if is_code && !docs.contains(code) {
                missing.push(format!("{code} ({})", file.display()));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "undocumented codes: {missing:?}");
}
