//! The text form of SMIR (`unawait dump --stage lowered --format text`): one instruction per
//! line, values by their source names (`x`, `x#2` for a second variable named `x`) or as
//! temporaries (`<t3>`).

use crate::*;
use std::fmt::Write;

pub fn module(m: &Module, source: &str) -> String {
    let mut out = String::new();
    for method in m.methods.iter().filter(|m| !m.generic) {
        out.push_str(&self::method(method, source));
        out.push('\n');
    }
    out
}

pub fn method(m: &Method, source: &str) -> String {
    let mut out = String::new();
    let f = &m.body;
    match &m.kind {
        MethodKind::Sync => {
            let _ = writeln!(out, "method {} -> {} [sync]", m.name, m.return_type);
        }
        MethodKind::Async(sm) => {
            let _ = writeln!(
                out,
                "method {} -> {} [async, builder {}]",
                m.name,
                m.return_type,
                builder(&sm.builder)
            );
            let _ = writeln!(out, "  frame {} bytes", sm.frame.bytes);
            for (i, slot) in sm.frame.slots.iter().enumerate() {
                let holds: Vec<String> = slot
                    .holds
                    .iter()
                    .map(|h| {
                        let states: Vec<String> = h.across.iter().map(|s| s.to_string()).collect();
                        format!("{} (across state {})", name(f, h.value), states.join(", "))
                    })
                    .collect();
                let holds = match slot.ty {
                    MachTy::Awaiter(_) => "<awaiter>".to_string(),
                    _ => holds.join(", "),
                };
                let ty = match slot.ty {
                    MachTy::Awaiter(_) => sm.slot_csharp_type(i, f),
                    _ => slot.ty.name(),
                };
                let _ = writeln!(out, "    slot{i} @{} {ty}: {holds}", slot.offset);
            }
            for a in &sm.awaits {
                let (line, col) = unawait_syntax::span::line_col(source, a.span.start);
                let live: Vec<String> = a.live.iter().map(|v| name(f, *v)).collect();
                let _ = writeln!(
                    out,
                    "  await state {} at {line}:{col}: {} in slot{}, live {{{}}}, resumes at b{}{}",
                    a.state,
                    a.awaiter_ty,
                    a.awaiter_slot.0,
                    live.join(", "),
                    a.resume.0,
                    elided_note(&a.elided, source)
                );
            }
        }
    }
    if let MethodKind::Async(sm) = &m.kind {
        out.push_str("  kickoff:\n");
        out.push_str(&function(&sm.kickoff));
        out.push_str("  move_next:\n");
    }
    out.push_str(&function(f));
    out
}

fn builder(b: &BuilderKind) -> String {
    match b {
        BuilderKind::Task => "Task".into(),
        BuilderKind::TaskOf(t) => format!("Task<{}>", t.name()),
        BuilderKind::ValueTask => "ValueTask".into(),
        BuilderKind::ValueTaskOf(t) => format!("ValueTask<{}>", t.name()),
        BuilderKind::Void => "void".into(),
    }
}

/// The printed name of a value (names are unique within a function: `lower` makes them so).
pub fn name(f: &Function, v: ValueId) -> String {
    f.value(v).name.clone()
}

/// A value by name, a constant as C# writes it.
pub fn operand(f: &Function, o: &Operand) -> String {
    match o {
        Operand::Value(v) => name(f, *v),
        Operand::Const(c) => match c {
            Const::Bool(b) => b.to_string(),
            Const::I32(i) => i.to_string(),
            Const::I64(i) => format!("{i}L"),
            Const::F64(x) => format!("{x:?}"),
            Const::Str(s) => format!("{s:?}"),
            Const::Null => "null".into(),
        },
    }
}

fn list(f: &Function, ops: &[Operand]) -> String {
    ops.iter()
        .map(|o| operand(f, o))
        .collect::<Vec<_>>()
        .join(", ")
}

fn callee(c: &Callee) -> &str {
    match c {
        Callee::User { name, .. }
        | Callee::Builtin { name, .. }
        | Callee::Virtual { name, .. }
        | Callee::Interface { name, .. } => name,
        Callee::Runtime(name) => name,
        Callee::Delegate => "delegate.Invoke",
    }
}

