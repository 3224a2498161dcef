//! LINQ to Objects' operators (`System.Linq.Enumerable`), as members of `IEnumerable<T>`.
//! `Select` and `Where` make a query object that runs nothing until it is enumerated (C#'s
//! deferred execution): `foreach` over it pulls one element at a time through its source's
//! enumerator, calling the delegate as each element is reached, so the delegate's side effects
//! interleave with the loop's as in .NET; anything that copies it (`ToList`, `Task.WhenAll`)
//! runs it to the end. The other operators run at once, pulling from a query source one element
//! at a time (`each`) where their own delegate or an early stop makes the order observable.

use crate::collections::{self, Enumerator};
use crate::delegate::{invoke1, Ret};
use crate::exception;
use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};
use crate::{entry_list, Entry};

pub static QUERY: TypeDesc = TypeDesc {
    name: "System.Linq.Enumerable+Iterator`1",
    kind: Kind::Query,
    base: None,
};

/// The enumerator `foreach` gets from a query: an `Enumerator` whose `source` is the query,
/// `version` the source's enumerator, `index` the next element's index.
pub static QUERY_ENUMERATOR: TypeDesc = TypeDesc {
    name: "System.Linq.Enumerable+Iterator`1",
    kind: Kind::Enumerator,
    base: None,
};

const SELECT: u64 = 0;
const SELECT_INDEX: u64 = 1;
const WHERE: u64 = 2;

#[repr(C)]
struct Query {
    header: Header,
    source: Word,
    delegate: Word,
    op: u64,
    /// The element kinds of the source and of the query.
    source_kind: u64,
    kind: u64,
}

unsafe fn query<'a>(w: Word) -> &'a Query {
    &*((w & !TAG_MASK) as *const Query)
}

pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let q = unsafe { query(w) };
    f(q.source);
    f(q.delegate);
}

pub(crate) fn is_query(w: Word) -> bool {
    !is_null(w) && unsafe { desc_of(w) }.kind == Kind::Query
}

fn new_query(source: Word, delegate: Word, op: u64, source_kind: Word, kind: Word) -> Word {
    if is_null(source) {
        return exception::throw_argument_null("source");
    }
    if is_null(delegate) {
        return exception::throw_argument_null(if op == WHERE { "predicate" } else { "selector" });
    }
    let _roots = crate::gc::root(&[source, delegate]);
    unsafe {
        let p = object::alloc::<Query>(&QUERY, 0);
        (*p).source = source;
        (*p).delegate = delegate;
        (*p).op = op;
        (*p).source_kind = source_kind;
        (*p).kind = kind;
        p as Word
    }
}

/// What the query makes of the source's element at `index`: `Some(value)`, `None` when
/// `Where` drops it, `Err` when the delegate threw (pending).
fn apply(q: &Query, elem: Word, index: u64) -> Result<Option<Word>, ()> {
    let arg = ElemKind::from_code(q.source_kind as Word);
    let r = match q.op {
        WHERE => invoke1(q.delegate, elem, arg, None, Ret::Bool),
        SELECT_INDEX => invoke1(
            q.delegate,
            elem,
            arg,
            Some(index as Word),
            Ret::of(Some(ElemKind::from_code(q.kind as Word))),
        ),
        _ => invoke1(
            q.delegate,
            elem,
            arg,
            None,
            Ret::of(Some(ElemKind::from_code(q.kind as Word))),
        ),
    };
    if crate::pending::is_pending() {
        return Err(());
    }
    Ok(match q.op {
        WHERE => (r != 0).then_some(elem),
        _ => Some(r),
    })
}

/// The elements of a query, computed now (its kind, then the elements); `None` when the
/// delegate threw (the exception is pending).
pub(crate) fn items(w: Word) -> Option<(ElemKind, Vec<Word>)> {
    let q = unsafe { query(w) };
    let (source_kind, source) = collections::sequence_items(q.source)?;
    // `Where` keeps its source's elements, and their kind (`char`, an enum) which the JIT's
    // machine-level type arguments do not tell.
    let kind = match q.op {
        WHERE => refined(source_kind, q.kind),
        _ => ElemKind::from_code(q.kind as Word),
    };
    // Each value is a root until the caller has it: the delegate may allocate.
    let mut out = Vec::with_capacity(source.len());
    let mut roots = Vec::with_capacity(source.len());
    let _source = crate::gc::root(&source);
    for (i, &x) in source.iter().enumerate() {
        match apply(q, x, i as u64) {
            Ok(Some(v)) => {
                roots.push(crate::gc::root(&[v]));
                out.push(v);
            }
            Ok(None) => {}
            Err(()) => return None,
        }
    }
    Some((kind, out))
}

