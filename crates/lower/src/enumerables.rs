//! The program's classes implementing the library's iteration interfaces (sema's
//! user_enumerables.rs): which of their methods the runtime runs for each interface member
//! (docs/lowering.md, "The program's enumerables").

use unawait_sema::hir;
use unawait_sema::types::Ty;

/// The methods implementing the library's iteration interfaces for objects of class `c`
/// (its own base list's or a base class's; a virtual one as `c` overrides it), keyed
/// `key|kind|name` where the runtime needs the element's kind and .NET name
/// (`GetEnumerator`'s and `Current`'s, the runtime's user_enumerables.rs).
pub(crate) fn iteration_overrides(program: &hir::Program, c: &hir::Class) -> Vec<(String, u32)> {
    use unawait_sema::user_enumerables as ue;
    let mut out: Vec<(String, u32)> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut cur = Some(c);
    let mut depth = 0;
    while let (Some(k), true) = (cur, depth < 64) {
        for &(key, m) in &k.iteration {
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let m = match program.method(m).vslot {
                Some(s) => c.vtable.get(s as usize).copied().unwrap_or(m),
                None => m,
            };
            let method = program.method(m);
            let elem = match key {
                ue::GET_ENUMERATOR | ue::GET_ASYNC_ENUMERATOR => match &method.return_type {
                    Ty::Lib(_, a) => a.first(),
                    _ => None,
                },
                ue::CURRENT | ue::ASYNC_CURRENT => Some(&method.return_type),
                // The runtime passes the compared values with their machine type.
                ue::COMPARE | ue::EQUALS | ue::HASH => method.param_types.first(),
                _ => None,
            };
            let key = match elem {
                Some(t) => format!(
                    "{key}|{}|{}",
                    crate::iterator::kind_code(t),
                    crate::type_names::dotnet_name(program, t)
                ),
                None => key.to_string(),
            };
            out.push((key, m.0));
        }
        cur = k.base.map(|b| program.class(b));
        depth += 1;
    }
    out
}