pub fn inst(f: &Function, i: &Inst) -> String {
    let n = |v: &ValueId| name(f, *v);
    let o = |x: &Operand| operand(f, x);
    match i {
        Inst::Copy { dst, src } => format!("{} = {}", n(dst), o(src)),
        Inst::Unary { dst, op, src } => format!("{} = {:?} {}", n(dst), op, o(src)),
        Inst::Binary {
            dst,
            op,
            ty,
            lhs,
            rhs,
        } => format!("{} = {:?}.{} {}, {}", n(dst), op, ty.name(), o(lhs), o(rhs)),
        Inst::Convert { dst, conv, src } => format!("{} = {:?} {}", n(dst), conv, o(src)),
        Inst::Call {
            dst,
            callee: c,
            args,
            ..
        } => {
            // A call awaited directly may return a synchronous result inline (no task).
            let note = match c {
                Callee::User {
                    awaited_directly: true,
                    ..
                } => " [inline result if synchronous]".to_string(),
                Callee::Virtual { slot, .. } => format!(" [virtual, slot {slot}]"),
                Callee::Interface { .. } => " [interface]".to_string(),
                _ => String::new(),
            };
            match dst {
                Some(d) => format!("{} = call {}({}){note}", n(d), callee(c), list(f, args)),
                None => format!("call {}({}){note}", callee(c), list(f, args)),
            }
        }
        Inst::LocalAddr { dst, local, read } => {
            let mode = if *read { "" } else { " (out)" };
            format!("{} = &{}{mode}", n(dst), n(local))
        }
        Inst::LocalReload { local } => format!("reload {}", n(local)),
        Inst::FieldAddr {
            dst,
            object,
            offset,
        } => {
            format!("{} = &{}.field@{offset}", n(dst), o(object))
        }
        Inst::ElemAddr { dst, array, index } => {
            format!("{} = &{}[{}]", n(dst), o(array), o(index))
        }
        Inst::StaticAddr { dst, field } => format!("{} = &static #{field}", n(dst)),
        Inst::LoadRef { dst, ptr } => format!("{} = *{}", n(dst), o(ptr)),
        Inst::StoreRef { ptr, src } => format!("*{} = {}", o(ptr), o(src)),
        Inst::InitClass { class, .. } => format!("init_class {class}"),
        Inst::LoadStatic { dst, name, .. } => format!("{} = static {name}", n(dst)),
        Inst::StoreStatic { name, src, .. } => format!("static {name} = {}", o(src)),
        Inst::NewArray { dst, elem, len } => {
            format!("{} = new {}[{}]", n(dst), elem.name(), o(len))
        }
        Inst::ArrayLoad { dst, array, index } => {
            format!("{} = {}[{}]", n(dst), o(array), o(index))
        }
        Inst::ArrayLength { dst, array } => format!("{} = length {}", n(dst), o(array)),
        Inst::NewObject { dst, class } => format!("{} = new_object #{class}", n(dst)),
        Inst::NewDelegate {
            dst,
            name,
            target,
            dispatch,
            ..
        } => {
            let how = match dispatch {
                DelegateDispatch::Direct => String::new(),
                DelegateDispatch::Slot(s) => format!(" virtual #{s}"),
                DelegateDispatch::Interface => " interface".to_string(),
            };
            match target {
                Some(t) => format!("{} = new_delegate{how} {name} on {}", n(dst), o(t)),
                None => format!("{} = new_delegate{how} {name}", n(dst)),
            }
        }
        Inst::StackObject { dst, class } => format!("{} = stack_object #{class}", n(dst)),
        Inst::TypeTest {
            dst,
            object,
            target,
            mode,
        } => {
            let t = match target {
                TypeTarget::Class { name, .. } => name.clone(),
                TypeTarget::Library(name) | TypeTarget::Delegate(name) => name.clone(),
            };
            format!("{} = {:?} {} {t}", n(dst), mode, o(object))
        }
        Inst::LoadField {
            dst, object, name, ..
        } => format!("{} = {}.field {name}", n(dst), o(object)),
        Inst::InnerObject {
            dst, object, name, ..
        } => format!("{} = &{}.field {name}", n(dst), o(object)),
        Inst::StoreField {
            object, name, src, ..
        } => format!("{}.field {name} = {}", o(object), o(src)),
        Inst::ArrayStore { array, index, src } => {
            format!("{}[{}] = {}", o(array), o(index), o(src))
        }
        Inst::ToStr { dst, src, from } => {
            format!("{} = tostring.{} {}", n(dst), from.name(), o(src))
        }
        Inst::Concat { dst, parts } => format!("{} = concat({})", n(dst), list(f, parts)),
        Inst::GetAwaiter {
            dst,
            awaitable,
            kind,
            ..
        } => format!("{} = get_awaiter.{} {}", n(dst), kind.name(), o(awaitable)),
        Inst::IsCompleted { dst, awaiter } => {
            format!("{} = is_completed {}", n(dst), n(awaiter))
        }
        Inst::GetResult { dst, awaiter, .. } => match dst {
            Some(d) => format!("{} = get_result {}", n(d), n(awaiter)),
            None => format!("get_result {}", n(awaiter)),
        },
        Inst::AwaitOnCompleted { slot } => format!("await_on_completed slot{}", slot.0),
        Inst::AwaitContinuation { dst } => format!("{} = await_continuation", n(dst)),
        Inst::LoadState { dst } => format!("{} = state", n(dst)),
        Inst::StoreState { state } => format!("state = {state}"),
        Inst::FrameLoad { dst, slot } => format!("{} = slot{}", n(dst), slot.0),
        Inst::FrameStore { slot, src } => format!("slot{} = {}", slot.0, n(src)),
        Inst::FrameClear { slot } => format!("clear slot{}", slot.0),
        Inst::SetResult { value } => match value {
            Some(v) => format!("set_result {}", o(v)),
            None => "set_result".into(),
        },
        Inst::SetException { exception } => format!("set_exception {}", n(exception)),
        Inst::Start {
            dst,
            builder: b,
            method,
            args,
        } => {
            let call = format!("start {} machine #{method}({})", builder(b), list(f, args));
            match dst {
                Some(d) => format!("{} = {call}", n(d)),
                None => call,
            }
        }
        Inst::Caught { dst } => format!("{} = caught", n(dst)),
        Inst::ExceptionIs {
            dst,
            exception,
            class,
        } => format!("{} = {} is {class}", n(dst), n(exception)),
    }
}

