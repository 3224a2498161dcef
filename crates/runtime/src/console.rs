//! `Console`: one buffered writer for stdout. Programs print in small pieces; writing each one
//! to the file descriptor would dominate their run time. A closed pipe (`| head`) silences the
//! output instead of failing the program, as .NET does.

use std::cell::RefCell;
use std::io::{BufWriter, IsTerminal, Stdout, Write};
use std::sync::{Mutex, OnceLock};

use crate::object::{ElemKind, Word};
use crate::string::to_string_of;

struct Out {
    writer: BufWriter<Stdout>,
    /// An interactive reader sees each line when it is complete.
    line_flush: bool,
    /// Set after a write error (a closed pipe): later output is dropped.
    broken: bool,
}

fn out() -> &'static Mutex<Out> {
    static OUT: OnceLock<Mutex<Out>> = OnceLock::new();
    OUT.get_or_init(|| {
        let stdout = std::io::stdout();
        Mutex::new(Out {
            line_flush: stdout.is_terminal(),
            writer: BufWriter::with_capacity(64 * 1024, stdout),
            broken: false,
        })
    })
}

thread_local! {
    /// When set, output goes here instead of stdout (tests of the runtime and the JIT).
    static CAPTURE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Sends the output of this thread to a buffer until `capture_take`.
pub fn capture_start() {
    CAPTURE.with(|c| *c.borrow_mut() = Some(String::new()));
}

/// Ends capturing and returns what was written since `capture_start`.
pub fn capture_take() -> String {
    CAPTURE.with(|c| c.borrow_mut().take()).unwrap_or_default()
}

pub fn write_stdout(s: &str) {
    let captured = CAPTURE.with(|c| match c.borrow_mut().as_mut() {
        Some(buf) => {
            buf.push_str(s);
            true
        }
        None => false,
    });
    if captured {
        return;
    }
    let mut out = out().lock().unwrap_or_else(|e| e.into_inner());
    if out.broken {
        return;
    }
    let mut ok = out.writer.write_all(s.as_bytes()).is_ok();
    if ok && out.line_flush && s.contains('\n') {
        ok = out.writer.flush().is_ok();
    }
    out.broken = !ok;
}

/// Writes out everything buffered (before exit and before anything goes to stderr).
pub fn flush() {
    let mut out = out().lock().unwrap_or_else(|e| e.into_inner());
    if !out.broken {
        out.broken = out.writer.flush().is_err();
    }
}

pub(crate) fn write_value(value: Word, kind: ElemKind, newline: bool) -> Word {
    let mut s = to_string_of(value, kind);
    // An object's `ToString()` override threw: nothing is written.
    if crate::pending::is_pending() {
        return 0;
    }
    if newline {
        s.push('\n');
    }
    write_stdout(&s);
    0
}

pub extern "C" fn write_line_empty() -> Word {
    write_stdout("\n");
    0
}

/// `Console.WriteLine(string)` and `Console.WriteLine(object)`: null prints an empty line.
pub extern "C" fn write_line_ref(value: Word) -> Word {
    write_value(value, ElemKind::Ref, true)
}

pub extern "C" fn write_line_int(value: Word) -> Word {
    write_value(value, ElemKind::I32, true)
}

pub extern "C" fn write_line_long(value: Word) -> Word {
    write_value(value, ElemKind::I64, true)
}

pub extern "C" fn write_line_double(value: Word) -> Word {
    write_value(value, ElemKind::F64, true)
}

pub extern "C" fn write_line_bool(value: Word) -> Word {
    write_value(value, ElemKind::Bool, true)
}

pub extern "C" fn write_ref(value: Word) -> Word {
    write_value(value, ElemKind::Ref, false)
}

pub extern "C" fn write_int(value: Word) -> Word {
    write_value(value, ElemKind::I32, false)
}

pub extern "C" fn write_long(value: Word) -> Word {
    write_value(value, ElemKind::I64, false)
}

pub extern "C" fn write_double(value: Word) -> Word {
    write_value(value, ElemKind::F64, false)
}

pub extern "C" fn write_bool(value: Word) -> Word {
    write_value(value, ElemKind::Bool, false)
}
