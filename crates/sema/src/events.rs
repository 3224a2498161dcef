//! Field-like events (`public event Action Clicked;`): a field of the delegate type, which code
//! of the declaring type uses as a field (invoking it, assigning it, comparing it to `null`)
//! and code elsewhere only subscribes to and unsubscribes from with `+=` and `-=` (CS0070).
//! The accessors C# generates combine and remove with a compare-exchange loop; on unawait's
//! logical threads a plain `+=` on the field behaves the same.

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_items::{modifier_invalid, Decl};
use crate::check_members::{declare_fields, register_unsupported, FieldParts};
use crate::context::Ctx;
use crate::hir::{ClassKind, FieldId};

pub(crate) fn event<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, ev: &'a ast::EventDecl) {
    let first = ev.declarators.first().map_or(ev.span, |v| v.name.span);
    let virtuals = [
        Modifier::Virtual,
        Modifier::Abstract,
        Modifier::Override,
        Modifier::Sealed,
    ];
    let unsupported = if cx.program.class(d.id).kind == ClassKind::Interface {
        Some("events of interfaces are")
    } else if ev.explicit_interface.is_some() {
        Some("explicit interface implementations of events are")
    } else if !ev.accessors.is_empty() {
        Some("events with `add` and `remove` accessors are")
    } else if virtuals.iter().any(|m| ev.modifiers.has(*m)) {
        Some("virtual, abstract and override events are")
    } else {
        None
    };
    if let Some(what) = unsupported {
        cx.unsupported(what, first);
        for v in &ev.declarators {
            register_unsupported(cx, d, &v.name);
        }
        return;
    }
    cx.check_attributes(&ev.attributes);
    for (m, span) in &ev.modifiers.0 {
        match m {
            Modifier::Public
            | Modifier::Private
            | Modifier::Internal
            | Modifier::Protected
            | Modifier::Static
            | Modifier::New => {}
            Modifier::Unsafe | Modifier::Extern => {
                cx.outside(&format!("`{}` events are", m.as_str()), *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    let parts = FieldParts {
        modifiers: &ev.modifiers,
        ty: &ev.ty,
        declarators: &ev.declarators,
        span: ev.span,
    };
    let fields = declare_fields(cx, d, parts, true);
    let Some(&f) = fields.first() else {
        return;
    };
    let ty = cx.program.field(f).ty.clone();
    if ty.delegate_sig().is_none() && !ty.is_error() {
        let shown = format!("{}.{}", cx.class_display(d.id), cx.program.field(f).name);
        cx.error(
            "CS0066",
            format!("'{shown}': event must be of a delegate type"),
            first,
            "declare it with a delegate type such as `Action` or `EventHandler`",
        );
    }
    cx.event_fields.extend(fields);
}

impl Body<'_, '_> {
    /// An event's field named outside its type anywhere but left of `+=`/`-=` (CS0070).
    pub(crate) fn check_event_use(&mut self, f: FieldId, span: Span) {
        if !self.cx.event_fields.contains(&f) || std::mem::take(&mut self.subscribing) {
            return;
        }
        let class = self.cx.program.field(f).class;
        let mut inside = Some(self.class);
        for _ in 0..64 {
            match inside {
                Some(c) if c == class => return,
                Some(c) => inside = self.cx.program.class(c).outer,
                None => break,
            }
        }
        let shown = format!(
            "{}.{}",
            self.cx.class_display(class),
            self.cx.program.field(f).name
        );
        let owner = self.cx.class_display(class);
        self.err(
            "CS0070",
            format!("The event '{shown}' can only appear on the left hand side of += or -= (except when used from within the type '{owner}')"),
            span,
            "subscribe with `+=` or unsubscribe with `-=`; only its own type raises or assigns an event",
        );
    }
}
