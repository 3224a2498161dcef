//! Struct values that live in the stack frame (docs/lowering.md, "Structs in the stack frame").
//!
//! A struct value is an object owned by one variable, and every expression that would share it
//! copies it instead (`structs.rs`). So the object made by a `new_object` of a struct can only be
//! reached through the values its result is copied into, and if none of them is ever stored,
//! passed, returned or kept across an await, the object dies with the activation that made it.
//! Such an object can be the function's own stack memory, as .NET keeps a struct local in the
//! method's frame: no allocation, nothing for the collector (which scans stacks conservatively,
//! so the references in its fields keep their objects alive).
//!
//! The only uses that do not let the object out are: reading or writing one of its fields,
//! copying the reference into another value (or a reference to a struct it holds inline), and being an argument (or `this`) of a
//! synchronous method of the program, whose parameters and `this` again only reach fields,
//! methods and copies. Anything else (an argument of an async method or the library, a stored
//! value, a frame slot, a `return`, a type test, an address) keeps the object on the heap. The
//! values joined by copies form a group, judged as one.
//!
//! One stack slot serves every execution of its instruction, so the object a previous execution
//! made must be dead when the instruction runs again: no other value of the group may be live
//! right after it (a loop's `var p = new P(i)` passes; `p = new P { X = p.X }`, which reads the
//! old `p` after the new object exists, keeps the heap).

use unawait_sema::hir;
use unawait_smir::liveness::{visit, Liveness};
use unawait_smir::{BlockId, Callee, Function, Inst, Operand, Terminator, ValueId};

pub fn place(f: &mut Function, program: &hir::Program) {
    let is_struct = |class: u32| program.class(hir::ClassId(class)).kind == hir::ClassKind::Struct;
    let sites: Vec<(usize, usize)> = f
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(b, block)| {
            block.insts.iter().enumerate().filter_map(move |(i, inst)| {
                matches!(inst, Inst::NewObject { class, .. } if is_struct(*class)).then_some((b, i))
            })
        })
        .collect();
    if sites.is_empty() {
        return;
    }
    let groups = Groups::of(f, program);
    let liveness = Liveness::compute(f);
    for (b, i) in sites {
        let Inst::NewObject { dst, class } = f.blocks[b].insts[i] else {
            continue;
        };
        let group = groups.root[dst.0 as usize];
        if groups.escapes[group] {
            continue;
        }
        let reused_while_alive = liveness
            .live_after(f, BlockId(b as u32), i)
            .iter()
            .any(|v| v != dst && groups.root[v.0 as usize] == group);
        if !reused_while_alive {
            f.blocks[b].insts[i] = Inst::StackObject { dst, class };
        }
    }
}

/// Values joined by copies (a union-find), and whether any value of each group lets its object
/// out of the activation.
struct Groups {
    parent: Vec<usize>,
    /// Each value's group, once every copy is joined.
    root: Vec<usize>,
    escapes: Vec<bool>,
}

impl Groups {
    fn of(f: &Function, program: &hir::Program) -> Groups {
        let n = f.values.len();
        let mut g = Groups {
            parent: (0..n).collect(),
            root: Vec::new(),
            escapes: vec![false; n],
        };
        let mut out = Vec::new();
        for block in &f.blocks {
            for inst in &block.insts {
                match inst {
                    Inst::Copy {
                        dst,
                        src: Operand::Value(s),
                    } => g.union(*dst, *s),
                    Inst::LoadField { .. } => {}
                    // Comparing a reference (with null, for a local a `switch` section may
                    // not have declared) lets nothing out.
                    Inst::Binary {
                        op: unawait_smir::BinOp::Eq | unawait_smir::BinOp::Ne,
                        ty: unawait_smir::MachTy::Ref,
                        ..
                    } => {}
                    // A struct held inline is part of its object: if it gets out, so does
                    // the object.
                    Inst::InnerObject {
                        dst,
                        object: Operand::Value(o),
                        ..
                    } => g.union(*dst, *o),
                    Inst::StoreField { src, .. } => out.extend(value(src)),
                    // A synchronous method of the program keeps none of its struct arguments:
                    // its struct parameters are variables of its own activation, which copy a
                    // struct wherever it would outlive it. A struct passed as an `object` or an
                    // interface is its own box, which the method may keep; an async method may
                    // keep any argument in its frame.
                    Inst::Call {
                        callee: Callee::User { id, .. },
                        args,
                        ..
                    } => out.extend(kept_arguments(program, *id, args)),
                    // A method returning a struct is synchronous, and so is every override
                    // or implementation of it (a task is not a struct of the program).
                    Inst::Call {
                        callee: callee @ (Callee::Virtual { id, .. } | Callee::Interface { id, .. }),
                        args,
                        ..
                    } if crate::structs::call_buffer_class(program, callee).is_some() => {
                        out.extend(kept_arguments(program, *id, args))
                    }
                    other => {
                        visit(other, |v| out.push(v));
                    }
                }
            }
            match &block.term {
                Terminator::Return(Some(Operand::Value(v)))
                | Terminator::Throw(Operand::Value(v), _) => out.push(*v),
                _ => {}
            }
        }
        // Unions first, escapes after: a group is judged once it is complete.
        g.root = (0..n).map(|v| g.find(ValueId(v as u32))).collect();
        for v in out {
            g.escapes[g.root[v.0 as usize]] = true;
        }
        g
    }

