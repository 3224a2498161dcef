//! tests/lowering: one program per lowering rule, each with the live sets, slot counts and
//! states its header expects (tests/lowering/README.md). Source names are compared exactly
//! (`x@28`, the value of `x` assigned on line 28, compares as `x`); compiler temporaries, named
//! differently here (`<t5>`) and there (`<pending branch>`), are compared by count.

use std::collections::BTreeMap;
use std::path::Path;

#[derive(Default, Debug)]
struct Expect {
    live: BTreeMap<i32, Vec<String>>,
    slots: Option<usize>,
    awaiter_slots: Option<usize>,
    states: Option<usize>,
}

fn parse_header(source: &str) -> Vec<(String, Expect)> {
    let mut groups: Vec<(String, Expect)> = Vec::new();
    for line in source.lines().take_while(|l| l.starts_with("//")) {
        let line = line.trim_start_matches("//").trim();
        if let Some(m) = line.strip_prefix("method:") {
            groups.push((m.trim().to_string(), Expect::default()));
            continue;
        }
        let Some((_, e)) = groups.last_mut() else {
            continue;
        };
        let Some(rest) = line.strip_prefix("expect:") else {
            continue;
        };
        let rest = rest.trim();
        // Commas inside `<...>` (a temporary named after its expression) do not separate.
        let set = |s: &str| -> Vec<String> {
            let inner = s.trim().trim_start_matches('{').trim_end_matches('}');
            let (mut out, mut cur, mut depth) = (Vec::new(), String::new(), 0);
            for c in inner.chars() {
                match c {
                    '<' => depth += 1,
                    '>' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(std::mem::take(&mut cur).trim().to_string());
                        continue;
                    }
                    _ => {}
                }
                cur.push(c);
            }
            out.push(cur.trim().to_string());
            out.retain(|x| !x.is_empty());
            out
        };
        if let Some(r) = rest.strip_prefix("live at state ") {
            if let Some((state, names)) = r.split_once('=') {
                if let Ok(s) = state.trim().parse() {
                    e.live.insert(s, set(names));
                }
            }
        } else if let Some(r) = rest.strip_prefix("slots =") {
            e.slots = r.trim().parse().ok();
        } else if let Some(r) = rest.strip_prefix("awaiter slots =") {
            e.awaiter_slots = r.trim().parse().ok();
        } else if let Some(r) = rest.strip_prefix("states =") {
            e.states = r
                .trim()
                .strip_prefix("0..")
                .and_then(|k| k.parse::<usize>().ok())
                .map(|k| k + 1);
            if r.trim() == "none" {
                e.states = Some(0);
            }
        }
    }
    groups
}

/// Source names without `@line` / `#n`, sorted; temporaries counted.
fn normalize(names: &[String]) -> (Vec<String>, usize) {
    let temps = names.iter().filter(|n| n.starts_with('<')).count();
    let mut src: Vec<String> = names
        .iter()
        .filter(|n| !n.starts_with('<'))
        .map(|n| n.split(['@', '#']).next().unwrap_or(n).to_string())
        .collect();
    src.sort();
    (src, temps)
}

#[test]
fn lowering_corpus_matches_its_headers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/lowering");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/lowering exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus has {} programs", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let file = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let source = std::fs::read_to_string(path).expect("UTF-8");
        let parsed = unawait_syntax::parse(&source);
        let checked = unawait_sema::check(&parsed.unit);
        if parsed
            .diagnostics
            .iter()
            .chain(&checked.diagnostics)
            .any(|d| d.is_error())
        {
            failures.push(format!("{file}: does not check clean"));
            continue;
        }
        let module = unawait_lower::lower(&checked.program);
        for (method, expect) in parse_header(&source) {
            let Some(m) = module.methods.iter().find(|m| m.name == method) else {
                failures.push(format!("{file}: no method {method}"));
                continue;
            };
            let (awaits, slots, awaiter_slots) = match &m.kind {
                unawait_smir::MethodKind::Async(sm) => {
                    let aw = sm
                        .frame
                        .slots
                        .iter()
                        .filter(|s| matches!(s.ty, unawait_smir::MachTy::Awaiter(_)))
                        .count();
                    (sm.awaits.clone(), sm.frame.slots.len() - aw, aw)
                }
                unawait_smir::MethodKind::Sync => (Vec::new(), 0, 0),
            };
            if let Some(n) = expect.states {
                if n != awaits.len() {
                    failures.push(format!(
                        "{file} {method}: {} states, expected {n}",
                        awaits.len()
                    ));
                }
            }
            for (state, want) in &expect.live {
                let Some(site) = awaits.iter().find(|a| a.state == *state) else {
                    failures.push(format!("{file} {method}: no state {state}"));
                    continue;
                };
                let got: Vec<String> = site
                    .live
                    .iter()
                    .map(|v| m.body.value(*v).name.clone())
                    .collect();
                if normalize(&got) != normalize(want) {
                    failures.push(format!(
                        "{file} {method}: state {state} carries {got:?}, expected {want:?}"
                    ));
                }
            }
            if expect.slots.is_some_and(|n| n != slots) {
                failures.push(format!(
                    "{file} {method}: {slots} slots, expected {:?}",
                    expect.slots
                ));
            }
            if expect.awaiter_slots.is_some_and(|n| n != awaiter_slots) {
                failures.push(format!(
                    "{file} {method}: {awaiter_slots} awaiter slots, expected {:?}",
                    expect.awaiter_slots
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
