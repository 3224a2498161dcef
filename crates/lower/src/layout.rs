//! Where instance fields live in objects (docs/lowering.md, "Structs inline in objects").
//!
//! An object is a header, then its fields in order (its base's first, so an object of a derived
//! class starts like one of its base). A field is one 8-byte word, except a field of a struct
//! type, which holds the struct inline as .NET does: a whole object of the struct's class,
//! header included. The header costs a word .NET does not spend, and buys that a reference to
//! the inline struct (`Inst::InnerObject`) is a struct object like any other, so methods,
//! copies and the runtime treat it without knowing where it lives.

use crate::structs::struct_class;
use unawait_sema::hir::{self, ClassId, FieldId};
use unawait_sema::types::Ty;

/// Nesting a struct in itself is C#'s CS0523, which sema reports; on any input a struct found
/// again while its own size is computed is held by reference instead, so this never loops.
const MAX_DEPTH: usize = 64;

pub(crate) struct Layouts {
    /// Each instance field's offset in its object (0 for static fields, never read).
    pub offsets: Vec<u32>,
    /// Bytes of an object of each class, header included.
    pub sizes: Vec<u32>,
    /// Each class's instance fields in object order.
    pub fields: Vec<Vec<FieldId>>,
    /// Which fields hold their struct inline (all of struct type, unless nested in a cycle).
    pub inline: Vec<bool>,
}

impl Layouts {
    pub fn of(program: &hir::Program) -> Layouts {
        let n = program.classes.len();
        let mut l = Layouts {
            offsets: vec![0; program.fields.len()],
            sizes: vec![0; n],
            fields: vec![Vec::new(); n],
            inline: vec![false; program.fields.len()],
        };
        let mut state = vec![State::Todo; n];
        for c in 0..n {
            l.lay_out(program, ClassId(c as u32), &mut state, 0);
        }
        l
    }

    /// The struct class a field holds inline, if it does.
    pub fn inline_struct(&self, program: &hir::Program, f: FieldId) -> Option<ClassId> {
        if self.inline[f.0 as usize] {
            struct_class(&program.field(f).ty)
        } else {
            None
        }
    }

    fn lay_out(
        &mut self,
        program: &hir::Program,
        c: ClassId,
        state: &mut [State],
        depth: usize,
    ) -> Option<u32> {
        match state[c.0 as usize] {
            State::Done => return Some(self.sizes[c.0 as usize]),
            State::InProgress => return None,
            State::Todo if depth >= MAX_DEPTH => return None,
            State::Todo => {}
        }
        state[c.0 as usize] = State::InProgress;
        let class = program.class(c);
        let (mut fields, mut at) = match class.base {
            Some(b) => match self.lay_out(program, b, state, depth + 1) {
                Some(size) => (self.fields[b.0 as usize].clone(), size),
                None => (Vec::new(), fields_start(program, c)),
            },
            None => (Vec::new(), fields_start(program, c)),
        };
        for &f in &class.fields {
            if program.field(f).is_static {
                continue;
            }
            let inline = struct_class(&program.field(f).ty)
                .and_then(|s| self.lay_out(program, s, state, depth + 1));
            self.offsets[f.0 as usize] = at;
            self.inline[f.0 as usize] = inline.is_some();
            at += inline.unwrap_or(8);
            fields.push(f);
        }
        self.sizes[c.0 as usize] = at;
        self.fields[c.0 as usize] = fields;
        state[c.0 as usize] = State::Done;
        Some(at)
    }

    /// The offsets of the words of an object of class `c` that hold references, those of its
    /// inline structs included.
    pub fn ref_offsets(&self, program: &hir::Program, c: ClassId) -> Vec<u32> {
        let mut out = Vec::new();
        self.refs_at(program, c, 0, &mut out, 0);
        out
    }

    fn refs_at(
        &self,
        program: &hir::Program,
        c: ClassId,
        base: u32,
        out: &mut Vec<u32>,
        depth: usize,
    ) {
        for &f in &self.fields[c.0 as usize] {
            let at = base + self.offsets[f.0 as usize];
            match self.inline_struct(program, f) {
                Some(s) if depth < MAX_DEPTH => self.refs_at(program, s, at, out, depth + 1),
                Some(_) => {}
                None if crate::mach_ty(&program.field(f).ty) == Some(unawait_smir::MachTy::Ref) => {
                    out.push(at)
                }
                None => {}
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Todo,
    InProgress,
    Done,
}

/// Where a class's fields start: after the header, or after the runtime's exception object
/// for an exception class.
fn fields_start(program: &hir::Program, c: ClassId) -> u32 {
    let mut cur = Some(c);
    for _ in 0..MAX_DEPTH {
        let Some(k) = cur else { break };
        if program
            .class(k)
            .lib_base
            .as_ref()
            .is_some_and(Ty::is_exception)
        {
            return unawait_smir::EXCEPTION_OBJECT_BYTES;
        }
        cur = program.class(k).base;
    }
    unawait_smir::OBJECT_HEADER
}