/// `foreach` over a query: its enumerator.
pub(crate) fn enumerator_start(w: Word) -> Word {
    let q = unsafe { query(w) };
    let inner = collections::enumerator_start(q.source);
    if crate::pending::is_pending() {
        return inner;
    }
    let _roots = crate::gc::root(&[w, inner]);
    unsafe {
        let p = object::alloc::<Enumerator>(&QUERY_ENUMERATOR, 0);
        let e = &mut *p;
        e.source = w;
        e.version = inner as u64;
        p as Word
    }
}

/// The next element of a query's enumeration: 1, 0 at the end, or the pending exception's
/// word when the source or the delegate threw.
pub(crate) fn move_next(e: &mut Enumerator) -> Word {
    let q = unsafe { query(e.source) };
    loop {
        let more = collections::enumerator_move_next(e.version as Word);
        if crate::pending::is_pending() {
            return more;
        }
        if more == 0 {
            e.current = 0;
            return 0;
        }
        let x = collections::enumerator_current(e.version as Word);
        let index = e.index;
        e.index += 1;
        match apply(q, x, index) {
            Ok(Some(v)) => {
                e.current = v;
                return 1;
            }
            Ok(None) => {}
            Err(()) => return 0,
        }
    }
}

fn elements_or_throw(w: Word) -> Result<(ElemKind, Vec<Word>), Word> {
    if is_null(w) {
        return Err(exception::throw_argument_null("source"));
    }
    match collections::sequence_items(w) {
        Some(x) => Ok(x),
        None if crate::pending::is_pending() => Err(0),
        None => Err(exception::throw_new(&exception::INVALID_CAST, None)),
    }
}

/// Pulls `source`'s elements one at a time, as .NET's operators pull from their source: over a
/// query, its delegates run only as far as `f` reads (`First()` of a `Select` calls the selector
/// once) and interleave with `f`'s own calls (`Count(predicate)` of a `Select`). `f` returns
/// `Ok(false)` to stop; `Err` carries the word to return when something threw.
fn each(source: Word, mut f: impl FnMut(Word) -> Result<bool, Word>) -> Result<(), Word> {
    if !is_query(source) {
        let (_, items) = elements_or_throw(source)?;
        let _roots = crate::gc::root(&items);
        for x in items {
            if !f(x)? {
                break;
            }
        }
        return Ok(());
    }
    let e = collections::enumerator_start(source);
    if crate::pending::is_pending() {
        return Err(e);
    }
    // The enumerator holds the current element while `f` runs (its `current`).
    let _roots = crate::gc::root(&[e]);
    loop {
        let more = collections::enumerator_move_next(e);
        if crate::pending::is_pending() {
            return Err(more);
        }
        if more == 0 {
            return Ok(());
        }
        if !f(collections::enumerator_current(e))? {
            return Ok(());
        }
    }
}

/// The first element, if any, pulling no further.
fn first_element(source: Word) -> Result<Option<Word>, Word> {
    let mut found = None;
    each(source, |x| {
        found = Some(x);
        Ok(false)
    })?;
    Ok(found)
}

extern "C" fn select(source: Word, d: Word, source_kind: Word, kind: Word) -> Word {
    new_query(source, d, SELECT, source_kind, kind)
}
extern "C" fn select_index(source: Word, d: Word, source_kind: Word, kind: Word) -> Word {
    new_query(source, d, SELECT_INDEX, source_kind, kind)
}
extern "C" fn where_(source: Word, d: Word, kind: Word) -> Word {
    new_query(source, d, WHERE, kind, kind)
}
/// The element kind of a sequence's copy: the sequence's own when it refines the machine kind
/// the JIT passed (`char` for `I32`).
fn refined(own: ElemKind, passed: u64) -> ElemKind {
    let passed = ElemKind::from_code(passed as Word);
    if own != ElemKind::Ref && own.machine_kind() == passed {
        own
    } else {
        passed
    }
}
extern "C" fn to_list(source: Word, kind: Word) -> Word {
    match elements_or_throw(source) {
        Ok((own, items)) => collections::new_list(refined(own, kind), items),
        Err(e) => e,
    }
}
extern "C" fn to_array(source: Word, kind: Word) -> Word {
    match elements_or_throw(source) {
        Ok((own, items)) => collections::new_array_from(refined(own, kind), &items),
        Err(e) => e,
    }
}
extern "C" fn count(source: Word) -> Word {
    match elements_or_throw(source) {
        Ok((_, items)) => items.len() as Word,
        Err(e) => e,
    }
}
extern "C" fn any(source: Word) -> Word {
    match first_element(source) {
        Ok(x) => Word::from(x.is_some()),
        Err(e) => e,
    }
}

