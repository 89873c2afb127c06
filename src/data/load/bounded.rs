//! Reading a user's file without trusting it: only regular files are read (a FIFO would block
//! forever, `/dev/zero` never ends), their size is checked before a byte is read, and the read
//! itself stops at the limit in case the file grows meanwhile. Symlinks are followed; what they
//! point at must be a regular file too.

use std::fmt;
use std::fs;
use std::io;
use std::path::Path;

/// The largest data file read (a month snapshot, the case register, the catalog, an import).
/// The 1000x synthetic register, far beyond any real one, is 50 MB.
pub const MAX_DATA_FILE: u64 = 256 * 1024 * 1024;

/// The largest config file read.
pub const MAX_CONFIG_FILE: u64 = 1024 * 1024;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Nothing at that path (some callers treat this as empty).
    NotFound,
    /// A FIFO, device, socket or directory: the kind's key (`fifo`, `device`, `socket`,
    /// `directory`, `other`), worded in the reader's language when shown.
    NotRegular(&'static str),
    /// Over the limit: (size or bytes seen, limit).
    TooLarge(u64, u64),
    /// The system refused: permissions, a symlink loop, an I/O error.
    Io(io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotFound => f.write_str(&crate::tr!("pr-not-found")),
            ReadError::NotRegular(what) => {
                f.write_str(&crate::tr!("pr-not-regular", what = what.to_string()))
            }
            ReadError::TooLarge(size, limit) => f.write_str(&crate::tr!(
                "pr-too-large",
                size = human(*size),
                limit = human(*limit)
            )),
            // The system's own words follow ours: they come from the OS in its language.
            ReadError::Io(e) => f.write_str(&crate::tr!("pr-cannot-read", why = e.to_string())),
        }
    }
}

/// Reads `path` whole if it is a regular file of at most `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    read_regular_into(path, limit, &mut bytes)?;
    Ok(bytes)
}

/// [`read_regular`] into `bytes`, which is replaced: a loader reading hundreds of files keeps
/// one buffer, whose pages are already mapped and warm (a fresh buffer a file was faulted in
/// page by page as the kernel copied into it: 9% of a 1000x export's CPU).
pub fn read_regular_into(path: &Path, limit: u64, bytes: &mut Vec<u8>) -> Result<(), ReadError> {
    let meta = fs::metadata(path).map_err(io_error)?;
    check(&meta, limit)?;
    let file = fs::File::open(path).map_err(io_error)?;
    // The path may have been swapped between the look and the open: look at what was opened.
    check(&file.metadata().map_err(io_error)?, limit)?;
    if !read_in_parts(&file, meta.len(), bytes) {
        bytes.clear();
    }
    // Whatever the file grew by since its size was taken (all of it, if the parts failed),
    // up to the limit: usually one call that finds the end.
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let n = read_at(&file, &mut chunk, bytes.len() as u64).map_err(io_error)?;
        bytes.extend_from_slice(&chunk[..n]);
        if bytes.len() as u64 > limit {
            return Err(ReadError::TooLarge(bytes.len() as u64, limit));
        }
        if n == 0 {
            break;
        }
    }
    Ok(())
}

