//! Definite assignment of the fields of struct locals, as C# tracks them: after `S s;`,
//! `s.X = 1;` assigns the field `X` only; `s.X` may then be read, and `s` itself once every
//! field of `S` is assigned (a struct without fields is always assigned). One level: a field of a
//! field of an unassigned struct local (`s.In.N = 1`) draws UA0100.

use std::collections::HashMap;

use unawait_syntax::{Diagnostic, Span};

use super::{Flow, State};
use crate::hir::{Expr, ExprKind, FieldId, LocalId, LocalKind, Method};

/// The instance fields of the struct type of each local that has one (parameters excepted,
/// but for `out` ones, which start unassigned).
pub type StructFields = HashMap<LocalId, Vec<(FieldId, String)>>;

/// Where each field's bit is: after one bit per local, one per field of each struct local.
pub(super) struct FieldBits {
    pub bits: usize,
    of: HashMap<LocalId, Vec<(FieldId, usize, String)>>,
}

impl FieldBits {
    pub fn new(method: &Method, fields: &StructFields) -> FieldBits {
        let mut bits = method.locals.len();
        let mut of = HashMap::new();
        for (&local, list) in fields {
            let tracked = method.locals.get(local.0 as usize).is_some_and(|l| {
                l.kind != LocalKind::Param || l.by_ref == Some(crate::hir::RefKind::Out)
            });
            if !tracked {
                continue;
            }
            let mut v = Vec::with_capacity(list.len());
            for (f, name) in list {
                v.push((*f, bits, name.clone()));
                bits += 1;
            }
            of.insert(local, v);
        }
        FieldBits { bits, of }
    }

    fn bit(&self, local: LocalId, field: FieldId) -> Option<usize> {
        self.of
            .get(&local)?
            .iter()
            .find(|(f, ..)| *f == field)
            .map(|(_, b, _)| *b)
    }

    /// A field tracked one by one: a local's field that is no auto-property's backing field
    /// (a property is read and set through accessors, which take the whole struct).
    fn tracked(&self, local: LocalId, field: FieldId) -> bool {
        self.of.get(&local).is_some_and(|fs| {
            fs.iter()
                .any(|(f, _, n)| *f == field && !n.ends_with(">k__BackingField"))
        })
    }
}

fn get_bit(st: &State, i: usize) -> bool {
    st.assigned
        .get(i / 64)
        .is_none_or(|w| w & (1 << (i % 64)) != 0)
}

fn set_bit(st: &mut State, i: usize) {
    if let Some(w) = st.assigned.get_mut(i / 64) {
        *w |= 1 << (i % 64);
    }
}

/// The struct local a receiver is, if its fields are tracked.
fn tracked_local(e: &Expr) -> Option<LocalId> {
    match e.kind {
        ExprKind::Local(id) if e.ty.is_struct() => Some(id),
        _ => None,
    }
}

impl Flow<'_> {
    /// A local is assigned, or (a struct local) each of its fields is.
    pub(super) fn assigned(&self, id: LocalId, st: &State) -> bool {
        st.get(id)
            || self
                .fields
                .of
                .get(&id)
                .is_some_and(|fs| fs.iter().all(|(_, b, _)| get_bit(st, *b)))
    }

    fn field_assigned(&self, id: LocalId, field: FieldId, st: &State) -> bool {
        self.assigned(id, st) || self.fields.bit(id, field).is_some_and(|b| get_bit(st, b))
    }

    /// `s.X` read: the field must be assigned, not the whole of `s`.
    pub(super) fn read_field(
        &mut self,
        receiver: &Expr,
        field: FieldId,
        span: Span,
        st: &mut State,
    ) {
        let Some(id) = tracked_local(receiver).filter(|id| self.fields.tracked(*id, field)) else {
            self.expr(receiver, st);
            return;
        };
        if st.reachable && !self.field_assigned(id, field, st) {
            let name = self
                .fields
                .of
                .get(&id)
                .and_then(|fs| fs.iter().find(|(f, ..)| *f == field))
                .map_or("?".to_string(), |(.., n)| n.clone());
            self.diags.push(
                Diagnostic::error(
                    "CS0170",
                    format!("Use of possibly unassigned field '{name}'"),
                    span,
                )
                .with_hint(format!("assign `{name}` on every path before this use")),
            );
        }
    }

    /// The receiver of an assignment to a field: `s.X = v` reads nothing of `s` (a compound
    /// assignment reads the field).
    pub(super) fn field_place(
        &mut self,
        receiver: &Expr,
        field: FieldId,
        st: &mut State,
        reads: bool,
        span: Span,
    ) {
        if tracked_local(receiver).is_some_and(|id| self.fields.tracked(id, field)) {
            if reads {
                self.read_field(receiver, field, span, st);
            }
            return;
        }
        // `s.In.N = v` with `s` unassigned: C# tracks nested fields too; this does not.
        if let ExprKind::InstanceField {
            receiver: inner,
            field: outer,
        } = &receiver.kind
        {
            if let Some(id) = tracked_local(inner).filter(|id| self.fields.tracked(*id, *outer)) {
                if st.reachable && !self.field_assigned(id, *outer, st) {
                    self.diags.push(
                        Diagnostic::error(
                            "UA0100",
                            "assigning the fields of an unassigned struct field one by one is not supported yet",
                            receiver.span,
                        )
                        .with_primary("not supported yet")
                        .with_hint("assign the whole field first, e.g. `s.In = new T();`"),
                    );
                    if let Some(b) = self.fields.bit(id, *outer) {
                        set_bit(st, b);
                    }
                }
                return;
            }
        }
        self.expr(receiver, st);
    }

    /// After `s.X = v`: the field is assigned.
    pub(super) fn assign_field(&self, receiver: &Expr, field: FieldId, st: &mut State) {
        if let Some(id) = tracked_local(receiver).filter(|id| self.fields.tracked(*id, field)) {
            if let Some(b) = self.fields.bit(id, field) {
                set_bit(st, b);
            }
        }
    }
}
