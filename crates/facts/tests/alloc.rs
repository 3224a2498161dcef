//! The allocation facts (`unawait_facts::alloc`) of small programs: the decisions that can go
//! wrong, checked as data rather than through the report's sentences.

use unawait_facts::alloc::{
    AllocKind, AllocSite, Allocations, At, CachedDefault, LibraryAlloc, MethodAllocs, ObjectSizes,
    SyncPathCost,
};
use unawait_facts::Facts;
use unawait_sema::hir::{MethodId, Program};
use unawait_sema::types::Ty;

/// Round figures without the heap's size classes, so each expected number reads plainly.
struct Sizes;

impl ObjectSizes for Sizes {
    fn task(&self) -> u64 {
        100
    }
    fn array(&self, len: u64) -> u64 {
        30 + 8 * len
    }
    fn list(&self) -> u64 {
        60
    }
    fn enumerator(&self) -> u64 {
        40
    }
    fn boxed(&self, frame_bytes: u32) -> u64 {
        1000 + u64::from(frame_bytes)
    }
    fn object(&self, bytes: u32) -> u64 {
        u64::from(bytes)
    }
    fn delegate(&self) -> u64 {
        50
    }
}

fn with_allocations<T>(body: &str, f: impl FnOnce(&Program, &Allocations) -> T) -> T {
    with_source(&format!("static class Program\n{{\n{body}\n}}\n"), f)
}

/// `with_allocations` of a whole program (its `using`s added).
fn with_source<T>(program: &str, f: impl FnOnce(&Program, &Allocations) -> T) -> T {
    let source = format!(
        "using System;\nusing System.Collections.Generic;\nusing System.Threading.Tasks;\n\n{program}"
    );
    let parsed = unawait_syntax::parse(&source);
    let checked = unawait_sema::check(&parsed.unit);
    let errors: Vec<_> = parsed
        .diagnostics
        .iter()
        .chain(&checked.diagnostics)
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{source}");
    let module = unawait_lower::lower(&checked.program);
    let facts = Facts::compute(&checked.program);
    let allocations = Allocations::compute(&facts, &module, &Sizes);
    f(&checked.program, &allocations)
}

fn id(program: &Program, name: &str) -> MethodId {
    let i = program.methods.iter().position(|m| m.name == name);
    MethodId(i.unwrap_or_else(|| panic!("no method {name}")) as u32)
}

fn of<'a>(program: &Program, all: &'a Allocations, name: &str) -> &'a MethodAllocs {
    all.of(id(program, name))
        .unwrap_or_else(|| panic!("{name} is async"))
}

const SYNC_PATHS: &str = r#"
    static async Task<int> Small(bool b) { if (b) await Task.Delay(1); if (b) return -1; return 8; }
    static async Task<int> Nine(bool b) { if (b) await Task.Delay(1); if (b) return 9; return 0; }
    static async Task<int> Computed(int x) { if (x > 0) await Task.Delay(1); return x; }
    static async Task<long> Long(int x) { if (x > 0) await Task.Delay(1); return x; }
    static async Task<string> Text(int x) { if (x > 0) await Task.Delay(1); return "a"; }
    static async Task<double> Real(int x) { if (x > 0) await Task.Delay(1); return 1.5; }
    static async Task<bool> Flag(int x) { if (x > 0) await Task.Delay(1); return x > 3; }
    static async ValueTask<int> Value(int x) { if (x > 0) await Task.Delay(1); return x; }
    static async Task Plain(int x) { if (x > 0) await Task.Delay(1); }
    static async Task<int> Always(int x) { await Task.Delay(5); return x; }
    static async Task<int> Never(int x) { await Task.CompletedTask; return x; }
    static async Task Main()
    {
        Console.WriteLine(await Small(true) + await Nine(true) + await Computed(1) + await Long(1)
            + await Text(1) + await Real(1) + (await Flag(1) ? 1 : 0) + await Value(1)
            + await Always(1) + await Never(1));
        await Plain(1);
    }
"#;

