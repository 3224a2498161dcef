//! The explanation printed when no logical thread can run and no timer can fire: which thread
//! blocks where, on which task, and what that task waits for, down its chain of awaits (and
//! into each input of a `WhenAll` or `WhenAny`). This is the classic "sync over async" deadlock
//! of a UI app, which .NET leaves as a silent hang.

use crate::object::Word;
use crate::sched;
use crate::task::{self, Source, Wait};

struct Report {
    out: String,
    /// The blocked threads: who, and the method they block in.
    threads: Vec<(String, String)>,
    /// A continuation the blocked main thread would run waits in the context's queue: the
    /// method and the line of its await, and whether it is below the method the thread
    /// blocks on (an inner method captured the context).
    context_blocked: Option<(&'static str, u32, bool)>,
    /// A report at the end of a run (`async_stacks`), not of a deadlock: what a task waits
    /// for is only "not completed", not "can never complete".
    at_exit: bool,
}

pub fn report() -> String {
    let (mut r, blocked) = Report::new(false);
    r.out
        .push_str("deadlock detected: no thread can run and no timer is pending\n");
    r.blocked_chains(&blocked);
    if let Some((method, line, nested)) = r.context_blocked {
        r.out.push_str(
            "  the main thread would run that continuation, but it is blocked waiting for the task the continuation would complete\n",
        );
        r.out.push_str(&if nested {
            format!("  hint: `await` the task instead of blocking on it; ConfigureAwait(false) in a caller does not help: every await below the blocking call must use it, and {method}'s await at line {line} captures the context\n")
        } else {
            "  hint: `await` the task instead of blocking on it, or use ConfigureAwait(false) in the awaited method so its continuation runs on the pool\n".to_string()
        });
    } else if sched::context_queue_len() > 0 {
        r.out.push_str("  continuations are posted to the main thread's SynchronizationContext, which is blocked\n");
    }
    r.out
}

/// `run --async-stacks`: the async methods still suspended, each chain of awaits from a method
/// no other one awaits down to what the deepest waits for, and the threads blocked on a task.
pub fn async_stacks() -> String {
    let boxes: Vec<Word> = crate::gc::objects()
        .into_iter()
        .map(|a| a as Word)
        // SAFETY: a heap object has its header; a task with a state machine is a box.
        .filter(|&w| unsafe { desc_of_kind(w) } && task::is_suspended_box(w))
        .collect();
    let awaited: std::collections::HashSet<Word> = boxes
        .iter()
        .filter_map(|&b| match task::wait_of(b) {
            // The awaiter's word may carry flags (ConfigureAwait(false)): the task is its address.
            Some(Wait::Await { awaited, .. }) => Some(task::from_word(awaited) as Word),
            _ => None,
        })
        .collect();
    let roots: Vec<Word> = boxes
        .iter()
        .copied()
        .filter(|b| !awaited.contains(b))
        .collect();
    let (mut r, blocked) = Report::new(true);
    if roots.is_empty() && blocked.is_empty() {
        return "async stacks: no async method is suspended, no thread is blocked\n".into();
    }
    r.out.push_str(&format!(
        "async stacks: {} suspended async method call(s), {} chain(s)\n",
        boxes.len(),
        roots.len()
    ));
    r.blocked_chains(&blocked);
    for root in roots {
        r.out
            .push_str(&format!("  {}, awaited by nothing\n", task_name(root)));
        r.chain(root, 4, false, 0);
    }
    r.out
}

/// Whether the object at `w` is a task (boxes are tasks).
unsafe fn desc_of_kind(w: Word) -> bool {
    crate::object::desc_of(w).kind == crate::object::Kind::Task
}

/// A thread blocked on a task: its managed id, whether it is the main thread, the task and
/// the place it blocks in.
type Blocked = (i32, bool, Word, Word);

impl Report {
    /// An empty report, with the threads blocked on a task now.
    fn new(at_exit: bool) -> (Report, Vec<Blocked>) {
        let blocked: Vec<Blocked> = sched::blocked_threads()
            .into_iter()
            .filter_map(|(id, is_main, b)| b.map(|(t, site)| (id, is_main, t, site)))
            .collect();
        let r = Report {
            out: String::new(),
            threads: blocked
                .iter()
                .map(|&(id, is_main, _, site)| (thread_name(id, is_main), place(site)))
                .collect(),
            context_blocked: None,
            at_exit,
        };
        (r, blocked)
    }

    /// Each blocked thread, and what the task it waits for waits for.
    fn blocked_chains(&mut self, blocked: &[Blocked]) {
        for (i, &(_, is_main, t, _)) in blocked.iter().enumerate() {
            let (who, place) = self.threads[i].clone();
            self.out.push_str(&format!(
                "  {who} blocks in {place}, waiting for {}\n",
                task_name(t)
            ));
            self.chain(t, 4, is_main, 0);
        }
    }

