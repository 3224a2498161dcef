//! The report of `unawait explain` for the programs of tests/explain (one per pattern and trap
//! of the tutorial that Tier 1 can express) and a few samples, as reviewed snapshots; the JSON
//! form is valid JSON with the documented fields (docs/dump-format.md).

use std::path::{Path, PathBuf};

use unawait_explain::{Format, Layout};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Object sizes fixed for the snapshots (the runtime's own change as it grows): a 128-byte task,
/// so a box is 128 + 16 + the frame; 32 bytes of array header; a 64-byte list.
const LAYOUT: Layout = Layout {
    sm_offset: 128,
    task: 128,
    array: 32,
    list: 64,
    enumerator: 48,
};

fn explain(path: &str, format: Format) -> String {
    let source = std::fs::read_to_string(repo().join(path)).expect("UTF-8 program");
    unawait_explain::with_source(&source, |program, module, _| {
        unawait_explain::explain_with_layout(program, module, &source, None, format, LAYOUT)
    })
    .unwrap_or_else(|| panic!("{path} checks without errors"))
}

/// The runtime allocates a box of its task followed by the state machine: the state and the
/// builder word, then the frame, in the heap's size class for that size.
#[test]
fn box_size_is_the_runtimes() {
    let l = Layout::runtime();
    assert_eq!(l.sm_offset as usize, unawait_runtime::task::SM_OFFSET);
    assert_eq!(unawait_runtime::task::SM_SLOTS, 16);
    let expected = unawait_runtime::gc::allocated_size(l.sm_offset as usize + 16 + 16) as u64;
    assert_eq!(l.box_bytes(16), expected);
    assert_eq!(LAYOUT.box_bytes(16), 160);
    // 164 bytes take the 192-byte class.
    assert_eq!(LAYOUT.box_bytes(20), 192);
}

fn programs(folder: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(repo().join(folder))
        .unwrap_or_else(|e| panic!("{folder}/ must exist: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .map(|p| format!("{folder}/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
}

#[test]
fn explain_reports() {
    let mut files = programs("tests/explain");
    for s in [
        "example-async",
        "async-wrapper",
        "configure-await",
        "valuetask-cache",
        "compound-await",
        "custom-awaiter-order",
        "experiment-stream-per-item",
        "experiment-stream-batched",
    ] {
        files.push(format!("samples/{s}.cs"));
    }
    for path in files {
        let name = Path::new(&path)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let text = explain(&path, Format::Text);
        insta::with_settings!({ description => path.clone(), omit_expression => true }, {
            insta::assert_snapshot!(name, text);
        });
    }
}

#[test]
fn explain_json() {
    for path in [
        "samples/example-async.cs",
        "tests/explain/pattern-3-batch.cs",
        "tests/explain/report-text.cs",
    ] {
        let name = Path::new(path)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let json = explain(path, Format::Json);
        let value =
            json::parse(&json).unwrap_or_else(|e| panic!("{path}: invalid JSON: {e}\n{json}"));
        let methods = value
            .get("methods")
            .and_then(json::Value::array)
            .expect("methods");
        assert!(!methods.is_empty());
        for m in methods {
            for field in [
                "name",
                "line",
                "column",
                "return",
                "async",
                "shape",
                "completion",
                "frame",
                "roslyn",
                "awaits",
                "allocations",
                "verdicts",
                "lints",
            ] {
                assert!(m.get(field).is_some(), "{path}: a method has no `{field}`");
            }
        }
        insta::with_settings!({ description => path.to_string(), omit_expression => true }, {
            insta::assert_snapshot!(format!("{name}.json"), json);
        });
    }
}

/// A verdict's `tutorial` tag names the sections its message names, no other.
#[test]
fn verdict_tags_agree_with_their_messages() {
    let mut files = programs("tests/explain");
    files.extend(programs("samples"));
    let mut checked = 0;
    for path in files {
        let source = std::fs::read_to_string(repo().join(&path)).expect("UTF-8 program");
        let Some(report) = unawait_explain::with_source(&source, |program, module, _| {
            unawait_explain::report(program, module, &source)
        }) else {
            continue;
        };
        for m in &report.methods {
            for v in &m.verdicts {
                checked += 1;
                for part in v.tutorial.split(", ") {
                    assert!(
                        v.message.contains(part),
                        "{path}: {}: the verdict tagged `{}` does not name {part}: {}",
                        m.name,
                        v.tutorial,
                        v.message
                    );
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} verdicts");
}

#[test]
fn method_filter() {
    let source = std::fs::read_to_string(repo().join("samples/example-async.cs")).unwrap();
    let out = unawait_explain::with_source(&source, |p, m, _| {
        (
            unawait_explain::explain(p, m, &source, Some("ScaleAsync"), Format::Text),
            unawait_explain::explain(p, m, &source, Some("Program.Main"), Format::Text),
            unawait_explain::explain(p, m, &source, Some("caleAsync"), Format::Text),
        )
    })
    .unwrap();
    // Past the first paragraph, which names the model.
    let methods = |s: &str| s.split_once("\n\n").map(|(_, m)| m.to_string()).unwrap();
    let out = (methods(&out.0), methods(&out.1), methods(&out.2));
    assert!(out.0.starts_with("Program.ScaleAsync") && !out.0.contains("Program.Main"));
    assert!(out.1.starts_with("Program.Main") && !out.1.contains("ExampleAsync ("));
    assert!(out.2.starts_with("no method"), "{}", out.2);
}

/// A small JSON reader: enough to check that the output parses and has its fields.
mod json {
    #[derive(Debug)]
    pub enum Value {
        Null,
        Bool,
        Num,
        Str,
        Arr(Vec<Value>),
        Obj(Vec<(String, Value)>),
    }

    impl Value {
        pub fn get(&self, k: &str) -> Option<&Value> {
            match self {
                Value::Obj(f) => f.iter().find(|(n, _)| n == k).map(|(_, v)| v),
                _ => None,
            }
        }
        pub fn array(&self) -> Option<&Vec<Value>> {
            match self {
                Value::Arr(a) => Some(a),
                _ => None,
            }
        }
    }

    pub fn parse(s: &str) -> Result<Value, String> {
        let b = s.as_bytes();
        let mut i = 0;
        let v = value(b, &mut i)?;
        ws(b, &mut i);
        if i != b.len() {
            return Err(format!("trailing text at {i}"));
        }
        Ok(v)
    }

    fn ws(b: &[u8], i: &mut usize) {
        while *i < b.len() && b[*i].is_ascii_whitespace() {
            *i += 1;
        }
    }

    fn value(b: &[u8], i: &mut usize) -> Result<Value, String> {
        ws(b, i);
        match b.get(*i) {
            Some(b'{') => {
                *i += 1;
                let mut fields = Vec::new();
                ws(b, i);
                if b.get(*i) == Some(&b'}') {
                    *i += 1;
                    return Ok(Value::Obj(fields));
                }
                loop {
                    ws(b, i);
                    let k = string(b, i)?;
                    ws(b, i);
                    if b.get(*i) != Some(&b':') {
                        return Err(format!("`:` expected at {i}"));
                    }
                    *i += 1;
                    let v = value(b, i)?;
                    fields.push((k, v));
                    ws(b, i);
                    match b.get(*i) {
                        Some(b',') => *i += 1,
                        Some(b'}') => {
                            *i += 1;
                            return Ok(Value::Obj(fields));
                        }
                        _ => return Err(format!("`,` or `}}` expected at {i}")),
                    }
                }
            }
            Some(b'[') => {
                *i += 1;
                let mut items = Vec::new();
                ws(b, i);
                if b.get(*i) == Some(&b']') {
                    *i += 1;
                    return Ok(Value::Arr(items));
                }
                loop {
                    items.push(value(b, i)?);
                    ws(b, i);
                    match b.get(*i) {
                        Some(b',') => *i += 1,
                        Some(b']') => {
                            *i += 1;
                            return Ok(Value::Arr(items));
                        }
                        _ => return Err(format!("`,` or `]` expected at {i}")),
                    }
                }
            }
            Some(b'"') => string(b, i).map(|_| Value::Str),
            Some(b't') if b[*i..].starts_with(b"true") => {
                *i += 4;
                Ok(Value::Bool)
            }
            Some(b'f') if b[*i..].starts_with(b"false") => {
                *i += 5;
                Ok(Value::Bool)
            }
            Some(b'n') if b[*i..].starts_with(b"null") => {
                *i += 4;
                Ok(Value::Null)
            }
            Some(c) if c.is_ascii_digit() || *c == b'-' => {
                *i += 1;
                while *i < b.len() && b[*i].is_ascii_digit() {
                    *i += 1;
                }
                Ok(Value::Num)
            }
            _ => Err(format!("a value expected at {i}")),
        }
    }

    fn string(b: &[u8], i: &mut usize) -> Result<String, String> {
        if b.get(*i) != Some(&b'"') {
            return Err(format!("a string expected at {i}"));
        }
        *i += 1;
        let start = *i;
        while *i < b.len() && b[*i] != b'"' {
            if b[*i] == b'\\' {
                *i += 1;
            } else if b[*i] < 0x20 {
                return Err(format!("a control character in a string at {i}"));
            }
            *i += 1;
        }
        if *i >= b.len() {
            return Err("unterminated string".into());
        }
        let s = String::from_utf8_lossy(&b[start..*i]).into_owned();
        *i += 1;
        Ok(s)
    }
}
