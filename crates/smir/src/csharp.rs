//! The lowering as C#-like source (`--format csharp`), in the style SharpLab shows Roslyn's
//! output: a state-machine class whose fields are the frame's slots, each commented with what it
//! holds and why, and a `MoveNext` written with labels and `goto`s, one label per block.

use crate::print::{inst, operand};
use crate::*;
use std::fmt::Write;

pub fn module(m: &Module, source: &str) -> String {
    let mut out = String::new();
    for (i, method) in m.methods.iter().enumerate().filter(|(_, m)| !m.generic) {
        match &method.kind {
            MethodKind::Async(sm) if !sm.awaits.is_empty() => {
                state_machine(&mut out, i, method, sm, source)
            }
            _ => plain(&mut out, method),
        }
        out.push('\n');
    }
    out
}

/// Each frame slot's field, named as Roslyn names what it holds (`roslyn_field_name`): by the
/// first value the slot holds (a slot shared by values never live together holds several).
pub fn field_names(sm: &StateMachine, f: &Function) -> Vec<String> {
    let (mut n, mut awaiters) = (0, 0);
    sm.frame
        .slots
        .iter()
        .map(|slot| {
            let role = match (slot.ty, slot.holds.first()) {
                (MachTy::Awaiter(_), _) => {
                    awaiters += 1;
                    return roslyn_field_name(FieldRole::Awaiter, awaiters);
                }
                (_, Some(h)) => {
                    let v = f.value(h.value);
                    // `x#2` is the second variable named `x`: C#'s field is `<x>5__N`.
                    let source = v.name.split('#').next().unwrap_or(&v.name);
                    match v.origin {
                        Origin::Param { .. } => {
                            return roslyn_field_name(FieldRole::Param(source), 0)
                        }
                        Origin::This => return roslyn_field_name(FieldRole::This, 0),
                        // A custom awaiter: C#'s awaiter field.
                        Origin::Synthetic(Synthetic::Awaiter) => {
                            awaiters += 1;
                            return roslyn_field_name(FieldRole::Awaiter, awaiters);
                        }
                        // A local the compiler adds (`await foreach`'s enumerator):
                        // Roslyn's wrap.
                        Origin::Local { .. } if source.starts_with('<') => FieldRole::Wrap,
                        Origin::Local { .. } => FieldRole::Local(source),
                        Origin::Synthetic(_) => FieldRole::Wrap,
                        Origin::Temp => FieldRole::Spill,
                    }
                }
                (_, None) => FieldRole::Spill,
            };
            n += 1;
            roslyn_field_name(role, n)
        })
        .collect()
}

fn short_name(m: &Method) -> &str {
    m.name.rsplit('.').next().unwrap_or(&m.name)
}

fn builder_type(b: &BuilderKind, ret: &str) -> String {
    let inner = ret.find('<').map(|i| &ret[i..]).unwrap_or("");
    match b {
        BuilderKind::Task => "AsyncTaskMethodBuilder".into(),
        BuilderKind::TaskOf(_) => format!("AsyncTaskMethodBuilder{inner}"),
        BuilderKind::ValueTask => "AsyncValueTaskMethodBuilder".into(),
        BuilderKind::ValueTaskOf(_) => format!("AsyncValueTaskMethodBuilder{inner}"),
        BuilderKind::Void => "AsyncVoidMethodBuilder".into(),
    }
}

