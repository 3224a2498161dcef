//! The program's classes: instance fields and properties, constructors, static counters.
//! Their instance methods are `Program::methods` whose `owner` names the class, so that every
//! pass over methods (spill, validation, reduction) sees them too.

use super::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub name: String,
    /// `public static int name;`, read and written as `Static("Class.name")`.
    pub statics: Vec<String>,
    /// Fields and properties in declaration order: their initializers run in this order.
    pub decls: Vec<Decl>,
    /// Empty: C#'s implicit public parameterless constructor.
    pub ctors: Vec<Ctor>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Field(InstField),
    Prop(Prop),
}

#[derive(Clone, Debug, PartialEq)]
pub struct InstField {
    pub ty: Ty,
    pub name: String,
    pub readonly: bool,
    /// Private fields back checked properties.
    pub public: bool,
    pub init: Option<Expr>,
}

/// Who may assign a property's auto-implemented setter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setter {
    /// `{ get; set; }`
    Public,
    /// `{ get; private set; }`
    Private,
    /// `{ get; }`: only constructors of the class, through `this`.
    None,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PropKind {
    /// An auto-property, with an optional initializer.
    Auto { set: Setter, init: Option<Expr> },
    /// `int` backed by the private field `field`: the setter traces (sometimes), throws
    /// InvalidOperationException for a value above `max`, then stores; the getter sometimes
    /// traces too, so that reading the property is an effect whose order shows.
    Checked {
        field: String,
        max: i32,
        trace_get: bool,
        trace_set: bool,
    },
    /// `=> expr`: read only, computed from fields of `this`.
    Computed(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Prop {
    pub ty: Ty,
    pub name: String,
    pub kind: PropKind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ctor {
    pub params: Vec<Param>,
    /// `: this(args)` to the constructor of that index: then the field initializers run in that
    /// one, not in this one.
    pub chain: Option<(usize, Vec<Expr>)>,
    pub body: Block,
}

impl Class {
    pub fn fields(&self) -> impl Iterator<Item = &InstField> {
        self.decls.iter().filter_map(|d| match d {
            Decl::Field(f) => Some(f),
            Decl::Prop(_) => None,
        })
    }

    pub fn props(&self) -> impl Iterator<Item = &Prop> {
        self.decls.iter().filter_map(|d| match d {
            Decl::Prop(p) => Some(p),
            Decl::Field(_) => None,
        })
    }

    /// The statics as the names programs use (`C0.count`).
    pub fn static_names(&self) -> Vec<String> {
        self.statics
            .iter()
            .map(|s| format!("{}.{s}", self.name))
            .collect()
    }

    /// The type of member `name`, if the class has one.
    pub fn member_ty(&self, name: &str) -> Option<&Ty> {
        self.decls.iter().find_map(|d| match d {
            Decl::Field(f) if f.name == name => Some(&f.ty),
            Decl::Prop(p) if p.name == name => Some(&p.ty),
            _ => None,
        })
    }
}
