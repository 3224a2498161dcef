//! The program's async iterators (`async IAsyncEnumerable<T>` methods): the object a call
//! returns, which is the enumerable, its first enumerator and the source of `MoveNextAsync`'s
//! `ValueTask<bool>`, as Roslyn's is. Its body is an async method of the program
//! (crates/lower/src/async_iterator.rs) taking the object: the object keeps the arguments'
//! copies, the element a `yield return` stored (`<>2__current`), the continuation that resumes
//! the body after a `yield return`, and the promise of a `MoveNextAsync` (or `DisposeAsync`)
//! that the body has not answered yet.
//!
//! `MoveNextAsync` runs the body on the caller's thread until it yields (a `ValueTask<bool>`
//! holding `true` inline: no allocation per element), ends (`false`), throws (a faulted
//! task), or suspends at an await of something not complete: then the returned `ValueTask`
//! waits for the promise the body's next `yield return`, end or exception completes.
//! `DisposeAsync` at a `yield return` resumes the body in dispose mode: it leaves through the
//! `finally` blocks around that `yield` (which may await), as `yield break` would there.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::exception;
use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};
use crate::task::{self, Task, FAULTED, SUCCEEDED};

/// The layout `lower` gives the object; the arguments' copies follow at `ARGS`.
#[repr(C)]
struct AsyncIter {
    header: Header,
    /// The delegate of the body's kickoff: `Task <body>(object iterator)`.
    body: Word,
    info: &'static Info,
    state: i32,
    thread: i32,
    current: Word,
    /// The `Action` that resumes the body suspended at a `yield return`.
    resume: Word,
    /// The body's task, once started.
    task: Word,
    /// The task of the `MoveNextAsync`/`DisposeAsync` the body has not answered yet.
    promise: Word,
    flags: u64,
    /// An exception the body ended with while `MoveNextAsync` ran it synchronously.
    error: Word,
    /// The `[EnumeratorCancellation]` parameter's value for this enumeration: the argument
    /// and `GetAsyncEnumerator`'s token combined (a token is its source's word; 0 for none).
    token: Word,
    /// The last promise of `MoveNextAsync`, answered: the next one, once reset (its
    /// `ValueTask` was awaited once, as C# awaits it).
    spare: Word,
}

const ARGS: usize = 104;

// States.
/// An enumerable no `GetAsyncEnumerator()` has taken yet.
const FRESH: i32 = -2;
const NOT_STARTED: i32 = 0;
/// Suspended at a `yield return`.
const AT_YIELD: i32 = 1;
/// Running, or suspended at an await.
const RUNNING: i32 = 2;
const FINISHED: i32 = -1;

// Flags.
/// The body reached a `yield return` while `MoveNextAsync` ran it.
const YIELDED: u64 = 1;
/// `DisposeAsync` resumed the body: its `yield return` leaves.
const DISPOSING: u64 = 2;
/// `MoveNextAsync`/`DisposeAsync` is running the body on its own stack.
const SYNC: u64 = 4;
/// The body ended while `MoveNextAsync` ran it.
const ENDED: u64 = 8;
/// The promise answers a `DisposeAsync` (a `ValueTask`, no result).
const DISPOSE_PROMISE: u64 = 16;
// `--stats`, per enumeration: .NET's iterator object is its state machine and its promise, and
// its builder boxes it at the first await that suspends; unawait boxes the body at its first
// suspension, which may be a `yield return`.
/// An await of the body suspended: .NET's box exists.
const DOTNET_BOXED: u64 = 32;
/// The body's box was made at a `yield return`, and left out of .NET's counts.
const BOX_DISCOUNTED: u64 = 64;
/// The body's resume `Action` (made at its first `yield return`) was left out.
const RESUME_DISCOUNTED: u64 = 128;

/// What an async iterator method's objects share, parsed once from `lower`'s layout.
struct Info {
    desc: &'static TypeDesc,
    enumerable: bool,
    kind: ElemKind,
    args: usize,
    /// Offsets of the argument words that hold references.
    refs: Vec<u32>,
    /// The argument word of the `[EnumeratorCancellation]` parameter, if any.
    token_arg: Option<usize>,
    /// `--stats`: the body's delegate last left out of .NET's counts (one per run).
    counted_delegate: std::sync::atomic::AtomicU64,
}

