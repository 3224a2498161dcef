//! The deferred operators: a query object records its operator, source and delegates, and runs
//! nothing until it is enumerated. Its enumerator pulls from the source's enumerator one element
//! at a time (so the delegates' side effects interleave with the consumer's as in .NET), except
//! for the operators .NET buffers (`OrderBy`, `GroupBy`, `Reverse`), which read their whole
//! source at the first `MoveNext`.

use super::{call, call2, pull, refined};
use crate::collections;
use crate::delegate::Ret;
use crate::exception;
use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};

pub static QUERY: TypeDesc = TypeDesc {
    name: "System.Linq.Enumerable+Iterator`1",
    kind: Kind::Query,
    base: None,
};

/// The enumerator `foreach` gets from a query (`QEnum`, whose first fields are an
/// `Enumerator`'s, so `enumerator.current` reads it as one).
pub static QUERY_ENUMERATOR: TypeDesc = TypeDesc {
    name: "System.Linq.Enumerable+Iterator`1",
    kind: Kind::Enumerator,
    base: None,
};

pub(super) const SELECT: u64 = 0;
pub(super) const SELECT_INDEX: u64 = 1;
pub(super) const WHERE: u64 = 2;
pub(super) const WHERE_INDEX: u64 = 3;
/// `delegate` the collection selector, `delegate2` the result selector (0: none).
pub(super) const SELECT_MANY: u64 = 4;
pub(super) const TAKE: u64 = 5;
pub(super) const SKIP: u64 = 6;
/// `TakeWhile`/`SkipWhile`: `n` 1 when the predicate takes the index.
pub(super) const TAKE_WHILE: u64 = 7;
pub(super) const SKIP_WHILE: u64 = 8;
/// `other` the second sequence.
pub(super) const CONCAT: u64 = 9;
/// `other` the second sequence, `delegate` the result selector.
pub(super) const ZIP: u64 = 10;
pub(super) const DISTINCT: u64 = 11;
pub(super) const REVERSE: u64 = 12;
/// `OrderBy`/`ThenBy`: `delegate` the key selector, `other_kind` the key's kind, `n` 1 when
/// descending; a `THEN`'s source is the ordered query it refines.
pub(super) const ORDER: u64 = 13;
pub(super) const THEN: u64 = 14;
/// `delegate` the key selector, `delegate2` the element selector (0: none), `other_kind` the
/// key's kind, `kind` the elements' kind.
pub(super) const GROUP: u64 = 15;
/// `n` the start, `m` the count.
pub(super) const RANGE: u64 = 16;
/// `other` the element, `m` the count.
pub(super) const REPEAT: u64 = 17;
/// `Join`/`GroupJoin`: `source` the outer sequence, `other` the inner, `delegate` the outer
/// key selector, `delegate2` the inner one, `delegate3` the result selector, `key_kind` the
/// keys' kind, `other_kind` the inner elements'.
pub(super) const JOIN: u64 = 18;
pub(super) const GROUP_JOIN: u64 = 19;
/// The set operators (`other` the second sequence), by .NET's default equality: `Union` yields
/// the first elements of each value from both sequences, `Intersect` the first's elements
/// also in the second, `Except` those not in it (both read the second sequence into a set at
/// the first `MoveNext`).
pub(super) const UNION: u64 = 20;
pub(super) const INTERSECT: u64 = 21;
pub(super) const EXCEPT: u64 = 22;
/// `other` the element: `n` 1 for `Append`, 0 for `Prepend`.
pub(super) const APPEND: u64 = 23;
/// `other` the value for an empty source (0: the default).
pub(super) const DEFAULT_IF_EMPTY: u64 = 24;

#[repr(C)]
pub(super) struct Query {
    header: Header,
    pub(super) source: Word,
    pub(super) delegate: Word,
    pub(super) delegate2: Word,
    pub(super) other: Word,
    pub(super) op: u64,
    /// The element kinds of the source, of the query, and of the second sequence or key.
    pub(super) source_kind: u64,
    pub(super) kind: u64,
    pub(super) other_kind: u64,
    pub(super) n: i64,
    pub(super) m: i64,
    pub(super) delegate3: Word,
    pub(super) key_kind: u64,
}

