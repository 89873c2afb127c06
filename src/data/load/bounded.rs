//! Reading a user's file without trusting it: only regular files are read (a FIFO would block
//! forever, `/dev/zero` never ends), their size is checked before a byte is read, and the read
//! itself stops at the limit in case the file grows meanwhile. Symlinks are followed; what they
//! point at must be a regular file too.

use std::fmt;
use std::fs;
use std::io::{self, Read};
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
    let meta = fs::metadata(path).map_err(io_error)?;
    check(&meta, limit)?;
    let file = fs::File::open(path).map_err(io_error)?;
    // The path may have been swapped between the look and the open: look at what was opened.
    check(&file.metadata().map_err(io_error)?, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64, limit));
    }
    Ok(bytes)
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