/// One positioned read, retried when a signal interrupts it.
fn read_at(file: &fs::File, buf: &mut [u8], at: u64) -> io::Result<usize> {
    use std::os::unix::fs::FileExt;
    loop {
        match file.read_at(buf, at) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// From this size a file is read in parts on every core.
const PARALLEL_READ_FROM: u64 = 8 * 1024 * 1024;

/// The first `len` bytes of a file into `bytes`, each part read by one call that asks for
/// all of it (the standard `read_to_end` starts at 8 KiB and doubles: six calls for a 150 KB
/// month file). A large file is read in one part per core: a 48 MB register read by one
/// thread spent 15% of an export copying pages from the kernel and faulting in fresh memory
/// while the other core waited. False when a part could not be read whole (the file
/// shrank): then it is read from the start in one piece.
fn read_in_parts(file: &fs::File, len: u64, bytes: &mut Vec<u8>) -> bool {
    use std::os::unix::fs::FileExt;
    let Ok(len) = usize::try_from(len) else {
        return false;
    };
    let threads = if len < PARALLEL_READ_FROM as usize {
        1
    } else {
        crate::data::model::cores::cores()
    };
    if bytes.capacity() < len {
        // Zeroed memory from the allocator is not touched until a part is read into it, so
        // each page is faulted in by the thread that fills it.
        *bytes = vec![0u8; len];
    } else if bytes.len() > len {
        bytes.truncate(len);
    } else {
        // Only what the buffer did not hold yet is zeroed: the read overwrites the rest.
        bytes.resize(len, 0);
    }
    if threads == 1 {
        return file.read_exact_at(bytes, 0).is_ok();
    }
    let part = bytes.len().div_ceil(threads);
    let parts = bytes.chunks_mut(part).enumerate();
    let read = crate::data::model::cores::on_threads(parts, |(i, chunk)| {
        file.read_exact_at(chunk, (i * part) as u64)
    });
    read.iter().all(Result::is_ok)
}

fn check(meta: &fs::Metadata, limit: u64) -> Result<(), ReadError> {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    let what = if t.is_file() {
        None
    } else if t.is_dir() {
        Some("directory")
    } else if t.is_fifo() {
        Some("fifo")
    } else if t.is_char_device() || t.is_block_device() {
        Some("device")
    } else if t.is_socket() {
        Some("socket")
    } else {
        Some("other")
    };
    if let Some(what) = what {
        return Err(ReadError::NotRegular(what));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(meta.len(), limit));
    }
    Ok(())
}

fn io_error(e: io::Error) -> ReadError {
    if e.kind() == io::ErrorKind::NotFound {
        ReadError::NotFound
    } else {
        ReadError::Io(e)
    }
}

/// Bytes for people: 1.2 GB, 256 MiB limits written as MiB.
fn human(n: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if n >= 1024 * MIB {
        format!("{:.1} GiB", n as f64 / (1024 * MIB) as f64)
    } else if n >= MIB {
        format!("{} MiB", n / MIB)
    } else {
        crate::tr!("size-bytes", n = n.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file large enough to be read in parts comes back byte for byte, and the limit still
    /// holds for it.
    #[test]
    fn a_large_file_read_in_parts_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("large.csv");
        let len = PARALLEL_READ_FROM as usize + 12_345;
        let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        fs::write(&path, &bytes).unwrap();
        let mut read = Vec::new();
        assert!(read_in_parts(
            &fs::File::open(&path).unwrap(),
            len as u64,
            &mut read
        ));
        assert_eq!(read, bytes);
        assert_eq!(read_regular(&path, MAX_DATA_FILE).unwrap(), bytes);
        let small = read_regular(&path, len as u64 - 1);
        assert!(matches!(small, Err(ReadError::TooLarge(..))), "{small:?}");
    }

    /// One buffer read into again and again holds each file's bytes exactly, whether the
    /// file is shorter than the one before (nothing of it left behind) or longer.
    #[test]
    fn a_reused_buffer_holds_each_file_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let mut buffer = Vec::new();
        for (i, len) in [5000usize, 12, 0, 7000, 300].into_iter().enumerate() {
            let path = dir.path().join(format!("{i}.csv"));
            let bytes: Vec<u8> = (0..len).map(|j| b'a' + ((i + j) % 26) as u8).collect();
            fs::write(&path, &bytes).unwrap();
            read_regular_into(&path, MAX_DATA_FILE, &mut buffer).unwrap();
            assert_eq!(buffer, bytes, "file {i} of {len} bytes");
        }
        let small = read_regular_into(&dir.path().join("3.csv"), 10, &mut buffer);
        assert!(
            matches!(small, Err(ReadError::TooLarge(7000, 10))),
            "{small:?}"
        );
    }

    /// A part that cannot be read whole (the file is shorter than its size said) gives no
    /// parts, so the file is read in one piece instead.
    #[test]
    fn a_file_shorter_than_said_is_not_read_in_parts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("short.csv");
        fs::write(&path, vec![b'x'; PARALLEL_READ_FROM as usize]).unwrap();
        let file = fs::File::open(&path).unwrap();
        let mut bytes = Vec::new();
        assert!(!read_in_parts(&file, PARALLEL_READ_FROM * 2, &mut bytes));
        assert!(read_in_parts(&file, 10, &mut bytes), "the first bytes");
        assert_eq!(bytes, b"xxxxxxxxxx");
    }
}
