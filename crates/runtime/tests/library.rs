//! The value half of the runtime through its entry points, as the JIT calls them. Expected
//! texts are .NET's (several are read from the samples' `.out` files, which hold .NET's output).

use std::sync::{Mutex, MutexGuard};

use unawait_runtime::object::{desc_of, Word};
use unawait_runtime::string::{as_str, new_string};
use unawait_runtime::{console, exception, pending, Extra};

type F0 = extern "C" fn() -> Word;
type F1 = extern "C" fn(Word) -> Word;
type F2 = extern "C" fn(Word, Word) -> Word;
type F3 = extern "C" fn(Word, Word, Word) -> Word;

const BOOL: Word = 0;
const INT: Word = 1;
const LONG: Word = 2;
const DOUBLE: Word = 3;
const REF: Word = 4;
const STATUS: Word = 5;

/// The pending slot is one per process and tests run on several threads: one at a time.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    let g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    pending::take();
    g
}

fn ptr(name: &str) -> *const u8 {
    unawait_runtime::entries()
        .into_iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entry {name}"))
        .ptr
}

fn f0(name: &str) -> F0 {
    unsafe { std::mem::transmute::<*const u8, F0>(ptr(name)) }
}
fn f1(name: &str) -> F1 {
    unsafe { std::mem::transmute::<*const u8, F1>(ptr(name)) }
}
fn f2(name: &str) -> F2 {
    unsafe { std::mem::transmute::<*const u8, F2>(ptr(name)) }
}
fn f3(name: &str) -> F3 {
    unsafe { std::mem::transmute::<*const u8, F3>(ptr(name)) }
}
fn f4(name: &str) -> unawait_runtime::F4 {
    unsafe { std::mem::transmute::<*const u8, unawait_runtime::F4>(ptr(name)) }
}

fn s(text: &str) -> Word {
    new_string(text)
}

fn text(w: Word) -> String {
    unsafe { as_str(w) }.to_string()
}

fn int(v: i32) -> Word {
    v as i64 as Word
}

/// The exception in flight as `Name: Message`, or "none"; clears the slot.
fn thrown() -> String {
    let e = pending::take();
    if e == 0 {
        return "none".into();
    }
    let name = exception::exception_desc(e).short_name();
    format!("{name}: {}", exception::message(e))
}

fn to_str(value: Word, kind: Word) -> String {
    text(f2("rt.to_str")(value, kind))
}