static INFOS: Mutex<Option<HashMap<String, &'static Info>>> = Mutex::new(None);

fn info(layout: &str) -> &'static Info {
    let mut infos = INFOS.lock().unwrap_or_else(|e| e.into_inner());
    let map = infos.get_or_insert_with(HashMap::new);
    if let Some(i) = map.get(layout) {
        return i;
    }
    // `enumerable|kind|args|refs|token|name`: the name last, since it may hold `|`.
    let parts: Vec<&str> = layout.splitn(6, '|').collect();
    let field = |i: usize| parts.get(i).copied().unwrap_or("");
    let name: &'static str = Box::leak(field(5).to_string().into_boxed_str());
    let desc: &'static TypeDesc = Box::leak(Box::new(TypeDesc {
        name,
        kind: Kind::AsyncIterator,
        base: None,
    }));
    let i: &'static Info = Box::leak(Box::new(Info {
        desc,
        enumerable: field(0) == "1",
        kind: ElemKind::from_code(field(1).parse().unwrap_or(4)),
        args: field(2).parse().unwrap_or(0),
        refs: field(3).split(',').filter_map(|s| s.parse().ok()).collect(),
        token_arg: field(4).parse().ok(),
        counted_delegate: std::sync::atomic::AtomicU64::new(0),
    }));
    map.insert(layout.to_string(), i);
    i
}

/// # Safety
/// `w` is an async iterator object.
unsafe fn it<'a>(w: Word) -> &'a mut AsyncIter {
    &mut *((w & !TAG_MASK) as *mut AsyncIter)
}

fn is_async_iterator(w: Word) -> bool {
    !is_null(w) && unsafe { desc_of(w) }.kind == Kind::AsyncIterator
}

fn alloc(info: &'static Info, body: Word) -> Word {
    let _roots = crate::gc::root(&[body]);
    unsafe {
        let extra = ARGS - std::mem::size_of::<AsyncIter>() + 8 * info.args;
        let p = object::alloc::<AsyncIter>(info.desc, extra);
        (*p).body = body;
        (*p).info = info;
        (*p).thread = crate::sched::current_managed_id();
        p as Word
    }
}

/// `rt.aiter_new(body, layout)`: what a call of an async iterator method returns.
extern "C" fn aiter_new(body: Word, layout: Word) -> Word {
    let info = info(unsafe { crate::string::as_str(layout) });
    // .NET has no delegate for the body: its `MoveNextAsync` calls the state machine.
    let seen = info
        .counted_delegate
        .swap(body, std::sync::atomic::Ordering::Relaxed);
    if seen != body && crate::gc::counting() {
        crate::gc::count_unawait_only(crate::gc::Site::Kind("delegates"), crate::delegate::SIZE);
    }
    let w = alloc(info, body);
    unsafe { it(w) }.state = if info.enumerable { FRESH } else { NOT_STARTED };
    w
}

/// `GetAsyncEnumerator(token)`: the object itself when no enumeration took it yet on this
/// thread, else a new one with the same arguments. The token goes to the
/// `[EnumeratorCancellation]` parameter as C# combines them: the argument when the token is
/// `default` or the same, the token when the argument is `default`, else a linked source's.
fn get_enumerator(w: Word, token: Word) -> Word {
    let i = unsafe { it(w) };
    // Roslyn's enumerable is in its finished state both before its first enumeration and
    // after each one ends: the same object serves the next enumeration on its thread.
    let idle = i.state == FRESH || (i.state == FINISHED && i.info.enumerable);
    let e = if idle && i.thread == crate::sched::current_managed_id() {
        i.state = NOT_STARTED;
        i.current = 0;
        i.resume = 0;
        i.task = 0;
        i.promise = 0;
        i.flags = 0;
        i.error = 0;
        w
    } else {
        let _roots = crate::gc::root(&[w, token]);
        let info = i.info;
        let copy = alloc(info, i.body);
        // SAFETY: both objects have the info's layout.
        unsafe {
            let from = (w & !TAG_MASK) as *const u8;
            let to = (copy & !TAG_MASK) as *mut u8;
            std::ptr::copy_nonoverlapping(from.add(ARGS), to.add(ARGS), 8 * info.args);
            it(copy).state = NOT_STARTED;
        }
        copy
    };
    let i = unsafe { it(e) };
    i.token = token;
    if let Some(a) = i.info.token_arg {
        // SAFETY: the argument word exists in the layout.
        let arg = unsafe { *(((e & !TAG_MASK) as *const u8).add(ARGS + 8 * a) as *const Word) };
        let combined = if token == 0 || token == arg {
            arg
        } else if arg == 0 {
            token
        } else {
            let _roots = crate::gc::root(&[e]);
            // A token is its source's word.
            crate::cancel::create_linked2(arg, token)
        };
        // The body reads the parameter from here (its `<>3__` copy stays as passed).
        unsafe { it(e) }.token = combined;
    }
    e
}

