//! The runtime a module is lowered for: unawait's, or .NET's (docs/runtime.md, "Models").

/// The runtime a module is lowered for (docs/runtime.md, "Models").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Model {
    /// unawait's own: a call awaited directly returns a synchronous result inline (no task)
    /// and gives its box back to its method's pool once the result is read, and a `return
    /// await` wrapper awaited directly is skipped.
    #[default]
    Unawait,
    /// .NET's default runtime: no call is awaited directly, so each returns a task (cached or
    /// new), each suspending call allocates its own box, and every wrapper runs.
    DotNet,
}

impl Model {
    /// What `--stats` says about the counts it prints.
    pub fn describe(self) -> &'static str {
        match self {
            Model::Unawait => "model: unawait's runtime (a call awaited directly returns a synchronous result inline and gives its box back to a pool, a `return await` wrapper awaited directly is skipped); `--model dotnet` counts as .NET's runtime allocates",
            Model::DotNet => "model: .NET's default runtime (`--model dotnet`): every call returns a task (a cached one or a new one), every suspending call allocates its own box, every wrapper runs",
        }
    }
}
