//! The value half of the library as entry points: the table the JIT links calls against, plus
//! the helpers that span the value modules (boxing, casts, `Math`), by area.

mod casts;
mod collections;
mod exceptions;
mod math;
mod objects;
mod out_values;
mod type_names;

pub(crate) use casts::kind_of_cs;
pub use casts::{box_entry, cast, class_for_cast, type_test, unbox};
pub use out_values::{
    rt_out_value, set_out_value, try_parse_double, try_parse_int, try_parse_long,
};
pub(crate) use type_names::{dotnet_name as dotnet_type_name, split_args as split_type_args};
pub use type_names::{named_desc, query_elem_kind, set_type, GROUPED};

use crate::{entry, Entry, EntryFn, Extra};

fn e<F: EntryFn>(name: &'static str, f: F) -> Entry {
    entry(name, f, Extra::None)
}

fn x<F: EntryFn>(name: &'static str, f: F, extra: Extra) -> Entry {
    entry(name, f, extra)
}

/// Every entry point of the value half: library members and runtime helpers. The order is that
/// of the one table they were split from: an address listed under two names (`List<T>.Add(T)`
/// and `collection.Add`) is named in the CLIF and asm dumps by the first.
pub fn entries() -> Vec<Entry> {
    let mut all = collections::hashed_entries();
    all.extend(out_values::entries());
    all.extend(objects::console_entries());
    all.extend(math::entries());
    all.extend(objects::string_entries());
    all.extend(collections::list_entries());
    all.extend(collections::interface_entries());
    all.extend(exceptions::entries());
    all.extend(objects::entries());
    all.extend(exceptions::ctors());
    all
}