/// What a new query is made of (`make`).
#[derive(Default)]
pub(super) struct Spec {
    pub(super) source: Word,
    pub(super) delegate: Word,
    pub(super) delegate2: Word,
    pub(super) other: Word,
    pub(super) op: u64,
    pub(super) source_kind: u64,
    pub(super) kind: u64,
    pub(super) other_kind: u64,
    pub(super) n: i64,
    pub(super) m: i64,
    pub(super) delegate3: Word,
    pub(super) key_kind: u64,
}

/// # Safety
/// `w` is a query.
pub(super) unsafe fn query<'a>(w: Word) -> &'a Query {
    &*((w & !TAG_MASK) as *const Query)
}

pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let q = unsafe { query(w) };
    for x in [q.source, q.delegate, q.delegate2, q.delegate3, q.other] {
        f(x);
    }
}

pub(crate) fn is_query(w: Word) -> bool {
    !is_null(w) && unsafe { desc_of(w) }.kind == Kind::Query
}

/// A new query (the caller has checked the arguments as .NET does).
pub(super) fn make(s: Spec) -> Word {
    let _roots = crate::gc::root(&[s.source, s.delegate, s.delegate2, s.delegate3, s.other]);
    unsafe {
        let p = object::alloc::<Query>(&QUERY, 0);
        (*p).source = s.source;
        (*p).delegate = s.delegate;
        (*p).delegate2 = s.delegate2;
        (*p).other = s.other;
        (*p).op = s.op;
        (*p).source_kind = s.source_kind;
        (*p).kind = s.kind;
        (*p).other_kind = s.other_kind;
        (*p).n = s.n;
        (*p).m = s.m;
        (*p).delegate3 = s.delegate3;
        (*p).key_kind = s.key_kind;
        p as Word
    }
}

/// The kind of a query's elements: an operator that passes its source's elements through keeps
/// their kind (`char`, an enum), which the JIT's machine-level type arguments do not tell.
pub(super) fn query_kind(w: Word) -> ElemKind {
    let q = unsafe { query(w) };
    match q.op {
        WHERE | WHERE_INDEX | TAKE | SKIP | TAKE_WHILE | SKIP_WHILE | DISTINCT | REVERSE
        | ORDER | THEN | CONCAT | UNION | INTERSECT | EXCEPT | APPEND | DEFAULT_IF_EMPTY => {
            refined(own_kind(q.source), q.kind)
        }
        _ => ElemKind::from_code(q.kind),
    }
}

/// The element kind of any sequence.
pub(super) fn own_kind(w: Word) -> ElemKind {
    if is_query(w) {
        return query_kind(w);
    }
    // An iterator's elements are known only by running it: its machine kind.
    if crate::iterator::is_iterator(w) {
        return crate::iterator::elem_kind(w);
    }
    if let Some((kind, _)) = crate::user_enum::element(w) {
        return kind;
    }
    collections::sequence_items(w).map_or(ElemKind::Ref, |s| s.0)
}

/// The elements of a query, computed now (its kind, then the elements); `None` when something
/// threw (the exception is pending).
pub(crate) fn items(w: Word) -> Option<(ElemKind, Vec<Word>)> {
    let kind = query_kind(w);
    let e = enumerator_start(w);
    let _root = crate::gc::root(&[e]);
    // Each value is a root until the caller has it: the delegates may allocate.
    let mut out = Vec::new();
    let mut roots = Vec::new();
    loop {
        match pull(e) {
            Ok(Some(v)) => {
                roots.push(crate::gc::root(&[v]));
                out.push(v);
            }
            Ok(None) => return Some((kind, out)),
            Err(_) => {
                collections::dispose_on_throw(e);
                return None;
            }
        }
    }
}

/// A query's enumerator: `Enumerator`'s fields (`version` the source's enumerator, `index` how
/// many source elements were read), then the operators' own state.
#[repr(C)]
struct QEnum {
    header: Header,
    source: Word,
    index: u64,
    version: u64,
    current: Word,
    /// `FRESH`, `RUNNING` or `DONE`.
    state: u64,
    /// The second enumerator (`SelectMany`'s inner one, `Zip`'s and `Concat`'s second), the
    /// buffer (a list) of the buffering operators, or `Distinct`'s set.
    aux: Word,
    /// `SelectMany`'s current outer element.
    outer: Word,
    /// `Take`/`Skip`: how many so far; `Concat`/`SkipWhile`: 1 in the second phase.
    count: u64,
    /// `Join`: the current outer element's group of inner elements, and the next one's index.
    group: Word,
    pos: u64,
}

