//! How many threads the parallel steps of a load and an export use.

use std::sync::OnceLock;

/// The machine's cores, at most 8, asked once per process: the standard library reads the
/// cgroup files on every call (0.3 ms each; a 1000x export asked six times).
pub fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8)))
}
