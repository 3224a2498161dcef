//! Console, object and string, the value types' `Equals` and `CompareTo`, and the runtime's
//! own helpers (`rt.*`, boxing, enumerators).

use super::casts::{box_entry, cast, type_test, unbox};
use super::type_names::set_type;
use super::{e, x};
use crate::collections::{self as coll};
use crate::exception::{self as exc};
use crate::string::{self as string};
use crate::{console, Entry, Extra, F0, F1, F2, F3, F4};

/// `Console.Write` and `WriteLine` of single values.
pub(super) fn console_entries() -> Vec<Entry> {
    vec![
        e("Console.WriteLine()", console::write_line_empty as F0).nothrow(),
        e("Console.WriteLine(string)", console::write_line_ref as F1).nothrow(),
        e("Console.WriteLine(int)", console::write_line_int as F1).nothrow(),
        e("Console.WriteLine(long)", console::write_line_long as F1).nothrow(),
        e(
            "Console.WriteLine(double)",
            console::write_line_double as F1,
        )
        .nothrow(),
        e("Console.WriteLine(bool)", console::write_line_bool as F1).nothrow(),
        // An object's `ToString()` override may throw.
        e("Console.WriteLine(object)", console::write_line_ref as F1),
        e("Console.Write(string)", console::write_ref as F1).nothrow(),
        e("Console.Write(int)", console::write_int as F1).nothrow(),
        e("Console.Write(long)", console::write_long as F1).nothrow(),
        e("Console.Write(double)", console::write_double as F1).nothrow(),
        e("Console.Write(bool)", console::write_bool as F1).nothrow(),
        e("Console.Write(object)", console::write_ref as F1),
    ]
}

/// `object.ToString()` and string members (the rest are in text/).
pub(super) fn string_entries() -> Vec<Entry> {
    vec![
        x(
            "object.ToString()",
            string::object_to_string_entry as F2,
            Extra::ArgKind,
        ),
        e("string.Length", string::length as F1),
        e("string.ToUpper()", string::to_upper as F1),
        e("string.ToLower()", string::to_lower as F1),
        e(
            "string.Join(string, params string[])",
            string::join_strings as F2,
        ),
        e(
            "string.Join(string, params object[])",
            string::join_objects as F2,
        ),
        e(
            "string.Join(string, IEnumerable<string>)",
            string::join_enumerable as F2,
        ),
        x(
            "string.Join<T>(string, IEnumerable<T>)",
            string::join_enumerable_of as F4,
            Extra::TypeArgsEnums,
        ),
    ]
}