    /// What task `t` waits for, one line per link, indented by `indent`; `depth` bounds the
    /// walk (a chain of awaits is as long as the program's async call chain).
    fn chain(&mut self, mut t: Word, indent: usize, main_blocks: bool, depth: usize) {
        if depth > 8 {
            return;
        }
        let pad = " ".repeat(indent);
        for link in 0..32 {
            let Some(wait) = task::wait_of(t) else { return };
            match wait {
                Wait::Await { method, line, .. } if sched::posted_to_context(t) => {
                    self.out.push_str(&format!(
                        "{pad}{method} is ready to resume after the await at line {line}, but its continuation is posted to the main thread's SynchronizationContext\n"
                    ));
                    if main_blocks && self.context_blocked.is_none() {
                        self.context_blocked = Some((method, line, link > 0 || depth > 0));
                    }
                    return;
                }
                Wait::Await {
                    method,
                    line,
                    awaited,
                } => {
                    self.out.push_str(&format!(
                        "{pad}{method} is suspended at the await at line {line}, waiting for {}\n",
                        task_name(awaited)
                    ));
                    if awaited == 0 {
                        return;
                    }
                    t = awaited;
                }
                Wait::Running { method } => {
                    let on = self
                        .threads
                        .iter()
                        .find(|(_, place)| {
                            place
                                .strip_prefix(method)
                                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                        })
                        .map_or("a thread".to_string(), |(who, _)| who.clone());
                    self.out.push_str(&format!(
                        "{pad}{method} has not returned: it is running on {on}, which is blocked\n"
                    ));
                    return;
                }
                Wait::WhenAll { pending, of } => {
                    self.out.push_str(&format!(
                        "{pad}Task.WhenAll is waiting for {} of its {of} task(s):\n",
                        pending.len()
                    ));
                    self.inputs(&pending, indent, main_blocks, depth);
                    return;
                }
                Wait::WhenAny { inputs, api } => {
                    self.out.push_str(&format!(
                        "{pad}{api} is waiting for any of its {} task(s), none complete:\n",
                        inputs.len()
                    ));
                    self.inputs(&inputs, indent, main_blocks, depth);
                    return;
                }
                Wait::Source(_) if self.at_exit => {
                    self.out.push_str(&format!(
                        "{pad}{}, not completed when the run ended\n",
                        task_name(t)
                    ));
                    return;
                }
                Wait::Source(source) => {
                    self.out
                        .push_str(&format!("{pad}{}\n", source_waits(source)));
                    return;
                }
            }
        }
    }

    fn inputs(&mut self, tasks: &[Word], indent: usize, main_blocks: bool, depth: usize) {
        let pad = " ".repeat(indent + 2);
        for &t in tasks {
            self.out.push_str(&format!("{pad}- {}\n", task_name(t)));
            self.chain(t, indent + 4, main_blocks, depth + 1);
        }
    }
}

fn source_waits(source: Source) -> &'static str {
    match source {
        Source::CompletionSource => {
            "the TaskCompletionSource's task, which no thread left can complete (SetResult, SetException or SetCanceled)"
        }
        Source::Semaphore => {
            "a SemaphoreSlim whose count is 0, which no thread left can Release()"
        }
        Source::Monitor => "a lock held by a thread that can no longer release it",
        Source::Event => "an event that is not set, which no thread left can Set()",
        Source::Countdown => {
            "a CountdownEvent whose count is not 0, which no thread left can Signal()"
        }
        Source::Sleep => "Thread.Sleep(Timeout.Infinite), which never returns",
        Source::Created => "a task made by `new Task(...)` that nothing started (Start())",
        Source::Scheduled => "a task queued to a TaskScheduler of the program that has not run it (TryExecuteTask)",
        Source::WhenAll
        | Source::Delegate
        | Source::DelegateRunning
        | Source::Continuation
        | Source::WhenAny
        | Source::WaitAny
        | Source::Waiting
        | Source::Unknown => "which nothing will ever complete",
    }
}

fn thread_name(id: i32, is_main: bool) -> String {
    if is_main {
        format!("the main thread (id {id})")
    } else {
        format!("pool thread {id}")
    }
}

fn place(site: Word) -> String {
    if site == 0 {
        "its message loop".to_string()
    } else {
        unsafe { crate::string::as_str(site) }.to_string()
    }
}

fn task_name(t: Word) -> String {
    if t == 0 {
        return "nothing".into();
    }
    match task::wait_of(t) {
        Some(Wait::Await { method, .. } | Wait::Running { method }) => {
            format!("the task of {method}")
        }
        Some(Wait::WhenAll { .. }) => "the task of Task.WhenAll".into(),
        Some(Wait::WhenAny { api, .. }) => format!("the task of {api}"),
        Some(Wait::Source(Source::CompletionSource)) => "the task of a TaskCompletionSource".into(),
        Some(Wait::Source(Source::Semaphore)) => "a SemaphoreSlim wait".into(),
        Some(Wait::Source(Source::Monitor)) => "a lock".into(),
        Some(Wait::Source(Source::Event)) => "an event".into(),
        Some(Wait::Source(Source::Countdown)) => "a CountdownEvent".into(),
        Some(Wait::Source(Source::Sleep)) => "the end of an infinite sleep".into(),
        Some(Wait::Source(Source::Created)) => "a task never started".into(),
        _ => match task::suspension_of(t) {
            Some((method, _, _)) => format!("the task of {method}"),
            None => "a task".into(),
        },
    }
}
