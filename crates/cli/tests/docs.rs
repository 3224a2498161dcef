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

/// The README's tour shows real output: each `text` block that follows a command in backquotes
/// (`unawait explain ...`) is what that command prints, or a part of it cut at `...`.
#[test]
fn the_readme_tour_shows_real_output() {
    let readme = std::fs::read_to_string(common::repo().join("README.md")).expect("README.md");
    let tour = readme
        .split("## A tour")
        .nth(1)
        .and_then(|t| t.split("\n## ").next())
        .expect("the README has a tour");
    let mut checked = 0;
    for (before, block) in tour.split("```text\n").zip(tour.split("```text\n").skip(1)) {
        let Some(command) = before
            .rsplit("`unawait ")
            .next()
            .and_then(|c| c.split('`').next())
        else {
            continue;
        };
        let block = block.split("```").next().unwrap_or_default();
        let args: Vec<String> = command.split_whitespace().map(str::to_string).collect();
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_unawait"));
        cmd.current_dir(common::repo()).args(&args);
        if args.first().is_some_and(|a| a == "run") {
            cmd.arg("--virtual-time");
        }
        let out = cmd.output().expect("unawait runs");
        let printed = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        for part in block.split("    ...\n") {
            for line in part.lines().filter(|l| !l.trim().is_empty()) {
                assert!(
                    printed.contains(line),
                    "`unawait {command}` no longer prints\n{line}\n--- it prints\n{printed}"
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} blocks of the tour checked");
}
