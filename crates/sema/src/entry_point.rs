//! The entry point: the one `static Main` among the program's methods with a signature C#
//! accepts, a synchronous one preferred to an async one (CS8892); CS0017 for several, CS5001
//! for none, CS0028 for a `Main` of the wrong signature.

use unawait_syntax::{Diagnostic, Span};

use crate::context::Ctx;
use crate::hir::MethodId;
use crate::types::{Lib, Ty};
/// `Program.Main(string[])`, as C# names a method in messages.
fn signature(cx: &Ctx<'_>, i: usize) -> String {
    let m = &cx.program.methods[i];
    let params: Vec<String> = m.param_types.iter().map(|t| t.to_string()).collect();
    format!(
        "{}.{}({})",
        cx.program.class(m.class).name,
        m.name,
        params.join(", ")
    )
}

pub(crate) fn entry_point(cx: &mut Ctx<'_>) {
    if cx.top_level_statements {
        return;
    }
    let mut valid = Vec::new();
    let mut any_main = Vec::new();
    for (i, m) in cx.program.methods.iter().enumerate() {
        if m.name != "Main" || !m.is_static {
            continue;
        }
        any_main.push(i);
        let ret_ok = matches!(m.return_type, Ty::Void | Ty::Int | Ty::Error)
            || m.return_type == Ty::lib(Lib::Task)
            || m.return_type == Ty::task_of(Ty::Int);
        let params_ok = m.param_types.is_empty()
            || (m.param_types.len() == 1
                && (matches!(&m.param_types[0], Ty::Array(e) if **e == Ty::String)
                    || m.param_types[0].is_error()));
        if ret_ok && params_ok && m.type_params.is_empty() {
            valid.push(i);
        }
    }
    let mut entries = Vec::new();
    for &i in &valid {
        let m = &cx.program.methods[i];
        if m.is_async && matches!(m.return_type, Ty::Void | Ty::Int) {
            let span = m.name_span;
            cx.error(
                "CS4009",
                "A void or int returning entry point cannot be async",
                span,
                "return `Task` or `Task<int>`: `static async Task Main()`",
            );
        } else {
            entries.push(i);
        }
    }
    // C# prefers a synchronous entry point to an async one, and says so (CS8892).
    let (sync, is_async): (Vec<usize>, Vec<usize>) = entries
        .iter()
        .partition(|&&i| !cx.program.methods[i].is_async);
    if !sync.is_empty() && !is_async.is_empty() {
        let chosen = signature(cx, sync[0]);
        for &i in &is_async {
            let span = cx.program.methods[i].name_span;
            let name = signature(cx, i);
            cx.diags.push(
                Diagnostic::warning(
                    "CS8892",
                    format!("Method '{name}' will not be used as an entry point because a synchronous entry point '{chosen}' was found."),
                    span,
                )
                .with_label(cx.program.methods[sync[0]].name_span, "the entry point")
                .with_hint("remove one of the `Main` methods, or rename it"),
            );
        }
        entries = sync;
    }
    match entries.len() {
        0 => {
            for &i in &any_main {
                if !valid.contains(&i) {
                    let m = &cx.program.methods[i];
                    let span = m.name_span;
                    let name = format!("{}.Main", cx.program.class(m.class).name);
                    cx.diags.push(
                        Diagnostic::warning("CS0028", format!("'{name}' has the wrong signature to be an entry point"), span)
                            .with_hint("use `static void Main()`, `static int Main()`, `static async Task Main()` or `static async Task<int> Main()`, optionally with `string[] args`"),
                    );
                }
            }
            if valid.is_empty() && !cx.entry_point_unknown {
                cx.error(
                    "CS5001",
                    "Program does not contain a static 'Main' method suitable for an entry point",
                    Span::new(0, 0),
                    "add `static void Main()` (or `static async Task Main()`) to a class",
                );
            }
        }
        1 => cx.program.entry_point = Some(MethodId(entries[0] as u32)),
        _ => {
            let first = cx.program.methods[entries[0]].name_span;
            for &i in &entries[1..] {
                let span = cx.program.methods[i].name_span;
                cx.diags.push(
                    Diagnostic::error("CS0017", "Program has more than one entry point defined. Compile with /main to specify the type that contains the entry point.", span)
                        .with_label(first, "another entry point")
                        .with_hint("keep one `Main` method"),
                );
            }
        }
    }
}