/// The elements for which `d` says true (`Count(predicate)`, `Any`, `All`, `First`), in
/// order, stopping at the first once `first_only`; `Err` when something threw.
fn matching(source: Word, d: Word, kind: Word, first_only: bool) -> Result<Vec<Word>, Word> {
    if is_null(d) {
        return Err(exception::throw_argument_null("predicate"));
    }
    let arg = ElemKind::from_code(kind);
    let mut out = Vec::new();
    let mut roots = Vec::new();
    each(source, |x| {
        let r = invoke1(d, x, arg, None, Ret::Bool);
        if crate::pending::is_pending() {
            return Err(r);
        }
        if r != 0 {
            roots.push(crate::gc::root(&[x]));
            out.push(x);
        }
        Ok(r == 0 || !first_only)
    })?;
    Ok(out)
}

extern "C" fn count_where(source: Word, d: Word, kind: Word) -> Word {
    matching(source, d, kind, false).map_or_else(|e| e, |m| m.len() as Word)
}
extern "C" fn any_where(source: Word, d: Word, kind: Word) -> Word {
    matching(source, d, kind, true).map_or_else(|e| e, |m| Word::from(!m.is_empty()))
}
extern "C" fn all_where(source: Word, d: Word, kind: Word) -> Word {
    if is_null(d) {
        return exception::throw_argument_null("predicate");
    }
    let arg = ElemKind::from_code(kind);
    let mut all = true;
    let walked = each(source, |x| {
        let r = invoke1(d, x, arg, None, Ret::Bool);
        if crate::pending::is_pending() {
            return Err(r);
        }
        all = r != 0;
        Ok(all)
    });
    walked.map_or_else(|e| e, |()| Word::from(all))
}
fn no_elements() -> Word {
    exception::throw_new(
        &exception::INVALID_OPERATION,
        Some("Sequence contains no elements"),
    )
}
fn no_match() -> Word {
    exception::throw_new(
        &exception::INVALID_OPERATION,
        Some("Sequence contains no matching element"),
    )
}
extern "C" fn first(source: Word, _kind: Word) -> Word {
    match first_element(source) {
        Ok(x) => x.unwrap_or_else(no_elements),
        Err(e) => e,
    }
}
extern "C" fn first_where(source: Word, d: Word, kind: Word) -> Word {
    match matching(source, d, kind, true) {
        Ok(m) => m.first().copied().unwrap_or_else(no_match),
        Err(e) => e,
    }
}
extern "C" fn first_or_default(source: Word, _kind: Word) -> Word {
    match first_element(source) {
        Ok(x) => x.unwrap_or(0),
        Err(e) => e,
    }
}
extern "C" fn first_or_default_where(source: Word, d: Word, kind: Word) -> Word {
    match matching(source, d, kind, true) {
        Ok(m) => m.first().copied().unwrap_or(0),
        Err(e) => e,
    }
}

/// `Sum(selector)` over the selector's results of kind `ret`: `int` and `long` sums are
/// checked (OverflowException), as .NET's are.
fn sum(source: Word, d: Word, kind: Word, ret: ElemKind) -> Word {
    if is_null(d) {
        return exception::throw_argument_null("selector");
    }
    let arg = ElemKind::from_code(kind);
    let (mut i, mut f) = (0i64, 0f64);
    let walked = each(source, |x| {
        let r = invoke1(d, x, arg, None, Ret::of(Some(ret)));
        if crate::pending::is_pending() {
            return Err(r);
        }
        match ret {
            ElemKind::F64 => f += f64::from_bits(r),
            ElemKind::I32 => match (i as i32).checked_add(r as i64 as i32) {
                Some(s) => i = s as i64,
                None => return Err(exception::throw_new(&exception::OVERFLOW, None)),
            },
            _ => match i.checked_add(r as i64) {
                Some(s) => i = s,
                None => return Err(exception::throw_new(&exception::OVERFLOW, None)),
            },
        }
        Ok(true)
    });
    if let Err(e) = walked {
        return e;
    }
    match ret {
        ElemKind::F64 => f.to_bits(),
        _ => i as Word,
    }
}
extern "C" fn sum_int(source: Word, d: Word, kind: Word) -> Word {
    sum(source, d, kind, ElemKind::I32)
}
extern "C" fn sum_long(source: Word, d: Word, kind: Word) -> Word {
    sum(source, d, kind, ElemKind::I64)
}
extern "C" fn sum_double(source: Word, d: Word, kind: Word) -> Word {
    sum(source, d, kind, ElemKind::F64)
}

