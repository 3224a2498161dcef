//! The tokens of the language. logos recognises the shapes; literals whose contents need decoding
//! (numbers, strings, chars, interpolated strings) are finished by hand in `lexer.rs`, which turns
//! the `*Start`/`*Lit` shapes into the decoded variants at the bottom of this enum.

use crate::ast::IntSuffix;
use logos::Logos;
use std::fmt;
use std::rc::Rc;

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\r\n\u{000B}\u{000C}\u{00A0}\u{FEFF}\u{0085}\u{2028}\u{2029}\p{Zs}]+")]
#[logos(skip(r"//[^\n\r\u{0085}\u{2028}\u{2029}]*", allow_greedy = true))]
pub enum Token<'s> {
    #[token("/*")]
    BlockCommentStart,
    /// `#`: a preprocessor directive when it starts its line (lexer/directive.rs reads the rest
    /// of the line).
    #[token("#")]
    Directive,

    #[regex(r"[\p{L}_][\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Cf}_]*", |lex| lex.slice())]
    Ident(&'s str),
    /// `@name`, or a name written with a Unicode escape (`\u0061bc`, C# spec 6.4.3): never a
    /// keyword or a contextual keyword. The text is the source's (after the `@`), escapes
    /// included: the parser decodes it (`lexer::decode_ident`).
    #[regex(r"@([\p{L}_]|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})([\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Cf}_]|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})*", |lex| &lex.slice()[1..])]
    VerbatimIdent(&'s str),
    /// A name with at least one Unicode escape; the lexer driver checks what the escapes stand
    /// for and turns it into a `VerbatimIdent`.
    #[regex(r"([\p{L}_][\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Cf}_]*)?(\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})([\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Cf}_]|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})*", |lex| lex.slice())]
    EscapedIdent(&'s str),

    #[regex(r"[0-9][0-9_]*([uU][lL]?|[lL][uU]?)?", |lex| lex.slice())]
    #[regex(r"0[xX][0-9a-fA-F_]*([uU][lL]?|[lL][uU]?)?", |lex| lex.slice())]
    #[regex(r"0[bB][01_]*([uU][lL]?|[lL][uU]?)?", |lex| lex.slice())]
    IntLit(&'s str),
    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?[dDfFmM]?", |lex| lex.slice())]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?[dDfFmM]?", |lex| lex.slice())]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]*[dDfFmM]?", |lex| lex.slice())]
    #[regex(r"[0-9][0-9_]*[dDfFmM]", |lex| lex.slice())]
    RealLit(&'s str),
    #[token("\"")]
    StrStart,
    #[token("@\"")]
    VerbatimStrStart,
    #[token("$\"")]
    InterpStrStart,
    #[token("$@\"")]
    #[token("@$\"")]
    InterpVerbatimStrStart,
    /// Three or more quotes open a raw string (C# 11).
    #[regex(r#""""+"#)]
    RawStrStart,
    /// `$"""`, `$$"""`, ...: an interpolated raw string; its `$`s say how many braces open a
    /// hole.
    #[regex(r#"\$+"""+"#)]
    InterpRawStrStart,
    #[token("'")]
    CharStart,

    // Keywords (C#'s reserved words; contextual ones such as `async`, `await`, `var`, `yield` and
    // `when` stay identifiers and are recognised by the parser where they have a meaning).
    #[token("abstract")]
    Abstract,
    #[token("as")]
    As,
    #[token("base")]
    Base,
    #[token("bool")]
    Bool,
    #[token("break")]
    Break,
    #[token("byte")]
    Byte,
    #[token("case")]
    Case,
    #[token("catch")]
    Catch,
    #[token("char")]
    Char,
    #[token("checked")]
    Checked,
    #[token("class")]
    Class,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("decimal")]
    Decimal,
    #[token("default")]
    Default,
    #[token("delegate")]
    Delegate,
    #[token("do")]
    Do,
    #[token("double")]
    Double,
    #[token("else")]
    Else,
    #[token("enum")]
    Enum,
    #[token("event")]
    Event,
    #[token("explicit")]
    Explicit,
    #[token("extern")]
    Extern,
    #[token("false")]
    False,
    #[token("finally")]
    Finally,
    #[token("fixed")]
    Fixed,
    #[token("float")]
    Float,
    #[token("for")]
    For,
    #[token("foreach")]
    Foreach,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("implicit")]
    Implicit,
    #[token("in")]
    In,
    #[token("int")]
    Int,
    #[token("interface")]
    Interface,
    #[token("internal")]
    Internal,
    #[token("is")]
    Is,
    #[token("lock")]
    Lock,
    #[token("long")]
    Long,
    #[token("namespace")]
    Namespace,
    #[token("new")]
    New,
    #[token("null")]
    Null,
    #[token("object")]
    Object,
    #[token("operator")]
    Operator,
    #[token("out")]
    Out,
    #[token("override")]
    Override,
    #[token("params")]
    Params,
    #[token("private")]
    Private,
    #[token("protected")]
    Protected,
    #[token("public")]
    Public,
    #[token("readonly")]
    Readonly,
    #[token("ref")]
    Ref,
    #[token("return")]
    Return,
    #[token("sbyte")]
    SByte,
    #[token("sealed")]
    Sealed,
    #[token("short")]
    Short,
    #[token("sizeof")]
    Sizeof,
    #[token("stackalloc")]
    Stackalloc,
    #[token("static")]
    Static,
    #[token("string")]
    String,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("this")]
    This,
    #[token("throw")]
    Throw,
    #[token("true")]
    True,
    #[token("try")]
    Try,
    #[token("typeof")]
    Typeof,
    #[token("uint")]
    UInt,
    #[token("ulong")]
    ULong,
    #[token("unchecked")]
    Unchecked,
    #[token("unsafe")]
    Unsafe,
    #[token("ushort")]
    UShort,
    #[token("using")]
    Using,
    #[token("virtual")]
    Virtual,
    #[token("void")]
    Void,
    #[token("volatile")]
    Volatile,
    #[token("while")]
    While,

    // Punctuation
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(";")]
    Semi,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token(":")]
    Colon,
    #[token("::")]
    ColonColon,
    #[token("..")]
    DotDot,
    #[token("->")]
    MinusGt,
    #[token("?")]
    Question,
    #[token("??")]
    QuestionQuestion,
    #[token("??=")]
    QuestionQuestionEq,
    #[token("?.")]
    QuestionDot,
    #[token("=>")]
    Arrow,
    #[token("=")]
    Eq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("<")]
    Lt,
    #[token("<=")]
    Le,
    #[token(">")]
    Gt,
    #[token(">=")]
    Ge,
    // `>>` and `>>=` are not tokens: the parser joins adjacent `>` `>` / `>` `>=` so that
    // `List<List<int>>` closes two type-argument lists, as Roslyn does.
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("!")]
    Bang,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<<")]
    Shl,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("%=")]
    PercentEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("<<=")]
    ShlEq,

    // Produced by the lexer driver, never by logos directly.
    Integer((u64, IntSuffix)),
    /// A real literal's value and its suffix (`d`, `f`, `m`, or none).
    Real((f64, Option<char>)),
    Str(Rc<str>),
    CharLit(char),
    /// `$"`: then `InterpText` and holes (`HoleStart` expr [`,` expr] [`HoleFormat`] `HoleEnd`),
    /// then `InterpEnd`.
    InterpStart,
    InterpText(Rc<str>),
    HoleStart,
    HoleFormat(Rc<str>),
    HoleEnd,
    InterpEnd,
    /// Text the lexer could not read; already reported.
    Error,
    /// The end of the file: the parser's last token, so that it can always look one ahead.
    Eof,
}

