//! The report as text (for people) and as JSON (docs/dump-format.md, "unawait explain").

use std::fmt::Write;

use crate::report::{counted, MethodReport, Report};

/// The version of the JSON schema; fields are only ever added within one version.
pub const JSON_VERSION: u32 = 1;

pub fn text(r: &Report) -> String {
    let mut out = format!("{}\n\n", r.model.describe());
    if r.methods.is_empty() {
        out.push_str(
            "no method to explain (explain reports async methods, and methods with lints)\n",
        );
    }
    for (i, m) in r.methods.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        method_text(&mut out, m);
    }
    out
}

fn method_text(out: &mut String, m: &MethodReport) {
    let shape = match m.shape {
        "state_machine" => "a state machine",
        "no_await" => "async without await: no state machine",
        "async_iterator" => "an async iterator",
        _ => "not async",
    };
    let modifier = if m.is_async { "async " } else { "" };
    let runtime_name = match &m.runtime_name {
        Some(n) => format!("; `{n}` in --stats and --trace"),
        None => String::new(),
    };
    let _ = writeln!(
        out,
        "{} (line {}{runtime_name}): {modifier}{}, {shape}",
        m.name, m.line, m.return_type
    );
    if let Some((kind, why)) = &m.completion {
        let kind = match *kind {
            "never_suspends" => "never suspends",
            "always_suspends" => "always suspends",
            _ => "depends on run time",
        };
        let _ = writeln!(out, "  completes: {kind}: {why}");
    }
    for (line, what) in &m.yields {
        let _ = writeln!(out, "  yield return at line {line}: {what}");
    }
    if let Some(f) = &m.frame {
        let never = matches!(&m.completion, Some((k, _)) if *k == "never_suspends");
        let _ = writeln!(
            out,
            "  frame: {} in {}; the box of a suspended call is {} bytes{}",
            counted(f.bytes.into(), "byte"),
            counted(f.slots.len() as u64, "slot"),
            f.box_bytes,
            if never {
                " (never allocated: no call suspends)"
            } else {
                ""
            }
        );
        for s in &f.slots {
            let head = format!(
                "slot {} @{} {} ({})",
                s.index,
                s.offset,
                s.ty,
                counted(s.bytes.into(), "byte")
            );
            match &s.holds {
                None => {
                    let _ = writeln!(out, "    {head}: the awaiter of the await that suspended");
                }
                Some(holds) => {
                    let _ = writeln!(out, "    {head}:");
                    for h in holds {
                        let kind = match h.kind {
                            "local" => format!("local {}", h.ty),
                            "field" => format!("field {} of a struct local", h.ty),
                            "parameter" => format!("parameter {}", h.ty),
                            "temporary" => format!("temporary {}", h.ty),
                            "this" => format!("the object, {}", h.ty),
                            _ => format!("compiler variable {}", h.ty),
                        };
                        let states: Vec<String> =
                            h.across.iter().map(|(s, _)| s.to_string()).collect();
                        let _ = writeln!(
                            out,
                            "      {} ({kind}, across state {}): {}",
                            h.name,
                            states.join(", "),
                            h.reason
                        );
                    }
                }
            }
        }
    }
    if let Some(r) = &m.roslyn {
        let fields: Vec<String> = r
            .fields
            .iter()
            .map(|f| format!("{} {}", f.ty, f.name))
            .collect();
        let _ = writeln!(
            out,
            "  C# (Roslyn, Release) would keep, by estimate: {} ({} bytes of fields)",
            fields.join(", "),
            r.bytes
        );
        if r.same {
            let _ = writeln!(out, "    the same values as unawait's frame");
        }
        for d in &r.differences {
            let _ = writeln!(out, "    differs: {d}");
        }
    }
    for a in &m.awaits {
        let _ = writeln!(
            out,
            "  await (state {}) at {}:{}: await {}",
            a.state, a.line, a.column, a.expression
        );
        let _ = writeln!(out, "    awaits {} with {}", a.awaited_type, a.awaiter);
        let verdict = match a.completes.word() {
            "sync" => "completes synchronously",
            "suspends" => "must suspend",
            _ => "depends on run time",
        };
        let _ = writeln!(out, "    {verdict}: {}", a.why);
        let context = match a.configure_await {
            Some(false) => "not captured: ConfigureAwait(false)",
            Some(true) => "captured: ConfigureAwait(true)",
            None if a.captures_context => "captured (no ConfigureAwait(false))",
            None if a.custom => {
                "not captured by the await: the custom awaiter's OnCompleted decides where the continuation runs"
            }
            None => "ConfigureAwait with a value known at run time",
        };
        let _ = writeln!(out, "    context: {context}");
        let _ = writeln!(out, "    continues, --sync-context none: {}", a.on_none);
        let _ = writeln!(out, "    continues, --sync-context single: {}", a.on_single);
        match a.in_loop {
            Some((l, true)) => {
                let _ = writeln!(out, "    in the loop at line {l}: runs once per iteration");
            }
            Some((l, false)) => {
                let _ = writeln!(
                    out,
                    "    in the loop at line {l}: runs only on the iterations that reach it (it is under a condition in the loop's body)"
                );
            }
            None => {}
        }
        let live = if a.live.is_empty() {
            "nothing but the awaiter".to_string()
        } else {
            a.live.join(", ")
        };
        let never = if a.completes.word() == "sync" {
            " (it does not suspend)"
        } else {
            ""
        };
        let _ = writeln!(out, "    stores when it suspends: {live}{never}");
    }
    if let Some(al) = &m.allocations {
        let _ = writeln!(out, "  allocations per call:");
        let sync = match al.sync_bytes {
            Some(b) => format!("{b} bytes: {}", al.sync_note),
            None => format!("none: {}", al.sync_note),
        };
        let _ = writeln!(out, "    synchronous path: {sync}");
        match al.suspend_bytes {
            Some(b) => {
                let _ = writeln!(
                    out,
                    "    first real suspension: the box, {b} bytes (later suspensions of the same call reuse it)"
                );
                if al.elided_calls > 0 {
                    let sites = if al.elided_calls == 1 {
                        "await"
                    } else {
                        "awaits"
                    };
                    let _ = writeln!(
                        out,
                        "    elided at {} {sites}: the caller calls what this wrapper awaits directly, so its state machine, box and resumption never run there (unawait only: C# runs the wrapper; an exception's trace still lists it)",
                        al.elided_calls
                    );
                }
                let (direct, all) = al.pooled_calls;
                if direct > 0 {
                    let sites = if all == 1 { "call site" } else { "call sites" };
                    let _ = match al.fails_at {
                        None => writeln!(
                            out,
                            "    calls awaited directly ({direct} of {all} {sites}): the box goes back to the method's pool once the caller has the result, and a later call takes it instead of allocating; a loop of such calls uses at most two boxes (the next call can start before the previous box's MoveNext has returned)"
                        ),
                        Some(line) => writeln!(
                            out,
                            "    calls awaited directly ({direct} of {all} {sites}): the box of a call that succeeds goes back to the method's pool once the caller has the result, and a later call takes it instead of allocating, so a loop of calls that succeed uses at most two boxes (the next call can start before the previous box's MoveNext has returned); a call that fails or is canceled (it can, line {line}) does not give its box back: each such call that suspends allocates a box of its own"
                        ),
                    };
                }
            }
            None => {
                let _ = writeln!(
                    out,
                    "    first real suspension: none: the method never suspends"
                );
            }
        }
        for s in &al.other {
            let bytes = s.bytes.map_or(String::new(), |b| format!(", {b} bytes"));
            let each = match (s.per_iteration, s.every_iteration) {
                (true, true) => ", per iteration",
                (true, false) => ", on the iterations that reach it",
                (false, _) => "",
            };
            let _ = writeln!(out, "    also at line {}: {}{bytes}{each}", s.line, s.what);
        }
    }
    if !m.verdicts.is_empty() {
        let _ = writeln!(out, "  verdicts:");
        for v in &m.verdicts {
            let _ = writeln!(out, "    - {}", v.message);
        }
    }
    if !m.lints.is_empty() {
        let _ = writeln!(out, "  warnings:");
        for l in &m.lints {
            let _ = writeln!(
                out,
                "    - {} at {}:{}: {}\n      hint: {} (tutorial: {})",
                l.code, l.line, l.column, l.message, l.hint, l.tutorial
            );
        }
    }
}