const FRESH: u64 = 0;
const RUNNING: u64 = 1;
const DONE: u64 = 2;

pub(crate) fn trace_enumerator(w: Word, f: &mut dyn FnMut(Word)) {
    let e = unsafe { &*((w & !TAG_MASK) as *const QEnum) };
    for x in [
        e.source,
        e.version as Word,
        e.current,
        e.aux,
        e.outer,
        e.group,
    ] {
        f(x);
    }
}

/// `foreach` over a query: its enumerator (which runs nothing yet).
pub(crate) fn enumerator_start(w: Word) -> Word {
    let _roots = crate::gc::root(&[w]);
    unsafe {
        let p = object::alloc::<QEnum>(&QUERY_ENUMERATOR, 0);
        (*p).source = w;
        p as Word
    }
}

/// The next element of a query's enumeration: 1, 0 at the end, or 0 with the exception
/// pending when the source or a delegate threw.
pub(crate) fn move_next(w: Word) -> Word {
    let e = unsafe { &mut *((w & !TAG_MASK) as *mut QEnum) };
    let r = step(e);
    match r {
        Ok(Some(v)) => {
            e.current = v;
            1
        }
        Ok(None) => {
            e.current = 0;
            if e.state != DONE {
                e.state = DONE;
                // .NET's operators dispose their source's enumerator when they end.
                return dispose(w);
            }
            0
        }
        Err(x) => x,
    }
}

/// `Dispose()` of a query's enumerator: the enumerators it pulls from are disposed (an
/// iterator's `finally` blocks run), once.
pub(crate) fn dispose(w: Word) -> Word {
    let e = unsafe { &mut *((w & !TAG_MASK) as *mut QEnum) };
    e.state = DONE;
    // Innermost first, as .NET's operators nest their `using`s: `SelectMany`'s inner
    // enumerator and `Zip`'s second (`aux`: else a buffer or a set), `Union`'s second
    // (`group`), then the source's.
    let aux = if !is_null(e.aux) && unsafe { desc_of(e.aux) }.kind == Kind::Enumerator
        || crate::iterator::is_iterator(e.aux)
        || crate::user_enum::is_enumerator(e.aux)
    {
        std::mem::take(&mut e.aux)
    } else {
        0
    };
    for inner in [
        aux,
        std::mem::take(&mut e.group),
        std::mem::take(&mut e.version) as Word,
    ] {
        dispose_inner(inner);
        if crate::pending::is_pending() {
            return 0;
        }
    }
    0
}

fn dispose_inner(inner: Word) {
    if !is_null(inner) {
        collections::enumerator_dispose(inner);
    }
}

fn start_enum(source: Word) -> Result<Word, Word> {
    let e = collections::enumerator_start(source);
    if crate::pending::is_pending() {
        return Err(e);
    }
    Ok(e)
}

