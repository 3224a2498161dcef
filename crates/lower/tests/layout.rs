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
