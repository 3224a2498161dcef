//! Helpers shared by the end-to-end tests: the repository's data folders and rendering.

#![allow(dead_code)]

pub mod json;

use std::path::{Path, PathBuf};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `.cs` files of a folder of the repository, sorted so runs are reproducible.
pub fn programs(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join(folder))
        .unwrap_or_else(|e| panic!("{folder}/ must exist: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    files.sort();
    files
}

pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn render(name: &str, source: &str, compiled: &unawait::Compiled) -> String {
    unawait_syntax::diagnostic::render(&compiled.diagnostics, name, source, false)
}