/// Runs the body until it yields, ends, throws or suspends at an await: started the first
/// time, resumed at its `yield return` after.
fn run_body(w: Word) {
    let _roots = crate::gc::root(&[w]);
    let i = unsafe { it(w) };
    i.flags |= SYNC;
    i.flags &= !(YIELDED | ENDED);
    if i.state == NOT_STARTED {
        i.state = RUNNING;
        let body = i.body;
        let t = crate::delegate::invoke1(body, w, ElemKind::Ref, None, crate::delegate::Ret::Word);
        unsafe { it(w) }.task = t;
    } else {
        i.state = RUNNING;
        let k = std::mem::replace(&mut i.resume, 0);
        if k != 0 {
            crate::delegate::invoke0(k, crate::delegate::Ret::Void);
        }
    }
    let i = unsafe { it(w) };
    i.flags &= !SYNC;
    if i.flags & (YIELDED | ENDED) == 0 && i.flags & DOTNET_BOXED == 0 {
        // The body suspended at an await: .NET's builder boxes its iterator now.
        i.flags |= DOTNET_BOXED;
        if i.flags & BOX_DISCOUNTED != 0 && crate::gc::counting() && i.task != 0 {
            if let Some((site, size)) = task::box_site(i.task as *mut Task) {
                crate::gc::count_dotnet_only(site, size);
            }
        }
    }
}

/// What the caller gets once the body ran synchronously: `Some` when the body answered.
fn sync_answer(w: Word, dispose: bool) -> Option<Word> {
    let i = unsafe { it(w) };
    if i.flags & YIELDED != 0 && !dispose {
        return Some(task::inline_value(ElemKind::Bool, 1));
    }
    if i.flags & ENDED != 0 {
        let e = std::mem::replace(&mut i.error, 0);
        if e != 0 {
            let t = task::new_pending((!dispose).then_some(ElemKind::Bool));
            discount_task();
            task::complete(t, FAULTED, 0, vec![e]);
            return Some(t as Word);
        }
        return Some(if dispose {
            0
        } else {
            task::inline_value(ElemKind::Bool, 0)
        });
    }
    None
}

/// `--stats`: a task just made, standing for .NET's iterator as the `IValueTaskSource` of a
/// `ValueTask`.
fn discount_task() {
    if crate::gc::counting() {
        crate::gc::count_unawait_only(crate::gc::Site::Kind("tasks"), task::SM_OFFSET);
    }
}

/// A pending promise the body answers later.
fn new_promise(w: Word, dispose: bool) -> Word {
    let i = unsafe { it(w) };
    let spare = std::mem::replace(&mut i.spare, 0);
    let t = if spare != 0 && !dispose && task::reset_promise(spare as *mut Task) {
        spare
    } else {
        let t = task::new_pending((!dispose).then_some(ElemKind::Bool)) as Word;
        discount_task();
        t
    };
    let i = unsafe { it(w) };
    i.promise = t;
    if dispose {
        i.flags |= DISPOSE_PROMISE;
    } else {
        i.flags &= !DISPOSE_PROMISE;
    }
    t
}

/// `MoveNextAsync()`.
fn move_next(w: Word) -> Word {
    let i = unsafe { it(w) };
    match i.state {
        FINISHED => return task::inline_value(ElemKind::Bool, 0),
        RUNNING => {
            return exception::throw_new(
                &exception::NOT_SUPPORTED,
                Some("Specified method is not supported."),
            )
        }
        _ => {}
    }
    run_body(w);
    if let Some(answer) = sync_answer(w, false) {
        return answer;
    }
    new_promise(w, false)
}