    fn find(&mut self, v: ValueId) -> usize {
        let mut x = v.0 as usize;
        while self.parent[x] != x {
            // Path halving keeps the chains of a long run of copies short.
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: ValueId, b: ValueId) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra] = rb;
        }
    }
}

/// The arguments of a call of method `id` that the method may keep beyond the call: all of
/// an async method's; of a synchronous one, those its parameters do not copy (a parameter of a
/// type other than a struct: a struct arrives there as its own box). `this` and the return
/// buffer are used in place and never kept.
fn kept_arguments<'a>(
    program: &'a hir::Program,
    id: u32,
    args: &'a [Operand],
) -> impl Iterator<Item = ValueId> + 'a {
    let m = program.method(hir::MethodId(id));
    let this = usize::from(!m.is_static);
    args.iter().enumerate().filter_map(move |(i, a)| {
        let kept = m.is_async
            || i.checked_sub(this)
                .and_then(|p| m.param_types.get(p))
                .is_some_and(|t| crate::structs::struct_class(t).is_none());
        kept.then(|| value(a)).flatten()
    })
}

fn value(o: &Operand) -> Option<ValueId> {
    match o {
        Operand::Value(v) => Some(*v),
        Operand::Const(_) => None,
    }
}

/// A struct local the frame can hold field by field across its awaits, as Roslyn's state
/// machine holds a struct local's fields inline: its group lets nothing out of the activation
/// (judged before the frame exists) and every object it can hold is of `class`. The fields of
/// the structs it holds inline are held one by one too, read at their offsets in the outer
/// struct. At a suspension the frame takes the fields; at the resumption a `stack_object` (whose
/// inline structs get their headers with it) gets them back.
pub struct Embeddable {
    pub value: ValueId,
    pub class: u32,
    /// The group of values joined by copies it belongs to (`Groups`).
    pub group: usize,
    pub fields: Vec<EmbeddedField>,
}

/// One field of an `Embeddable` struct, as the frame holds it.
pub struct EmbeddedField {
    pub offset: u32,
    pub ty: unawait_smir::MachTy,
    /// `Class.field`, as dumps name a field access.
    pub qualified: String,
    pub name: String,
    pub cs_ty: String,
}

/// The struct locals of `f` that could live in the frame by fields, and every value's group.
pub fn embeddable(
    f: &Function,
    program: &hir::Program,
    layout: &crate::layout::Layouts,
) -> (Vec<Embeddable>, Vec<usize>) {
    let is_struct = |class: u32| program.class(hir::ClassId(class)).kind == hir::ClassKind::Struct;
    let has_sites = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .any(|i| matches!(i, Inst::NewObject { class, .. } if is_struct(*class)));
    if !has_sites {
        return (Vec::new(), Vec::new());
    }
    let groups = Groups::of(f, program);
    // The struct class of each group's objects; `None` if two classes meet (never for a C#
    // variable, whose type is one struct) or none is known.
    let mut class_of: Vec<Option<Option<u32>>> = vec![None; f.values.len()];
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Inst::NewObject { dst, class } = inst {
            let g = groups.root[dst.0 as usize];
            class_of[g] = match class_of[g] {
                None if is_struct(*class) => Some(Some(*class)),
                Some(Some(c)) if c == *class => Some(Some(c)),
                _ => Some(None),
            };
        }
    }
    let out = (0..f.values.len())
        .filter_map(|v| {
            let info = &f.values[v];
            if !matches!(info.origin, unawait_smir::Origin::Local { .. }) {
                return None;
            }
            let group = groups.root[v];
            let class = class_of[group].flatten()?;
            if groups.escapes[group] {
                return None;
            }
            let mut out = Vec::new();
            fields_of(program, layout, hir::ClassId(class), (0, None), &mut out, 0)?;
            Some(Embeddable {
                value: ValueId(v as u32),
                class,
                group,
                fields: out,
            })
        })
        .collect();
    (out, groups.root)
}

/// The word fields of an object of struct `class`, those of the structs it holds inline
/// included, at their offsets from the outer struct (`base`) and named by their path from it
/// (`From.X`; qualified `Segment.From.X`); `None` for a field with no machine type.
fn fields_of(
    program: &hir::Program,
    layout: &crate::layout::Layouts,
    class: hir::ClassId,
    (base, path): (u32, Option<(&str, &str)>),
    out: &mut Vec<EmbeddedField>,
    depth: usize,
) -> Option<()> {
    if depth > 8 {
        return None;
    }
    for &fid in layout.fields.get(class.0 as usize)? {
        let field = program.field(fid);
        let offset = base + layout.offsets[fid.0 as usize];
        let (name, qualified) = match path {
            Some((name, qualified)) => (
                format!("{name}.{}", field.name),
                format!("{qualified}.{}", field.name),
            ),
            None => (
                field.name.clone(),
                format!("{}.{}", program.class(field.class).name, field.name),
            ),
        };
        if let Some(inner) = layout.inline_struct(program, fid) {
            let path = Some((name.as_str(), qualified.as_str()));
            fields_of(program, layout, inner, (offset, path), out, depth + 1)?;
            continue;
        }
        out.push(EmbeddedField {
            offset,
            ty: crate::mach_ty(&field.ty)?,
            qualified,
            name,
            cs_ty: field.ty.to_string(),
        });
    }
    Some(())
}
