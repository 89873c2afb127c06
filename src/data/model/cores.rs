//! How many threads the parallel steps of a load and an export use, and the one way they
//! start them.

use std::sync::OnceLock;

/// The machine's cores, at most 8, asked once per process: the standard library reads the
/// cgroup files on every call (0.3 ms each; a 1000x export asked six times).
pub fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8)))
}

/// `work` done on each item, the first on the calling thread (which would otherwise only
/// wait) and every other on a thread of its own, the results in item order: one item starts
/// no thread at all (a thread costs about 0.1 ms, much of a command on the real data). Each
/// thread speaks the caller's language (problems found there are the reader's to read), and
/// a panic in one is passed on, not swallowed.
pub fn on_threads<I, R>(items: I, work: impl Fn(I::Item) -> R + Sync) -> Vec<R>
where
    I: IntoIterator,
    I::Item: Send,
    R: Send,
{
    std::thread::scope(|scope| {
        let work = &work;
        let mut items = items.into_iter();
        let first = items.next();
        let handles: Vec<_> = items
            .map(|item| scope.spawn(crate::data::model::lang::carried(move || work(item))))
            .collect();
        let mut results = Vec::with_capacity(handles.len() + 1);
        results.extend(first.map(work));
        for h in handles {
            results.push(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        results
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Results come back in item order, and a worker's panic reaches the caller.
    #[test]
    fn results_keep_item_order_and_panics_pass_on() {
        let squares = on_threads(1..=5u64, |n| n * n);
        assert_eq!(squares, [1, 4, 9, 16, 25]);
        let caught = std::panic::catch_unwind(|| on_threads([1, 2], |n| assert_ne!(n, 2)));
        assert!(caught.is_err());
        let caught = std::panic::catch_unwind(|| on_threads([1, 2], |n| assert_ne!(n, 1)));
        assert!(caught.is_err(), "the calling thread's item too");
        let here = std::thread::current().id();
        assert_eq!(on_threads([0], |_| std::thread::current().id()), [here]);
    }
}
