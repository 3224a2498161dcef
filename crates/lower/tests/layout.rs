//! Object layouts: what the collector traces in an object of each class, and where `lower`
//! puts each instance field.

fn module(source: &str) -> unawait_smir::Module {
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
fn reference_fields_and_only_they_are_traced() {
    let m = module(
        "using System; using System.Collections.Generic;
         namespace Shop {
         class Order {
             static string label = \"x\";
             int count;
             string name;
             long total;
             List<int> lines;
             bool done;
             object tag;
             double price;
             public string Code { get; set; }
             public int Size { get; }
             const int Max = 3;
         }
         static class Program { static void Main() { } } }",
    );
    let order = &m.classes[0];
    assert_eq!(order.name, "Shop.Order");
    // Header, then one word per instance field in declaration order (the auto-properties'
    // backing fields come after the fields, as they are declared later); statics and constants
    // take no room in the object.
    assert_eq!(order.size, 16 + 8 * 9);
    assert_eq!(order.ref_offsets, vec![24, 40, 56, 72]);
    let program = &m.classes[1];
    assert_eq!((program.size, program.ref_offsets.len()), (16, 0));
}

#[test]
fn fields_are_read_and_written_at_their_offsets() {
    let m = module(
        "using System;
         class P {
             int a; string b;
             public P() { b = \"s\"; a = 1; }
             public string B() { return b; }
             static void Main() { Console.WriteLine(new P().B()); }
         }",
    );
    let offsets: Vec<u32> = m
        .methods
        .iter()
        .flat_map(|f| f.body.blocks.iter().flat_map(|b| &b.insts))
        .filter_map(|i| match i {
            unawait_smir::Inst::LoadField { offset, .. }
            | unawait_smir::Inst::StoreField { offset, .. } => Some(*offset),
            _ => None,
        })
        .collect();
    assert_eq!(offsets, vec![24, 16, 24]);
}

/// A struct is held inline where it is a field (docs/lowering.md, "Structs inline in
/// objects"): a whole object of its class, header included, at the field's offset. The
/// collector traces its reference fields as the holder's own; an array of structs still holds
/// references, and a static is a word of its own.
#[test]
fn struct_fields_are_held_inline() {
    let m = module(
        "using System;
         struct Inner { public int N; public string Name; public long Total; public object Tag; }
         struct Outer { public double D; public Inner In; public bool B; public Inner[] Many; }
         class Holder : Base { public int K; public Outer O; public static Inner S; }
         class Base { public Inner First; public int Count; }
         class Program { static void Main() { Console.WriteLine(new Holder().O.In.N); } }",
    );
    let id = |n: &str| m.classes.iter().position(|c| c.name == n).unwrap() as u32;
    let layout = |n: &str| {
        let c = &m.classes[id(n) as usize];
        (c.size, c.ref_offsets.clone(), c.embedded.clone())
    };
    assert_eq!(layout("Inner"), (16 + 8 * 4, vec![24, 40], vec![]));
    // D@16, In@24 (48 bytes), B@72, Many@80.
    assert_eq!(
        layout("Outer"),
        (88, vec![24 + 24, 24 + 40, 80], vec![(24, id("Inner"))])
    );
    // First@16 (48 bytes), Count@64.
    assert_eq!(
        layout("Base"),
        (72, vec![16 + 24, 16 + 40], vec![(16, id("Inner"))])
    );
    // A derived class's object starts like its base's; then K@72, O@80 (88 bytes).
    assert_eq!(
        layout("Holder"),
        (
            168,
            vec![40, 56, 80 + 48, 80 + 64, 80 + 80],
            vec![(16, id("Inner")), (80, id("Outer"))]
        )
    );
}

/// `new Holder()` is one allocation: the runtime writes the headers of the structs it holds
/// inline (`embedded`, nested ones through their own layouts), and a field of an inline struct
/// is reached through a reference into the holder.
#[test]
fn a_new_object_holds_zeroed_structs_inline() {
    let m = module(
        "using System;
         struct Inner { public int N; }
         struct Outer { public Inner In; public Inner In2; }
         class Holder { public int K; public Outer O; }
         class Program { static void Main() { var h = new Holder(); h.O.In2.N = 5; Console.WriteLine(h.K); } }",
    );
    let main = m.methods.iter().find(|f| f.name == "Program.Main").unwrap();
    let class_of = |id: u32| m.classes[id as usize].name.clone();
    let trace: Vec<String> = main
        .body
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| match i {
            unawait_smir::Inst::NewObject { class, .. } => {
                Some(format!("new {}", class_of(*class)))
            }
            unawait_smir::Inst::InnerObject { name, offset, .. } => {
                Some(format!("&{name}@{offset}"))
            }
            unawait_smir::Inst::StoreField { name, offset, .. } => Some(format!("{name}@{offset}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        trace,
        ["new Holder", "&Holder.O@24", "&Outer.In2@40", "Inner.N@16"]
    );
    let by_name = |n: &str| m.classes.iter().find(|c| c.name == n).unwrap();
    let inner = m.classes.iter().position(|c| c.name == "Inner").unwrap() as u32;
    assert_eq!(by_name("Outer").embedded, vec![(16, inner), (40, inner)]);
    assert_eq!(by_name("Outer").size, 64);
}
