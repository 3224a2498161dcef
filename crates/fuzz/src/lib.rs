//! Front-end fuzzing (issue 13): mutants of real and generated programs, at the level of
//! tokens and of the syntax tree, must never make `check`, `dump`, `explain` or `run` panic,
//! hang or die by a signal, and must end only with the documented exit codes.
//!
//! `fuzz-front` (src/main.rs) runs a batch; tests/ci_batch.rs runs a small one in `cargo test`.

pub mod check;
pub mod mutate;
pub mod spans;

use std::path::{Path, PathBuf};

/// Every `.cs` file under `dirs`, sorted, read as text.
pub fn corpus(dirs: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for d in dirs {
        collect(d, &mut files);
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(&p).ok().map(|t| (p, t)))
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "cs") {
            out.push(path);
        }
    }
}

/// The repository's root (for the default corpus and binary).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
