//! Each malformed program draws the diagnostics its `// expect:` line names, located, and the
//! rendered report is a reviewed snapshot (source and output together).

mod common;

use unawait::{front_end, Dump};

fn expected_codes(source: &str) -> Vec<String> {
    source
        .lines()
        .next()
        .and_then(|l| l.trim().strip_prefix("// expect:"))
        .map(|codes| codes.split(',').map(|c| c.trim().to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn malformed_programs_get_their_diagnostics() {
    let files = common::programs("tests/malformed");
    assert!(
        files.len() >= 30,
        "at least 30 malformed programs, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for path in &files {
        let stem = common::stem(path);
        let name = format!("tests/malformed/{stem}.cs");
        let source = std::fs::read_to_string(path).expect("malformed programs are UTF-8");
        let compiled = front_end(&source, Dump::None, 100);
        let rendered = common::render(&name, &source, &compiled);
        let expected = expected_codes(&source);
        assert!(!expected.is_empty(), "{name} has no `// expect:` line");
        for code in &expected {
            let want = expected.iter().filter(|c| *c == code).count();
            let got = compiled
                .diagnostics
                .iter()
                .filter(|d| d.code == code)
                .count();
            if got < want {
                failures.push(format!(
                    "{name}: expected {code} x{want}, got x{got}\n{rendered}"
                ));
            }
        }
        assert!(
            compiled.diagnostics.iter().all(|d| d.code != "UA0000"),
            "{name}: internal compiler error\n{rendered}"
        );
        insta::with_settings!({
            snapshot_path => "../../../tests/snapshots",
            prepend_module_to_snapshot => false,
            description => source.clone(),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(stem.clone(), rendered);
        });
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