/// `DisposeAsync()`: at a `yield return`, the body leaves through its `finally` blocks.
fn dispose(w: Word) -> Word {
    let i = unsafe { it(w) };
    match i.state {
        AT_YIELD => {}
        RUNNING => {
            return exception::throw_new(
                &exception::NOT_SUPPORTED,
                Some("Specified method is not supported."),
            )
        }
        _ => {
            i.state = FINISHED;
            return 0;
        }
    }
    i.flags |= DISPOSING;
    run_body(w);
    if let Some(answer) = sync_answer(w, true) {
        return answer;
    }
    new_promise(w, true)
}

/// Completes the promise the caller waits on, if the body answers it asynchronously.
fn answer(w: Word, status: u8, result: Word, error: Word) {
    let i = unsafe { it(w) };
    let p = std::mem::replace(&mut i.promise, 0);
    if p == 0 {
        return;
    }
    let _roots = crate::gc::root(&[w, p, error]);
    let errors = if error != 0 { vec![error] } else { Vec::new() };
    let reusable = status == SUCCEEDED && i.flags & DISPOSE_PROMISE == 0;
    if reusable {
        i.spare = p;
    }
    task::complete(p as *mut Task, status, result, errors);
}

/// `rt.aiter_yield(iterator, resume)`: the body stored `<>2__current` and suspends at a
/// `yield return`; `resume` continues it.
extern "C" fn aiter_yield(w: Word, k: Word) -> Word {
    let i = unsafe { it(w) };
    i.resume = k;
    if crate::gc::counting() {
        discount_yield(i, k);
    }
    i.state = AT_YIELD;
    if i.flags & SYNC != 0 {
        i.flags |= YIELDED;
        return 0;
    }
    answer(w, SUCCEEDED, 1, 0);
    0
}

/// `--stats`: what the body's first `yield return` made that .NET's iterator does not need:
/// its resume `Action`, and its box when no await has suspended before.
fn discount_yield(i: &mut AsyncIter, k: Word) {
    if i.flags & RESUME_DISCOUNTED == 0 {
        i.flags |= RESUME_DISCOUNTED;
        crate::gc::count_unawait_only(crate::gc::Site::Kind("delegates"), crate::delegate::SIZE);
    }
    if i.flags & (DOTNET_BOXED | BOX_DISCOUNTED) == 0 {
        i.flags |= BOX_DISCOUNTED;
        // SAFETY: the continuation is the box's resume delegate, whose target is the box.
        let b = unsafe { crate::delegate::parts(k).0 } as *mut Task;
        if let Some((site, size)) = task::box_site(b) {
            crate::gc::count_unawait_only(site, size);
        }
    }
}

/// `rt.aiter_resumed(iterator)`: whether the body resumes at its `yield return` to leave
/// (`DisposeAsync`).
extern "C" fn aiter_resumed(w: Word) -> Word {
    Word::from(unsafe { it(w) }.flags & DISPOSING != 0)
}

/// `rt.aiter_done(iterator)`: the body ended (its end, `yield break`, or leaving for
/// `DisposeAsync`).
extern "C" fn aiter_done(w: Word) -> Word {
    let i = unsafe { it(w) };
    i.state = FINISHED;
    i.current = 0;
    if i.flags & SYNC != 0 {
        i.flags |= ENDED;
        return 0;
    }
    answer(w, SUCCEEDED, 0, 0);
    0
}

/// `rt.aiter_fail(iterator, exception)`: the body ended with an exception, which the
/// awaiting consumer gets.
extern "C" fn aiter_fail(w: Word, e: Word) -> Word {
    let i = unsafe { it(w) };
    i.state = FINISHED;
    i.current = 0;
    if i.flags & SYNC != 0 {
        i.flags |= ENDED;
        i.error = e;
        return 0;
    }
    answer(w, FAULTED, 0, e);
    0
}

/// The references an async iterator holds (gc/trace.rs).
pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let i = unsafe { it(w) };
    f(i.body);
    if i.info.kind == ElemKind::Ref {
        f(i.current);
    }
    for x in [i.resume, i.task, i.promise, i.error, i.token, i.spare] {
        f(x);
    }
    let base = w & !TAG_MASK;
    for &o in &i.info.refs {
        f(unsafe { *((base + u64::from(o)) as *const Word) });
    }
}

