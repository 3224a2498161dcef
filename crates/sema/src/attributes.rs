//! Attributes. Most of .NET's change nothing a program prints: they are read by tools, the
//! debugger or reflection (outside the language), so sema accepts them silently, as it does
//! the program's own attribute classes. Those that change what the program does
//! (`[Conditional]` removes calls, `[ThreadStatic]` gives each thread its own field,
//! `[MethodImpl(Synchronized)]` takes a lock, `[ModuleInitializer]` runs code before `Main`, ...)
//! draw UA0100, and so does an attribute unawait does not know: it cannot tell what it does.
//!
//! Only the attributes of declarations sema accepts are checked: a construct reported as a
//! whole (a struct, a property, a constructor, a local function, ...) keeps its attributes
//! inside that one diagnostic, and so does a parameter with a default value (caller-info
//! attributes need one; optional parameters are reported).

use unawait_syntax::ast::{self, ExprKind as A};

use crate::context::Ctx;

/// .NET's attributes that no output of a program without reflection depends on (their names
/// without the `Attribute` suffix).
#[rustfmt::skip]
const NO_EFFECT: &[&str] = &[
    // Documentation, tools, the debugger and the IDE.
    "Browsable", "Category", "CLSCompliant", "ComVisible", "DebuggerBrowsable", "DebuggerDisplay",
    "DebuggerHidden", "DebuggerNonUserCode", "DebuggerStepThrough", "DebuggerTypeProxy",
    "DefaultValue", "Description", "DisplayName", "EditorBrowsable", "ExcludeFromCodeCoverage",
    "Guid", "NonSerialized", "Pure", "Serializable", "SuppressMessage",
    "UnconditionalSuppressMessage",
    // Nullable analysis and trimming: warnings only.
    "AllowNull", "DisallowNull", "DoesNotReturn", "DoesNotReturnIf", "DynamicallyAccessedMembers",
    "MaybeNull", "MaybeNullWhen", "MemberNotNull", "MemberNotNullWhen", "NotNull",
    "NotNullIfNotNull", "NotNullWhen", "RequiresAssemblyFiles", "RequiresDynamicCode",
    "RequiresUnreferencedCode", "StringSyntax", "SupportedOSPlatform", "UnsupportedOSPlatform",
    // The assembly's description.
    "AssemblyCompany", "AssemblyConfiguration", "AssemblyCopyright", "AssemblyCulture",
    "AssemblyDescription", "AssemblyFileVersion", "AssemblyInformationalVersion",
    "AssemblyMetadata", "AssemblyProduct", "AssemblyTitle", "AssemblyTrademark", "AssemblyVersion",
    "InternalsVisibleTo", "NeutralResourcesLanguage", "TargetFramework",
    // Where attributes may go: only the compiler reads it.
    "AttributeUsage",
    // The thread model of a console program's COM apartment: no effect on async code.
    "MTAThread", "STAThread",
    // Only async iterators read it, and they draw their own diagnostic.
    "EnumeratorCancellation",
];

/// `MethodImplOptions` that only change how the JIT compiles a method.
const JIT_ONLY: &[&str] = &[
    "AggressiveInlining",
    "AggressiveOptimization",
    "NoInlining",
    "NoOptimization",
    // The qualifiers of `System.Runtime.CompilerServices.MethodImplOptions.NoInlining`.
    "MethodImplOptions",
    "System",
    "Runtime",
    "CompilerServices",
];

/// The attribute's name as written, without the namespace and the `Attribute` suffix.
fn short_name(a: &ast::Attribute) -> Option<&str> {
    let segs = match &a.name.kind {
        ast::TypeExprKind::Named(segs) => segs,
        ast::TypeExprKind::AliasQualified { rest, .. } => rest,
        _ => return None,
    };
    let name = segs.last()?.name.name.as_str();
    Some(name.strip_suffix("Attribute").unwrap_or(name))
}

/// The names an argument is made of (`MethodImplOptions.NoInlining | ...`); `None` when it
/// holds anything else (a number, a cast).
fn names_of(e: &ast::Expr, out: &mut Vec<String>) -> bool {
    match &e.kind {
        A::Name { name, .. } => {
            out.push(name.name.clone());
            true
        }
        A::Member { target, name, .. } => {
            out.push(name.name.clone());
            names_of(target, out)
        }
        A::Binary { lhs, rhs, .. } => names_of(lhs, out) && names_of(rhs, out),
        _ => false,
    }
}

impl Ctx<'_> {
    /// Reports the attributes of `sections` that change what the program does (UA0100).
    pub(crate) fn check_attributes(&mut self, sections: &[ast::AttributeSection]) {
        for a in sections.iter().flat_map(|s| &s.attributes) {
            let Some(name) = short_name(a) else {
                continue;
            };
            if self.attribute_is_silent(name, a) {
                continue;
            }
            self.unsupported(&format!("the attribute `{name}` is"), a.span);
        }
    }

    fn attribute_is_silent(&self, name: &str, a: &ast::Attribute) -> bool {
        // The program's own attribute classes: only reflection reads them.
        let own = format!("{name}Attribute");
        if [name, own.as_str()]
            .iter()
            .any(|n| self.classes_by_name.contains_key(*n) || self.unsupported_types.contains(*n))
        {
            return true;
        }
        match name {
            // `[Obsolete("...", true)]` makes every use an error (CS0619); `DiagnosticId = ...`
            // and the other properties only change the warning.
            "Obsolete" => a.args.iter().skip(1).all(|arg| {
                matches!(arg.value.kind, A::Assign { .. })
                    || matches!(arg.value.kind, A::Literal(ast::Literal::Bool(false)))
            }),
            "MethodImpl" => a.args.iter().all(|arg| {
                let mut names = Vec::new();
                names_of(&arg.value, &mut names)
                    && names.iter().all(|n| JIT_ONLY.contains(&n.as_str()))
            }),
            _ => NO_EFFECT.contains(&name),
        }
    }
}

/// Whether `sections` hold attribute `name` (without its `Attribute` suffix).
pub(crate) fn has_attribute(sections: &[ast::AttributeSection], name: &str) -> bool {
    sections
        .iter()
        .flat_map(|s| &s.attributes)
        .any(|a| short_name(a) == Some(name))
}
