//! The program's classes as C#, and the `Trace` helper their initializers use.

use super::Renderer;
use crate::ast::*;

impl Renderer<'_> {
    /// `Trace.Int("tag", v)` and its siblings print `tag:v` and return `v`.
    pub(super) fn trace_helper(&mut self) {
        self.line("static class Trace");
        self.line("{");
        self.indent += 1;
        for (i, (name, ty)) in [
            ("Int", "int"),
            ("Long", "long"),
            ("Bool", "bool"),
            ("Str", "string"),
        ]
        .iter()
        .enumerate()
        {
            if i > 0 {
                self.line("");
            }
            self.line(&format!("internal static {ty} {name}(string tag, {ty} v)"));
            self.line("{");
            self.line("    Console.WriteLine(tag + \":\" + v);");
            self.line("    return v;");
            self.line("}");
        }
        self.indent -= 1;
        self.line("}");
    }

    pub(super) fn class(&mut self, c: &Class, methods: &[&Method]) {
        self.in_class = true;
        self.line(&format!("class {}", c.name));
        self.line("{");
        self.indent += 1;
        for s in &c.statics {
            self.line(&format!("public static int {s};"));
        }
        for d in &c.decls {
            match d {
                Decl::Field(f) => self.field(f),
                Decl::Prop(p) => self.prop(c, p),
            }
        }
        for k in &c.ctors {
            self.line("");
            self.ctor(c, k);
        }
        for m in methods {
            self.line("");
            self.method(m);
        }
        self.indent -= 1;
        self.line("}");
        self.in_class = false;
    }

    fn field(&mut self, f: &InstField) {
        let access = if f.public { "public" } else { "private" };
        let ro = if f.readonly { "readonly " } else { "" };
        let ty = f.ty.cs(self.opts.mono);
        match &f.init {
            Some(e) => {
                let e = self.expr(e);
                self.line(&format!("{access} {ro}{ty} {} = {e};", f.name));
            }
            None => self.line(&format!("{access} {ro}{ty} {};", f.name)),
        }
    }

    fn prop(&mut self, c: &Class, p: &Prop) {
        let ty = p.ty.cs(self.opts.mono);
        match &p.kind {
            PropKind::Auto { set, init } => {
                // mcs emits invalid IL for `P++` used as a value on a get-only auto-property
                // in a constructor; a private setter of an auto-property stores to the same
                // backing field, so the oracle gets one (docs/difftest.md, the oracle's spelling).
                let acc = match set {
                    Setter::Public => "get; set;",
                    Setter::Private => "get; private set;",
                    Setter::None if self.opts.mono => "get; private set;",
                    Setter::None => "get;",
                };
                let init = match init {
                    Some(e) => format!(" = {};", self.expr(e)),
                    None => String::new(),
                };
                self.line(&format!("public {ty} {} {{ {acc} }}{init}", p.name));
            }
            PropKind::Computed(e) => {
                let e = self.expr(e);
                self.line(&format!("public {ty} {} => {e};", p.name));
            }
            PropKind::Checked {
                field,
                max,
                trace_get,
                trace_set,
            } => {
                let tag = format!("{}.{}", c.name, p.name);
                self.line(&format!("public {ty} {}", p.name));
                self.line("{");
                self.indent += 1;
                self.line("get");
                self.line("{");
                if *trace_get {
                    self.line(&format!("    Console.WriteLine(\"{tag}.get\");"));
                }
                self.line(&format!("    return this.{field};"));
                self.line("}");
                self.line("set");
                self.line("{");
                self.indent += 1;
                if *trace_set {
                    self.line(&format!("Console.WriteLine($\"{tag}.set:{{value}}\");"));
                }
                self.line(&format!("if (value > {max})"));
                self.line("{");
                self.line(&format!(
                    "    throw new InvalidOperationException($\"{tag}:{{value}}\");"
                ));
                self.line("}");
                self.line(&format!("this.{field} = value;"));
                self.indent -= 1;
                self.line("}");
                self.indent -= 1;
                self.line("}");
            }
        }
    }

    fn ctor(&mut self, c: &Class, k: &Ctor) {
        let params: Vec<String> = k
            .params
            .iter()
            .map(|p| format!("{} {}", p.ty.cs(self.opts.mono), p.name))
            .collect();
        let chain = match &k.chain {
            Some((_, args)) => {
                let args: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
                format!(" : this({})", args.join(", "))
            }
            None => String::new(),
        };
        self.line(&format!("public {}({}){chain}", c.name, params.join(", ")));
        self.block(&k.body);
    }
}

/// Whether the program calls the `Trace` helper.
pub(super) fn uses_trace(p: &Program) -> bool {
    let mut found = false;
    let mut f = |e: &Expr| found |= matches!(e.kind, ExprKind::Lib(Lib::Trace, _));
    for m in &p.methods {
        walk_exprs(&m.body, &mut f);
    }
    for c in &p.classes {
        for k in &c.ctors {
            walk_exprs(&k.body, &mut f);
            k.chain
                .iter()
                .flat_map(|(_, a)| a)
                .for_each(|e| e.walk(&mut f));
        }
        for d in &c.decls {
            let init = match d {
                Decl::Field(x) => x.init.as_ref(),
                Decl::Prop(Prop {
                    kind: PropKind::Auto { init, .. },
                    ..
                }) => init.as_ref(),
                _ => None,
            };
            init.iter().for_each(|e| e.walk(&mut f));
        }
    }
    found
}
