//! The operators of three-address instructions: arithmetic and comparisons (with the checked
//! forms that throw `OverflowException`), unary operators, numeric conversions.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    /// Bitwise on integers, logical (both operands evaluated) on bools.
    And,
    Or,
    Xor,
    /// Shifts: the count (of the operand's type) is masked to its width, as C# does.
    Shl,
    /// Arithmetic (sign-propagating) shift right.
    Shr,
    /// `+ - *` of a `checked` context: overflow throws `OverflowException`.
    AddOvf,
    SubOvf,
    MulOvf,
}

impl BinOp {
    /// Whether the operator throws `OverflowException` when the result does not fit.
    pub fn is_checked(self) -> bool {
        matches!(self, BinOp::AddOvf | BinOp::SubOvf | BinOp::MulOvf)
    }

    /// The C# operator (a checked one is written inside `checked(...)`).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::AddOvf => "+",
            BinOp::SubOvf => "-",
            BinOp::MulOvf => "*",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    /// `~` of an integer.
    BitNot,
    /// Checked negation: `-MinValue` throws `OverflowException`.
    NegOvf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    IntToLong,
    IntToDouble,
    LongToDouble,
    LongToInt,
    DoubleToInt,
    DoubleToLong,
    /// The checked forms: a value out of the target's range (or NaN) throws
    /// `OverflowException`.
    LongToIntOvf,
    DoubleToIntOvf,
    DoubleToLongOvf,
    /// A `double` rounded to the nearest `float` (to nearest, ties to even), still a `double`:
    /// what `float` arithmetic and conversions to `float` make.
    DoubleToFloat,
}

impl Conv {
    pub fn is_checked(self) -> bool {
        matches!(
            self,
            Conv::LongToIntOvf | Conv::DoubleToIntOvf | Conv::DoubleToLongOvf
        )
    }
}