/// `Sum()`, `Max()`, `Min()` and `Average()` of a sequence of `int`, `long` or `double`.
fn numbers(source: Word, kind: Word, op: &str) -> Word {
    let (_, items) = match elements_or_throw(source) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let kind = ElemKind::from_code(kind);
    if kind == ElemKind::F64 {
        let xs: Vec<f64> = items.iter().map(|&w| f64::from_bits(w)).collect();
        if xs.is_empty() && op != "Sum" {
            return no_elements();
        }
        let r = match op {
            "Sum" => xs.iter().sum(),
            "Average" => xs.iter().sum::<f64>() / xs.len() as f64,
            // .NET's Max/Min of doubles: NaN is smaller than every number.
            "Max" => xs
                .iter()
                .copied()
                .fold(f64::NAN, |a, b| if a.is_nan() || b > a { b } else { a }),
            _ => xs.iter().copied().fold(
                f64::INFINITY,
                |a, b| if b.is_nan() || b < a { b } else { a },
            ),
        };
        return r.to_bits();
    }
    let xs: Vec<i64> = items.iter().map(|&w| w as i64).collect();
    if xs.is_empty() && op != "Sum" {
        return no_elements();
    }
    let int = kind != ElemKind::I64;
    match op {
        "Sum" => {
            let mut s: i64 = 0;
            for x in xs {
                let next = s
                    .checked_add(x)
                    .filter(|v| !int || i32::try_from(*v).is_ok());
                match next {
                    Some(v) => s = v,
                    None => return exception::throw_new(&exception::OVERFLOW, None),
                }
            }
            s as Word
        }
        "Average" => (xs.iter().map(|&x| x as f64).sum::<f64>() / xs.len() as f64).to_bits(),
        "Max" => xs.into_iter().max().unwrap_or(0) as Word,
        _ => xs.into_iter().min().unwrap_or(0) as Word,
    }
}
extern "C" fn sum0(source: Word, kind: Word) -> Word {
    numbers(source, kind, "Sum")
}
extern "C" fn max0(source: Word, kind: Word) -> Word {
    numbers(source, kind, "Max")
}
extern "C" fn min0(source: Word, kind: Word) -> Word {
    numbers(source, kind, "Min")
}
extern "C" fn average0(source: Word, kind: Word) -> Word {
    numbers(source, kind, "Average")
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "IEnumerable<T>.Select<TResult>(Func<T, TResult>)" => select as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Select<TResult>(Func<T, int, TResult>)" => select_index as extern "C" fn(Word, Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Where(Func<T, bool>)" => where_ as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.ToList()" => to_list as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.ToArray()" => to_array as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Count()" => count as extern "C" fn(Word) -> Word, None;
        "IEnumerable<T>.Count(Func<T, bool>)" => count_where as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Any()" => any as extern "C" fn(Word) -> Word, None;
        "IEnumerable<T>.Any(Func<T, bool>)" => any_where as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.All(Func<T, bool>)" => all_where as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.First()" => first as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.First(Func<T, bool>)" => first_where as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.FirstOrDefault()" => first_or_default as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.FirstOrDefault(Func<T, bool>)" => first_or_default_where as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Sum(Func<T, int>)" => sum_int as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Sum(Func<T, long>)" => sum_long as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Sum(Func<T, double>)" => sum_double as extern "C" fn(Word, Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Sum()" => sum0 as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Max()" => max0 as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Min()" => min0 as extern "C" fn(Word, Word) -> Word, TypeArgs;
        "IEnumerable<T>.Average()" => average0 as extern "C" fn(Word, Word) -> Word, TypeArgs;
    }
}