/// A JSON value, printed with a stable field order.
enum Json {
    Null,
    Bool(bool),
    Num(i64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(&'static str, Json)>),
}

fn s(x: impl Into<String>) -> Json {
    Json::Str(x.into())
}

fn n(x: impl TryInto<i64>) -> Json {
    Json::Num(x.try_into().unwrap_or(i64::MAX))
}

fn opt<T>(x: Option<T>, f: impl FnOnce(T) -> Json) -> Json {
    x.map_or(Json::Null, f)
}

impl Json {
    fn write(&self, out: &mut String, indent: usize) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(v) => {
                let _ = write!(out, "{v}");
            }
            Json::Str(v) => string(out, v),
            Json::Arr(items) if items.is_empty() => out.push_str("[]"),
            Json::Arr(items) => {
                out.push('[');
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, indent + 1);
                    x.write(out, indent + 1);
                }
                newline(out, indent);
                out.push(']');
            }
            Json::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, indent + 1);
                    string(out, k);
                    out.push_str(": ");
                    v.write(out, indent + 1);
                }
                newline(out, indent);
                out.push('}');
            }
        }
    }
}

fn newline(out: &mut String, indent: usize) {
    out.push('\n');
    for _ in 0..indent {
        out.push_str("  ");
    }
}

fn string(out: &mut String, v: &str) {
    out.push('"');
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

pub fn json(r: &Report) -> String {
    let doc = Json::Obj(vec![
        ("version", n(JSON_VERSION)),
        (
            "methods",
            Json::Arr(r.methods.iter().map(method_json).collect()),
        ),
        (
            "model",
            s(match r.model {
                unawait_smir::Model::Unawait => "unawait",
                unawait_smir::Model::DotNet => "dotnet",
            }),
        ),
    ]);
    let mut out = String::new();
    doc.write(&mut out, 0);
    out.push('\n');
    out
}

fn method_json(m: &MethodReport) -> Json {
    Json::Obj(vec![
        ("name", s(&m.name)),
        ("line", n(m.line)),
        ("column", n(m.column)),
        ("return", s(&m.return_type)),
        ("async", Json::Bool(m.is_async)),
        ("shape", s(m.shape)),
        (
            "yields",
            Json::Arr(
                m.yields
                    .iter()
                    .map(|(l, what)| Json::Obj(vec![("line", n(*l)), ("what", s(what))]))
                    .collect(),
            ),
        ),
        (
            "completion",
            opt(m.completion.as_ref(), |(k, why)| {
                Json::Obj(vec![("kind", s(*k)), ("why", s(why))])
            }),
        ),
        (
            "frame",
            opt(m.frame.as_ref(), |f| {
                Json::Obj(vec![
                    ("bytes", n(f.bytes)),
                    ("box_bytes", n(f.box_bytes)),
                    (
                        "slots",
                        Json::Arr(
                            f.slots
                                .iter()
                                .map(|sl| {
                                    Json::Obj(vec![
                                        ("index", n(sl.index)),
                                        ("offset", n(sl.offset)),
                                        ("type", s(&sl.ty)),
                                        ("bytes", n(sl.bytes)),
                                        ("awaiter", Json::Bool(sl.holds.is_none())),
                                        (
                                            "holds",
                                            Json::Arr(
                                                sl.holds
                                                    .iter()
                                                    .flatten()
                                                    .map(|h| {
                                                        Json::Obj(vec![
                                                            ("name", s(&h.name)),
                                                            ("kind", s(h.kind)),
                                                            ("type", s(&h.ty)),
                                                            (
                                                                "across",
                                                                Json::Arr(
                                                                    h.across
                                                                        .iter()
                                                                        .map(|(st, l)| {
                                                                            Json::Obj(vec![
                                                                                ("state", n(*st)),
                                                                                ("line", n(*l)),
                                                                            ])
                                                                        })
                                                                        .collect(),
                                                                ),
                                                            ),
                                                            ("reason", s(&h.reason)),
                                                        ])
                                                    })
                                                    .collect(),
                                            ),
                                        ),
                                    ])
                                })
                                .collect(),
                        ),
                    ),
                ])
            }),
        ),
        (
            "roslyn",
            opt(m.roslyn.as_ref(), |r| {
                Json::Obj(vec![
                    ("bytes", n(r.bytes)),
                    ("same", Json::Bool(r.same)),
                    (
                        "fields",
                        Json::Arr(
                            r.fields
                                .iter()
                                .map(|f| {
                                    Json::Obj(vec![
                                        ("name", s(&f.name)),
                                        ("type", s(&f.ty)),
                                        ("bytes", n(f.bytes)),
                                    ])
                                })
                                .collect(),
                        ),
                    ),
                    (
                        "differences",
                        Json::Arr(r.differences.iter().map(s).collect()),
                    ),
                ])
            }),
        ),
        (
            "awaits",
            Json::Arr(
                m.awaits
                    .iter()
                    .map(|a| {
                        Json::Obj(vec![
                            ("state", n(a.state)),
                            ("line", n(a.line)),
                            ("column", n(a.column)),
                            ("expression", s(&a.expression)),
                            ("awaited_type", s(&a.awaited_type)),
                            ("awaiter", s(&a.awaiter)),
                            ("completes", s(a.completes.word())),
                            ("why", s(&a.why)),
                            ("configure_await", opt(a.configure_await, Json::Bool)),
                            ("captures_context", Json::Bool(a.captures_context)),
                            (
                                "continuation",
                                Json::Obj(vec![
                                    ("none", s(&a.on_none)),
                                    ("single", s(&a.on_single)),
                                ]),
                            ),
                            ("live", Json::Arr(a.live.iter().map(s).collect())),
                            ("loop_line", opt(a.in_loop.map(|l| l.0), n)),
                            (
                                "loop_every_iteration",
                                opt(a.in_loop.map(|l| l.1), Json::Bool),
                            ),
                        ])
                    })
                    .collect(),
            ),
        ),
        (
            "allocations",
            opt(m.allocations.as_ref(), |al| {
                Json::Obj(vec![
                    ("sync_path_bytes", opt(al.sync_bytes, n)),
                    ("sync_path", s(&al.sync_note)),
                    ("first_suspension_bytes", opt(al.suspend_bytes, n)),
                    ("call_sites", n(al.pooled_calls.1 as u64)),
                    ("call_sites_pooling_the_box", n(al.pooled_calls.0 as u64)),
                    ("fails_at_line", opt(al.fails_at, n)),
                    ("elided_call_sites", n(al.elided_calls as u64)),
                    (
                        "other",
                        Json::Arr(
                            al.other
                                .iter()
                                .map(|o| {
                                    Json::Obj(vec![
                                        ("line", n(o.line)),
                                        ("what", s(&o.what)),
                                        ("bytes", opt(o.bytes, n)),
                                        ("per_iteration", Json::Bool(o.per_iteration)),
                                        ("every_iteration", Json::Bool(o.every_iteration)),
                                    ])
                                })
                                .collect(),
                        ),
                    ),
                ])
            }),
        ),
        (
            "verdicts",
            Json::Arr(
                m.verdicts
                    .iter()
                    .map(|v| {
                        Json::Obj(vec![
                            ("tutorial", s(v.tutorial)),
                            ("message", s(&v.message)),
                        ])
                    })
                    .collect(),
            ),
        ),
        (
            "lints",
            Json::Arr(
                m.lints
                    .iter()
                    .map(|l| {
                        Json::Obj(vec![
                            ("code", s(l.code)),
                            ("line", n(l.line)),
                            ("column", n(l.column)),
                            ("message", s(&l.message)),
                            ("hint", s(&l.hint)),
                            ("tutorial", s(l.tutorial)),
                        ])
                    })
                    .collect(),
            ),
        ),
        ("runtime_name", opt(m.runtime_name.as_ref(), s)),
    ])
}