#[test]
fn sync_path_cost_follows_the_cached_tasks() {
    with_allocations(SYNC_PATHS, |p, all| {
        let cost = |name| {
            (
                of(p, all, name).sync_path.clone(),
                of(p, all, name).sync_bytes,
            )
        };
        // Every return a constant in -1..8: .NET's cached Task<int>, on every path.
        assert_eq!(
            cost("Small"),
            (
                SyncPathCost::SmallIntCache {
                    all_returns_small: true
                },
                Some(0)
            )
        );
        // One constant outside the cache, or one computed value: a new task when it is not.
        for name in ["Nine", "Computed"] {
            assert_eq!(
                cost(name),
                (
                    SyncPathCost::SmallIntCache {
                        all_returns_small: false
                    },
                    Some(100)
                ),
                "{name}"
            );
        }
        assert_eq!(
            cost("Long"),
            (
                SyncPathCost::CompletedTaskOf {
                    result: Ty::Long,
                    cached: Some(CachedDefault::Zero)
                },
                Some(100)
            )
        );
        assert_eq!(
            cost("Text").0,
            SyncPathCost::CompletedTaskOf {
                result: Ty::String,
                cached: Some(CachedDefault::Null)
            }
        );
        assert_eq!(
            cost("Real").0,
            SyncPathCost::CompletedTaskOf {
                result: Ty::Double,
                cached: None
            }
        );
        assert_eq!(cost("Flag"), (SyncPathCost::CachedBool, Some(0)));
        assert_eq!(cost("Value"), (SyncPathCost::InlineValueTask, Some(0)));
        assert_eq!(cost("Plain"), (SyncPathCost::CachedCompletedTask, Some(0)));
        // A method that always suspends has no synchronous path at all.
        assert_eq!(cost("Always"), (SyncPathCost::NeverSynchronous, None));
    });
}

#[test]
fn the_box_is_allocated_only_by_a_method_that_can_suspend() {
    with_allocations(SYNC_PATHS, |p, all| {
        let always = of(p, all, "Always");
        assert!(always.box_bytes.is_some_and(|b| b > 1000));
        assert_eq!(always.suspend_box, always.box_bytes);
        // Its box exists (it has a state machine), but no call ever allocates it.
        let never = of(p, all, "Never");
        assert!(never.box_bytes.is_some());
        assert_eq!(never.suspend_box, None);
        // Sync methods have no allocation facts.
        assert!(all.methods.iter().filter(|m| m.is_none()).count() == 0);
    });
}

fn enumerators(al: &MethodAllocs) -> Vec<&AllocSite> {
    al.sites
        .iter()
        .filter(|s| matches!(s.made_by[0].kind, AllocKind::ForeachEnumerator { .. }))
        .collect()
}

#[test]
fn a_foreach_enumerator_is_per_iteration_only_inside_another_loop() {
    let body = r#"
    static async Task Loops(List<int> xs)
    {
        foreach (int x in xs) { await Task.Delay(x); }
        for (int i = 0; i < 3; i++)
        {
            foreach (int y in xs) { await Task.Delay(y); }
        }
        foreach (int z in new int[3]) { Console.WriteLine(z); }
    }
    static async Task Main() { await Loops(new List<int>()); }
"#;
    with_allocations(body, |p, all| {
        let al = of(p, all, "Loops");
        let found = enumerators(al);
        // The array's loop indexes it in place: two enumerators, not three.
        assert_eq!(found.len(), 2);
        assert!(matches!(found[0].made_by[0].at, At::Loop(_)));
        assert_eq!(found[0].bytes, Some(40));
        assert!(!found[0].per_iteration && !found[0].every_iteration);
        assert!(found[1].per_iteration && found[1].every_iteration);
        let arrays: Vec<&AllocSite> = al
            .sites
            .iter()
            .filter(|s| matches!(s.made_by[0].kind, AllocKind::NewArray { .. }))
            .collect();
        assert_eq!(arrays.len(), 1);
        assert_eq!(arrays[0].bytes, Some(30 + 8 * 3));
    });
}