fn read_sample(name: &str) -> String {
    let path = format!("{}/../../samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn doubles_print_like_dotnet() {
    let _g = serial();
    let cases: &[(f64, &str)] = &[
        // samples/doubles.out
        (2.5, "2.5"),
        (0.25, "0.25"),
        (3.0, "3"),
        (2.75, "2.75"),
        (5.0, "5"),
        (1.25, "1.25"),
        (-2.5, "-2.5"),
        (3.5, "3.5"),
        (0.125, "0.125"),
        (0.875, "0.875"),
        (1e3, "1000"),
        (1.5e2, "150"),
        (3000000000.0 * 2.0, "6000000000"),
        (7.0 / 4.0, "1.75"),
        (1.5 * 1.5 * 1.5 * 1.5, "5.0625"),
        (-0.75, "-0.75"),
        (0.5, "0.5"),
        (1.0, "1"),
        (1.5, "1.5"),
        (0.0, "0"),
        // .NET Core 3.0+ shortest round-trip and "G" exponent rules
        (0.1 + 0.2, "0.30000000000000004"),
        (1.0 / 3.0, "0.3333333333333333"),
        (2.0 / 3.0, "0.6666666666666666"),
        (0.1, "0.1"),
        (1e15, "1000000000000000"),
        (1e14, "100000000000000"),
        (1e16, "10000000000000000"),
        (1e17, "1E+17"),
        (-1e17, "-1E+17"),
        (99999999999999980.0, "99999999999999980"),
        (1.5e17, "1.5E+17"),
        (123456789012345.0, "123456789012345"),
        (1234567890123456.0, "1234567890123456"),
        (12345678901234567.0, "12345678901234568"),
        (123456789012345680.0, "1.2345678901234568E+17"),
        (9007199254740993.0, "9007199254740992"),
        (1e-5, "1E-05"),
        (1e-4, "0.0001"),
        (0.00012345, "0.00012345"),
        (0.000012345, "1.2345E-05"),
        (1e-7, "1E-07"),
        (1.5e-10, "1.5E-10"),
        (1e100, "1E+100"),
        (-1e100, "-1E+100"),
        (f64::MAX, "1.7976931348623157E+308"),
        (f64::MIN, "-1.7976931348623157E+308"),
        (f64::MIN_POSITIVE, "2.2250738585072014E-308"),
        (5e-324, "5E-324"),
        (f64::EPSILON, "2.220446049250313E-16"),
        (-0.0, "-0"),
        (f64::NAN, "NaN"),
        (f64::INFINITY, "∞"),
        (f64::NEG_INFINITY, "-∞"),
        (-60.0, "-60"),
        (100.0, "100"),
        (1e10 / 3.0, "3333333333.3333335"),
        (std::f64::consts::PI, "3.141592653589793"),
        (2147483648.0, "2147483648"),
        (4.35, "4.35"),
        (0.3, "0.3"),
    ];
    for &(d, want) in cases {
        assert_eq!(to_str(d.to_bits(), DOUBLE), want, "{d:e}");
    }
}

#[test]
fn values_print_like_csharp() {
    let _g = serial();
    assert_eq!(to_str(1, BOOL), "True");
    assert_eq!(to_str(0, BOOL), "False");
    assert_eq!(to_str(int(-42), INT), "-42");
    assert_eq!(to_str(int(i32::MIN), INT), "-2147483648");
    assert_eq!(to_str(i64::MIN as Word, LONG), "-9223372036854775808");
    assert_eq!(to_str(5, STATUS), "RanToCompletion");
    assert_eq!(to_str(7, STATUS), "Faulted");
    assert_eq!(to_str(42, STATUS), "42");
    assert_eq!(to_str(0, REF), "");
    let hello = s("hello");
    assert_eq!(
        f2("rt.to_str")(hello, REF),
        hello,
        "a string is its own string"
    );
    let boxed = f2("box")(int(-7), INT);
    assert_eq!(to_str(boxed, REF), "-7");
    assert_eq!(to_str(f2("box")(6, STATUS), REF), "Canceled");
    let list = f1("List<T>.List()")(INT);
    assert_eq!(
        to_str(list, REF),
        "System.Collections.Generic.List`1[System.Int32]"
    );
    assert_eq!(to_str(f2("rt.new_array")(LONG, 1), REF), "System.Int64[]");
    let to_string = f2("object.ToString()");
    assert_eq!(text(to_string(boxed, REF)), "-7");
    assert_eq!(text(to_string(int(12), INT)), "12");
    assert_eq!(text(to_string(0.75f64.to_bits(), DOUBLE)), "0.75");
    assert_eq!(text(to_string(1, BOOL)), "True");
    assert_eq!(
        text(to_string(f2("box")(5, STATUS), REF)),
        "RanToCompletion"
    );
    assert_eq!(to_string(hello, REF), hello);
    assert_eq!(to_string(0, REF), 0);
    assert_eq!(
        thrown(),
        "NullReferenceException: Object reference not set to an instance of an object."
    );
}

#[test]
fn string_length_counts_utf16_units() {
    let _g = serial();
    let len = f1("string.Length");
    for (t, n) in [
        ("", 0),
        ("hello", 5),
        ("héllo", 5),
        ("😀", 2),
        ("a😀b", 4),
        ("日本語", 3),
        ("\t\n", 2),
    ] {
        assert_eq!(len(s(t)), n, "{t:?}");
    }
    len(0);
    assert_eq!(
        thrown(),
        "NullReferenceException: Object reference not set to an instance of an object."
    );
}

#[test]
fn concat_joins_parts_and_treats_null_as_empty() {
    let _g = serial();
    let parts = [s("a"), 0, s("😀"), s(""), s("z")];
    let r = f2("rt.concat")(parts.as_ptr() as Word, parts.len() as Word);
    assert_eq!(text(r), "a😀z");
    assert_eq!(f1("string.Length")(r), 4);
    assert_eq!(text(f2("rt.concat")(0, 0)), "");
}

#[test]
fn concat_of_objects_prints_each_and_null_as_empty() {
    let _g = serial();
    assert_eq!(text(f1("string.Concat(object)")(0)), "");
    assert_eq!(text(f2("string.Concat(object, object)")(s("a"), 0)), "a");
    let three = f3("string.Concat(object, object, object)");
    assert_eq!(text(three(s("x"), s("😀"), s("z"))), "x😀z");
}

#[test]
fn interned_strings_share_one_object() {
    let a = unawait_runtime::string::intern("literal");
    let b = unawait_runtime::string::intern("literal");
    assert_eq!(a, b);
    assert_ne!(a, unawait_runtime::string::intern("other"));
    assert_eq!(text(a), "literal");
}

#[test]
fn case_mapping_is_one_to_one() {
    let _g = serial();
    assert_eq!(text(f1("string.ToUpper()")(s("MiXeD Case"))), "MIXED CASE");
    assert_eq!(text(f1("string.ToLower()")(s("MiXeD Case"))), "mixed case");
    assert_eq!(text(f1("string.ToUpper()")(s("straße é"))), "STRAßE É");
}

#[test]
fn join_prints_each_element_by_its_kind() {
    let _g = serial();
    let ints = f1("List<T>.List()")(INT);
    for i in 1..=5 {
        f2("List<T>.Add(T)")(ints, int(i * i));
    }
    // The kind of T, and the descriptor of T's enum (none: 0).
    let join_of = f4("string.Join<T>(string, IEnumerable<T>)");
    let join = |sep, seq| join_of(sep, seq, 0, 0);
    assert_eq!(text(join(s("-"), ints)), "1-4-9-16-25");
    let bools = f1("List<T>.List()")(BOOL);
    f2("List<T>.Add(T)")(bools, 1);
    f2("List<T>.Add(T)")(bools, 0);
    assert_eq!(text(join(s(" "), bools)), "True False");
    let strings = f2("rt.new_array")(REF, 3);
    f3("rt.array_store")(strings, 0, s("x"));
    f3("rt.array_store")(strings, 2, s("y"));
    let params = f2("string.Join(string, params string[])");
    assert_eq!(text(params(s("|"), strings)), "x||y");
    let empty = f1("List<T>.List()")(REF);
    let join_strings = f2("string.Join(string, IEnumerable<string>)");
    assert_eq!(text(join_strings(s(", "), empty)), "");
    let objects = f2("rt.new_array")(REF, 3);
    f3("rt.array_store")(objects, 0, f2("box")(2.5f64.to_bits(), DOUBLE));
    f3("rt.array_store")(objects, 1, f2("box")(5, STATUS));
    assert_eq!(
        text(f2("string.Join(string, params object[])")(s(","), objects)),
        "2.5,RanToCompletion,"
    );
    params(s(","), 0);
    assert_eq!(
        thrown(),
        "ArgumentNullException: Value cannot be null. (Parameter 'value')"
    );
}

#[test]
fn lists_add_index_and_enumerate() {
    let _g = serial();
    let list = f1("List<T>.List()")(INT);
    let add = f2("List<T>.Add(T)");
    for i in 0..5 {
        add(list, int(i * 3));
    }
    f3("indexer.set")(list, 0, int(99));
    let get = f2("List<T>.this[int]");
    assert_eq!(f1("List<T>.Count")(list), 5);
    assert_eq!(get(list, 0), int(99));
    assert_eq!(get(list, 4), int(12));
    f2("collection.Add")(list, int(-1));
    assert_eq!(get(list, 5) as i64, -1);

    let e = f1("enumerator.start")(list);
    let mut seen = Vec::new();
    while f1("enumerator.move_next")(e) == 1 {
        seen.push(f1("enumerator.current")(e) as i64);
    }
    assert_eq!(seen, [99, 3, 6, 9, 12, -1]);
    assert_eq!(f1("enumerator.move_next")(e), 0);
    assert_eq!(thrown(), "none");

    let array = f1("List<T>.ToArray()")(list);
    add(list, 1000);
    assert_eq!(f1("T[].Length")(array), 6, "ToArray is a copy");
    assert_eq!(f1("List<T>.Count")(list), 7);

    for index in [7, -1] {
        get(list, int(index));
        assert_eq!(
            thrown(),
            "ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"
        );
    }
    f3("indexer.set")(list, 7, 0);
    assert!(thrown().starts_with("ArgumentOutOfRangeException: Index was out of range."));
}

#[test]
fn changing_a_list_during_foreach_throws() {
    let _g = serial();
    let list = f1("List<T>.List()")(REF);
    f2("List<T>.Add(T)")(list, s("a"));
    f2("List<T>.Add(T)")(list, s("b"));
    let e = f1("enumerator.start")(list);
    assert_eq!(f1("enumerator.move_next")(e), 1);
    assert_eq!(text(f1("enumerator.current")(e)), "a");
    f2("List<T>.Add(T)")(list, s("c"));
    assert_eq!(f1("enumerator.move_next")(e), 0);
    assert_eq!(
        thrown(),
        "InvalidOperationException: Collection was modified; enumeration operation may not execute."
    );
    // The indexer's setter is a change too.
    let e = f1("enumerator.start")(list);
    f1("enumerator.move_next")(e);
    f3("indexer.set")(list, 0, s("z"));
    f1("enumerator.move_next")(e);
    assert!(thrown().starts_with("InvalidOperationException: Collection was modified"));
    f1("enumerator.start")(0);
    assert!(thrown().starts_with("NullReferenceException"));
}

#[test]
fn arrays_check_bounds_like_dotnet() {
    let _g = serial();
    let arr = f2("rt.new_array")(INT, 2);
    assert_eq!(f1("rt.array_length")(arr), 2);
    assert_eq!(f2("rt.array_load")(arr, 1), 0, "zeroed");
    f3("rt.array_store")(arr, 1, int(-5));
    assert_eq!(f2("rt.array_load")(arr, 1) as i64, -5);
    let oob = "IndexOutOfRangeException: Index was outside the bounds of the array.";
    f3("rt.array_store")(arr, 2, 1);
    assert_eq!(thrown(), oob);
    f2("rt.array_load")(arr, int(-1));
    assert_eq!(thrown(), oob);
    let nre = "NullReferenceException: Object reference not set to an instance of an object.";
    f2("rt.array_load")(0, 0);
    assert_eq!(thrown(), nre);
    f1("T[].Length")(0);
    assert_eq!(thrown(), nre);
    assert_eq!(f2("rt.new_array")(INT, int(-1)), 0);
    assert_eq!(
        thrown(),
        "OverflowException: Arithmetic operation resulted in an overflow."
    );
    let empty = f2("rt.new_array")(DOUBLE, 0);
    assert_eq!(f1("T[].Length")(empty), 0);
    assert_eq!(thrown(), "none");
    // Arrays enumerate through the enumerator too (lower inlines them, the runtime copes).
    let e = f1("enumerator.start")(arr);
    assert_eq!(f1("enumerator.move_next")(e), 1);
    assert_eq!(f1("enumerator.move_next")(e), 1);
    assert_eq!(f1("enumerator.current")(e) as i64, -5);
    assert_eq!(f1("enumerator.move_next")(e), 0);
}

/// The `Name: message` lines of a section of samples/exception-messages.out.
fn sample_section(out: &str, header: &str) -> Vec<(String, String)> {
    out.lines()
        .skip_while(|l| *l != header)
        .skip(1)
        .take_while(|l| !l.starts_with("--"))
        .filter_map(|l| l.split_once(": "))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn default_messages_are_dotnets() {
    let _g = serial();
    let out = read_sample("exception-messages.out");
    let mut expected = sample_section(&out, "-- new T() --");
    assert_eq!(expected.len(), 14);
    // Classes the sample does not construct, with .NET's resource strings.
    for (c, m) in [
        ("SystemException", "System error."),
        (
            "ArithmeticException",
            "Overflow or underflow in the arithmetic operation.",
        ),
    ] {
        expected.push((c.into(), m.into()));
    }
    for (class, message) in expected {
        let e = f0(&format!("{class}.{class}()"))();
        assert_eq!(exception::exception_desc(e).short_name(), class);
        assert_eq!(text(f1("Exception.Message")(e)), message, "{class}");
        assert_eq!(f1("Exception.InnerException")(e), 0);
    }
    for (class, message) in sample_section(&out, "-- new T(message) --") {
        let e = f1(&format!("{class}.{class}(string)"))(s(&message));
        assert_eq!(text(f1("Exception.Message")(e)), message, "{class}");
    }
    // The runtime's own exceptions (the sample's first lines).
    f0("rt.divide_by_zero")();
    assert_eq!(
        thrown(),
        "DivideByZeroException: Attempted to divide by zero."
    );
    f0("rt.null_reference")();
    assert_eq!(
        thrown(),
        "NullReferenceException: Object reference not set to an instance of an object."
    );
    f0("rt.overflow")();
    assert_eq!(
        thrown(),
        "OverflowException: Arithmetic operation resulted in an overflow."
    );
    // `new T(null)`: .NET computes the message from the class name.
    let e = f1("InvalidOperationException.InvalidOperationException(string)")(0);
    assert_eq!(
        exception::message(e),
        "Exception of type 'System.InvalidOperationException' was thrown."
    );
    let e = f1("ArgumentException.ArgumentException(string)")(0);
    assert_eq!(
        exception::message(e),
        "Value does not fall within the expected range."
    );
}

#[test]
fn argument_exceptions_add_the_parameter_name() {
    let _g = serial();
    let out = read_sample("argument-exceptions.out");
    let lines: Vec<&str> = out.lines().collect();
    let null_s = f1("ArgumentNullException.ArgumentNullException(string)")(s("s"));
    assert_eq!(text(f1("Exception.Message")(null_s)), lines[1]);
    let range_n = f1("ArgumentOutOfRangeException.ArgumentOutOfRangeException(string)")(s("n"));
    assert_eq!(text(f1("Exception.Message")(range_n)), lines[3]);
    let plain = f1("ArgumentException.ArgumentException(string)")(s("plain message"));
    assert_eq!(text(f1("Exception.Message")(plain)), lines[4]);
    let bare = f0("ArgumentNullException.ArgumentNullException()")();
    assert_eq!(text(f1("Exception.Message")(bare)), lines[5]);

    let two = f2("ArgumentException.ArgumentException(string, string)")(s("bad"), s("x"));
    assert_eq!(exception::message(two), "bad (Parameter 'x')");
    let m = f2("ArgumentNullException.ArgumentNullException(string, string)")(s("p"), s("gone"));
    assert_eq!(exception::message(m), "gone (Parameter 'p')");
    let m = f2("ArgumentOutOfRangeException.ArgumentOutOfRangeException(string, string)")(
        s("i"),
        s("too big"),
    );
    assert_eq!(exception::message(m), "too big (Parameter 'i')");
    let inner = f0("Exception.Exception()")();
    let m = f2("ArgumentNullException.ArgumentNullException(string, Exception)")(s("msg"), inner);
    assert_eq!(exception::message(m), "msg");
    assert_eq!(f1("Exception.InnerException")(m), inner);
}

#[test]
fn aggregate_exceptions_list_their_inner_messages() {
    let _g = serial();
    let a = exception::new_exception(&exception::INVALID_OPERATION, Some("first"));
    let b = exception::new_exception(&exception::TIMEOUT, None);
    let agg = exception::new_aggregate(vec![a, b]);
    assert_eq!(
        text(f1("Exception.Message")(agg)),
        "One or more errors occurred. (first) (The operation has timed out.)"
    );
    assert_eq!(f1("Exception.InnerException")(agg), a);
    let inners = f1("AggregateException.InnerExceptions")(agg);
    assert_eq!(f1("ReadOnlyCollection<T>.Count")(inners), 2);
    assert_eq!(f2("ReadOnlyCollection<T>.this[int]")(inners, 1), b);
    assert_eq!(exception::inner_exceptions(agg), vec![a, b]);
    assert_eq!(
        to_str(inners, REF),
        "System.Collections.ObjectModel.ReadOnlyCollection`1[System.Exception]"
    );

    let empty = f0("AggregateException.AggregateException()")();
    assert_eq!(
        f1("ReadOnlyCollection<T>.Count")(f1("AggregateException.InnerExceptions")(empty)),
        0
    );
    let one = f2("AggregateException.AggregateException(string, Exception)")(s("outer"), a);
    assert_eq!(exception::message(one), "outer (first)");
    assert_eq!(exception::inner_exceptions(one), vec![a]);
    f2("AggregateException.AggregateException(string, Exception)")(s("outer"), 0);
    assert_eq!(
        thrown(),
        "ArgumentNullException: Value cannot be null. (Parameter 'innerException')"
    );
}

#[test]
fn describe_prints_the_chain_without_frames() {
    let _g = serial();
    let boom = exception::new_exception(&exception::INVALID_OPERATION, Some("boom"));
    assert_eq!(
        exception::describe(boom),
        "System.InvalidOperationException: boom"
    );
    let inner = f0("DivideByZeroException.DivideByZeroException()")();
    let outer = f2("Exception.Exception(string, Exception)")(s("outer"), inner);
    let deep = f2("TaskCanceledException.TaskCanceledException(string, Exception)")(s(""), outer);
    assert_eq!(
        exception::describe(deep),
        "System.Threading.Tasks.TaskCanceledException\n ---> System.Exception: outer\n ---> System.DivideByZeroException: Attempted to divide by zero.\n   --- End of inner exception stack trace ---\n   --- End of inner exception stack trace ---"
    );
    let second = exception::new_exception(&exception::NOT_SUPPORTED, Some("two"));
    let agg = exception::new_aggregate(vec![boom, second]);
    assert_eq!(
        exception::describe(agg),
        "System.AggregateException: One or more errors occurred. (boom) (two)\n ---> System.InvalidOperationException: boom\n   --- End of inner exception stack trace ---\n ---> (Inner Exception #1) System.NotSupportedException: two<---"
    );
    // Console.WriteLine(object) prints the same text.
    console::capture_start();
    f1("Console.WriteLine(object)")(boom);
    assert_eq!(
        console::capture_take(),
        "System.InvalidOperationException: boom\n"
    );
}

#[test]
fn throw_and_catch_helpers() {
    let _g = serial();
    let e = f0("ArgumentNullException.ArgumentNullException()")();
    assert_eq!(f1("rt.throw")(e), 0);
    assert_eq!(pending::take(), e);
    f1("rt.throw")(0);
    assert!(thrown().starts_with("NullReferenceException"));

    let is = f2("rt.exception_is");
    let class = |n: &str| exception::class_by_name(n).expect(n) as *const _ as Word;
    assert_eq!(is(e, class("ArgumentNullException")), 1);
    assert_eq!(is(e, class("ArgumentException")), 1);
    assert_eq!(is(e, class("SystemException")), 1);
    assert_eq!(is(e, class("Exception")), 1);
    assert_eq!(is(e, class("ArgumentOutOfRangeException")), 0);
    let canceled = exception::new_exception(&exception::TASK_CANCELED, None);
    assert_eq!(is(canceled, class("OperationCanceledException")), 1);
    let oce = exception::new_exception(&exception::OPERATION_CANCELED, None);
    assert_eq!(is(oce, class("TaskCanceledException")), 0);
    assert_eq!(
        is(
            f0("AggregateException.AggregateException()")(),
            class("SystemException")
        ),
        0
    );
    assert!(exception::class_by_name("Task").is_none());
    assert_eq!(
        exception::class_by_name("TaskCanceledException").map(|d| d.name),
        Some("System.Threading.Tasks.TaskCanceledException")
    );
}

#[test]
fn box_unbox_and_cast() {
    let _g = serial();
    let boxed = f2("box")(int(-3), INT);
    assert_eq!(f2("unbox")(boxed, INT) as i64, -3);
    let d = f2("box")(0.5f64.to_bits(), DOUBLE);
    assert_eq!(f64::from_bits(f2("unbox")(d, DOUBLE)), 0.5);
    let x = s("x");
    assert_eq!(f2("box")(x, REF), x, "a reference is its own box");
    f2("unbox")(s("text"), INT);
    assert_eq!(
        thrown(),
        "InvalidCastException: Unable to cast object of type 'System.String' to type 'System.Int32'."
    );
    f2("unbox")(boxed, LONG);
    assert_eq!(
        thrown(),
        "InvalidCastException: Unable to cast object of type 'System.Int32' to type 'System.Int64'."
    );
    f2("unbox")(0, INT);
    assert!(thrown().starts_with("NullReferenceException"));
    // An enum unboxes to its underlying type.
    assert_eq!(f2("unbox")(f2("box")(5, STATUS), INT), 5);

    let cast = f2("cast");
    let target = unawait_runtime::library::class_for_cast;
    let str_obj = s("s");
    assert_eq!(cast(str_obj, target("string")), str_obj);
    assert_eq!(cast(0, target("string")), 0, "null passes");
    assert_eq!(cast(boxed, 0), boxed, "unchecked");
    cast(boxed, target("string"));
    assert_eq!(
        thrown(),
        "InvalidCastException: Unable to cast object of type 'System.Int32' to type 'System.String'."
    );
    let arr = f2("rt.new_array")(INT, 1);
    assert_eq!(cast(arr, target("int[]")), arr);
    cast(arr, target("long[]"));
    assert_eq!(
        thrown(),
        "InvalidCastException: Unable to cast object of type 'System.Int32[]' to type 'System.Int64[]'."
    );
    let list = f1("List<T>.List()")(REF);
    assert_eq!(cast(list, target("List<string>")), list);
    cast(list, target("List<int>"));
    assert!(thrown().starts_with("InvalidCastException"));
    let e = f0("ArgumentNullException.ArgumentNullException()")();
    assert_eq!(cast(e, target("ArgumentException")), e);
    assert_eq!(cast(e, target("Exception")), e);
    cast(e, target("InvalidOperationException"));
    assert_eq!(
        thrown(),
        "InvalidCastException: Unable to cast object of type 'System.ArgumentNullException' to type 'System.InvalidOperationException'."
    );
    assert_eq!(target("object"), 0);
    assert_eq!(target("Task<int>"), 0);
    assert_eq!(unsafe { desc_of(arr) }.name, "System.Int32[]");
}

#[test]
fn math_follows_dotnet() {
    let _g = serial();
    let d = |x: f64| x.to_bits();
    let back = |w: Word| f64::from_bits(w);
    assert_eq!(f2("Math.Max(int, int)")(int(-2), int(-5)) as i64, -2);
    assert_eq!(f2("Math.Min(int, int)")(int(-2), int(-5)) as i64, -5);
    assert_eq!(f2("Math.Max(long, long)")(1 << 40, 3), 1 << 40);
    assert_eq!(f2("Math.Min(long, long)")(-1i64 as Word, 3) as i64, -1);
    assert_eq!(back(f2("Math.Max(double, double)")(d(2.5), d(1.5))), 2.5);
    assert_eq!(back(f2("Math.Min(double, double)")(d(-0.5), d(0.5))), -0.5);
    assert!(back(f2("Math.Max(double, double)")(d(f64::NAN), d(1.0))).is_nan());
    assert!(back(f2("Math.Max(double, double)")(d(1.0), d(f64::NAN))).is_nan());
    assert!(back(f2("Math.Min(double, double)")(d(1.0), d(f64::NAN))).is_nan());
    assert!(back(f2("Math.Max(double, double)")(d(-0.0), d(0.0))).is_sign_positive());
    assert!(back(f2("Math.Max(double, double)")(d(0.0), d(-0.0))).is_sign_positive());
    assert!(back(f2("Math.Min(double, double)")(d(0.0), d(-0.0))).is_sign_negative());
    assert_eq!(back(f1("Math.Abs(double)")(d(-0.75))), 0.75);
    assert_eq!(f1("Math.Abs(int)")(int(-7)), 7);
    assert_eq!(f1("Math.Abs(long)")(-7i64 as Word), 7);
    assert_eq!(thrown(), "none");
    let abs_min =
        "OverflowException: Negating the minimum value of a twos complement number is invalid.";
    f1("Math.Abs(int)")(int(i32::MIN));
    assert_eq!(thrown(), abs_min);
    f1("Math.Abs(long)")(i64::MIN as Word);
    assert_eq!(thrown(), abs_min);
}

#[test]
fn console_writes_values_as_csharp_prints_them() {
    let _g = serial();
    console::capture_start();
    f1("Console.Write(int)")(int(42));
    f1("Console.Write(string)")(s(" "));
    f1("Console.Write(long)")(9000000000);
    f1("Console.Write(bool)")(1);
    f1("Console.Write(double)")(2.5f64.to_bits());
    f1("Console.Write(object)")(f2("box")(5, STATUS));
    f1("Console.Write(string)")(0);
    f0("Console.WriteLine()")();
    f1("Console.WriteLine(string)")(0);
    f1("Console.WriteLine(object)")(0);
    f1("Console.WriteLine(double)")((0.1f64 + 0.2).to_bits());
    f1("Console.WriteLine(bool)")(0);
    f1("Console.WriteLine(int)")(int(-1));
    f1("Console.WriteLine(long)")(i64::MAX as Word);
    f1("Console.WriteLine(string)")(s("héllo"));
    assert_eq!(
        console::capture_take(),
        "42 9000000000True2.5RanToCompletion\n\n\n0.30000000000000004\nFalse\n-1\n9223372036854775807\nhéllo\n"
    );
}

/// Members of the task half (another part of the runtime) and constants (folded by sema).
fn is_task_part(display: &str) -> bool {
    const TASK_OWNERS: &[&str] = &[
        "Environment.",
        "Task.",
        "Task<",
        "TaskAwaiter",
        "Configured",
        "ValueTask",
        "YieldAwait",
        "TaskStatus.",
        "TaskCreationOptions.",
        "CancellationToken",
        "int.",
        "long.",
    ];
    TASK_OWNERS.iter().any(|p| display.starts_with(p))
}

#[test]
fn every_value_library_member_has_an_entry() {
    let lib = unawait_sema::builtins::library();
    let entries = unawait_runtime::entries();
    let mut missing = Vec::new();
    let mut checked = 0;
    for i in 0..lib.len() {
        let b = lib.get(unawait_sema::builtins::BuiltinId(i as u32));
        let name = b.display(&[]);
        // Constants are folded at compile time: they have no entry.
        // Instantiation replaces the hidden members of generic bodies by the argument's own.
        let bound = unawait_sema::builtins::BOUND_BY_INSTANTIATION.contains(&b.name.as_str());
        if bound
            || is_task_part(&name)
            || matches!(b.kind, unawait_sema::builtins::MemberKind::Const(_))
        {
            continue;
        }
        checked += 1;
        if !entries.iter().any(|e| e.name == name) {
            missing.push(name);
        }
    }
    assert!(missing.is_empty(), "no entry for {missing:#?}");
    assert!(checked > 90, "only {checked} members checked");
    let mut names: Vec<&str> = entries.iter().map(|e| e.name).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "duplicate entry names");
    assert!(entries.iter().all(|e| !e.ptr.is_null()));
    let extra = |n: &str| entries.iter().find(|e| e.name == n).map(|e| e.extra);
    assert_eq!(extra("List<T>.List()"), Some(Extra::TypeArgs));
    assert_eq!(extra("object.ToString()"), Some(Extra::ArgKind));
    assert_eq!(extra("box"), Some(Extra::ArgKind));
    assert_eq!(extra("unbox"), Some(Extra::DstKind));
    assert_eq!(extra("cast"), Some(Extra::CastTarget));
    assert_eq!(extra("List<T>.Add(T)"), Some(Extra::None));
}
