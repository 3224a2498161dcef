//! Interfaces: which method of a class implements each method of the interfaces it implements
//! (the class's `itable`, what a call through an interface runs), and C#'s errors when one is
//! missing, not public, or returns another type.

use unawait_syntax::Diagnostic;

use crate::context::Ctx;
use crate::hir::{ClassId, ClassKind, MethodId, MethodKind};

pub(crate) fn itables(cx: &mut Ctx<'_>) {
    for i in 0..cx.program.classes.len() {
        let c = ClassId(i as u32);
        if cx.program.class(c).kind == ClassKind::Interface || cx.skipped_classes.contains(&c) {
            continue;
        }
        let explicit = cx.explicit_implementers.contains(&c);
        if cx.disposable.contains(&c) && !disposes(cx, c) && !cx.inherits.contains(&c) && !explicit
        {
            let (cname, span) = (cx.class_name(c).to_string(), cx.program.class(c).name_span);
            cx.diags.push(
                Diagnostic::error(
                    "CS0535",
                    format!(
                        "'{cname}' does not implement interface member 'IDisposable.Dispose()'"
                    ),
                    span,
                )
                .with_hint("add `public void Dispose() { ... }`"),
            );
        }
        let interfaces = cx.all_interfaces(c);
        let mut itable = Vec::new();
        for &iface in &interfaces {
            let methods: Vec<MethodId> = cx.program.class(iface).methods.clone();
            for im in methods {
                if cx.program.method(im).is_static {
                    continue;
                }
                if let Some(m) = implementation(cx, c, iface, im) {
                    itable.push((im, m));
                }
            }
        }
        let class = &mut cx.program.classes[i];
        class.interfaces = interfaces;
        class.itable = itable;
    }
}

/// `c` (or a base) has a public `void Dispose()`.
fn disposes(cx: &Ctx<'_>, c: ClassId) -> bool {
    cx.class_chain(c).iter().any(|&k| {
        cx.program.class(k).methods.iter().any(|&m| {
            let method = cx.program.method(m);
            method.name == "Dispose"
                && method.params.is_empty()
                && !method.is_static
                && !cx.method_private[m.0 as usize]
                && method.return_type == crate::types::Ty::Void
        })
    })
}

/// The method of `c` (or a base) that implements `im` of interface `iface`: a public instance
/// method with its name, parameter and return types; for a virtual one, the override `c` runs.
fn implementation(cx: &mut Ctx<'_>, c: ClassId, iface: ClassId, im: MethodId) -> Option<MethodId> {
    let want = cx.program.method(im).clone();
    let mut same_name = None;
    for k in cx.class_chain(c) {
        for &m in &cx.program.class(k).methods {
            let method = cx.program.method(m);
            if method.is_static || method.kind != MethodKind::Ordinary || method.name != want.name {
                continue;
            }
            if method.param_types != want.param_types {
                continue;
            }
            same_name.get_or_insert(m);
            if !cx.method_private[m.0 as usize] && method.return_type == want.return_type {
                let slot = method.vslot;
                let own = slot
                    .and_then(|s| cx.program.class(c).vtable.get(s as usize).copied())
                    .unwrap_or(m);
                return Some(own);
            }
        }
    }
    // A class reported with an unmodelled base may get the method from there, and a default
    // interface method (reported) implements itself.
    let unknowable = cx
        .class_chain(c)
        .iter()
        .any(|k| cx.explicit_implementers.contains(k));
    if unknowable || cx.inherits.contains(&c) || cx.default_interface_methods.contains(&im) {
        return None;
    }
    let (cname, iname) = (
        cx.class_name(c).to_string(),
        cx.class_name(iface).to_string(),
    );
    let ps: Vec<String> = want.param_types.iter().map(|t| t.to_string()).collect();
    let shown = format!("{iname}.{}({})", want.name, ps.join(", "));
    let span = cx.program.class(c).name_span;
    let d = match same_name {
        Some(m) if cx.method_private[m.0 as usize] => Diagnostic::error(
            "CS0737",
            format!("'{cname}' does not implement interface member '{shown}'. '{cname}.{}({})' cannot implement an interface member because it is not public.", want.name, ps.join(", ")),
            span,
        )
        .with_hint("make the implementing method `public`"),
        Some(_) => Diagnostic::error(
            "CS0738",
            format!("'{cname}' does not implement interface member '{shown}'. '{cname}.{}({})' cannot implement '{shown}' because it does not have the matching return type of '{}'.", want.name, ps.join(", "), want.return_type),
            span,
        )
        .with_hint("return the interface method's type"),
        None => Diagnostic::error(
            "CS0535",
            format!("'{cname}' does not implement interface member '{shown}'"),
            span,
        )
        .with_hint("add a public method with the interface method's signature"),
    };
    cx.diags.push(d);
    None
}