fn step(e: &mut QEnum) -> Result<Option<Word>, Word> {
    let q = unsafe { query(e.source) };
    if e.state == DONE {
        return Ok(None);
    }
    if e.state == FRESH {
        e.state = RUNNING;
        match q.op {
            RANGE | REPEAT => {}
            REVERSE | ORDER | THEN | GROUP => {
                let mut items = match q.op {
                    ORDER | THEN => super::ordering::sorted(e.source)?,
                    GROUP => super::grouping::groups(q)?,
                    _ => super::elements_or_throw(q.source)?.1,
                };
                if q.op == REVERSE {
                    items.reverse();
                }
                e.aux = collections::new_list(ElemKind::Ref, items);
            }
            // A `Skip` of a `Select` over an indexable source runs no selector on what it
            // skips (partition.rs): it enumerates a rebuilt query of the rest.
            SKIP if super::partition::applies(e.source) => {
                let rest = super::partition::rebuilt(e.source)?;
                e.version = start_enum(rest)?;
                e.count = q.n.max(0) as u64;
            }
            _ => e.version = start_enum(q.source)?,
        }
        match q.op {
            ZIP => e.aux = start_enum(q.other)?,
            DISTINCT | UNION => e.aux = crate::hashed::set_new(q.source_kind),
            INTERSECT | EXCEPT => {
                let set = crate::hashed::set_new(q.source_kind);
                e.aux = set;
                let (_, items) = super::elements_or_throw(q.other)?;
                let _items = crate::gc::root(&items);
                for y in items {
                    let r = crate::hashed::set_add(set, y);
                    if crate::pending::is_pending() {
                        return Err(r);
                    }
                }
            }
            _ => {}
        }
    }
    let skind = ElemKind::from_code(q.source_kind);
    let kind = ElemKind::from_code(q.kind);
    let source = e.version as Word;
    match q.op {
        SELECT | SELECT_INDEX => {
            let Some(x) = pull(source)? else {
                return Ok(None);
            };
            let i = e.index;
            e.index += 1;
            let index = (q.op == SELECT_INDEX).then_some(i as Word);
            call(q.delegate, x, skind, index, Ret::of(Some(kind))).map(Some)
        }
        WHERE | WHERE_INDEX | TAKE_WHILE => loop {
            let Some(x) = pull(source)? else {
                return Ok(None);
            };
            let i = e.index;
            e.index += 1;
            let index = (q.op == WHERE_INDEX || q.n == 1).then_some(i as Word);
            let keep = call(q.delegate, x, skind, index, Ret::Bool)? != 0;
            if keep {
                return Ok(Some(x));
            }
            if q.op == TAKE_WHILE {
                return Ok(None);
            }
        },
        SKIP_WHILE => loop {
            let Some(x) = pull(source)? else {
                return Ok(None);
            };
            let i = e.index;
            e.index += 1;
            let index = (q.n == 1).then_some(i as Word);
            if e.count == 1 || call(q.delegate, x, skind, index, Ret::Bool)? == 0 {
                e.count = 1;
                return Ok(Some(x));
            }
        },
        SELECT_MANY => loop {
            if e.aux != 0 {
                if let Some(y) = pull(e.aux)? {
                    if q.delegate2 == 0 {
                        return Ok(Some(y));
                    }
                    let ykind = ElemKind::from_code(q.other_kind);
                    let r = call2(q.delegate2, e.outer, skind, y, ykind, Ret::of(Some(kind)))?;
                    return Ok(Some(r));
                }
                e.aux = 0;
            }
            let Some(x) = pull(source)? else {
                return Ok(None);
            };
            e.outer = x;
            let inner = call(q.delegate, x, skind, None, Ret::Word)?;
            e.aux = start_enum(inner)?;
        },
        TAKE => {
            if e.count as i64 >= q.n {
                return Ok(None);
            }
            e.count += 1;
            pull(source)
        }
        SKIP => {
            while (e.count as i64) < q.n {
                if pull(source)?.is_none() {
                    return Ok(None);
                }
                e.count += 1;
            }
            pull(source)
        }
        CONCAT => {
            if e.count == 0 {
                if let Some(x) = pull(source)? {
                    return Ok(Some(x));
                }
                e.count = 1;
                e.aux = start_enum(q.other)?;
            }
            pull(e.aux)
        }
        ZIP => {
            let Some(x) = pull(source)? else {
                return Ok(None);
            };
            let Some(y) = pull(e.aux)? else {
                return Ok(None);
            };
            let ykind = ElemKind::from_code(q.other_kind);
            call2(q.delegate, x, skind, y, ykind, Ret::of(Some(kind))).map(Some)
        }
        DISTINCT => loop {
            let Some(x) = pull(source)? else {
                return Ok(None);
            };
            let added = crate::hashed::set_add(e.aux, x);
            if crate::pending::is_pending() {
                return Err(added);
            }
            if added != 0 {
                return Ok(Some(x));
            }
        },
        UNION => loop {
            // `count` 1 once the first sequence is done (`group` the second's enumerator).
            let next = if e.count == 0 {
                pull(source)?
            } else {
                pull(e.group)?
            };
            let Some(x) = next else {
                if e.count == 1 {
                    return Ok(None);
                }
                e.count = 1;
                e.group = start_enum(q.other)?;
                continue;
            };
            if set_op(crate::hashed::set_add, e.aux, x)? {
                return Ok(Some(x));
            }
        },
        INTERSECT | EXCEPT => loop {
            let Some(x) = pull(source)? else {
                return Ok(None);
            };
            let keep = if q.op == INTERSECT {
                set_op(crate::hashed::set_remove, e.aux, x)?
            } else {
                set_op(crate::hashed::set_add, e.aux, x)?
            };
            if keep {
                return Ok(Some(x));
            }
        },
        APPEND => {
            if q.n == 0 && e.count == 0 {
                e.count = 1;
                return Ok(Some(q.other));
            }
            if let Some(x) = pull(source)? {
                return Ok(Some(x));
            }
            if q.n == 1 && e.count == 0 {
                e.count = 1;
                return Ok(Some(q.other));
            }
            Ok(None)
        }
        DEFAULT_IF_EMPTY => {
            if let Some(x) = pull(source)? {
                e.count = 1;
                return Ok(Some(x));
            }
            if e.count == 0 {
                e.count = 1;
                return Ok(Some(q.other));
            }
            Ok(None)
        }
        JOIN | GROUP_JOIN => join_step(e, q),
        RANGE | REPEAT => {
            if e.index as i64 >= q.m {
                return Ok(None);
            }
            let i = e.index as i64;
            e.index += 1;
            Ok(Some(if q.op == RANGE {
                (q.n + i) as i32 as i64 as Word
            } else {
                q.other
            }))
        }
        _ => {
            // The buffering operators: the buffer's next element.
            let items = &unsafe { collections::list(e.aux) }.items;
            let i = e.index as usize;
            e.index += 1;
            Ok(items.get(i).copied())
        }
    }
}

