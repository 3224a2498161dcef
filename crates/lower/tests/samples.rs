//! Every sample lowers, and every method of it passes the SMIR verifier.

use std::path::Path;

fn samples() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("samples/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    files.sort();
    files
}

pub fn lower_file(source: &str) -> unawait_smir::Module {
    let parsed = unawait_syntax::parse(source);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let checked = unawait_sema::check(&parsed.unit);
    assert!(
        checked.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        checked.diagnostics
    );
    unawait_lower::lower(&checked.program)
}

#[test]
fn every_sample_lowers_and_verifies() {
    let mut failures = Vec::new();
    for path in samples() {
        let source = std::fs::read_to_string(&path).expect("UTF-8 sample");
        let module = lower_file(&source);
        for m in &module.methods {
            for e in unawait_smir::verify::method(m) {
                failures.push(format!("{}: {e}", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn lowered_text_of_example_async() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/example-async.cs");
    let source = std::fs::read_to_string(path).expect("UTF-8 sample");
    let module = lower_file(&source);
    insta::assert_snapshot!(unawait_smir::print::module(&module, &source));
}

#[test]
fn lowered_json_of_example_async() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/example-async.cs");
    let source = std::fs::read_to_string(path).expect("UTF-8 sample");
    let module = lower_file(&source);
    insta::assert_snapshot!(unawait_smir::json::module(&module, &source));
}

/// The rule of the issue: three ints whose lifetimes cross three different awaits share a slot;
/// a string gets a reference slot of its own; a value used only after the last await is not in
/// the frame.
#[test]
fn disjoint_values_share_slots() {
    let source = r#"
using System;
using System.Threading.Tasks;
class Program
{
    static async Task<int> Three()
    {
        int a = 1;
        await Task.Yield();
        Console.WriteLine(a);
        int b = 2;
        await Task.Yield();
        Console.WriteLine(b);
        int c = 3;
        await Task.Yield();
        Console.WriteLine(c);
        string s = "x";
        await Task.Delay(1);
        int only = 5;
        Console.WriteLine(s + only);
        return 0;
    }
    static async Task Main() { Console.WriteLine(await Three()); }
}
"#;
    let module = lower_file(source);
    let three = &module.methods[0];
    let unawait_smir::MethodKind::Async(sm) = &three.kind else {
        panic!("Three is async");
    };
    let names = |slot: &unawait_smir::Slot| -> Vec<String> {
        slot.holds
            .iter()
            .map(|h| three.body.value(h.value).name.clone())
            .collect()
    };
    let slot_with = |name: &str| {
        sm.frame
            .slots
            .iter()
            .find(|s| names(s).iter().any(|n| n == name))
            .map(names)
            .unwrap_or_default()
    };
    assert_eq!(slot_with("a"), ["a", "b", "c"]);
    assert_eq!(slot_with("s"), ["s"]);
    let everything: Vec<String> = sm.frame.slots.iter().flat_map(names).collect();
    assert!(!everything.contains(&"only".to_string()));
    assert!(unawait_smir::verify::method(three).is_empty());
}

#[test]
fn lowered_csharp_of_example_async() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/example-async.cs");
    let source = std::fs::read_to_string(path).expect("UTF-8 sample");
    let module = lower_file(&source);
    insta::assert_snapshot!(unawait_smir::csharp::module(&module, &source));
}

/// An awaiting `finally`: its hidden values are `<>7__wrapN` fields (the pending exception
/// described as such), the awaiters carry their C# types (`TaskAwaiter<int>`), locals are
/// `<x>5__N`, and every `SetResult` of the `Task<int>` builder has a value.
#[test]
fn lowered_csharp_names_fields_as_roslyn_does() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/explain/finally-awaits-and-for-loop.cs");
    let source = std::fs::read_to_string(path).expect("UTF-8 program");
    let module = lower_file(&source);
    let text = unawait_smir::csharp::module(&module, &source);
    for machine in text.split("[AsyncStateMachine") {
        assert!(
            !(machine.contains("AsyncTaskMethodBuilder<int>") && machine.contains("SetResult()")),
            "a Task<int> builder's SetResult without a value:\n{machine}"
        );
    }
    insta::assert_snapshot!(text);
}

/// Names of the values live across each await of the first method.
fn live_sets(source: &str) -> Vec<Vec<String>> {
    let module = lower_file(source);
    let m = &module.methods[0];
    let unawait_smir::MethodKind::Async(sm) = &m.kind else {
        return Vec::new();
    };
    sm.awaits
        .iter()
        .map(|a| {
            a.live
                .iter()
                .map(|v| m.body.value(*v).name.clone())
                .collect()
        })
        .collect()
}

#[test]
fn hoisting_follows_liveness_not_scopes() {
    let source = r#"
using System;
using System.Threading.Tasks;
class Program
{
    static async Task<int> Work(int seed, int unused)
    {
        int before = unused * 2;
        Console.WriteLine(before);
        int total = 0;
        for (int i = 0; i < 3; i++)
        {
            await Task.Delay(1);
            total += i + seed;
        }
        int rewritten = 1;
        await Task.Yield();
        rewritten = 2;
        return total + rewritten;
    }
    static async Task Main() { Console.WriteLine(await Work(1, 2)); }
}
"#;
    let sets = live_sets(source);
    // In the loop: the counter, the running total and the parameter read after the await.
    assert_eq!(sets[0], ["seed", "total", "i"]);
    // `rewritten` is assigned after the await before any read: not carried; nor are `before`
    // and `unused`, used only before the first await.
    assert_eq!(sets[1], ["total"]);
}

#[test]
fn a_method_without_await_has_no_frame() {
    let source = r#"
using System.Threading.Tasks;
class Program
{
    static async Task<int> Quick(int x) { return x + 1; }
    static async Task Main() { await Quick(1); }
}
"#;
    let module = lower_file(source);
    let unawait_smir::MethodKind::Async(sm) = &module.methods[0].kind else {
        panic!("Quick is async");
    };
    assert!(sm.awaits.is_empty());
    assert_eq!(sm.frame.bytes, 0);
}

#[test]
fn operands_before_an_await_are_spilled_in_order() {
    let source = r#"
using System;
using System.Threading.Tasks;
class Program
{
    static int counter;
    static async Task<int> Sum()
    {
        int a = 1;
        int r = counter + await Task.FromResult(a) * await Task.FromResult(2);
        return r;
    }
    static async Task Main() { Console.WriteLine(await Sum()); }
}
"#;
    let sets = live_sets(source);
    // `counter` is read (into a temporary) before the first await, and that temporary, not the
    // field, is what crosses both awaits; the first await's result crosses the second.
    assert_eq!(sets.len(), 2);
    assert_eq!(sets[0].len(), 1);
    assert!(sets[0][0].starts_with("<t"), "{sets:?}");
    assert_eq!(sets[1].len(), 2, "{sets:?}");
}

/// All three dumps of the lowering (text, JSON, C#) of every sample and of every program of
/// tests/lowering, one snapshot per program.
#[test]
fn lowered_dumps_of_every_program() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/lowering");
    let mut programs: Vec<_> = std::fs::read_dir(corpus)
        .expect("tests/lowering exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    programs.sort();
    programs.extend(samples());
    for path in programs {
        let source = std::fs::read_to_string(&path).expect("UTF-8 program");
        let module = lower_file(&source);
        let folder = path
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let name = format!(
            "{folder}-{}",
            path.file_stem().unwrap_or_default().to_string_lossy()
        );
        let text = format!(
            "== text\n{}\n== json\n{}\n== csharp\n{}",
            unawait_smir::print::module(&module, &source),
            unawait_smir::json::module(&module, &source),
            unawait_smir::csharp::module(&module, &source)
        );
        insta::with_settings!({ snapshot_suffix => name, omit_expression => true }, {
            insta::assert_snapshot!("lowered", text);
        });
    }
}