fn state_machine(out: &mut String, index: usize, m: &Method, sm: &StateMachine, source: &str) {
    let f = &m.body;
    // An async iterator's body (docs/lowering.md, "Async iterators"): Roslyn's one class.
    let stream = sm.awaits.iter().any(|a| a.yield_return);
    let line_of = |state: i32| {
        sm.awaits.iter().find(|a| a.state == state).map_or(0, |a| {
            unawait_syntax::span::line_col(source, a.span.start).0
        })
    };
    // The stub that replaces the method's body, as Roslyn emits it.
    let params: Vec<String> = sm
        .kickoff
        .params
        .iter()
        .map(|p| sm.kickoff.value(*p))
        .filter(|v| v.origin != Origin::This)
        .map(|v| format!("{} {}", v.cs_ty, v.name))
        .collect();
    let instance = sm
        .kickoff
        .params
        .iter()
        .any(|p| sm.kickoff.value(*p).origin == Origin::This);
    // Roslyn numbers state machines by method; the kickoff knows which method this is.
    let index = sm
        .kickoff
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .find_map(|i| match i {
            Inst::Start { method, .. } => Some(*method as usize),
            _ => None,
        })
        .unwrap_or(index);
    let machine = format!("<{}>d__{index}", short_name(m));
    // Roslyn keeps `return await` wrappers; unawait's calls skip them (docs/lowering.md).
    for a in sm.awaits.iter().filter(|a| !a.elided.is_empty()) {
        let _ = writeln!(
            out,
            "// the await at line {}{} (unawait only; C# calls the wrapper)",
            unawait_syntax::span::line_col(source, a.span.start).0,
            crate::print::elided_note(&a.elided, source)
        );
    }
    if stream {
        stream_class(out, m);
    } else {
        let _ = writeln!(
            out,
            "[AsyncStateMachine(typeof({machine}))]\n{} {}({})\n{{",
            m.return_type,
            short_name(m),
            params.join(", ")
        );
        let _ = writeln!(out, "    {machine} stateMachine = default;");
        let _ = writeln!(
            out,
            "    stateMachine.<>t__builder = {}.Create();",
            builder_type(&sm.builder, &m.return_type)
        );
        if instance {
            let _ = writeln!(out, "    stateMachine.<>4__this = this;");
        }
        let _ = writeln!(out, "    stateMachine.<>1__state = -1;");
        let _ = writeln!(out, "    stateMachine.<>t__builder.Start(ref stateMachine); // runs MoveNext until the first suspension");
        if sm.builder != BuilderKind::Void {
            let _ = writeln!(out, "    return stateMachine.<>t__builder.Task;");
        }
        let _ = writeln!(out, "}}\n");
        let _ = writeln!(out, "[CompilerGenerated]");
        let _ = writeln!(out, "private struct {machine} : IAsyncStateMachine\n{{");
        let _ = writeln!(out, "    public int <>1__state;");
        let _ = writeln!(
            out,
            "    public {} <>t__builder;",
            builder_type(&sm.builder, &m.return_type)
        );
    }
    let names = field_names(sm, f);
    // The iterator object is the class itself: no field holds it.
    let object_slot = |slot: &crate::Slot| {
        stream
            && !slot.holds.is_empty()
            && slot
                .holds
                .iter()
                .all(|h| f.value(h.value).origin == Origin::This)
    };
    let hidden: Vec<bool> = sm.frame.slots.iter().map(object_slot).collect();
    for (i, slot) in sm.frame.slots.iter().enumerate() {
        if hidden[i] {
            continue;
        }
        let ty = sm.slot_csharp_type(i, f);
        let why = match slot.ty {
            MachTy::Awaiter(_) => match sm.awaiter_types(i).as_slice() {
                [_] | [] => "the awaiter of a suspended await".to_string(),
                several => format!(
                    "the awaiter of a suspended await: one of {}",
                    several.join(", ")
                ),
            },
            _ => slot
                .holds
                .iter()
                .map(|h| {
                    let lines: Vec<String> =
                        h.across.iter().map(|s| line_of(*s).to_string()).collect();
                    format!(
                        "{}: live across the await at line {}",
                        f.value(h.value).name,
                        lines.join(", ")
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        };
        let _ = writeln!(
            out,
            "    private {ty} {}; // {} bytes at {}: {why}",
            names[i],
            slot.ty.bytes(),
            slot.offset
        );
    }
    let _ = writeln!(out, "\n    void IAsyncStateMachine.MoveNext()\n    {{");
    body(out, f, &names, "        ", stream.then_some(&hidden[..]));
    let _ = writeln!(out, "    }}\n}}");
}

fn plain(out: &mut String, m: &Method) {
    let kind = match m.kind {
        MethodKind::Sync => "",
        MethodKind::Async(_) => " // async without await: no state machine",
    };
    // A constructor is named after its class and has no return type in C#.
    match m.name.strip_suffix("..ctor") {
        Some(class) => {
            let short = class.rsplit('.').next().unwrap_or(class);
            let _ = writeln!(out, "{class}.{short}(...) // constructor\n{{");
        }
        None => {
            let _ = writeln!(out, "{} {}(...){kind}\n{{", m.return_type, m.name);
        }
    }
    body(out, &m.body, &[], "    ", None);
    let _ = writeln!(out, "}}");
}

/// One label per block; instructions as statements; a block's handler as a comment, since
/// `goto` into a `try` is not C#.
/// The head of an async iterator's class, as Roslyn declares it (`m` is its body, named
/// `Class.<Name>d__N.MoveNext`, whose return type is the iterator method's).
fn stream_class(out: &mut String, m: &Method) {
    let mut parts = m.name.rsplit('.');
    parts.next();
    let class = parts.next().unwrap_or("<iterator>");
    let ret = &m.return_type;
    let elem = ret
        .find('<')
        .map_or("T", |i| &ret[i + 1..ret.len().saturating_sub(1)]);
    let enumerable = if ret.starts_with("IAsyncEnumerable<") {
        format!("IAsyncEnumerable<{elem}>, ")
    } else {
        String::new()
    };
    let _ = writeln!(out, "[CompilerGenerated]");
    let _ = writeln!(
        out,
        "private sealed class {class} : {enumerable}IAsyncEnumerator<{elem}>, IAsyncDisposable, IValueTaskSource<bool>, IValueTaskSource, IAsyncStateMachine\n{{"
    );
    let _ = writeln!(out, "    public int <>1__state;");
    let _ = writeln!(out, "    public AsyncIteratorMethodBuilder <>t__builder;");
    let _ = writeln!(
        out,
        "    public ManualResetValueTaskSourceCore<bool> <>v__promiseOfValueOrEnd;"
    );
    let _ = writeln!(out, "    private {elem} <>2__current;");
    let _ = writeln!(out, "    private bool <>w__disposeMode;");
    if !enumerable.is_empty() {
        let _ = writeln!(out, "    private int <>l__initialThreadId;");
    }
    let _ = writeln!(
        out,
        "    // GetAsyncEnumerator, MoveNextAsync, Current, DisposeAsync: crates/runtime/src/async_iterator.rs"
    );
}

/// An async iterator's runtime calls as Roslyn's class does them; `None` for the others.
fn stream_statement(f: &Function, i: &Inst, hidden: &[bool]) -> Option<String> {
    let hidden = |slot: &SlotId| hidden.get(slot.0 as usize) == Some(&true);
    match i {
        Inst::FrameStore { slot, .. }
        | Inst::FrameLoad { slot, .. }
        | Inst::FrameClear { slot }
            if hidden(slot) =>
        {
            Some(String::new())
        }
        // The runtime keeps the box's `MoveNextAction` to resume the body: Roslyn's
        // `MoveNextAsync` calls `MoveNext` itself.
        Inst::AwaitContinuation { .. } => Some(String::new()),
        Inst::Call {
            dst,
            callee: Callee::Runtime(name),
            args,
            ..
        } => Some(match (*name, dst) {
            ("rt.aiter_yield", _) => "<>v__promiseOfValueOrEnd.SetResult(true)".into(),
            ("rt.aiter_resumed", Some(d)) => format!("{} = <>w__disposeMode", f.value(*d).name),
            ("rt.aiter_done", _) => {
                "<>w__disposeMode = true; <>v__promiseOfValueOrEnd.SetResult(false)".into()
            }
            ("rt.aiter_fail", _) => format!(
                "<>v__promiseOfValueOrEnd.SetException({})",
                args.get(1).map_or(String::new(), |a| operand(f, a))
            ),
            _ => return None,
        }),
        Inst::SetResult { .. } => Some("<>t__builder.Complete()".into()),
        _ => None,
    }
}

/// `stream`: an async iterator's body, with the frame slots that hold the object itself.
fn body(out: &mut String, f: &Function, fields: &[String], indent: &str, stream: Option<&[bool]>) {
    for (i, b) in f.blocks.iter().enumerate() {
        match b.unwind {
            Some(h) => {
                let _ = writeln!(out, "{indent}b{i}: // exceptions go to b{}", h.0);
            }
            None => {
                let _ = writeln!(out, "{indent}b{i}:");
            }
        }
        for x in &b.insts {
            let line = match stream.and_then(|h| stream_statement(f, x, h)) {
                Some(s) if s.is_empty() => continue,
                Some(s) => s,
                None => statement(f, fields, x),
            };
            let _ = writeln!(out, "{indent}    {line};");
        }
        let _ = writeln!(out, "{indent}    {}", terminator(f, &b.term));
    }
}

fn statement(f: &Function, fields: &[String], i: &Inst) -> String {
    let field = |slot: &SlotId| {
        fields
            .get(slot.0 as usize)
            .cloned()
            .unwrap_or_else(|| format!("<slot{}>", slot.0))
    };
    match i {
        Inst::StoreState { state } => format!("<>1__state = {state}"),
        Inst::LoadState { dst } => format!("{} = <>1__state", f.value(*dst).name),
        Inst::FrameLoad { dst, slot } => format!("{} = this.{}", f.value(*dst).name, field(slot)),
        Inst::FrameStore { slot, src } => format!("this.{} = {}", field(slot), f.value(*src).name),
        Inst::FrameClear { slot } => format!("this.{} = default", field(slot)),
        Inst::AwaitOnCompleted { slot } => format!(
            "<>t__builder.AwaitUnsafeOnCompleted(ref this.{}, ref this)",
            field(slot)
        ),
        // The `Action` `AwaitUnsafeOnCompleted` passes a custom awaiter: the box's `MoveNext`.
        Inst::AwaitContinuation { dst } => format!(
            "{} = <>t__builder.GetStateMachineBox(ref this).MoveNextAction",
            f.value(*dst).name
        ),
        Inst::SetResult { value: Some(v) } => {
            format!("<>t__builder.SetResult({})", operand(f, v))
        }
        Inst::SetResult { value: None } => "<>t__builder.SetResult()".into(),
        Inst::SetException { exception } => {
            format!("<>t__builder.SetException({})", f.value(*exception).name)
        }
        Inst::GetAwaiter { dst, awaitable, .. } => {
            format!(
                "{} = {}.GetAwaiter()",
                f.value(*dst).name,
                operand(f, awaitable)
            )
        }
        Inst::IsCompleted { dst, awaiter } => format!(
            "{} = {}.IsCompleted",
            f.value(*dst).name,
            f.value(*awaiter).name
        ),
        Inst::GetResult { dst, awaiter, .. } => match dst {
            Some(d) => format!(
                "{} = {}.GetResult()",
                f.value(*d).name,
                f.value(*awaiter).name
            ),
            None => format!("{}.GetResult()", f.value(*awaiter).name),
        },
        Inst::Binary {
            dst, op, lhs, rhs, ..
        } if op.is_checked() => format!(
            "{} = checked({} {} {})",
            f.value(*dst).name,
            operand(f, lhs),
            op.symbol(),
            operand(f, rhs)
        ),
        Inst::Binary {
            dst, op, lhs, rhs, ..
        } => format!(
            "{} = {} {} {}",
            f.value(*dst).name,
            operand(f, lhs),
            op.symbol(),
            operand(f, rhs)
        ),
        Inst::Call {
            dst, callee, args, ..
        } => {
            let name = match callee {
                Callee::User { name, .. }
                | Callee::Builtin { name, .. }
                | Callee::Virtual { name, .. }
                | Callee::Interface { name, .. } => {
                    // `Task.Delay(int)`: the signature is for the text form; C# shows a call.
                    name.split('(').next().unwrap_or(name).to_string()
                }
                // The delegate operators are the BCL's methods C# compiles them to.
                Callee::Runtime("rt.delegate_combine") => "Delegate.Combine".to_string(),
                Callee::Runtime("rt.delegate_remove") => "Delegate.Remove".to_string(),
                Callee::Runtime("rt.delegate_equals") => "Delegate.op_Equality".to_string(),
                Callee::Runtime(name) => format!("<runtime>.{name}"),
                Callee::Delegate => {
                    let target = args.first().map_or(String::new(), |a| operand(f, a));
                    let rest: Vec<String> = args.iter().skip(1).map(|a| operand(f, a)).collect();
                    let call = format!("{target}.Invoke({})", rest.join(", "));
                    return match dst {
                        Some(d) => format!("{} = {call}", f.value(*d).name),
                        None => call,
                    };
                }
            };
            let args: Vec<String> = args.iter().map(|a| operand(f, a)).collect();
            match dst {
                Some(d) => format!("{} = {name}({})", f.value(*d).name, args.join(", ")),
                None => format!("{name}({})", args.join(", ")),
            }
        }
        Inst::Copy { dst, src } => format!("{} = {}", f.value(*dst).name, operand(f, src)),
        Inst::LoadField {
            dst, object, name, ..
        }
        | Inst::InnerObject {
            dst, object, name, ..
        } => format!(
            "{} = {}.{}",
            f.value(*dst).name,
            operand(f, object),
            name.rsplit('.').next().unwrap_or(name)
        ),
        Inst::StoreField {
            object, name, src, ..
        } => format!(
            "{}.{} = {}",
            operand(f, object),
            name.rsplit('.').next().unwrap_or(name),
            operand(f, src)
        ),
        Inst::NewDelegate {
            dst, name, target, ..
        } => {
            let method = name.rsplit('.').next().unwrap_or(name);
            let on = target.as_ref().map_or_else(
                || {
                    name.rsplit_once('.')
                        .map_or(String::new(), |(c, _)| c.to_string())
                },
                |t| operand(f, t),
            );
            format!("{} = new Delegate({on}.{method})", f.value(*dst).name)
        }
        other => inst(f, other),
    }
}

fn terminator(f: &Function, t: &Terminator) -> String {
    match t {
        Terminator::Goto(b) => format!("goto b{};", b.0),
        Terminator::Branch {
            cond,
            then,
            otherwise,
        } => format!(
            "if ({}) goto b{}; else goto b{};",
            operand(f, cond),
            then.0,
            otherwise.0
        ),
        Terminator::Switch { on, cases, default } => {
            let cases: String = cases
                .iter()
                .map(|(k, b)| format!("case {k}: goto b{}; ", b.0))
                .collect();
            format!(
                "switch ({}) {{ {cases}default: goto b{}; }}",
                f.value(*on).name,
                default.0
            )
        }
        Terminator::Return(Some(v)) => format!("return {};", operand(f, v)),
        Terminator::Return(None) => "return;".into(),
        Terminator::Throw(v, _) => format!("throw {};", operand(f, v)),
        Terminator::Suspend => {
            "return; // suspended: MoveNext runs again when the awaiter completes".into()
        }
        Terminator::Unreachable => "// unreachable".into(),
    }
}
