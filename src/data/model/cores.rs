//! How many threads the parallel steps of a load and an export use, and the one way they
//! start them.

use std::sync::OnceLock;
use std::sync::mpsc;

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

/// `render` of each chunk of `items` (with the chunk's number) on worker threads, each output
/// handed to `sink` on the calling thread in chunk order as soon as it and every chunk before
/// it are ready: a large export is formatted while what is formatted is written, each worker
/// renders into buffers it has used before (their pages stay mapped), and a few chunks per
/// worker are held however many there are. The first error of `sink` stops the workers and is
/// returned; a worker's panic is passed on.
pub fn in_order<T: Sync, E>(
    items: &[T],
    chunk: usize,
    render: impl Fn(usize, &[T], &mut Vec<u8>) + Sync,
    mut sink: impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<(), E> {
    let chunks: Vec<&[T]> = items.chunks(chunk.max(1)).collect();
    let workers = cores().min(chunks.len());
    if workers <= 1 {
        let mut buffer = Vec::new();
        for (i, part) in chunks.iter().enumerate() {
            buffer.clear();
            render(i, part, &mut buffer);
            sink(&buffer)?;
        }
        return Ok(());
    }
    std::thread::scope(|scope| {
        let lanes: Vec<Lane> = (0..workers)
            .map(|w| lane(scope, (w, workers), &chunks, &render))
            .collect();
        for i in 0..chunks.len() {
            let (ready, give_back) = &lanes[i % workers];
            // A worker that panicked sends nothing more; the scope passes its panic on.
            let Ok(buffer) = ready.recv() else {
                break;
            };
            sink(&buffer)?;
            let _ = give_back.send(buffer);
        }
        Ok(())
    })
}

/// What a worker of [`in_order`] sends rendered chunks on, and takes written buffers back on.
type Lane = (mpsc::Receiver<Vec<u8>>, mpsc::Sender<Vec<u8>>);

/// Starts worker `w` of `workers`, rendering chunks w, w + workers, ... in turn: one chunk
/// waits for the writer at most, and the buffers it gives back are rendered into again.
fn lane<'scope, T: Sync, F>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    (w, workers): (usize, usize),
    chunks: &'scope [&'scope [T]],
    render: &'scope F,
) -> Lane
where
    F: Fn(usize, &[T], &mut Vec<u8>) + Sync,
{
    let (done, ready) = mpsc::sync_channel::<Vec<u8>>(1);
    let (give_back, returned) = mpsc::channel::<Vec<u8>>();
    scope.spawn(crate::data::model::lang::carried(move || {
        for i in (w..chunks.len()).step_by(workers) {
            let mut buffer = returned.try_recv().unwrap_or_default();
            buffer.clear();
            render(i, chunks[i], &mut buffer);
            // The writer stopped (its sink failed): nothing more is wanted.
            if done.send(buffer).is_err() {
                return;
            }
        }
    }));
    (ready, give_back)
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

    fn render(i: usize, part: &[u32], out: &mut Vec<u8>) {
        out.extend_from_slice(format!("{i}:{part:?};").as_bytes());
    }

    /// Chunks reach the sink whole and in order, however many workers render them; a
    /// failing sink stops the writing and its error comes back; a worker's panic passes on.
    #[test]
    fn chunks_are_written_in_order_and_errors_stop_them() {
        let items: Vec<u32> = (0..10).collect();
        let mut written = Vec::new();
        let ok: Result<(), ()> = in_order(&items, 3, render, |b| {
            written.extend_from_slice(b);
            Ok(())
        });
        assert_eq!(ok, Ok(()));
        let want = "0:[0, 1, 2];1:[3, 4, 5];2:[6, 7, 8];3:[9];";
        assert_eq!(String::from_utf8(written).unwrap(), want);
        let mut calls = 0;
        let failed = in_order(&items, 1, render, |_| {
            calls += 1;
            if calls == 2 { Err("disk full") } else { Ok(()) }
        });
        assert_eq!((failed, calls), (Err("disk full"), 2));
        let panicked = std::panic::catch_unwind(|| {
            in_order(
                &items,
                2,
                |i, p, o| {
                    assert_ne!(i, 3);
                    render(i, p, o)
                },
                |_| Ok::<(), ()>(()),
            )
        });
        assert!(panicked.is_err());
    }
}
