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

/// A struct is an object of its own (docs/lowering.md, "Structs"): a struct field of a class,
/// of another struct or of an array element holds a reference to that object, so the collector
/// traces it, and the struct's own reference fields are traced in its object.
#[test]
fn struct_fields_are_references_to_their_own_objects() {
    let m = module(
        "using System;
         struct Inner { public int N; public string Name; public long Total; public object Tag; }
         struct Outer { public double D; public Inner In; public bool B; public Inner[] Many; }
         class Holder : Base { public int K; public Outer O; public static Inner S; }
         class Base { public Inner First; public int Count; }
         class Program { static void Main() { Console.WriteLine(new Holder().O.In.N); } }",
    );
    let by_name = |n: &str| m.classes.iter().find(|c| c.name == n).unwrap();
    let inner = by_name("Inner");
    assert_eq!(
        (inner.size, inner.ref_offsets.clone()),
        (16 + 8 * 4, vec![24, 40])
    );
    let outer = by_name("Outer");
    assert_eq!(
        (outer.size, outer.ref_offsets.clone()),
        (16 + 8 * 4, vec![24, 40])
    );
    // A derived class's object starts like its base's: Base.First, Base.Count, then its own.
    let holder = by_name("Holder");
    assert_eq!(
        (holder.size, holder.ref_offsets.clone()),
        (16 + 8 * 4, vec![16, 40])
    );
    let base = by_name("Base");
    assert_eq!(
        (base.size, base.ref_offsets.clone()),
        (16 + 8 * 2, vec![16])
    );
}

/// `new Holder()` allocates the object, then a zeroed struct for each struct field, nested
/// structs first, and stores each at its field's offset.
#[test]
fn a_new_object_holds_zeroed_structs() {
    let m = module(
        "using System;
         struct Inner { public int N; }
         struct Outer { public Inner In; public Inner In2; }
         class Holder { public int K; public Outer O; }
         class Program { static void Main() { var h = new Holder(); Console.WriteLine(h.K); } }",
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
            unawait_smir::Inst::StoreField { name, offset, .. } => Some(format!("{name}@{offset}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        trace,
        [
            "new Holder",
            "new Outer",
            "new Inner",
            "Outer.In@16",
            "new Inner",
            "Outer.In2@24",
            "Holder.O@24",
        ]
    );
}