fn term(f: &Function, t: &Terminator) -> String {
    match t {
        Terminator::Goto(b) => format!("goto b{}", b.0),
        Terminator::Branch {
            cond,
            then,
            otherwise,
        } => format!(
            "if {} goto b{} else b{}",
            operand(f, cond),
            then.0,
            otherwise.0
        ),
        Terminator::Switch { on, cases, default } => {
            let cases: Vec<String> = cases
                .iter()
                .map(|(k, b)| format!("{k} -> b{}", b.0))
                .collect();
            format!(
                "switch {} [{}] else b{}",
                name(f, *on),
                cases.join(", "),
                default.0
            )
        }
        Terminator::Return(Some(v)) => format!("return {}", operand(f, v)),
        Terminator::Return(None) => "return".into(),
        Terminator::Throw(v, _) => format!("throw {}", operand(f, v)),
        Terminator::Suspend => "suspend".into(),
        Terminator::Unreachable => "unreachable".into(),
    }
}

pub fn function(f: &Function) -> String {
    let mut out = String::new();
    let params: Vec<String> = f
        .params
        .iter()
        .map(|p| format!("{}: {}", name(f, *p), f.value(*p).ty.name()))
        .collect();
    let _ = writeln!(out, "  fn({}) entry b{}", params.join(", "), f.entry.0);
    for (i, b) in f.blocks.iter().enumerate() {
        match b.unwind {
            Some(h) => {
                let _ = writeln!(out, "  b{i}: (unwind b{})", h.0);
            }
            None => {
                let _ = writeln!(out, "  b{i}:");
            }
        }
        for x in &b.insts {
            let _ = writeln!(out, "    {}", inst(f, x));
        }
        let _ = writeln!(out, "    {}", term(f, &b.term));
    }
    out
}

/// `, elides W (its await at L:C)` for the wrappers an await's call skips (outermost first,
/// as the source calls them).
pub fn elided_note(elided: &[Elided], source: &str) -> String {
    elided
        .iter()
        .rev()
        .map(|e| {
            let (line, col) = unawait_syntax::span::line_col(source, e.span.start);
            format!(", elides {} (its await at {line}:{col})", e.name)
        })
        .collect()
}