pub(super) fn null_arg(w: Word, name: &str) -> Result<(), Word> {
    if is_null(w) {
        return Err(exception::throw_argument_null(name));
    }
    Ok(())
}

/// `Join` and `GroupJoin`, as .NET runs them: the inner sequence is read into a lookup (its key
/// selector run over all of it, null keys left out) once the outer sequence has a first
/// element; then each outer element's key finds its group.
fn join_step(e: &mut QEnum, q: &Query) -> Result<Option<Word>, Word> {
    let (skind, ikind) = (
        ElemKind::from_code(q.source_kind),
        ElemKind::from_code(q.other_kind),
    );
    let kkind = ElemKind::from_code(q.key_kind);
    let ret = Ret::of(Some(ElemKind::from_code(q.kind)));
    loop {
        if e.group != 0 {
            let items = &unsafe { collections::list(e.group) }.items;
            if let Some(&y) = items.get(e.pos as usize) {
                e.pos += 1;
                return call2(q.delegate3, e.outer, skind, y, ikind, ret).map(Some);
            }
            e.group = 0;
        }
        let Some(x) = pull(e.version as Word)? else {
            return Ok(None);
        };
        if e.aux == 0 {
            e.aux = super::grouping::lookup(q.other, q.delegate2, ikind, kkind)?;
            if q.op == JOIN && super::grouping::lookup_is_empty(e.aux) {
                return Ok(None);
            }
        }
        e.outer = x;
        let key = call(q.delegate, x, skind, None, Ret::of(Some(kkind)))?;
        let group = super::grouping::lookup_get(e.aux, key, kkind)?;
        if q.op == GROUP_JOIN {
            let g = match group {
                Some(g) => g,
                None => collections::new_array_from(ikind, &[]),
            };
            return call2(q.delegate3, x, skind, g, ElemKind::Ref, ret).map(Some);
        }
        e.group = group.unwrap_or(0);
        e.pos = 0;
    }
}

/// `HashSet.Add`/`Remove` of `x` on the operator's set: whether it changed the set.
fn set_op(f: extern "C" fn(Word, Word) -> Word, set: Word, x: Word) -> Result<bool, Word> {
    let r = f(set, x);
    if crate::pending::is_pending() {
        return Err(r);
    }
    Ok(r != 0)
}