fn checked(w: Word) -> Option<Word> {
    if is_null(w) {
        return Some(exception::throw_null_reference());
    }
    if !is_async_iterator(w) {
        return Some(exception::throw_new(&exception::NOT_SUPPORTED, None));
    }
    None
}

extern "C" fn get_enumerator_entry(w: Word) -> Word {
    get_enumerator_token_entry(w, 0)
}

extern "C" fn get_enumerator_token_entry(w: Word, token: Word) -> Word {
    if let Some((cell, _, _)) = crate::user_enum::find(w, user::GET) {
        let _roots = crate::gc::root(&[w, token]);
        // SAFETY: the class's `IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken)`.
        let f: extern "C" fn(Word, Word) -> Word =
            unsafe { std::mem::transmute(crate::object::cell_code(cell)) };
        return f(w, token);
    }
    checked(w).unwrap_or_else(|| get_enumerator(w, token))
}

extern "C" fn move_next_entry(w: Word) -> Word {
    if let Some(r) = user::call(w, user::MOVE_NEXT) {
        return r;
    }
    checked(w).unwrap_or_else(|| move_next(w))
}

extern "C" fn current_entry(w: Word) -> Word {
    if let Some((cell, kind, _)) = crate::user_enum::find(w, user::CURRENT) {
        return crate::user_enum::call_typed(cell, kind, w);
    }
    checked(w).unwrap_or_else(|| unsafe { it(w) }.current)
}

extern "C" fn dispose_entry(w: Word) -> Word {
    if let Some(r) = user::call(w, user::DISPOSE) {
        return r;
    }
    checked(w).unwrap_or_else(|| dispose(w))
}

/// Objects of the program's classes implementing `IAsyncEnumerable<T>` and
/// `IAsyncEnumerator<T>` (sema's user_enumerables.rs): their own methods run.
mod user {
    use crate::object::Word;

    pub const GET: &str = "IAsyncEnumerable<T>.GetAsyncEnumerator(CancellationToken)";
    pub const MOVE_NEXT: &str = "IAsyncEnumerator<T>.MoveNextAsync()";
    pub const CURRENT: &str = "IAsyncEnumerator<T>.Current";
    pub const DISPOSE: &str = "IAsyncEnumerator<T>.DisposeAsync()";

    /// The class's method `key` taking only `this` and returning a word (a `ValueTask`'s).
    pub fn call(w: Word, key: &str) -> Option<Word> {
        let (cell, _, _) = crate::user_enum::find(w, key)?;
        let _roots = crate::gc::root(&[w]);
        // SAFETY: the cell holds the method's code (an async one's kickoff function).
        let f: extern "C" fn(Word) -> Word =
            unsafe { std::mem::transmute(crate::object::cell_code(cell)) };
        Some(f(w))
    }
}

pub fn entries() -> Vec<crate::Entry> {
    crate::entry_list! {
        "rt.aiter_new" => aiter_new as extern "C" fn(Word, Word) -> Word, None;
        "rt.aiter_yield" => aiter_yield as extern "C" fn(Word, Word) -> Word, None, nothrow;
        "rt.aiter_resumed" => aiter_resumed as extern "C" fn(Word) -> Word, None, nothrow;
        "rt.aiter_done" => aiter_done as extern "C" fn(Word) -> Word, None, nothrow;
        "rt.aiter_fail" => aiter_fail as extern "C" fn(Word, Word) -> Word, None, nothrow;
        "IAsyncEnumerable<T>.GetAsyncEnumerator()" => get_enumerator_entry as extern "C" fn(Word) -> Word, None;
        "IAsyncEnumerable<T>.GetAsyncEnumerator(CancellationToken)" => get_enumerator_token_entry as extern "C" fn(Word, Word) -> Word, None;
        "IAsyncEnumerator<T>.MoveNextAsync()" => move_next_entry as extern "C" fn(Word) -> Word, None;
        "IAsyncEnumerator<T>.Current" => current_entry as extern "C" fn(Word) -> Word, None;
        "IAsyncEnumerator<T>.DisposeAsync()" => dispose_entry as extern "C" fn(Word) -> Word, None;
    }
}