#[test]
fn exclusive_allocations_of_the_same_cost_are_one_site() {
    let body = r#"
    static async Task<int> Arms(bool b, int n)
    {
        if (b) { await Task.Delay(5); } else { await Task.Delay(6); }
        await Task.Delay(0);
        Task<int> t = b ? Task.FromResult(n) : Task.FromResult(b ? 1 : 100);
        int cached = await Task.FromResult(3);
        return await t + cached;
    }
    static async Task Main() { Console.WriteLine(await Arms(true, 2)); }
"#;
    with_allocations(body, |p, all| {
        let sites = &of(p, all, "Arms").sites;
        let kinds: Vec<Vec<&LibraryAlloc>> = sites
            .iter()
            .map(|s| {
                s.made_by
                    .iter()
                    .map(|m| match &m.kind {
                        AllocKind::Library { makes, .. } => makes,
                        k => panic!("unexpected {k:?}"),
                    })
                    .collect()
            })
            .collect();
        // Delay(0) and FromResult(3) allocate nothing; each pair of arms is one site, the
        // second even though an arm's text has a `?:` in it.
        let completed = LibraryAlloc::Completed {
            task: sites_task(p),
        };
        assert_eq!(
            kinds,
            vec![
                vec![&LibraryAlloc::Timer, &LibraryAlloc::Timer],
                vec![&completed, &completed],
            ]
        );
        assert!(sites
            .iter()
            .all(|s| s.bytes == Some(100) && !s.per_iteration));
    });
}

fn sites_task(p: &Program) -> Ty {
    let arms = p.method(id(p, "Arms"));
    arms.return_type.clone()
}

#[test]
fn call_boxes_and_pooling() {
    let body = r#"
    static async Task<int> Slow(int k) { await Task.Delay(1); return k; }
    static async Task<int> Maybe(int k) { if (k > 1) await Task.Delay(1); return k; }
    static async Task<int> Fails(int k)
    {
        if (k < 0) throw new ArgumentException("k");
        await Task.Delay(1);
        return k;
    }
    static async Task<int> Caller()
    {
        int s = 0;
        for (int i = 0; i < 3; i++) { s += await Slow(i); }
        for (int i = 0; i < 3; i++) { if (i == 1) { s += await Maybe(i); } }
        Task<int> kept = Slow(4);
        return s + await kept + await Fails(1);
    }
    static async Task Main() { Console.WriteLine(await Caller()); }
"#;
    with_allocations(body, |p, all| {
        let slow = of(p, all, "Slow");
        // Two calls, one awaited directly; the other's task is stored first.
        assert_eq!(
            (slow.pooling.awaited_directly, slow.pooling.call_sites),
            (1, 2)
        );
        assert_eq!(slow.pooling.fails_at, None);
        assert!(of(p, all, "Fails").pooling.fails_at.is_some());
        let boxes: Vec<(MethodId, bool, Option<u64>, bool, bool)> = of(p, all, "Caller")
            .sites
            .iter()
            .filter_map(|s| match s.made_by[0].kind {
                AllocKind::CallBox {
                    callee,
                    always_suspends,
                    ..
                } => Some((
                    callee,
                    always_suspends,
                    s.bytes,
                    s.per_iteration,
                    s.every_iteration,
                )),
                _ => None,
            })
            .collect();
        let (slow_id, maybe_id, fails_id) = (id(p, "Slow"), id(p, "Maybe"), id(p, "Fails"));
        let slow_box = slow.box_bytes;
        assert_eq!(
            boxes,
            vec![
                (slow_id, true, slow_box, true, true),
                // Only some calls suspend: no certain bytes; only some iterations call it.
                (maybe_id, false, None, true, false),
                (slow_id, true, slow_box, false, false),
                // It can throw before its await, so it does not always suspend.
                (fails_id, false, None, false, false),
            ]
        );
    });
}

#[test]
fn new_object_costs_its_class_layout_and_repeats_in_a_loop() {
    let program = r#"
class Node
{
    public int Value;
    public string Label;
    public static int Count;
    public Node(int v) { Value = v; Count++; }
}

static class Program
{
    static async Task<int> Build(int n)
    {
        var first = new Node(0);
        for (int i = 0; i < n; i++)
        {
            var node = new Node(i);
            await Task.Delay(node.Value);
        }
        return first.Value;
    }
    static async Task Main() { Console.WriteLine(await Build(2)); }
}
"#;
    with_source(program, |p, all| {
        let al = of(p, all, "Build");
        let objects: Vec<&AllocSite> = al
            .sites
            .iter()
            .filter(|s| matches!(s.made_by[0].kind, AllocKind::NewObject { .. }))
            .collect();
        assert_eq!(objects.len(), 2);
        // A header and two instance fields; the static one is not in the object.
        assert_eq!(objects[0].bytes, Some(16 + 2 * 8));
        assert!(!objects[0].per_iteration);
        assert!(objects[1].per_iteration && objects[1].every_iteration);
    });
}
