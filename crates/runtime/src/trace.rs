//! The trace of an exception: the frames it left (`at Class.Method()`) and, for async methods,
//! the `await` it came out of (`in file.cs:line N`), innermost first: what .NET prints under an
//! unhandled exception. Kept beside the exception objects, keyed by their address (they are
//! never freed until the collector of issue 5, which must treat this table as weak).

use crate::object::Word;
use crate::pending;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static FRAMES: RefCell<HashMap<Word, Vec<(String, u32)>>> = RefCell::new(HashMap::new());
    static SOURCE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The source file the frames' lines refer to, as the user named it.
pub fn set_source_path(path: &str) {
    SOURCE.with(|s| *s.borrow_mut() = path.to_string());
}

/// Records that the exception in flight passed through method `name` (a string word) at
/// `line` (0: unknown). A frame repeated without a line adds nothing.
pub extern "C" fn frame(name: Word, line: Word) -> Word {
    let e = pending::peek();
    if e == 0 {
        return 0;
    }
    let name = unsafe { crate::string::as_str(name) }.to_string();
    add(e, name, line as u32);
    0
}

pub fn add(e: Word, name: String, line: u32) {
    FRAMES.with(|f| {
        let mut f = f.borrow_mut();
        let frames = f.entry(e).or_default();
        match frames.last_mut() {
            Some((last, l)) if *last == name => {
                if *l == 0 {
                    *l = line;
                }
            }
            _ => frames.push((name, line)),
        }
    });
}

/// The `   at ...` lines of an exception, as .NET prints them.
pub fn render(e: Word) -> String {
    let file = SOURCE.with(|s| s.borrow().clone());
    FRAMES.with(|f| {
        let f = f.borrow();
        let mut out = String::new();
        for (name, line) in f.get(&e).map(|v| v.as_slice()).unwrap_or_default() {
            out.push_str(&format!("   at {name}()"));
            if *line > 0 {
                out.push_str(&format!(" in {file}:line {line}"));
            }
            out.push('\n');
        }
        out
    })
}

/// Forgets the traces of exceptions the collector found dead (the table is weak).
pub fn retain(mut live: impl FnMut(Word) -> bool) {
    FRAMES.with(|f| f.borrow_mut().retain(|e, _| live(*e)));
}