/// Runtime helpers, `object`'s members, value types' `Equals`/`CompareTo`.
pub(super) fn entries() -> Vec<Entry> {
    vec![
        e("IDisposable.Dispose()", crate::disposable::dispose as F1),
        e("rt.concat", string::concat as F2),
        e("rt.to_str", string::to_str as F2),
        e("rt.new_array", coll::rt_new_array as F2),
        e("rt.new_object", crate::object::rt_new_object as F1),
        e("rt.type_test", type_test as F3),
        e("rt.unreachable", crate::task::rt_unreachable as F0).nothrow(),
        e("rt.to_string_base", string::to_string_base as F1),
        e("rt.message_base", exc::message_base as F1),
        // A struct's base (`ValueType`) compares fields through their own overrides, which may throw.
        e("rt.equals_base", crate::object::equals_base as F2),
        e("rt.hash_code_base", crate::object::hash_code_base as F1),
        e(
            "rt.interface_method",
            crate::object::rt_interface_method as F2,
        )
        .nothrow(),
        e("rt.exception_init", exc::rt_exception_init as F3).nothrow(),
        e(
            "rt.exception_init_default",
            exc::rt_exception_init_default as F1,
        )
        .nothrow(),
        e("object.object()", crate::object::new_plain_object as F0),
        e("object.GetType()", crate::runtime_type::get_type as F1),
        e(
            "object.<TypeOf><T>(string)",
            crate::runtime_type::type_of as F1,
        )
        .nothrow(),
        e("object.Equals(object)", crate::object::object_equals as F2),
        e("int.Equals(int)", crate::equality::int_equals as F2).nothrow(),
        e("int.CompareTo(int)", crate::equality::int_compare_to as F2).nothrow(),
        e(
            "long.CompareTo(long)",
            crate::equality::long_compare_to as F2,
        )
        .nothrow(),
        e(
            "byte.CompareTo(byte)",
            crate::equality::small_compare_to as F2,
        )
        .nothrow(),
        e(
            "sbyte.CompareTo(sbyte)",
            crate::equality::small_compare_to as F2,
        )
        .nothrow(),
        e(
            "short.CompareTo(short)",
            crate::equality::small_compare_to as F2,
        )
        .nothrow(),
        e(
            "ushort.CompareTo(ushort)",
            crate::equality::small_compare_to as F2,
        )
        .nothrow(),
        e(
            "char.CompareTo(char)",
            crate::equality::char_compare_to as F2,
        )
        .nothrow(),
        e(
            "bool.CompareTo(bool)",
            crate::equality::bool_compare_to as F2,
        )
        .nothrow(),
        e(
            "double.CompareTo(double)",
            crate::equality::double_compare_to as F2,
        )
        .nothrow(),
        e("byte.Equals(byte)", crate::equality::int_equals as F2).nothrow(),
        e("sbyte.Equals(sbyte)", crate::equality::int_equals as F2).nothrow(),
        e("short.Equals(short)", crate::equality::int_equals as F2).nothrow(),
        e("ushort.Equals(ushort)", crate::equality::int_equals as F2).nothrow(),
        e("char.Equals(char)", crate::equality::int_equals as F2).nothrow(),
        e("long.Equals(long)", crate::equality::long_equals as F2).nothrow(),
        e("bool.Equals(bool)", crate::equality::bool_equals as F2).nothrow(),
        e(
            "double.Equals(double)",
            crate::equality::double_equals as F2,
        )
        .nothrow(),
        e(
            "object.GetHashCode()",
            crate::object::object_hash_code as F1,
        ),
        e(
            "object.Equals(object, object)",
            crate::object::static_equals as F2,
        ),
        e(
            "object.ReferenceEquals(object, object)",
            crate::object::reference_equals as F2,
        )
        .nothrow(),
        e("Type.Name", crate::runtime_type::type_name as F1),
        e(
            "Type.FullName",
            crate::runtime_type::type_full_name_entry as F1,
        ),
        e("EventArgs.EventArgs()", crate::object::new_event_args as F0),
        e("EventArgs.Empty", crate::object::event_args_empty as F0).nothrow(),
        e("rt.array_load", coll::rt_array_load as F2),
        e("rt.array_addr", coll::rt_array_addr as F2),
        e("rt.array_store", coll::rt_array_store as F3),
        e("rt.array_length", coll::rt_array_length as F1),
        e("rt.throw", exc::rt_throw as F1),
        x(
            "object.<SwitchFail><T>(object)",
            exc::rt_switch_fail as F2,
            Extra::TypeArgs,
        ),
        x(
            "object.<Throw><T>(Exception)",
            exc::rt_throw_expr as F2,
            Extra::TypeArgs,
        ),
        e("rt.exception_is", exc::rt_exception_is as F2),
        e("rt.divide_by_zero", exc::rt_divide_by_zero as F0),
        e("rt.overflow", exc::rt_overflow as F0),
        e("rt.null_reference", exc::rt_null_reference as F0),
        e("rt.set_type", set_type as F2),
        e("rt.index_out_of_range", exc::rt_index_out_of_range as F0),
        x("box", box_entry as F2, Extra::ArgKind),
        x("unbox", unbox as F2, Extra::DstKind),
        x("cast", cast as F2, Extra::CastTarget),
        e("enumerator.start", coll::enumerator_start as F1),
        e("enumerator.move_next", coll::enumerator_move_next as F1),
        e("enumerator.current", coll::enumerator_current as F1),
        e("collection.Add", coll::list_add as F2),
        e("indexer.set", coll::list_set as F3),
    ]
}