impl fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Token::Ident(s) | Token::VerbatimIdent(s) | Token::EscapedIdent(s) => {
                return write!(f, "identifier `{s}`")
            }
            Token::Integer(_) | Token::IntLit(_) => "integer literal",
            Token::Real(_) | Token::RealLit(_) => "number literal",
            Token::Str(_) | Token::StrStart | Token::VerbatimStrStart | Token::RawStrStart => {
                "string literal"
            }
            Token::CharLit(_) | Token::CharStart => "character literal",
            Token::InterpStart
            | Token::InterpStrStart
            | Token::InterpVerbatimStrStart
            | Token::InterpRawStrStart => "interpolated string",
            Token::InterpText(_) => "interpolated string text",
            Token::HoleStart => "`{`",
            Token::HoleFormat(_) => "format specifier",
            Token::HoleEnd => "`}`",
            Token::InterpEnd => "end of interpolated string",
            Token::Error => "invalid text",
            Token::Eof => "end of file",
            Token::BlockCommentStart => "`/*`",
            Token::Directive => "`#`",
            other => return write!(f, "`{}`", other.text()),
        };
        f.write_str(s)
    }
}

impl Token<'_> {
    /// The source text of a keyword or punctuation token.
    pub fn text(&self) -> &'static str {
        use Token::*;
        match self {
            Abstract => "abstract",
            As => "as",
            Base => "base",
            Bool => "bool",
            Break => "break",
            Byte => "byte",
            Case => "case",
            Catch => "catch",
            Char => "char",
            Checked => "checked",
            Class => "class",
            Const => "const",
            Continue => "continue",
            Decimal => "decimal",
            Default => "default",
            Delegate => "delegate",
            Do => "do",
            Double => "double",
            Else => "else",
            Enum => "enum",
            Event => "event",
            Explicit => "explicit",
            Extern => "extern",
            False => "false",
            Finally => "finally",
            Fixed => "fixed",
            Float => "float",
            For => "for",
            Foreach => "foreach",
            Goto => "goto",
            If => "if",
            Implicit => "implicit",
            In => "in",
            Int => "int",
            Interface => "interface",
            Internal => "internal",
            Is => "is",
            Lock => "lock",
            Long => "long",
            Namespace => "namespace",
            New => "new",
            Null => "null",
            Object => "object",
            Operator => "operator",
            Out => "out",
            Override => "override",
            Params => "params",
            Private => "private",
            Protected => "protected",
            Public => "public",
            Readonly => "readonly",
            Ref => "ref",
            Return => "return",
            SByte => "sbyte",
            Sealed => "sealed",
            Short => "short",
            Sizeof => "sizeof",
            Stackalloc => "stackalloc",
            Static => "static",
            String => "string",
            Struct => "struct",
            Switch => "switch",
            This => "this",
            Throw => "throw",
            True => "true",
            Try => "try",
            Typeof => "typeof",
            UInt => "uint",
            ULong => "ulong",
            Unchecked => "unchecked",
            Unsafe => "unsafe",
            UShort => "ushort",
            Using => "using",
            Virtual => "virtual",
            Void => "void",
            Volatile => "volatile",
            While => "while",
            LBrace => "{",
            RBrace => "}",
            LParen => "(",
            RParen => ")",
            LBracket => "[",
            RBracket => "]",
            Semi => ";",
            Comma => ",",
            Dot => ".",
            Colon => ":",
            ColonColon => "::",
            DotDot => "..",
            MinusGt => "->",
            Question => "?",
            QuestionQuestion => "??",
            QuestionQuestionEq => "??=",
            QuestionDot => "?.",
            Arrow => "=>",
            Eq => "=",
            EqEq => "==",
            NotEq => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Percent => "%",
            PlusPlus => "++",
            MinusMinus => "--",
            AndAnd => "&&",
            OrOr => "||",
            Bang => "!",
            Amp => "&",
            Pipe => "|",
            Caret => "^",
            Tilde => "~",
            Shl => "<<",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            PercentEq => "%=",
            AmpEq => "&=",
            PipeEq => "|=",
            CaretEq => "^=",
            ShlEq => "<<=",
            _ => "",
        }
    }
}
