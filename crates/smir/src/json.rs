//! The JSON form of the lowering (`unawait dump --stage lowered --format json`): a stable schema,
//! documented in docs/dump-format.md. Written by hand: it is small, and its field order is part of
//! the format.

use crate::*;
use std::fmt::Write;

pub fn module(m: &Module, source: &str) -> String {
    let methods: Vec<String> = (m.methods.iter().filter(|x| !x.generic))
        .map(|x| method(x, source))
        .collect();
    format!("{{\"methods\": [\n{}\n]}}\n", methods.join(",\n"))
}

fn method(m: &Method, source: &str) -> String {
    let f = &m.body;
    let mut out = String::new();
    let kind = match m.kind {
        MethodKind::Sync => "sync",
        MethodKind::Async(_) => "async",
    };
    let _ = write!(
        out,
        "  {{\"name\": {}, \"kind\": \"{kind}\", \"return\": {}",
        string(&m.name),
        string(&m.return_type)
    );
    let (sm, frame, awaits) = match &m.kind {
        MethodKind::Async(sm) => (Some(sm), Some(&sm.frame), sm.awaits.as_slice()),
        MethodKind::Sync => (None, None, &[][..]),
    };
    let _ = write!(out, ", \"frame_bytes\": {}", frame.map_or(0, |fr| fr.bytes));
    let slots: Vec<String> = frame
        .map(|fr| fr.slots.as_slice())
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let holds: Vec<String> = match s.ty {
                MachTy::Awaiter(_) => vec![string("<awaiter>")],
                _ => s
                    .holds
                    .iter()
                    .map(|h| string(&f.value(h.value).name))
                    .collect(),
            };
            format!(
                "{{\"index\": {i}, \"offset\": {}, \"type\": {}, \"bytes\": {}, \"holds\": [{}]}}",
                s.offset,
                string(sm.map_or(s.csharp_type(f), |sm| sm.slot_csharp_type(i, f))),
                s.ty.bytes(),
                holds.join(", ")
            )
        })
        .collect();
    let _ = write!(out, ", \"slots\": [{}]", slots.join(", "));
    let awaits: Vec<String> = awaits
        .iter()
        .map(|a| {
            let (line, column) = unawait_syntax::span::line_col(source, a.span.start);
            let live: Vec<String> = a.live.iter().map(|v| string(&f.value(*v).name)).collect();
            let elides: Vec<String> = a
                .elided
                .iter()
                .rev()
                .map(|e| {
                    let (line, column) = unawait_syntax::span::line_col(source, e.span.start);
                    format!(
                        "{{\"method\": {}, \"line\": {line}, \"column\": {column}}}",
                        string(&e.name)
                    )
                })
                .collect();
            // `elides` only where the await's call skips a wrapper (most awaits skip none).
            let elides = if elides.is_empty() {
                String::new()
            } else {
                format!(", \"elides\": [{}]", elides.join(", "))
            };
            format!(
                "{{\"state\": {}, \"line\": {line}, \"column\": {column}, \"awaiter\": {}, \"live\": [{}]{elides}}}",
                a.state,
                string(&a.awaiter_ty),
                live.join(", ")
            )
        })
        .collect();
    let _ = write!(out, ", \"awaits\": [{}]}}", awaits.join(", "));
    out
}

fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
